/**
 * Train a 64-32-10 ReLU MLP on the built-in digits data (UCI optical digits,
 * CC BY 4.0, see data/SOURCES.md) with Adam-free SGD + momentum and print
 * progress and held-out accuracy.
 *
 * Run: `deno run --allow-read examples/train_digits.ts`
 *
 * @module
 */

import { parse } from "csv-parse/sync";
import { mlp, noGrad, Optimizer, Rng, softmaxCrossEntropy, tensor } from "../mod.ts";

const text = await Deno.readTextFile(new URL("../data/digits.csv", import.meta.url));
const rows: string[][] = parse(text, { from_line: 2 });
const rng = new Rng(0);
const order = rng.shuffle([...rows.keys()]);
const nVal = Math.round(rows.length * 0.2);
const features = rows[0].length - 1;
function batch(idx: number[]) {
  const x = new Float32Array(idx.length * features);
  const y = idx.map((r, i) => {
    const row = rows[r];
    for (let j = 0; j < features; j++) x[i * features + j] = Number(row[j]) / 16;
    return Number(row[features]);
  });
  return { x: tensor(x, { shape: [idx.length, features] }), y };
}
const val = batch(order.slice(0, nVal));
const trainIdx = order.slice(nVal);

const model = mlp({
  inputSize: features,
  hidden: [64, 32],
  outputSize: 10,
  activation: "relu",
  initializer: "heNormal",
  rng,
});
const opt = new Optimizer(model.namedParameters(), "sgd:lr=0.1,momentum=0.9");
const start = performance.now();
for (let epoch = 1; epoch <= 30; epoch++) {
  rng.shuffle(trainIdx);
  let total = 0;
  for (let i = 0; i < trainIdx.length; i += 32) {
    const b = batch(trainIdx.slice(i, i + 32));
    opt.zeroGrad();
    const loss = softmaxCrossEntropy(model.call(b.x), b.y);
    loss.backward();
    opt.step();
    total += loss.item() * b.y.length;
  }
  const logits = noGrad(() => model.eval().call(val.x));
  model.train();
  let correct = 0;
  for (let i = 0; i < val.y.length; i++) {
    let best = 0;
    for (let k = 1; k < 10; k++) if (logits.data[i * 10 + k] > logits.data[i * 10 + best]) best = k;
    if (best === val.y[i]) correct++;
  }
  console.log(
    `epoch ${String(epoch).padStart(2)}  train loss ${
      (total / trainIdx.length).toFixed(4)
    }  val acc ${(100 * correct / val.y.length).toFixed(1)}%  (${
      ((performance.now() - start) / 1000).toFixed(1)
    } s)`,
  );
}
