import assert from "node:assert/strict";
import { Module } from "../../mod.ts";
import { spiral } from "../../datasets/mod.ts";
import { type BestWeights, Trainer, type TrainerOptions } from "../../train/mod.ts";
import { tempDir } from "../_temp.ts";

const options = (extra: Partial<TrainerOptions> = {}): TrainerOptions => ({
  train: spiral({ pointsPerClass: 20, seed: 0 }),
  val: spiral({ pointsPerClass: 20, seed: 1 }),
  hidden: [32],
  epochs: 40,
  batchSize: 8,
  seed: 2,
  optimizer: "adam:lr=0.05",
  ...extra,
});

/** The epoch Keras's rule stops at (or null) and the best epoch, from a full history. */
function expected(valLosses: number[], patience: number, minDelta: number) {
  let best = Infinity, bestEpoch = 0, bad = 0;
  for (let i = 0; i < valLosses.length; i++) {
    if (valLosses[i] < best - minDelta) {
      best = valLosses[i];
      bestEpoch = i + 1;
      bad = 0;
    } else if (++bad >= patience) return { stop: i + 1, bestEpoch };
  }
  return { stop: null, bestEpoch };
}

Deno.test("Trainer earlyStopping stops after `patience` epochs without improvement and restores the best weights", async () => {
  const full = new Trainer(options());
  await full.run();
  const losses = full.history.map((m) => m.valLoss!);
  const patience = 3, minDelta = 0.01;
  const want = expected(losses, patience, minDelta);
  assert.ok(want.stop !== null && want.stop < 40, `the setup must overfit: ${losses.join(" ")}`);

  await using tmp = await tempDir();
  const dir = tmp.path;
  const early = new Trainer(
    options({ earlyStopping: { patience, minDelta }, saveBest: `${dir}/best.json` }),
  );
  await early.run();
  assert.equal(early.epoch, want.stop);
  assert.match(early.stopped!, new RegExp(`best epoch ${want.bestEpoch}\\b.*weights restored`));
  assert.deepEqual(early.best, { epoch: want.bestEpoch, valLoss: losses[want.bestEpoch - 1] });
  // the same epochs as the full run, bit for bit, then the best epoch's weights
  assert.deepEqual(early.history.map((m) => m.valLoss), losses.slice(0, want.stop!));
  assert.equal(early.evaluate(options().val!).loss, losses[want.bestEpoch - 1]);
  // --save-best wrote the same weights
  const file = JSON.parse(await Deno.readTextFile(`${dir}/best.json`)) as BestWeights;
  assert.equal(file.format, "rectify-weights");
  assert.equal(file.epoch, want.bestEpoch);
  assert.deepEqual(file.model, early.model.stateDict());
  assert.ok(early.model instanceof Module);
});

Deno.test("Trainer earlyStopping and saveBest need validation data and a positive patience", () => {
  assert.throws(
    () => new Trainer(options({ val: null, earlyStopping: { patience: 2 } })),
    /no validation data/,
  );
  assert.throws(
    () => new Trainer(options({ val: null, saveBest: "x.json" })),
    /no validation data/,
  );
  assert.throws(() => new Trainer(options({ earlyStopping: { patience: 0 } })), /patience must be/);
  assert.throws(
    () => new Trainer(options({ earlyStopping: { patience: 2, minDelta: -1 } })),
    /minDelta must be/,
  );
});

Deno.test("Trainer gradients applies gradient plugins during training, seeded", async () => {
  const plain = new Trainer(options({ epochs: 2 }));
  await plain.run();
  const noisy = new Trainer(options({ epochs: 2, gradients: ["gradientNoise:eta=0.5"] }));
  await noisy.run();
  assert.deepEqual(noisy.config.gradients, ["gradientNoise:eta=0.5"]);
  assert.equal(plain.config.gradients, undefined);
  assert.notEqual(noisy.history[1].trainLoss, plain.history[1].trainLoss);
  // same spec and seed: same bits
  const again = new Trainer(options({ epochs: 2, gradients: ["gradientNoise:eta=0.5"] }));
  await again.run();
  assert.deepEqual(again.history.map((m) => m.trainLoss), noisy.history.map((m) => m.trainLoss));
  assert.throws(() => new Trainer(options({ gradients: ["gradientNoize"] })), /gradientNoise/);
  noisy.dispose();
});
