/**
 * Vanishing gradients: in a 10-hidden-layer sigmoid network the gradient
 * shrinks by roughly the sigmoid's maximum slope (1/4) per layer on its way
 * back to the input, so the first layers barely learn; ReLU passes gradients
 * through unchanged where units are active. Prints the mean gradient norm of
 * every dense layer over one epoch.
 *
 * Run: `deno run --allow-read examples/vanishing_gradients.ts`
 *
 * @module
 */

import { featureStats, loadBuiltinDataset, standardize } from "../datasets/mod.ts";
import { Trainer } from "../train/mod.ts";

const digits = await loadBuiltinDataset("digits");
const train = standardize(digits, featureStats(digits));
for (const [activation, initializer] of [["sigmoid", "glorotUniform"], ["relu", "heNormal"]]) {
  const trainer = new Trainer({
    train,
    hidden: Array(10).fill(32),
    activation,
    initializer,
    optimizer: "sgd:lr=0.01",
    epochs: 1,
    batchSize: 64,
    seed: 0,
  });
  const [m] = (await trainer.run()).history;
  console.log(`${activation}: gradient norm per dense layer (input side first)`);
  console.log("  " + m.gradNorm.map((g) => g.toExponential(2)).join("  "));
  console.log(
    `  first/last layer ratio: ${
      (m.gradNorm[0] / m.gradNorm[m.gradNorm.length - 1]).toExponential(2)
    }`,
  );
}
