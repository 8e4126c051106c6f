import assert from "node:assert/strict";
import { Conv2d, RectifyError } from "../../mod.ts";
import { bars, spiral, trainValSplit } from "../../datasets/mod.ts";
import { parseArch, Trainer } from "../../train/mod.ts";
import { tempDir } from "../_temp.ts";

const DATA = trainValSplit(bars({ n: 160, size: 8, seed: 0 }), { valFraction: 0.25, seed: 0 });
const ARCH = parseArch("conv:4x3,padding=1,act,pool:2,conv:6x3,act,gap");

function trainer(extra: Partial<ConstructorParameters<typeof Trainer>[0]> = {}): Trainer {
  return new Trainer({
    ...DATA,
    arch: ARCH,
    activation: "leakyRelu",
    optimizer: "adam:lr=0.01",
    epochs: 3,
    batchSize: 16,
    seed: 5,
    ...extra,
  });
}

Deno.test("Trainer with an arch trains a CNN on [N, C, H, W] batches, bit-identically per seed", async () => {
  const a = trainer(), b = trainer();
  const ha = (await a.run()).history, hb = (await b.run()).history;
  assert.deepEqual(
    ha.map(({ seconds: _, ...m }) => m),
    hb.map(({ seconds: _, ...m }) => m),
  );
  assert.ok(ha[2].trainLoss < ha[0].trainLoss, "the loss falls");
  // monitors: one dead-channel reading per activation layer, one gradient norm per weight layer
  assert.deepEqual(a.activationLayers, ["1", "4"]);
  assert.deepEqual(a.denseLayers, ["0", "3", "6"]);
  assert.ok(a.model.namedModules().find(([n]) => n === "0")![1] instanceof Conv2d);
  for (const m of ha) {
    assert.equal(m.deadFraction.length, 2);
    assert.equal(m.gradNorm.length, 3);
    assert.ok(m.gradNorm.every((g) => g > 0 && Number.isFinite(g)));
  }
  // the appended output layer has the class count
  const [, out] = a.model.namedParameters().at(-1)!;
  assert.equal(out.size, 4);
  assert.deepEqual(a.config.arch, ARCH);
  assert.equal(a.config.hidden, null);
  a.dispose();
  b.dispose();
});

Deno.test("Trainer with an arch resumes from a checkpoint bit-identically", async () => {
  await using tmp = await tempDir();
  const dir = tmp.path;
  const full = trainer();
  await full.run();
  const first = trainer({ epochs: 2, checkpoint: `${dir}/c.json` });
  await first.run();
  const resumed = trainer();
  await resumed.loadCheckpoint(`${dir}/c.json`);
  await resumed.run();
  assert.deepEqual(resumed.model.stateDict(), full.model.stateDict());
  // another architecture is another setup
  const other = trainer({ arch: parseArch("conv:4x3,padding=1,act,gap") });
  await assert.rejects(
    () => other.loadCheckpoint(`${dir}/c.json`),
    /belongs to another setup \(arch: checkpoint has/,
  );
});

Deno.test("Trainer with an arch rejects flat data and a mismatched output layer", () => {
  assert.throws(
    () => new Trainer({ train: spiral({ seed: 0 }), arch: ARCH }),
    (e) =>
      e instanceof RectifyError && e.code === "data" &&
      /an architecture \(arch\) needs image data of shape \[C, H, W\], but "spiral" has 2 plain features/
        .test(e.message),
  );
  assert.throws(
    () => trainer({ arch: parseArch("conv:4x3,act,gap,dense:3") }),
    /ends with dense:3, but the data needs 4 outputs/,
  );
  // an architecture that ends with the right dense layer gets no extra one
  const t = trainer({ arch: parseArch("conv:4x3,act,gap,dense:4") });
  assert.deepEqual(t.denseLayers, ["0", "3"]);
  t.dispose();
});
