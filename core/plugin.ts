/**
 * The plugin contract. A plugin is a plain, typed, JSON-describable object;
 * built-ins and third-party plugins use exactly this contract.
 *
 * @module
 */

import type { Backend } from "./backend.ts";
import type { Rng } from "./rng.ts";
import type { DType, Tensor } from "./tensor.ts";
import type { GradientOverrides, RemovableHandle } from "./autograd.ts";
import type { Registry } from "./registry.ts";
import type { Module } from "./module.ts";
import type { OptimizerProduct } from "./optim.ts";

/**
 * The plugin API version this core implements. Compatibility rule: a plugin
 * declares the `apiVersion` it was written against; the registry accepts
 * plugins with `1 <= apiVersion <= API_VERSION` (same major contract, older
 * or equal), and rejects anything newer or non-integer.
 *
 * @example
 * ```ts
 * import { API_VERSION } from "@rectify/core";
 * console.log(API_VERSION); // 1
 * ```
 */
export const API_VERSION = 1;

/** The kinds of plugin the registry knows. */
export type PluginKind =
  | "activation"
  | "initializer"
  | "optimizer"
  | "schedule"
  | "gradient"
  | "backend";

/** The list of plugin kinds. */
export const PLUGIN_KINDS: readonly PluginKind[] = [
  "activation",
  "initializer",
  "optimizer",
  "schedule",
  "gradient",
  "backend",
];

/** A value an option may take. */
export type OptionValue = number | boolean | string | readonly number[];

/** A plugin's options: a flat record of JSON values. */
export type Options = Record<string, OptionValue>;

/** What a plugin's `create` receives besides its options. */
export interface PluginContext {
  /** Seeded generator for anything random. */
  rng: Rng;
  /** Element type tensors should be made in. */
  dtype: DType;
  /** The registry creating the plugin (to create nested plugins). */
  registry: Registry;
}

/** Fields every plugin has. */
export interface PluginBase<K extends PluginKind, O extends Options, R> {
  /** Which kind of plugin this is. */
  readonly kind: K;
  /** Unique name within its kind (camelCase, e.g. `leakyRelu`). */
  readonly name: string;
  /** The plugin API version it was written for (see {@linkcode API_VERSION}). */
  readonly apiVersion: number;
  /** The plugin's own semver version. */
  readonly version: string;
  /** One-line description. */
  readonly description: string;
  /** Every option with its default; unknown keys are rejected. */
  readonly defaults: O;
  /** Throw a `RectifyError` (code `"option"`) for bad option values. */
  validate?(options: O): void;
  /** Build the plugin's product for fully merged, validated options. */
  create(options: O, context: PluginContext): R;
}

/** An activation instance: a forward function, optionally with state. */
export interface ActivationInstance {
  /** Apply the activation (differentiable). */
  forward(x: Tensor): Tensor;
  /** Learnable tensors (e.g. prelu's slope), by name. */
  parameters?(): Record<string, Tensor>;
  /** Switch training / evaluation behaviour (e.g. rrelu). */
  train?(training: boolean): void;
  /**
   * Create shape-dependent parameters for inputs whose shape without the batch
   * axis is `featureShape` (like a Keras layer's `build`). Called by layers that
   * know their input width; otherwise the first `forward` may build.
   */
  build?(featureShape: readonly number[]): void;
  /** Feature width after the activation, given the width before (crelu doubles, maxout divides). */
  outputSize?(inputSize: number): number;
  /**
   * JSON state that is not a parameter (e.g. rrelu's random generator), so a
   * checkpoint can resume bit-identically. Optional; paired with `load`.
   */
  state?(): unknown;
  /** Restore {@linkcode ActivationInstance.state}; throw a `RectifyError` (code `"checkpoint"`) if it is malformed. */
  load?(state: unknown): void;
}

/** An ONNX node attribute, typed as ONNX stores it. */
export type OnnxAttribute =
  | { int: number }
  | { float: number }
  | { ints: readonly number[] }
  | { floats: readonly number[] }
  | { string: string };

/**
 * The graph an activation's {@linkcode ActivationPlugin.onnx} hook writes
 * into (default ONNX domain, the exporter's opset).
 */
export interface OnnxGraphBuilder {
  /** The ONNX opset being written (17 or later). */
  readonly opset: number;
  /** The model's element type (`"float32"` is ONNX FLOAT, `"float64"` DOUBLE). */
  readonly dtype: DType;
  /** Shape of the activation's input without the batch axis. */
  readonly featureShape: readonly number[];
  /** Add a node reading `inputs`; returns the name of its (single) output. */
  node(
    opType: string,
    inputs: readonly string[],
    attributes?: Readonly<Record<string, OnnxAttribute>>,
  ): string;
  /** Add a constant tensor of the model's float type (or int64); returns its name. */
  constant(values: ArrayLike<number>, shape: readonly number[], type?: "float" | "int64"): string;
}

/** Activation plugins. */
export interface ActivationPlugin<O extends Options = Options>
  extends PluginBase<"activation", O, ActivationInstance> {
  /** Points where the activation is not differentiable (gradcheck avoids them). */
  kinks?(options: O): number[];
  /**
   * Write the activation, as it computes in evaluation mode, as ONNX nodes
   * reading the tensor named `input` (batch axis first); return the name of
   * the output. `instance` is the layer's instance (for learnable
   * parameters, e.g. prelu's slope). Without this hook ONNX export of a
   * model using the activation fails naming the plugin.
   */
  onnx?(input: string, graph: OnnxGraphBuilder, options: O, instance: ActivationInstance): string;
}

/** Options given to an initializer function. */
export interface InitOptions {
  /** Element type (default: the context's). */
  dtype?: DType;
  /** Generator (default: the context's). */
  rng?: Rng;
}

/** An initializer: fills a new tensor of the given shape (`[in, out]` for dense kernels). */
export type InitializerFn = (shape: readonly number[], options?: InitOptions) => Tensor;

/** Initializer plugins. */
export type InitializerPlugin<O extends Options = Options> = PluginBase<
  "initializer",
  O,
  InitializerFn
>;

/** Optimizer plugins make an `UpdateRule` or a `GradientTransform` (see {@linkcode OptimizerProduct}). */
export type OptimizerPlugin<O extends Options = Options> = PluginBase<
  "optimizer",
  O,
  OptimizerProduct
>;

/** A learning-rate schedule, stepped once per epoch (like torch.optim.lr_scheduler). */
export interface Schedule {
  /** The learning rate for the current epoch, given the optimizer's base lr. */
  lr(baseLr: number): number;
  /**
   * Advance one epoch. `metric` is the monitored value (usually the
   * validation loss): every schedule accepts it, so a loop that always passes
   * it works with any schedule; those that use it (reduceOnPlateau) declare
   * {@linkcode Schedule.needsMetric} and refuse a step without it.
   */
  step(metric?: number): void;
  /** True when `step` needs the metric (reduceOnPlateau, or a schedule wrapping one). */
  readonly needsMetric?: boolean;
  /** JSON state for checkpoints. */
  state(): unknown;
  /** Restore {@linkcode Schedule.state}. */
  load(state: unknown): void;
}

/** Schedule plugins. */
export type SchedulePlugin<O extends Options = Options> = PluginBase<"schedule", O, Schedule>;

/**
 * What a gradient rewrite's `attach` returns: `remove()` undoes it; monitors
 * also report with `read()` and start over with `reset()`.
 */
export interface GradientAttachment extends RemovableHandle {
  /** The monitor's current report (plain JSON-friendly data). */
  read?(): unknown;
  /** Forget everything seen so far. */
  reset?(): void;
}

/**
 * A gradient rewrite: op-level overrides and/or hooks attached to a model.
 * `overrides` apply inside a scope (`withGradient`, or every `model.call()`
 * after `model.applyGradient`); `attach` installs hooks and returns a handle.
 */
export interface GradientRewrite {
  /** Backward rules by op name, applied inside a scope. */
  overrides?: GradientOverrides;
  /** Attach to a model (hooks, monitors); the handle undoes it. */
  attach?(model: Module): GradientAttachment;
}

/** Gradient-rewrite plugins. */
export type GradientPlugin<O extends Options = Options> = PluginBase<
  "gradient",
  O,
  GradientRewrite
>;

/** Backend plugins provide kernels. */
export type BackendPlugin<O extends Options = Options> = PluginBase<"backend", O, Backend>;

/** Any plugin. */
export type Plugin =
  | ActivationPlugin<Options>
  | InitializerPlugin<Options>
  | OptimizerPlugin<Options>
  | SchedulePlugin<Options>
  | GradientPlugin<Options>
  | BackendPlugin<Options>;

/** The product type of each kind. */
export interface PluginProducts {
  /** Activation instances. */
  activation: ActivationInstance;
  /** Initializer functions. */
  initializer: InitializerFn;
  /** Update rules or gradient transformations. */
  optimizer: OptimizerProduct;
  /** Schedules. */
  schedule: Schedule;
  /** Gradient rewrites. */
  gradient: GradientRewrite;
  /** Kernel sets. */
  backend: Backend;
}

/** The fields a `define*` helper takes: a plugin without `kind`, with an optional `apiVersion`. */
export type PluginFields<K extends PluginKind, O extends Options, R> =
  & Omit<PluginBase<K, O, R>, "kind" | "apiVersion">
  & { apiVersion?: number };

/**
 * Define an activation plugin with full inference of its options.
 *
 * @example A scaled ReLU
 * ```ts
 * import { defineActivation, maximum } from "@rectify/core";
 * export default defineActivation({
 *   name: "scaledRelu",
 *   version: "1.0.0",
 *   description: "scale * max(x, 0)",
 *   defaults: { scale: 2 },
 *   create: ({ scale }) => ({ forward: (x) => maximum(x, 0).mul(scale) }),
 * });
 * ```
 */
export function defineActivation<O extends Options>(
  plugin:
    & PluginFields<"activation", O, ActivationInstance>
    & Pick<ActivationPlugin<O>, "kinks" | "onnx">,
): ActivationPlugin<O> {
  return { apiVersion: API_VERSION, ...plugin, kind: "activation" };
}

/**
 * Define an initializer plugin.
 *
 * @example
 * ```ts
 * import { defineInitializer, full } from "@rectify/core";
 * export default defineInitializer({
 *   name: "half",
 *   version: "1.0.0",
 *   description: "all 0.5",
 *   defaults: {},
 *   create: (_o, ctx) => (shape, opts) => full(shape, 0.5, { dtype: opts?.dtype ?? ctx.dtype }),
 * });
 * ```
 */
export function defineInitializer<O extends Options>(
  plugin: PluginFields<"initializer", O, InitializerFn>,
): InitializerPlugin<O> {
  return { apiVersion: API_VERSION, ...plugin, kind: "initializer" };
}

/**
 * Define an optimizer plugin: its product is an `UpdateRule` (one parameter's
 * update written once, typed per-parameter state) or a `GradientTransform`
 * (optax-style, e.g. a `chain` of transforms).
 *
 * @example Plain gradient descent as a chain
 * ```ts
 * import { chain, defineOptimizer, scaleByLearningRate } from "@rectify/core";
 * export default defineOptimizer({
 *   name: "plainGd",
 *   version: "1.0.0",
 *   description: "p -= lr * g",
 *   defaults: { lr: 0.1 },
 *   create: () => chain(scaleByLearningRate()),
 * });
 * ```
 */
export function defineOptimizer<O extends Options>(
  plugin: PluginFields<"optimizer", O, OptimizerProduct>,
): OptimizerPlugin<O> {
  return { apiVersion: API_VERSION, ...plugin, kind: "optimizer" };
}

/**
 * Define a schedule plugin.
 *
 * @example Halve every epoch
 * ```ts
 * import { defineSchedule } from "@rectify/core";
 * export default defineSchedule({
 *   name: "halving",
 *   version: "1.0.0",
 *   description: "lr * 0.5^epoch",
 *   defaults: {},
 *   create: () => {
 *     let epoch = 0;
 *     return {
 *       lr: (base) => base * 0.5 ** epoch,
 *       step: () => void epoch++,
 *       state: () => ({ epoch }),
 *       load: (s) => void (epoch = (s as { epoch: number }).epoch),
 *     };
 *   },
 * });
 * ```
 */
export function defineSchedule<O extends Options>(
  plugin: PluginFields<"schedule", O, Schedule>,
): SchedulePlugin<O> {
  return { apiVersion: API_VERSION, ...plugin, kind: "schedule" };
}

/**
 * Define a gradient-rewrite plugin.
 *
 * @example Zero the gradient through every relu
 * ```ts
 * import { defineGradient } from "@rectify/core";
 * export default defineGradient({
 *   name: "blockRelu",
 *   version: "1.0.0",
 *   description: "no gradient through relu",
 *   defaults: {},
 *   create: () => ({ overrides: { relu: (g) => g.mul(0) } }),
 * });
 * ```
 */
export function defineGradient<O extends Options>(
  plugin: PluginFields<"gradient", O, GradientRewrite>,
): GradientPlugin<O> {
  return { apiVersion: API_VERSION, ...plugin, kind: "gradient" };
}

/**
 * Define a backend plugin.
 *
 * @example Re-export the js kernels under another name
 * ```ts
 * import { defineBackend, jsBackend } from "@rectify/core";
 * export default defineBackend({
 *   name: "myJs",
 *   version: "1.0.0",
 *   description: "the js kernels",
 *   defaults: {},
 *   create: () => ({ ...jsBackend, name: "myJs" }),
 * });
 * ```
 */
export function defineBackend<O extends Options>(
  plugin: PluginFields<"backend", O, Backend>,
): BackendPlugin<O> {
  return { apiVersion: API_VERSION, ...plugin, kind: "backend" };
}
