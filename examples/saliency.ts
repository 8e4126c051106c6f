/**
 * Saliency maps on the built-in digits data (UCI optical digits, CC BY 4.0,
 * see data/SOURCES.md). Trains a small ReLU MLP, then, for one held-out
 * example of each digit, writes a PNG with the 8x8 digit scaled up beside
 * three heat maps of d(score of the true class)/d(pixel): vanilla gradient,
 * guided backprop and deconvnet (`saliency(model, x, class, { mode })`).
 * Red is positive, blue negative, white zero; each map is scaled by its own
 * largest magnitude. Also writes `overview.png` with every digit as a row.
 * Files are written atomically (a temporary file, then a rename).
 *
 * Run: `deno run --allow-read --allow-write examples/saliency.ts --out rectify-out/saliency`
 *
 * Flags: `--out DIR` (default `rectify-out/saliency`), `--epochs N` (15),
 * `--scale PX` pixels per digit pixel (16), `--seed N` (0).
 *
 * @module
 */

import { parse } from "csv-parse/sync";
import { encode } from "fast-png";
import { parseArgs } from "node:util";
import {
  accuracy,
  mlp,
  noGrad,
  Optimizer,
  RectifyError,
  Rng,
  saliency,
  type SaliencyMode,
  softmaxCrossEntropy,
  type Tensor,
  tensor,
} from "../mod.ts";

const { values: flags } = parseArgs({
  args: Deno.args,
  options: {
    out: { type: "string", default: "rectify-out/saliency" },
    epochs: { type: "string", default: "15" },
    scale: { type: "string", default: "16" },
    seed: { type: "string", default: "0" },
  },
});

function intFlag(name: string, value: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) {
    throw new RectifyError("usage", `--${name} must be an integer >= ${min}, got "${value}"`);
  }
  return n;
}
const epochs = intFlag("epochs", flags.epochs, 1);
const scale = intFlag("scale", flags.scale, 1);
const seed = intFlag("seed", flags.seed, 0);
const outDir = flags.out;

// --- data ------------------------------------------------------------------
const SIDE = 8;
const FEATURES = SIDE * SIDE;
const text = await Deno.readTextFile(new URL("../data/digits.csv", import.meta.url));
const rows: string[][] = parse(text, { from_line: 2 });
const rng = new Rng(seed);
const order = rng.shuffle([...rows.keys()]);
const nVal = Math.round(rows.length * 0.2);

function batch(idx: readonly number[]): { x: Tensor; y: number[] } {
  const x = new Float32Array(idx.length * FEATURES);
  const y = idx.map((r, i) => {
    const row = rows[r];
    for (let j = 0; j < FEATURES; j++) x[i * FEATURES + j] = Number(row[j]) / 16;
    return Number(row[FEATURES]);
  });
  return { x: tensor(x, { shape: [idx.length, FEATURES] }), y };
}

// --- training --------------------------------------------------------------
const model = mlp({
  inputSize: FEATURES,
  hidden: [64, 32],
  outputSize: 10,
  activation: "relu",
  initializer: "heNormal",
  rng,
});
const opt = new Optimizer(model.namedParameters(), "sgd:lr=0.05,momentum=0.9");
const trainIdx = order.slice(nVal);
for (let epoch = 1; epoch <= epochs; epoch++) {
  rng.shuffle(trainIdx);
  for (let i = 0; i < trainIdx.length; i += 32) {
    const b = batch(trainIdx.slice(i, i + 32));
    opt.zeroGrad();
    softmaxCrossEntropy(model.call(b.x), b.y).backward();
    opt.step();
  }
}
model.eval();
const val = batch(order.slice(0, nVal));
const logits = noGrad(() => model.call(val.x));
console.log(
  `trained ${epochs} epochs; held-out accuracy ${(100 * accuracy(logits, val.y)).toFixed(1)}%`,
);

// --- images ----------------------------------------------------------------
const MODES: readonly SaliencyMode[] = ["vanilla", "guided", "deconvnet"];
const GAP = Math.max(1, scale >> 1);
const PANEL = SIDE * scale;
const WIDTH = (1 + MODES.length) * PANEL + MODES.length * GAP;

/** RGB canvas, light grey background. */
class Canvas {
  readonly data: Uint8Array;
  constructor(readonly width: number, readonly height: number) {
    this.data = new Uint8Array(width * height * 3).fill(200);
  }
  /** Paint an 8x8 grid of RGB colours, scaled up, with its top-left at (x0, y0). */
  panel(x0: number, y0: number, colors: readonly (readonly [number, number, number])[]): void {
    for (let py = 0; py < PANEL; py++) {
      for (let px = 0; px < PANEL; px++) {
        const c = colors[Math.floor(py / scale) * SIDE + Math.floor(px / scale)];
        const o = ((y0 + py) * this.width + x0 + px) * 3;
        this.data[o] = c[0];
        this.data[o + 1] = c[1];
        this.data[o + 2] = c[2];
      }
    }
  }
}

/** Ink intensity (0..1) as dark on white. */
function grey(v: number): [number, number, number] {
  const g = Math.round(255 * (1 - v));
  return [g, g, g];
}

/** Diverging map: -1 blue, 0 white, +1 red. */
function diverging(t: number): [number, number, number] {
  const a = Math.min(1, Math.abs(t));
  const [r, g, b] = t >= 0 ? [178, 24, 43] : [33, 102, 172];
  return [
    Math.round(255 + (r - 255) * a),
    Math.round(255 + (g - 255) * a),
    Math.round(255 + (b - 255) * a),
  ];
}

function heat(map: Tensor): [number, number, number][] {
  let m = 0;
  for (const v of map.data) m = Math.max(m, Math.abs(v));
  return Array.from(map.data, (v) => diverging(m > 0 ? v / m : 0));
}

/** Draw one digit row (digit, then one heat map per mode) at height y0. */
function drawRow(c: Canvas, y0: number, x: Tensor, label: number): void {
  c.panel(0, y0, Array.from(x.data, grey));
  MODES.forEach((mode, i) => {
    c.panel((i + 1) * (PANEL + GAP), y0, heat(saliency(model, x, label, { mode })));
  });
}

async function writeAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const tmp = `${path}.tmp-${Deno.pid}`;
  try {
    await Deno.writeFile(tmp, bytes);
    await Deno.rename(tmp, path);
  } catch (e) {
    await Deno.remove(tmp).catch(() => {});
    throw new RectifyError("io", `cannot write ${path}: ${(e as Error).message}`, { cause: e });
  }
}

function png(c: Canvas): Uint8Array {
  return encode({ width: c.width, height: c.height, data: c.data, channels: 3, depth: 8 });
}

await Deno.mkdir(outDir, { recursive: true });
const picks: { x: Tensor; label: number }[] = [];
for (let digit = 0; digit < 10; digit++) {
  const i = val.y.indexOf(digit);
  if (i < 0) continue;
  picks.push({ x: val.x.slice(0, i, i + 1), label: digit });
}
const overview = new Canvas(WIDTH, picks.length * (PANEL + GAP) - GAP);
for (const [row, { x, label }] of picks.entries()) {
  const one = new Canvas(WIDTH, PANEL);
  drawRow(one, 0, x, label);
  drawRow(overview, row * (PANEL + GAP), x, label);
  const file = `${outDir}/digit_${label}.png`;
  await writeAtomic(file, png(one));
  console.log(`wrote ${file} (digit | ${MODES.join(" | ")})`);
}
await writeAtomic(`${outDir}/overview.png`, png(overview));
console.log(`wrote ${outDir}/overview.png`);
