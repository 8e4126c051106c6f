/**
 * Train a 64-64-32-10 ReLU MLP on the built-in digits data (UCI optical
 * digits, CC BY 4.0, see data/SOURCES.md) with a hand-written training loop —
 * `mlp`, `Optimizer`, `softmaxCrossEntropy` — and print progress and held-out
 * accuracy. (`deno task demo` runs the full comparison through the CLI.)
 *
 * Run: `deno run --allow-read examples/train_digits.ts`
 *
 * @module
 */

import { accuracy, mlp, noGrad, Optimizer, Rng, softmaxCrossEntropy, tensor } from "../mod.ts";
import { loadBuiltinDataset, subset, trainValSplit } from "../datasets/mod.ts";

const digits = await loadBuiltinDataset("digits");
const { train, val } = trainValSplit(digits, { valFraction: 0.2, seed: 0 });
const f = digits.features;
const scale = (x: Float32Array) => x.map((v) => v / 16); // pixel counts 0..16 → [0, 1]
const valX = tensor(scale(val.x), { shape: [val.rows, f] });

const rng = new Rng(0);
const model = mlp({
  inputSize: f,
  hidden: [64, 32],
  outputSize: 10,
  activation: "relu",
  initializer: "heNormal",
  rng,
});
const opt = new Optimizer(model.namedParameters(), "sgd:lr=0.1,momentum=0.9");
const order = Int32Array.from({ length: train.rows }, (_, i) => i);
const start = performance.now();
for (let epoch = 1; epoch <= 30; epoch++) {
  rng.shuffle(order);
  let total = 0;
  for (let i = 0; i < order.length; i += 32) {
    const b = subset(train, order.subarray(i, i + 32));
    opt.zeroGrad();
    const loss = softmaxCrossEntropy(model.call(tensor(scale(b.x), { shape: [b.rows, f] })), b.y);
    loss.backward();
    opt.step();
    total += loss.item() * b.rows;
  }
  const logits = noGrad(() => model.eval().call(valX));
  model.train();
  console.log(
    `epoch ${String(epoch).padStart(2)}  train loss ${(total / train.rows).toFixed(4)}  val acc ${
      (100 * accuracy(logits, val.y)).toFixed(1)
    }%  (${((performance.now() - start) / 1000).toFixed(1)} s)`,
  );
}
