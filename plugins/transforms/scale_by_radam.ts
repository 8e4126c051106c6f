import { type Data, type GradientTransform, zerosLike } from "../../core/mod.ts";
import { checkBeta, checkPositive } from "./_check.ts";

/** Options of {@linkcode scaleByRadam}. */
export interface ScaleByRadamOptions {
  /** Decay of the first moment (default 0.9). */
  beta1?: number;
  /** Decay of the second moment (default 0.999). */
  beta2?: number;
  /** Added to the root of the second moment (default 1e-8). */
  eps?: number;
}

/**
 * RAdam's rescaling, Adam with a variance rectification term (Liu et al.
 * 2020, "On the Variance of the Adaptive Learning Rate and Beyond"), as
 * torch.optim.RAdam 1.13:
 *
 * ```
 * m, v as Adam;  mHat = m / (1 − beta1ᵗ)
 * rhoInf = 2/(1 − beta2) − 1;  rho = rhoInf − 2t·beta2ᵗ/(1 − beta2ᵗ)
 * rho > 5: r = sqrt((rho−4)(rho−2)rhoInf / ((rhoInf−4)(rhoInf−2)rho))
 *          g ← mHat·r·sqrt(1 − beta2ᵗ) / (sqrt(v) + eps)
 * else:    g ← mHat           (un-adapted momentum SGD)
 * ```
 *
 * @example
 * ```ts
 * import { chain, scaleByLearningRate, scaleByRadam } from "@rectify/core";
 * const radam = chain(scaleByRadam(), scaleByLearningRate(1e-3));
 * console.log(typeof radam.update); // "function"
 * ```
 */
export function scaleByRadam(options: ScaleByRadamOptions = {}): GradientTransform {
  const b1 = options.beta1 ?? 0.9, b2 = options.beta2 ?? 0.999, eps = options.eps ?? 1e-8;
  checkBeta("scaleByRadam", "beta1", b1);
  checkBeta("scaleByRadam", "beta2", b2);
  checkPositive("scaleByRadam", "eps", eps);
  const a1 = 1 - b1, a2 = 1 - b2;
  const rhoInf = 2 / (1 - b2) - 1;
  return {
    init: (params) => ({ mu: zerosLike(params), nu: zerosLike(params) }),
    update(updates, state, _params, ctx) {
      const t = ctx.step;
      const bc1 = 1 - b1 ** t, bc2 = 1 - b2 ** t;
      const rho = rhoInf - 2 * t * b2 ** t / bc2;
      const rectify = rho > 5;
      const k = rectify
        ? Math.sqrt((rho - 4) * (rho - 2) * rhoInf / ((rhoInf - 4) * (rhoInf - 2) * rho)) *
          Math.sqrt(bc2)
        : 0;
      const ms = state.mu as Data[], vs = state.nu as Data[];
      for (let j = 0; j < updates.length; j++) {
        const g = updates[j], m = ms[j], v = vs[j], n = g.length;
        if (rectify) {
          for (let i = 0; i < n; i++) {
            const gi = g[i];
            m[i] = b1 * m[i] + a1 * gi;
            v[i] = b2 * v[i] + a2 * gi * gi;
            g[i] = (m[i] / bc1) * k / (Math.sqrt(v[i]) + eps);
          }
        } else {
          for (let i = 0; i < n; i++) {
            const gi = g[i];
            m[i] = b1 * m[i] + a1 * gi;
            v[i] = b2 * v[i] + a2 * gi * gi;
            g[i] = m[i] / bc1;
          }
        }
      }
    },
  };
}
