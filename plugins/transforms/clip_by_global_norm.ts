import type { GradientTransform } from "../../core/mod.ts";
import { checkPositive } from "./_check.ts";
import { clipCoefficient, globalNorm, normOrder, scaleAll } from "./_norm.ts";

/** Options of {@linkcode clipByGlobalNorm}. */
export interface ClipByGlobalNormOptions {
  /** 1, 2 (default), 3, any p > 0, or `"inf"`. */
  normType?: number | "inf";
}

/**
 * Rescale all updates together when their global norm exceeds `maxNorm`, as
 * torch.nn.utils.clip_grad_norm_ (the transform form of
 * {@linkcode clipGradNorm}):
 *
 * ```
 * total = (Σ over all tensors and elements |u|^p)^(1/p)     ("inf": max |u|)
 * coef  = maxNorm / (total + 1e-6);  if coef < 1: u *= coef
 * ```
 *
 * @example Clip, then Adam
 * ```ts
 * import { chain, clipByGlobalNorm, scaleByAdam, scaleByLearningRate } from "@rectify/core";
 * const opt = chain(clipByGlobalNorm(1), scaleByAdam(), scaleByLearningRate());
 * const u = [new Float64Array([3, 4])];
 * const clip = clipByGlobalNorm(1);
 * clip.update(u, clip.init(u, { step: 1, lr: 0 }), u, { step: 1, lr: 0 });
 * console.log(Array.from(u[0])); // about [0.6, 0.8]
 * ```
 */
export function clipByGlobalNorm(
  maxNorm: number,
  options: ClipByGlobalNormOptions = {},
): GradientTransform {
  checkPositive("clipByGlobalNorm", "maxNorm", maxNorm);
  const p = normOrder("clipByGlobalNorm", options.normType ?? 2);
  return {
    init: () => ({}),
    update(updates) {
      const coef = clipCoefficient(globalNorm(updates, p), maxNorm);
      if (coef < 1) scaleAll(updates, coef);
    },
  };
}
