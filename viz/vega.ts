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

// Text widths for layout (legend and axis sizes, label truncation). Without a canvas Vega
// guesses 0.8 em per character, which makes legends a third wider than drawn and truncates
// labels that would fit. These are the advance widths (1/1000 em) of DejaVu Sans, the widest
// common sans-serif (Debian's default), for printable ASCII then `·²…–—×±μσ`; narrower fonts
// (Arial, Helvetica) draw within the measured box. Unknown characters count a full em.
const GLYPHS = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`" +
  "abcdefghijklmnopqrstuvwxyz{|}~·²…–—×±μσ";
// deno-fmt-ignore
const ADVANCE = [
  318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636,
  636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632,
  575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685,
  611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579,
  278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,
  318, 401, 1000, 500, 1000, 838, 838, 636, 634,
];
const WIDTH = new Map([...GLYPHS].map((c, i) => [c, ADVANCE[i] / 1000]));

interface TextItem {
  fontSize?: number;
  fontWeight?: string | number;
  limit?: number;
}

function textWidth(item: TextItem, text: unknown): number {
  const size = item.fontSize ?? 11;
  let em = 0;
  for (const c of String(text ?? "")) em += WIDTH.get(c) ?? 1;
  const bold = item.fontWeight === "bold" || Number(item.fontWeight) >= 600;
  const w = em * size * (bold ? 1.1 : 1);
  return item.limit && item.limit > 0 ? Math.min(w, item.limit) : w;
}

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
