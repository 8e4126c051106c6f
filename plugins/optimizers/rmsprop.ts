import {
  addWeightDecay,
  chain,
  defineOptimizer,
  type GradientTransform,
  type OptimizerPlugin,
  scaleByLearningRate,
  trace,
} from "../../core/mod.ts";
import { scaleByRms } from "../transforms/mod.ts";
import { checkBeta, checkNonNegative, checkPositive } from "../transforms/_check.ts";
import { fusedRmsprop, withFused } from "./_fused.ts";

/**
 * RMSProp (Hinton 2012, Lecture 6e of "Neural Networks for Machine Learning";
 * centered variant from Graves 2013, "Generating Sequences With Recurrent
 * Neural Networks"), exactly as torch.optim.RMSprop 1.13:
 *
 * ```
 * g += wd·p;  v = alpha·v + (1 − alpha)·g²
 * centered: gAvg = alpha·gAvg + (1 − alpha)·g;  d = sqrt(v − gAvg²) + eps
 * else:     d = sqrt(v) + eps
 * momentum > 0: buf = momentum·buf + g/d;  p -= lr·buf
 * else:         p -= lr·g/d
 * ```
 *
 * Built as the chain addWeightDecay → scaleByRms → trace({ momentum }) → scaleByLearningRate().
 *
 * @example
 * ```ts
 * import { Optimizer, tensor } from "@rectify/core";
 * const w = tensor([1, -2], { requiresGrad: true });
 * const opt = new Optimizer({ w }, "rmsprop:lr=0.01,momentum=0.9,centered=true");
 * w.mul(w).sum().backward();
 * opt.step();
 * console.log(w.toArray());
 * ```
 */
export const rmsprop: OptimizerPlugin<{
  lr: number;
  alpha: number;
  eps: number;
  weightDecay: number;
  momentum: number;
  centered: boolean;
}> = defineOptimizer({
  name: "rmsprop",
  version: "1.0.0",
  description: "RMSProp, optionally centered and with momentum (torch.optim.RMSprop)",
  defaults: {
    lr: 0.01,
    alpha: 0.99,
    eps: 1e-8,
    weightDecay: 0,
    momentum: 0,
    centered: false,
  },
  validate(o) {
    const who = "rmsprop";
    checkNonNegative(who, "lr", o.lr);
    checkBeta(who, "alpha", o.alpha);
    checkPositive(who, "eps", o.eps);
    checkNonNegative(who, "weightDecay", o.weightDecay);
    checkNonNegative(who, "momentum", o.momentum);
  },
  create: ({ alpha, eps, weightDecay, momentum, centered }) => {
    const parts: GradientTransform[] = [
      addWeightDecay(weightDecay),
      scaleByRms({ alpha, eps, centered }),
    ];
    if (momentum > 0) parts.push(trace({ momentum }));
    parts.push(scaleByLearningRate());
    return withFused(
      chain(...parts),
      fusedRmsprop({ weightDecay, alpha, eps, centered, momentum }),
    );
  },
});
