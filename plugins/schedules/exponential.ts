import { defineSchedule, type SchedulePlugin } from "../../core/mod.ts";
import { checkPositive, epochSchedule } from "./_epoch.ts";

/**
 * Decay by `gamma` every epoch (torch.optim.lr_scheduler.ExponentialLR):
 * `lr(e) = base · gammaᵉ`.
 *
 * @example
 * ```ts
 * import { defaultRegistry } from "@rectify/core";
 * const s = defaultRegistry.create("schedule", "exponential:gamma=0.5");
 * s.step();
 * s.step();
 * console.log(s.lr(1)); // 0.25
 * ```
 */
export const exponentialSchedule: SchedulePlugin<{ gamma: number }> = defineSchedule({
  name: "exponential",
  version: "1.0.0",
  description: "base * gamma^epoch",
  defaults: { gamma: 0.95 },
  validate({ gamma }) {
    checkPositive("exponential", "gamma", gamma);
  },
  create: ({ gamma }) => epochSchedule("exponential", (base, e) => base * gamma ** e),
});
