import { ADAM_DEFAULTS, type AdamFamilyOptions } from "./_rule.ts";
import { defineOptimizer, type OptimizerPlugin } from "../../core/mod.ts";
import { adamRule } from "./adam.ts";
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
 * Adam's rule with the decay added to the Adam direction (the `"adam"` op
 * with `dwd = wd`); the same state (`expAvg`, `expAvgSq`, `maxExpAvgSq`).
 * Reads `lr` at every step; the other options are fixed when it is made.
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
export const adamw: OptimizerPlugin<
  AdamFamilyOptions & {
    amsgrad: boolean;
  }
> = defineOptimizer({
  name: "adamw",
  version: "1.0.0",
  description: "Adam with decoupled weight decay (torch.optim.AdamW)",
  defaults: { ...ADAM_DEFAULTS, weightDecay: 1e-2, amsgrad: false },
  validate: (o) => checkAdamFamily("adamw", o),
  create: ({ beta1, beta2, eps, weightDecay, amsgrad }) =>
    adamRule({ beta1, beta2, eps, amsgrad, weightDecay, decoupled: true }),
});
