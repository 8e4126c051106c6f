import assert from "node:assert/strict";
import { runConformance } from "../../conformance.ts";

const root = new URL("../conformance", import.meta.url).pathname;

Deno.test("optimizer, clip and initializer plugins match every PyTorch 1.13 conformance case", async (t) => {
  const r = await runConformance([root], { suites: ["optimizer", "clip", "initializer"] });
  for (const suite of ["optimizer", "clip", "initializer"]) {
    await t.step(suite, () => {
      const counts = r.bySuite[suite];
      assert.ok(counts && counts.passed > 0, `no ${suite} cases ran`);
      const fails = r.failures.filter((f) => f.file.includes(`/${suite}/`));
      assert.deepEqual(fails.map((f) => `${f.id}: ${f.message}`), []);
      assert.equal(counts.failed, 0);
    });
  }
});
