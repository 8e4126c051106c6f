// The "softmaxCrossEntropy" op on the wasm backend: row maxima and sums in js,
// the exponentials by the softmaxExp export (a float32 polynomial, as the
// activations'). Against core's js loop (Math.exp): the loss to float32
// rounding, the softmax and so the gradient to a few float32 ulp, specials as
// the loop gives them; shapes it does not serve are declined.
import assert from "node:assert/strict";
import {
  type Backend,
  defaultRegistry,
  jsBackend,
  Rng,
  setBackend,
  softmaxCrossEntropy,
  tensor,
} from "../../mod.ts";

const wasm: Backend = defaultRegistry.create("backend", "wasm");
const serving: Backend = defaultRegistry.create("backend", {
  name: "wasm",
  options: { minElementwise: 0 },
});

/** Loss and gradient of softmaxCrossEntropy(z, t) on `be`. */
function lossAndGrad(be: Backend, z: Float32Array, t: number[], b: number, k: number) {
  const prev = setBackend(be);
  try {
    const zt = tensor(z, { shape: [b, k], requiresGrad: true });
    const loss = softmaxCrossEntropy(zt, t);
    loss.backward();
    return { loss: loss.item(), grad: Float32Array.from(zt.grad!.data) };
  } finally {
    setBackend(prev);
  }
}

function logits(n: number, rng: Rng, scale: number): Float32Array {
  return Float32Array.from({ length: n }, () => (rng.uniform() * 2 - 1) * scale);
}

Deno.test("wasm softmaxCrossEntropy: the js loop's loss and gradient to a few float32 ulp", () => {
  const rng = new Rng(11);
  for (const [b, k] of [[1, 1], [3, 2], [5, 3], [7, 4], [32, 10], [64, 5], [9, 17], [300, 10]]) {
    for (const scale of [1, 10, 80]) {
      const z = logits(b * k, rng, scale);
      const t = Array.from({ length: b }, () => Math.floor(rng.uniform() * k));
      const want = lossAndGrad(jsBackend, z, t, b, k);
      const got = lossAndGrad(serving, z, t, b, k);
      const what = `[${b}, ${k}] scale ${scale}`;
      assert.ok(
        Math.abs(got.loss - want.loss) <= 2e-6 * Math.abs(want.loss) + 1e-7,
        `${what}: loss ${got.loss}, the js loop ${want.loss}`,
      );
      // a logit's error after z − max is rounded to float32: relative 6e-8 of |z − max|
      const tol = 2e-7 * (1 + 2 * scale);
      for (let i = 0; i < want.grad.length; i++) {
        const err = Math.abs(got.grad[i] - want.grad[i]);
        assert.ok(
          err <= tol * Math.abs(want.grad[i]) + 1e-12,
          `${what}: gradient ${i} ${got.grad[i]}, the js loop ${want.grad[i]}`,
        );
      }
    }
  }
});

Deno.test("wasm softmaxCrossEntropy: infinities and NaN as the js loop gives them", () => {
  const k = 4;
  const rows = [
    [0, -Infinity, 1, 2], // an impossible class: probability 0
    [-Infinity, -Infinity, -Infinity, -Infinity], // NaN: every exponent is −∞ − −∞
    [Infinity, 0, 1, 2], // NaN: ∞ − ∞
    [NaN, 0, 1, 2], // NaN propagates
    [-200, 0, 1, 2], // far below the row's maximum: +0
  ];
  for (const [r, row] of rows.entries()) {
    const z = Float32Array.from(row);
    const want = lossAndGrad(jsBackend, z, [2], 1, k);
    const got = lossAndGrad(serving, z, [2], 1, k);
    assert.equal(Number.isNaN(got.loss), Number.isNaN(want.loss), `row ${r}: loss ${got.loss}`);
    if (!Number.isNaN(want.loss)) assert.ok(Math.abs(got.loss - want.loss) < 1e-6, `row ${r}`);
    for (let i = 0; i < k; i++) {
      const [g, w] = [got.grad[i], want.grad[i]];
      assert.ok(
        Number.isNaN(w) ? Number.isNaN(g) : Math.abs(g - w) <= 1e-6 * Math.abs(w) + 1e-12,
        `row ${r}, gradient ${i}: ${g}, the js loop ${w}`,
      );
    }
  }
});

Deno.test("wasm softmaxCrossEntropy kernel: declines float64, small and in-place logits", () => {
  const k = wasm.kernel!("softmaxCrossEntropy")!;
  const out = new Float32Array(1);
  const small = new Float32Array(20), p = new Float32Array(20);
  assert.equal(k([small, new Float32Array(2)], [out, p], [2, 10]), false, "20 < 256 elements");
  const z64 = new Float64Array(300), p64 = new Float64Array(300);
  assert.equal(k([z64, new Float64Array(30)], [new Float64Array(1), p64], [30, 10]), false);
  const z = new Float32Array(300), t = new Float32Array(30), q = new Float32Array(300);
  assert.equal(k([z, t], [out, z], [30, 10]), false, "the softmax over the logits themselves");
  assert.notEqual(k([z, t], [out, q], [30, 10]), false, "300 float32 logits are served");
  assert.ok(Math.abs(out[0] - Math.log(10)) < 1e-6, `uniform logits: loss ${out[0]}`);
  assert.ok(q.every((v) => Math.abs(v - 0.1) < 1e-7), "uniform softmax");
});
