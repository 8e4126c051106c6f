import type { GradientTransform } from "../../core/mod.ts";
import { radamDefinition } from "../optimizers/radam.ts";
import { ruleTransform } from "../optimizers/_rule.ts";
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
 * RAdam's rule as a transform; state `expAvg`, `expAvgSq` (torch `exp_avg`,
 * `exp_avg_sq`).
 *
 * @example
 * ```ts
 * import { chain, scaleByLearningRate, scaleByRadam } from "@rectify/core";
 * const radam = chain(scaleByRadam(), scaleByLearningRate(1e-3));
 * console.log(typeof radam.update); // "function"
 * ```
 */
export function scaleByRadam(options: ScaleByRadamOptions = {}): GradientTransform {
  const beta1 = options.beta1 ?? 0.9, beta2 = options.beta2 ?? 0.999, eps = options.eps ?? 1e-8;
  checkBeta("scaleByRadam", "beta1", beta1);
  checkBeta("scaleByRadam", "beta2", beta2);
  checkPositive("scaleByRadam", "eps", eps);
  return ruleTransform(radamDefinition({ beta1, beta2, eps, weightDecay: 0 }));
}
