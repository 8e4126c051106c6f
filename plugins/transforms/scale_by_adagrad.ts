import { type Data, type GradientTransform, zerosLike } from "../../core/mod.ts";
import { checkNonNegative, checkPositive } from "./_check.ts";

/** Options of {@linkcode scaleByAdagrad}. */
export interface ScaleByAdagradOptions {
  /** Starting value of the squared-gradient sum (default 0). */
  initialAccumulatorValue?: number;
  /** Added outside the square root (default 1e-10). */
  eps?: number;
  /** Step-size decay: the result is divided by `1 + (t − 1)·lrDecay` (default 0). */
  lrDecay?: number;
}

/**
 * Adagrad's rescaling (Duchi, Hazan & Singer 2011, "Adaptive Subgradient
 * Methods for Online Learning and Stochastic Optimization"), as
 * torch.optim.Adagrad 1.13:
 *
 * ```
 * sum += g²                       (sum starts at initialAccumulatorValue)
 * g ← g / (sqrt(sum) + eps) / (1 + (t − 1)·lrDecay)
 * ```
 *
 * @example
 * ```ts
 * import { chain, scaleByAdagrad, scaleByLearningRate } from "@rectify/core";
 * const adagrad = chain(scaleByAdagrad({ initialAccumulatorValue: 0.1 }), scaleByLearningRate());
 * console.log(typeof adagrad.update); // "function"
 * ```
 */
export function scaleByAdagrad(options: ScaleByAdagradOptions = {}): GradientTransform {
  const init0 = options.initialAccumulatorValue ?? 0, eps = options.eps ?? 1e-10;
  const lrDecay = options.lrDecay ?? 0;
  checkNonNegative("scaleByAdagrad", "initialAccumulatorValue", init0);
  checkPositive("scaleByAdagrad", "eps", eps);
  checkNonNegative("scaleByAdagrad", "lrDecay", lrDecay);
  return {
    init(params) {
      const sums = zerosLike(params);
      if (init0 !== 0) { for (const s of sums) s.fill(init0); }
      return { sum: sums };
    },
    update(updates, state, _params, ctx) {
      const k = 1 / (1 + (ctx.step - 1) * lrDecay);
      const sums = state.sum as Data[];
      for (let j = 0; j < updates.length; j++) {
        const u = updates[j], s = sums[j], n = u.length;
        for (let i = 0; i < n; i++) {
          const g = u[i];
          s[i] += g * g;
          u[i] = k * g / (Math.sqrt(s[i]) + eps);
        }
      }
    },
  };
}
