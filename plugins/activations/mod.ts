/**
 * Built-in activation plugins.
 *
 * @module
 */

import type { ActivationPlugin, Options } from "../../core/mod.ts";
import { linear } from "./linear.ts";
import { relu } from "./relu.ts";
import { sigmoid } from "./sigmoid.ts";
import { tanh } from "./tanh.ts";

export { linear, relu, sigmoid, tanh };

/**
 * Every built-in activation plugin.
 *
 * @example
 * ```ts
 * import { activationPlugins } from "@rectify/core";
 * console.log(activationPlugins.map((p) => p.name).includes("relu")); // true
 * ```
 */
export const activationPlugins: readonly ActivationPlugin<Options>[] = [
  relu,
  sigmoid,
  tanh,
  linear,
] as unknown as ActivationPlugin<Options>[];
