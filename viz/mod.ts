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

export { type ChartSpec, renderChart } from "./vega.ts";
export {
  activationChart,
  type ActivationPlotOptions,
  type ActivationSamples,
  type CurveSegment,
  isElementwise,
  plotActivations,
  sampleActivation,
} from "./activation_plot.ts";
import { useBuiltins } from "../plugins/mod.ts";

// Loaded alone, this entry still finds the built-ins in `defaultRegistry`.
useBuiltins();
