import { defineSchedule, type SchedulePlugin } from "../../core/mod.ts";
import { checkInt, epochSchedule, fail } from "./_epoch.ts";

/**
 * A constant learning rate, optionally scaled by `factor` for the first
 * `totalIters` epochs (torch.optim.lr_scheduler.ConstantLR):
 * `lr(e) = e < totalIters ? base·factor : base`. With the defaults it is just
 * the base lr.
 *
 * @example
 * ```ts
 * import { defaultRegistry } from "@rectify/core";
 * const s = defaultRegistry.create("schedule", "constant:factor=0.5,totalIters=2");
 * const lrs = [];
 * for (let e = 0; e < 4; e++, s.step()) lrs.push(s.lr(0.1));
 * console.log(lrs); // [0.05, 0.05, 0.1, 0.1]
 * ```
 */
export const constantSchedule: SchedulePlugin<{ factor: number; totalIters: number }> =
  defineSchedule({
    name: "constant",
    version: "1.0.0",
    description: "base lr (times factor for the first totalIters epochs)",
    defaults: { factor: 1, totalIters: 0 },
    validate({ factor, totalIters }) {
      if (!(factor >= 0 && factor <= 1)) {
        fail("constant", `factor must be in [0, 1], got ${factor}`);
      }
      checkInt("constant", "totalIters", totalIters, 0);
    },
    create: ({ factor, totalIters }) =>
      epochSchedule("constant", (base, e) => (e < totalIters ? base * factor : base)),
  });
