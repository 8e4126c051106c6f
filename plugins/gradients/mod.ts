/**
 * Built-in gradient-rewrite plugins.
 *
 * @module
 */

import type { GradientPlugin, Options } from "../../core/mod.ts";
import { deadUnitMonitor } from "./dead_unit_monitor.ts";
import { deconvnet } from "./deconvnet.ts";
import { gradientNoise } from "./gradient_noise.ts";
import { gradNormMonitor } from "./grad_norm_monitor.ts";
import { guidedBackprop } from "./guided_backprop.ts";
import { linearRelu } from "./linear_relu.ts";

export { deadUnitMonitor, deconvnet, gradientNoise, gradNormMonitor, guidedBackprop, linearRelu };
export type { DeadUnitLayer, DeadUnitReport } from "./dead_unit_monitor.ts";
export type { GradNormReport } from "./grad_norm_monitor.ts";

/**
 * Every built-in gradient plugin.
 *
 * @example
 * ```ts
 * import { gradientPlugins } from "@rectify/core";
 * console.log(gradientPlugins.map((p) => p.name).includes("guidedBackprop")); // true
 * ```
 */
export const gradientPlugins: readonly GradientPlugin<Options>[] = [
  guidedBackprop,
  deconvnet,
  linearRelu,
  gradientNoise,
  deadUnitMonitor,
  gradNormMonitor,
] as unknown as GradientPlugin<Options>[];
