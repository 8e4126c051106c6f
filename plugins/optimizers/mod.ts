/**
 * Built-in optimizer plugins. Each writes its update rule once (typed
 * per-parameter state, one loop over a parameter's arrays; see `_rule.ts`),
 * which also makes its transform in `plugins/transforms`; the torch ones
 * reproduce torch.optim 1.13.
 *
 * When each reads its options, as torch.optim: the learning rate is the
 * group's current lr at every step (so `setLr` and schedules apply from the
 * next step, including the first); rprop also reads it once, when its state is
 * created at the first step, for its initial step size (`step_size.fill_(lr)`),
 * and its adapted steps ignore later changes. Every other option (momentum,
 * betas, eps, weight decay, ...) is fixed when the optimizer is created; torch
 * reads those from `param_groups` at every step too, but nothing in rectify
 * changes them during a run (oneCycle does not cycle momentum).
 * `tests/optimizers/lr_timing_test.ts` checks this for every optimizer.
 *
 * @module
 */

import type { OptimizerPlugin, Options } from "../../core/mod.ts";
import { adadelta } from "./adadelta.ts";
import { adagrad } from "./adagrad.ts";
import { adam, adamReference } from "./adam.ts";
import { adamax } from "./adamax.ts";
import { adamw } from "./adamw.ts";
import { lamb } from "./lamb.ts";
import { lion } from "./lion.ts";
import { nadam } from "./nadam.ts";
import { radam } from "./radam.ts";
import { rmsprop } from "./rmsprop.ts";
import { rprop } from "./rprop.ts";
import { sgd } from "./sgd.ts";

export { ADAM_DEFAULTS, type AdamFamilyOptions } from "./_rule.ts";
export {
  adadelta,
  adagrad,
  adam,
  adamax,
  adamReference,
  adamw,
  lamb,
  lion,
  nadam,
  radam,
  rmsprop,
  rprop,
  sgd,
};

/**
 * Every built-in optimizer plugin.
 *
 * @example
 * ```ts
 * import { optimizerPlugins } from "@rectify/core";
 * console.log(optimizerPlugins.map((p) => p.name).includes("adamw")); // true
 * ```
 */
export const optimizerPlugins: readonly OptimizerPlugin<Options>[] = [
  sgd,
  adagrad,
  rmsprop,
  adadelta,
  adam,
  adamw,
  adamax,
  nadam,
  radam,
  rprop,
  lion,
  lamb,
] as unknown as OptimizerPlugin<Options>[];
