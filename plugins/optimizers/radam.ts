import {
  addWeightDecay,
  chain,
  defineOptimizer,
  type OptimizerPlugin,
  scaleByLearningRate,
} from "../../core/mod.ts";
import { scaleByRadam } from "../transforms/mod.ts";
import { checkAdamFamily } from "../_check.ts";
import { fusedRadam, withFused } from "./_fused.ts";

/**
 * RAdam, rectified Adam (Liu et al. 2020, "On the Variance of the Adaptive
 * Learning Rate and Beyond"), exactly as torch.optim.RAdam 1.13:
 *
 * ```
 * g += wd·p;  m, v as Adam;  mHat = m / (1 − beta1ᵗ)
 * rhoInf = 2/(1 − beta2) − 1;  rho = rhoInf − 2t·beta2ᵗ/(1 − beta2ᵗ)
 * rho > 5: r = sqrt((rho−4)(rho−2)rhoInf / ((rhoInf−4)(rhoInf−2)rho))
 *          p -= lr·mHat·r·sqrt(1 − beta2ᵗ) / (sqrt(v) + eps)
 * else:    p -= lr·mHat
 * ```
 *
 * Built as the chain addWeightDecay → scaleByRadam → scaleByLearningRate().
 *
 * @example
 * ```ts
 * import { Optimizer, tensor } from "@rectify/core";
 * const w = tensor([1, -2], { requiresGrad: true });
 * const opt = new Optimizer({ w }, "radam:lr=0.001");
 * w.mul(w).sum().backward();
 * opt.step();
 * console.log(w.toArray());
 * ```
 */
export const radam: OptimizerPlugin<{
  lr: number;
  beta1: number;
  beta2: number;
  eps: number;
  weightDecay: number;
}> = defineOptimizer({
  name: "radam",
  version: "1.0.0",
  description: "RAdam (torch.optim.RAdam)",
  defaults: {
    lr: 1e-3,
    beta1: 0.9,
    beta2: 0.999,
    eps: 1e-8,
    weightDecay: 0,
  },
  validate: (o) => checkAdamFamily("radam", o),
  create: ({ beta1, beta2, eps, weightDecay }) =>
    withFused(
      chain(
        addWeightDecay(weightDecay),
        scaleByRadam({ beta1, beta2, eps }),
        scaleByLearningRate(),
      ),
      fusedRadam({ weightDecay, beta1, beta2, eps }),
    ),
});
