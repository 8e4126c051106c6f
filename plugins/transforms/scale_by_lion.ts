import type { GradientTransform } from "../../core/mod.ts";
import { lionDefinition } from "../optimizers/lion.ts";
import { ruleTransform } from "../optimizers/_rule.ts";
import { checkBeta } from "./_check.ts";

/** Options of {@linkcode scaleByLion}. */
export interface ScaleByLionOptions {
  /** Interpolation between momentum and gradient for the update direction (default 0.9). */
  beta1?: number;
  /** Decay of the momentum kept in the state (default 0.99). */
  beta2?: number;
}

/**
 * Lion, EvoLved Sign Momentum (Chen et al. 2023, "Symbolic Discovery of
 * Optimization Algorithms", arXiv:2302.06675, Program 1):
 *
 * ```
 * c = beta1·m + (1 − beta1)·g
 * g ← sign(c)                 (every element moves by exactly ±1 or 0)
 * m = beta2·m + (1 − beta2)·g
 * ```
 *
 * The paper's decoupled weight decay is `addDecayedWeights(wd)` after it.
 *
 * Lion's rule as a transform; state `expAvg` (the momentum).
 *
 * @example
 * ```ts
 * import { chain, scaleByLearningRate, scaleByLion } from "@rectify/core";
 * const lion = chain(scaleByLion(), scaleByLearningRate(1e-4));
 * const p = [new Float32Array([1, 1, 1])], u = [new Float32Array([3, -0.2, 0])];
 * const ctx = { step: 1, lr: 1e-4 };
 * lion.update(u, lion.init(p, ctx), p, ctx);
 * console.log(Array.from(u[0])); // about [-0.0001, 0.0001, 0] (float32)
 * ```
 */
export function scaleByLion(options: ScaleByLionOptions = {}): GradientTransform {
  const beta1 = options.beta1 ?? 0.9, beta2 = options.beta2 ?? 0.99;
  checkBeta("scaleByLion", "beta1", beta1);
  checkBeta("scaleByLion", "beta2", beta2);
  return ruleTransform(lionDefinition({ beta1, beta2, weightDecay: 0 }));
}
