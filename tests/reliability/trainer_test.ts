import assert from "node:assert/strict";
import {
  defaultRegistry,
  Dense,
  mlp,
  type PluginSpec,
  RectifyError,
  Rng,
  Sequential,
} from "../../mod.ts";
import { type Dataset, teacher, xor } from "../../datasets/mod.ts";
import { type EpochMetrics, Trainer, type TrainerOptions } from "../../train/mod.ts";
import { type BadCase, runMatrix } from "./_matrix.ts";
import { tempDir } from "../_temp.ts";

const data = xor({ n: 48, seed: 5 });
const val = xor({ n: 16, seed: 6 });

function base(extra: Partial<TrainerOptions> = {}): TrainerOptions {
  return {
    train: data,
    val,
    hidden: [6],
    epochs: 4,
    batchSize: 16,
    seed: 3,
    optimizer: "sgd:lr=0.05,momentum=0.9",
    ...extra,
  };
}

/** History without the wall-clock column, which is the one thing allowed to differ. */
function noSeconds(h: readonly EpochMetrics[]): Omit<EpochMetrics, "seconds">[] {
  return h.map(({ seconds: _s, ...rest }) => rest);
}

function weights(t: Trainer): string {
  return JSON.stringify(t.model.stateDict());
}

async function interruptedEqualsUninterrupted(options: TrainerOptions, at: number, dir: string) {
  const full = new Trainer(options);
  await full.run();
  const file = `${dir}/ckpt.json`;
  const first = new Trainer({ ...options, epochs: at, checkpoint: file });
  await first.run();
  const second = new Trainer(options);
  await second.loadCheckpoint(file);
  assert.equal(second.epoch, at);
  await second.run();
  assert.equal(weights(second), weights(full), "final weights");
  assert.deepEqual(second.optimizer.stateDict(), full.optimizer.stateDict(), "optimizer state");
  assert.deepEqual(noSeconds(second.history), noSeconds(full.history), "metrics");
  full.dispose();
  first.dispose();
  second.dispose();
}

Deno.test("Trainer resume is bit-identical to an uninterrupted run for every optimizer plugin", async (t) => {
  await using tmp = await tempDir();
  const dir = tmp.path;
  const names = defaultRegistry.list("optimizer");
  assert.ok(names.length >= 1);
  for (const name of names) {
    await t.step(name, async () => {
      // the plugin's own defaults (lr included), so every option path is the plugin's
      await interruptedEqualsUninterrupted(base({ optimizer: name }), 2, dir);
    });
  }
  console.log(`[reliability] resume: bit-identical for ${names.length} optimizers: ${names}`);
});

Deno.test("Trainer resume is bit-identical with every schedule plugin (schedule state restored)", async (t) => {
  await using tmp = await tempDir();
  const dir = tmp.path;
  const names = defaultRegistry.list("schedule");
  for (const name of names) {
    await t.step(name, async () => {
      await interruptedEqualsUninterrupted(base({ schedule: name, epochs: 5 }), 3, dir);
    });
  }
  console.log(`[reliability] resume: bit-identical for ${names.length} schedules: ${names}`);
});

Deno.test("Trainer resume is bit-identical for every activation plugin (rrelu's generator included)", async (t) => {
  await using tmp = await tempDir();
  const dir = tmp.path;
  const names = defaultRegistry.list("activation");
  for (const name of names) {
    await t.step(name, async () => {
      await interruptedEqualsUninterrupted(
        base({ activation: name, hidden: [8], epochs: 3 }),
        1,
        dir,
      );
    });
  }
  console.log(`[reliability] resume: bit-identical for ${names.length} activations`);
});

Deno.test("Trainer: the same seed gives bit-identical metrics and weights; another seed does not", async () => {
  const a = new Trainer(base()), b = new Trainer(base()), c = new Trainer(base({ seed: 4 }));
  await a.run();
  await b.run();
  await c.run();
  assert.deepEqual(noSeconds(a.history), noSeconds(b.history));
  assert.equal(weights(a), weights(b));
  assert.notEqual(weights(a), weights(c));
});

Deno.test("Trainer rejects truncated and corrupted checkpoints, changing nothing", async () => {
  await using tmp = await tempDir();
  const dir = tmp.path;
  const file = `${dir}/good.json`;
  const t0 = new Trainer(base({ epochs: 2, checkpoint: file }));
  await t0.run();
  const good = await Deno.readTextFile(file);
  const rng = new Rng(77);
  const variants: [string, string][] = [];
  for (let i = 0; i < 60; i++) {
    const cut = 1 + rng.int(good.length - 1);
    variants.push([`truncated at ${cut}/${good.length}`, good.slice(0, cut)]);
  }
  variants.push(["empty", ""], ["not JSON", "hello"], ["JSON null", "null"], ["JSON array", "[]"]);
  const digits = [...good.matchAll(/\d/g)].map((m) => m.index!);
  for (let i = 0; i < 150; i++) {
    const at = digits[rng.int(digits.length)];
    const d = String((Number(good[at]) + 1 + rng.int(9)) % 10);
    variants.push([`digit flip at ${at}`, good.slice(0, at) + d + good.slice(at + 1)]);
  }
  for (let i = 0; i < 150; i++) {
    const at = rng.int(good.length);
    const ch = String.fromCharCode(32 + rng.int(95));
    if (ch === good[at]) continue;
    variants.push([`byte ${at} -> ${ch}`, good.slice(0, at) + ch + good.slice(at + 1)]);
  }
  const parsed = JSON.parse(good);
  const edits: [string, (c: Record<string, unknown>) => void][] = [
    ["format changed", (c) => (c.format = "other")],
    ["version 2", (c) => (c.version = 2)],
    ["epoch off by one", (c) => (c.epoch = 3)],
    ["weights missing", (c) => delete c.model],
    ["optimizer missing", (c) => delete c.optimizer],
    ["rng missing", (c) => delete c.rng],
    ["config of another seed", (c) => ((c.config as Record<string, unknown>).seed = 9)],
  ];
  for (const [name, edit] of edits) {
    // well-formed JSON with a fresh checksum: the structural checks must catch it
    const { checksum: _c, ...body } = structuredClone(parsed);
    edit(body);
    const text = JSON.stringify(body);
    const { checksum } = await import("../../train/_checksum.ts");
    variants.push([name, `${text.slice(0, -1)},"checksum":"${checksum(text)}"}`]);
  }
  // a changed digit beyond a double's precision parses to the same content: not a corruption
  const sameContent = (text: string) => {
    try {
      return JSON.stringify(JSON.parse(text)) === JSON.stringify(parsed);
    } catch {
      return false;
    }
  };
  const victim = new Trainer(base());
  const before = weights(victim);
  const cases: BadCase[] = variants.filter(([, text]) => !sameContent(text)).map((
    [name, text],
  ) => ({
    name,
    run: async () => {
      const path = `${dir}/bad.json`;
      await Deno.writeTextFile(path, text);
      try {
        await victim.loadCheckpoint(path);
      } finally {
        assert.equal(await Deno.readTextFile(path), text, `${name}: file changed`);
        assert.equal(weights(victim), before, `${name}: weights changed`);
        assert.equal(victim.epoch, 0, `${name}: epoch changed`);
      }
    },
    code: "checkpoint",
  }));
  cases.push({
    name: "missing file",
    run: () => victim.loadCheckpoint(`${dir}/nope.json`),
    code: "checkpoint",
    match: /no such file/,
  });
  await runMatrix("checkpoint files (truncated, corrupted, mismatched)", cases);
  // the good file still loads
  await victim.loadCheckpoint(file);
  assert.equal(victim.epoch, 2);
});

Deno.test("Trainer stops at the first NaN/Inf step naming the step, where it appeared and a hint", async (t) => {
  await t.step("diverging learning rate: a gradient or the loss goes non-finite", async () => {
    const tr = new Trainer({
      train: teacher({ n: 64, inputSize: 4, hidden: [8], seed: 1 }),
      hidden: [8],
      optimizer: "sgd:lr=1e12",
      epochs: 20,
      batchSize: 16,
    });
    await assert.rejects(
      () => tr.run(),
      (e: unknown) =>
        e instanceof RectifyError && e.code === "numeric" &&
        /^Training diverged: the (loss|gradient of parameter "[\w.]+") became (NaN|-?Infinity) at epoch \d+, step \d+ of 4 \(global step \d+\)/
          .test(e.message) &&
        /(parameter "\d\.(weight|bias)"|layer \d|the loss itself overflowed)/.test(e.message) &&
        /hint: lower the learning rate of "sgd:lr=1e12", clip gradients/.test(e.message),
    );
  });
  await t.step(
    "overflowing inputs: the loss names the first layer whose output overflowed",
    async () => {
      const x = new Float32Array(16 * 2).fill(3e38);
      const bad: Dataset = { ...data, x, rows: 16, y: data.y.slice(0, 16) };
      const tr = new Trainer({ train: bad, hidden: [4], epochs: 1, batchSize: 16 });
      await assert.rejects(
        () => tr.run(),
        (e: unknown) =>
          e instanceof RectifyError && e.code === "numeric" &&
          /the loss became NaN at epoch 1, step 1 of 1 \(global step 1\); it first appeared in the output of layer 0 \(Dense\)/
            .test(e.message),
      );
    },
  );
  await t.step('onNan: "skip" drops bad steps, counts them, and stays deterministic', async () => {
    const x = data.x.slice();
    x.fill(NaN, 0, 2); // row 0 is NaN: the one batch holding it is bad in every epoch
    const noisy: Dataset = { ...data, x };
    const opts = base({ train: noisy, onNan: "skip", epochs: 3 });
    const a = new Trainer(opts), b = new Trainer(opts);
    await a.run();
    await b.run();
    const skips = a.history.map((m) => m.skippedSteps ?? -1);
    assert.deepEqual(skips, [1, 1, 1]);
    for (const m of a.history) assert.ok(Number.isFinite(m.trainLoss));
    for (const [, p] of a.model.namedParameters()) {
      for (const v of p.data) assert.ok(Number.isFinite(v));
    }
    assert.deepEqual(noSeconds(a.history), noSeconds(b.history));
    assert.throws(
      () => new Trainer(base({ onNan: "ignore" as "skip" })),
      /onNan must be "stop" or "skip"/,
    );
  });
});

Deno.test("Trainer rejects datasets that do not fit the model or the class count", async () => {
  const three = {
    ...data,
    features: 3,
    x: new Float32Array(48 * 3),
    featureNames: ["a", "b", "c"],
  };
  const cases: BadCase[] = [
    {
      name: "val has other features",
      run: () => new Trainer(base({ val: three })),
      code: "shape",
      match: /3 features/,
    },
    {
      name: "custom model input width",
      run: () =>
        new Trainer(
          base({ model: mlp({ inputSize: 5, hidden: [3], outputSize: 2, rng: new Rng(0) }) }),
        ).run(),
      code: "shape",
      match: /expected 5/,
    },
    {
      name: "custom model output width below the class count",
      run: () => new Trainer(base({ model: new Sequential(new Dense(2, 1)) })).run(),
      code: ["data", "shape"],
    },
    {
      name: "label above class count",
      run: () => new Trainer(base({ train: { ...data, classes: 1 }, val: null })),
      code: "data",
      match: /expected a class index in \[0, 0\]/,
    },
    {
      name: "negative label",
      run: () =>
        new Trainer(base({ train: { ...data, y: data.y.map((v, i) => (i === 3 ? -1 : v)) } })),
      code: "data",
      match: /row 4 has label -1/,
    },
    {
      name: "fractional label",
      run: () =>
        new Trainer(base({ train: { ...data, y: data.y.map((v, i) => (i === 0 ? 0.5 : v)) } })),
      code: "data",
      match: /row 1 has label 0.5/,
    },
    {
      name: "NaN label",
      run: () =>
        new Trainer(base({ train: { ...data, y: data.y.map((v, i) => (i === 7 ? NaN : v)) } })),
      code: "data",
    },
    {
      name: "val label out of range",
      run: () =>
        new Trainer(
          base({ val: { ...val, y: val.y.map((v, i) => (i === 2 ? 7 : v)), classes: 2 } }),
        ),
      code: "data",
    },
    {
      name: "crossEntropy on regression",
      run: () =>
        new Trainer(
          base({
            train: teacher({ n: 8, inputSize: 2, seed: 0 }),
            val: null,
            loss: "crossEntropy",
          }),
        ),
      code: "data",
    },
    {
      name: "no rows",
      run: () =>
        new Trainer(
          base({ train: { ...data, rows: 0, x: new Float32Array(0), y: new Float32Array(0) } }),
        ),
      code: "data",
    },
    { name: "batch size 0", run: () => new Trainer(base({ batchSize: 0 })), code: "option" },
    { name: "epochs -1", run: () => new Trainer(base({ epochs: -1 })), code: "option" },
    { name: "seed NaN", run: () => new Trainer(base({ seed: NaN })), code: "option" },
    { name: "hidden width 0", run: () => new Trainer(base({ hidden: [0] })), code: "option" },
    { name: "loss typo", run: () => new Trainer(base({ loss: "mae" as "mse" })), code: "option" },
    {
      name: "optimizer typo",
      run: () => new Trainer(base({ optimizer: "adma" })),
      code: "registry",
    },
    {
      name: "optimizer bad option",
      run: () => new Trainer(base({ optimizer: "sgd:lr=-1" })),
      code: "option",
    },
    {
      name: "activation typo",
      run: () => new Trainer(base({ activation: "rleu" })),
      code: "registry",
      match: /relu/,
    },
    {
      name: "initializer typo",
      run: () => new Trainer(base({ initializer: "heNromal" })),
      code: "registry",
      match: /heNormal/,
    },
    {
      name: "schedule typo",
      run: () => new Trainer(base({ schedule: "cosnie" as PluginSpec })),
      code: "registry",
    },
  ];
  await runMatrix("dataset vs model (shapes, labels vs classes) and trainer options", cases);
});
