import assert from "node:assert/strict";
import {
  Activation,
  Maxout,
  mlp,
  Optimizer,
  randn,
  RectifyError,
  Rng,
  softmaxCrossEntropy,
  tensor,
} from "../../mod.ts";

const shapes = (m: { namedParameters(): [string, { shape: readonly number[] }][] }) =>
  Object.fromEntries(m.namedParameters().map(([n, t]) => [n, [...t.shape]]));

Deno.test("mlp() gives the Dense after crelu twice the width", () => {
  const model = mlp({ inputSize: 5, hidden: [4, 3], outputSize: 2, activation: "crelu" });
  assert.deepEqual(shapes(model), {
    "0.weight": [5, 4],
    "0.bias": [4],
    "2.weight": [8, 3],
    "2.bias": [3],
    "4.weight": [6, 2],
    "4.bias": [2],
  });
  assert.deepEqual(model.call(randn([7, 5], { rng: new Rng(0) })).shape, [7, 2]);
});

Deno.test("mlp() gives the Dense after maxout width / pieces", () => {
  const model = mlp({ inputSize: 5, hidden: [6], outputSize: 2, activation: "maxout:pieces=3" });
  assert.deepEqual(shapes(model)["2.weight"], [2, 2]);
  assert.deepEqual(model.call(randn([4, 5], { rng: new Rng(0) })).shape, [4, 2]);
  assert.throws(
    () => mlp({ inputSize: 5, hidden: [7], outputSize: 2, activation: "maxout:pieces=2" }),
    (e) =>
      e instanceof RectifyError && /feature width 7 .*not divisible by pieces = 2/.test(e.message),
  );
});

Deno.test("crelu on a non-feature axis keeps the feature width", () => {
  const layer = new Activation("crelu:axis=0", { inputShape: [4] });
  assert.equal(layer.outputSize(4), 4);
  assert.deepEqual(layer.call(tensor([[1, -2, 3, -4]])).toArray(), [[1, 0, 3, 0], [0, 2, 0, 4]]);
});

Deno.test("prelu's slope is a parameter of mlp() and an optimizer trains it", () => {
  const model = mlp({ inputSize: 3, hidden: [4], outputSize: 2, activation: "prelu" });
  const params = Object.fromEntries(model.namedParameters());
  assert.deepEqual([...params["1.alpha"].shape], [4]);
  assert.deepEqual(Array.from(params["1.alpha"].data), [0.25, 0.25, 0.25, 0.25]);
  const opt = new Optimizer(model.namedParameters(), "sgd:lr=0.5");
  const x = randn([16, 3], { rng: new Rng(4) });
  const before = Array.from(params["1.alpha"].data);
  opt.zeroGrad();
  softmaxCrossEntropy(model.call(x), [0, 1, 0, 1, 1, 0, 0, 1, 0, 1, 1, 1, 0, 0, 1, 0]).backward();
  assert.ok(params["1.alpha"].grad !== null, "alpha received a gradient");
  opt.step();
  assert.notDeepEqual(Array.from(params["1.alpha"].data), before);
});

Deno.test("Maxout layer takes the max over each unit's own affine pieces", () => {
  const layer = new Maxout(2, 2, 3, { bias: false });
  // unit 0: pieces x0, -x0, x1 ; unit 1: pieces 2x0, x1, -x1
  layer.weight.data.set([1, -1, 0, 2, 0, 0, 0, 0, 1, 0, 1, -1]);
  const x = tensor([[1, -3], [-2, 0.5]], { requiresGrad: true });
  const y = layer.call(x);
  assert.deepEqual(y.toArray(), [[1, 3], [2, 0.5]]);
  y.sum().backward();
  // winners: row 0 → columns 0 and 5, row 1 → columns 1 and 4; dW[:, c] = Σ x over rows c won
  assert.deepEqual(Array.from(layer.weight.grad!.data), [
    1,
    -2,
    0,
    0,
    -2,
    1,
    -3,
    0.5,
    0,
    0,
    0.5,
    -3,
  ]);
  assert.deepEqual(layer.parameters().length, 1);
});

Deno.test("maxout sends the gradient to the first maximum on ties", () => {
  const layer = new Activation("maxout:pieces=3");
  const x = tensor([[2, 2, 2, 1, 5, 5]], { requiresGrad: true });
  layer.call(x).sum().backward();
  assert.deepEqual(x.grad!.toArray(), [[1, 0, 0, 0, 1, 0]]);
});
