/**
 * `u += wd·p`, shared by `addDecayedWeights` and `addWeightDecay`. @internal
 *
 * @module
 */

import type { GradientTransform } from "../../core/mod.ts";
import { checkNonNegative } from "./_check.ts";

/**
 * `u += wd·p` after checking `wd` for `who`: `addDecayedWeights` and
 * `addWeightDecay` (the same sum, placed after or before the rescaling).
 */
export function addScaledParams(who: string, weightDecay: number): GradientTransform {
  checkNonNegative(who, "weightDecay", weightDecay);
  return {
    init: () => ({}),
    update(updates, _state, params) {
      if (weightDecay === 0) return;
      for (let j = 0; j < updates.length; j++) {
        const u = updates[j], p = params[j];
        for (let i = 0; i < u.length; i++) u[i] += weightDecay * p[i];
      }
    },
  };
}
