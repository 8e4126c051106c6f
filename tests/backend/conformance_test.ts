import assert from "node:assert/strict";
import { setBackend } from "../../mod.ts";
import { runConformance } from "../../conformance.ts";
import { backends } from "./_backends.ts";
import { webgpuBackends, webgpuTest } from "./_webgpu.ts";

const DIR = new URL("../conformance", import.meta.url).pathname;

// without an adapter: the webgpu case shows as ignored, with the reason
if (webgpuBackends.length === 0) {
  webgpuTest("conformance: every case passes on the webgpu backend", () => {});
}
for (const be of [...backends, ...webgpuBackends]) {
  Deno.test(`conformance: every case passes on the ${be.name} backend`, async () => {
    const prev = setBackend(be);
    try {
      const r = await runConformance([DIR]);
      const failures = r.failures.map((f) => `${f.id}: ${f.message}`);
      assert.deepEqual(failures, [], `${be.name}: ${r.failed} conformance cases fail`);
      assert.ok(r.passed > 0, "some cases ran");
    } finally {
      setBackend(prev);
    }
  });
}
