/**
 * Text measurement for headless chart layout. @internal
 *
 * @module
 */

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

/** The text properties the width depends on. @internal */
export interface TextItem {
  fontSize?: number;
  fontWeight?: string | number;
  limit?: number;
}

/** Width in px of `text` as Vega lays it out (its `textMetrics.width` hook). @internal */
export function textWidth(item: TextItem, text: unknown): number {
  const size = item.fontSize ?? 11;
  let em = 0;
  for (const c of String(text ?? "")) em += WIDTH.get(c) ?? 1;
  const bold = item.fontWeight === "bold" || Number(item.fontWeight) >= 600;
  const w = em * size * (bold ? 1.1 : 1);
  return item.limit && item.limit > 0 ? Math.min(w, item.limit) : w;
}
