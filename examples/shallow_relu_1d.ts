/**
 * A one-hidden-layer ReLU network on 1-D inputs is a piecewise-linear
 * function: hidden unit j contributes a kink ("knot") at x = −b_j / w_j.
 * This trains one on a handful of points and writes an SVG of the fitted
 * function and its knots at several epochs, showing the knots move to where
 * the data bends.
 *
 * Run: `deno run --allow-read --allow-write examples/shallow_relu_1d.ts [OUT.svg]`
 *
 * @module
 */

import { noGrad, Tensor } from "../mod.ts";
import type { Dataset } from "../datasets/mod.ts";
import { Trainer } from "../train/mod.ts";
import { renderChart } from "../viz/mod.ts";

const out = Deno.args[0] ?? "rectify-out/shallow_relu_1d.svg";
const n = 16;
const xs = Array.from({ length: n }, (_, i) => -3 + (6 * i) / (n - 1));
const ys = xs.map((x) => Math.sin(1.3 * x) + 0.3 * x);
const data: Dataset = {
  name: "points",
  x: Float32Array.from(xs),
  y: Float32Array.from(ys),
  rows: n,
  features: 1,
  targets: 1,
  task: "regression",
  classes: 0,
  featureNames: ["x"],
};

const snapshots = [1, 100, 600, 2500];
const trainer = new Trainer({
  train: data,
  hidden: [10],
  activation: "relu",
  initializer: "heNormal",
  optimizer: "adam:lr=0.01",
  epochs: snapshots.at(-1)!,
  batchSize: n,
  seed: 0,
});

const grid = Array.from({ length: 241 }, (_, i) => -3.5 + (7 * i) / 240);
const curves: { x: number; y: number; epoch: string }[] = [];
const knots: { x: number; y: number; epoch: string }[] = [];
const params = new Map(trainer.model.namedParameters());
const predict = (x: number[]) =>
  noGrad(() =>
    Array.from(trainer.model.call(new Tensor(Float32Array.from(x), [x.length, 1])).data)
  );
while (trainer.epoch < trainer.epochs) {
  const m = await trainer.step();
  if (!snapshots.includes(m.epoch)) continue;
  const label = `epoch ${m.epoch} (mse ${m.trainLoss.toFixed(4)})`;
  predict(grid).forEach((y, i) => curves.push({ x: grid[i], y, epoch: label }));
  const w = params.get("0.weight")!.data, b = params.get("0.bias")!.data;
  const at = Array.from(w, (wj, j) => -b[j] / wj).filter((k) => k >= -3.5 && k <= 3.5);
  predict(at).forEach((y, i) => knots.push({ x: at[i], y, epoch: label }));
  console.log(`${label}: ${at.length} knots in view at ${at.map((k) => k.toFixed(2)).join(", ")}`);
}

const x = { field: "x", type: "quantitative" as const, scale: { domain: [-3.5, 3.5] } };
const svg = await renderChart({
  title: "One-hidden-layer ReLU fit: the function is linear between knots",
  width: 560,
  height: 320,
  layer: [
    {
      data: { values: curves },
      mark: { type: "line", clip: true },
      encoding: {
        x,
        y: { field: "y", type: "quantitative" },
        color: { field: "epoch", sort: null },
      },
    },
    {
      data: { values: knots },
      mark: { type: "point", shape: "diamond", filled: true, size: 50 },
      encoding: {
        x,
        y: { field: "y", type: "quantitative" },
        color: { field: "epoch", sort: null },
      },
    },
    {
      data: { values: xs.map((v, i) => ({ x: v, y: ys[i] })) },
      mark: { type: "point", color: "black", size: 40 },
      encoding: { x, y: { field: "y", type: "quantitative" } },
    },
  ],
});
await Deno.mkdir(new URL(".", new URL(out, `file://${Deno.cwd()}/`)), { recursive: true });
await Deno.writeTextFile(out, svg);
console.log(`wrote ${out} (black: data, lines: fit, diamonds: knots)`);
