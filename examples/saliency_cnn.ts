/**
 * Saliency maps of a CNN on images with a known answer: trains a small ReLU
 * CNN (two convolutions, global max pooling) on the seeded `bars` images (16×16, one bright bar, the class is its
 * orientation), then for two held-out images of each class draws a labelled
 * PNG grid — input | vanilla gradient | guided backprop | deconvnet — of
 * d(score of the true class)/d(pixel) (`saliency(model, x, class, { mode })`).
 * Red is positive, blue negative, white zero; each map is scaled by its own
 * largest magnitude. Column titles and row labels are drawn in a bitmap font.
 *
 * It also measures, over the whole validation split, how each map
 * concentrates on the bar (the pixels the answer depends on): the share of
 * |saliency| on bar pixels, and the share of pixels that hold 80% of
 * |saliency| (smaller is sparser). Guided backprop's maps are the sharpest.
 * The numbers are printed and written to `saliency_cnn.json`.
 *
 * Run: `deno run --allow-read --allow-write examples/saliency_cnn.ts --out rectify-out/saliency-cnn`
 *
 * Flags: `--out DIR` (default `rectify-out/saliency-cnn`), `--epochs N` (6),
 * `--scale PX` pixels per image pixel (8), `--seed N` (0).
 *
 * @module
 */

import { saliency, type SaliencyMode, type Tensor, tensor } from "../mod.ts";
import { BAR_ORIENTATIONS, bars, trainValSplit } from "../datasets/mod.ts";
import { parseArch, Trainer } from "../train/mod.ts";
import {
  Canvas,
  grey,
  heat,
  LINE_HEIGHT,
  png,
  saliencyFlags,
  textWidth,
  writeAtomic,
} from "./_saliency_kit.ts";

const { out: outDir, epochs, scale, seed } = saliencyFlags(Deno.args, {
  out: "rectify-out/saliency-cnn",
  epochs: 6,
  scale: 8,
});

// --- data and training -------------------------------------------------------
const SIDE = 16;
const { train, val } = trainValSplit(bars({ n: 1200, size: SIDE, seed }), {
  valFraction: 0.2,
  seed,
});
const trainer = new Trainer({
  train,
  val,
  // global max pooling (pool:8 over the 8×8 maps) ties each class score to a few positions
  arch: parseArch("conv:16x3,padding=1,relu,pool:2,conv:32x3,padding=1,relu,pool:8,flatten"),
  initializer: "heUniform",
  optimizer: "adam:lr=0.01",
  epochs,
  batchSize: 32,
  seed,
});
const { history } = await trainer.run();
const model = trainer.model;
model.eval();
const acc = history.at(-1)!.valAccuracy!;
console.log(`trained ${epochs} epochs on bars; held-out accuracy ${(100 * acc).toFixed(1)}%`);

// --- how sharp is each map? -------------------------------------------------
const MODES: readonly SaliencyMode[] = ["vanilla", "guided", "deconvnet"];
const PIXELS = SIDE * SIDE;
const image = (i: number): Tensor =>
  tensor(val.x.slice(i * PIXELS, (i + 1) * PIXELS), { shape: [1, 1, SIDE, SIDE] });

/** Share of |map| on the bar, and share of pixels holding 80% of |map|. */
function sharpness(map: Tensor, x: Tensor): { onBar: number; pixelsFor80: number } {
  const mass = Array.from(map.data, Math.abs);
  const total = mass.reduce((a, b) => a + b, 0);
  if (total === 0) return { onBar: 0, pixelsFor80: 1 };
  let onBar = 0;
  for (let j = 0; j < PIXELS; j++) if (x.data[j] > 0.5) onBar += mass[j];
  mass.sort((a, b) => b - a);
  let k = 0;
  for (let acc = 0; acc < 0.8 * total; k++) acc += mass[k];
  return { onBar: onBar / total, pixelsFor80: k / PIXELS };
}

const stats = Object.fromEntries(MODES.map((mode) => {
  let onBar = 0, pixelsFor80 = 0;
  for (let i = 0; i < val.rows; i++) {
    const x = image(i);
    const s = sharpness(saliency(model, x, val.y[i], { mode }), x);
    onBar += s.onBar;
    pixelsFor80 += s.pixelsFor80;
  }
  return [mode, { onBar: onBar / val.rows, pixelsFor80: pixelsFor80 / val.rows }];
}));
console.log(`over ${val.rows} held-out images (mean per image):`);
console.log("mode        share of |saliency| on the bar   pixels holding 80% of |saliency|");
for (const mode of MODES) {
  const s = stats[mode];
  console.log(
    `${mode.padEnd(11)} ${(100 * s.onBar).toFixed(1).padStart(29)}%   ${
      (100 * s.pixelsFor80).toFixed(1).padStart(31)
    }%`,
  );
}

// --- the grid ------------------------------------------------------------------
const PER_CLASS = 2;
const PANEL = SIDE * scale;
const GAP = Math.max(2, scale);
// the largest font scale (up to 3) at which the longest title fits over its panel
const FONT = Math.max(1, Math.min(3, Math.floor(PANEL / textWidth("deconvnet"))));
const LABEL_W = textWidth("ANTIDIAGONAL", FONT) + 2 * GAP;
const TITLE_H = LINE_HEIGHT * FONT + 2 * GAP;
const COLUMNS = ["input", ...MODES];
const picks: number[] = [];
for (let c = 0; c < BAR_ORIENTATIONS.length; c++) {
  for (let i = 0, found = 0; i < val.rows && found < PER_CLASS; i++) {
    if (val.y[i] === c) {
      picks.push(i);
      found++;
    }
  }
}
const width = LABEL_W + COLUMNS.length * (PANEL + GAP);
const canvas = new Canvas(width, TITLE_H + picks.length * (PANEL + GAP), 255);
COLUMNS.forEach((title, col) => {
  const x0 = LABEL_W + col * (PANEL + GAP);
  canvas.text(x0 + ((PANEL - textWidth(title, FONT)) >> 1), GAP, title, FONT);
});
for (const [row, i] of picks.entries()) {
  const y0 = TITLE_H + row * (PANEL + GAP);
  const x = image(i);
  const label = val.y[i];
  canvas.text(GAP, y0 + ((PANEL - 7 * FONT) >> 1), BAR_ORIENTATIONS[label], FONT);
  canvas.panel(LABEL_W, y0, SIDE, scale, Array.from(x.data, grey));
  MODES.forEach((mode, m) => {
    const map = saliency(model, x, label, { mode });
    canvas.panel(LABEL_W + (m + 1) * (PANEL + GAP), y0, SIDE, scale, heat(map));
  });
}

await Deno.mkdir(outDir, { recursive: true });
const file = `${outDir}/saliency_cnn.png`;
await writeAtomic(file, png(canvas));
const layout = { panel: PANEL, scale, gap: GAP, labelWidth: LABEL_W, titleHeight: TITLE_H };
const summary = { epochs, seed, valAccuracy: acc, images: val.rows, picks, layout, stats };
await writeAtomic(
  `${outDir}/saliency_cnn.json`,
  new TextEncoder().encode(JSON.stringify(summary, null, 2) + "\n"),
);
console.log(`wrote ${file} (${COLUMNS.join(" | ")}; ${picks.length} rows) and saliency_cnn.json`);
