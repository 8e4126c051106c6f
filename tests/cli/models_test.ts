import assert from "node:assert/strict";
import { parse } from "csv-parse/sync";
import { loadModel } from "../../models/mod.ts";
import { exists, runCli } from "./_run.ts";
import { tempDir } from "../_temp.ts";

const TEXT = [
  "a,b,species",
  ...Array.from({ length: 60 }, (_, i) => {
    const k = i % 3;
    return `${(10 * k + Math.sin(i)).toFixed(3)},${(100 + 5 * k + Math.cos(i)).toFixed(3)},${
      ["cat", "dog", "emu"][k]
    }`;
  }),
].join("\n") + "\n";

Deno.test("cli train writes model.safetensors; predict and export use it", async (t) => {
  await using tmp = await tempDir();
  const dir = tmp.path;
  const data = `${dir}/animals.csv`;
  await Deno.writeTextFile(data, TEXT);
  const out = `${dir}/run`;
  const r = await runCli([
    "train",
    "--data",
    data,
    "--label",
    "species",
    "--standardize",
    "--layers",
    "8",
    "--optimizer",
    "adam:lr=0.05",
    "--epochs",
    "20",
    "--checkpoint",
    `${dir}/ckpt.json`,
    "--out",
    out,
  ]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /Model: +.*run\/model\.safetensors/);
  await t.step("the model file holds the standardisation and the class names", async () => {
    const m = await loadModel(`${out}/model.safetensors`);
    const st = m.preprocessing!.standardize!;
    assert.equal(st.mean.length, 2);
    assert.ok(
      st.mean[1] > 90 && st.std[0] > 1,
      `raw-scale statistics, got ${JSON.stringify(st)}`,
    );
    assert.deepEqual(m.labels, {
      task: "classification",
      outputs: ["cat", "dog", "emu"],
      features: ["a", "b"],
    });
  });
  await t.step("predict on raw features: class names, probabilities, accuracy", async () => {
    const p = await runCli([
      "predict",
      "--model",
      `${out}/model.safetensors`,
      "--data",
      data,
      "--label",
      "species",
      "--out",
      `${dir}/pred.csv`,
    ]);
    assert.equal(p.code, 0, p.stderr);
    const acc = Number(p.stdout.match(/Accuracy: ([\d.]+)% \((\d+) of 60\)/)?.[1]);
    assert.ok(acc >= 90, p.stdout);
    const rows = parse(await Deno.readTextFile(`${dir}/pred.csv`), { columns: true }) as Record<
      string,
      string
    >[];
    assert.equal(rows.length, 60);
    assert.deepEqual(Object.keys(rows[0]), ["predicted", "prob_cat", "prob_dog", "prob_emu"]);
    for (const row of rows) {
      const s = Number(row.prob_cat) + Number(row.prob_dog) + Number(row.prob_emu);
      assert.ok(Math.abs(s - 1) < 1e-5);
      assert.ok(["cat", "dog", "emu"].includes(row.predicted));
    }
  });
  await t.step(
    "predict without --label on the labelled file says which column to name",
    async () => {
      const p = await runCli([
        "predict",
        "--model",
        `${out}/model.safetensors`,
        "--data",
        data,
        "--out",
        `${dir}/p2.csv`,
      ]);
      assert.equal(p.code, 1);
      assert.match(
        p.stderr,
        /animals\.csv:2:3: expected a number in column "species", got "cat" \(if that column holds the labels, name it with --label\)/,
      );
      assert.equal(await exists(`${dir}/p2.csv`), false);
    },
  );
  await t.step("export --format onnx and --format safetensors from the checkpoint", async () => {
    const o = await runCli([
      "export",
      "--model",
      `${out}/model.safetensors`,
      "--format",
      "onnx",
      "--out",
      `${dir}/m.onnx`,
    ]);
    assert.equal(o.code, 0, o.stderr);
    const bytes = await Deno.readFile(`${dir}/m.onnx`);
    assert.ok(new TextDecoder("latin1").decode(bytes).includes("probabilities"));
    const c = await runCli([
      "export",
      "--checkpoint",
      `${dir}/ckpt.json`,
      "--format",
      "safetensors",
      "--out",
      `${dir}/c.safetensors`,
    ]);
    assert.equal(c.code, 0, c.stderr);
    const fromCkpt = await loadModel(`${dir}/c.safetensors`);
    const fromTrain = await loadModel(`${out}/model.safetensors`);
    assert.deepEqual(
      fromCkpt.model.parameters().map((p) => Array.from(p.data)),
      fromTrain.model.parameters().map((p) => Array.from(p.data)),
      "the checkpoint's final weights are the model file's",
    );
    assert.deepEqual(fromCkpt.preprocessing, fromTrain.preprocessing);
  });
  await t.step("usage errors", async () => {
    const a = await runCli(["predict", "--data", data, "--out", `${dir}/x.csv`]);
    assert.equal(a.code, 2);
    assert.match(a.stderr, /predict needs --model/);
    const b = await runCli([
      "export",
      "--model",
      `${out}/model.safetensors`,
      "--format",
      "tflite",
      "--out",
      "x",
    ]);
    assert.equal(b.code, 2);
    assert.match(b.stderr, /--format must be onnx or safetensors, got "tflite"/);
    const c = await runCli(["predict", "--model", data, "--data", data, "--out", `${dir}/x.csv`]);
    assert.equal(c.code, 1);
    assert.match(
      c.stderr,
      /animals\.csv: not a valid safetensors file: header length \d+ runs past the end/,
    );
  });
});

Deno.test("cli compare writes one model file per run; regression predict prints the RMSE", async () => {
  await using tmp = await tempDir();
  const dir = tmp.path;
  const data = `${dir}/reg.csv`;
  const rows = Array.from({ length: 40 }, (_, i) => {
    const x = i / 10;
    return `${x},${(2 * x + 1).toFixed(3)}`;
  });
  await Deno.writeTextFile(data, ["x,y", ...rows].join("\n") + "\n");
  const r = await runCli([
    "compare",
    "--data",
    data,
    "--label",
    "y",
    "--layers",
    "4",
    "--activation",
    "relu,tanh",
    "--optimizer",
    "adam:lr=0.05",
    "--epochs",
    "5",
    "--out",
    `${dir}/cmp`,
  ]);
  assert.equal(r.code, 0, r.stderr);
  assert.ok(await exists(`${dir}/cmp/model-r01.safetensors`));
  assert.ok(await exists(`${dir}/cmp/model-r02.safetensors`));
  const p = await runCli([
    "predict",
    "--model",
    `${dir}/cmp/model-r02.safetensors`,
    "--data",
    data,
    "--label",
    "y",
    "--out",
    `${dir}/pred.csv`,
  ]);
  assert.equal(p.code, 0, p.stderr);
  assert.match(p.stdout, /RMSE: [\d.e-]+ against "y"/);
  const header = (await Deno.readTextFile(`${dir}/pred.csv`)).split("\n")[0];
  assert.equal(header, "predicted");
});
