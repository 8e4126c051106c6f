import assert from "node:assert/strict";
import { buildWasm, bytesModule, OUTPUT } from "../../wasm/build.ts";

Deno.test("plugins/backends/_wasm_bytes.ts equals a fresh build of wasm/kernels.ts", async () => {
  const fresh = bytesModule(await buildWasm());
  const embedded = await Deno.readTextFile(OUTPUT);
  assert.ok(
    embedded === fresh,
    "the embedded wasm bytes differ from a fresh build: run `deno task build:wasm`",
  );
});
