import type { GradientTransform } from "../../core/mod.ts";
import { addScaledParams } from "./_scaled_params.ts";

/**
 * Decoupled weight decay (Loshchilov & Hutter 2019, "Decoupled Weight Decay
 * Regularization"): `u += wd · p`, placed **after** the adaptive rescaling so
 * the decay is not divided by the second moment. Followed by
 * `scaleByLearningRate()` it gives `p -= lr·(u + wd·p)`, i.e. AdamW's
 * `p = p·(1 − lr·wd)` before the Adam step. (`addWeightDecay` is the coupled
 * L2 form, placed before the rescaling.)
 *
 * @example AdamW as a chain
 * ```ts
 * import { addDecayedWeights, chain, scaleByAdam, scaleByLearningRate } from "@rectify/core";
 * const adamw = chain(scaleByAdam(), addDecayedWeights(1e-2), scaleByLearningRate());
 * console.log(typeof adamw.update); // "function"
 * ```
 */
export function addDecayedWeights(weightDecay: number): GradientTransform {
  return addScaledParams("addDecayedWeights", weightDecay);
}
