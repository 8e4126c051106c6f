import assert from "node:assert/strict";
import { type Data, defaultRegistry, type GradientTransform, Rng } from "../../mod.ts";

function rand(n: number, rng: Rng, f64: boolean): Data {
  const a = f64 ? new Float64Array(n) : new Float32Array(n);
  for (let i = 0; i < n; i++) a[i] = rng.uniform() * 2 - 1;
  return a;
}

const SPECS = [
  "adam",
  "adam:lr=0.01,weightDecay=0.1",
  "adam:lr=0.02,amsgrad=true,weightDecay=0.01",
  "adamw",
  "adamw:lr=0.05,weightDecay=0.3,amsgrad=true",
];

Deno.test("fused Adam/AdamW steps equal the chain (update, then params += updates) bit for bit", async (t) => {
  for (const spec of SPECS) {
    for (const f64 of [false, true]) {
      await t.step(`${spec} ${f64 ? "float64" : "float32"}`, () => {
        const tr = defaultRegistry.create("optimizer", spec) as GradientTransform;
        assert.ok(tr.fused, `${spec} has a fused path`);
        const rng = new Rng(5);
        const sizes = [7, 130];
        const pa = sizes.map((n) => rand(n, rng, f64));
        const pb = pa.map((p) => p.slice());
        const ctx0 = { step: 1, lr: 0.01 };
        const sa = tr.init(pa, ctx0), sb = tr.init(pb, ctx0);
        for (let step = 1; step <= 6; step++) {
          const ctx = { step, lr: 0.01 * step };
          // a missing gradient (null) counts as zero
          const grads = sizes.map((n, j) => (step === 3 && j === 0 ? null : rand(n, rng, f64)));
          const ups = grads.map((g, j) => g === null ? pa[j].slice().fill(0) : g.slice());
          tr.update(ups, sa, pa, ctx);
          pa.forEach((p, j) => {
            for (let i = 0; i < p.length; i++) p[i] += ups[j][i];
          });
          tr.fused!(pb, grads, sb, ctx);
          assert.deepEqual(pb, pa, `parameters after step ${step}`);
          assert.deepEqual(sb, sa, `state after step ${step}`);
        }
      });
    }
  }
});
