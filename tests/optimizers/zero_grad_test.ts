import assert from "node:assert/strict";
import { mlp, Optimizer, Rng, softmaxCrossEntropy, Tensor, tensor } from "../../mod.ts";

function train(setToNone: boolean, viaModule: boolean): { params: number[][]; same: boolean } {
  const rng = new Rng(3);
  const model = mlp({ inputSize: 6, hidden: [5], outputSize: 3, activation: "relu", rng });
  const opt = new Optimizer(Object.fromEntries(model.namedParameters()), "sgd:lr=0.1,momentum=0.9");
  const x = new Float32Array(4 * 6).map(() => rng.uniform() * 2 - 1);
  const input = new Tensor(x, [4, 6]);
  const targets = Int32Array.from([0, 1, 2, 1]);
  let first: (Tensor | null)[] = [];
  let same = true;
  for (let step = 0; step < 5; step++) {
    if (viaModule) model.zeroGrad({ setToNone });
    else opt.zeroGrad({ setToNone });
    softmaxCrossEntropy(model.call(input), targets).backward();
    const grads = model.parameters().map((p) => p.grad);
    if (step === 0) first = grads;
    else same &&= grads.every((g, i) => g === first[i]);
    opt.step();
  }
  return { params: model.parameters().map((p) => Array.from(p.data)), same };
}

Deno.test("zeroGrad({ setToNone: false }) keeps the grad buffers and trains bit-identically", () => {
  const reference = train(true, false);
  assert.equal(reference.same, false, "setToNone (default) gives fresh grads every step");
  for (const viaModule of [false, true]) {
    const kept = train(false, viaModule);
    assert.equal(kept.same, true, "the same grad tensors are reused every step");
    assert.deepEqual(kept.params, reference.params);
  }
});

Deno.test("Tensor.zeroGrad: fills in place with setToNone false, null otherwise", () => {
  const w = tensor([1, -2, 3], { requiresGrad: true });
  w.zeroGrad({ setToNone: false });
  assert.equal(w.grad, null, "no grad yet: stays null");
  w.mul(w).sum().backward();
  const g = w.grad!;
  w.zeroGrad({ setToNone: false });
  assert.equal(w.grad, g);
  assert.deepEqual(Array.from(g.data), [0, 0, 0]);
  w.mul(w).sum().backward();
  assert.deepEqual(Array.from((w.grad as Tensor | null)!.data), [2, -4, 6]);
  w.zeroGrad();
  assert.equal(w.grad, null);
});
