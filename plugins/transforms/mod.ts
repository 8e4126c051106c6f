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

export * from "./add_decayed_weights.ts";
export * from "./clip_by_global_norm.ts";
export * from "./clip_by_value.ts";
export * from "./clip_grad_norm.ts";
export * from "./clip_grad_value.ts";
export * from "./scale.ts";
export * from "./scale_by_adadelta.ts";
export * from "./scale_by_adagrad.ts";
export * from "./scale_by_adam.ts";
export * from "./scale_by_adamax.ts";
export * from "./scale_by_lion.ts";
export * from "./scale_by_nadam.ts";
export * from "./scale_by_radam.ts";
export * from "./scale_by_rms.ts";
export * from "./scale_by_rprop.ts";
export * from "./scale_by_trust_ratio.ts";
export * from "./add_weight_decay.ts";
export * from "./scale_by_learning_rate.ts";
export * from "./trace.ts";
