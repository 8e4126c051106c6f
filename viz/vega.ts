/**
 * Headless chart rendering: a Vega-Lite specification in, a standalone SVG
 * string out, with no browser, canvas or network.
 *
 * @module
 */

import * as vega from "vega";
import { parse as parseVega, View } from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { RectifyError } from "../core/errors.ts";
import { textWidth } from "./_text.ts";

// Vega-Lite's compiler warnings (e.g. about merged legends) are not user errors.
interface QuietLogger {
  level(): number;
  error(): QuietLogger;
  warn(): QuietLogger;
  info(): QuietLogger;
  debug(): QuietLogger;
}
const quiet: QuietLogger = {
  level: () => 0,
  error: () => quiet,
  warn: () => quiet,
  info: () => quiet,
  debug: () => quiet,
};

/** A Vega-Lite specification (re-exported type of `vega-lite`). */
export type ChartSpec = TopLevelSpec;

/**
 * Render a Vega-Lite specification to SVG text, headlessly. Data must be
 * inline (`data: { values: [...] }`); the result is self-contained. Text is
 * laid out with the glyph widths of DejaVu Sans (set as Vega's text
 * measure), so legends and labels get the room they take when drawn.
 *
 * @example A line chart
 * ```ts
 * import { renderChart } from "@rectify/core/viz";
 * const svg = await renderChart({
 *   data: { values: [{ x: 0, y: 1 }, { x: 1, y: 3 }] },
 *   mark: "line",
 *   encoding: { x: { field: "x", type: "quantitative" }, y: { field: "y", type: "quantitative" } },
 * });
 * console.log(svg.startsWith("<svg")); // true
 * ```
 */
export async function renderChart(spec: ChartSpec): Promise<string> {
  // Vega's hook for text measurement (vl-convert sets it the same way)
  (vega as unknown as { textMetrics: { width: typeof textWidth } }).textMetrics.width = textWidth;
  let view: View;
  try {
    const compiled = compile(spec, { logger: quiet }).spec;
    view = new View(parseVega(compiled), { renderer: "none", logLevel: 0 });
  } catch (e) {
    throw new RectifyError(
      "option",
      `renderChart: invalid chart specification: ${(e as Error).message}`,
      {
        cause: e,
      },
    );
  }
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
