import {
  addWeightDecay,
  chain,
  defineOptimizer,
  type OptimizerPlugin,
  scaleByLearningRate,
} from "../../core/mod.ts";
import { scaleByAdadelta } from "../transforms/mod.ts";
import { checkBeta, checkNonNegative, checkPositive } from "../transforms/_check.ts";
import { fusedAdadelta, withFused } from "./_fused.ts";

/**
 * Adadelta (Zeiler 2012, "ADADELTA: An Adaptive Learning Rate Method"),
 * exactly as torch.optim.Adadelta 1.13:
 *
 * ```
 * g += wd·p;  v = rho·v + (1 − rho)·g²
 * delta = sqrt(u + eps) / sqrt(v + eps) · g
 * u = rho·u + (1 − rho)·delta²;  p -= lr·delta
 * ```
 *
 * Built as the chain addWeightDecay → scaleByAdadelta → scaleByLearningRate().
 *
 * @example
 * ```ts
 * import { Optimizer, tensor } from "@rectify/core";
 * const w = tensor([1, -2], { requiresGrad: true });
 * const opt = new Optimizer({ w }, "adadelta:rho=0.95");
 * w.mul(w).sum().backward();
 * opt.step();
 * console.log(w.toArray());
 * ```
 */
export const adadelta: OptimizerPlugin<{
  lr: number;
  rho: number;
  eps: number;
  weightDecay: number;
}> = defineOptimizer({
  name: "adadelta",
  version: "1.0.0",
  description: "Adadelta (torch.optim.Adadelta)",
  defaults: {
    lr: 1.0,
    rho: 0.9,
    eps: 1e-6,
    weightDecay: 0,
  },
  validate(o) {
    const who = "adadelta";
    checkNonNegative(who, "lr", o.lr);
    checkBeta(who, "rho", o.rho);
    checkPositive(who, "eps", o.eps);
    checkNonNegative(who, "weightDecay", o.weightDecay);
  },
  create: ({ rho, eps, weightDecay }) =>
    withFused(
      chain(addWeightDecay(weightDecay), scaleByAdadelta({ rho, eps }), scaleByLearningRate()),
      fusedAdadelta({ weightDecay, rho, eps }),
    ),
});
