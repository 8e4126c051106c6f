import assert from "node:assert/strict";
import {
  add,
  affine,
  Dense,
  gradcheck,
  type GradientOverrides,
  matmul,
  randn,
  Rng,
  setBackend,
  type Tensor,
} from "../../mod.ts";
import { _popOverrides, _pushOverrides } from "../../core/autograd.ts";
import { backends } from "./_backends.ts";

function leaf(shape: number[], rng: Rng, dtype: "float32" | "float64" = "float32"): Tensor {
  const t = randn(shape, { rng, dtype });
  t.requiresGrad = true;
  return t;
}

Deno.test("affine() passes gradcheck in float64 (with and without bias)", () => {
  const rng = new Rng(1);
  const x = leaf([5, 7], rng, "float64"), w = leaf([7, 3], rng, "float64");
  const b = leaf([3], rng, "float64");
  const r1 = gradcheck((x, w, b) => affine(x, w, b), [x, w, b]);
  assert.ok(r1.ok, r1.message);
  const r2 = gradcheck((x, w) => affine(x, w, null), [x, w]);
  assert.ok(r2.ok, r2.message);
});

for (const be of backends) {
  Deno.test(`${be.name}: affine() equals add(matmul(x, w), b) in values, grads and tape`, () => {
    const prev = setBackend(be);
    try {
      const rng = new Rng(2);
      const x = leaf([9, 13], rng), w = leaf([13, 11], rng), b = leaf([11], rng);
      const y = affine(x, w, b);
      assert.equal(y.node?.op, "add");
      const inner = y.node?.next[0];
      assert.equal(inner && "op" in inner ? inner.op : null, "matmul");
      y.mul(y).sum().backward();
      const got = [x.grad!.data.slice(), w.grad!.data.slice(), b.grad!.data.slice()];
      for (const t of [x, w, b]) t.grad = null;
      const z = add(matmul(x, w), b);
      assert.deepEqual(y.data, z.data);
      z.mul(z).sum().backward();
      assert.deepEqual(got, [x.grad!.data, w.grad!.data, b.grad!.data]);
    } finally {
      setBackend(prev);
    }
  });
}

Deno.test("Dense.forward keeps the matmul and add gradient rules overridable", () => {
  const layer = new Dense(4, 3, { rng: new Rng(3) });
  const x = leaf([2, 4], new Rng(4));
  const zero: GradientOverrides = {
    add: (g, ctx) => ctx.original(g).map((t) => (t === null ? null : t.mul(0))),
  };
  _pushOverrides(zero);
  let y: Tensor;
  try {
    y = layer.call(x);
  } finally {
    _popOverrides(zero);
  }
  y.sum().backward();
  assert.ok(x.grad!.data.every((v) => v === 0), "the add override zeroed the gradient");
  assert.ok(layer.bias!.grad!.data.every((v) => v === 0));
});
