/**
 * rectify ⇄ PyTorch, against reference files made once by
 * make_torch_refs.py (PyTorch 1.13) and committed: these tests never run
 * PyTorch.
 */
import assert from "node:assert/strict";
import { decodeModel, encodeModel, mlpArchitecture, predict } from "../../models/mod.ts";
import { runCli } from "../cli/_run.ts";
import { fixtures } from "./_fixtures.ts";
import { tempDir } from "../_temp.ts";

const FIX = new URL("./fixtures/", import.meta.url);
const refs = JSON.parse(await Deno.readTextFile(new URL("torch_refs.json", FIX)));

function maxDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  assert.equal(a.length, b.length);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

Deno.test("saveModel still writes the committed fixtures byte for byte", async (t) => {
  for (const [name, { model, options }] of Object.entries(fixtures())) {
    await t.step(name, async () => {
      const committed = await Deno.readFile(new URL(`${name}.safetensors`, FIX));
      assert.deepEqual(encodeModel(model, options), committed);
    });
  }
});

Deno.test("a rectify model file gives PyTorch's outputs (loaded strictly by torch)", async (t) => {
  for (const name of ["mlp_f32", "cnn_f32", "mlp_f64"]) {
    await t.step(name, async () => {
      const bytes = await Deno.readFile(new URL(`${name}.safetensors`, FIX));
      const loaded = decodeModel(bytes, name);
      const ref = refs.models[name];
      const rows = ref.outputShape[0];
      // "regression" reads the raw outputs (no softmax); the stored preprocessing applies
      const p = predict(loaded, ref.input, rows, { task: "regression" });
      const tol = loaded.architecture.dtype === "float64" ? 1e-12 : 1e-5;
      const d = maxDiff(p.values, ref.output);
      assert.ok(d <= tol, `${name}: max |rectify − torch| = ${d}, expected <= ${tol}`);
    });
  }
});

Deno.test("a PyTorch-saved MLP (no rectify metadata) runs with PyTorch's probabilities", async (t) => {
  const bytes = await Deno.readFile(new URL("torch_mlp.safetensors", FIX));
  const iris = (await Deno.readTextFile(new URL("../../data/iris.csv", import.meta.url)))
    .trim().split("\n");
  const rows = iris.slice(1, 21).map((l) => l.split(",").slice(0, 4).map(Number));
  await t.step("loadModel with the architecture", () => {
    const loaded = decodeModel(bytes, "torch_mlp.safetensors", {
      architecture: mlpArchitecture({
        inputSize: 4,
        hidden: [16],
        outputSize: 3,
        activation: "tanh",
      }),
    });
    const p = predict(loaded, rows.flat(), 20);
    const d = maxDiff(p.values, refs.torch_mlp.probabilities);
    assert.ok(d <= 1e-5, `max |rectify − torch| = ${d}`);
  });
  await t.step("without the architecture: a clear error", () => {
    assert.throws(
      () => decodeModel(bytes, "torch_mlp.safetensors"),
      /torch_mlp\.safetensors: no rectify architecture/,
    );
  });
  await t.step("a wrong architecture names the first tensor that does not fit", () => {
    assert.throws(
      () =>
        decodeModel(bytes, "torch_mlp.safetensors", {
          architecture: mlpArchitecture({ inputSize: 4, hidden: [12], outputSize: 3 }),
        }),
      /tensor "0\.weight" has shape \[16, 4\], the architecture needs \[12, 4\]/,
    );
    assert.throws(
      () =>
        decodeModel(bytes, "torch_mlp.safetensors", {
          architecture: mlpArchitecture({ inputSize: 4, hidden: [16, 16], outputSize: 3 }),
        }),
      /tensor "2\.weight" has shape \[3, 16\], the architecture needs \[16, 16\]/,
    );
    const arch = mlpArchitecture({ inputSize: 4, hidden: [16], outputSize: 3, activation: "tanh" });
    arch.layers.push({ type: "activation", activation: { name: "prelu" } });
    assert.throws(
      () => decodeModel(bytes, "torch_mlp.safetensors", { architecture: arch }),
      /torch_mlp\.safetensors: the architecture needs tensor "3\.weight" .*which the file lacks/,
    );
  });
  await t.step("cli predict --layers 16 --activation tanh", async () => {
    await using tmp = await tempDir();
    const dir = tmp.path;
    const csv = `${dir}/iris20.csv`;
    await Deno.writeTextFile(csv, iris.slice(0, 21).join("\n") + "\n");
    const r = await runCli([
      "predict",
      "--model",
      new URL("torch_mlp.safetensors", FIX).pathname,
      "--layers",
      "16",
      "--activation",
      "tanh",
      "--data",
      csv,
      "--label",
      "label",
      "--out",
      `${dir}/pred.csv`,
    ]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Accuracy: [\d.]+% \(\d+ of 20\)/);
    const lines = (await Deno.readTextFile(`${dir}/pred.csv`)).trim().split("\n");
    assert.equal(lines[0], "predicted,prob_0,prob_1,prob_2");
    const probs = lines.slice(1).flatMap((l) => l.split(",").slice(1).map(Number));
    const d = maxDiff(probs, refs.torch_mlp.probabilities);
    assert.ok(d <= 1e-5, `max |predict − torch| = ${d}`);
  });
});

Deno.test("a PyTorch-saved CNN (no rectify metadata) runs in predict with --arch", async (t) => {
  const model = new URL("torch_cnn.safetensors", FIX).pathname;
  const ARCH = "conv:4x3,padding=1,act,pool:2,conv:8x3,padding=1,act,flatten,dense:10";
  const digits = (await Deno.readTextFile(new URL("../../data/digits.csv", import.meta.url)))
    .trim().split("\n");
  await using tmp = await tempDir();
  const dir = tmp.path;
  const csv = `${dir}/digits20.csv`;
  await Deno.writeTextFile(csv, digits.slice(0, 21).join("\n") + "\n");
  const predictArgs = (extra: string[]) => [
    "predict",
    "--model",
    model,
    "--data",
    csv,
    "--label",
    "label",
    "--out",
    `${dir}/pred.csv`,
    ...extra,
  ];
  await t.step("PyTorch's probabilities within 1e-5", async () => {
    const r = await runCli(predictArgs(["--arch", ARCH, "--input-shape", "1,8,8"]));
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Accuracy: [\d.]+% \(\d+ of 20\)/);
    const lines = (await Deno.readTextFile(`${dir}/pred.csv`)).trim().split("\n");
    assert.equal(lines.length, 21);
    assert.equal(lines[0].split(",").length, 11);
    const probs = lines.slice(1).flatMap((l) => l.split(",").slice(1).map(Number));
    const d = maxDiff(probs, refs.torch_cnn.probabilities);
    assert.ok(d <= 1e-5, `max |predict − torch| = ${d}`);
  });
  await t.step("without a final dense the output size comes from the last Linear", async () => {
    const r = await runCli(
      predictArgs(["--arch", ARCH.replace(",dense:10", ""), "--input-shape", "1x8x8"]),
    );
    assert.equal(r.code, 0, r.stderr);
    const probs = (await Deno.readTextFile(`${dir}/pred.csv`)).trim().split("\n").slice(1)
      .flatMap((l) => l.split(",").slice(1).map(Number));
    assert.ok(maxDiff(probs, refs.torch_cnn.probabilities) <= 1e-5);
  });
  await t.step(
    "clear errors: no shape, a bad shape, both --layers and --arch, a wrong arch",
    async () => {
      const cases: [string[], RegExp][] = [
        [["--arch", ARCH], /--arch needs --input-shape C,H,W/],
        [
          ["--arch", ARCH, "--input-shape", "1,8"],
          /--input-shape must be three positive integers C,H,W, got "1,8"/,
        ],
        [
          ["--arch", ARCH, "--input-shape", "1,8,8", "--layers", "16"],
          /--layers \(an MLP\) or --arch \(a CNN\), not both/,
        ],
        [["--layers", "16", "--input-shape", "1,8,8"], /--input-shape goes with --arch/],
        [[], /holds no rectify architecture .*--arch TOKENS and --input-shape C,H,W/],
        [
          ["--arch", ARCH.replace("conv:8x3", "conv:6x3"), "--input-shape", "1,8,8"],
          /torch_cnn\.safetensors: tensor "3\.weight" has shape \[8, 4, 3, 3\], the architecture needs \[6, 4, 3, 3\]/,
        ],
      ];
      for (const [extra, want] of cases) {
        const r = await runCli(predictArgs(extra));
        assert.notEqual(r.code, 0, extra.join(" "));
        assert.match(r.stderr, want);
      }
    },
  );
  await t.step("export --arch writes ONNX", async () => {
    const r = await runCli([
      "export",
      "--model",
      model,
      "--arch",
      ARCH,
      "--input-shape",
      "1,8,8",
      "--format",
      "onnx",
      "--out",
      `${dir}/cnn.onnx`,
    ]);
    assert.equal(r.code, 0, r.stderr);
    assert.ok((await Deno.stat(`${dir}/cnn.onnx`)).size > 1000);
  });
});
