/**
 * Composable gradient transformations (optax-style) that the built-in
 * optimizers are made of, and gradient clipping. Compose them with `chain`:
 *
 * ```ts
 * import {
 *   addDecayedWeights, chain, clipByGlobalNorm, scaleByAdam, scaleByLearningRate,
 * } from "@rectify/core";
 * const adamwClipped = chain(
 *   clipByGlobalNorm(1),
 *   scaleByAdam({ beta1: 0.9, beta2: 0.999 }),
 *   addDecayedWeights(1e-2),
 *   scaleByLearningRate(),
 * );
 * ```
 *
 * @module
 */

export { addDecayedWeights } from "./add_decayed_weights.ts";
export { addWeightDecay } from "./add_weight_decay.ts";
export { clipByGlobalNorm, type ClipByGlobalNormOptions } from "./clip_by_global_norm.ts";
export { clipByValue } from "./clip_by_value.ts";
export { clipGradNorm, type NormType } from "./clip_grad_norm.ts";
export { clipGradValue } from "./clip_grad_value.ts";
export { scale } from "./scale.ts";
export { scaleByLearningRate } from "./scale_by_learning_rate.ts";
export { scaleByAdadelta, type ScaleByAdadeltaOptions } from "./scale_by_adadelta.ts";
export { scaleByAdagrad, type ScaleByAdagradOptions } from "./scale_by_adagrad.ts";
export { scaleByAdam, type ScaleByAdamOptions } from "./scale_by_adam.ts";
export { scaleByAdamax, type ScaleByAdamaxOptions } from "./scale_by_adamax.ts";
export { scaleByLion, type ScaleByLionOptions } from "./scale_by_lion.ts";
export { scaleByNadam, type ScaleByNadamOptions } from "./scale_by_nadam.ts";
export { scaleByRadam, type ScaleByRadamOptions } from "./scale_by_radam.ts";
export { scaleByRms, type ScaleByRmsOptions } from "./scale_by_rms.ts";
export { scaleByRprop, type ScaleByRpropOptions } from "./scale_by_rprop.ts";
export { scaleByTrustRatio, type ScaleByTrustRatioOptions } from "./scale_by_trust_ratio.ts";
export { trace, type TraceOptions } from "./trace.ts";
