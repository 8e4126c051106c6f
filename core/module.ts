/**
 * Layers: the {@linkcode Module} base class and `Dense`, `Sequential`,
 * `Dropout`, `BatchNorm`, `Activation`, plus the `mlp` builder.
 *
 * @module
 */

import { fmtShape, RectifyError } from "./errors.ts";
import { Rng } from "./rng.ts";
import type { ActivationInstance, InitializerFn } from "./plugin.ts";
import { defaultRegistry, type PluginSpec, type Registry } from "./registry.ts";
import { sizeOf } from "./shape.ts";
import {
  _popOverrides,
  _pushOverrides,
  _record,
  alloc,
  type DType,
  type GradientOverrides,
  isGradEnabled,
  noGrad,
  type RemovableHandle,
  Tensor,
  type ZeroGradOptions,
} from "./tensor.ts";
import type { GradientRewrite } from "./plugin.ts";
import {
  applyGradient as applyGradientTo,
  type ApplyGradientOptions,
  type GradientHandle,
} from "./override.ts";
import { affine } from "./ops.ts";
import { withoutArena } from "./arena.ts";
import { describe, requireTensor } from "./_check.ts";
import { removableEntry } from "./_hooks.ts";

/** A forward pre-hook: may return a replacement input. */
export type ForwardPreHook = (module: Module, input: Tensor) => Tensor | void;
/** A forward hook: may return a replacement output. */
export type ForwardHook = (module: Module, input: Tensor, output: Tensor) => Tensor | void;
/**
 * A full backward hook (as `torch.nn.Module.register_full_backward_hook` for a
 * module with one tensor input): receives dL/d(input) (`null` when the input
 * does not require a gradient) and dL/d(output); may return a replacement for
 * dL/d(input).
 */
export type FullBackwardHook = (
  module: Module,
  gradInput: Tensor | null,
  gradOutput: Tensor,
) => Tensor | void;

/** Per-call state shared by the identity nodes around a module with backward hooks. */
interface HookState {
  gradOutput: Tensor | null;
  inputWrapped: boolean;
  outShape: readonly number[];
  outDtype: DType;
}

/** JSON form of a tensor in a state dict. */
export interface TensorJSON {
  /** Shape. */
  shape: number[];
  /** Element type. */
  dtype: DType;
  /** Row-major values. */
  data: number[];
}

/**
 * Base class of layers and models. Subclasses implement `forward`, register
 * parameters and children, and are invoked with `call(x)` so hooks run.
 *
 * @example A custom module
 * ```ts
 * import { Module, type Tensor, tensor } from "@rectify/core";
 * class Scale extends Module {
 *   readonly s = this.registerParameter("s", tensor([2], { requiresGrad: true }));
 *   forward(x: Tensor): Tensor {
 *     return x.mul(this.s);
 *   }
 * }
 * console.log(new Scale().call(tensor([1, 2])).toArray()); // [2, 4]
 * ```
 */
export abstract class Module {
  /** True in training mode (dropout active, batch statistics used). */
  training = true;
  #params = new Map<string, Tensor>();
  #children = new Map<string, Module>();
  /** @internal */
  _preHooks: ForwardPreHook[] = [];
  /** @internal */
  _hooks: ForwardHook[] = [];
  /** @internal */
  _backwardHooks: FullBackwardHook[] = [];
  /** @internal overrides from `applyGradient`, active while `call()` runs. */
  _gradientScopes: GradientOverrides[] = [];
  /** @internal dotted name inside the root model, set by `namedModules`. */
  _path = "";
  /** @internal the module this one was first registered in, and its name there. */
  _parent: Module | null = null;
  /** @internal */
  _name = "";

  /** The computation. Call modules with {@linkcode Module.call} so hooks run. */
  abstract forward(x: Tensor): Tensor;

  /**
   * Run pre-hooks, `forward`, then forward hooks. With full backward hooks
   * registered, the input (after pre-hooks) and the output (after forward
   * hooks) are wrapped in identity nodes so the hooks see their gradients.
   * Overrides applied with {@linkcode Module.applyGradient} are active for
   * everything recorded during the call.
   */
  call(x: Tensor): Tensor {
    requireTensor(x, `${this.constructor.name}.call`);
    if (this._gradientScopes.length === 0) return this.#call(x);
    const scopes = [...this._gradientScopes];
    for (const s of scopes) _pushOverrides(s);
    try {
      return this.#call(x);
    } finally {
      for (let i = scopes.length - 1; i >= 0; i--) _popOverrides(scopes[i]);
    }
  }

  #call(x: Tensor): Tensor {
    let input = x;
    for (const h of [...this._preHooks]) {
      const r = runHook(this, "forward pre-hook", () => h(this, input));
      if (r !== undefined) input = hookResult(this, "forward pre-hook", r, "input");
    }
    const bw = this._backwardHooks.length > 0 && isGradEnabled() ? [...this._backwardHooks] : null;
    const state: HookState = {
      gradOutput: null,
      inputWrapped: false,
      outShape: [],
      outDtype: "float32",
    };
    if (bw && input.requiresGrad) {
      state.inputWrapped = true;
      input = _record(
        "moduleBackwardHook.input",
        [input],
        new Tensor(input.data, input.shape),
        (g) => {
          const gradOutput = state.gradOutput ??
            new Tensor(alloc(state.outDtype, sizeOf(state.outShape)), state.outShape);
          state.gradOutput = null;
          return [this.#runBackwardHooks(bw, g, gradOutput)];
        },
      );
    }
    let out = this.forward(input);
    for (const h of [...this._hooks]) {
      const r = runHook(this, "forward hook", () => h(this, input, out));
      if (r !== undefined) out = hookResult(this, "forward hook", r, "output");
    }
    if (bw) {
      state.outShape = out.shape;
      state.outDtype = out.dtype;
      if (out.requiresGrad) {
        out = _record(
          "moduleBackwardHook.output",
          [out],
          new Tensor(out.data, out.shape),
          (g) => {
            if (state.inputWrapped) state.gradOutput = g;
            else this.#runBackwardHooks(bw, null, g);
            return [g];
          },
        );
      }
    }
    return out;
  }

  #runBackwardHooks(
    hooks: readonly FullBackwardHook[],
    gradInput: Tensor | null,
    gradOutput: Tensor,
  ): Tensor | null {
    let gi = gradInput;
    for (const h of hooks) {
      const r = runHook(this, "full backward hook", () => h(this, gi, gradOutput));
      if (r === undefined || r === null) continue;
      const where = `hook: full backward hook on module "${
        modulePath(this) || "(root)"
      }" (${this.constructor.name})`;
      if (gi === null) {
        throw new RectifyError(
          "autograd",
          `${where} returned a gradInput, but the module's input does not require a gradient; return nothing`,
        );
      }
      if (!(r instanceof Tensor) || r.shape.join(",") !== gi.shape.join(",")) {
        throw new RectifyError(
          "autograd",
          `${where} must return a Tensor of shape ${fmtShape(gi.shape)} or nothing, got ${
            r instanceof Tensor ? fmtShape(r.shape) : typeof r
          }`,
        );
      }
      gi = r;
    }
    return gi;
  }

  /** Register a hook run before `forward`; it may replace the input. */
  registerForwardPreHook(fn: ForwardPreHook): RemovableHandle {
    return addHook(this._preHooks, fn);
  }

  /** Register a hook run after `forward`; it may replace the output. */
  registerForwardHook(fn: ForwardHook): RemovableHandle {
    return addHook(this._hooks, fn);
  }

  /**
   * Register a hook run during backward with dL/d(input) and dL/d(output) of
   * this module; it may return a replacement dL/d(input) (same shape). As in
   * PyTorch, `gradInput` is `null` when the input does not require a
   * gradient (the hook then runs when dL/d(output) is known and may not
   * replace anything). Several hooks run in registration order, each seeing
   * the previous one's replacement. A graph uses the hooks registered when it
   * was recorded (by `call()`); `remove()` affects later calls.
   *
   * Order with tensor hooks on the same path (`y = module.call(x)`):
   * 1. hooks registered on `y` (`y.registerHook`) run first; the module hook's
   *    `gradOutput` is their result;
   * 2. then this module's full backward hooks, once dL/d(input) is complete;
   * 3. then hooks registered on `x`, which see the replaced dL/d(input) (plus
   *    gradients from any other uses of `x`).
   *
   * A hook that throws is reported as a `RectifyError` naming the module's
   * dotted path and the hook kind.
   *
   * @example Clip the gradient flowing into a layer's input
   * ```ts
   * import { Dense, Rng, tensor } from "@rectify/core";
   * const layer = new Dense(2, 1, { rng: new Rng(0) });
   * const h = layer.registerFullBackwardHook((_m, gi) => gi?.maximum(-0.1).minimum(0.1));
   * const x = tensor([[1, 2]], { requiresGrad: true });
   * layer.call(x).sum().backward();
   * h.remove();
   * console.log(x.grad!.shape); // [1, 2]
   * ```
   */
  registerFullBackwardHook(fn: FullBackwardHook): RemovableHandle {
    if (typeof fn !== "function") {
      throw new RectifyError(
        "option",
        `registerFullBackwardHook: expected a function (module, gradInput, gradOutput), got ${typeof fn}`,
      );
    }
    return addHook(this._backwardHooks, fn);
  }

  /**
   * Apply a gradient plugin (`"guidedBackprop"`, `"deadUnitMonitor"`,
   * `{ name: "gradientNoise", options: { eta: 0.3 } }`) or a raw
   * {@linkcode GradientRewrite} to this model. Op overrides apply to graphs
   * recorded inside `call()`; attached hooks act as the plugin documents.
   * The handle's `remove()` undoes it; monitors report through `read()` and
   * start over with `reset()` (type the report with the type parameter).
   *
   * @example Count dead relu units
   * ```ts
   * import { type DeadUnitReport, mlp, Rng, tensor } from "@rectify/core";
   * const model = mlp({ inputSize: 2, hidden: [4], outputSize: 2, rng: new Rng(0) });
   * const monitor = model.applyGradient<DeadUnitReport>("deadUnitMonitor");
   * model.call(tensor([[1, -1], [0.5, 2]]));
   * console.log(monitor.read()[0].units); // 4
   * monitor.remove();
   * ```
   */
  applyGradient<R = unknown>(
    spec: PluginSpec | GradientRewrite,
    options: ApplyGradientOptions = {},
  ): GradientHandle<R> {
    return applyGradientTo<R>(this, spec, options);
  }

  /** Register a learnable tensor under a name; returns it. */
  registerParameter(name: string, t: Tensor): Tensor {
    if (this.#params.has(name) || this.#children.has(name)) {
      throw new RectifyError(
        "registry",
        `${this.constructor.name}: "${name}" is already registered`,
      );
    }
    t.name = name;
    this.#params.set(name, t);
    return t;
  }

  /** Register a child module under a name; returns it. */
  registerModule<M extends Module>(name: string, m: M): M {
    if (this.#params.has(name) || this.#children.has(name)) {
      throw new RectifyError(
        "registry",
        `${this.constructor.name}: "${name}" is already registered`,
      );
    }
    this.#children.set(name, m);
    if (m._parent === null) {
      m._parent = this;
      m._name = name;
    }
    return m;
  }

  /** Direct children with their names. */
  namedChildren(): [string, Module][] {
    return [...this.#children.entries()];
  }

  /** This module and all descendants with dotted names (root is `""`). */
  namedModules(prefix = ""): [string, Module][] {
    this._path = prefix;
    const out: [string, Module][] = [[prefix, this]];
    for (const [n, c] of this.#children) out.push(...c.namedModules(prefix ? `${prefix}.${n}` : n));
    return out;
  }

  /** Parameters with stable dotted names (`"0.weight"`, `"2.alpha"`). */
  namedParameters(prefix = ""): [string, Tensor][] {
    const out: [string, Tensor][] = [];
    for (const [n, t] of this.#params) out.push([prefix ? `${prefix}.${n}` : n, t]);
    for (const [n, c] of this.#children) {
      out.push(...c.namedParameters(prefix ? `${prefix}.${n}` : n));
    }
    return out;
  }

  /** All parameters. */
  parameters(): Tensor[] {
    return this.namedParameters().map(([, t]) => t);
  }

  /** Set training mode on this module and all children. */
  train(mode = true): this {
    this.training = mode;
    this.onModeChange(mode);
    for (const c of this.#children.values()) c.train(mode);
    return this;
  }

  /** Evaluation mode (`train(false)`). */
  eval(): this {
    return this.train(false);
  }

  /** Subclasses react to mode changes here. */
  protected onModeChange(_training: boolean): void {}

  /**
   * Set every parameter's grad to null, or with `{ setToNone: false }` fill
   * the existing grads with zeros in place (no allocation in the next
   * backward; see `ZeroGradOptions`).
   */
  zeroGrad(options: ZeroGradOptions = {}): void {
    for (const p of this.parameters()) p.zeroGrad(options);
  }

  /** Extra non-parameter state (running statistics). Override with `loadBuffers`. */
  buffers(): Record<string, Tensor> {
    return {};
  }

  /** Weights (and buffers) by dotted name, as plain JSON. */
  stateDict(): Record<string, TensorJSON> {
    const out: Record<string, TensorJSON> = {};
    for (const [n, t] of this.namedParameters()) out[n] = tensorToJSON(t);
    for (const [path, m] of this.namedModules()) {
      for (const [b, t] of Object.entries(m.buffers())) {
        out[path ? `${path}.${b}` : b] = tensorToJSON(t);
      }
    }
    return out;
  }

  /** Restore weights from {@linkcode Module.stateDict}; names and shapes must match. */
  loadStateDict(state: Record<string, TensorJSON>): void {
    const targets = new Map<string, Tensor>(this.namedParameters());
    for (const [path, m] of this.namedModules()) {
      for (const [b, t] of Object.entries(m.buffers())) targets.set(path ? `${path}.${b}` : b, t);
    }
    if (typeof state !== "object" || state === null) {
      throw new RectifyError("checkpoint", "loadStateDict: expected an object of tensors by name");
    }
    for (const [name, t] of targets) {
      const s = state[name];
      if (!s || !Array.isArray(s.shape) || !Array.isArray(s.data)) {
        throw new RectifyError(
          "checkpoint",
          `loadStateDict: missing or malformed tensor "${name}"`,
        );
      }
      if (s.shape.join(",") !== t.shape.join(",") || s.data.length !== t.size) {
        throw new RectifyError(
          "checkpoint",
          `loadStateDict: "${name}" has shape ${fmtShape(s.shape)} in the state, expected ${
            fmtShape(t.shape)
          }`,
        );
      }
      if (s.data.some((v) => typeof v !== "number")) {
        throw new RectifyError("checkpoint", `loadStateDict: "${name}" holds non-numbers`);
      }
    }
    for (const [name, t] of targets) t.data.set(state[name].data);
  }

  /** JSON form: the state dict. */
  toJSON(): Record<string, TensorJSON> {
    return this.stateDict();
  }
}

function addHook<T>(list: T[], fn: T): RemovableHandle {
  return removableEntry(list, fn);
}

/** Dotted name of a module inside the model it was first registered in. */
function modulePath(m: Module): string {
  const parts: string[] = [];
  const seen = new Set<Module>();
  let cur: Module = m;
  while (cur._parent !== null && !seen.has(cur)) {
    seen.add(cur);
    parts.push(cur._name);
    cur = cur._parent;
  }
  return parts.reverse().join(".");
}

/** A forward (pre-)hook's replacement must be a Tensor; anything else is refused. */
function hookResult(m: Module, what: string, r: unknown, replaces: string): Tensor {
  if (r instanceof Tensor) return r;
  throw new RectifyError(
    "autograd",
    `hook: ${what} on module "${modulePath(m) || "(root)"}" (${m.constructor.name}) returned ${
      describe(r)
    }; it must return a Tensor to replace the ${replaces}, or undefined to keep it`,
  );
}

function runHook<T>(m: Module, what: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof RectifyError && e.code === "autograd" && e.message.startsWith("hook")) throw e;
    throw new RectifyError(
      "autograd",
      `hook: ${what} on module "${modulePath(m) || "(root)"}" (${m.constructor.name}) threw: ${
        (e as Error)?.message ?? e
      }`,
      { cause: e },
    );
  }
}

/** @internal */
export function tensorToJSON(t: Tensor): TensorJSON {
  return { shape: [...t.shape], dtype: t.dtype, data: Array.from(t.data) };
}

/** Options of {@linkcode Dense}. */
export interface DenseOptions {
  /** Kernel initializer spec or function (default `"glorotUniform"`). */
  initializer?: PluginSpec | InitializerFn;
  /** Add a bias (default true); initialised to zeros. */
  bias?: boolean;
  /** Generator for the initializer (default `new Rng(0)`). */
  rng?: Rng;
  /** Element type (default `"float32"`). */
  dtype?: DType;
  /** Registry for initializer specs. */
  registry?: Registry;
}

/**
 * Fully connected layer `y = x @ W + b`, with `W` of shape `[in, out]`.
 *
 * @example
 * ```ts
 * import { Dense, Rng, zeros } from "@rectify/core";
 * const layer = new Dense(3, 2, { initializer: "heNormal", rng: new Rng(1) });
 * console.log(layer.call(zeros([4, 3])).shape); // [4, 2]
 * ```
 */
export class Dense extends Module {
  /** Kernel `[in, out]`. */
  readonly weight: Tensor;
  /** Bias `[out]`, or null. */
  readonly bias: Tensor | null;
  /** Input width. */
  readonly inFeatures: number;
  /** Output width. */
  readonly outFeatures: number;

  /** Make a dense layer. */
  constructor(inFeatures: number, outFeatures: number, options: DenseOptions = {}) {
    super();
    for (const [k, v] of [["in", inFeatures], ["out", outFeatures]] as const) {
      if (!Number.isInteger(v) || v <= 0) {
        throw new RectifyError(
          "shape",
          `Dense: ${k} features must be a positive integer, got ${v}`,
        );
      }
    }
    this.inFeatures = inFeatures;
    this.outFeatures = outFeatures;
    const dtype = options.dtype ?? "float32";
    alloc(dtype, 0, "Dense");
    const rng = options.rng ?? new Rng(0);
    const init = typeof options.initializer === "function"
      ? options.initializer
      : (options.registry ?? defaultRegistry).create(
        "initializer",
        options.initializer ?? "glorotUniform",
        {
          rng,
          dtype,
        },
      );
    const w = init([inFeatures, outFeatures], { dtype, rng });
    if (w.shape.join(",") !== `${inFeatures},${outFeatures}`) {
      throw new RectifyError(
        "shape",
        `Dense: initializer returned shape ${
          fmtShape(w.shape)
        }, expected [${inFeatures}, ${outFeatures}]`,
      );
    }
    w.requiresGrad = true;
    this.weight = this.registerParameter("weight", w);
    this.bias = options.bias === false ? null : this.registerParameter(
      "bias",
      new Tensor(alloc(dtype, outFeatures), [outFeatures], { requiresGrad: true }),
    );
  }

  /** `x @ W + b`. */
  forward(x: Tensor): Tensor {
    if (x.shape[x.ndim - 1] !== this.inFeatures) {
      throw new RectifyError(
        "shape",
        `Dense(${this.inFeatures}, ${this.outFeatures}): input shape ${fmtShape(x.shape)} has ${
          x.shape[x.ndim - 1]
        } features, expected ${this.inFeatures}`,
      );
    }
    return affine(x, this.weight, this.bias);
  }
}

/**
 * Modules applied in order; children are named `"0"`, `"1"`, ...
 *
 * @example
 * ```ts
 * import { Activation, Dense, Sequential, zeros } from "@rectify/core";
 * const model = new Sequential(new Dense(4, 8), new Activation("relu"), new Dense(8, 2));
 * console.log(model.call(zeros([1, 4])).shape); // [1, 2]
 * ```
 */
export class Sequential extends Module {
  /** The layers. */
  readonly layers: readonly Module[];
  /** Chain the given modules. */
  constructor(...layers: Module[]) {
    super();
    this.layers = layers;
    layers.forEach((l, i) => this.registerModule(String(i), l));
  }
  /** Apply each layer in turn. */
  forward(x: Tensor): Tensor {
    let y = x;
    for (const l of this.layers) y = l.call(y);
    return y;
  }
}

/**
 * Inverted dropout: in training, zero each element with probability `p` and
 * scale the rest by `1/(1−p)`; identity in evaluation mode. Seeded.
 *
 * @example
 * ```ts
 * import { Dropout, ones, Rng } from "@rectify/core";
 * const d = new Dropout(0.5, { rng: new Rng(0) });
 * console.log(d.eval().call(ones([3])).toArray()); // [1, 1, 1]
 * ```
 */
export class Dropout extends Module {
  /** Drop probability. */
  readonly p: number;
  #rng: Rng;
  /** Make a dropout layer. */
  constructor(p: number, options: { rng?: Rng } = {}) {
    super();
    if (!(p >= 0 && p < 1)) {
      throw new RectifyError("option", `Dropout: p must be in [0, 1), got ${p}`);
    }
    this.p = p;
    this.#rng = options.rng ?? new Rng(0);
  }
  /** Apply the mask. */
  forward(x: Tensor): Tensor {
    if (!this.training || this.p === 0) return x;
    const m = alloc(x.dtype, x.size);
    const keep = 1 / (1 - this.p);
    for (let i = 0; i < m.length; i++) m[i] = this.#rng.uniform() < this.p ? 0 : keep;
    return x.mul(new Tensor(m, x.shape));
  }
}

/**
 * Batch normalisation over the first axis (features on the last axis), with
 * running statistics used in evaluation mode (as torch.nn.BatchNorm1d).
 *
 * @example
 * ```ts
 * import { BatchNorm, tensor } from "@rectify/core";
 * const bn = new BatchNorm(2);
 * console.log(bn.call(tensor([[1, 2], [3, 4]])).toArray()); // ≈ [[-1, -1], [1, 1]]
 * ```
 */
export class BatchNorm extends Module {
  /** Scale `[features]`. */
  readonly gamma: Tensor;
  /** Shift `[features]`. */
  readonly beta: Tensor;
  /** Running mean. */
  readonly runningMean: Tensor;
  /** Running (unbiased) variance. */
  readonly runningVar: Tensor;
  /** Running-average momentum. */
  readonly momentum: number;
  /** Added to the variance. */
  readonly eps: number;

  /** Make a batch-norm layer. */
  constructor(features: number, options: { momentum?: number; eps?: number; dtype?: DType } = {}) {
    super();
    const dtype = options.dtype ?? "float32";
    if (!Number.isInteger(features) || features <= 0) {
      throw new RectifyError(
        "shape",
        `BatchNorm: features must be a positive integer, got ${features}`,
      );
    }
    this.momentum = options.momentum ?? 0.1;
    this.eps = options.eps ?? 1e-5;
    if (!(this.momentum >= 0 && this.momentum <= 1)) {
      throw new RectifyError(
        "option",
        `BatchNorm: momentum must be in [0, 1], got ${this.momentum}`,
      );
    }
    if (!(this.eps > 0)) {
      throw new RectifyError("option", `BatchNorm: eps must be > 0, got ${this.eps}`);
    }
    const g = alloc(dtype, features);
    g.fill(1);
    this.gamma = this.registerParameter("gamma", new Tensor(g, [features], { requiresGrad: true }));
    this.beta = this.registerParameter(
      "beta",
      new Tensor(alloc(dtype, features), [features], { requiresGrad: true }),
    );
    this.runningMean = new Tensor(alloc(dtype, features), [features]);
    const rv = alloc(dtype, features);
    rv.fill(1);
    this.runningVar = new Tensor(rv, [features]);
  }

  /** Running statistics. */
  override buffers(): Record<string, Tensor> {
    return { runningMean: this.runningMean, runningVar: this.runningVar };
  }

  /** Normalise. */
  forward(x: Tensor): Tensor {
    const axes = [...Array(x.ndim - 1).keys()];
    if (!this.training) {
      const inv = this.runningVar.add(this.eps).sqrt();
      return x.sub(this.runningMean).div(inv).mul(this.gamma).add(this.beta);
    }
    const mu = x.mean(axes, true);
    const xc = x.sub(mu);
    const v = xc.mul(xc).mean(axes, true);
    const y = xc.div(v.add(this.eps).sqrt()).mul(this.gamma).add(this.beta);
    const n = sizeOf(x.shape.slice(0, -1));
    noGrad(() => {
      const m = this.momentum;
      for (let i = 0; i < this.runningMean.size; i++) {
        this.runningMean.data[i] = (1 - m) * this.runningMean.data[i] + m * mu.data[i];
        const unbiased = n > 1 ? (v.data[i] * n) / (n - 1) : v.data[i];
        this.runningVar.data[i] = (1 - m) * this.runningVar.data[i] + m * unbiased;
      }
    });
    return y;
  }
}

/**
 * A layer wrapping an activation plugin (`"relu"`, `"leakyRelu:alpha=0.2"`,
 * `{ name: "prelu", options: {...} }`). Learnable plugin tensors (prelu's
 * slope) become parameters; training mode is forwarded (rrelu).
 *
 * @example
 * ```ts
 * import { Activation, tensor } from "@rectify/core";
 * console.log(new Activation("relu").call(tensor([-1, 2])).toArray()); // [0, 2]
 * ```
 */
export class Activation extends Module {
  /** The plugin name. */
  readonly activationName: string;
  /** The plugin instance. */
  readonly instance: ActivationInstance;

  /** Create from a spec, or wrap an existing instance. */
  constructor(
    spec: PluginSpec | ActivationInstance,
    options: {
      registry?: Registry;
      rng?: Rng;
      dtype?: DType;
      name?: string;
      /** Feature shape of the input (without the batch axis), to build shape-dependent parameters now. */
      inputShape?: readonly number[];
    } = {},
  ) {
    super();
    if (typeof spec === "object" && spec !== null && "forward" in spec) {
      this.instance = spec;
      this.activationName = options.name ?? "custom";
    } else {
      const reg = options.registry ?? defaultRegistry;
      this.instance = reg.create("activation", spec as PluginSpec, {
        rng: options.rng ?? new Rng(0),
        dtype: options.dtype ?? "float32",
      });
      this.activationName = typeof spec === "string"
        ? spec.split(":")[0]
        : (spec as { name: string }).name;
    }
    if (options.inputShape) this.instance.build?.(options.inputShape);
    this.#syncParameters();
  }

  #syncParameters(): void {
    const known = new Set(this.namedParameters().map(([n]) => n));
    const ps = this.instance.parameters?.() ?? {};
    for (const [n, t] of Object.entries(ps)) if (!known.has(n)) this.registerParameter(n, t);
  }

  /** Width after this activation given the width before. */
  outputSize(inputSize: number): number {
    return this.instance.outputSize?.(inputSize) ?? inputSize;
  }

  /**
   * Apply the activation (building shape-dependent parameters on first use,
   * outside any {@linkcode StepArena}: parameters outlive the step).
   */
  forward(x: Tensor): Tensor {
    if (!this.instance.parameters) return this.instance.forward(x);
    if (this.namedParameters().length > 0) return this.instance.forward(x);
    const y = withoutArena(() => this.instance.forward(x));
    this.#syncParameters();
    return y;
  }

  /** Forward the mode to the plugin. */
  protected override onModeChange(training: boolean): void {
    this.instance.train?.(training);
  }
}

/** Options of {@linkcode mlp}. */
export interface MlpOptions {
  /** Input width. */
  inputSize: number;
  /** Hidden layer widths. */
  hidden: readonly number[];
  /** Output width. */
  outputSize: number;
  /** Activation spec for every hidden layer (default `"relu"`). */
  activation?: PluginSpec;
  /** Kernel initializer spec (default `"glorotUniform"`). */
  initializer?: PluginSpec;
  /** Seed or generator for initialisation. */
  rng?: Rng;
  /** Element type. */
  dtype?: DType;
  /** Registry for specs. */
  registry?: Registry;
  /** Optional BatchNorm after each hidden Dense. */
  batchNorm?: boolean;
  /** Optional dropout probability after each hidden activation. */
  dropout?: number;
}

/**
 * Build `Dense → activation → ... → Dense`. Widths are inferred through
 * activations that change them (crelu doubles, maxout divides).
 *
 * @example
 * ```ts
 * import { mlp, Rng } from "@rectify/core";
 * const model = mlp({ inputSize: 64, hidden: [32], outputSize: 10, activation: "crelu", rng: new Rng(0) });
 * console.log(model.namedParameters().map(([n, t]) => `${n}:${t.shape}`)); // ["0.weight:64,32", "0.bias:32", "2.weight:64,10", "2.bias:10"]
 * ```
 */
export function mlp(options: MlpOptions): Sequential {
  const rng = options.rng ?? new Rng(0);
  const common = { rng, dtype: options.dtype, registry: options.registry };
  const layers: Module[] = [];
  let width = options.inputSize;
  for (const h of options.hidden) {
    layers.push(new Dense(width, h, { ...common, initializer: options.initializer }));
    if (options.batchNorm) layers.push(new BatchNorm(h, { dtype: options.dtype }));
    const act = new Activation(options.activation ?? "relu", { ...common, inputShape: [h] });
    layers.push(act);
    width = act.outputSize(h);
    if (!Number.isInteger(width) || width <= 0) {
      throw new RectifyError(
        "shape",
        `mlp: activation "${act.activationName}" cannot take width ${h}`,
      );
    }
    if (options.dropout) layers.push(new Dropout(options.dropout, { rng: rng.fork() }));
  }
  layers.push(
    new Dense(width, options.outputSize, { ...common, initializer: options.initializer }),
  );
  return new Sequential(...layers);
}
