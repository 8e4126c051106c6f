import { defineSchedule, type SchedulePlugin } from "../../core/mod.ts";
import { checkInt, checkNonNegative, epochSchedule } from "./_epoch.ts";

/**
 * Cosine annealing (Loshchilov & Hutter 2017, "SGDR: Stochastic Gradient
 * Descent with Warm Restarts"; torch.optim.lr_scheduler.CosineAnnealingLR,
 * closed form): `lr(e) = etaMin + (base − etaMin)·(1 + cos(π·e/tMax))/2`.
 * Past `tMax` the cosine continues (it rises again), as in torch.
 *
 * @example
 * ```ts
 * import { defaultRegistry } from "@rectify/core";
 * const s = defaultRegistry.create("schedule", "cosine:tMax=2");
 * const lrs = [];
 * for (let e = 0; e < 3; e++, s.step()) lrs.push(s.lr(1));
 * console.log(lrs); // [1, 0.5, 0] (about)
 * ```
 */
export const cosineSchedule: SchedulePlugin<{ tMax: number; etaMin: number }> = defineSchedule({
  name: "cosine",
  version: "1.0.0",
  description: "etaMin + (base - etaMin) * (1 + cos(pi * epoch / tMax)) / 2",
  defaults: { tMax: 10, etaMin: 0 },
  validate({ tMax, etaMin }) {
    checkInt("cosine", "tMax", tMax, 1);
    checkNonNegative("cosine", "etaMin", etaMin);
  },
  create: ({ tMax, etaMin }) =>
    epochSchedule(
      "cosine",
      (base, e) => etaMin + (base - etaMin) * (1 + Math.cos(Math.PI * e / tMax)) / 2,
    ),
});
