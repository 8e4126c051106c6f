import assert from "node:assert/strict";
import { Optimizer, Rng, type Tensor, tensor } from "../../mod.ts";

function params(seed: number): [string, Tensor][] {
  const rng = new Rng(seed);
  const make = (n: number) =>
    tensor(Array.from({ length: n }, () => rng.normal()), { dtype: "float64", requiresGrad: true });
  return [["w", make(12)], ["b", make(5)]];
}

function setGrads(ps: [string, Tensor][], rng: Rng, zeroEvery = 0): void {
  for (const [, p] of ps) {
    const g = Array.from(
      { length: p.size },
      (_, i) => (zeroEvery && i % zeroEvery === 0 ? 0 : rng.normal()),
    );
    p.grad = tensor(g, { dtype: "float64" });
  }
}

Deno.test("lion moves every element by exactly lr·sign(beta1·m + (1 − beta1)·g), tracking m", () => {
  const lr = 0.01, b1 = 0.9, b2 = 0.99;
  const ps = params(1);
  const opt = new Optimizer(ps, `lion:lr=${lr},beta1=${b1},beta2=${b2}`);
  const m = ps.map(([, p]) => new Float64Array(p.size));
  const rng = new Rng(2);
  let moved = 0;
  for (let step = 0; step < 10; step++) {
    setGrads(ps, rng, step === 0 ? 3 : 0);
    const before = ps.map(([, p]) => Float64Array.from(p.data));
    const grads = ps.map(([, p]) => Float64Array.from(p.grad!.data));
    opt.step();
    ps.forEach(([, p], k) => {
      for (let i = 0; i < p.size; i++) {
        const c = b1 * m[k][i] + (1 - b1) * grads[k][i];
        const delta = p.data[i] - before[k][i];
        const want = -lr * Math.sign(c);
        assert.ok(
          Math.abs(delta - want) <= 1e-15,
          `step ${step}, ${k}[${i}]: moved ${delta}, want ${want}`,
        );
        if (c !== 0) moved++;
        m[k][i] = b2 * m[k][i] + (1 - b2) * grads[k][i];
      }
    });
  }
  assert.ok(moved > 100);
});

Deno.test("lion's decoupled weight decay adds lr·wd·p to the sign step", () => {
  const ps = params(3);
  const before = ps.map(([, p]) => Float64Array.from(p.data));
  const opt = new Optimizer(ps, "lion:lr=0.1,weightDecay=0.5");
  setGrads(ps, new Rng(4));
  const grads = ps.map(([, p]) => Float64Array.from(p.grad!.data));
  opt.step();
  ps.forEach(([, p], k) => {
    for (let i = 0; i < p.size; i++) {
      // first step: m = 0, so c = (1 − beta1)·g
      const want = before[k][i] - 0.1 * (Math.sign(grads[k][i]) + 0.5 * before[k][i]);
      assert.ok(Math.abs(p.data[i] - want) < 1e-15);
    }
  });
});

Deno.test("lamb scales each tensor's step to lr·‖p‖ (trust ratio), every step", () => {
  const lr = 0.01;
  const ps = params(5);
  const opt = new Optimizer(ps, `lamb:lr=${lr},weightDecay=0.01`);
  const rng = new Rng(6);
  for (let step = 0; step < 8; step++) {
    setGrads(ps, rng);
    const before = ps.map(([, p]) => Float64Array.from(p.data));
    opt.step();
    ps.forEach(([, p], k) => {
      let dd = 0, pp = 0;
      for (let i = 0; i < p.size; i++) {
        dd += (p.data[i] - before[k][i]) ** 2;
        pp += before[k][i] ** 2;
      }
      const ratio = Math.sqrt(dd) / (lr * Math.sqrt(pp));
      assert.ok(Math.abs(ratio - 1) < 1e-9, `step ${step} tensor ${k}: ‖Δp‖/(lr‖p‖) = ${ratio}`);
    });
  }
});

Deno.test("lamb falls back to a trust ratio of 1 for an all-zero parameter", () => {
  const p = tensor([0, 0, 0], { dtype: "float64", requiresGrad: true });
  const opt = new Optimizer({ p }, "lamb:lr=0.1");
  p.grad = tensor([1, -2, 0], { dtype: "float64" });
  opt.step();
  // Adam's first step is ±lr per element (0 where g = 0); the ratio 1 keeps it.
  assert.deepEqual(Array.from(p.data).map((x) => Number(x.toFixed(6))), [-0.1, 0.1, 0]);
});
