/**
 * One-pass Adam / AdamW updates: the fused fast path of the `adam` and
 * `adamw` optimizers (see `GradientTransform.fused`). Each parameter is read
 * once, its moments updated and the step applied in the same loop. In
 * float32 every intermediate is rounded where the chain stores it
 * (`Math.fround`), so the result is bit-identical to running the chain
 * `addWeightDecay → scaleByAdam → scaleByLearningRate` (or
 * `scaleByAdam → addDecayedWeights → scaleByLearningRate`) and adding the
 * updates. @internal
 *
 * @module
 */

import type { Data, GradientTransform, TransformContext, TransformState } from "../../core/mod.ts";

/** Options of {@linkcode withFusedAdam}. */
export interface FusedAdamOptions {
  beta1: number;
  beta2: number;
  eps: number;
  amsgrad: boolean;
  /** Weight decay; coupled (L2, added to the gradient) unless `decoupled`. */
  weightDecay: number;
  /** AdamW: add `wd·p` to the Adam direction instead of the gradient. */
  decoupled: boolean;
  /** Index of the scaleByAdam state in the chain's `inner` states. */
  stateIndex: number;
}

/** Add the fused one-pass update to an Adam chain (its state layout is kept). */
export function withFusedAdam(t: GradientTransform, o: FusedAdamOptions): GradientTransform {
  const { beta1: b1, beta2: b2, eps, amsgrad, weightDecay: wd, decoupled } = o;
  const a1 = 1 - b1, a2 = 1 - b2;
  const cwd = decoupled ? 0 : wd, dwd = decoupled ? wd : 0;
  return {
    init: t.init,
    update: t.update,
    fused(params, grads, state: TransformState, ctx: TransformContext) {
      const st = (state.inner as TransformState[])[o.stateIndex];
      const mus = st.mu as Data[], nus = st.nu as Data[];
      const maxes = amsgrad ? (st.nuMax as Data[]) : null;
      const bc1 = 1 - b1 ** ctx.step, bc2Sqrt = Math.sqrt(1 - b2 ** ctx.step);
      const k = -ctx.lr;
      for (let j = 0; j < params.length; j++) {
        const p = params[j], g = grads[j], m = mus[j], v = nus[j];
        const vm = maxes ? maxes[j] : v;
        if (p instanceof Float32Array) {
          adam32(p, g, m, v, vm, maxes !== null, b1, b2, a1, a2, bc1, bc2Sqrt, eps, cwd, dwd, k);
        } else {adam64(
            p,
            g,
            m,
            v,
            vm,
            maxes !== null,
            b1,
            b2,
            a1,
            a2,
            bc1,
            bc2Sqrt,
            eps,
            cwd,
            dwd,
            k,
          );}
      }
    },
  };
}

const fr = Math.fround;

function adam32(
  p: Data,
  g: Data | null,
  m: Data,
  v: Data,
  vm: Data,
  ams: boolean,
  b1: number,
  b2: number,
  a1: number,
  a2: number,
  bc1: number,
  bc2Sqrt: number,
  eps: number,
  cwd: number,
  dwd: number,
  k: number,
): void {
  for (let i = 0; i < p.length; i++) {
    const pi = p[i];
    let gi = g === null ? 0 : g[i];
    if (cwd !== 0) gi = fr(gi + cwd * pi);
    const mi = fr(b1 * m[i] + a1 * gi), vi = fr(b2 * v[i] + a2 * gi * gi);
    m[i] = mi;
    v[i] = vi;
    let vv = vi;
    if (ams) {
      if (vi > vm[i]) vm[i] = vi;
      vv = vm[i];
    }
    let u = fr((mi / bc1) / (Math.sqrt(vv) / bc2Sqrt + eps));
    if (dwd !== 0) u = fr(u + dwd * pi);
    p[i] = pi + fr(u * k);
  }
}

function adam64(
  p: Data,
  g: Data | null,
  m: Data,
  v: Data,
  vm: Data,
  ams: boolean,
  b1: number,
  b2: number,
  a1: number,
  a2: number,
  bc1: number,
  bc2Sqrt: number,
  eps: number,
  cwd: number,
  dwd: number,
  k: number,
): void {
  for (let i = 0; i < p.length; i++) {
    const pi = p[i];
    let gi = g === null ? 0 : g[i];
    if (cwd !== 0) gi = gi + cwd * pi;
    const mi = b1 * m[i] + a1 * gi, vi = b2 * v[i] + a2 * gi * gi;
    m[i] = mi;
    v[i] = vi;
    let vv = vi;
    if (ams) {
      if (vi > vm[i]) vm[i] = vi;
      vv = vm[i];
    }
    let u = (mi / bc1) / (Math.sqrt(vv) / bc2Sqrt + eps);
    if (dwd !== 0) u = u + dwd * pi;
    p[i] = pi + u * k;
  }
}
