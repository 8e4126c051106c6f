import { type Data, type GradientTransform, zerosLike } from "../../core/mod.ts";
import { checkBeta, checkNonNegative, checkPositive } from "./_check.ts";

/** Options of {@linkcode scaleByNadam}. */
export interface ScaleByNadamOptions {
  /** Decay of the first moment (default 0.9). */
  beta1?: number;
  /** Decay of the second moment (default 0.999). */
  beta2?: number;
  /** Added to the bias-corrected root of the second moment (default 1e-8). */
  eps?: number;
  /** Momentum schedule decay ψ (default 4e-3). */
  momentumDecay?: number;
}

/**
 * NAdam's rescaling, Adam with Nesterov momentum (Dozat 2016, "Incorporating
 * Nesterov Momentum into Adam"), with torch.optim.NAdam 1.13's momentum
 * schedule `mu(k) = beta1·(1 − 0.5·0.96^(k·momentumDecay))`:
 *
 * ```
 * prod_t = mu(1)·…·mu(t)  (kept in the state)
 * m = beta1·m + (1 − beta1)·g;  v = beta2·v + (1 − beta2)·g²
 * d = sqrt(v / (1 − beta2ᵗ)) + eps
 * g ← (1 − mu(t))/(1 − prod_t) · g/d + mu(t+1)/(1 − prod_t·mu(t+1)) · m/d
 * ```
 *
 * @example
 * ```ts
 * import { chain, scaleByLearningRate, scaleByNadam } from "@rectify/core";
 * const nadam = chain(scaleByNadam({ momentumDecay: 4e-3 }), scaleByLearningRate(2e-3));
 * console.log(typeof nadam.update); // "function"
 * ```
 */
export function scaleByNadam(options: ScaleByNadamOptions = {}): GradientTransform {
  const b1 = options.beta1 ?? 0.9, b2 = options.beta2 ?? 0.999, eps = options.eps ?? 1e-8;
  const psi = options.momentumDecay ?? 4e-3;
  checkBeta("scaleByNadam", "beta1", b1);
  checkBeta("scaleByNadam", "beta2", b2);
  checkPositive("scaleByNadam", "eps", eps);
  checkNonNegative("scaleByNadam", "momentumDecay", psi);
  const a1 = 1 - b1, a2 = 1 - b2;
  return {
    init: (params) => ({ mu: zerosLike(params), nu: zerosLike(params), muProduct: 1 }),
    update(updates, state, _params, ctx) {
      const t = ctx.step;
      const bc2 = 1 - b2 ** t;
      const mu = b1 * (1 - 0.5 * 0.96 ** (t * psi));
      const muNext = b1 * (1 - 0.5 * 0.96 ** ((t + 1) * psi));
      const prod = (state.muProduct as number) * mu;
      state.muProduct = prod;
      const cg = (1 - mu) / (1 - prod), cm = muNext / (1 - prod * muNext);
      const ms = state.mu as Data[], vs = state.nu as Data[];
      for (let j = 0; j < updates.length; j++) {
        const g = updates[j], m = ms[j], v = vs[j], n = g.length;
        for (let i = 0; i < n; i++) {
          const gi = g[i];
          m[i] = b1 * m[i] + a1 * gi;
          v[i] = b2 * v[i] + a2 * gi * gi;
          const d = Math.sqrt(v[i] / bc2) + eps;
          g[i] = (cg * gi + cm * m[i]) / d;
        }
      }
    },
  };
}
