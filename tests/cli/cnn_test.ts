import assert from "node:assert/strict";
import { parse } from "csv-parse/sync";
import { exists, runCli } from "./_run.ts";
import { tempDir } from "../_temp.ts";

const ARCH = "conv:4x3,padding=1,act,pool:2,conv:8x3,act,gap";

Deno.test("cli train --arch trains a CNN on image data end to end", async () => {
  await using tmp = await tempDir();
  const dir = tmp.path;
  const r = await runCli([
    "train",
    "--dataset",
    "bars",
    "--arch",
    ARCH,
    "--activation",
    "elu",
    "--optimizer",
    "adam:lr=0.01",
    "--epochs",
    "2",
    "--out",
    dir,
  ]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /Data: bars: 1000 rows, 256 features \(images \[1, 16, 16\]\)/);
  assert.match(r.stdout, new RegExp(`Model: --arch ${ARCH} \\(\\d+ parameters\\)`));
  const rows = parse(await Deno.readTextFile(`${dir}/metrics.csv`), { columns: true });
  assert.equal(rows.length, 2);
  // two activation layers (dead channels), three weight layers (two convs and the output)
  for (const c of ["dead_fraction_h1", "dead_fraction_h2", "grad_norm_l1", "grad_norm_l3"]) {
    assert.ok(c in rows[0], `column ${c}`);
  }
  assert.equal(rows[0].activation, "elu");
  assert.ok(Number(rows[1].grad_norm_l1) > 0);
  assert.ok(await exists(`${dir}/report.html`));
  const summary = JSON.parse(await Deno.readTextFile(`${dir}/summary.json`));
  assert.match(summary.command, /--arch/);
});

Deno.test("cli compare --arch swaps the activation slot over activations × optimizers on digits", async () => {
  await using tmp = await tempDir();
  const dir = tmp.path;
  const r = await runCli([
    "compare",
    "--dataset",
    "digits",
    "--standardize",
    "--arch",
    ARCH,
    "--activation",
    "relu,tanh",
    "--optimizer",
    "adam:lr=0.01,sgd:lr=0.05,momentum=0.9",
    "--epochs",
    "1",
    "--out",
    dir,
  ]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /images \[1, 8, 8\]/);
  assert.match(r.stdout, /4 runs: 2 activations × 2 optimizers/);
  const summary = JSON.parse(await Deno.readTextFile(`${dir}/summary.json`));
  const configs = summary.runs.map((x: { activation: string; optimizer: string }) =>
    `${x.activation} / ${x.optimizer}`
  );
  assert.deepEqual(configs.sort(), [
    "relu / adam:lr=0.01",
    "relu / sgd:lr=0.05,momentum=0.9",
    "tanh / adam:lr=0.01",
    "tanh / sgd:lr=0.05,momentum=0.9",
  ]);
  assert.ok(await exists(`${dir}/report.html`));
});

Deno.test("cli --arch errors name the problem and write nothing", async (t) => {
  const cases: [string[], RegExp][] = [
    [["--layers", "16", "--arch", ARCH], /give --layers \(an MLP\) or --arch .*not both/],
    [
      ["--arch", "conv:4x3,relu,gap", "--activation", "elu"],
      /--activation elu has no slot to fill: --arch "conv:4x3,relu,gap" has no "act" token/,
    ],
    [
      ["--arch", "conv:4,act"],
      /arch: token 1 "conv:4": expected conv:CHANNELSxKERNEL like conv:16x3/,
    ],
    [["--arch", "conv:4x3,act,gapp"], /token 3 "gapp" is neither a layer .* nor an activation/],
    [["--arch", "conv:4x3,act,gap,dense:3"], /ends with dense:3, but the data needs 10 outputs/],
    [
      ["--arch", "conv:4x3,padding=1,act,flatten,dense:100000,act"],
      /--arch .* makes a model of 26,\d{3},\d{3} parameters; the CLI trains models of at most 20,000,000/,
    ],
  ];
  for (const [args, pattern] of cases) {
    await t.step(args.join(" "), async () => {
      await using tmp = await tempDir();
      const dir = tmp.path;
      const r = await runCli(["train", "--dataset", "digits", ...args, "--out", `${dir}/out`]);
      assert.notEqual(r.code, 0);
      assert.match(r.stderr, pattern);
      assert.equal(await exists(`${dir}/out`), false);
    });
  }
  await t.step("flat data", async () => {
    const r = await runCli(["train", "--dataset", "spiral", "--arch", ARCH]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--arch needs image data .* but spiral has 2 plain features/);
  });
});

Deno.test("cli model files of image data: a CNN keeps its image input, an MLP reads the flat row", async (t) => {
  await using tmp = await tempDir();
  const dir = tmp.path;
  const digits = new URL("../../data/digits.csv", import.meta.url).pathname;
  for (
    const [name, net] of [["cnn", ["--arch", "conv:4x3,padding=1,act,pool:2,flatten"]], [
      "mlp",
      ["--layers", "8"],
    ]] as const
  ) {
    await t.step(name, async () => {
      const out = `${dir}/${name}`;
      const r = await runCli([
        "train",
        "--dataset",
        "digits",
        ...net,
        "--epochs",
        "1",
        "--out",
        out,
      ]);
      assert.equal(r.code, 0, r.stderr);
      const p = await runCli([
        "predict",
        "--model",
        `${out}/model.safetensors`,
        "--data",
        digits,
        "--label",
        "label",
        "--out",
        `${out}/pred.csv`,
      ]);
      assert.equal(p.code, 0, p.stderr);
      assert.match(p.stdout, /Accuracy: /);
      const e = await runCli([
        "export",
        "--model",
        `${out}/model.safetensors`,
        "--format",
        "onnx",
        "--out",
        `${out}/m.onnx`,
      ]);
      assert.equal(e.code, 0, e.stderr);
    });
  }
});
