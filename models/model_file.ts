/**
 * Model files: a rectify model as safetensors with the tensor names and
 * layouts of the equivalent PyTorch `nn.Sequential` state_dict, and
 * `__metadata__` holding the architecture, the input preprocessing and the
 * label names, so a loaded model takes raw features.
 *
 * @module
 */

import {
  allocData,
  fmtShape,
  type Module,
  noGrad,
  RectifyError,
  type Registry,
  type Sequential,
  softmax,
  Tensor,
} from "../core/mod.ts";
import { writeFileAtomic } from "../train/trainer.ts";
import {
  type Architecture,
  architectureOf,
  buildModel,
  checkArchitecture,
  torchEntries,
} from "./architecture.ts";
import { encodeSafetensors, parseSafetensors, type SafetensorsInput } from "./safetensors.ts";

/** What is done to raw features before the model sees them. */
export interface Preprocessing {
  /** Standardisation: `(x - mean) / std` per feature. */
  standardize?: { mean: number[]; std: number[] };
}

/** What the model's outputs mean. */
export interface ModelLabels {
  /** Classification (outputs are logits, one per class) or regression (one output per target). */
  task: "classification" | "regression";
  /** Names of the outputs: class names, or target names. */
  outputs: string[];
  /** Names of the input features, in order (optional). */
  features?: string[];
}

/** Options of {@linkcode saveModel} and {@linkcode encodeModel}. */
export interface SaveModelOptions {
  /** The input preprocessing to store (predictions then take raw features). */
  preprocessing?: Preprocessing | null;
  /** The meaning of the outputs (class names). */
  labels?: ModelLabels | null;
  /** Shape of one example, needed when the first layer is not `Dense` (`[C, H, W]`). */
  inputShape?: readonly number[];
  /** Registry of the model's activation plugins. */
  registry?: Registry;
}

/** A model read by {@linkcode loadModel}. */
export interface LoadedModel {
  /** The rebuilt model with its weights, in evaluation mode. */
  model: Sequential;
  /** Its architecture. */
  architecture: Architecture;
  /** The input preprocessing, or null. */
  preprocessing: Preprocessing | null;
  /** What the outputs mean, or null (a file without rectify metadata). */
  labels: ModelLabels | null;
  /** All `__metadata__` pairs of the file. */
  metadata: Record<string, string>;
}

/** Options of {@linkcode loadModel} and {@linkcode decodeModel}. */
export interface LoadModelOptions {
  /** The architecture, for files without rectify metadata (written by PyTorch); overrides the file's. */
  architecture?: Architecture;
  /** Registry of the activation plugins. */
  registry?: Registry;
}

/** `__metadata__["format"]` of rectify model files. */
export const MODEL_FORMAT = "rectify-model/1";

function checkPreprocessing(
  p: Preprocessing | null | undefined,
  features: number,
  where: string,
): void {
  const s = p?.standardize;
  if (!s) return;
  for (const k of ["mean", "std"] as const) {
    const v = s[k];
    if (!Array.isArray(v) || v.length !== features || !v.every((x) => Number.isFinite(x))) {
      throw new TypeError(
        `${where}: preprocessing.standardize.${k} must be ${features} finite numbers (one per input feature), got ${
          Array.isArray(v) ? `${v.length} values` : JSON.stringify(v)
        }`,
      );
    }
  }
  if (s.std.some((x) => x === 0)) {
    throw new RangeError(
      `${where}: preprocessing.standardize.std holds 0; expected non-zero scales`,
    );
  }
}

/**
 * Encode a model as safetensors bytes (see {@linkcode saveModel}).
 *
 * @example
 * ```ts
 * import { mlp, Rng } from "@rectify/core";
 * import { decodeModel, encodeModel } from "@rectify/core/models";
 * const model = mlp({ inputSize: 2, hidden: [4], outputSize: 2, rng: new Rng(0) });
 * const loaded = decodeModel(encodeModel(model), "mem");
 * console.log(loaded.architecture.layers.length); // 3
 * ```
 */
export function encodeModel(model: Module, options: SaveModelOptions = {}): Uint8Array {
  const architecture = architectureOf(model, {
    inputShape: options.inputShape,
    registry: options.registry,
  });
  const features = architecture.inputShape.reduce((a, b) => a * b, 1);
  checkPreprocessing(options.preprocessing, features, "saveModel");
  const float = architecture.dtype === "float64" ? "F64" : "F32";
  const tensors = new Map<string, SafetensorsInput>();
  for (const e of torchEntries(model as Sequential)) {
    tensors.set(e.name, {
      dtype: e.kind === "int64" ? "I64" : float,
      shape: e.shape,
      data: e.read(),
    });
  }
  const metadata: Record<string, string> = {
    format: MODEL_FORMAT,
    architecture: JSON.stringify(architecture),
  };
  if (options.preprocessing) metadata.preprocessing = JSON.stringify(options.preprocessing);
  if (options.labels) metadata.labels = JSON.stringify(options.labels);
  return encodeSafetensors(tensors, metadata);
}

/**
 * Save a `Sequential` model as a safetensors file, atomically. Tensor names
 * and layouts are those of the equivalent PyTorch `nn.Sequential`
 * state_dict (`0.weight` `[out, in]`, `0.bias`, BatchNorm's `running_mean`,
 * `running_var` and `num_batches_tracked` as int64, conv weights
 * `[out, in/groups, kh, kw]`, a PReLU's `N.weight`), so
 * `torch.nn.Sequential(...).load_state_dict(safetensors.torch.load_file(path))`
 * loads it strictly. `__metadata__` holds `format`, `architecture` (layers
 * with plugin ids, versions and options), and optionally `preprocessing`
 * and `labels`, all JSON strings. (A 1-D `BatchNorm` counts no batches;
 * its `num_batches_tracked` is written as 0.)
 *
 * @example Save and load
 * ```ts
 * import { mlp, Rng } from "@rectify/core";
 * import { loadModel, saveModel } from "@rectify/core/models";
 * const path = await Deno.makeTempFile({ suffix: ".safetensors" });
 * await saveModel(mlp({ inputSize: 2, hidden: [4], outputSize: 2, rng: new Rng(0) }), path, {
 *   preprocessing: { standardize: { mean: [0, 1], std: [1, 2] } },
 * });
 * console.log((await loadModel(path)).preprocessing); // { standardize: { mean: [0, 1], std: [1, 2] } }
 * await Deno.remove(path);
 * ```
 */
export async function saveModel(
  model: Module,
  path: string,
  options: SaveModelOptions = {},
): Promise<void> {
  await writeFileAtomic(path, encodeModel(model, options));
}

function metaJson(file: string, metadata: Record<string, string>, key: string): unknown {
  try {
    return JSON.parse(metadata[key]);
  } catch (e) {
    throw new RectifyError(
      "model",
      `${file}: __metadata__ "${key}" is not JSON (${(e as Error).message})`,
      { details: { file } },
    );
  }
}

/**
 * Rebuild a model from safetensors bytes (see {@linkcode loadModel}); `file`
 * names the source in messages.
 *
 * @example
 * ```ts
 * import { mlp, Rng } from "@rectify/core";
 * import { decodeModel, encodeModel } from "@rectify/core/models";
 * const bytes = encodeModel(mlp({ inputSize: 2, hidden: [4], outputSize: 2, rng: new Rng(0) }));
 * console.log(decodeModel(bytes, "mem").model.layers.length); // 3
 * ```
 */
export function decodeModel(
  bytes: Uint8Array,
  file: string,
  options: LoadModelOptions = {},
): LoadedModel {
  const { tensors, metadata } = parseSafetensors(bytes, file);
  const fail = (what: string) =>
    new RectifyError("model", `${file}: ${what}`, { details: { file } });
  let architecture: Architecture;
  if (options.architecture) {
    architecture = options.architecture;
  } else if (metadata.architecture !== undefined) {
    architecture = metaJson(file, metadata, "architecture") as Architecture;
  } else {
    throw fail(
      `no rectify architecture in __metadata__ (a file written by PyTorch?); give the architecture ` +
        `(loadModel's architecture option; on the command line --layers and --activation)`,
    );
  }
  try {
    checkArchitecture(architecture, "architecture");
  } catch (e) {
    throw fail((e as Error).message);
  }
  let model: Sequential;
  try {
    model = buildModel(architecture, { registry: options.registry });
  } catch (e) {
    throw new RectifyError(
      "model",
      `${file}: cannot build its architecture: ${(e as Error).message}`,
      {
        cause: e,
        details: { file },
      },
    );
  }
  const entries = torchEntries(model);
  const expected = new Set(entries.map((e) => e.name));
  for (const e of entries) {
    const t = tensors.get(e.name);
    if (!t) {
      const extra = [...tensors.keys()].find((n) => !expected.has(n));
      throw fail(
        `the architecture needs tensor "${e.name}" (${e.what}, shape ${
          fmtShape(e.shape)
        }), which the file lacks${
          extra !== undefined
            ? `; its first unexpected tensor is "${extra}" of shape ${
              fmtShape(tensors.get(extra)!.shape)
            }`
            : ""
        }`,
      );
    }
    if (t.shape.join(",") !== e.shape.join(",")) {
      throw fail(
        `tensor "${e.name}" has shape ${fmtShape(t.shape)}, the architecture needs ${
          fmtShape(e.shape)
        } (${e.what})`,
      );
    }
    const integer = t.dtype === "I64" || t.dtype === "I32";
    if ((e.kind === "int64") !== integer) {
      throw fail(
        `tensor "${e.name}" has dtype ${t.dtype}, expected ${
          e.kind === "int64" ? "I64" : "a float type"
        }`,
      );
    }
    if (e.kind === "float" && !t.data.every((v) => Number.isFinite(v))) {
      throw fail(`tensor "${e.name}" holds NaN or infinite values`);
    }
  }
  const extra = [...tensors.keys()].find((n) => !expected.has(n));
  if (extra !== undefined) {
    throw fail(
      `tensor "${extra}" (shape ${
        fmtShape(tensors.get(extra)!.shape)
      }) is not part of the architecture ` +
        `(it expects ${entries.map((e) => e.name).join(", ") || "no tensors"})`,
    );
  }
  const features = architecture.inputShape.reduce((a, b) => a * b, 1);
  const preprocessing = metadata.preprocessing !== undefined
    ? metaJson(file, metadata, "preprocessing") as Preprocessing
    : null;
  try {
    checkPreprocessing(preprocessing, features, "preprocessing");
  } catch (e) {
    throw fail((e as Error).message);
  }
  const labels = metadata.labels !== undefined
    ? metaJson(file, metadata, "labels") as ModelLabels
    : null;
  if (
    labels !== null &&
    (typeof labels !== "object" || !["classification", "regression"].includes(labels.task) ||
      !Array.isArray(labels.outputs) || !labels.outputs.every((s) => typeof s === "string"))
  ) {
    throw fail(`__metadata__ "labels" must be { task, outputs: [names] }, got ${metadata.labels}`);
  }
  for (const e of entries) e.write(tensors.get(e.name)!.data);
  model.eval();
  return { model, architecture, preprocessing, labels, metadata };
}

/**
 * Read a model file written by {@linkcode saveModel}, or a safetensors file
 * written by PyTorch when `options.architecture` is given. Every problem
 * (unreadable file, bad safetensors structure, a tensor whose name, shape or
 * dtype does not fit the architecture) is a `RectifyError` (code `"model"`)
 * naming the file; the first tensor that does not fit is named.
 *
 * @example
 * ```ts
 * import { mlp, Rng } from "@rectify/core";
 * import { loadModel, saveModel } from "@rectify/core/models";
 * const path = await Deno.makeTempFile({ suffix: ".safetensors" });
 * await saveModel(mlp({ inputSize: 3, hidden: [5], outputSize: 2, rng: new Rng(0) }), path);
 * const { model } = await loadModel(path);
 * console.log(model.parameters().length); // 4
 * await Deno.remove(path);
 * ```
 */
export async function loadModel(
  path: string,
  options: LoadModelOptions = {},
): Promise<LoadedModel> {
  let bytes: Uint8Array;
  try {
    bytes = await Deno.readFile(path);
  } catch (e) {
    throw new RectifyError("io", `Cannot read model file ${path}: ${(e as Error).message}`, {
      cause: e,
      details: { file: path },
    });
  }
  return decodeModel(bytes, path, options);
}

/** Options of {@linkcode predict}. */
export interface PredictOptions {
  /** How to read the outputs when the model has no labels (default: classification when it has several outputs). */
  task?: "classification" | "regression";
  /** Rows per forward pass (default 512). */
  batchSize?: number;
}

/** Result of {@linkcode predict}. */
export interface Prediction {
  /** Classification (values are probabilities) or regression (values are outputs). */
  task: "classification" | "regression";
  /** Outputs per row. */
  width: number;
  /** `rows × width` values: class probabilities (softmax of the logits) or regression outputs. */
  values: Float64Array;
}

/**
 * Run a loaded model on raw feature rows (`rows × features`, row-major):
 * the stored preprocessing is applied, rows are reshaped to the model's
 * input shape, and classification logits become probabilities.
 *
 * @example
 * ```ts
 * import { mlp, Rng } from "@rectify/core";
 * import { decodeModel, encodeModel, predict } from "@rectify/core/models";
 * const loaded = decodeModel(encodeModel(mlp({ inputSize: 2, hidden: [4], outputSize: 3, rng: new Rng(0) })), "mem");
 * const p = predict(loaded, [1, 2, 3, 4], 2);
 * console.log(p.width, p.values.length); // 3 6
 * ```
 */
export function predict(
  loaded: LoadedModel,
  features: ArrayLike<number>,
  rows: number,
  options: PredictOptions = {},
): Prediction {
  const { architecture, preprocessing, model } = loaded;
  const f = architecture.inputShape.reduce((a, b) => a * b, 1);
  if (!Number.isInteger(rows) || rows < 0 || features.length !== rows * f) {
    throw new TypeError(
      `predict: expected ${rows} rows of ${f} features (${
        rows * f
      } values), got ${features.length} values`,
    );
  }
  const batch = options.batchSize ?? 512;
  const st = preprocessing?.standardize;
  let width = 0;
  let values = new Float64Array(0);
  model.eval();
  noGrad(() => {
    for (let r0 = 0; r0 < rows; r0 += batch) {
      const n = Math.min(batch, rows - r0);
      const x = allocData(architecture.dtype, n * f);
      for (let i = 0; i < n * f; i++) {
        const v = features[r0 * f + i];
        const j = i % f;
        x[i] = st ? (v - st.mean[j]) / st.std[j] : v;
      }
      const y = model.call(new Tensor(x, [n, ...architecture.inputShape]));
      if (y.ndim !== 2) {
        throw new RectifyError(
          "shape",
          `predict: the model's output has shape ${fmtShape(y.shape)}, expected [rows, outputs]`,
        );
      }
      if (r0 === 0) {
        width = y.shape[1];
        values = new Float64Array(rows * width);
      }
      const task = options.task ?? loaded.labels?.task ??
        (width > 1 ? "classification" : "regression");
      values.set(task === "classification" ? softmax(y).data : y.data, r0 * width);
    }
  });
  const task = options.task ?? loaded.labels?.task ?? (width > 1 ? "classification" : "regression");
  return { task, width, values };
}
