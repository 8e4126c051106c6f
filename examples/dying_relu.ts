/**
 * Dying ReLU: a learning rate that is too high pushes many ReLU units to a
 * state where their input is negative for every example; they output 0,
 * get zero gradient and never recover. Leaky ReLU keeps a gradient for
 * negative inputs, so none of its units die. ELU's gradient αeˣ vanishes for
 * very negative inputs: at this step size some of its second-layer units can
 * saturate at −α (how many depends on the seed and on float rounding, 0–38%
 * over seeds 0–3), still far fewer than ReLU's. The trainer reports the
 * fraction of units per hidden layer whose output stayed constant over an
 * epoch.
 *
 * Run: `deno run --allow-read examples/dying_relu.ts`
 *
 * @module
 */

import {
  chain,
  clipByGlobalNorm,
  createRegistry,
  defineOptimizer,
  scaleByLearningRate,
} from "../mod.ts";
import { featureStats, loadBuiltinDataset, standardize, trainValSplit } from "../datasets/mod.ts";
import { Trainer } from "../train/mod.ts";

// Plain SGD with a large step, clipped so leaky/elu do not diverge to NaN.
const registry = createRegistry();
registry.register(defineOptimizer({
  name: "clippedSgd",
  version: "1.0.0",
  description: "SGD on gradients clipped to a global norm",
  defaults: { lr: 0.1, maxNorm: 5 },
  create: ({ maxNorm }) => chain(clipByGlobalNorm(maxNorm), scaleByLearningRate()),
}));

const { train, val } = trainValSplit(await loadBuiltinDataset("digits"), { seed: 0 });
const stats = featureStats(train);
for (const lr of [0.05, 2]) {
  for (const activation of ["relu", "leakyRelu:alpha=0.1", "elu"]) {
    const trainer = new Trainer({
      train: standardize(train, stats),
      val: standardize(val, stats),
      hidden: [64, 64],
      activation,
      initializer: "heNormal",
      optimizer: `clippedSgd:lr=${lr},maxNorm=5`,
      epochs: 3,
      batchSize: 32,
      seed: 0,
      registry,
    });
    const { history } = await trainer.run();
    const m = history.at(-1)!;
    console.log(
      `lr ${String(lr).padEnd(4)} ${activation.padEnd(20)} dead units per hidden layer: ${
        m.deadFraction.map((f) => `${(f * 100).toFixed(0)}%`).join(", ")
      }; val accuracy ${(m.valAccuracy! * 100).toFixed(1)}%`,
    );
  }
}
