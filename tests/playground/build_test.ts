import assert from "node:assert/strict";
import { buildPlayground, DIST } from "../../playground/build.ts";
import { tempDir } from "../_temp.ts";

Deno.test("playground/dist equals a fresh `deno bundle` of playground/src", async () => {
  await using tmp = await tempDir();
  const dir = tmp.path;
  const files = await buildPlayground(dir);
  assert.deepEqual(files, ["app.js", "worker.js", "rectify.js"]);
  for (const f of files) {
    const fresh = await Deno.readFile(`${dir}/${f}`);
    const shipped = await Deno.readFile(new URL(f, DIST));
    assert.ok(
      fresh.length === shipped.length && fresh.every((b, i) => b === shipped[i]),
      `playground/dist/${f} differs from a fresh build: run \`deno task build:playground\``,
    );
  }
});

Deno.test("the playground's browser files name no other host", async () => {
  for (const f of ["index.html", "style.css", "dist/app.js", "dist/worker.js", "dist/rectify.js"]) {
    const text = await Deno.readTextFile(new URL(`../../playground/${f}`, import.meta.url));
    assert.deepEqual(text.match(/https?:\/\/[^\s"'`)]+/g) ?? [], [], f);
  }
});
