/**
 * Helper of onnx_test.ts, run as a subprocess under the root deno.json (the
 * ONNX test itself runs under tests/onnx/deno.json, which maps onnxruntime-web
 * and nothing of rectify): for every model-*.safetensors in a folder written
 * by `compare`, runs the real `predict` and `export --format onnx` commands;
 * also exports the committed CNN and float64 fixtures with rectify's own
 * outputs. Writes <dir>/manifest.json.
 *
 *     deno run -A tests/models/_onnx_models.ts DIR DATA.csv
 */
import { dispatch } from "../../cli/_commands.ts";
import { decodeModel, exportOnnx, predict } from "../../models/mod.ts";

const [dir, data] = Deno.args;
const io = { out: () => {}, err: (t: string) => console.error(t) };
const runs: {
  name: string;
  activation: string;
  onnx: string;
  predictions: string;
}[] = [];
const summary = JSON.parse(await Deno.readTextFile(`${dir}/summary.json`));
for (const run of summary.runs as { run: string; activation: string }[]) {
  const model = `${dir}/model-${run.run}.safetensors`;
  const onnx = `${dir}/${run.run}.onnx`,
    predictions = `${dir}/${run.run}.pred.csv`;
  let code = await dispatch([
    "export",
    "--model",
    model,
    "--format",
    "onnx",
    "--out",
    onnx,
  ], io);
  if (code === 0) {
    code = await dispatch([
      "predict",
      "--model",
      model,
      "--data",
      data,
      "--label",
      "label",
      "--out",
      predictions,
    ], io);
  }
  if (code !== 0) throw new Error(`${run.activation}: exit ${code}`);
  runs.push({ name: run.run, activation: run.activation, onnx, predictions });
}
const fixtures: Record<
  string,
  {
    onnx: string;
    inputShape: number[];
    dtype: string;
    input: number[];
    output: number[];
  }
> = {};
const refs = JSON.parse(
  await Deno.readTextFile(
    new URL("./fixtures/torch_refs.json", import.meta.url),
  ),
);
for (const name of ["cnn_f32", "mlp_f64", "mlp_f32"]) {
  const bytes = await Deno.readFile(
    new URL(`./fixtures/${name}.safetensors`, import.meta.url),
  );
  const loaded = decodeModel(bytes, name);
  const ref = refs.models[name];
  const out = predict(loaded, ref.input, ref.outputShape[0], {
    task: "regression",
  });
  const onnx = `${dir}/${name}.onnx`;
  await Deno.writeFile(
    onnx,
    exportOnnx(loaded.model, {
      inputShape: loaded.architecture.inputShape,
      preprocessing: loaded.preprocessing,
    }),
  );
  fixtures[name] = {
    onnx,
    inputShape: loaded.architecture.inputShape,
    dtype: loaded.architecture.dtype,
    input: ref.input,
    output: Array.from(out.values),
  };
}
await Deno.writeTextFile(
  `${dir}/manifest.json`,
  JSON.stringify({ runs, fixtures }),
);
