import type { GradientTransform } from "../../core/mod.ts";
import { nadamDefinition } from "../optimizers/nadam.ts";
import { ruleTransform } from "../optimizers/_rule.ts";
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
 * NAdam's rule as a transform; state `expAvg`, `expAvgSq` and the number
 * `muProduct` (torch `exp_avg`, `exp_avg_sq`, `mu_product`).
 *
 * @example
 * ```ts
 * import { chain, scaleByLearningRate, scaleByNadam } from "@rectify/core";
 * const nadam = chain(scaleByNadam({ momentumDecay: 4e-3 }), scaleByLearningRate(2e-3));
 * console.log(typeof nadam.update); // "function"
 * ```
 */
export function scaleByNadam(options: ScaleByNadamOptions = {}): GradientTransform {
  const beta1 = options.beta1 ?? 0.9, beta2 = options.beta2 ?? 0.999, eps = options.eps ?? 1e-8;
  const momentumDecay = options.momentumDecay ?? 4e-3;
  checkBeta("scaleByNadam", "beta1", beta1);
  checkBeta("scaleByNadam", "beta2", beta2);
  checkPositive("scaleByNadam", "eps", eps);
  checkNonNegative("scaleByNadam", "momentumDecay", momentumDecay);
  return ruleTransform(nadamDefinition({ beta1, beta2, eps, momentumDecay, weightDecay: 0 }));
}
