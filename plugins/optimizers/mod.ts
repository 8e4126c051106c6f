/**
 * Built-in optimizer plugins. Each writes its update rule once (typed
 * per-parameter state, one loop over a parameter's arrays; see `_rule.ts`),
 * which also makes its transform in `plugins/transforms`; the torch ones
 * reproduce torch.optim 1.13.
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
