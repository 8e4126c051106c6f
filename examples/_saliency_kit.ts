/**
 * What the saliency examples share: their flags (`--out`, `--epochs`,
 * `--scale`, `--seed`), and small raster helpers: an RGB canvas with
 * scaled-up pixel panels and text in a 5×7 bitmap font, the colour maps
 * (grey ink, diverging red/white/blue heat), PNG encoding (fast-png) and an
 * atomic file write. Not part of the library.
 *
 * @module
 */

import { encode } from "fast-png";
import { parseArgs } from "node:util";
import { RectifyError, type Tensor } from "../mod.ts";

/** The flags of a saliency example, checked. */
export interface SaliencyFlags {
  /** Output folder. */
  out: string;
  /** Training epochs (>= 1). */
  epochs: number;
  /** Screen pixels per image pixel (>= 1). */
  scale: number;
  /** Seed (>= 0). */
  seed: number;
}

/** Parse `--out`, `--epochs`, `--scale` and `--seed` from `args`, with the example's defaults. */
export function saliencyFlags(
  args: string[],
  defaults: { out: string; epochs: number; scale: number },
): SaliencyFlags {
  const { values } = parseArgs({
    args,
    options: {
      out: { type: "string", default: defaults.out },
      epochs: { type: "string", default: String(defaults.epochs) },
      scale: { type: "string", default: String(defaults.scale) },
      seed: { type: "string", default: "0" },
    },
  });
  const int = (name: string, value: string, min: number): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) {
      throw new RectifyError("usage", `--${name} must be an integer >= ${min}, got "${value}"`);
    }
    return n;
  };
  return {
    out: values.out,
    epochs: int("epochs", values.epochs, 1),
    scale: int("scale", values.scale, 1),
    seed: int("seed", values.seed, 0),
  };
}

/** An RGB colour, 0..255 per channel. */
export type Rgb = readonly [number, number, number];

/**
 * 5×7 glyphs, one string of 7 rows of 5 columns each (`#` ink); upper-case
 * letters, digits and a few signs. Lower-case text is drawn upper-case.
 */
const FONT: Record<string, string> = {
  A: ".###.#...##...#######...##...##...#",
  B: "####.#...##...#####.#...##...#####.",
  C: ".###.#...##....#....#....#...#.###.",
  D: "####.#...##...##...##...##...#####.",
  E: "######....#....####.#....#....#####",
  F: "######....#....####.#....#....#....",
  G: ".###.#...##....#.####...##...#.####",
  H: "#...##...##...#######...##...##...#",
  I: ".###...#....#....#....#....#...###.",
  J: "..###...#....#....#....#.#..#..##..",
  K: "#...##..#.#.#..##...#.#..#..#.#...#",
  L: "#....#....#....#....#....#....#####",
  M: "#...###.###.#.##...##...##...##...#",
  N: "#...###..##.#.##..###...##...##...#",
  O: ".###.#...##...##...##...##...#.###.",
  P: "####.#...##...#####.#....#....#....",
  Q: ".###.#...##...##...##.#.##..#..##.#",
  R: "####.#...##...#####.#.#..#..#.#...#",
  S: ".#####....#.....###.....#....#####.",
  T: "#####..#....#....#....#....#....#..",
  U: "#...##...##...##...##...##...#.###.",
  V: "#...##...##...#.#.#..#.#...#....#..",
  W: "#...##...##...##.#.##.#.##.#.#.#.#.",
  X: "#...##...#.#.#...#...#.#.#...##...#",
  Y: "#...##...#.#.#...#....#....#....#..",
  Z: "#####....#...#...#...#...#....#####",
  "0": ".###.#...##..###.#.###..##...#.###.",
  "1": "..#...##....#....#....#....#...###.",
  "2": ".###.#...#....#...#...#...#...#####",
  "3": "#####...#...#.....#.....##...#.###.",
  "4": "...#...##..#.#.#..#.#####...#....#.",
  "5": "######....####.....#....##...#.###.",
  "6": "..##..#...#....####.#...##...#.###.",
  "7": "#####....#...#...#...#....#....#...",
  "8": ".###.#...##...#.###.#...##...#.###.",
  "9": ".###.#...##...#.####....#...#..##..",
  " ": "...................................",
  "-": "...............#####...............",
  ".": "..........................##...##..",
  ":": ".....##...##.........##...##......",
  "%": "##...##..#...#...#...#...#..##...##",
  "|": "..#....#....#....#....#....#....#..",
  "/": ".........#...#...#...#...#.........",
  "(": "...#...#...#....#....#.....#.....#.",
  ")": ".#.....#.....#....#....#...#...#...",
};

/** Width of one character cell in font pixels (5 columns and a gap). */
export const CHAR_WIDTH = 6;
/** Height of a text line in font pixels (7 rows and a gap). */
export const LINE_HEIGHT = 8;

/** An RGB canvas with a light grey background. */
export class Canvas {
  /** Pixels, row-major RGB. */
  readonly data: Uint8Array;
  /** Size in pixels. */
  constructor(readonly width: number, readonly height: number, background = 200) {
    this.data = new Uint8Array(width * height * 3).fill(background);
  }

  /** Set one pixel (ignored outside the canvas). */
  set(x: number, y: number, c: Rgb): void {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height) return;
    const o = (y * this.width + x) * 3;
    this.data[o] = c[0];
    this.data[o + 1] = c[1];
    this.data[o + 2] = c[2];
  }

  /**
   * Paint a `side × side` grid of colours (row-major), each cell `scale`
   * pixels square, with its top-left at (x0, y0).
   */
  panel(x0: number, y0: number, side: number, scale: number, colors: readonly Rgb[]): void {
    for (let py = 0; py < side * scale; py++) {
      for (let px = 0; px < side * scale; px++) {
        this.set(x0 + px, y0 + py, colors[Math.floor(py / scale) * side + Math.floor(px / scale)]);
      }
    }
  }

  /**
   * Draw `text` in the 5×7 font, each font pixel `size` pixels square, its
   * top-left at (x0, y0). Unknown characters draw as blanks.
   */
  text(x0: number, y0: number, text: string, size = 1, color: Rgb = [0, 0, 0]): void {
    for (const [i, ch] of [...text.toUpperCase()].entries()) {
      const glyph = FONT[ch] ?? FONT[" "];
      for (let r = 0; r < 7; r++) {
        for (let c = 0; c < 5; c++) {
          if (glyph[r * 5 + c] !== "#") continue;
          for (let dy = 0; dy < size; dy++) {
            for (let dx = 0; dx < size; dx++) {
              this.set(x0 + (i * CHAR_WIDTH + c) * size + dx, y0 + r * size + dy, color);
            }
          }
        }
      }
    }
  }
}

/** Pixel width of `text` at font scale `size`. */
export function textWidth(text: string, size = 1): number {
  return (text.length * CHAR_WIDTH - 1) * size;
}

/** Ink intensity (0..1) as dark on white. */
export function grey(v: number): Rgb {
  const g = Math.round(255 * (1 - Math.min(1, Math.max(0, v))));
  return [g, g, g];
}

/** Diverging map: -1 blue, 0 white, +1 red. */
export function diverging(t: number): Rgb {
  const a = Math.min(1, Math.abs(t));
  const [r, g, b] = t >= 0 ? [178, 24, 43] : [33, 102, 172];
  return [
    Math.round(255 + (r - 255) * a),
    Math.round(255 + (g - 255) * a),
    Math.round(255 + (b - 255) * a),
  ];
}

/** A map as diverging colours, scaled by its own largest magnitude. */
export function heat(map: Tensor): Rgb[] {
  let m = 0;
  for (const v of map.data) m = Math.max(m, Math.abs(v));
  return Array.from(map.data, (v) => diverging(m > 0 ? v / m : 0));
}

/** The canvas as PNG bytes. */
export function png(c: Canvas): Uint8Array {
  return encode({ width: c.width, height: c.height, data: c.data, channels: 3, depth: 8 });
}

/** Write bytes atomically: a temporary file, then a rename. */
export async function writeAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const tmp = `${path}.tmp-${Deno.pid}`;
  try {
    await Deno.writeFile(tmp, bytes);
    await Deno.rename(tmp, path);
  } catch (e) {
    await Deno.remove(tmp).catch(() => {});
    throw new RectifyError("io", `cannot write ${path}: ${(e as Error).message}`, { cause: e });
  }
}
