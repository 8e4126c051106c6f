import assert from "node:assert/strict";
import {
  clipByGlobalNorm,
  clipByValue,
  clipGradNorm,
  clipGradValue,
  RectifyError,
  type Tensor,
  tensor,
} from "../../mod.ts";

function withGrads(...grads: number[][]): Tensor[] {
  return grads.map((g) => {
    const p = tensor(new Array(g.length).fill(0), { dtype: "float64", requiresGrad: true });
    p.grad = tensor(g, { dtype: "float64" });
    return p;
  });
}

const G = [[3, -4], [12]]; // 2-norm 13, 1-norm 19, inf-norm 12, 3-norm (27+64+1728)^(1/3)

Deno.test("clipGradNorm() returns the total norm before clipping, for each norm type", async (t) => {
  const cases: [number | "inf", number][] = [[2, 13], [1, 19], [3, Math.cbrt(27 + 64 + 1728)], [
    "inf",
    12,
  ]];
  for (const [normType, total] of cases) {
    await t.step(`normType ${normType}`, () => {
      const ps = withGrads(...G);
      const got = clipGradNorm(ps, 1, normType);
      assert.ok(Math.abs(got - total) < 1e-12, `${got} vs ${total}`);
      const coef = 1 / (total + 1e-6);
      assert.deepEqual(
        ps.map((p) => Array.from(p.grad!.data)),
        G.map((g) => g.map((x) => x * coef)),
      );
    });
  }
});

Deno.test("clipGradNorm() leaves gradients under maxNorm (and all-zero ones) untouched", () => {
  const ps = withGrads(...G);
  assert.equal(clipGradNorm(ps, 13.1), 13);
  assert.deepEqual(ps.map((p) => Array.from(p.grad!.data)), G);
  const zs = withGrads([0, 0], [0]);
  assert.equal(clipGradNorm(zs, 1), 0);
  assert.deepEqual(zs.map((p) => Array.from(p.grad!.data)), [[0, 0], [0]]);
});

Deno.test("clipGradNorm() skips tensors without a gradient", () => {
  const [a] = withGrads([6, 8]);
  const b = tensor([1, 1], { requiresGrad: true });
  assert.equal(clipGradNorm([a, b], 5), 10);
  assert.equal(b.grad, null);
});

Deno.test("clipGradNorm() rejects a bad norm type", () => {
  assert.throws(() => clipGradNorm(withGrads([1]), 1, -2), (e: unknown) => {
    assert.ok(e instanceof RectifyError);
    assert.equal(
      e.message,
      'Cannot create "clipGradNorm": normType must be a number > 0 or "inf", got -2',
    );
    return true;
  });
});

Deno.test("clipGradValue() clamps into [-v, v], keeping values at the bounds", () => {
  const ps = withGrads([-2, -0.5, 0.5, 0.25, 3]);
  clipGradValue(ps, 0.5);
  assert.deepEqual(Array.from(ps[0].grad!.data), [-0.5, -0.5, 0.5, 0.25, 0.5]);
});

Deno.test("clipByGlobalNorm() and clipByValue() transforms equal the functions", () => {
  for (const normType of [1, 2, 3, "inf"] as const) {
    const ps = withGrads(...G);
    clipGradNorm(ps, 2, normType);
    const u = G.map((g) => Float64Array.from(g));
    const t = clipByGlobalNorm(2, { normType });
    t.update(u, t.init(u, { step: 1, lr: 0 }), u, { step: 1, lr: 0 });
    assert.deepEqual(u.map((x) => Array.from(x)), ps.map((p) => Array.from(p.grad!.data)));
  }
  const ps = withGrads(...G);
  clipGradValue(ps, 3.5);
  const u = G.map((g) => Float64Array.from(g));
  const t = clipByValue(3.5);
  t.update(u, t.init(u, { step: 1, lr: 0 }), u, { step: 1, lr: 0 });
  assert.deepEqual(u.map((x) => Array.from(x)), ps.map((p) => Array.from(p.grad!.data)));
});
