/**
 * A model's architecture as JSON (the layers of a `Sequential` with their
 * options and plugin ids), and the mapping of its weights to the names and
 * layouts of the equivalent PyTorch `nn.Sequential` state_dict.
 *
 * @module
 */

import { _layersToSequential, type CnnLayer } from "../core/cnn.ts";
import {
  Activation,
  AvgPool2d,
  BatchNorm,
  BatchNorm2d,
  Conv2d,
  defaultRegistry,
  Dense,
  Dropout,
  Dropout2d,
  type DType,
  Flatten,
  GlobalAvgPool2d,
  LayerNorm,
  MaxPool2d,
  type Module,
  parseSpec,
  RectifyError,
  type Registry,
  Sequential,
  type Tensor,
} from "../core/mod.ts";
/** A size given as one number for both axes or as `[h, w]`. */
export type Pair = number | readonly [number, number];

/**
 * One layer of an {@linkcode Architecture}, as JSON (the layer objects of
 * `cnn()`, plus `batchNorm` for 1-D features). Activation layers carry the
 * plugin's full options and, when saved by rectify, its version.
 */
export type ModelLayer =
  | { type: "dense"; outFeatures: number; bias?: boolean }
  | {
    type: "conv2d";
    outChannels: number;
    kernelSize: Pair;
    stride?: Pair;
    padding?: Pair | "same";
    dilation?: Pair;
    groups?: number;
    bias?: boolean;
  }
  | {
    type: "maxPool2d" | "avgPool2d";
    kernelSize: Pair;
    stride?: Pair;
    padding?: Pair;
    ceilMode?: boolean;
    countIncludePad?: boolean;
  }
  | { type: "globalAvgPool2d" }
  | { type: "flatten" }
  | { type: "batchNorm2d"; eps?: number; momentum?: number | null; affine?: boolean }
  | { type: "batchNorm"; eps?: number; momentum?: number }
  | { type: "layerNorm"; eps?: number; elementwiseAffine?: boolean }
  | { type: "dropout2d" | "dropout"; p: number }
  | {
    type: "activation";
    activation: { name: string; options?: Record<string, unknown> };
    /** The plugin's version when the model was saved. */
    version?: string;
  };

/** A model's architecture: what {@linkcode buildModel} needs to rebuild it. */
export interface Architecture {
  /** Shape of one example without the batch axis: `[features]` or `[C, H, W]`. */
  inputShape: number[];
  /** Element type of the weights. */
  dtype: DType;
  /** The layers of the `Sequential`, in order. */
  layers: ModelLayer[];
}

/** Options of {@linkcode architectureOf}. */
export interface ArchitectureOfOptions {
  /** Shape of one example; needed when the first layer is not `Dense` (a CNN's `[C, H, W]`). */
  inputShape?: readonly number[];
  /** Registry the activation plugins come from (default: the default registry). */
  registry?: Registry;
}

function pair(v: readonly number[] | number | undefined, def: number): number[] {
  return v === undefined ? [def, def] : typeof v === "number" ? [v, v] : [...v];
}

function describe(m: Module, index: number, registry: Registry): ModelLayer {
  if (m instanceof Dense) {
    return { type: "dense", outFeatures: m.outFeatures, bias: m.bias !== null };
  }
  if (m instanceof BatchNorm) return { type: "batchNorm", eps: m.eps, momentum: m.momentum };
  if (m instanceof Dropout) return { type: "dropout", p: m.p };
  if (m instanceof Dropout2d) return { type: "dropout2d", p: m.p };
  if (m instanceof Flatten) return { type: "flatten" };
  if (m instanceof GlobalAvgPool2d) return { type: "globalAvgPool2d" };
  if (m instanceof Conv2d) {
    const o = m.options;
    return {
      type: "conv2d",
      outChannels: m.outChannels,
      kernelSize: [m.kernelSize[0], m.kernelSize[1]],
      stride: pair(o.stride, 1) as [number, number],
      padding: o.padding === "same" ? "same" : pair(o.padding, 0) as [number, number],
      dilation: pair(o.dilation, 1) as [number, number],
      groups: o.groups ?? 1,
      bias: m.bias !== null,
    };
  }
  if (m instanceof MaxPool2d || m instanceof AvgPool2d) {
    const o = m.options;
    return {
      type: m instanceof MaxPool2d ? "maxPool2d" : "avgPool2d",
      kernelSize: [m.kernelSize[0], m.kernelSize[1]],
      stride: pair(o.stride, 1) as [number, number],
      padding: pair(o.padding, 0) as [number, number],
      ceilMode: o.ceilMode === true,
      ...(m instanceof AvgPool2d ? { countIncludePad: o.countIncludePad !== false } : {}),
    };
  }
  if (m instanceof BatchNorm2d) {
    return { type: "batchNorm2d", eps: m.eps, momentum: m.momentum, affine: m.gamma !== null };
  }
  if (m instanceof LayerNorm) {
    return { type: "layerNorm", eps: m.eps, elementwiseAffine: m.gamma !== null };
  }
  if (m instanceof Activation) {
    if (!registry.has("activation", m.activationName)) {
      throw new RectifyError(
        "model",
        `Cannot describe layer ${index}: activation "${m.activationName}" is not a registered plugin ` +
          `(a wrapped instance cannot be rebuilt; create the layer from a plugin spec)`,
      );
    }
    const plugin = registry.get("activation", m.activationName);
    return {
      type: "activation",
      activation: { name: plugin.name, options: { ...plugin.defaults, ...m.activationOptions } },
      version: plugin.version,
    };
  }
  throw new RectifyError(
    "model",
    `Cannot describe layer ${index}: ${m.constructor.name} is not a layer a model file can hold ` +
      `(Dense, BatchNorm, Dropout, Activation, Conv2d, MaxPool2d, AvgPool2d, GlobalAvgPool2d, ` +
      `Flatten, BatchNorm2d, LayerNorm, Dropout2d)`,
  );
}

/**
 * The architecture of a `Sequential` model (as built by `mlp`, `cnn` or by
 * hand from the built-in layers), for {@linkcode buildModel} and model files.
 *
 * @example An MLP
 * ```ts
 * import { mlp, Rng } from "@rectify/core";
 * import { architectureOf } from "@rectify/core/models";
 * const arch = architectureOf(mlp({ inputSize: 4, hidden: [8], outputSize: 3, rng: new Rng(0) }));
 * console.log(arch.inputShape, arch.layers.map((l) => l.type)); // [4] ["dense", "activation", "dense"]
 * ```
 */
export function architectureOf(model: Module, options: ArchitectureOfOptions = {}): Architecture {
  if (!(model instanceof Sequential)) {
    throw new TypeError(
      `architectureOf: expected a Sequential model, got ${
        model?.constructor?.name ?? typeof model
      }`,
    );
  }
  const registry = options.registry ?? defaultRegistry;
  const first = model.layers[0];
  const inputShape = options.inputShape
    ? [...options.inputShape]
    : first instanceof Dense
    ? [first.inFeatures]
    : null;
  if (inputShape === null) {
    throw new TypeError(
      `architectureOf: the first layer is ${first?.constructor.name ?? "missing"}; ` +
        `give inputShape (e.g. [C, H, W])`,
    );
  }
  const p = model.parameters()[0];
  return {
    inputShape,
    dtype: p?.dtype ?? "float32",
    layers: model.layers.map((m, i) => describe(m, i, registry)),
  };
}

/** Options of {@linkcode buildModel}. */
export interface BuildModelOptions {
  /** Registry the activation plugins come from (default: the default registry). */
  registry?: Registry;
}

/**
 * Rebuild a `Sequential` from an {@linkcode Architecture} (weights freshly
 * initialised; load them with `loadModel` or `loadStateDict`).
 *
 * @example
 * ```ts
 * import { buildModel } from "@rectify/core/models";
 * const model = buildModel({
 *   inputShape: [2],
 *   dtype: "float32",
 *   layers: [{ type: "dense", outFeatures: 3 }, { type: "activation", activation: { name: "relu" } }],
 * });
 * console.log(model.layers.length); // 2
 * ```
 */
export function buildModel(
  architecture: Architecture,
  options: BuildModelOptions = {},
): Sequential {
  checkArchitecture(architecture, "buildModel");
  const layers = architecture.layers.map((l) => {
    if (l.type !== "activation") return l as CnnLayer;
    return { type: "activation", activation: l.activation } satisfies CnnLayer;
  });
  return _layersToSequential({
    inputShape: architecture.inputShape,
    layers,
    dtype: architecture.dtype,
    registry: options.registry,
  });
}

/** Throw a TypeError unless `a` has the shape of an {@linkcode Architecture}. @internal */
export function checkArchitecture(a: unknown, where: string): asserts a is Architecture {
  const arch = a as Partial<Architecture> | null;
  if (typeof arch !== "object" || arch === null) {
    throw new TypeError(`${where}: the architecture must be an object, got ${JSON.stringify(a)}`);
  }
  if (
    !Array.isArray(arch.inputShape) || arch.inputShape.length === 0 ||
    !arch.inputShape.every((d) => Number.isInteger(d) && d > 0)
  ) {
    throw new TypeError(
      `${where}: architecture.inputShape must be a list of positive sizes, got ${
        JSON.stringify(arch.inputShape)
      }`,
    );
  }
  if (arch.dtype !== "float32" && arch.dtype !== "float64") {
    throw new TypeError(
      `${where}: architecture.dtype must be "float32" or "float64", got ${
        JSON.stringify(arch.dtype)
      }`,
    );
  }
  if (
    !Array.isArray(arch.layers) ||
    !arch.layers.every((l) => typeof l === "object" && l !== null && typeof l.type === "string")
  ) {
    throw new TypeError(`${where}: architecture.layers must be a list of { type, ... } objects`);
  }
}

/** One tensor of the PyTorch state_dict, tied to rectify's tensor. @internal */
export interface TorchEntry {
  /** Name in the state_dict (`"0.weight"`). */
  name: string;
  /** Shape in PyTorch's layout. */
  shape: number[];
  /** `"float"` (the model's dtype) or `"int64"` (`num_batches_tracked`). */
  kind: "float" | "int64";
  /** What this tensor is, for messages (`"Dense(4, 8) weight"`). */
  what: string;
  /** Values in PyTorch's layout. */
  read(): ArrayLike<number>;
  /** Store values given in PyTorch's layout. */
  write(data: ArrayLike<number>): void;
}

function direct(name: string, t: Tensor, what: string, shape = [...t.shape]): TorchEntry {
  return {
    name,
    shape,
    kind: "float",
    what,
    read: () => t.data,
    write: (d) => t.data.set(d),
  };
}

function transposed(name: string, t: Tensor, what: string): TorchEntry {
  const [rows, cols] = t.shape; // rectify [in, out]; torch [out, in]
  return {
    name,
    shape: [cols, rows],
    kind: "float",
    what,
    read: () => {
      const out = new Float64Array(t.size);
      for (let i = 0; i < rows; i++) {
        for (let j = 0; j < cols; j++) out[j * rows + i] = t.data[i * cols + j];
      }
      return out;
    },
    write: (d) => {
      for (let i = 0; i < rows; i++) {
        for (let j = 0; j < cols; j++) t.data[i * cols + j] = d[j * rows + i];
      }
    },
  };
}

function counter(name: string, what: string, t: Tensor | null): TorchEntry {
  return {
    name,
    shape: [],
    kind: "int64",
    what,
    read: () => t ? [t.data[0]] : [0],
    write: (d) => {
      if (t) t.data[0] = d[0];
    },
  };
}

/**
 * The PyTorch state_dict entries of a `Sequential` built from the built-in
 * layers: `N.weight` `[out, in]` and `N.bias` for Dense (rectify keeps
 * `[in, out]`), BatchNorm's `weight`/`bias`/`running_mean`/`running_var`/
 * `num_batches_tracked`, conv weights as they are, a learnable activation's
 * single parameter as `N.weight` flattened (torch.nn.PReLU). @internal
 */
export function torchEntries(model: Sequential): TorchEntry[] {
  const out: TorchEntry[] = [];
  model.layers.forEach((m, i) => {
    const label = `layer ${i} (${m.constructor.name})`;
    if (m instanceof Dense) {
      out.push(transposed(`${i}.weight`, m.weight, `${label} weight`));
      if (m.bias) out.push(direct(`${i}.bias`, m.bias, `${label} bias`));
    } else if (m instanceof Conv2d) {
      out.push(direct(`${i}.weight`, m.weight, `${label} weight`));
      if (m.bias) out.push(direct(`${i}.bias`, m.bias, `${label} bias`));
    } else if (m instanceof BatchNorm || m instanceof BatchNorm2d) {
      if (m.gamma) out.push(direct(`${i}.weight`, m.gamma, `${label} weight`));
      if (m.beta) out.push(direct(`${i}.bias`, m.beta, `${label} bias`));
      out.push(direct(`${i}.running_mean`, m.runningMean, `${label} running mean`));
      out.push(direct(`${i}.running_var`, m.runningVar, `${label} running variance`));
      const tracked = m instanceof BatchNorm2d ? m.numBatchesTracked : null;
      out.push(counter(`${i}.num_batches_tracked`, `${label} batch count`, tracked));
    } else if (m instanceof LayerNorm) {
      if (m.gamma) out.push(direct(`${i}.weight`, m.gamma, `${label} weight`));
      if (m.beta) out.push(direct(`${i}.bias`, m.beta, `${label} bias`));
    } else if (m instanceof Activation) {
      const params = m.namedParameters();
      if (params.length === 1) {
        const [, t] = params[0];
        out.push(direct(`${i}.weight`, t, `${label} "${m.activationName}" parameter`, [t.size]));
      } else {
        for (const [n, t] of params) {
          out.push(direct(`${i}.${n}`, t, `${label} "${m.activationName}" ${n}`));
        }
      }
    } else if (m.namedParameters().length > 0 || Object.keys(m.buffers()).length > 0) {
      throw new RectifyError("model", `${label} has weights rectify cannot name for PyTorch`);
    }
  });
  return out;
}

/** Options of {@linkcode mlpArchitecture}. */
export interface MlpArchitectureOptions {
  /** Input width. */
  inputSize: number;
  /** Hidden layer widths. */
  hidden: readonly number[];
  /** Output width. */
  outputSize: number;
  /** Hidden activation spec (default `"relu"`). */
  activation?: string | { name: string; options?: Record<string, unknown> };
  /** Element type (default `"float32"`). */
  dtype?: DType;
}

/**
 * The architecture `mlp()` builds (`Dense → activation → … → Dense`), for
 * loading weights that carry no rectify metadata (a PyTorch
 * `nn.Sequential(nn.Linear, nn.ReLU, …, nn.Linear)`).
 *
 * @example
 * ```ts
 * import { mlpArchitecture } from "@rectify/core/models";
 * const arch = mlpArchitecture({ inputSize: 4, hidden: [8], outputSize: 3, activation: "tanh" });
 * console.log(arch.layers.length); // 3
 * ```
 */
export function mlpArchitecture(options: MlpArchitectureOptions): Architecture {
  const act = parseSpec(options.activation ?? "relu");
  const layers: ModelLayer[] = [];
  for (const h of options.hidden) {
    layers.push({ type: "dense", outFeatures: h });
    layers.push({ type: "activation", activation: { name: act.name, options: act.options } });
  }
  layers.push({ type: "dense", outFeatures: options.outputSize });
  return { inputShape: [options.inputSize], dtype: options.dtype ?? "float32", layers };
}
