import {
  chain,
  defineOptimizer,
  type OptimizerPlugin,
  scaleByLearningRate,
} from "../../core/mod.ts";
import { addDecayedWeights, scaleByAdam, scaleByTrustRatio } from "../transforms/mod.ts";
import { checkAdamFamily } from "../_check.ts";

/**
 * LAMB, layer-wise adaptive moments (You et al. 2020, "Large Batch
 * Optimization for Deep Learning: Training BERT in 76 minutes",
 * arXiv:1904.00962, Algorithm 2), with bias correction as in the paper's final
 * version. Not part of torch 1.13:
 *
 * ```
 * m, v as Adam;  r = (m / (1 − beta1ᵗ)) / (sqrt(v / (1 − beta2ᵗ)) + eps)
 * u = r + wd·p
 * p -= lr · (‖p‖ / ‖u‖) · u         (per tensor; ratio 1 if either norm is 0)
 * ```
 *
 * Built as the chain scaleByAdam → addDecayedWeights(weightDecay) → scaleByTrustRatio() → scaleByLearningRate().
 *
 * @example
 * ```ts
 * import { Optimizer, tensor } from "@rectify/core";
 * const w = tensor([1, -2], { requiresGrad: true });
 * const opt = new Optimizer({ w }, "lamb:lr=0.001,weightDecay=0.01");
 * w.mul(w).sum().backward();
 * opt.step();
 * console.log(w.toArray());
 * ```
 */
export const lamb: OptimizerPlugin<{
  lr: number;
  beta1: number;
  beta2: number;
  eps: number;
  weightDecay: number;
}> = defineOptimizer({
  name: "lamb",
  version: "1.0.0",
  description: "LAMB layer-wise trust ratio on Adam (You et al. 2020)",
  defaults: {
    lr: 1e-3,
    beta1: 0.9,
    beta2: 0.999,
    eps: 1e-6,
    weightDecay: 0,
  },
  validate: (o) => checkAdamFamily("lamb", o),
  create: ({ beta1, beta2, eps, weightDecay }) =>
    chain(
      scaleByAdam({ beta1, beta2, eps }),
      addDecayedWeights(weightDecay),
      scaleByTrustRatio(),
      scaleByLearningRate(),
    ),
});
