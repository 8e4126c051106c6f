/**
 * Exported ONNX graphs run in ONNX Runtime (onnxruntime-web, dev-only: this
 * folder has its own deno.json so no main command resolves it) and pass the
 * ONNX checker (Debian's python3-onnx; skipped visibly when absent).
 *
 * For every built-in activation: `compare --standardize` trains an iris MLP
 * per activation, `export --format onnx` writes it, and ONNX Runtime's
 * probabilities on the raw features equal `predict`'s within 1e-4. The
 * committed CNN and float64 fixtures are checked against rectify's outputs
 * the same way.
 *
 *     cd tests/onnx && deno test -A
 */
import assert from "node:assert/strict";
import { tempDir } from "../_temp.ts";

type Ort = typeof import("onnxruntime-web");
let ort: Ort | null = null;
try {
  ort = await import("onnxruntime-web");
  ort.env.wasm.numThreads = 1;
} catch (e) {
  console.log(`[onnx] SKIPPED: onnxruntime-web is unavailable (${(e as Error).message})`);
}

const ROOT = new URL("../../", import.meta.url).pathname;
const IRIS = `${ROOT}data/iris.csv`;
const ACTIVATIONS = [
  "relu",
  "leakyRelu:alpha=0.1",
  "prelu",
  "elu",
  "selu",
  "celu:alpha=0.5",
  "sigmoid",
  "tanh",
  "softplus:beta=2",
  "softsign",
  "hardSigmoid",
  "hardSwish",
  "thresholdedRelu:theta=0.1",
  "gelu",
  "gelu:approximate=tanh",
  "mish",
  "softmax",
  "logSoftmax",
  "relu6",
  "hardTanh",
  "silu",
  "swish:beta=1.5",
  "crelu",
  "maxout",
  "rrelu",
  "linear",
];

interface Fixture {
  onnx: string;
  inputShape: number[];
  dtype: "float32" | "float64";
  input: number[];
  output: number[];
}

async function run(cmd: string, args: string[], cwd = ROOT): Promise<string> {
  const out = await new Deno.Command(cmd, {
    args,
    cwd,
    stdout: "piped",
    stderr: "piped",
  }).output();
  const text = new TextDecoder().decode(out.stdout) +
    new TextDecoder().decode(out.stderr);
  if (!out.success) {
    throw new Error(`${cmd} ${args.join(" ")} failed:\n${text}`);
  }
  return text;
}

function csvRows(text: string): number[][] {
  return text.trim().split(/\r?\n/).slice(1).map((l) => l.split(",").map(Number));
}

async function python(): Promise<string | null> {
  for (const p of ["/usr/bin/python3", "python3"]) {
    try {
      const o = await new Deno.Command(p, {
        args: ["-c", "import onnx"],
        stderr: "null",
      }).output();
      if (o.success) return p;
    } catch { /* not there */ }
  }
  return null;
}

Deno.test({
  name:
    "exportOnnx: every built-in activation's graph gives predict's probabilities in ONNX Runtime",
  ignore: ort === null,
  sanitizeResources: false,
  sanitizeOps: false,
  async fn(t) {
    const rt = ort!;
    await using tmp = await tempDir("onnx-");
    const dir = tmp.path;
    await run(Deno.execPath(), [
      "run",
      "-A",
      "--config",
      "deno.json",
      "cli.ts",
      "compare",
      "--dataset",
      "iris",
      "--standardize",
      "--layers",
      "8",
      "--activation",
      ACTIVATIONS.join(","),
      "--optimizer",
      "adam:lr=0.01",
      "--epochs",
      "3",
      "--out",
      dir,
    ]);
    // the root config, not this folder's (which maps only onnxruntime-web)
    await run(Deno.execPath(), [
      "run",
      "-A",
      "--config",
      "deno.json",
      "tests/models/_onnx_models.ts",
      dir,
      IRIS,
    ]);
    const manifest = JSON.parse(
      await Deno.readTextFile(`${dir}/manifest.json`),
    );
    const raw = csvRows(await Deno.readTextFile(IRIS)).map((r) => r.slice(0, 4));
    const x = new Float32Array(raw.flat());
    const worst: string[] = [];
    for (const r of manifest.runs) {
      await t.step(r.activation, async () => {
        const session = await rt.InferenceSession.create(
          await Deno.readFile(r.onnx),
        );
        const out = await session.run({
          input: new rt.Tensor("float32", x, [raw.length, 4]),
        });
        const probs = out.probabilities.data as Float32Array;
        const want = csvRows(await Deno.readTextFile(r.predictions)).map((
          row,
        ) => row.slice(1));
        let d = 0;
        want.flat().forEach((
          v,
          i,
        ) => (d = Math.max(d, Math.abs(v - probs[i]))));
        worst.push(`${r.activation} ${d.toExponential(2)}`);
        assert.ok(
          d <= 1e-4,
          `${r.activation}: max |ONNX Runtime − predict| = ${d}`,
        );
      });
    }
    console.log(
      `[onnx] max |ONNX Runtime − predict| per activation: ${worst.join(", ")}`,
    );
    for (
      const [name, f] of Object.entries(manifest.fixtures) as [string, Fixture][]
    ) {
      await t.step(
        `fixture ${name} (${f.dtype}, input [N, ${f.inputShape.join(", ")}])`,
        async () => {
          const session = await rt.InferenceSession.create(
            await Deno.readFile(f.onnx),
          );
          const rows = f.input.length /
            f.inputShape.reduce((a: number, b: number) => a * b, 1);
          const data = f.dtype === "float64"
            ? new Float64Array(f.input)
            : new Float32Array(f.input);
          const out = await session.run({
            input: new rt.Tensor(f.dtype, data, [rows, ...f.inputShape]),
          });
          const y = out.output.data as Float32Array;
          let d = 0;
          f.output.forEach((
            v: number,
            i: number,
          ) => (d = Math.max(d, Math.abs(v - y[i]))));
          console.log(
            `[onnx] ${name}: max |ONNX Runtime − rectify| = ${d.toExponential(2)}`,
          );
          assert.ok(d <= 1e-4, `${name}: ${d}`);
        },
      );
    }
    await t.step(
      "the ONNX checker accepts every graph (python3-onnx)",
      async () => {
        const py = await python();
        if (py === null) {
          console.log(
            "[onnx] SKIPPED the ONNX checker: no python3 with the onnx module (apt-get install python3-onnx)",
          );
          return;
        }
        const files = [
          ...manifest.runs.map((r: { onnx: string }) => r.onnx),
          ...Object.values(manifest.fixtures).map((f) => (f as { onnx: string }).onnx),
        ];
        const text = await run(py, [
          "-c",
          "import onnx, sys\nfor p in sys.argv[1:]:\n    onnx.checker.check_model(onnx.load(p), full_check=True)\nprint(len(sys.argv) - 1, 'graphs pass onnx', onnx.__version__, 'checker (full_check)')",
          ...files,
        ]);
        console.log(`[onnx] ${text.trim()}`);
      },
    );
  },
});
