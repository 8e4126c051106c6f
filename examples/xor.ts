/**
 * XOR: the smallest problem a linear model cannot solve. A one-hidden-layer
 * ReLU network learns it in a few epochs.
 *
 * Run: `deno run --allow-read examples/xor.ts`
 *
 * @module
 */

import { xor } from "../datasets/mod.ts";
import { Trainer } from "../train/mod.ts";

const trainer = new Trainer({
  train: xor({ n: 400, noise: 0.05, seed: 0 }),
  val: xor({ n: 200, noise: 0.05, seed: 1 }),
  hidden: [8],
  activation: "relu",
  initializer: "heNormal",
  optimizer: "adam:lr=0.02",
  epochs: 30,
  batchSize: 32,
  seed: 0,
});
const { history } = await trainer.run();
for (const m of history.filter((m) => m.epoch % 5 === 0)) {
  console.log(
    `epoch ${m.epoch}: train loss ${m.trainLoss.toFixed(4)}, val accuracy ${
      (m.valAccuracy! * 100).toFixed(1)
    }%`,
  );
}
console.log(`XOR validation accuracy: ${(history.at(-1)!.valAccuracy! * 100).toFixed(1)}%`);
