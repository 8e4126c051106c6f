import type { GradientTransform } from "../../core/mod.ts";
import { adamDefinition } from "../optimizers/adam.ts";
import { ruleTransform } from "../optimizers/_rule.ts";
import { checkBeta, checkPositive } from "./_check.ts";

/** Options of {@linkcode scaleByAdam}. */
export interface ScaleByAdamOptions {
  /** Decay of the first moment (default 0.9). */
  beta1?: number;
  /** Decay of the second moment (default 0.999). */
  beta2?: number;
  /** Added to the bias-corrected root of the second moment (default 1e-8). */
  eps?: number;
  /** Use the running maximum of the second moment (Reddi et al. 2018; default false). */
  amsgrad?: boolean;
}

/**
 * Adam's rescaling (Kingma & Ba 2015, "Adam: A Method for Stochastic
 * Optimization"), as torch.optim.Adam 1.13 computes it:
 *
 * ```
 * m = beta1·m + (1 − beta1)·g;  v = beta2·v + (1 − beta2)·g²
 * vv = amsgrad ? (vMax = max(vMax, v)) : v
 * g ← (m / (1 − beta1ᵗ)) / (sqrt(vv) / sqrt(1 − beta2ᵗ) + eps)
 * ```
 *
 * In float32 each operation is rounded as torch.optim rounds it (`adam`'s
 * loop with lr 1; the step size `1/(1 − beta1ᵗ)` is rounded to float32). The
 * `adam` optimizer folds lr into that step size, so `chain(scaleByAdam(),
 * scaleByLearningRate())` gives its bits when lr is a power of two, and
 * otherwise differs in the last bits.
 *
 * Adam's rule (the `adam` optimizer's) as a transform; state `expAvg`,
 * `expAvgSq`, `maxExpAvgSq` (torch `exp_avg`, `exp_avg_sq`, `max_exp_avg_sq`).
 * Follow it with `scaleByLearningRate` (`adam`), or with
 * `addDecayedWeights(wd)` first (`adamw`).
 *
 * @example Adam as a chain
 * ```ts
 * import { chain, scaleByAdam, scaleByLearningRate } from "@rectify/core";
 * const adam = chain(scaleByAdam({ beta1: 0.9, beta2: 0.999 }), scaleByLearningRate(1e-3));
 * const p = [new Float32Array([1])], u = [new Float32Array([0.5])];
 * const ctx = { step: 1, lr: 1e-3 };
 * adam.update(u, adam.init(p, ctx), p, ctx);
 * console.log(u[0][0]); // about -0.001: Adam's first step has size lr
 * ```
 */
export function scaleByAdam(options: ScaleByAdamOptions = {}): GradientTransform {
  const beta1 = options.beta1 ?? 0.9, beta2 = options.beta2 ?? 0.999, eps = options.eps ?? 1e-8;
  checkBeta("scaleByAdam", "beta1", beta1);
  checkBeta("scaleByAdam", "beta2", beta2);
  checkPositive("scaleByAdam", "eps", eps);
  const amsgrad = options.amsgrad ?? false;
  return ruleTransform(
    adamDefinition({ beta1, beta2, eps, amsgrad, weightDecay: 0, decoupled: false }),
  );
}
