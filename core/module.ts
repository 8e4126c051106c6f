/**
 * The {@linkcode Module} base class of every layer: parameters and children
 * by dotted name, train/eval mode, forward and backward hooks, gradient
 * plugins applied to a model, and state dicts. The layers are in
 * `core/layers.ts`.
 *
 * @module
 */

import { fmtShape, RectifyError } from "./errors.ts";
import type { GradientRewrite } from "./plugin.ts";
import type { PluginSpec } from "./spec.ts";
import { sizeOf } from "./shape.ts";
import { alloc } from "./storage.ts";
import {
  _popOverrides,
  _pushOverrides,
  _record,
  type GradientOverrides,
  isGradEnabled,
  type RemovableHandle,
} from "./autograd.ts";
import { type DType, Tensor, type ZeroGradOptions } from "./tensor.ts";
import {
  applyGradient as applyGradientTo,
  type ApplyGradientOptions,
  type GradientHandle,
} from "./override.ts";
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
