import type { GradientTransform } from "../../core/mod.ts";
import { trustRatio } from "./_norm.ts";
import { checkNonNegative } from "./_check.ts";

/** Options of {@linkcode scaleByTrustRatio}. */
export interface ScaleByTrustRatioOptions {
  /** Lower bound on the parameter norm used (default 0). */
  minNorm?: number;
}

/**
 * Layer-wise trust ratio of LARS/LAMB (You et al. 2020, "Large Batch
 * Optimization for Deep Learning: Training BERT in 76 minutes",
 * arXiv:1904.00962): each parameter tensor's update is scaled by
 * `‖p‖ / ‖u‖` (Euclidean norms over the tensor), or by 1 when either norm is
 * 0. After it every tensor's update has the norm of its parameter.
 *
 * @example
 * ```ts
 * import { scaleByTrustRatio } from "@rectify/core";
 * const t = scaleByTrustRatio();
 * const p = [new Float64Array([3, 4])], u = [new Float64Array([0, 10])];
 * t.update(u, t.init(p, { step: 1, lr: 1 }), p, { step: 1, lr: 1 });
 * console.log(Array.from(u[0])); // [0, 5]
 * ```
 */
export function scaleByTrustRatio(options: ScaleByTrustRatioOptions = {}): GradientTransform {
  const minNorm = options.minNorm ?? 0;
  checkNonNegative("scaleByTrustRatio", "minNorm", minNorm);
  return {
    init: () => ({}),
    update(updates, _state, params) {
      for (let j = 0; j < updates.length; j++) {
        const u = updates[j], ratio = trustRatio(params[j], u, minNorm);
        if (ratio !== 1) { for (let i = 0; i < u.length; i++) u[i] *= ratio; }
      }
    },
  };
}
