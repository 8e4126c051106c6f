import type { GradientTransform } from "../../core/mod.ts";
import { checkNonNegative } from "./_check.ts";

/**
 * Clamp every update element into `[-clipValue, clipValue]` (the transform
 * form of {@linkcode clipGradValue}).
 *
 * @example
 * ```ts
 * import { clipByValue } from "@rectify/core";
 * const t = clipByValue(0.5);
 * const u = [new Float32Array([-2, 0.25, 0.5, 3])];
 * t.update(u, t.init(u, { step: 1, lr: 0 }), u, { step: 1, lr: 0 });
 * console.log(Array.from(u[0])); // [-0.5, 0.25, 0.5, 0.5]
 * ```
 */
export function clipByValue(clipValue: number): GradientTransform {
  checkNonNegative("clipByValue", "clipValue", clipValue);
  const lo = -clipValue;
  return {
    init: () => ({}),
    update(updates) {
      for (const u of updates) {
        for (let i = 0; i < u.length; i++) {
          const x = u[i];
          if (x > clipValue) u[i] = clipValue;
          else if (x < lo) u[i] = lo;
        }
      }
    },
  };
}
