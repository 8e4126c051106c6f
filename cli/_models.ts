/**
 * The model-file side of the CLI: writing each run's `model.safetensors`,
 * and the `predict` and `export` commands. @internal
 *
 * @module
 */

import { stringify } from "csv-stringify/sync";
import { cnn, mlp, RectifyError, type Sequential } from "../core/mod.ts";
import { _parseCsvTable, readText } from "../datasets/csv.ts";
import type { Dataset } from "../datasets/dataset.ts";
import type { FeatureStats } from "../datasets/transforms.ts";
import { type Architecture, architectureOf, mlpArchitecture } from "../models/architecture.ts";
import {
  decodeModel,
  encodeModel,
  type LoadedModel,
  type ModelLabels,
  predict,
  type Preprocessing,
} from "../models/model_file.ts";
import { parseSafetensors } from "../models/safetensors.ts";
import { readCheckpoint, writeFileAtomic } from "../train/trainer.ts";
import type { ModelFileInfo } from "../train/_cell.ts";
import { archLayers } from "../train/arch.ts";
import { archOf, type CliIO, layersOf, loadPlugins, parse, usage } from "./_commands.ts";
import { EXPORT_HELP, PREDICT_HELP } from "./_help.ts";

/** The preprocessing and labels of a dataset, for its models' files. @internal */
export function modelInfo(
  ds: Dataset,
  stats: FeatureStats | null,
  labelColumn: string,
): ModelFileInfo {
  const outputs = ds.task === "classification"
    ? Array.from({ length: ds.classes }, (_, i) => ds.labelNames?.[i] ?? String(i))
    : ds.targets === 1
    ? [labelColumn]
    : Array.from({ length: ds.targets }, (_, i) => `${labelColumn}${i}`);
  return {
    preprocessing: stats ? { standardize: { mean: [...stats.mean], std: [...stats.std] } } : null,
    labels: { task: ds.task, outputs, features: [...ds.featureNames] },
    ...(ds.shape === undefined ? {} : { inputShape: [...ds.shape] }),
  };
}

const PREDICT_OPTIONS = {
  model: { type: "string" },
  data: { type: "string" },
  label: { type: "string" },
  out: { type: "string" },
  layers: { type: "string" },
  activation: { type: "string" },
  arch: { type: "string" },
  "input-shape": { type: "string" },
  task: { type: "string" },
  plugin: { type: "string", multiple: true },
  "plugin-timeout": { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

const EXPORT_OPTIONS = {
  model: { type: "string" },
  checkpoint: { type: "string" },
  format: { type: "string" },
  out: { type: "string" },
  layers: { type: "string" },
  activation: { type: "string" },
  arch: { type: "string" },
  "input-shape": { type: "string" },
  plugin: { type: "string", multiple: true },
  "plugin-timeout": { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** The flags that give the architecture of a file without rectify metadata. */
interface ArchFlags {
  layers?: string;
  activation?: string;
  arch?: string;
  "input-shape"?: string;
}

type FileTensors = ReturnType<typeof parseSafetensors>["tensors"];

/**
 * The architecture of a file without rectify metadata: an MLP from
 * `--layers`/`--activation`, or a CNN from `--arch`/`--input-shape` (and
 * `--activation` for its `act` slots). Widths, dtype and the output size are
 * read from the file's tensors; the strict load then checks every tensor.
 */
function flagArchitecture(bytes: Uint8Array, file: string, v: ArchFlags): Architecture | undefined {
  const { tensors, metadata } = parseSafetensors(bytes, file);
  const given = v.layers !== undefined || v.arch !== undefined;
  if (metadata.architecture !== undefined && !given) return undefined;
  if (v.layers !== undefined && v.arch !== undefined) {
    throw usage("give --layers (an MLP) or --arch (a CNN), not both");
  }
  if (!given) {
    throw usage(
      `${file} holds no rectify architecture (written by PyTorch?); give it with --layers W1,W2,... and --activation SPEC for an MLP, or --arch TOKENS and --input-shape C,H,W for a CNN (the modules of the nn.Sequential, in order)`,
    );
  }
  const dtype = [...tensors.values()][0]?.dtype === "F64" ? "float64" : "float32";
  if (v.arch !== undefined) return cnnFlags(tensors, file, v, dtype);
  if (v["input-shape"] !== undefined) {
    throw usage("--input-shape goes with --arch (an MLP's input width is read from the file)");
  }
  const hidden = layersOf(v.layers);
  const first = tensors.get("0.weight");
  const lastName = `${2 * hidden.length}.weight`;
  const last = tensors.get(lastName);
  if (!first || first.shape.length !== 2) {
    throw new RectifyError(
      "model",
      `${file}: expected a Linear weight "0.weight" [out, in] to read the input width from`,
    );
  }
  if (!last || last.shape.length !== 2) {
    throw new RectifyError(
      "model",
      `${file}: --layers ${v.layers} means ${hidden.length} hidden layers, so the output Linear's weight should be "${lastName}", which the file lacks (it has ${
        [...tensors.keys()].join(", ")
      })`,
    );
  }
  return mlpArchitecture({
    inputSize: first.shape[1],
    hidden,
    outputSize: last.shape[0],
    activation: v.activation ?? "relu",
    dtype,
  });
}

/** `--input-shape C,H,W` (or `CxHxW`). */
function inputShapeOf(text: string | undefined): [number, number, number] {
  if (text === undefined) {
    throw usage(
      "--arch needs --input-shape C,H,W for a file without rectify metadata (e.g. 1,8,8 for digits)",
    );
  }
  const dims = text.split(/[,x]/).map((d) => d.trim());
  if (dims.length !== 3 || !dims.every((d) => /^[1-9]\d*$/.test(d))) {
    throw usage(`--input-shape must be three positive integers C,H,W, got ${JSON.stringify(text)}`);
  }
  return dims.map(Number) as [number, number, number];
}

/** The CNN of `--arch` over `--input-shape`; without a final `dense`, the output size is the last Linear's. */
function cnnFlags(
  tensors: FileTensors,
  file: string,
  v: ArchFlags,
  dtype: "float32" | "float64",
): Architecture {
  const inputShape = inputShapeOf(v["input-shape"]);
  const arch = archOf(v.arch!, v.activation)!;
  let outputSize: number | undefined;
  if (arch.at(-1)?.type !== "dense") {
    let at = -1;
    for (const [name, t] of tensors) {
      const m = /^(\d+)\.weight$/.exec(name);
      if (m !== null && t.shape.length === 2 && Number(m[1]) > at) {
        at = Number(m[1]);
        outputSize = t.shape[0];
      }
    }
    if (outputSize === undefined) {
      throw new RectifyError(
        "model",
        `${file}: --arch ${v.arch} does not end with dense:K and the file has no Linear weight [out, in] to read the output size from (it has ${
          [...tensors.keys()].join(", ")
        })`,
      );
    }
  }
  const model = cnn({
    inputShape,
    layers: archLayers(arch, { activation: v.activation ?? "relu" }),
    ...(outputSize === undefined ? {} : { outputSize }),
    dtype,
  });
  return architectureOf(model, { inputShape });
}

async function readModelBytes(path: string): Promise<Uint8Array> {
  try {
    return await Deno.readFile(path);
  } catch (e) {
    throw new RectifyError(
      "io",
      `Cannot read model file ${path}: ${
        e instanceof Deno.errors.NotFound ? "no such file" : (e as Error).message
      }`,
      { cause: e },
    );
  }
}

async function loadForCli(path: string, v: ArchFlags): Promise<LoadedModel> {
  const bytes = await readModelBytes(path);
  const architecture = flagArchitecture(bytes, path, v);
  return decodeModel(bytes, path, architecture ? { architecture } : {});
}

function fmt(v: number): string {
  return String(v);
}

/** `predict`. @internal */
export async function predictCommand(args: string[], io: CliIO): Promise<number> {
  const v = parse("predict", args, PREDICT_OPTIONS);
  if (v.help) {
    io.out(PREDICT_HELP);
    return 0;
  }
  for (const k of ["model", "data", "out"] as const) {
    if (v[k] === undefined) throw usage(`predict needs --${k} (see "predict --help")`);
  }
  if (v.task !== undefined && v.task !== "classification" && v.task !== "regression") {
    throw usage(`--task must be classification or regression, got ${JSON.stringify(v.task)}`);
  }
  await loadPlugins(v.plugin, v["plugin-timeout"], io);
  const loaded = await loadForCli(v.model!, v);
  const file = v.data!;
  const text = await readText(file, file);
  let table;
  try {
    table = _parseCsvTable(text, { file, label: v.label ?? null, labelOptional: true });
  } catch (e) {
    if (
      v.label === undefined && e instanceof RectifyError && e.code === "csv" &&
      /expected a number in column/.test(e.message)
    ) {
      throw new RectifyError(
        "csv",
        `${e.message} (if that column holds the labels, name it with --label)`,
        { cause: e, details: e.details as Record<string, unknown> },
      );
    }
    throw e;
  }
  const hasLabel = table.labels !== null;
  const want = loaded.architecture.inputShape.reduce((a, b) => a * b, 1);
  const names = loaded.labels?.features;
  if (table.features !== want) {
    throw new RectifyError(
      "data",
      `${file} has ${table.features} feature columns${
        hasLabel ? ` besides the label "${v.label}"` : ""
      }, the model takes ${want}${names ? ` (${names.join(", ")})` : ""}${
        v.label === undefined && table.features === want + 1
          ? "; name the label column with --label"
          : ""
      }`,
    );
  }
  if (names && names.length === want) {
    const i = names.findIndex((n, j) => n !== table.featureNames[j]);
    if (i >= 0) {
      throw new RectifyError(
        "data",
        `${file}: feature column ${i + 1} is "${
          table.featureNames[i]
        }", the model was trained with "${names[i]}" there (expected columns ${names.join(", ")})`,
      );
    }
  }
  const task = (v.task as "classification" | "regression" | undefined) ?? loaded.labels?.task;
  const p = predict(loaded, table.x, table.rows, task ? { task } : {});
  const outputs = loaded.labels?.outputs.length === p.width
    ? loaded.labels.outputs
    : Array.from({ length: p.width }, (_, i) => String(i));
  const header: string[] = [];
  const rows: string[][] = [];
  const classification = p.task === "classification";
  if (classification) header.push("predicted", ...outputs.map((c) => `prob_${c}`));
  else header.push(...(p.width === 1 ? ["predicted"] : outputs.map((t) => `predicted_${t}`)));
  let correct = 0, sq = 0;
  for (let r = 0; r < table.rows; r++) {
    const vals = p.values.subarray(r * p.width, (r + 1) * p.width);
    if (classification) {
      let best = 0;
      for (let k = 1; k < p.width; k++) if (vals[k] > vals[best]) best = k;
      rows.push([outputs[best], ...Array.from(vals, fmt)]);
      if (hasLabel) {
        const truth = table.labels![r];
        if (!outputs.includes(truth)) {
          throw new RectifyError(
            "data",
            `${file}:${
              table.lineOf[r]
            }: label "${truth}" in column "${v.label}" is not one of the model's classes (${
              outputs.join(", ")
            })`,
          );
        }
        if (truth === outputs[best]) correct++;
      }
    } else {
      rows.push(Array.from(vals, fmt));
      if (hasLabel) {
        const truth = Number(table.labels![r]);
        if (p.width !== 1 || !Number.isFinite(truth)) {
          throw new RectifyError(
            "data",
            `${file}:${table.lineOf[r]}: expected a numeric target in column "${v.label}", got ${
              JSON.stringify(table.labels![r])
            }`,
          );
        }
        sq += (vals[0] - truth) ** 2;
      }
    }
  }
  await writeFileAtomic(v.out!, stringify([header, ...rows]));
  io.out(`Predicted ${table.rows} rows with ${v.model} → ${v.out}\n`);
  if (hasLabel) {
    io.out(
      classification
        ? `Accuracy: ${
          (100 * correct / Math.max(table.rows, 1)).toFixed(2)
        }% (${correct} of ${table.rows}) against "${v.label}"\n`
        : `RMSE: ${Math.sqrt(sq / Math.max(table.rows, 1)).toPrecision(6)} against "${v.label}"\n`,
    );
  } else if (v.label !== undefined) {
    io.out(`(no column "${v.label}" in ${file}: no accuracy computed)\n`);
  }
  return 0;
}

/** The model of a checkpoint written by `train --checkpoint`, with its standardisation. */
async function checkpointModel(
  path: string,
): Promise<{ model: Sequential; preprocessing: Preprocessing | null }> {
  const ckpt = await readCheckpoint(path);
  const hidden = ckpt.config.hidden;
  if (hidden === null) {
    throw new RectifyError(
      "checkpoint",
      `${path}: a checkpoint of a custom model holds no architecture`,
    );
  }
  const last = ckpt.model[`${2 * hidden.length}.weight`];
  if (!last || last.shape.length !== 2) {
    throw new RectifyError(
      "checkpoint",
      `${path}: no output layer "${2 * hidden.length}.weight" in its weights`,
    );
  }
  let activation: string | { name: string; options?: Record<string, unknown> } =
    ckpt.config.activation;
  if (activation.startsWith("{")) activation = JSON.parse(activation);
  const model = mlp({
    inputSize: ckpt.config.data.features,
    hidden,
    outputSize: last.shape[1],
    activation,
  });
  model.loadStateDict(ckpt.model);
  const st = (ckpt.config.preprocessing as { standardize?: Preprocessing["standardize"] } | null)
    ?.standardize;
  return { model, preprocessing: st ? { standardize: { mean: st.mean, std: st.std } } : null };
}

/** `export`. @internal */
export async function exportCommand(args: string[], io: CliIO): Promise<number> {
  const v = parse("export", args, EXPORT_OPTIONS);
  if (v.help) {
    io.out(EXPORT_HELP);
    return 0;
  }
  if ((v.model === undefined) === (v.checkpoint === undefined)) {
    throw usage("export needs exactly one of --model FILE.safetensors or --checkpoint FILE");
  }
  if (v.out === undefined) throw usage(`export needs --out FILE (see "export --help")`);
  const format = v.format ?? "onnx";
  if (format !== "onnx" && format !== "safetensors") {
    throw usage(`--format must be onnx or safetensors, got ${JSON.stringify(v.format)}`);
  }
  await loadPlugins(v.plugin, v["plugin-timeout"], io);
  let model: Sequential,
    preprocessing: Preprocessing | null = null,
    labels: ModelLabels | null = null;
  let inputShape: number[] | undefined;
  if (v.model !== undefined) {
    const loaded = await loadForCli(v.model, v);
    ({ model, preprocessing, labels } = loaded);
    inputShape = loaded.architecture.inputShape;
  } else {
    ({ model, preprocessing } = await checkpointModel(v.checkpoint!));
  }
  if (format === "safetensors") {
    await writeFileAtomic(v.out, encodeModel(model, { preprocessing, labels, inputShape }));
  } else {
    const { exportOnnx } = await import("../models/onnx.ts");
    const classification = labels
      ? labels.task === "classification"
      : (model.layers.at(-1) as { outFeatures?: number } | undefined)?.outFeatures !== 1;
    await writeFileAtomic(
      v.out,
      exportOnnx(model, { preprocessing, inputShape, probabilities: classification }),
    );
  }
  io.out(`Wrote ${v.out} (${format}) from ${v.model ?? v.checkpoint}\n`);
  return 0;
}
