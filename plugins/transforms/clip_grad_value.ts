import type { Tensor } from "../../core/mod.ts";
import { checkNonNegative } from "./_check.ts";

/**
 * Clamp the gradients of `params` in place into `[-clipValue, clipValue]`,
 * as torch.nn.utils.clip_grad_value_. Tensors without `.grad` are skipped.
 *
 * @example
 * ```ts
 * import { clipGradValue, tensor } from "@rectify/core";
 * const w = tensor([0, 0, 0], { requiresGrad: true });
 * w.grad = tensor([-3, 0.5, 2]);
 * clipGradValue([w], 1);
 * console.log(w.grad.toArray()); // [-1, 0.5, 1]
 * ```
 */
export function clipGradValue(params: readonly Tensor[], clipValue: number): void {
  checkNonNegative("clipGradValue", "clipValue", clipValue);
  const lo = -clipValue;
  for (const t of params) {
    const g = t.grad?.data;
    if (!g) continue;
    for (let i = 0; i < g.length; i++) {
      const x = g[i];
      if (x > clipValue) g[i] = clipValue;
      else if (x < lo) g[i] = lo;
    }
  }
}
