import {
  addWeightDecay,
  chain,
  defineOptimizer,
  type OptimizerPlugin,
  scaleByLearningRate,
} from "../../core/mod.ts";
import { scaleByAdam } from "../transforms/mod.ts";
import { withFusedAdam } from "./_fused_adam.ts";
import { checkAdamFamily } from "../_check.ts";

/**
 * Adam (Kingma & Ba 2015, "Adam: A Method for Stochastic Optimization") with
 * the AMSGrad variant (Reddi, Kale & Kumar 2018, "On the Convergence of Adam
 * and Beyond") and L2 weight decay, exactly as torch.optim.Adam 1.13:
 *
 * ```
 * g += wd·p                          (L2 penalty added to the gradient)
 * m = beta1·m + (1 − beta1)·g;  v = beta2·v + (1 − beta2)·g²
 * vv = amsgrad ? (vMax = max(vMax, v)) : v
 * p -= (lr / (1 − beta1ᵗ)) · m / (sqrt(vv) / sqrt(1 − beta2ᵗ) + eps)
 * ```
 *
 * Built as the chain addWeightDecay → scaleByAdam → scaleByLearningRate().
 *
 * @example
 * ```ts
 * import { Optimizer, tensor } from "@rectify/core";
 * const w = tensor([1, -2], { requiresGrad: true });
 * const opt = new Optimizer({ w }, "adam:lr=0.01,amsgrad=true");
 * w.mul(w).sum().backward();
 * opt.step();
 * console.log(w.toArray());
 * ```
 */
export const adam: OptimizerPlugin<{
  lr: number;
  beta1: number;
  beta2: number;
  eps: number;
  weightDecay: number;
  amsgrad: boolean;
}> = defineOptimizer({
  name: "adam",
  version: "1.0.0",
  description: "Adam / AMSGrad with L2 weight decay (torch.optim.Adam)",
  defaults: {
    lr: 1e-3,
    beta1: 0.9,
    beta2: 0.999,
    eps: 1e-8,
    weightDecay: 0,
    amsgrad: false,
  },
  validate: (o) => checkAdamFamily("adam", o),
  create: ({ beta1, beta2, eps, weightDecay, amsgrad }) =>
    withFusedAdam(
      chain(
        addWeightDecay(weightDecay),
        scaleByAdam({ beta1, beta2, eps, amsgrad }),
        scaleByLearningRate(),
      ),
      { beta1, beta2, eps, amsgrad, weightDecay, decoupled: false, stateIndex: 1 },
    ),
});
