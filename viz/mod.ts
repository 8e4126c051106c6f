/**
 * Charts for rectify: headless Vega-Lite rendering to SVG and plots of
 * activations with their autograd derivatives.
 *
 * @example Plot ReLU
 * ```ts
 * import { activationChart, renderChart } from "@rectify/core/viz";
 * const svg = await renderChart(activationChart("relu"));
 * console.log(svg.length > 0); // true
 * ```
 *
 * @module
 */

export * from "./vega.ts";
export * from "./activation_plot.ts";
