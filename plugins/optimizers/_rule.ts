/**
 * How the built-in optimizers are written once: a {@linkcode RuleDefinition}
 * is a rule's typed per-parameter state and one loop over a parameter's whole
 * arrays. {@linkcode updateRule} makes the optimizer's `UpdateRule` of it (the
 * loop adds the update to the parameter), {@linkcode ruleTransform} the
 * composable `GradientTransform` (`scaleByAdam`, `trace`, ...: the same loop
 * writes the update itself into `updates`).
 *
 * The loop rounds with `fr` exactly where an unfused chain of transforms
 * would store a value into a Float32Array (the update after each transform,
 * every state buffer), so float32 results are the same bits as that chain.
 * {@linkcode storageLoops} compiles the loop once per storage type: `fr` is
 * `Math.fround` in the float32 copy and the identity in the float64 copy,
 * and each copy stays monomorphic in V8 (one loop over both array types runs
 * several times slower).
 *
 * @module
 */

import {
  type Data,
  type GradientTransform,
  type Kernel,
  type ParamBuffers,
  paramBuffers,
  type ParamState,
  runKernel,
  type ScalarSpec,
  type StateBufferSpec,
  type StepContext,
  type TransformState,
  type UpdateRule,
} from "../../core/mod.ts";

/** Rounding to the storage precision: `Math.fround` for float32 arrays, else the identity. */
export type Round = (x: number) => number;

/**
 * One parameter's step over its whole arrays: for each element it reads
 * `p[i]` and `g[i]`, updates the state buffers in `s`, and writes
 * `out[i] = p[i] + fr(u·k)`, with `u` the update and `k = c[0]` (`c` holds
 * the step's coefficients). `out` is `p` for an optimizer step; a transform
 * passes its updates as `g` and `out`, a base `p` of −0 and `k = 1`, so that
 * `out[i]` is `u` itself. Reads of `g[i]` come before the write of `out[i]`.
 */
export type RuleLoop<S extends ParamState> = (
  p: Data,
  g: Data,
  out: Data,
  s: S,
  c: number[],
) => void;

/** A loop compiled for each storage type. */
export interface StorageLoops<F> {
  /** For float32 arrays (`fr` is `Math.fround`). */
  readonly float32: F;
  /** For float64 arrays (`fr` is the identity). */
  readonly float64: F;
}

function identity(x: number): number {
  return x;
}

/** A fresh copy of a function from its source (its own type feedback in V8), or itself. */
function recompile<F>(factory: F): F {
  try {
    return new Function(`"use strict"; return (${String(factory)});`)() as F;
  } catch {
    return factory; // no code generation allowed (a strict CSP): correct, shared feedback
  }
}

/**
 * Adam's moment estimates, the first pass of every rule of its family
 * (adam, nadam, radam, lamb), op by op as torch.optim 1.13 computes them:
 * `u = g.add(p, alpha=wd)` (when `wd ≠ 0`), `m.mul_(b1).add_(u, alpha=a1)`,
 * `v.mul_(b2).addcmul_(u, u, value=a2)`. Each operation is rounded with the
 * storage's `fr` (float32 arithmetic on float32 arrays, as ATen's kernels;
 * no fused multiply-add), and the scalars are rounded to the storage type
 * once, as ATen casts them:
 *
 * ```
 * u = fr(g + fr(wd·p));  m = fr(fr(b1·m) + fr(a1·u));  v = fr(fr(b2·v) + fr(fr(a2·u)·u))
 * ```
 *
 * The rule's own pass then reads `m` and `v` (nadam, which reads `u` too,
 * recomputes it with the same expression).
 */
export type MomentStep = (
  p: Data,
  g: Data,
  m: Data,
  v: Data,
  wd: number,
  b1: number,
  a1: number,
  b2: number,
  a2: number,
) => void;

const compileMoments = (round: Round): MomentStep =>
  recompile((fr: Round): MomentStep =>
    function moments(p, g, m, v, wd, b1, a1, b2, a2) {
      const W = fr(wd), B1 = fr(b1), A1 = fr(a1), B2 = fr(b2), A2 = fr(a2);
      if (W !== 0) {
        for (let i = 0; i < m.length; i++) {
          const u = fr(g[i] + fr(W * p[i]));
          m[i] = fr(fr(B1 * m[i]) + fr(A1 * u));
          v[i] = fr(fr(B2 * v[i]) + fr(fr(A2 * u) * u));
        }
      } else {
        for (let i = 0; i < m.length; i++) {
          const u = g[i];
          m[i] = fr(fr(B1 * m[i]) + fr(A1 * u));
          v[i] = fr(fr(B2 * v[i]) + fr(fr(A2 * u) * u));
        }
      }
    }
  )(round);

/**
 * Compile a loop once per storage type. `factory(fr, moment)` returns the
 * loop (`moment` is that storage's {@linkcode MomentStep}); its source is
 * compiled again for each copy, so it may use only its parameters and
 * globals (`Math`), nothing else from its module.
 */
export function storageLoops<F>(factory: (fr: Round, moment: MomentStep) => F): StorageLoops<F> {
  return {
    float32: recompile(factory)(Math.fround, compileMoments(Math.fround)),
    float64: recompile(factory)(identity, compileMoments(identity)),
  };
}

/** The loop for `p`'s storage type. */
export function loopFor<F>(loops: StorageLoops<F>, p: Data): F {
  return p instanceof Float32Array ? loops.float32 : loops.float64;
}

/** An update rule written once: its typed state, its per-step coefficients and its loop. */
export interface RuleDefinition<S extends ParamState> {
  /** The per-parameter buffers (the keys of `S`), with torch.optim's names. */
  readonly buffers: Readonly<Record<string, StateBufferSpec>>;
  /** The group's scalars, if any. */
  readonly scalars?: Readonly<Record<string, ScalarSpec>>;
  /** How many coefficients `begin` writes. */
  readonly size: number;
  /**
   * Write this step's coefficients into `c`; `c[0]` is k, the factor of the
   * update added to the parameter (−lr for a descent step). May advance `scalars`.
   */
  begin(c: number[], ctx: StepContext, scalars: Record<string, number>): void;
  /** The loop, per storage type. */
  readonly loops: StorageLoops<RuleLoop<S>>;
  /**
   * Optional op name under which a backend may serve the step with a kernel
   * (`runKernel`): inputs `[p, g, ...buffers]`, outputs `[p, ...buffers]`
   * (the buffers in the order of `buffers`), params the coefficients; the
   * loop is the reference.
   */
  readonly kernel?: string;
}

/** The optimizer's rule: the loop adds each update to its parameter. */
export function updateRule<S extends ParamState>(
  def: RuleDefinition<S>,
): UpdateRule<S, number[]> {
  const coefficients = new Array<number>(def.size).fill(0);
  return {
    buffers: def.buffers,
    ...(def.scalars === undefined ? {} : { scalars: def.scalars }),
    begin(ctx, scalars) {
      def.begin(coefficients, ctx, scalars);
      return coefficients;
    },
    apply(p, g, s, c) {
      loopFor(def.loops, p)(p, g, p, s, c);
    },
    ...(def.kernel === undefined ? {} : kernelApply(def, def.kernel)),
  };
}

/** `apply` as the op `name` (see {@linkcode RuleDefinition.kernel}). */
function kernelApply<S extends ParamState>(
  def: RuleDefinition<S>,
  name: string,
): Pick<UpdateRule<S, number[]>, "apply" | "kernelOnly"> {
  const names = Object.keys(def.buffers);
  const inputs: Data[] = [], outputs: Data[] = [];
  const state: ParamState = {};
  const reference: Kernel = ([p, g, ...buffers], _outputs, c) => {
    names.forEach((n, i) => state[n] = buffers[i]);
    loopFor(def.loops, p)(p, g, p, state as S, c as number[]);
  };
  return {
    kernelOnly: true,
    apply(p, g, s, c) {
      inputs.length = outputs.length = 0;
      inputs.push(p, g);
      outputs.push(p);
      for (const n of names) {
        inputs.push(s[n] as Data);
        outputs.push(s[n] as Data);
      }
      runKernel(name, inputs, outputs, c, reference);
    },
  };
}

let negZero32 = new Float32Array(0);
let negZero64 = new Float64Array(0);

/** n elements of −0 like `d` (a view of one shared buffer that nothing writes). */
export function negativeZeros(d: Data): Data {
  const n = d.length;
  if (d instanceof Float32Array) {
    if (negZero32.length < n) negZero32 = new Float32Array(n).fill(-0);
    return negZero32.subarray(0, n);
  }
  if (negZero64.length < n) negZero64 = new Float64Array(n).fill(-0);
  return negZero64.subarray(0, n);
}

/**
 * Run a rule's loop as a transform on one array: `u` (in place) becomes the
 * update of gradient `u` (−0 + x = x for every x, and `k = 1`). The rule
 * must have been made without weight decay.
 */
export function updateInPlace<S extends ParamState>(
  loops: StorageLoops<RuleLoop<S>>,
  u: Data,
  s: S,
  c: number[],
): void {
  c[0] = 1;
  loopFor(loops, u)(negativeZeros(u), u, u, s, c);
}

/**
 * The rule as a composable transform: its state is
 * `{ <buffer>: ParamBuffers, <scalar>: number }`, and `update` replaces each
 * update by the rule's update of it. A 0.1 state (its buffers under their
 * `v01` keys) is renamed at the first update.
 */
export function ruleTransform<S extends ParamState>(def: RuleDefinition<S>): GradientTransform {
  const c = new Array<number>(def.size).fill(0);
  const names = Object.keys(def.buffers);
  const scalarNames = Object.keys(def.scalars ?? {});
  const scalars: Record<string, number> = {};
  const rec: ParamState = {};
  return {
    init(params, ctx) {
      const st: TransformState = {};
      for (const [k, spec] of Object.entries(def.buffers)) {
        st[k] = paramBuffers(params, typeof spec.init === "function" ? spec.init(ctx) : spec.init);
      }
      for (const [k, spec] of Object.entries(def.scalars ?? {})) st[k] = spec.init;
      return st;
    },
    update(updates, state, _params, ctx) {
      renameV01(def, state);
      for (const k of scalarNames) scalars[k] = state[k] as number;
      def.begin(c, ctx, scalars);
      for (const k of scalarNames) state[k] = scalars[k];
      for (let j = 0; j < updates.length; j++) {
        for (const k of names) rec[k] = (state[k] as ParamBuffers)[j];
        updateInPlace(def.loops, updates[j], rec as S, c);
      }
    },
  };
}

function renameV01<S extends ParamState>(def: RuleDefinition<S>, state: TransformState): void {
  const specs = [...Object.entries(def.buffers), ...Object.entries(def.scalars ?? {})];
  for (const [k, spec] of specs) {
    if (state[k] === undefined && spec.v01 !== undefined && state[spec.v01] !== undefined) {
      state[k] = state[spec.v01];
      delete state[spec.v01];
    }
  }
}

/** The options shared by the rules with two decays (Adam's family, Lion). */
export interface MomentOptions {
  /** Decay of the first moment (Lion: of the direction's interpolation). */
  beta1: number;
  /** Decay of the second moment (Adamax: of the infinity norm; Lion: of the momentum). */
  beta2: number;
  /** Weight decay: the L2 penalty added to the gradient (Lion, AdamW: decoupled). */
  weightDecay: number;
}

/** Write `[−lr, weightDecay, beta1, 1 − beta1, beta2, 1 − beta2]` into `c[0..5]`. */
export function beginMoments(c: number[], ctx: StepContext, o: MomentOptions): void {
  c[0] = -ctx.lr;
  c[1] = o.weightDecay;
  c[2] = o.beta1;
  c[3] = 1 - o.beta1;
  c[4] = o.beta2;
  c[5] = 1 - o.beta2;
}

/**
 * The options of the Adam family (adam, adamw, adamax, nadam, radam, lamb):
 * the learning rate, the two decays, eps and weight decay, as in
 * torch.optim; each optimizer adds its own (adam's `amsgrad`, nadam's
 * `momentumDecay`).
 *
 * @example
 * ```ts
 * import { type AdamFamilyOptions, Optimizer, tensor } from "@rectify/core";
 * const o: AdamFamilyOptions = { lr: 0.01, beta1: 0.9, beta2: 0.99, eps: 1e-8, weightDecay: 0 };
 * const w = tensor([1, -2], { requiresGrad: true });
 * const opt = new Optimizer({ w }, { name: "radam", options: o });
 * w.mul(w).sum().backward();
 * opt.step();
 * console.log(w.grad?.toArray()); // [2, -4]
 * ```
 */
export type AdamFamilyOptions = {
  /** Learning rate. */
  lr: number;
  /** Decay of the first moment. */
  beta1: number;
  /** Decay of the second moment (adamax: of the infinity norm). */
  beta2: number;
  /** Added to the denominator. */
  eps: number;
  /** Weight decay (adamw: decoupled; the others: an L2 penalty added to the gradient). */
  weightDecay: number;
};

/**
 * torch.optim's defaults of the Adam family, which adamw, adamax, nadam and
 * lamb change where torch does (`weightDecay` 1e-2, `lr` 2e-3, `eps` 1e-6).
 *
 * @example
 * ```ts
 * import { ADAM_DEFAULTS, adam } from "@rectify/core";
 * console.log(ADAM_DEFAULTS.lr, adam.defaults.beta2); // 0.001 0.999
 * ```
 */
export const ADAM_DEFAULTS: Readonly<AdamFamilyOptions> = Object.freeze({
  lr: 1e-3,
  beta1: 0.9,
  beta2: 0.999,
  eps: 1e-8,
  weightDecay: 0,
});
