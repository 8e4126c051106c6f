/**
 * A custom optimizer as a chain of gradient transformations (optax style):
 * clip the global gradient norm, scale by Adam's moment estimates, add
 * decoupled weight decay, then step by −lr. Registered under a new name and
 * compared with plain Adam on the same data and seed.
 *
 * Run: `deno run --allow-read examples/custom_optimizer.ts`
 *
 * @module
 */

import {
  addDecayedWeights,
  chain,
  clipByGlobalNorm,
  createRegistry,
  defineOptimizer,
  scaleByAdam,
  scaleByLearningRate,
} from "../mod.ts";
import { featureStats, loadBuiltinDataset, standardize, trainValSplit } from "../datasets/mod.ts";
import { Trainer } from "../train/mod.ts";

const registry = createRegistry();
registry.register(defineOptimizer({
  name: "clippedAdamW",
  version: "1.0.0",
  description: "clip global norm → Adam moments → decoupled weight decay → −lr",
  defaults: { lr: 0.001, maxNorm: 1, weightDecay: 0.01 },
  create: ({ maxNorm, weightDecay }) =>
    chain(
      clipByGlobalNorm(maxNorm),
      scaleByAdam({ beta1: 0.9, beta2: 0.999 }),
      addDecayedWeights(weightDecay),
      scaleByLearningRate(),
    ),
}));

const { train, val } = trainValSplit(await loadBuiltinDataset("iris"), { seed: 0 });
const stats = featureStats(train);
for (const optimizer of ["clippedAdamW:lr=0.01,maxNorm=1", "adam:lr=0.01"]) {
  const trainer = new Trainer({
    train: standardize(train, stats),
    val: standardize(val, stats),
    hidden: [16],
    optimizer,
    epochs: 40,
    batchSize: 16,
    seed: 0,
    registry,
  });
  const m = (await trainer.run()).history.at(-1)!;
  console.log(
    `${optimizer.padEnd(32)} val loss ${m.valLoss!.toFixed(4)}, val accuracy ${
      (m.valAccuracy! * 100).toFixed(1)
    }%`,
  );
}
