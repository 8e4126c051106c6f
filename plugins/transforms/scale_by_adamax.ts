import { type Data, type GradientTransform, zerosLike } from "../../core/mod.ts";
import { checkBeta, checkPositive } from "./_check.ts";

/** Options of {@linkcode scaleByAdamax}. */
export interface ScaleByAdamaxOptions {
  /** Decay of the first moment (default 0.9). */
  beta1?: number;
  /** Decay of the infinity norm (default 0.999). */
  beta2?: number;
  /** Added to |g| inside the max (default 1e-8). */
  eps?: number;
}

/**
 * Adamax's rescaling, Adam with the infinity norm (Kingma & Ba 2015, §7.1),
 * as torch.optim.Adamax 1.13:
 *
 * ```
 * m = beta1·m + (1 − beta1)·g;  u = max(beta2·u, |g| + eps)
 * g ← m / ((1 − beta1ᵗ)·u)
 * ```
 *
 * @example
 * ```ts
 * import { chain, scaleByAdamax, scaleByLearningRate } from "@rectify/core";
 * const adamax = chain(scaleByAdamax(), scaleByLearningRate(2e-3));
 * console.log(typeof adamax.update); // "function"
 * ```
 */
export function scaleByAdamax(options: ScaleByAdamaxOptions = {}): GradientTransform {
  const b1 = options.beta1 ?? 0.9, b2 = options.beta2 ?? 0.999, eps = options.eps ?? 1e-8;
  checkBeta("scaleByAdamax", "beta1", b1);
  checkBeta("scaleByAdamax", "beta2", b2);
  checkPositive("scaleByAdamax", "eps", eps);
  const a1 = 1 - b1;
  return {
    init: (params) => ({ mu: zerosLike(params), expInf: zerosLike(params) }),
    update(updates, state, _params, ctx) {
      const bc1 = 1 - b1 ** ctx.step;
      const mus = state.mu as Data[], infs = state.expInf as Data[];
      for (let j = 0; j < updates.length; j++) {
        const g = updates[j], m = mus[j], u = infs[j], n = g.length;
        for (let i = 0; i < n; i++) {
          const gi = g[i];
          m[i] = b1 * m[i] + a1 * gi;
          const decayed = b2 * u[i], cur = Math.abs(gi) + eps;
          u[i] = decayed > cur ? decayed : cur;
          g[i] = m[i] / (bc1 * u[i]);
        }
      }
    },
  };
}
