/**
 * Outputs of `rectify lr-find`: the loss-against-lr chart (Vega-Lite, log
 * lr axis, raw and smoothed loss, suggested lr marked) and its page. @internal
 *
 * @module
 */

import type { LrRangeTestResult } from "../train/lr_find.ts";
import { renderChart } from "../viz/vega.ts";

/** One optimizer's sweep. @internal */
export interface LrSweep extends LrRangeTestResult {
  /** The optimizer spec. */
  optimizer: string;
}

/** The chart as SVG. @internal */
export async function lrFindChart(sweeps: readonly LrSweep[]): Promise<string> {
  const points = sweeps.flatMap((s) =>
    s.lrs.flatMap((lr, i) => [
      { optimizer: s.optimizer, lr, loss: s.losses[i], curve: "minibatch loss" },
      { optimizer: s.optimizer, lr, loss: s.smoothed[i], curve: "smoothed" },
    ])
  );
  const marks = sweeps.map((s) => ({
    optimizer: s.optimizer,
    lr: s.suggestion,
    loss: s.smoothed[s.lrs.indexOf(s.suggestion)] ?? null,
  }));
  // the y range: from below the lowest smoothed loss to half again over the starting loss, so
  // the divergence at the end does not flatten the part that matters
  const top = Math.max(...sweeps.map((s) => s.smoothed[0])) * 1.5;
  const low = Math.min(...sweeps.map((s) => Math.min(...s.smoothed))) * 0.8;
  return await renderChart({
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    title: "Learning-rate range test: loss against lr (● suggested lr)",
    width: 640,
    height: 360,
    layer: [
      {
        data: { values: points },
        mark: { type: "line", clip: true },
        encoding: {
          x: { field: "lr", type: "quantitative", scale: { type: "log" }, title: "learning rate" },
          y: {
            field: "loss",
            type: "quantitative",
            scale: { domain: [low, top], zero: false },
            title: "training loss",
          },
          color: { field: "optimizer", type: "nominal", legend: { orient: "bottom", columns: 2 } },
          opacity: {
            field: "curve",
            type: "nominal",
            title: "curve",
            scale: { domain: ["minibatch loss", "smoothed"], range: [0.3, 1] },
            legend: { orient: "bottom" },
          },
          strokeWidth: {
            field: "curve",
            type: "nominal",
            scale: { domain: ["minibatch loss", "smoothed"], range: [1, 2.5] },
            legend: null,
          },
        },
      },
      {
        data: { values: marks },
        mark: { type: "point", filled: true, size: 90 },
        encoding: {
          x: { field: "lr", type: "quantitative", scale: { type: "log" } },
          y: { field: "loss", type: "quantitative" },
          color: { field: "optimizer", type: "nominal" },
        },
      },
    ],
  });
}

function esc(s: string): string {
  return s.replace(
    /[&<>"]/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!,
  );
}

/** The suggestions as aligned text. @internal */
export function lrFindTable(sweeps: readonly LrSweep[]): string {
  const head = ["optimizer", "suggested lr", "min/10", "steps", "note"];
  const body = sweeps.map((s) => [
    s.optimizer,
    s.suggestion.toPrecision(3),
    s.minOver10.toPrecision(3),
    String(s.lrs.length),
    [
      s.steepest === null ? "loss never fell: suggestion is min/10" : "",
      s.diverged ? `diverged at lr ${s.lrs.at(-1)!.toPrecision(3)}` : "",
    ].filter(Boolean).join("; "),
  ]);
  const w = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(w[i])).join("  ").trimEnd();
  return [line(head), w.map((n) => "-".repeat(n)).join("  "), ...body.map(line)].join("\n");
}

/** The HTML page: the chart and the table. @internal */
export function lrFindPage(svg: string, sweeps: readonly LrSweep[], info: {
  command: string;
  dataset: string;
}): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>rectify lr-find</title>
<style>body{font:14px system-ui,sans-serif;margin:24px;max-width:980px}pre{background:#f6f6f6;padding:12px;overflow-x:auto}svg{max-width:100%;height:auto}</style>
</head><body>
<h1>Learning-rate range test</h1>
<p>${esc(info.dataset)}</p>
<p><code>${esc(info.command)}</code></p>
${svg}
<pre>${esc(lrFindTable(sweeps))}</pre>
<p>The suggested lr is where the smoothed loss falls fastest against log lr (Smith 2017); min/10 is
a tenth of the lr of the lowest smoothed loss. Start from the suggestion and confirm with <code>compare</code>.</p>
</body></html>
`;
}
