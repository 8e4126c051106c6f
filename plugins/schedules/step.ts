import { defineSchedule, type SchedulePlugin } from "../../core/mod.ts";
import { checkInt, checkPositive, epochSchedule } from "./_epoch.ts";

/**
 * Decay by `gamma` every `stepSize` epochs (torch.optim.lr_scheduler.StepLR):
 * `lr(e) = base · gamma^floor(e / stepSize)`.
 *
 * @example
 * ```ts
 * import { defaultRegistry } from "@rectify/core";
 * const s = defaultRegistry.create("schedule", "step:stepSize=2,gamma=0.5");
 * const lrs = [];
 * for (let e = 0; e < 5; e++, s.step()) lrs.push(s.lr(1));
 * console.log(lrs); // [1, 1, 0.5, 0.5, 0.25]
 * ```
 */
export const stepSchedule: SchedulePlugin<{ stepSize: number; gamma: number }> = defineSchedule({
  name: "step",
  version: "1.0.0",
  description: "base * gamma^floor(epoch / stepSize)",
  defaults: { stepSize: 10, gamma: 0.1 },
  validate({ stepSize, gamma }) {
    checkInt("step", "stepSize", stepSize, 1);
    checkPositive("step", "gamma", gamma);
  },
  create: ({ stepSize, gamma }) =>
    epochSchedule("step", (base, e) => base * gamma ** Math.floor(e / stepSize)),
});
