/**
 * The optimizer contract and the {@linkcode Optimizer} that applies it to
 * named parameters with parameter groups, learning-rate schedules and a JSON
 * state dict. An optimizer plugin makes one of two things:
 *
 * - an {@linkcode UpdateRule}: the update of one parameter written once over
 *   its whole arrays, with typed per-parameter state (a named record of
 *   buffers, like torch.optim's `state[p]`); the built-ins are rules;
 * - a {@linkcode GradientTransform} (optax-style `init`/`update` over all the
 *   group's updates), usually a {@linkcode chain} of small transforms.
 *
 * @module
 */

import type { Data } from "./backend.ts";
import { RectifyError } from "./errors.ts";
import { freshLike, syncHost } from "./storage.ts";
import type { Options, Schedule } from "./plugin.ts";
import type { PluginSpec } from "./spec.ts";
import type { Registry } from "./registry.ts";
import { defaultRegistry } from "./registry.ts";
import { parseSpec } from "./spec.ts";
import { Tensor, type ZeroGradOptions } from "./tensor.ts";
import {
  checkTransformState,
  decodeGroups,
  encodeGroup,
  type Group,
  type GroupStateDict,
  subsetState,
  writeBackState,
} from "./_optim_state.ts";

export type { GroupStateDict };

/** What the optimizer tells a rule or transform at each step of a group. */
export interface StepContext {
  /** Step count of the group, from 1. */
  step: number;
  /** The group's current learning rate (schedules and `setLr` change it). */
  lr: number;
}

/** What a transform is told at each step (the same as {@linkcode StepContext}). */
export type TransformContext = StepContext;

/**
 * One buffer per parameter of a group, in the group's parameter order: the
 * per-parameter part of a {@linkcode GradientTransform}'s state. The
 * {@linkcode Optimizer} knows these entries by their type: it hands a
 * transform only the buffers of the parameters that have a gradient, and
 * `stateDict()` writes them by parameter name. Make them with
 * {@linkcode paramBuffers}.
 *
 * @example
 * ```ts
 * import { ParamBuffers, paramBuffers } from "@rectify/core";
 * console.log(paramBuffers([new Float64Array(2)]) instanceof ParamBuffers); // true
 * ```
 */
export class ParamBuffers extends Array<Data> {}

/**
 * A {@linkcode ParamBuffers} list: one buffer like each parameter (its dtype
 * and length), every element `fill` (default 0).
 *
 * @example
 * ```ts
 * import { paramBuffers } from "@rectify/core";
 * const [m] = paramBuffers([new Float32Array(3)], 0.5);
 * console.log(m); // Float32Array [0.5, 0.5, 0.5]
 * ```
 */
export function paramBuffers(params: readonly Data[], fill = 0): ParamBuffers {
  const out = new ParamBuffers();
  for (const p of params) {
    const d = freshLike(p);
    if (fill !== 0) d.fill(fill);
    out.push(d);
  }
  return out;
}

/** A transform's state value: numbers, flags, per-parameter buffers, or nested states. */
export type StateValue = number | boolean | null | ParamBuffers | TransformState | TransformState[];

/** A transform's state record. */
export interface TransformState {
  /** Named state entries. */
  [key: string]: StateValue;
}

/**
 * A gradient transformation (optax's `GradientTransformation`): `init` makes
 * state for a list of parameters; `update` rewrites `updates` (initially the
 * gradients) in place. After the whole chain the optimizer adds the updates
 * to the parameters, so the last transform usually scales by `-lr`.
 * Per-parameter buffers in the state are {@linkcode ParamBuffers}.
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
}

/**
 * Compose transforms left to right (optax's `chain`). The state is
 * `{ inner: [state of the first, state of the second, ...] }`.
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

/** One per-parameter state buffer of an {@linkcode UpdateRule}. */
export interface StateBufferSpec {
  /** torch.optim's key for the same buffer in `optimizer.state[p]` (e.g. `"exp_avg"`). */
  readonly torch?: string;
  /**
   * Every element's value when the parameter's state is made (at the first
   * step in which it has a gradient): a number (default 0), or read from that
   * step's context (Rprop's step sizes start at the group's lr then).
   */
  readonly init?: number | ((ctx: StepContext) => number);
  /** The key this buffer had in rectify 0.1's state dicts, which can still be loaded. */
  readonly v01?: string;
}

/** One scalar of a group's state in an {@linkcode UpdateRule} (e.g. NAdam's `mu_product`). */
export interface ScalarSpec {
  /** torch.optim's key for it. */
  readonly torch?: string;
  /** Its value before the first step. */
  readonly init: number;
  /** Its key in rectify 0.1's state dicts. */
  readonly v01?: string;
}

/** A parameter's state under an {@linkcode UpdateRule}: one array like the parameter per buffer. */
export type ParamState = Record<string, Data>;

/**
 * An optimizer's update written once: the typed per-parameter state it keeps
 * and the step of one parameter over its whole arrays. The
 * {@linkcode Optimizer} makes a parameter's state (every buffer in
 * `buffers`, like the parameter) at the first step in which it has a
 * gradient, calls `begin` once per group and step, then `apply` for each
 * parameter that has a gradient. `stateDict()` writes each parameter's
 * buffers by name, and the group's `scalars`.
 *
 * @example Heavy-ball momentum as a rule (state: `momentumBuffer` per parameter)
 * ```ts
 * import { createRegistry, type Data, defineOptimizer, Optimizer, tensor, type UpdateRule } from "@rectify/core";
 * const heavyBall: UpdateRule<{ momentumBuffer: Data }, number> = {
 *   buffers: { momentumBuffer: { torch: "momentum_buffer" } },
 *   begin: (ctx) => ctx.lr,
 *   apply(p, g, { momentumBuffer: b }, lr) {
 *     for (let i = 0; i < p.length; i++) {
 *       b[i] = 0.9 * b[i] + g[i];
 *       p[i] -= lr * b[i];
 *     }
 *   },
 * };
 * const registry = createRegistry();
 * registry.register(defineOptimizer({
 *   name: "heavyBall", version: "1.0.0", description: "p -= lr·buf", defaults: { lr: 0.5 },
 *   create: () => heavyBall,
 * }));
 * const w = tensor([1], { requiresGrad: true });
 * const opt = new Optimizer({ w }, "heavyBall", { registry });
 * w.mul(w).sum().backward();
 * opt.step();
 * console.log(w.toArray(), opt.stateDict().groups[0].state); // [0] { w: { momentumBuffer: [2] } }
 * ```
 */
export interface UpdateRule<S extends ParamState = ParamState, C = unknown> {
  /** The per-parameter buffers, by name (the keys of `S`). */
  readonly buffers: Readonly<Record<string, StateBufferSpec>>;
  /** Scalars kept per group, by name (default none). */
  readonly scalars?: Readonly<Record<string, ScalarSpec>>;
  /** Once per group and step, before `apply`: this step's coefficients; may advance `scalars`. */
  begin(ctx: StepContext, scalars: Record<string, number>): C;
  /** Update one parameter `p` and its `state` in place from its gradient `g` (never written). */
  apply(p: Data, g: Data, state: S, coefficients: C): void;
  /**
   * True when `apply` only hands its arrays to `runKernel` (never reads or
   * writes them itself): it then gets the parameters' and gradients'
   * storage as is, which on a backend with device memory (`Backend.toHost`)
   * may be current only there, so a step needs no copies to the host.
   * Otherwise (the default) every array is made current on the host first.
   */
  readonly kernelOnly?: boolean;
}

/** What an optimizer plugin makes: an {@linkcode UpdateRule} or a {@linkcode GradientTransform}. */
export type OptimizerProduct = UpdateRule<ParamState, unknown> | GradientTransform;

/**
 * Whether an optimizer plugin's product is an {@linkcode UpdateRule} (else a
 * {@linkcode GradientTransform}).
 *
 * @example
 * ```ts
 * import { chain, defaultRegistry, isUpdateRule, scaleByLearningRate } from "@rectify/core";
 * console.log(isUpdateRule(defaultRegistry.create("optimizer", "adam"))); // true
 * console.log(isUpdateRule(chain(scaleByLearningRate()))); // false
 * ```
 */
export function isUpdateRule(x: OptimizerProduct): x is UpdateRule<ParamState, unknown> {
  return typeof (x as UpdateRule).apply === "function";
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

function globToRegExp(glob: string): RegExp {
  const esc = glob.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replaceAll("*", ".*");
  return new RegExp(`^${esc}$`);
}

/**
 * The JSON state of an {@linkcode Optimizer} (`version` 2). Per group: its
 * parameter names, options, lr, base lr and step count, and
 *
 * - for an {@linkcode UpdateRule}: `state`, each parameter's buffers by
 *   parameter name and buffer name (`{ "0.weight": { "expAvg": [...] } }`; a
 *   parameter that never had a gradient has none), and `scalars`;
 * - for a {@linkcode GradientTransform}: `transform`, its state record with
 *   each {@linkcode ParamBuffers} list written `{ "$buffers": { name: [...] } }`.
 *
 * `loadStateDict` also reads rectify 0.1's state dicts (no `version`).
 */
export interface OptimizerStateDict {
  /** The format: 2. */
  version: 2;
  /** Optimizer plugin name. */
  optimizer: string;
  /** One entry per group. */
  groups: GroupStateDict[];
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
    const parsed = parseSpec(spec);
    this.name = parsed.name;
    this.schedule = options.schedule ?? null;
    const entries = trainable(parsed.name, params);
    const registry = options.registry ?? defaultRegistry;
    const groupSpecs = options.groups ?? [];
    const buckets = bucketByGroup(parsed.name, entries, groupSpecs);
    const make = (list: [string, Tensor][], extra: Record<string, unknown>) => {
      if (list.length === 0) return;
      const { options: merged } = registry.resolve("optimizer", {
        name: parsed.name,
        options: { ...parsed.options, ...extra },
      });
      const product = registry.create("optimizer", { name: parsed.name, options: merged });
      const lr = typeof merged.lr === "number" ? merged.lr : 0;
      this.#groups.push({
        names: list.map(([n]) => n),
        params: list.map(([, t]) => t),
        options: merged,
        product,
        baseLr: lr,
        lr,
        step: 0,
        states: list.map(() => null),
        scalars: null,
        state: null,
        updates: null,
      });
    };
    groupSpecs.forEach((g, i) => make(buckets[i], g.options));
    make(buckets[groupSpecs.length], {});
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
   * moments) untouched, so a frozen parameter gets no weight decay; an
   * {@linkcode UpdateRule} makes a parameter's state at its first step with a
   * gradient. A group where no parameter has a gradient does not count a
   * step. The step count is per group: a parameter skipped at some steps is
   * bias-corrected with the group's count (torch keeps one count per parameter).
   */
  step(): void {
    this.#followSchedule();
    for (const g of this.#groups) {
      let have = 0;
      for (const p of g.params) if (p.grad !== null) have++;
      if (have === 0 && g.params.length > 0) continue;
      g.step++;
      const ctx: StepContext = { step: g.step, lr: g.lr };
      if (isUpdateRule(g.product)) stepRule(g, g.product, ctx);
      else stepTransform(g, g.product, ctx, have);
    }
  }

  /** Plain-JSON state (see {@linkcode OptimizerStateDict}). */
  stateDict(): OptimizerStateDict {
    return { version: 2, optimizer: this.name, groups: this.#groups.map(encodeGroup) };
  }

  /**
   * Restore {@linkcode Optimizer.stateDict} (or a rectify 0.1 one); groups,
   * parameter names and buffers must match. A refused dict leaves the
   * optimizer as it was.
   */
  loadStateDict(sd: OptimizerStateDict): void {
    const bad = (why: string): never => {
      throw new RectifyError("checkpoint", `Optimizer "${this.name}": cannot load state: ${why}`);
    };
    if (!sd || !Array.isArray(sd.groups)) bad("expected {optimizer, groups: [...]}");
    if (sd.optimizer !== this.name) bad(`it is for optimizer "${sd.optimizer}"`);
    if (sd.groups.length !== this.#groups.length) {
      bad(`it has ${sd.groups.length} parameter groups, this optimizer has ${this.#groups.length}`);
    }
    const decoded = decodeGroups(sd, this.#groups, bad);
    this.#groups.forEach((g, i) => Object.assign(g, decoded[i]));
  }
}

/** Split named parameters into the groups' buckets (last: the rest). */
function bucketByGroup(
  name: string,
  entries: [string, Tensor][],
  groupSpecs: readonly ParamGroupSpec[],
): [string, Tensor][][] {
  const buckets: [string, Tensor][][] = [...groupSpecs.map(() => []), []];
  const patterns = groupSpecs.map((
    g,
  ) => (g.params instanceof RegExp ? g.params : globToRegExp(g.params)));
  for (const e of entries) {
    const i = patterns.findIndex((re) => re.test(e[0]));
    buckets[i >= 0 ? i : groupSpecs.length].push(e);
  }
  groupSpecs.forEach((g, i) => {
    if (buckets[i].length === 0) {
      throw new RectifyError(
        "option",
        `Optimizer "${name}": parameter group pattern ${
          String(g.params)
        } matches no parameter (names: ${entries.map(([n]) => n).join(", ")})`,
      );
    }
  });
  return buckets;
}

/** A parameter's new state under `rule`: each buffer like `p`, filled with its initial value. */
function newParamState(rule: UpdateRule<ParamState, unknown>, p: Data, ctx: StepContext) {
  const s: ParamState = {};
  for (const [name, spec] of Object.entries(rule.buffers)) {
    const d = freshLike(p);
    const v = typeof spec.init === "function" ? spec.init(ctx) : spec.init ?? 0;
    if (v !== 0) d.fill(v);
    s[name] = d;
  }
  return s;
}

/** One step of a rule's group: `begin`, then `apply` for each parameter with a gradient. */
function stepRule(g: Group, rule: UpdateRule<ParamState, unknown>, ctx: StepContext): void {
  if (g.scalars === null) {
    g.scalars = {};
    for (const [k, spec] of Object.entries(rule.scalars ?? {})) g.scalars[k] = spec.init;
  }
  const c = rule.begin(ctx, g.scalars);
  for (let j = 0; j < g.params.length; j++) {
    const grad = g.params[j].grad;
    if (grad === null) continue;
    const kernelOnly = rule.kernelOnly === true;
    const p = kernelOnly ? g.params[j].storage : g.params[j].data;
    const s = g.states[j] ??= newParamState(rule, p, ctx);
    if (!kernelOnly) { for (const b of Object.values(s)) if (b !== undefined) syncHost(b); }
    rule.apply(p, kernelOnly ? grad.storage : grad.data, s, c);
  }
}

/**
 * One step of a transform's group: copy the gradients into reused update
 * buffers, run the transform (on the state of the parameters that have a
 * gradient), add the updates to the parameters.
 */
function stepTransform(g: Group, t: GradientTransform, ctx: StepContext, have: number): void {
  const datas = g.params.map((p) => p.data);
  if (g.state === null) {
    g.state = t.init(datas, ctx);
    checkTransformState(g.state, datas.length);
  }
  g.updates ??= paramBuffers(datas);
  const keep: number[] = [];
  g.params.forEach((p, j) => p.grad !== null && keep.push(j));
  const all = have === g.params.length;
  const state = all ? g.state : subsetState(g.state, keep) as TransformState;
  const params = all ? datas : keep.map((j) => datas[j]);
  const updates = all ? g.updates : keep.map((j) => g.updates![j]);
  for (let i = 0; i < updates.length; i++) updates[i].set(g.params[keep[i]].grad!.data);
  t.update(updates, state, params, ctx);
  for (let j = 0; j < updates.length; j++) {
    const p = params[j], u = updates[j];
    for (let i = 0; i < p.length; i++) p[i] += u[i];
  }
  if (!all) writeBackState(g.state, state, keep);
}

/**
 * The trainable `[name, tensor]` entries of an optimizer's parameters,
 * refusing lists that would train wrongly: a tensor under two names (updated
 * twice per step), two tensors under one name (state and groups are keyed by
 * name), a non-tensor, or nothing trainable at all.
 */
function trainable(
  optimizer: string,
  params: Record<string, Tensor> | Iterable<[string, Tensor]>,
): [string, Tensor][] {
  const fail = (why: string): never => {
    throw new RectifyError("option", `Optimizer "${optimizer}": ${why}`);
  };
  if (typeof params !== "object" || params === null) {
    fail(`parameters must be a record or [name, tensor] pairs, got ${params}`);
  }
  const all: unknown[] = Symbol.iterator in Object(params)
    ? [...(params as Iterable<unknown>)]
    : Object.entries(params);
  const byTensor = new Map<Tensor, string>();
  const names = new Set<string>();
  for (const e of all) {
    if (!Array.isArray(e) || e.length !== 2 || typeof e[0] !== "string") {
      fail(`each parameter must be a [name, tensor] pair, got ${JSON.stringify(e) ?? String(e)}`);
    }
    const [name, t] = e as [string, unknown];
    if (!(t instanceof Tensor)) {
      fail(`parameter "${name}" must be a Tensor, got ${t === null ? "null" : typeof t}`);
    }
    if (names.has(name)) fail(`two tensors are named "${name}"; each parameter needs its own name`);
    const other = byTensor.get(t as Tensor);
    if (other !== undefined) {
      fail(
        `the same tensor is given twice, as "${other}" and "${name}" (it would be updated twice per step)`,
      );
    }
    names.add(name);
    byTensor.set(t as Tensor, name);
  }
  const entries = [...byTensor].map(([t, n]) => [n, t] as [string, Tensor])
    .filter(([, t]) => t.requiresGrad);
  if (entries.length === 0) {
    fail(
      `nothing to train: ${
        all.length === 0
          ? "no parameters were given"
          : `none of the ${all.length} given requires grad`
      } (pass tensors made with requiresGrad: true, e.g. model.namedParameters())`,
    );
  }
  return entries;
}
