import type { GradientTransform } from "../../core/mod.ts";
import { adagradDefinition } from "../optimizers/adagrad.ts";
import { ruleTransform } from "../optimizers/_rule.ts";
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
 * Adagrad's rule as a transform; state `sum` (torch `sum`).
 *
 * @example
 * ```ts
 * import { chain, scaleByAdagrad, scaleByLearningRate } from "@rectify/core";
 * const adagrad = chain(scaleByAdagrad({ initialAccumulatorValue: 0.1 }), scaleByLearningRate());
 * console.log(typeof adagrad.update); // "function"
 * ```
 */
export function scaleByAdagrad(options: ScaleByAdagradOptions = {}): GradientTransform {
  const initialAccumulatorValue = options.initialAccumulatorValue ?? 0;
  const eps = options.eps ?? 1e-10, lrDecay = options.lrDecay ?? 0;
  checkNonNegative("scaleByAdagrad", "initialAccumulatorValue", initialAccumulatorValue);
  checkPositive("scaleByAdagrad", "eps", eps);
  checkNonNegative("scaleByAdagrad", "lrDecay", lrDecay);
  return ruleTransform(
    adagradDefinition({ initialAccumulatorValue, eps, lrDecay, weightDecay: 0 }),
  );
}
