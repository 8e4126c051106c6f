import { chain, defineOptimizer, type OptimizerPlugin } from "../../core/mod.ts";
import { scale, scaleByRprop } from "../transforms/mod.ts";
import { checkPositive, checkRpropEtas } from "../transforms/_check.ts";

/**
 * Rprop, resilient backpropagation (Riedmiller & Braun 1993, "A Direct
 * Adaptive Method for Faster Backpropagation Learning: The RPROP Algorithm"),
 * exactly as torch.optim.Rprop 1.13. The initial per-element step is the
 * group's lr when the state is created, at the first step (so a schedule
 * applied before it, such as oneCycle's start at maxLr/divFactor, sets it);
 * later lr changes do not affect the adapted steps:
 *
 * ```
 * s = sign(g·prev)                   (state at the first step: prev = 0, step = current lr)
 * step = clamp(step · (s > 0 ? etaPlus : s < 0 ? etaMinus : 1), stepMin, stepMax)
 * if s < 0: g = 0                    (no move after a sign change)
 * p -= sign(g)·step;  prev = g
 * ```
 *
 * Built as the chain scaleByRprop() → scale(-1).
 *
 * @example
 * ```ts
 * import { Optimizer, tensor } from "@rectify/core";
 * const w = tensor([1, -2], { requiresGrad: true });
 * const opt = new Optimizer({ w }, "rprop:lr=0.01");
 * w.mul(w).sum().backward();
 * opt.step();
 * console.log(w.toArray());
 * ```
 */
export const rprop: OptimizerPlugin<{
  lr: number;
  etaMinus: number;
  etaPlus: number;
  stepMin: number;
  stepMax: number;
}> = defineOptimizer({
  name: "rprop",
  version: "1.0.0",
  description: "Rprop (torch.optim.Rprop)",
  defaults: {
    lr: 0.01,
    etaMinus: 0.5,
    etaPlus: 1.2,
    stepMin: 1e-6,
    stepMax: 50,
  },
  validate(o) {
    const who = "rprop";
    checkPositive(who, "lr", o.lr);
    checkRpropEtas(who, o.etaMinus, o.etaPlus, o.stepMin, o.stepMax);
  },
  create: ({ etaMinus, etaPlus, stepMin, stepMax }) =>
    chain(scaleByRprop({ etaMinus, etaPlus, stepMin, stepMax }), scale(-1)),
});
