import assert from "node:assert/strict";
import {
  abs,
  add,
  concat,
  div,
  exp,
  gradcheck,
  log,
  logSoftmax,
  matmul,
  max,
  maximum,
  mean,
  minimum,
  mul,
  neg,
  permute,
  pow,
  randn,
  RectifyError,
  reshape,
  Rng,
  sign,
  slice,
  softmax,
  split,
  sqrt,
  sub,
  sum,
  type Tensor,
  tensor,
  transpose,
  where,
} from "../../mod.ts";

const rng = new Rng(7);
function r(shape: number[], offset = 0): Tensor {
  const t = randn(shape, { rng, dtype: "float64", requiresGrad: true });
  if (offset) { for (let i = 0; i < t.size; i++) t.data[i] += offset; }
  return t;
}
function pos(shape: number[]): Tensor {
  const t = r(shape);
  for (let i = 0; i < t.size; i++) t.data[i] = Math.abs(t.data[i]) + 0.5;
  return t;
}

const cases: [string, (...a: Tensor[]) => Tensor, () => Tensor[]][] = [
  ["add same shape", add, () => [r([3, 4]), r([3, 4])]],
  ["add broadcast row", add, () => [r([3, 4]), r([4])]],
  ["add broadcast column", add, () => [r([3, 1]), r([1, 4])]],
  ["add broadcast 3-D", add, () => [r([2, 1, 4]), r([3, 1])]],
  ["sub broadcast", sub, () => [r([2, 3]), r([3])]],
  ["mul broadcast", mul, () => [r([2, 3, 4]), r([1, 3, 1])]],
  ["div broadcast", div, () => [r([2, 3]), pos([2, 1])]],
  ["pow tensor exponent", pow, () => [pos([2, 3]), r([2, 3])]],
  ["pow broadcast exponent", pow, () => [pos([2, 3]), r([3])]],
  ["neg", neg, () => [r([5])]],
  ["exp", exp, () => [r([2, 3])]],
  ["log", log, () => [pos([2, 3])]],
  ["sqrt", sqrt, () => [pos([4])]],
  ["abs", abs, () => [r([6], 0)]],
  ["sign (zero gradient)", (x) => sign(x).mul(x), () => [r([6])]],
  ["maximum", maximum, () => [r([3, 4]), r([4])]],
  ["minimum", minimum, () => [r([3, 4]), r([3, 1])]],
  ["where", (a, b) => where(a.gt(0), a, b), () => [r([3, 4]), r([4])]],
  ["matmul 2-D", matmul, () => [r([3, 4]), r([4, 5])]],
  ["matmul batched", matmul, () => [r([2, 3, 4]), r([2, 4, 2])]],
  ["matmul broadcast batch", matmul, () => [r([2, 3, 4]), r([4, 2])]],
  ["transpose", (x) => transpose(x).mul(transpose(x)), () => [r([3, 4])]],
  ["permute", (x) => permute(x, [2, 0, 1]), () => [r([2, 3, 4])]],
  ["reshape", (x) => reshape(x, [4, -1]).mul(2), () => [r([2, 6])]],
  ["concat axis 1", (a, b) => concat([a, b], 1), () => [r([2, 3]), r([2, 2])]],
  ["concat axis 0", (a, b) => concat([a, b], 0), () => [r([1, 3]), r([2, 3])]],
  ["slice", (x) => slice(x, 1, 1, 3), () => [r([2, 4])]],
  ["split", (x) => split(x, [1, 2], 1)[1].mul(split(x, [1, 2], 1)[0]), () => [r([2, 3])]],
  ["sum all", (x) => sum(x), () => [r([2, 3])]],
  ["sum axis keepdims", (x) => sum(x, 1, true).mul(x), () => [r([2, 3])]],
  ["sum axes", (x) => sum(x, [0, 2]), () => [r([2, 3, 4])]],
  ["mean axis", (x) => mean(x, -1), () => [r([2, 3])]],
  ["mean all", (x) => mean(x), () => [r([4, 2])]],
  ["max axis", (x) => max(x, 1), () => [r([3, 5])]],
  ["max all", (x) => max(x), () => [r([3, 5])]],
  ["softmax last", (x) => softmax(x, -1), () => [r([3, 4])]],
  ["softmax axis 0", (x) => softmax(x, 0), () => [r([3, 4])]],
  ["logSoftmax", (x) => logSoftmax(x, 1), () => [r([2, 3, 4])]],
  ["composite", (a, b) => a.matmul(b).exp().sum(1).log(), () => [r([2, 3]), r([3, 2])]],
];

Deno.test("gradcheck passes for every core op in float64 (rtol 1e-6)", async (t) => {
  for (const [name, fn, make] of cases) {
    await t.step(name, () => {
      const res = gradcheck(fn, make(), { rtol: 1e-6, atol: 1e-7 });
      assert.ok(res.ok, `${name}: ${res.message}`);
    });
  }
});

Deno.test("gradcheck detects a wrong derivative", () => {
  const bad = (x: Tensor) => x.mul(x).detach().add(x.mul(0.5));
  const res = gradcheck(bad, [r([3])]);
  assert.equal(res.ok, false);
  assert.match(res.message, /analytic .* vs numeric/);
});

Deno.test("ops compute NumPy-broadcast values", () => {
  assert.deepEqual(add(tensor([[1], [2]]), tensor([10, 20])).toArray(), [[11, 21], [12, 22]]);
  assert.deepEqual(matmul(tensor([[1, 2], [3, 4]]), tensor([[5], [6]])).toArray(), [[17], [39]]);
  assert.deepEqual(sum(tensor([[1, 2], [3, 4]]), 0).toArray(), [4, 6]);
  assert.deepEqual(max(tensor([[1, 9, 9]]), 1).toArray(), [9]);
  assert.deepEqual(concat([tensor([[1]]), tensor([[2, 3]])], 1).toArray(), [[1, 2, 3]]);
  assert.deepEqual(permute(tensor([[1, 2, 3]]), [1, 0]).toArray(), [[1], [2], [3]]);
});

Deno.test("max sends the gradient to the first maximum", () => {
  const x = tensor([[3, 1, 3]], { requiresGrad: true });
  max(x, 1).sum().backward();
  assert.deepEqual(x.grad!.toArray(), [[1, 0, 0]]);
});

Deno.test("softmax and logSoftmax are stable for |x| = 1e4 in float32", () => {
  const x = tensor([[1e4, -1e4, 0], [-1e4, -1e4, -1e4]]);
  const s = softmax(x);
  const l = logSoftmax(x);
  for (const v of [...s.data, ...l.data]) assert.ok(Number.isFinite(v), `got ${v}`);
  assert.ok(Math.abs(s.data[0] - 1) < 1e-6);
});

Deno.test("shape errors name the op and both shapes", async (t) => {
  const table: [string, () => unknown, RegExp][] = [
    [
      "add",
      () => add(tensor([[1, 2, 3]]), tensor([1, 2])),
      /add: cannot broadcast shapes \[1, 3\] and \[2\]/,
    ],
    [
      "matmul",
      () => matmul(tensor([[1, 2]]), tensor([[1, 2]])),
      /matmul: inner dimensions differ: \[1, 2\] @ \[1, 2\]/,
    ],
    [
      "reshape",
      () => reshape(tensor([1, 2, 3]), [2, 2]),
      /reshape: cannot reshape \[3\].*to \[2, 2\]/,
    ],
    [
      "axis",
      () => sum(tensor([[1]]), 3),
      /sum: axis 3 is out of range for a tensor of shape \[1, 1\]/,
    ],
    [
      "concat",
      () => concat([tensor([[1]]), tensor([[1, 2]])], 0),
      /concat: shapes \[1, 1\] and \[1, 2\]/,
    ],
    ["split", () => split(tensor([1, 2, 3]), 2), /split: cannot split size 3/],
  ];
  for (const [name, fn, re] of table) {
    await t.step(name, () => {
      assert.throws(
        fn,
        (e: unknown) => e instanceof RectifyError && e.code === "shape" && re.test(e.message),
      );
    });
  }
});

Deno.test("float32 and float64 mix promotes to float64", () => {
  const y = add(tensor([1], { dtype: "float32" }), tensor([2], { dtype: "float64" }));
  assert.equal(y.dtype, "float64");
});
