import {
  addWeightDecay,
  chain,
  defineOptimizer,
  type OptimizerPlugin,
  scaleByLearningRate,
} from "../../core/mod.ts";
import { scaleByNadam } from "../transforms/mod.ts";
import { checkAdamFamily, checkNonNegative } from "../_check.ts";
import { fusedNadam, withFused } from "./_fused.ts";

/**
 * NAdam, Adam with Nesterov momentum (Dozat 2016, "Incorporating Nesterov
 * Momentum into Adam"), exactly as torch.optim.NAdam 1.13:
 *
 * ```
 * g += wd·p
 * mu(k) = beta1·(1 − 0.5·0.96^(k·momentumDecay));  prod_t = mu(1)·…·mu(t)
 * m = beta1·m + (1 − beta1)·g;  v = beta2·v + (1 − beta2)·g²
 * d = sqrt(v / (1 − beta2ᵗ)) + eps
 * p -= lr·(1 − mu(t))/(1 − prod_t) · g/d
 * p -= lr·mu(t+1)/(1 − prod_t·mu(t+1)) · m/d
 * ```
 *
 * Built as the chain addWeightDecay → scaleByNadam → scaleByLearningRate().
 *
 * @example
 * ```ts
 * import { Optimizer, tensor } from "@rectify/core";
 * const w = tensor([1, -2], { requiresGrad: true });
 * const opt = new Optimizer({ w }, "nadam:lr=0.002");
 * w.mul(w).sum().backward();
 * opt.step();
 * console.log(w.toArray());
 * ```
 */
export const nadam: OptimizerPlugin<{
  lr: number;
  beta1: number;
  beta2: number;
  eps: number;
  weightDecay: number;
  momentumDecay: number;
}> = defineOptimizer({
  name: "nadam",
  version: "1.0.0",
  description: "NAdam (torch.optim.NAdam)",
  defaults: {
    lr: 2e-3,
    beta1: 0.9,
    beta2: 0.999,
    eps: 1e-8,
    weightDecay: 0,
    momentumDecay: 4e-3,
  },
  validate(o) {
    checkAdamFamily("nadam", o);
    checkNonNegative("nadam", "momentumDecay", o.momentumDecay);
  },
  create: ({ beta1, beta2, eps, weightDecay, momentumDecay }) =>
    withFused(
      chain(
        addWeightDecay(weightDecay),
        scaleByNadam({ beta1, beta2, eps, momentumDecay }),
        scaleByLearningRate(),
      ),
      fusedNadam({ weightDecay, beta1, beta2, eps, momentumDecay }),
    ),
});
