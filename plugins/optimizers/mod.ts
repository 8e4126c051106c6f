/**
 * Built-in optimizer plugins.
 *
 * @module
 */

import type { OptimizerPlugin, Options } from "../../core/mod.ts";
import { sgd } from "./sgd.ts";

export { sgd };

/**
 * Every built-in optimizer plugin.
 *
 * @example
 * ```ts
 * import { optimizerPlugins } from "@rectify/core";
 * console.log(optimizerPlugins.map((p) => p.name).includes("sgd")); // true
 * ```
 */
export const optimizerPlugins: readonly OptimizerPlugin<Options>[] = [
  sgd,
] as unknown as OptimizerPlugin<Options>[];
