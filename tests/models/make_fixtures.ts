/**
 * Writes tests/models/fixtures/{mlp_f32,cnn_f32,mlp_f64}.safetensors (the
 * models of _fixtures.ts). Run it, then make_torch_refs.py, whenever the
 * model file layout changes:
 *
 *     deno run --allow-read --allow-write tests/models/make_fixtures.ts
 *     /usr/bin/python3 tests/models/make_torch_refs.py
 */
import { saveModel } from "../../models/mod.ts";
import { fixtures } from "./_fixtures.ts";

const dir = new URL("./fixtures/", import.meta.url);
for (const [name, { model, options }] of Object.entries(fixtures())) {
  const path = new URL(`${name}.safetensors`, dir).pathname;
  await saveModel(model, path, options);
  console.log(`wrote ${path}`);
}
