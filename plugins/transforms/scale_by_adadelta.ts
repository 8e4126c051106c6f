import type { GradientTransform } from "../../core/mod.ts";
import { adadeltaDefinition } from "../optimizers/adadelta.ts";
import { ruleTransform } from "../optimizers/_rule.ts";
import { checkBeta, checkPositive } from "./_check.ts";

/** Options of {@linkcode scaleByAdadelta}. */
export interface ScaleByAdadeltaOptions {
  /** Decay of both running averages (default 0.9). */
  rho?: number;
  /** Added inside both square roots (default 1e-6). */
  eps?: number;
}

/**
 * Adadelta's rescaling (Zeiler 2012, "ADADELTA: An Adaptive Learning Rate
 * Method"), as torch.optim.Adadelta 1.13:
 *
 * ```
 * v = rho·v + (1 − rho)·g²
 * delta = sqrt(u + eps) / sqrt(v + eps) · g
 * u = rho·u + (1 − rho)·delta²;  g ← delta
 * ```
 *
 * Adadelta's rule as a transform; state `squareAvg`, `accDelta` (torch
 * `square_avg`, `acc_delta`).
 *
 * @example
 * ```ts
 * import { chain, scaleByAdadelta, scaleByLearningRate } from "@rectify/core";
 * const adadelta = chain(scaleByAdadelta({ rho: 0.9 }), scaleByLearningRate(1));
 * console.log(typeof adadelta.update); // "function"
 * ```
 */
export function scaleByAdadelta(options: ScaleByAdadeltaOptions = {}): GradientTransform {
  const rho = options.rho ?? 0.9, eps = options.eps ?? 1e-6;
  checkBeta("scaleByAdadelta", "rho", rho);
  checkPositive("scaleByAdadelta", "eps", eps);
  return ruleTransform(adadeltaDefinition({ rho, eps, weightDecay: 0 }));
}
