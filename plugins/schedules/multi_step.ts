import { defineSchedule, type SchedulePlugin } from "../../core/mod.ts";
import { checkPositive, epochSchedule, fail } from "./_epoch.ts";

/**
 * Decay by `gamma` at each milestone epoch (torch.optim.lr_scheduler.MultiStepLR):
 * `lr(e) = base · gamma^(number of milestones <= e)`. In a spec string the
 * milestones are written `milestones=30/80`.
 *
 * @example
 * ```ts
 * import { defaultRegistry } from "@rectify/core";
 * const s = defaultRegistry.create("schedule", "multiStep:milestones=1/3,gamma=0.1");
 * const lrs = [];
 * for (let e = 0; e < 4; e++, s.step()) lrs.push(s.lr(1));
 * console.log(lrs); // [1, 0.1, 0.1, 0.01] (about)
 * ```
 */
export const multiStepSchedule: SchedulePlugin<{ milestones: readonly number[]; gamma: number }> =
  defineSchedule({
    name: "multiStep",
    version: "1.0.0",
    description: "base * gamma^(milestones passed)",
    defaults: { milestones: [] as readonly number[], gamma: 0.1 },
    validate({ milestones, gamma }) {
      for (const m of milestones) {
        if (!Number.isInteger(m) || m < 0) {
          fail("multiStep", `milestones must be integers >= 0, got [${milestones.join(", ")}]`);
        }
      }
      checkPositive("multiStep", "gamma", gamma);
    },
    create({ milestones, gamma }) {
      const sorted = [...milestones].sort((a, b) => a - b);
      return epochSchedule("multiStep", (base, e) => {
        let passed = 0;
        while (passed < sorted.length && sorted[passed] <= e) passed++;
        return base * gamma ** passed;
      });
    },
  });
