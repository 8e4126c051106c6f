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
import {
  accuracy,
  mlp,
  noGrad,
  Optimizer,
  Rng,
  saliency,
  type SaliencyMode,
  softmaxCrossEntropy,
  type Tensor,
  tensor,
} from "../mod.ts";
import { Canvas, grey, heat, png, saliencyFlags, writeAtomic } from "./_saliency_kit.ts";

const { out: outDir, epochs, scale, seed } = saliencyFlags(Deno.args, {
  out: "rectify-out/saliency",
  epochs: 15,
  scale: 16,
});

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

/** Draw one digit row (digit, then one heat map per mode) at height y0. */
function drawRow(c: Canvas, y0: number, x: Tensor, label: number): void {
  c.panel(0, y0, SIDE, scale, Array.from(x.data, grey));
  MODES.forEach((mode, i) => {
    c.panel((i + 1) * (PANEL + GAP), y0, SIDE, scale, heat(saliency(model, x, label, { mode })));
  });
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
