import type { GradientTransform } from "../../core/mod.ts";
import { adamaxDefinition } from "../optimizers/adamax.ts";
import { ruleTransform } from "../optimizers/_rule.ts";
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
 * Adamax's rule as a transform; state `expAvg`, `expInf` (torch `exp_avg`,
 * `exp_inf`).
 *
 * @example
 * ```ts
 * import { chain, scaleByAdamax, scaleByLearningRate } from "@rectify/core";
 * const adamax = chain(scaleByAdamax(), scaleByLearningRate(2e-3));
 * console.log(typeof adamax.update); // "function"
 * ```
 */
export function scaleByAdamax(options: ScaleByAdamaxOptions = {}): GradientTransform {
  const beta1 = options.beta1 ?? 0.9, beta2 = options.beta2 ?? 0.999, eps = options.eps ?? 1e-8;
  checkBeta("scaleByAdamax", "beta1", beta1);
  checkBeta("scaleByAdamax", "beta2", beta2);
  checkPositive("scaleByAdamax", "eps", eps);
  return ruleTransform(adamaxDefinition({ beta1, beta2, eps, weightDecay: 0 }));
}
