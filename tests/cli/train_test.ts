import assert from "node:assert/strict";
import { parse } from "csv-parse/sync";
import { runCli } from "./_run.ts";
import { tempDir } from "../_temp.ts";

const BASE = [
  "train",
  "--dataset",
  "spiral",
  "--layers",
  "12",
  "--activation",
  "leakyCube",
  "--optimizer",
  "sgd:lr=0.05,momentum=0.9",
  "--batch-size",
  "32",
];

const PLUGIN = `export default {
  kind: "activation",
  name: "leakyCube",
  apiVersion: 1,
  version: "1.0.0",
  description: "x + 0.1 x^3 (a test plugin loaded at run time)",
  defaults: {},
  create: () => ({ forward: (x) => x.add(x.mul(x).mul(x).mul(0.1)) }),
};
`;

Deno.test("cli train --resume continues bit-identically, with a runtime-loaded plugin", async () => {
  await using tmp = await tempDir();
  const dir = tmp.path;
  const plugin = `${dir}/leaky_cube.js`;
  await Deno.writeTextFile(plugin, PLUGIN);
  const full = await runCli([
    ...BASE,
    "--plugin",
    plugin,
    "--epochs",
    "4",
    "--checkpoint",
    `${dir}/full.json`,
    "--out",
    `${dir}/full`,
  ]);
  assert.equal(full.code, 0, full.stderr);
  assert.match(full.stdout, /Loaded plugin leakyCube from /);
  const half = await runCli([
    ...BASE,
    "--plugin",
    plugin,
    "--epochs",
    "2",
    "--checkpoint",
    `${dir}/half.json`,
    "--out",
    `${dir}/half`,
  ]);
  assert.equal(half.code, 0, half.stderr);
  const resumed = await runCli([
    ...BASE,
    "--plugin",
    plugin,
    "--epochs",
    "4",
    "--resume",
    `${dir}/half.json`,
    "--out",
    `${dir}/resumed`,
  ]);
  assert.equal(resumed.code, 0, resumed.stderr);
  assert.match(resumed.stdout, /Resuming from .*half\.json after epoch 2/);
  const a = JSON.parse(await Deno.readTextFile(`${dir}/full.json`));
  const b = JSON.parse(await Deno.readTextFile(`${dir}/half.json`));
  assert.equal(b.epoch, 4);
  assert.deepEqual(b.model, a.model);
  assert.deepEqual(b.optimizer, a.optimizer);
  assert.deepEqual(b.rng, a.rng);
  const rows = (p: string) =>
    (parse(Deno.readTextFileSync(p), { columns: true }) as Record<string, string>[]).map((r) => [
      r.epoch,
      r.train_loss,
      r.val_loss,
      r.val_accuracy,
    ]);
  assert.deepEqual(rows(`${dir}/resumed/metrics.csv`), rows(`${dir}/full/metrics.csv`));

  const other = await runCli([
    ...BASE.map((x) => (x === "12" ? "13" : x)),
    "--plugin",
    plugin,
    "--epochs",
    "5",
    "--resume",
    `${dir}/full.json`,
    "--out",
    `${dir}/other`,
  ]);
  assert.equal(other.code, 1);
  assert.match(
    other.stderr,
    /belongs to another setup \(hidden: checkpoint has \[12\], this run \[13\]\)/,
  );
});

Deno.test("cli train stops on a diverging loss naming the step, keeping finished epochs", async () => {
  await using tmp = await tempDir();
  const dir = tmp.path;
  const r = await runCli([
    "train",
    "--dataset",
    "xor",
    "--layers",
    "8",
    "--optimizer",
    "sgd:lr=1e12",
    "--epochs",
    "5",
    "--out",
    dir,
  ]);
  assert.equal(r.code, 1);
  assert.match(
    r.stderr,
    /Training diverged: the (loss|gradient of parameter "[\w.]+") became (NaN|-?Infinity) at epoch \d+, step \d+ of \d+/,
  );
  assert.match(r.stderr, /hint: lower the learning rate/);
  const names = [...Deno.readDirSync(dir)].map((e) => e.name).sort();
  assert.deepEqual(names, ["metrics.csv"]);
});

Deno.test("cli plot writes one SVG per activation and an index page", async () => {
  await using tmp = await tempDir();
  const dir = tmp.path;
  const r = await runCli(["plot", "--activation", "relu,tanh", "--samples", "101", "--out", dir]);
  assert.equal(r.code, 0, r.stderr);
  const names = [...Deno.readDirSync(dir)].map((e) => e.name).sort();
  assert.deepEqual(names, ["index.html", "relu.svg", "tanh.svg"]);
  const index = await Deno.readTextFile(`${dir}/index.html`);
  assert.equal(index.match(/<figure data-activation=/g)?.length, 2);
});
