import assert from "node:assert/strict";
import { defaultRegistry, RectifyError, type Tensor } from "../../mod.ts";
import { spiral, teacher, xor } from "../../datasets/mod.ts";
import {
  type EpochMetrics,
  Trainer,
  type TrainerOptions,
  writeFileAtomic,
} from "../../train/mod.ts";
import { tempDir } from "../_temp.ts";

const data = spiral({ pointsPerClass: 40, seed: 0 });
const base = (extra: Partial<TrainerOptions> = {}): TrainerOptions => ({
  train: data,
  val: spiral({ pointsPerClass: 10, seed: 1 }),
  hidden: [10, 6],
  epochs: 4,
  batchSize: 16,
  seed: 3,
  optimizer: "sgd:lr=0.05,momentum=0.9",
  ...extra,
});

Deno.test("Trainer reports per-epoch metrics and learns", async () => {
  const t = new Trainer(base({ epochs: 15, optimizer: "sgd:lr=0.2,momentum=0.9" }));
  const { history } = await t.run();
  assert.equal(history.length, 15);
  assert.ok(history[14].trainLoss < history[0].trainLoss * 0.8);
  for (const m of history) {
    assert.equal(m.deadFraction.length, 2);
    assert.equal(m.gradNorm.length, 3);
    assert.ok(m.deadFraction.every((f) => f >= 0 && f <= 1));
    assert.ok(m.gradNorm.every((g) => g > 0));
    assert.ok(m.valAccuracy! >= 0 && m.valAccuracy! <= 1);
    assert.equal(m.lr, 0.2);
  }
  assert.deepEqual(t.activationLayers, ["1", "3"]);
  assert.deepEqual(t.denseLayers, ["0", "2", "4"]);
});

Deno.test("Trainer is bit-identical under a seed", async () => {
  const a = await new Trainer(base()).run();
  const b = await new Trainer(base()).run();
  const strip = (h: typeof a.history) => h.map(({ seconds: _s, ...rest }) => rest);
  assert.deepEqual(strip(a.history), strip(b.history));
  assert.deepEqual(a.model.stateDict(), b.model.stateDict());
});

Deno.test("Trainer: steps in a StepArena (the default) give the same bits as without", async (t) => {
  const strip = (h: EpochMetrics[]) => h.map(({ seconds: _s, ...rest }) => rest);
  for (const optimizer of ["sgd:lr=0.05,momentum=0.9", "adam:lr=0.01", "lion:lr=0.001"]) {
    await t.step(optimizer, async () => {
      const a = await new Trainer(base({ optimizer })).run();
      const b = await new Trainer(base({ optimizer, arena: false })).run();
      assert.deepEqual(strip(a.history), strip(b.history));
      assert.deepEqual(a.model.stateDict(), b.model.stateDict());
    });
  }
  await t.step(
    "a forward hook that keeps a step's tensor gets a clear error after the step",
    async () => {
      const tr = new Trainer(base({ epochs: 1 }));
      let kept: Tensor | null = null;
      tr.model.registerForwardHook((_m, _x, y) => {
        kept ??= y; // the first training step's output (evaluation runs outside the arena)
      });
      await tr.run();
      assert.throws(() => kept!.data, /StepArena run that has ended/);
    },
  );
});

Deno.test("Trainer checkpoint/restore continues bit-identically for every optimizer", async (t) => {
  for (const name of defaultRegistry.list("optimizer")) {
    await t.step(name, async () => {
      const full = new Trainer(base({ optimizer: name }));
      await full.run();
      const half = new Trainer(base({ optimizer: name, epochs: 2 }));
      await half.run();
      const saved = JSON.parse(JSON.stringify(half.checkpoint()));
      const resumed = new Trainer(base({ optimizer: name }));
      resumed.restore(saved);
      assert.equal(resumed.epoch, 2);
      await resumed.run();
      assert.deepEqual(resumed.model.stateDict(), full.model.stateDict());
      assert.deepEqual(resumed.optimizer.stateDict(), full.optimizer.stateDict());
    });
  }
});

Deno.test("Trainer.restore rejects another setup and changes nothing", async () => {
  const a = new Trainer(base({ epochs: 1 }));
  await a.run();
  const other = new Trainer(base({ seed: 4, epochs: 1 }));
  const before = JSON.stringify(other.model.stateDict());
  assert.throws(
    () => other.restore(a.checkpoint()),
    (e) =>
      e instanceof RectifyError && e.code === "checkpoint" &&
      /seed: checkpoint has 3, this run 4/.test(e.message),
  );
  assert.equal(JSON.stringify(other.model.stateDict()), before);
  assert.equal(other.epoch, 0);
});

Deno.test("Trainer.loadCheckpoint rejects a truncated file; saveCheckpoint is atomic", async () => {
  await using tmp = await tempDir();
  const dir = tmp.path;
  const t = new Trainer(base({ epochs: 1, checkpoint: `${dir}/c.json` }));
  await t.run();
  const text = await Deno.readTextFile(`${dir}/c.json`);
  assert.equal(JSON.parse(text).epoch, 1);
  assert.deepEqual([...Deno.readDirSync(dir)].map((e) => e.name), ["c.json"]);
  await Deno.writeTextFile(`${dir}/bad.json`, text.slice(0, text.length / 2));
  const fresh = new Trainer(base({ epochs: 1 }));
  await assert.rejects(
    () => fresh.loadCheckpoint(`${dir}/bad.json`),
    /not valid JSON \(truncated or corrupted\?\)/,
  );
  await writeFileAtomic(`${dir}/x.txt`, "a");
  assert.equal(await Deno.readTextFile(`${dir}/x.txt`), "a");
});

Deno.test("Trainer stops on a non-finite loss naming epoch and step", async () => {
  const t = new Trainer({
    train: xor({ n: 64 }),
    hidden: [8],
    optimizer: "sgd:lr=1e15",
    epochs: 5,
    batchSize: 8,
  });
  await assert.rejects(
    () => t.run(),
    (e) =>
      e instanceof RectifyError && e.code === "numeric" &&
      /at epoch \d+, step \d+ of 8 \(global step \d+\).*hint: lower the learning rate/.test(
        e.message,
      ),
  );
});

Deno.test("Trainer validates its inputs", () => {
  const bad: [Partial<TrainerOptions>, RegExp][] = [
    [{ batchSize: 0 }, /batchSize must be a positive integer, got 0/],
    [{ hidden: [4, 0] }, /hidden width must be a positive integer, got 0/],
    [{ loss: "hinge" as never }, /loss must be "auto", "crossEntropy" or "mse", got "hinge"/],
    [{ train: teacher({ n: 20 }), val: null, loss: "crossEntropy" }, /needs class labels/],
    [{ activation: "relux" }, /Unknown activation "relux"; did you mean "relu"/],
  ];
  for (const [opts, pattern] of bad) {
    assert.throws(
      () => new Trainer(base(opts)),
      (e) => e instanceof RectifyError && pattern.test(e.message),
    );
  }
});

Deno.test("Trainer fits teacher-student regression with mse", async () => {
  const ds = teacher({ n: 300, inputSize: 4, hidden: [8], seed: 1 });
  const t = new Trainer({
    train: ds,
    hidden: [8],
    optimizer: "sgd:lr=0.05,momentum=0.9",
    epochs: 20,
    seed: 2,
  });
  const { history } = await t.run();
  assert.equal(t.config.loss, "mse");
  assert.equal(history[0].valAccuracy, null);
  assert.ok(history[19].trainLoss < history[0].trainLoss * 0.5);
});

Deno.test("Trainer.evaluate: accuracy and confusion for classification, RMSE and R² for regression", async (t) => {
  await t.step("classification: the confusion matrix's diagonal is the accuracy", async () => {
    const trainer = new Trainer(base());
    const [m] = await trainer.run().then((r) => r.history.slice(-1));
    const val = spiral({ pointsPerClass: 10, seed: 1 });
    const e = trainer.evaluate(val);
    assert.equal(e.accuracy, m.valAccuracy);
    assert.equal(e.rmse, null);
    assert.equal(e.r2, null);
    const c = e.confusion!;
    assert.equal(c.length, val.classes);
    assert.deepEqual(c.map((row) => row.reduce((a, b) => a + b)), [10, 10, 10]);
    assert.equal(c.reduce((s, row, i) => s + row[i], 0) / val.rows, e.accuracy);
  });
  await t.step("regression: RMSE is the root of the MSE loss; R² matches 1 - SSE/SST", async () => {
    const ds = teacher({ n: 200, inputSize: 3, hidden: [6], seed: 4 });
    const trainer = new Trainer({ train: ds, val: ds, hidden: [6], epochs: 3, seed: 1 });
    const { history } = await trainer.run();
    const e = trainer.evaluate(ds);
    assert.equal(e.accuracy, null);
    assert.equal(e.confusion, null);
    assert.ok(Math.abs(e.rmse! ** 2 - e.loss) < 1e-6 * e.loss);
    const mean = ds.y.reduce((a, b) => a + b, 0) / ds.rows;
    const sst = ds.y.reduce((a, b) => a + (b - mean) ** 2, 0);
    // SSE = rows × MSE (one target)
    assert.ok(Math.abs(e.r2! - (1 - (e.loss * ds.rows) / sst)) < 1e-5);
    assert.equal(history.at(-1)!.valRmse, e.rmse);
    assert.equal(history.at(-1)!.valR2, e.r2);
  });
});
