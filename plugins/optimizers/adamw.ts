import {
  chain,
  defineOptimizer,
  type OptimizerPlugin,
  scaleByLearningRate,
} from "../../core/mod.ts";
import { addDecayedWeights, scaleByAdam } from "../transforms/mod.ts";
import { withFusedAdam } from "./_fused_adam.ts";
import { checkAdamFamily } from "../_check.ts";

/**
 * AdamW, Adam with decoupled weight decay (Loshchilov & Hutter 2019,
 * "Decoupled Weight Decay Regularization"), exactly as torch.optim.AdamW 1.13:
 *
 * ```
 * p = p·(1 − lr·wd)
 * then the Adam update (amsgrad optional) without the L2 term
 * ```
 *
 * Built as the chain scaleByAdam → addDecayedWeights(weightDecay) → scaleByLearningRate().
 *
 * @example
 * ```ts
 * import { Optimizer, tensor } from "@rectify/core";
 * const w = tensor([1, -2], { requiresGrad: true });
 * const opt = new Optimizer({ w }, "adamw:lr=0.001,weightDecay=0.05");
 * w.mul(w).sum().backward();
 * opt.step();
 * console.log(w.toArray());
 * ```
 */
export const adamw: OptimizerPlugin<{
  lr: number;
  beta1: number;
  beta2: number;
  eps: number;
  weightDecay: number;
  amsgrad: boolean;
}> = defineOptimizer({
  name: "adamw",
  version: "1.0.0",
  description: "Adam with decoupled weight decay (torch.optim.AdamW)",
  defaults: {
    lr: 1e-3,
    beta1: 0.9,
    beta2: 0.999,
    eps: 1e-8,
    weightDecay: 1e-2,
    amsgrad: false,
  },
  validate: (o) => checkAdamFamily("adamw", o),
  create: ({ beta1, beta2, eps, weightDecay, amsgrad }) =>
    withFusedAdam(
      chain(
        scaleByAdam({ beta1, beta2, eps, amsgrad }),
        addDecayedWeights(weightDecay),
        scaleByLearningRate(),
      ),
      { beta1, beta2, eps, amsgrad, weightDecay, decoupled: true, stateIndex: 0 },
    ),
});
