import { type Data, type GradientTransform, zerosLike } from "../../core/mod.ts";
import { checkPositive, checkRpropEtas } from "./_check.ts";

/** Options of {@linkcode scaleByRprop}. */
export interface ScaleByRpropOptions {
  /**
   * Initial per-element step size. Default: the group's learning rate at the
   * moment the state is created (the first step), as torch's
   * `step_size.fill_(group['lr'])`, so a schedule that set the lr before the
   * first step reaches it.
   */
  initialStep?: number;
  /** Step factor after a sign change, in (0, 1) (default 0.5). */
  etaMinus?: number;
  /** Step factor while the sign holds, > 1 (default 1.2). */
  etaPlus?: number;
  /** Smallest step (default 1e-6). */
  stepMin?: number;
  /** Largest step (default 50). */
  stepMax?: number;
}

/**
 * Rprop, resilient backpropagation (Riedmiller & Braun 1993), as
 * torch.optim.Rprop 1.13. Produces the **positive** step `sign(g)·step`;
 * follow it with `scale(-1)`. The learning rate is read once, when the state
 * is created (`step = initialStep ?? ctx.lr`); later lr changes do not
 * affect the adapted steps, as in torch:
 *
 * ```
 * s = sign(g·prev)
 * step = clamp(step · (s > 0 ? etaPlus : s < 0 ? etaMinus : 1), stepMin, stepMax)
 * if s < 0: g = 0            (no move after a sign change)
 * prev = g;  g ← sign(g)·step
 * ```
 *
 * @example
 * ```ts
 * import { chain, scale, scaleByRprop } from "@rectify/core";
 * const rprop = chain(scaleByRprop({ initialStep: 0.01 }), scale(-1));
 * const p = [new Float32Array([1, 1])], u = [new Float32Array([3, -2])];
 * const ctx = { step: 1, lr: 0 };
 * rprop.update(u, rprop.init(p, ctx), p, ctx);
 * console.log(Array.from(u[0])); // about [-0.01, 0.01] (float32)
 * ```
 */
export function scaleByRprop(options: ScaleByRpropOptions = {}): GradientTransform {
  const step0 = options.initialStep;
  const etaMinus = options.etaMinus ?? 0.5, etaPlus = options.etaPlus ?? 1.2;
  const stepMin = options.stepMin ?? 1e-6, stepMax = options.stepMax ?? 50;
  if (step0 !== undefined) checkPositive("scaleByRprop", "initialStep", step0);
  checkRpropEtas("scaleByRprop", etaMinus, etaPlus, stepMin, stepMax);
  const factors = new Float64Array([etaMinus, 1, etaPlus]);
  return {
    init(params, ctx) {
      const steps = zerosLike(params);
      for (const s of steps) s.fill(step0 ?? ctx.lr);
      return { prev: zerosLike(params), stepSize: steps };
    },
    update(updates, state) {
      const prevs = state.prev as Data[], steps = state.stepSize as Data[];
      for (let j = 0; j < updates.length; j++) {
        const g = updates[j], prev = prevs[j], st = steps[j], n = g.length;
        for (let i = 0; i < n; i++) {
          // Branch-free: sign patterns are random, so branches would mispredict.
          const gi = g[i], s = gi * prev[i];
          const pos = +(s > 0), neg = +(s < 0);
          let k = st[i] * factors[1 + pos - neg];
          k = k < stepMin ? stepMin : k > stepMax ? stepMax : k;
          st[i] = k;
          const kept = gi * (1 - neg); // no move after a sign change
          prev[i] = kept;
          g[i] = (+(kept > 0) - +(kept < 0)) * st[i];
        }
      }
    },
  };
}
