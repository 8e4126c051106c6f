import assert from "node:assert/strict";
import { runConformance } from "../../conformance.ts";

const root = new URL("../conformance", import.meta.url).pathname;

for (const suite of ["saliency", "network"]) {
  Deno.test(`every ${suite} conformance case passes (PyTorch 1.13 reference)`, async () => {
    const r = await runConformance([root], { suites: [suite] });
    const msg = r.failures.map((f) => `${f.id}: ${f.message}`).join("\n");
    assert.equal(r.failed, 0, msg);
    // MLP and CNN cases: saliency 9 + 6, network 10 + 10
    assert.ok(r.passed >= (suite === "saliency" ? 15 : 20), `only ${r.passed} ${suite} cases ran`);
  });
}
