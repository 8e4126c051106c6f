import type { GradientTransform } from "../../core/mod.ts";
import { addScaledParams } from "./_scaled_params.ts";

/**
 * L2 penalty: `g += wd · p` (coupled weight decay, as torch's `weight_decay`),
 * placed **before** the adaptive rescaling (`addDecayedWeights` is the
 * decoupled form, after it).
 *
 * @example
 * ```ts
 * import { addWeightDecay } from "@rectify/core";
 * const t = addWeightDecay(0.5);
 * const p = [new Float32Array([2])], u = [new Float32Array([1])];
 * t.update(u, {}, p, { step: 1, lr: 1 });
 * console.log(u[0][0]); // 2
 * ```
 */
export function addWeightDecay(weightDecay: number): GradientTransform {
  return addScaledParams("addWeightDecay", weightDecay);
}
