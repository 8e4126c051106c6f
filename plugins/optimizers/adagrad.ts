import {
  addWeightDecay,
  chain,
  defineOptimizer,
  type OptimizerPlugin,
  scaleByLearningRate,
} from "../../core/mod.ts";
import { scaleByAdagrad } from "../transforms/mod.ts";
import { checkNonNegative, checkPositive } from "../transforms/_check.ts";
import { fusedAdagrad, withFused } from "./_fused.ts";

/**
 * Adagrad (Duchi, Hazan & Singer 2011, "Adaptive Subgradient Methods for
 * Online Learning and Stochastic Optimization"), exactly as
 * torch.optim.Adagrad 1.13:
 *
 * ```
 * g += wd·p;  clr = lr / (1 + (t − 1)·lrDecay)
 * sum += g²            (sum starts at initialAccumulatorValue)
 * p -= clr · g / (sqrt(sum) + eps)
 * ```
 *
 * Built as the chain addWeightDecay(weightDecay) → scaleByAdagrad → scaleByLearningRate().
 *
 * @example
 * ```ts
 * import { Optimizer, tensor } from "@rectify/core";
 * const w = tensor([1, -2], { requiresGrad: true });
 * const opt = new Optimizer({ w }, "adagrad:lr=0.1");
 * w.mul(w).sum().backward();
 * opt.step();
 * console.log(w.toArray());
 * ```
 */
export const adagrad: OptimizerPlugin<{
  lr: number;
  lrDecay: number;
  weightDecay: number;
  initialAccumulatorValue: number;
  eps: number;
}> = defineOptimizer({
  name: "adagrad",
  version: "1.0.0",
  description: "Adagrad (torch.optim.Adagrad)",
  defaults: {
    lr: 0.01,
    lrDecay: 0,
    weightDecay: 0,
    initialAccumulatorValue: 0,
    eps: 1e-10,
  },
  validate(o) {
    const who = "adagrad";
    checkNonNegative(who, "lr", o.lr);
    checkNonNegative(who, "lrDecay", o.lrDecay);
    checkNonNegative(who, "weightDecay", o.weightDecay);
    checkNonNegative(who, "initialAccumulatorValue", o.initialAccumulatorValue);
    checkPositive(who, "eps", o.eps);
  },
  create: ({ lrDecay, weightDecay, initialAccumulatorValue, eps }) =>
    withFused(
      chain(
        addWeightDecay(weightDecay),
        scaleByAdagrad({ initialAccumulatorValue, eps, lrDecay }),
        scaleByLearningRate(),
      ),
      fusedAdagrad({ weightDecay, eps, lrDecay }),
    ),
});
