/**
 * Built-in learning-rate schedule plugins (torch.optim.lr_scheduler
 * semantics, stepped once per epoch or batch). Give one to the optimizer,
 * `new Optimizer(params, spec, { schedule })`, which applies it before every
 * step (from the first), and call `schedule.step(valLoss)` once per epoch:
 * every schedule accepts the metric; reduceOnPlateau needs it.
 *
 * @module
 */

import type { Options, SchedulePlugin } from "../../core/mod.ts";
import { constantSchedule } from "./constant.ts";
import { cosineSchedule } from "./cosine.ts";
import { cosineWarmRestartsSchedule } from "./cosine_warm_restarts.ts";
import { exponentialSchedule } from "./exponential.ts";
import { multiStepSchedule } from "./multi_step.ts";
import { oneCycleSchedule } from "./one_cycle.ts";
import { reduceOnPlateauSchedule } from "./reduce_on_plateau.ts";
import { stepSchedule } from "./step.ts";
import { warmupSchedule } from "./warmup.ts";

export {
  constantSchedule,
  cosineSchedule,
  cosineWarmRestartsSchedule,
  exponentialSchedule,
  multiStepSchedule,
  oneCycleSchedule,
  reduceOnPlateauSchedule,
  stepSchedule,
  warmupSchedule,
};

/**
 * Every built-in schedule plugin.
 *
 * @example
 * ```ts
 * import { schedulePlugins } from "@rectify/core";
 * console.log(schedulePlugins.map((p) => p.name).includes("cosine")); // true
 * ```
 */
export const schedulePlugins: readonly SchedulePlugin<Options>[] = [
  constantSchedule,
  stepSchedule,
  multiStepSchedule,
  exponentialSchedule,
  cosineSchedule,
  cosineWarmRestartsSchedule,
  warmupSchedule,
  oneCycleSchedule,
  reduceOnPlateauSchedule,
] as unknown as SchedulePlugin<Options>[];
