import type { GradientTransform } from "../../core/mod.ts";
import { rmspropDefinition } from "../optimizers/rmsprop.ts";
import { ruleTransform } from "../optimizers/_rule.ts";
import { checkBeta, checkPositive } from "./_check.ts";

/** Options of {@linkcode scaleByRms}. */
export interface ScaleByRmsOptions {
  /** Smoothing constant of the squared-gradient average (default 0.99). */
  alpha?: number;
  /** Added outside the square root (default 1e-8). */
  eps?: number;
  /** Divide by the estimated variance instead of the raw second moment (default false). */
  centered?: boolean;
}

/**
 * RMSProp's rescaling (Hinton, Lecture 6e of "Neural Networks for Machine
 * Learning", 2012; centered form from Graves 2013), as torch.optim.RMSprop 1.13:
 *
 * ```
 * v = alpha·v + (1 − alpha)·g²
 * centered: gAvg = alpha·gAvg + (1 − alpha)·g;  d = sqrt(v − gAvg²) + eps
 * else:     d = sqrt(v) + eps
 * g ← g / d
 * ```
 *
 * torch's momentum for RMSProp is `trace({ momentum })` after this.
 *
 * RMSProp's rule (without momentum) as a transform; state `squareAvg`, with
 * `centered` `gradAvg` (torch `square_avg`, `grad_avg`).
 *
 * @example
 * ```ts
 * import { chain, scaleByLearningRate, scaleByRms, trace } from "@rectify/core";
 * const rmsprop = chain(scaleByRms({ alpha: 0.99 }), trace({ momentum: 0.9 }), scaleByLearningRate());
 * console.log(typeof rmsprop.init); // "function"
 * ```
 */
export function scaleByRms(options: ScaleByRmsOptions = {}): GradientTransform {
  const alpha = options.alpha ?? 0.99, eps = options.eps ?? 1e-8;
  const centered = options.centered ?? false;
  checkBeta("scaleByRms", "alpha", alpha);
  checkPositive("scaleByRms", "eps", eps);
  return ruleTransform(rmspropDefinition({ alpha, eps, centered, momentum: 0, weightDecay: 0 }));
}
