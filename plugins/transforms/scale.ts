import type { GradientTransform } from "../../core/mod.ts";
import { checkFinite } from "./_check.ts";

/**
 * Multiply the updates by a fixed factor (`scale(-1)` turns a step into a
 * descent direction for transforms that ignore the learning rate, e.g. Rprop).
 *
 * @example
 * ```ts
 * import { scale } from "@rectify/core";
 * const t = scale(-2);
 * const u = [new Float32Array([1, -3])];
 * t.update(u, t.init(u, { step: 1, lr: 0 }), u, { step: 1, lr: 0 });
 * console.log(Array.from(u[0])); // [-2, 6]
 * ```
 */
export function scale(factor: number): GradientTransform {
  checkFinite("scale", "factor", factor);
  return {
    init: () => ({}),
    update(updates) {
      if (factor === 1) return;
      for (const u of updates) for (let i = 0; i < u.length; i++) u[i] *= factor;
    },
  };
}
