/**
 * Optimizers as composable gradient transformations (optax-style), and the
 * {@linkcode Optimizer} that applies them to named parameters with parameter
 * groups, learning-rate schedules and a JSON state dict.
 *
 * @module
 */

import type { Data } from "./backend.ts";
import { RectifyError } from "./errors.ts";
import type { Options, Schedule } from "./plugin.ts";
import type { PluginSpec, Registry } from "./registry.ts";
import { defaultRegistry, parseSpec } from "./registry.ts";
import type { Tensor, ZeroGradOptions } from "./tensor.ts";

/** What a transform is told at each step. */
export interface TransformContext {
  /** Step count of the group, from 1. */
  step: number;
  /** The group's current learning rate. */
  lr: number;
}

/** A state value: numbers, flags, per-parameter buffers, or nested states. */
export type StateValue = number | boolean | null | Data[] | TransformState | TransformState[];

/** A transform's state record. */
export interface TransformState {
  /** Named state entries. */
  [key: string]: StateValue;
}

/**
 * A gradient transformation: `init` makes state for a list of parameters;
 * `update` rewrites `updates` (initially the gradients) in place. After the
 * whole chain the optimizer adds the updates to the parameters, so the last
 * transform usually scales by `-lr`.
 */
export interface GradientTransform {
  /** Make the state for these parameters. */
  init(params: readonly Data[], ctx: TransformContext): TransformState;
  /** Rewrite the updates in place (one array per parameter). */
  update(
    updates: Data[],
    state: TransformState,
    params: readonly Data[],
    ctx: TransformContext,
  ): void;
  /**
   * Optional fused fast path: apply one whole step to `params` from `grads`
   * (null = zero gradient) in one pass, leaving `state` exactly as `update`
   * followed by `params += updates` would. {@linkcode Optimizer.step} uses it
   * when present (passing only parameters that have a gradient, with their
   * slice of the state); it must give the same parameters as that path.
   */
  fused?(
    params: readonly Data[],
    grads: readonly (Data | null)[],
    state: TransformState,
    ctx: TransformContext,
  ): void;
}

/**
 * Compose transforms left to right (optax's `chain`).
 *
 * @example
 * ```ts
 * import { addWeightDecay, chain, scaleByLearningRate } from "@rectify/core";
 * const sgdWithL2 = chain(addWeightDecay(1e-4), scaleByLearningRate());
 * console.log(typeof sgdWithL2.update); // "function"
 * ```
 */
export function chain(...transforms: GradientTransform[]): GradientTransform {
  return {
    init: (params, ctx) => ({ inner: transforms.map((t) => t.init(params, ctx)) }),
    update(updates, state, params, ctx) {
      const inner = state.inner as TransformState[];
      for (let i = 0; i < transforms.length; i++) {
        transforms[i].update(updates, inner[i], params, ctx);
      }
    },
  };
}

/** Allocate one zero buffer like each parameter. @internal */
export function zerosLike(params: readonly Data[]): Data[] {
  return params.map((
    p,
  ) => (p instanceof Float64Array ? new Float64Array(p.length) : new Float32Array(p.length)));
}

/**
 * Multiply updates by `-lr`: the group's current lr (no argument), a fixed
 * number, a function of the step count (optax style), or a
 * {@linkcode Schedule} plugin instance, which is asked `schedule.lr(groupLr)`
 * at every update (step it once per epoch yourself, as with torch schedulers).
 *
 * @example
 * ```ts
 * import { scaleByLearningRate } from "@rectify/core";
 * const t = scaleByLearningRate(0.1);
 * const u = [new Float32Array([1, 2])];
 * t.update(u, t.init(u, { step: 1, lr: 0 }), u, { step: 1, lr: 0 });
 * console.log(u[0]); // [-0.1, -0.2]
 * ```
 */
export function scaleByLearningRate(
  lr?: number | ((step: number) => number) | Schedule,
): GradientTransform {
  return {
    init: () => ({}),
    update(updates, _s, _p, ctx) {
      const r = lr === undefined
        ? ctx.lr
        : typeof lr === "number"
        ? lr
        : typeof lr === "function"
        ? lr(ctx.step)
        : lr.lr(ctx.lr);
      const k = -r;
      for (const u of updates) for (let i = 0; i < u.length; i++) u[i] *= k;
    },
  };
}

/**
 * L2 penalty: `g += wd · p` (coupled weight decay, as torch's `weight_decay`).
 *
 * @example
 * ```ts
 * import { addWeightDecay } from "@rectify/core";
 * const t = addWeightDecay(0.5);
 * const p = [new Float32Array([2])], u = [new Float32Array([1])];
 * t.update(u, {}, p, { step: 1, lr: 1 });
 * console.log(u[0][0]); // 2
 * ```
 */
export function addWeightDecay(weightDecay: number): GradientTransform {
  return {
    init: () => ({}),
    update(updates, _s, params) {
      if (weightDecay === 0) return;
      for (let j = 0; j < updates.length; j++) {
        const u = updates[j], p = params[j];
        for (let i = 0; i < u.length; i++) u[i] += weightDecay * p[i];
      }
    },
  };
}

/**
 * Momentum as torch.optim.SGD: `buf = t == 1 ? g : m·buf + (1 − d)·g`, then
 * `g = nesterov ? g + m·buf : buf`.
 *
 * @example
 * ```ts
 * import { trace } from "@rectify/core";
 * const t = trace({ momentum: 0.9 });
 * console.log(typeof t.init); // "function"
 * ```
 */
export function trace(
  options: { momentum: number; dampening?: number; nesterov?: boolean },
): GradientTransform {
  const m = options.momentum, d = options.dampening ?? 0, nesterov = options.nesterov ?? false;
  return {
    init: (params) => ({ momentumBuffer: zerosLike(params) }),
    update(updates, state, _p, ctx) {
      if (m === 0) return;
      const bufs = state.momentumBuffer as Data[];
      for (let j = 0; j < updates.length; j++) {
        const u = updates[j], b = bufs[j];
        if (ctx.step === 1) b.set(u);
        else for (let i = 0; i < u.length; i++) b[i] = m * b[i] + (1 - d) * u[i];
        if (nesterov) { for (let i = 0; i < u.length; i++) u[i] += m * b[i]; }
        else u.set(b);
      }
    },
  };
}

/** A parameter group selector and its option overrides. */
export interface ParamGroupSpec {
  /** Glob over dotted parameter names (`*` matches anything), or a RegExp. */
  params: string | RegExp;
  /** Options overriding the optimizer's for this group (e.g. `{ weightDecay: 0 }`). */
  options: Record<string, unknown>;
}

/** Options of {@linkcode Optimizer}. */
export interface OptimizerOptions {
  /** Registry to create optimizer plugins from (default: the default registry). */
  registry?: Registry;
  /** Parameter groups, matched in order; unmatched parameters use the base options. */
  groups?: readonly ParamGroupSpec[];
  /**
   * A learning-rate schedule the optimizer follows: every `step()` sets each
   * group's lr to `schedule.lr(baseLr)` first, so the schedule is in force
   * from the very first step (torch schedulers set the lr when they are
   * constructed). Advance it once per epoch with `schedule.step(metric)`.
   */
  schedule?: Schedule | null;
}

interface Group {
  names: string[];
  params: Tensor[];
  options: Options;
  transform: GradientTransform;
  baseLr: number;
  lr: number;
  step: number;
  state: TransformState | null;
  updates: Data[] | null;
}

function globToRegExp(glob: string): RegExp {
  const esc = glob.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replaceAll("*", ".*");
  return new RegExp(`^${esc}$`);
}

/** The JSON state of an {@linkcode Optimizer}. */
export interface OptimizerStateDict {
  /** Optimizer plugin name. */
  optimizer: string;
  /** One entry per group. */
  groups: {
    names: string[];
    options: Options;
    lr: number;
    baseLr: number;
    step: number;
    state: unknown;
  }[];
}

/**
 * Applies an optimizer plugin to named parameters, PyTorch style:
 * `zeroGrad()`, `backward()`, `step()`.
 *
 * @example
 * ```ts
 * import { Optimizer, tensor } from "@rectify/core";
 * const w = tensor([1, 2], { requiresGrad: true });
 * const opt = new Optimizer({ w }, "sgd:lr=0.1");
 * w.mul(w).sum().backward();
 * opt.step();
 * console.log(w.toArray()); // [0.8, 1.6]
 * ```
 *
 * @example Following a schedule from the first step
 * ```ts
 * import { defaultRegistry, Optimizer, tensor } from "@rectify/core";
 * const w = tensor([1], { requiresGrad: true });
 * const schedule = defaultRegistry.create("schedule", "oneCycle:totalSteps=10");
 * const opt = new Optimizer({ w }, "sgd:lr=1", { schedule });
 * console.log(opt.groups[0].lr); // 0.04: oneCycle starts at lr / divFactor
 * w.sum().backward();
 * opt.step(); // at lr 0.04
 * schedule.step(); // once per epoch
 * ```
 */
export class Optimizer {
  /** The plugin name. */
  readonly name: string;
  /** The schedule given as {@linkcode OptimizerOptions.schedule}, or null. */
  readonly schedule: Schedule | null;
  #groups: Group[] = [];

  /** Bind an optimizer spec to named parameters (a record, or `[name, tensor]` pairs). */
  constructor(
    params: Record<string, Tensor> | Iterable<[string, Tensor]>,
    spec: PluginSpec,
    options: OptimizerOptions = {},
  ) {
    const entries =
      (Symbol.iterator in Object(params)
        ? [...(params as Iterable<[string, Tensor]>)]
        : Object.entries(params))
        .filter(([, t]) => t.requiresGrad);
    const parsed = parseSpec(spec);
    this.name = parsed.name;
    this.schedule = options.schedule ?? null;
    const registry = options.registry ?? defaultRegistry;
    const groupSpecs = options.groups ?? [];
    const buckets: [string, Tensor][][] = groupSpecs.map(() => []);
    const rest: [string, Tensor][] = [];
    const patterns = groupSpecs.map((
      g,
    ) => (g.params instanceof RegExp ? g.params : globToRegExp(g.params)));
    for (const e of entries) {
      const i = patterns.findIndex((re) => re.test(e[0]));
      if (i >= 0) buckets[i].push(e);
      else rest.push(e);
    }
    buckets.forEach((b, i) => {
      if (b.length === 0) {
        throw new RectifyError(
          "option",
          `Optimizer "${parsed.name}": parameter group pattern ${
            String(groupSpecs[i].params)
          } matches no parameter (names: ${entries.map(([n]) => n).join(", ")})`,
        );
      }
    });
    const make = (list: [string, Tensor][], extra: Record<string, unknown>) => {
      if (list.length === 0) return;
      const { options: merged } = registry.resolve("optimizer", {
        name: parsed.name,
        options: { ...parsed.options, ...extra },
      });
      const transform = registry.create("optimizer", { name: parsed.name, options: merged });
      const lr = typeof merged.lr === "number" ? merged.lr : 0;
      this.#groups.push({
        names: list.map(([n]) => n),
        params: list.map(([, t]) => t),
        options: merged,
        transform,
        baseLr: lr,
        lr,
        step: 0,
        state: null,
        updates: null,
      });
    };
    buckets.forEach((b, i) => make(b, groupSpecs[i].options));
    make(rest, {});
  }

  /** The groups' names, options and current learning rates. */
  get groups(): readonly {
    names: readonly string[];
    options: Readonly<Options>;
    lr: number;
    step: number;
  }[] {
    this.#followSchedule();
    return this.#groups.map((g) => ({
      names: g.names,
      options: g.options,
      lr: g.lr,
      step: g.step,
    }));
  }

  /**
   * Set every group's lr to `schedule.lr(baseLr)` once. Prefer
   * {@linkcode OptimizerOptions.schedule}, which does it before every step.
   */
  applySchedule(schedule: Schedule): void {
    for (const g of this.#groups) g.lr = schedule.lr(g.baseLr);
  }

  /** Set every group's current lr (refused while a schedule sets it). */
  setLr(lr: number): void {
    if (this.schedule !== null) {
      throw new RectifyError(
        "usage",
        `Optimizer "${this.name}": setLr(${lr}) while a schedule sets the learning rate before every step; drop the schedule option to set it by hand`,
      );
    }
    for (const g of this.#groups) g.lr = lr;
  }

  #followSchedule(): void {
    if (this.schedule !== null) this.applySchedule(this.schedule);
  }

  /**
   * Set every parameter's `.grad` to null, or with `{ setToNone: false }`
   * fill the existing grads with zeros in place, so the next backward adds
   * into the same buffers (no gradient allocation per step in steady state).
   */
  zeroGrad(options: ZeroGradOptions = {}): void {
    for (const g of this.#groups) for (const p of g.params) p.zeroGrad(options);
  }

  /**
   * Apply one update from the current `.grad`s. As in torch.optim, a
   * parameter whose `.grad` is null is skipped: not moved, its state (momentum,
   * moments) untouched, so a frozen parameter gets no weight decay. A group
   * where no parameter has a gradient does not count a step. The step count is
   * per group: a parameter skipped at some steps is bias-corrected with the
   * group's count (torch keeps one count per parameter).
   */
  step(): void {
    this.#followSchedule();
    for (const g of this.#groups) {
      const datas = g.params.map((p) => p.data);
      const ctx0: TransformContext = { step: g.step + 1, lr: g.lr };
      let have = 0;
      for (const p of g.params) if (p.grad !== null) have++;
      if (have === 0 && g.params.length > 0) continue;
      if (g.state === null) g.state = g.transform.init(datas, ctx0);
      if (!g.transform.fused && g.updates === null) g.updates = zerosLike(datas);
      g.step++;
      if (have === g.params.length) {
        this.#apply(g, datas, g.params.map((p) => p.grad!.data), g.state, ctx0, g.updates ?? []);
        continue;
      }
      // some parameters have no gradient: step the others, on a view of their state
      const keep: number[] = [];
      g.params.forEach((p, j) => p.grad !== null && keep.push(j));
      const n = g.params.length;
      const sub = subsetState(g.state, keep, n) as TransformState;
      this.#apply(
        g,
        keep.map((j) => datas[j]),
        keep.map((j) => g.params[j].grad!.data),
        sub,
        ctx0,
        g.updates === null ? [] : keep.map((j) => g.updates![j]),
      );
      writeBackState(g.state, sub, keep, n);
    }
  }

  /** One update of `params` from `grads` (aligned with `state`'s per-parameter buffers). */
  #apply(
    g: Group,
    params: Data[],
    grads: Data[],
    state: TransformState,
    ctx: TransformContext,
    updates: Data[],
  ): void {
    if (g.transform.fused) {
      g.transform.fused(params, grads, state, ctx);
      return;
    }
    for (let j = 0; j < updates.length; j++) updates[j].set(grads[j]);
    g.transform.update(updates, state, params, ctx);
    for (let j = 0; j < updates.length; j++) {
      const p = params[j], u = updates[j];
      for (let i = 0; i < p.length; i++) p[i] += u[i];
    }
  }

  /** Plain-JSON state: options, lr, step counts and buffers by parameter name. */
  stateDict(): OptimizerStateDict {
    return {
      optimizer: this.name,
      groups: this.#groups.map((g) => ({
        names: [...g.names],
        options: { ...g.options },
        lr: g.lr,
        baseLr: g.baseLr,
        step: g.step,
        state: g.state === null ? null : encodeState(g.state, g.names),
      })),
    };
  }

  /** Restore {@linkcode Optimizer.stateDict}; groups and names must match. */
  loadStateDict(sd: OptimizerStateDict): void {
    const bad = (why: string): never => {
      throw new RectifyError("checkpoint", `Optimizer "${this.name}": cannot load state: ${why}`);
    };
    if (!sd || !Array.isArray(sd.groups)) bad("expected {optimizer, groups: [...]}");
    if (sd.optimizer !== this.name) bad(`it is for optimizer "${sd.optimizer}"`);
    if (sd.groups.length !== this.#groups.length) {
      bad(`it has ${sd.groups.length} parameter groups, this optimizer has ${this.#groups.length}`);
    }
    const decoded = sd.groups.map((s, i) => {
      const g = this.#groups[i];
      if (!Array.isArray(s.names) || s.names.join("\u0000") !== g.names.join("\u0000")) {
        bad(`group ${i} holds parameters [${s.names}], expected [${g.names}]`);
      }
      if (!Number.isInteger(s.step) || s.step < 0) bad(`group ${i} has step ${s.step}`);
      const datas = g.params.map((p) => p.data);
      return s.state === null ? null : decodeState(s.state, g.names, datas, bad);
    });
    sd.groups.forEach((s, i) => {
      const g = this.#groups[i];
      g.lr = s.lr;
      g.baseLr = s.baseLr;
      g.step = s.step;
      g.state = decoded[i];
    });
  }
}

function isBuffers(v: StateValue, n: number): v is Data[] {
  return Array.isArray(v) && v.length === n && n > 0 &&
    (v[0] instanceof Float32Array || v[0] instanceof Float64Array);
}

/** The state restricted to the parameters `keep` (per-parameter buffers shared, not copied). */
function subsetState(v: StateValue, keep: readonly number[], n: number): StateValue {
  if (v === null || typeof v !== "object") return v;
  if (isBuffers(v, n)) return keep.map((j) => v[j]);
  if (Array.isArray(v)) {
    return (v as TransformState[]).map((s) => subsetState(s, keep, n)) as TransformState[];
  }
  const out: TransformState = {};
  for (const [k, x] of Object.entries(v)) out[k] = subsetState(x, keep, n);
  return out;
}

/** Copy what a step changed in a {@linkcode subsetState} view back into the full state. */
function writeBackState(
  full: TransformState,
  sub: TransformState,
  keep: readonly number[],
  n: number,
): void {
  for (const [k, x] of Object.entries(full)) {
    const y = sub[k];
    if (isBuffers(x, n)) {
      keep.forEach((j, i) => (x[j] = (y as Data[])[i]));
    } else if (Array.isArray(x)) {
      (x as TransformState[]).forEach((s, i) =>
        writeBackState(s, (y as TransformState[])[i], keep, n)
      );
    } else if (x !== null && typeof x === "object") {
      writeBackState(x as TransformState, y as TransformState, keep, n);
    } else full[k] = y;
  }
  // entries a transform added during the step: scalars only (buffers would be the subset's)
  for (const [k, y] of Object.entries(sub)) {
    if (k in full) continue;
    if (y !== null && typeof y === "object") {
      throw new RectifyError(
        "plugin",
        `Optimizer: a transform added state "${k}" during a step in which some parameters had ` +
          `no gradient; make per-parameter state in init()`,
      );
    }
    full[k] = y;
  }
}

function encodeState(v: StateValue, names: readonly string[]): unknown {
  if (v === null || typeof v === "number" || typeof v === "boolean") return v;
  if (Array.isArray(v)) {
    if (v.length > 0 && (v[0] instanceof Float32Array || v[0] instanceof Float64Array)) {
      const out: Record<string, number[]> = {};
      (v as Data[]).forEach((d, i) => (out[names[i]] = Array.from(d)));
      return { $buffers: out };
    }
    return (v as TransformState[]).map((s) => encodeState(s, names));
  }
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[k] = encodeState(x, names);
  return out;
}

function decodeState(
  v: unknown,
  names: readonly string[],
  params: readonly Data[],
  bad: (why: string) => never,
): TransformState {
  const dec = (x: unknown): StateValue => {
    if (x === null || typeof x === "number" || typeof x === "boolean") return x;
    if (Array.isArray(x)) return x.map((s) => dec(s) as TransformState);
    if (typeof x !== "object") return bad(`unexpected value ${JSON.stringify(x)}`);
    const o = x as Record<string, unknown>;
    if ("$buffers" in o) {
      const b = o.$buffers as Record<string, unknown>;
      return names.map((n, i) => {
        const arr = b?.[n];
        if (!Array.isArray(arr) || arr.length !== params[i].length) {
          bad(`buffer for "${n}" must have ${params[i].length} numbers`);
        }
        const d = params[i] instanceof Float64Array
          ? new Float64Array(params[i].length)
          : new Float32Array(params[i].length);
        d.set(arr as number[]);
        return d;
      });
    }
    const out: TransformState = {};
    for (const [k, y] of Object.entries(o)) out[k] = dec(y);
    return out;
  };
  const r = dec(v);
  if (r === null || typeof r !== "object" || Array.isArray(r)) {
    return bad("state must be an object");
  }
  return r as TransformState;
}
