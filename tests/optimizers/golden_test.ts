// Bit for bit what rectify 0.1 computed (fixtures/golden_0_1.json, made at
// 36c4dd7 by fixtures/make_golden.ts): every optimizer's steps on the js and
// wasm backends in float32 and float64, and 0.1 state dicts loading and
// continuing exactly. Deliberate changes of arithmetic since then re-recorded
// only the keys they change (`make_golden.ts --update`, listed in the file's
// `updates`): the Adam family's switch to torch.optim's float32 operations.
import assert from "node:assert/strict";
import { defaultRegistry, jsBackend } from "../../mod.ts";
import { continueFrom, run, RUN_SPECS, V01_SPECS } from "./fixtures/make_golden.ts";

const golden = JSON.parse(
  await Deno.readTextFile(new URL("./fixtures/golden_0_1.json", import.meta.url)),
) as {
  runs: Record<string, string[]>;
  v0_1: Record<string, { spec: string; state: unknown; after: Record<string, number[]> }>;
};

const wasm = defaultRegistry.create("backend", {
  name: "wasm",
  options: { minMatmulWork: 0, minElementwise: 0 },
});

Deno.test("every optimizer steps bit-identically to rectify 0.1 (js and wasm, float32 and float64)", async (t) => {
  for (const spec of RUN_SPECS) {
    for (const f64 of [false, true]) {
      const key = `${spec} ${f64 ? "float64" : "float32"}`;
      await t.step(key, () => {
        const want = golden.runs[key];
        assert.ok(want, `no golden run for ${key}`);
        assert.deepEqual(run(spec, f64, jsBackend), want, "js backend");
        assert.deepEqual(run(spec, f64, wasm), want, "wasm backend");
      });
    }
  }
});

Deno.test("Optimizer.loadStateDict() reads a rectify 0.1 state dict and continues bit-identically", async (t) => {
  for (const [key, spec] of Object.entries(V01_SPECS)) {
    await t.step(key, () => {
      const g = golden.v0_1[key];
      assert.equal(g.spec, spec);
      // the model after 20 steps: replayed (training is deterministic), then 0.1's state loaded
      const after = continueFrom(spec, g.state, (opt) => assert.equal(opt.stateDict().version, 2));
      assert.deepEqual(after, g.after);
    });
  }
});
