/**
 * Three interleaved spiral arms (the CS231n toy problem): a linear classifier
 * gets about a third right; a two-hidden-layer network separates them.
 * Compares relu, tanh and sigmoid on the same split and seed.
 *
 * Run: `deno run --allow-read examples/spiral.ts`
 *
 * @module
 */

import { spiral, trainValSplit } from "../datasets/mod.ts";
import { Trainer } from "../train/mod.ts";

const { train, val } = trainValSplit(spiral({ pointsPerClass: 150, noise: 0.2, seed: 0 }), {
  valFraction: 0.2,
  seed: 0,
});
for (const activation of ["relu", "tanh", "sigmoid"]) {
  const trainer = new Trainer({
    train,
    val,
    hidden: [32, 32],
    activation,
    optimizer: "adam:lr=0.01",
    epochs: 60,
    batchSize: 32,
    seed: 0,
  });
  const { history } = await trainer.run();
  const last = history.at(-1)!;
  const best = Math.max(...history.map((m) => m.valAccuracy!));
  console.log(
    `${activation.padEnd(8)} final val accuracy ${(last.valAccuracy! * 100).toFixed(1)}%, best ${
      (best * 100).toFixed(1)
    }%, train loss ${last.trainLoss.toFixed(4)}`,
  );
}
