import {
  chain,
  defineOptimizer,
  type OptimizerPlugin,
  scaleByLearningRate,
} from "../../core/mod.ts";
import { addDecayedWeights, scaleByLion } from "../transforms/mod.ts";
import { checkBeta, checkNonNegative } from "../transforms/_check.ts";
import { fusedLion, withFused } from "./_fused.ts";

/**
 * Lion, EvoLved Sign Momentum (Chen et al. 2023, "Symbolic Discovery of
 * Optimization Algorithms", arXiv:2302.06675, Program 1), with the paper's
 * decoupled weight decay. Not part of torch 1.13; each element moves by
 * exactly lr·(±1 + wd·p) or lr·wd·p:
 *
 * ```
 * c = beta1·m + (1 − beta1)·g
 * p -= lr·(sign(c) + wd·p)
 * m = beta2·m + (1 − beta2)·g
 * ```
 *
 * Built as the chain scaleByLion → addDecayedWeights(weightDecay) → scaleByLearningRate().
 *
 * @example
 * ```ts
 * import { Optimizer, tensor } from "@rectify/core";
 * const w = tensor([1, -2], { requiresGrad: true });
 * const opt = new Optimizer({ w }, "lion:lr=0.0001,weightDecay=0.1");
 * w.mul(w).sum().backward();
 * opt.step();
 * console.log(w.toArray());
 * ```
 */
export const lion: OptimizerPlugin<{
  lr: number;
  beta1: number;
  beta2: number;
  weightDecay: number;
}> = defineOptimizer({
  name: "lion",
  version: "1.0.0",
  description: "Lion sign momentum (Chen et al. 2023)",
  defaults: {
    lr: 1e-4,
    beta1: 0.9,
    beta2: 0.99,
    weightDecay: 0,
  },
  validate(o) {
    const who = "lion";
    checkNonNegative(who, "lr", o.lr);
    checkBeta(who, "beta1", o.beta1);
    checkBeta(who, "beta2", o.beta2);
    checkNonNegative(who, "weightDecay", o.weightDecay);
  },
  create: ({ beta1, beta2, weightDecay }) =>
    withFused(
      chain(scaleByLion({ beta1, beta2 }), addDecayedWeights(weightDecay), scaleByLearningRate()),
      fusedLion({ weightDecay, beta1, beta2 }),
    ),
});
