/**
 * One-pass Adam / AdamW updates: the fused fast path of the `adam` and
 * `adamw` optimizers (see `GradientTransform.fused`). Each parameter is read
 * once, its moments updated and the step applied in the same loop. In
 * float32 every intermediate is rounded where the chain stores it
 * (`Math.fround`), so the result is bit-identical to running the chain
 * `addWeightDecay → scaleByAdam → scaleByLearningRate` (or
 * `scaleByAdam → addDecayedWeights → scaleByLearningRate`) and adding the
 * updates. The loop is the backend's `update("adam")` kernel (the `wasm`
 * backend runs it in WebAssembly SIMD, bit-identical), else the js one
 * (`jsBackend.update`). @internal
 *
 * @module
 */

import {
  type Data,
  getBackend,
  type GradientTransform,
  jsBackend,
  type TransformContext,
  type TransformState,
} from "../../core/mod.ts";

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

let zero32 = new Float32Array(0);
let zero64 = new Float64Array(0);

/** A zero gradient shaped like `p` (a view of one shared, never written buffer). */
function zerosFor(p: Data): Data {
  const n = p.length;
  if (p instanceof Float32Array) {
    if (zero32.length < n) zero32 = new Float32Array(n);
    return zero32.subarray(0, n);
  }
  if (zero64.length < n) zero64 = new Float64Array(n);
  return zero64.subarray(0, n);
}

/** Add the fused one-pass update to an Adam chain (its state layout is kept). */
export function withFusedAdam(t: GradientTransform, o: FusedAdamOptions): GradientTransform {
  const { beta1: b1, beta2: b2, eps, amsgrad, weightDecay: wd, decoupled } = o;
  const a1 = 1 - b1, a2 = 1 - b2;
  const cwd = decoupled ? 0 : wd, dwd = decoupled ? wd : 0;
  const arrays: Data[] = [];
  const params: number[] = [];
  return {
    init: t.init,
    update: t.update,
    fused(ps, grads, state: TransformState, ctx: TransformContext) {
      const st = (state.inner as TransformState[])[o.stateIndex];
      const mus = st.mu as Data[], nus = st.nu as Data[];
      const maxes = amsgrad ? (st.nuMax as Data[]) : null;
      const bc1 = 1 - b1 ** ctx.step, bc2Sqrt = Math.sqrt(1 - b2 ** ctx.step);
      params.length = 0;
      params.push(b1, b2, a1, a2, bc1, bc2Sqrt, eps, cwd, dwd, -ctx.lr, amsgrad ? 1 : 0);
      const be = getBackend();
      for (let j = 0; j < ps.length; j++) {
        const p = ps[j], g = grads[j], v = nus[j];
        arrays.length = 0;
        arrays.push(p, g ?? zerosFor(p), mus[j], v, maxes ? maxes[j] : v);
        if (be.update?.("adam", arrays, params) !== true) jsBackend.update!("adam", arrays, params);
      }
      arrays.length = 0;
    },
  };
}
