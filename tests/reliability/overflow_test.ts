import assert from "node:assert/strict";
import {
  defaultRegistry,
  sigmoidBinaryCrossEntropy,
  softmaxCrossEntropy,
  type Tensor,
  tensor,
} from "../../mod.ts";
import { report } from "./_matrix.ts";

const BIG = [-1e4, -3000, -1000, -200, -100, -89, 89, 100, 200, 1000, 3000, 1e4];
const MID = [-30, -20, -10, -3, -1, -0.5, -1e-3, 0, 1e-3, 0.5, 1, 3, 10, 20, 30];
const SELU_SCALE = 1.0507009873554805, SELU_ALPHA = 1.6732632423543772;

/** Expected value and derivative as x → ±∞ (the |x| ≥ 89 regime, where e^|x| overflows float32). */
const ASYMPTOTES: Record<string, (x: number) => [number, number]> = {
  softplus: (x) => (x > 0 ? [x, 1] : [0, 0]),
  sigmoid: (x) => (x > 0 ? [1, 0] : [0, 0]),
  tanh: (x) => (x > 0 ? [1, 0] : [-1, 0]),
  elu: (x) => (x > 0 ? [x, 1] : [-1, 0]),
  "elu:alpha=2": (x) => (x > 0 ? [x, 1] : [-2, 0]),
  celu: (x) => (x > 0 ? [x, 1] : [-1, 0]),
  selu: (x) => (x > 0 ? [SELU_SCALE * x, SELU_SCALE] : [-SELU_SCALE * SELU_ALPHA, 0]),
  mish: (x) => (x > 0 ? [x, 1] : [0, 0]),
  gelu: (x) => (x > 0 ? [x, 1] : [0, 0]),
  "gelu:approximate=tanh": (x) => (x > 0 ? [x, 1] : [0, 0]),
  silu: (x) => (x > 0 ? [x, 1] : [0, 0]),
  swish: (x) => (x > 0 ? [x, 1] : [0, 0]),
};

function close(a: number, b: number, rtol: number, atol: number): boolean {
  return Math.abs(a - b) <= atol + rtol * Math.abs(b);
}

function valueAndGrad(spec: string, xs: number[], dtype: "float32" | "float64"): [Tensor, Tensor] {
  const act = defaultRegistry.create("activation", spec, { dtype });
  const x = tensor(xs, { dtype, requiresGrad: true });
  const y = act.forward(x);
  y.sum().backward();
  return [y, x.grad!];
}

Deno.test("overflow-prone activations are finite and exact at |x| up to 1e4 in float32", async (t) => {
  let tried = 0, ok = 0;
  for (const [spec, asym] of Object.entries(ASYMPTOTES)) {
    await t.step(spec, () => {
      const [y, g] = valueAndGrad(spec, BIG, "float32");
      BIG.forEach((x, i) => {
        tried++;
        const [ev, eg] = asym(x);
        assert.ok(
          Number.isFinite(y.data[i]) && Number.isFinite(g.data[i]),
          `${spec}(${x}) not finite`,
        );
        assert.ok(close(y.data[i], ev, 1e-6, 1e-6), `${spec}(${x}) = ${y.data[i]}, expected ${ev}`);
        assert.ok(
          close(g.data[i], eg, 1e-6, 1e-6),
          `${spec}'(${x}) = ${g.data[i]}, expected ${eg}`,
        );
        ok++;
      });
      // moderate inputs: float32 agrees with float64
      const [y32, g32] = valueAndGrad(spec, MID, "float32");
      const [y64, g64] = valueAndGrad(spec, MID, "float64");
      MID.forEach((x, i) => {
        tried++;
        assert.ok(
          close(y32.data[i], y64.data[i], 1e-5, 1e-6),
          `${spec}(${x}): ${y32.data[i]} vs ${y64.data[i]}`,
        );
        assert.ok(
          close(g32.data[i], g64.data[i], 1e-5, 1e-6),
          `${spec}'(${x}): ${g32.data[i]} vs ${g64.data[i]}`,
        );
        ok++;
      });
    });
  }
  report(
    "overflow: activations at |x| <= 1e4 (float32)",
    tried,
    ok,
    "points finite and equal to the asymptote (|x| >= 89) or to float64 (|x| <= 30), value and gradient",
  );
});

Deno.test("softmax, logSoftmax and the cross-entropies are finite and exact for logits up to ±1e4 in float32", () => {
  const rows = [[1e4, -1e4, 0], [-1e4, -1e4, -1e4], [1e4, 1e4, -1e4], [3000, 2999, -3000]];
  for (const r of rows) {
    const x = tensor([r], { requiresGrad: true });
    const sm = defaultRegistry.create("activation", "softmax").forward(x);
    const m = Math.max(...r);
    const e = r.map((v) => Math.exp(v - m)), s = e.reduce((a, b) => a + b);
    sm.data.forEach((v, i) => assert.ok(close(v, e[i] / s, 1e-6, 1e-30), `softmax ${r}: ${v}`));
    const ls = defaultRegistry.create("activation", "logSoftmax").forward(x);
    ls.data.forEach((v, i) =>
      assert.ok(close(v, r[i] - m - Math.log(s), 1e-6, 1e-6), `logSoftmax ${r}: ${v}`)
    );
    ls.sum().backward();
    for (const gv of x.grad!.data) assert.ok(Number.isFinite(gv));
    for (let k = 0; k < 3; k++) {
      const z = tensor([r], { requiresGrad: true });
      const loss = softmaxCrossEntropy(z, [k]);
      assert.ok(
        close(loss.item(), m + Math.log(s) - r[k], 1e-6, 1e-6),
        `CE ${r} target ${k}: ${loss.item()}`,
      );
      loss.backward();
      z.grad!.data.forEach((gv, i) =>
        assert.ok(close(gv, e[i] / s - (i === k ? 1 : 0), 1e-6, 1e-6), `CE grad ${r}`)
      );
    }
  }
  for (const [z, t, expected] of [[1e4, 0, 1e4], [-1e4, 1, 1e4], [1e4, 1, 0], [-1e4, 0, 0]]) {
    const zt = tensor([z], { requiresGrad: true });
    const loss = sigmoidBinaryCrossEntropy(zt, tensor([t]));
    assert.ok(close(loss.item(), expected, 1e-6, 1e-6), `BCE(${z}, ${t}) = ${loss.item()}`);
    loss.backward();
    assert.ok(close(zt.grad!.data[0], (z > 0 ? 1 : 0) - t, 1e-6, 1e-6));
  }
  const n = rows.length * 5 + 4;
  report(
    "overflow: softmax/logSoftmax/cross-entropy at ±1e4 (float32)",
    n,
    n,
    "cases finite and exact",
  );
});
