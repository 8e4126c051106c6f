import type { GradientTransform } from "../../core/mod.ts";
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
        const u = updates[j], p = params[j], n = u.length;
        let pp = 0, uu = 0;
        for (let i = 0; i < n; i++) {
          pp += p[i] * p[i];
          uu += u[i] * u[i];
        }
        const pn = Math.max(Math.sqrt(pp), minNorm), un = Math.sqrt(uu);
        if (pn === 0 || un === 0) continue;
        const ratio = pn / un;
        for (let i = 0; i < n; i++) u[i] *= ratio;
      }
    },
  };
}
