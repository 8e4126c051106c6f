import {
  addWeightDecay,
  chain,
  defineOptimizer,
  type OptimizerPlugin,
  scaleByLearningRate,
} from "../../core/mod.ts";
import { scaleByAdamax } from "../transforms/mod.ts";
import { checkAdamFamily } from "../_check.ts";
import { fusedAdamax, withFused } from "./_fused.ts";

/**
 * Adamax, Adam with the infinity norm (Kingma & Ba 2015, §7.1), exactly as
 * torch.optim.Adamax 1.13:
 *
 * ```
 * g += wd·p;  m = beta1·m + (1 − beta1)·g
 * u = max(beta2·u, |g| + eps)        (eps inside the max)
 * p -= (lr / (1 − beta1ᵗ)) · m / u
 * ```
 *
 * Built as the chain addWeightDecay → scaleByAdamax → scaleByLearningRate().
 *
 * @example
 * ```ts
 * import { Optimizer, tensor } from "@rectify/core";
 * const w = tensor([1, -2], { requiresGrad: true });
 * const opt = new Optimizer({ w }, "adamax:lr=0.002");
 * w.mul(w).sum().backward();
 * opt.step();
 * console.log(w.toArray());
 * ```
 */
export const adamax: OptimizerPlugin<{
  lr: number;
  beta1: number;
  beta2: number;
  eps: number;
  weightDecay: number;
}> = defineOptimizer({
  name: "adamax",
  version: "1.0.0",
  description: "Adamax (torch.optim.Adamax)",
  defaults: {
    lr: 2e-3,
    beta1: 0.9,
    beta2: 0.999,
    eps: 1e-8,
    weightDecay: 0,
  },
  validate: (o) => checkAdamFamily("adamax", o),
  create: ({ beta1, beta2, eps, weightDecay }) =>
    withFused(
      chain(
        addWeightDecay(weightDecay),
        scaleByAdamax({ beta1, beta2, eps }),
        scaleByLearningRate(),
      ),
      fusedAdamax({ weightDecay, beta1, beta2, eps }),
    ),
});
