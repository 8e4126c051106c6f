import {
  defineSchedule,
  RectifyError,
  type Schedule,
  type SchedulePlugin,
} from "../../core/mod.ts";
import { badState, checkInt, fail, readInt } from "./_epoch.ts";

/**
 * Linear warm-up, then any other schedule (torch's
 * `SequentialLR([LinearLR(startFactor, total_iters=steps), after], milestones=[steps])`):
 *
 * ```
 * e < steps:  lr = base · (startFactor + (1 − startFactor)·e/steps)
 * e >= steps: lr = after.lr(base) at its own epoch e − steps
 * ```
 *
 * `after` is a schedule spec created through the registry (default
 * `"constant"`); metrics given to `step` during warm-up are ignored, later
 * ones go to `after` (so `reduceOnPlateau` can follow a warm-up). Give
 * `after` with options through the object spec form:
 * `{ name: "warmup", options: { steps: 5, after: "cosine:tMax=20" } }`.
 *
 * @example Warm-up, then cosine
 * ```ts
 * import { defaultRegistry } from "@rectify/core";
 * const s = defaultRegistry.create("schedule", {
 *   name: "warmup",
 *   options: { steps: 2, startFactor: 0.5, after: "cosine:tMax=2" },
 * });
 * const lrs = [];
 * for (let e = 0; e < 5; e++, s.step()) lrs.push(s.lr(1));
 * console.log(lrs); // [0.5, 0.75, 1, 0.5, 0] (about)
 * ```
 */
export const warmupSchedule: SchedulePlugin<
  { steps: number; startFactor: number; after: string }
> = defineSchedule({
  name: "warmup",
  version: "1.0.0",
  description: "linear warm-up over `steps` epochs, then the `after` schedule",
  defaults: { steps: 5, startFactor: 1 / 3, after: "constant" },
  validate({ steps, startFactor, after }) {
    checkInt("warmup", "steps", steps, 0);
    if (!(startFactor >= 0 && startFactor <= 1)) {
      fail("warmup", `startFactor must be in [0, 1], got ${startFactor}`);
    }
    if (after.trim() === "") fail("warmup", `after must be a schedule spec, got ""`);
  },
  create({ steps, startFactor, after }, ctx) {
    let next: Schedule;
    try {
      next = ctx.registry.create("schedule", after, { rng: ctx.rng, dtype: ctx.dtype });
    } catch (e) {
      throw new RectifyError("option", `Cannot create "warmup": after: ${(e as Error).message}`, {
        cause: e,
      });
    }
    let epoch = 0;
    return {
      needsMetric: next.needsMetric === true,
      lr: (base) =>
        epoch < steps ? base * (startFactor + (1 - startFactor) * epoch / steps) : next.lr(base),
      step(metric) {
        if (next.needsMetric && (typeof metric !== "number" || Number.isNaN(metric))) {
          // refuse from the first epoch, not only once the warm-up is over
          throw new RectifyError(
            "usage",
            `Schedule "warmup": its after schedule "${after}" needs the monitored metric: step(metric) must get a number from the first epoch on, got ${metric}; e.g. schedule.step(valLoss)`,
          );
        }
        epoch++;
        if (epoch > steps) next.step(metric);
      },
      state: () => ({ epoch, after: next.state() as never }),
      load(state) {
        const e = readInt("warmup", state, "epoch", "{ epoch, after }");
        if (!("after" in (state as object))) badState("warmup", state, "{ epoch, after }");
        next.load((state as { after: unknown }).after);
        epoch = e;
      },
    };
  },
});
