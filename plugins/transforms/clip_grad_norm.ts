import type { Data, Tensor } from "../../core/mod.ts";
import { checkNonNegative } from "./_check.ts";
import { clipCoefficient, globalNorm, normOrder, type NormType, scaleAll } from "./_norm.ts";

export type { NormType };

/**
 * Clip the gradients of `params` in place by their global norm, exactly as
 * torch.nn.utils.clip_grad_norm_ 1.13, and return the total norm **before**
 * clipping. Tensors without `.grad` are skipped.
 *
 * ```
 * total = (Σ over all tensors and elements |g|^p)^(1/p)     ("inf": max |g|)
 * coef  = maxNorm / (total + 1e-6);  if coef < 1: every g *= coef
 * ```
 *
 * @example
 * ```ts
 * import { clipGradNorm, tensor } from "@rectify/core";
 * const w = tensor([0, 0], { requiresGrad: true });
 * w.grad = tensor([3, 4]);
 * const total = clipGradNorm([w], 1);
 * console.log(total, w.grad.toArray()); // 5 [0.6, 0.8] (about)
 * ```
 */
export function clipGradNorm(
  params: readonly Tensor[],
  maxNorm: number,
  normType: NormType = 2,
): number {
  checkNonNegative("clipGradNorm", "maxNorm", maxNorm);
  const p = normOrder("clipGradNorm", normType);
  const grads: Data[] = [];
  for (const t of params) if (t.grad) grads.push(t.grad.data);
  const total = globalNorm(grads, p);
  const coef = clipCoefficient(total, maxNorm);
  if (coef < 1) scaleAll(grads, coef);
  return total;
}
