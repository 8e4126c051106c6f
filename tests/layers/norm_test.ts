import assert from "node:assert/strict";
import { BatchNorm2d, Dropout2d, LayerNorm, ones, Rng, tensor } from "../../mod.ts";
import { assertGradcheck, randn } from "./_check.ts";

Deno.test("LayerNorm gradchecks in float64 over 1, 2 and 3 trailing axes, with and without affine", async (t) => {
  for (
    const [shape, norm] of [
      [[4, 5], [5]],
      [[2, 3, 5], [3, 5]],
      [[2, 3, 4, 5], [3, 4, 5]],
      [[3, 2, 5, 3], [3]],
    ] as const
  ) {
    for (const affine of [true, false]) {
      await t.step(`x ${shape}, normalizedShape ${norm}, affine ${affine}`, () => {
        const ln = new LayerNorm(norm, { elementwiseAffine: affine, dtype: "float64", eps: 1e-3 });
        if (affine) {
          ln.gamma!.data.set(randn(norm, 7, false).data);
          ln.beta!.data.set(randn(norm, 8, false).data);
        }
        const x = randn(shape, 3);
        const inputs = affine ? [x, ln.gamma!, ln.beta!] : [x];
        assertGradcheck("LayerNorm", (xx) => ln.call(xx), inputs);
      });
    }
  }
});

Deno.test("LayerNorm normalises each row to mean 0 and biased variance 1", () => {
  const ln = new LayerNorm([4], { dtype: "float64", eps: 0 + 1e-12 });
  const y = ln.call(tensor([[1, 2, 3, 4], [2, 2, 2, 2]], { dtype: "float64" }));
  const r = Array.from(y.data.subarray(0, 4));
  assert.ok(Math.abs(r.reduce((a, b) => a + b, 0)) < 1e-12);
  assert.ok(Math.abs(r.reduce((a, b) => a + b * b, 0) / 4 - 1) < 1e-9);
  assert.deepEqual(Array.from(y.data.subarray(4)), [0, 0, 0, 0]); // a constant row
  assert.throws(() => ln.call(ones([2, 5])), /must end with that shape/);
  assert.throws(() => new LayerNorm([0]), RangeError);
});

Deno.test("BatchNorm2d gradchecks in float64 in training (through the batch statistics) and eval", async (t) => {
  for (const affine of [true, false]) {
    for (const training of [true, false]) {
      await t.step(`affine ${affine}, training ${training}`, () => {
        const bn = new BatchNorm2d(3, { affine, dtype: "float64" });
        if (affine) {
          bn.gamma!.data.set([1.5, -0.5, 2]);
          bn.beta!.data.set([0.1, 0.2, -0.3]);
        }
        bn.runningMean.data.set([0.2, -0.1, 0.5]);
        bn.runningVar.data.set([1.5, 0.7, 2.2]);
        bn.train(training);
        const x = randn([2, 3, 3, 5], 11);
        const inputs = affine ? [x, bn.gamma!, bn.beta!] : [x];
        assertGradcheck("BatchNorm2d", (xx) => bn.call(xx), inputs);
      });
    }
  }
});

Deno.test("BatchNorm2d running statistics follow PyTorch (unbiased variance, numBatchesTracked)", () => {
  const bn = new BatchNorm2d(2, { momentum: 0.3, dtype: "float64" });
  // channel 0: 1..4 (mean 2.5, biased var 1.25, unbiased 5/3); channel 1: all 7
  const x = tensor([1, 2, 3, 4, 7, 7, 7, 7], { shape: [1, 2, 2, 2], dtype: "float64" });
  bn.call(x);
  assert.deepEqual(Array.from(bn.runningMean.data), [0.7 * 0 + 0.3 * 2.5, 0.3 * 7]);
  const rv = Array.from(bn.runningVar.data);
  assert.ok(Math.abs(rv[0] - (0.7 + 0.3 * 5 / 3)) < 1e-15 && Math.abs(rv[1] - 0.7) < 1e-15);
  assert.equal(bn.numBatchesTracked.item(), 1);
  assert.deepEqual(Object.keys(bn.buffers()), ["runningMean", "runningVar", "numBatchesTracked"]);
  bn.eval();
  const before = Array.from(bn.runningMean.data);
  bn.call(x);
  assert.deepEqual(Array.from(bn.runningMean.data), before);
  assert.equal(bn.numBatchesTracked.item(), 1);
});

Deno.test("BatchNorm2d with momentum null keeps the cumulative average (PyTorch's momentum=None)", () => {
  const bn = new BatchNorm2d(1, { momentum: null, dtype: "float64" });
  for (const m of [1, 3, 8]) {
    bn.call(tensor([m - 1, m + 1], { shape: [2, 1, 1, 1], dtype: "float64" }));
  }
  assert.ok(Math.abs(bn.runningMean.item() - 4) < 1e-12);
  assert.ok(Math.abs(bn.runningVar.item() - 2) < 1e-12); // each batch's unbiased variance is 2
  assert.equal(bn.numBatchesTracked.item(), 3);
});

Deno.test("BatchNorm2d rejects wrong channels, one value per channel, bad options", () => {
  const bn = new BatchNorm2d(2);
  assert.throws(() => bn.call(ones([2, 3, 2, 2])), /expected an input \[N, 2, H, W\]/);
  assert.throws(() => bn.call(ones([1, 2, 1, 1])), /more than one value per channel/);
  assert.throws(() => new BatchNorm2d(2, { momentum: 2 }), RangeError);
  assert.throws(() => new BatchNorm2d(0), RangeError);
});

Deno.test("BatchNorm2d state dict round-trips the running statistics and the batch count", () => {
  const a = new BatchNorm2d(2);
  a.call(randn([2, 2, 2, 2], 1, false).to("float32"));
  const b = new BatchNorm2d(2);
  b.loadStateDict(a.stateDict());
  assert.deepEqual(Array.from(b.runningVar.data), Array.from(a.runningVar.data));
  assert.equal(b.numBatchesTracked.item(), 1);
});

Deno.test("Dropout2d zeroes whole channels, scales the rest, is seeded and the identity in eval", () => {
  const x = ones([4, 8, 3, 3], { dtype: "float64", requiresGrad: true });
  const d = new Dropout2d(0.5, { rng: new Rng(3) });
  const y = d.call(x);
  const per = 9;
  let dropped = 0;
  for (let ch = 0; ch < 32; ch++) {
    const vals = new Set(Array.from(y.data.subarray(ch * per, (ch + 1) * per)));
    assert.equal(vals.size, 1, `channel ${ch} is not uniform`);
    const v = [...vals][0];
    assert.ok(v === 0 || v === 2);
    if (v === 0) dropped++;
  }
  assert.ok(dropped > 4 && dropped < 28, `${dropped} of 32 channels dropped`);
  const again = new Dropout2d(0.5, { rng: new Rng(3) }).call(x);
  assert.deepEqual(Array.from(again.data), Array.from(y.data));
  y.sum().backward();
  assert.deepEqual(Array.from(x.grad!.data), Array.from(y.data));
  assert.equal(d.eval().call(x), x);
  assert.throws(() => new Dropout2d(1), RangeError);
});
