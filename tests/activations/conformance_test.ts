import assert from "node:assert/strict";
import { runConformance } from "../../conformance.ts";

const dir = new URL("../conformance", import.meta.url).pathname;

async function expectedCases(suite: string): Promise<number> {
  const manifest = JSON.parse(await Deno.readTextFile(`${dir}/manifest.json`)) as {
    files: { suite: string; cases: number }[];
  };
  return manifest.files.filter((f) => f.suite === suite).reduce((s, f) => s + f.cases, 0);
}

Deno.test("every activation conformance case passes (PyTorch 1.13 reference)", async () => {
  const r = await runConformance([dir], { suites: ["activation"] });
  assert.deepEqual(r.failures, []);
  assert.equal(r.failed, 0);
  assert.equal(r.passed, await expectedCases("activation"));
  assert.ok(r.passed >= 90, `only ${r.passed} activation cases ran`);
});

Deno.test("every network (MLP and CNN gradient) conformance case passes", async () => {
  const r = await runConformance([dir], { suites: ["network"] });
  assert.deepEqual(r.failures, []);
  assert.equal(r.passed, await expectedCases("network"));
  assert.ok(r.passed >= 20, `only ${r.passed} network cases ran`);
});

Deno.test("every layer conformance case passes (conv, pooling, norms)", async () => {
  const r = await runConformance([dir], { suites: ["layer"] });
  assert.deepEqual(r.failures, []);
  assert.equal(r.passed, await expectedCases("layer"));
  assert.ok(r.passed >= 76, `only ${r.passed} layer cases ran`);
});
