/**
 * The classic custom-autograd-function exercise: ReLU written from scratch
 * with `defineFunction` (the forward saves the mask, the backward applies it),
 * gradchecked in float64, then used inside a model that learns XOR.
 *
 * Run: `deno run examples/custom_function.ts`
 *
 * @module
 */

import {
  Activation,
  defineFunction,
  Dense,
  gradcheck,
  Optimizer,
  randn,
  Rng,
  Sequential,
  softmaxCrossEntropy,
  type Tensor,
  tensor,
} from "../mod.ts";

const myRelu = defineFunction({
  name: "myRelu",
  forward(ctx, x: Tensor) {
    const mask = x.gt(0); // 1 where x > 0, else 0 (not differentiable)
    ctx.save(mask);
    return x.mul(mask);
  },
  backward(ctx, grad) {
    return grad.mul(ctx.saved[0]); // dL/dx = dL/dy · [x > 0]
  },
});

const rng = new Rng(0);
const check = gradcheck((x) => myRelu(x), [
  randn([5, 4], { rng, dtype: "float64", requiresGrad: true }),
]);
console.log(`gradcheck: ${check.message}`);
if (!check.ok) Deno.exit(1);

const model = new Sequential(
  new Dense(2, 8, { initializer: "heNormal", rng }),
  new Activation({ forward: myRelu }, { name: "myRelu" }),
  new Dense(8, 2, { rng }),
);
const opt = new Optimizer(model.namedParameters(), "sgd:lr=0.3,momentum=0.9");
const x = tensor([[0, 0], [0, 1], [1, 0], [1, 1]]);
const y = [0, 1, 1, 0];
let loss = Infinity;
for (let step = 0; step < 300; step++) {
  opt.zeroGrad();
  const l = softmaxCrossEntropy(model.call(x), y);
  l.backward();
  opt.step();
  loss = l.item();
}
console.log(`XOR loss after 300 steps with myRelu: ${loss.toFixed(5)}`);
