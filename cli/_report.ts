/**
 * report.html: a self-contained page (inline SVG charts, inline CSS, no
 * scripts or external resources) with the ranking table and one chart per
 * metric. @internal
 *
 * @module
 */

import { type ChartSpec, renderChart } from "../viz/vega.ts";
import { configOf, type RunRecord, tableCells, type TableRow } from "./_summary.ts";
import type { EpochMetrics } from "../train/trainer.ts";
import { renderSweeps } from "./_sweep_report.ts";
import { esc } from "./_html.ts";

/** The metrics that get a chart, in page order. @internal */
export const CHART_METRICS = [
  "valAccuracy",
  "valLoss",
  "trainLoss",
  "deadFraction",
  "gradNorm",
] as const;

const TITLES: Record<(typeof CHART_METRICS)[number], string> = {
  valAccuracy: "Validation accuracy (mean over seeds, band: min–max)",
  valLoss: "Validation loss (mean over seeds, band: min–max)",
  trainLoss: "Training loss (mean over seeds, band: min–max)",
  deadFraction: "Dead-unit fraction per hidden layer (mean over seeds)",
  gradNorm: "Gradient norm per dense layer (mean over seeds, log scale)",
};

function byConfigEpoch(runs: RunRecord[]): Map<string, Map<number, EpochMetrics[]>> {
  const out = new Map<string, Map<number, EpochMetrics[]>>();
  for (const r of runs) {
    const c = configOf(r);
    if (!out.has(c)) out.set(c, new Map());
    const m = out.get(c)!;
    for (const e of r.history) {
      if (!m.has(e.epoch)) m.set(e.epoch, []);
      m.get(e.epoch)!.push(e);
    }
  }
  return out;
}

function finite(v: (number | null | undefined)[]): number[] {
  return v.filter((x): x is number => typeof x === "number" && Number.isFinite(x));
}

function bandChart(
  runs: RunRecord[],
  pick: (m: EpochMetrics) => number | null,
  yTitle: string,
  order: string[],
): ChartSpec | null {
  const rows: { config: string; epoch: number; mean: number; lo: number; hi: number }[] = [];
  for (const [config, epochs] of byConfigEpoch(runs)) {
    for (const [epoch, ms] of epochs) {
      const v = finite(ms.map(pick));
      if (v.length === 0) continue;
      rows.push({
        config,
        epoch,
        mean: v.reduce((a, b) => a + b, 0) / v.length,
        lo: Math.min(...v),
        hi: Math.max(...v),
      });
    }
  }
  if (rows.length === 0) return null;
  const color = {
    field: "config",
    type: "nominal",
    title: "activation | optimizer | init",
    scale: { scheme: order.length <= 10 ? "category10" : "tableau20", domain: order },
    legend: { labelLimit: 420 },
  } as const;
  return {
    width: 640,
    height: 300,
    data: { values: rows },
    layer: [
      {
        mark: { type: "area", opacity: 0.18 },
        encoding: {
          x: { field: "epoch", type: "quantitative" },
          y: { field: "lo", type: "quantitative", title: yTitle, scale: { zero: false } },
          y2: { field: "hi" },
          color,
        },
      },
      {
        mark: { type: "line", point: rows.length < 400 },
        encoding: {
          x: { field: "epoch", type: "quantitative", axis: { tickMinStep: 1 } },
          y: { field: "mean", type: "quantitative", title: yTitle, scale: { zero: false } },
          color,
        },
      },
    ],
  } as ChartSpec;
}

function layerRows(runs: RunRecord[], pick: (m: EpochMetrics) => number[], prefix: string) {
  const rows: { config: string; layer: string; epoch: number; value: number }[] = [];
  for (const [config, epochs] of byConfigEpoch(runs)) {
    for (const [epoch, ms] of epochs) {
      const n = Math.max(0, ...ms.map((m) => pick(m).length));
      for (let i = 0; i < n; i++) {
        const v = finite(ms.map((m) => pick(m)[i]));
        if (v.length) {
          rows.push({
            config,
            layer: `${prefix}${i + 1}`,
            epoch,
            value: v.reduce((a, b) => a + b, 0) / v.length,
          });
        }
      }
    }
  }
  return rows;
}

function deadChart(runs: RunRecord[], order: string[]): ChartSpec | null {
  const rows = layerRows(runs, (m) => m.deadFraction, "h");
  if (rows.length === 0) return null;
  return {
    width: 640,
    height: 260,
    data: { values: rows },
    mark: { type: "line", point: rows.length < 400 },
    encoding: {
      x: { field: "epoch", type: "quantitative", axis: { tickMinStep: 1 } },
      y: {
        field: "value",
        type: "quantitative",
        title: "dead fraction",
        axis: { format: "%" },
        scale: { domain: [0, 1] },
      },
      color: {
        field: "config",
        type: "nominal",
        title: "activation | optimizer | init",
        scale: { scheme: order.length <= 10 ? "category10" : "tableau20", domain: order },
        legend: { labelLimit: 420 },
      },
      strokeDash: { field: "layer", type: "nominal", title: "hidden layer" },
    },
  } as ChartSpec;
}

function gradChart(runs: RunRecord[], order: string[]): ChartSpec | null {
  const rows = layerRows(runs, (m) => m.gradNorm, "layer ").filter((r) => r.value > 0);
  if (rows.length === 0) return null;
  return {
    data: { values: rows },
    facet: {
      field: "config",
      type: "nominal",
      title: null,
      columns: 3,
      sort: order,
      header: { labelFontSize: 11 },
    },
    spec: {
      width: 200,
      height: 130,
      mark: "line",
      encoding: {
        x: { field: "epoch", type: "quantitative", axis: { tickMinStep: 1 } },
        y: { field: "value", type: "quantitative", title: "grad norm", scale: { type: "log" } },
        color: { field: "layer", type: "nominal", title: "dense layer" },
      },
    },
    resolve: { scale: { y: "shared" } },
  } as ChartSpec;
}

/** What the report shows besides the runs. @internal */
export interface ReportInfo {
  /** The command line that made it. */
  command: string;
  /** Dataset description. */
  dataset: string;
  /** Target accuracy for the epochs-to-target column. */
  target: number;
  /** Creation time (ISO). */
  created: string;
  /** Total wall time in seconds. */
  seconds: number;
}

/** Render the page. @internal */
export async function renderReport(
  runs: RunRecord[],
  table: TableRow[],
  info: ReportInfo,
): Promise<string> {
  const order = table.map((r) => r.config);
  const specs: Record<(typeof CHART_METRICS)[number], ChartSpec | null> = {
    valAccuracy: bandChart(runs, (m) => m.valAccuracy, "validation accuracy", order),
    valLoss: bandChart(runs, (m) => m.valLoss, "validation loss", order),
    trainLoss: bandChart(runs, (m) => m.trainLoss, "training loss", order),
    deadFraction: deadChart(runs, order),
    gradNorm: gradChart(runs, order),
  };
  const figures: string[] = [];
  for (const metric of CHART_METRICS) {
    const spec = specs[metric];
    const body = spec
      ? await renderChart(spec)
      : `<p class="empty">No data for this metric (e.g. no validation split or no hidden layer).</p>`;
    figures.push(
      `<figure class="chart" data-metric="${metric}"><figcaption>${
        esc(TITLES[metric])
      }</figcaption>${body}</figure>`,
    );
  }
  const { head, body } = tableCells(table, info.target);
  const failures = runs.filter((r) => r.failure);
  const sweeps = await renderSweeps(table);
  const tableHtml = `<table class="ranking">
<thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join("")}</tr></thead>
<tbody>
${
    body.map((cells, i) =>
      `<tr${i === 0 ? ' class="best"' : ""} data-config="${esc(table[i].config)}">${
        cells.map((c) => `<td>${esc(c)}</td>`).join("")
      }</tr>`
    ).join("\n")
  }
</tbody></table>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>rectify report</title>
<style>
body { font-family: system-ui, -apple-system, sans-serif; margin: 2em auto; max-width: 1100px; color: #222; padding: 0 1em; }
h1 { margin-bottom: .2em; }
.meta { color: #555; font-size: .9em; }
code { background: #f4f4f4; padding: .1em .3em; border-radius: 3px; }
table.ranking { border-collapse: collapse; font-size: .85em; margin: 1em 0; }
table.ranking th, table.ranking td { border-bottom: 1px solid #ddd; padding: .3em .6em; text-align: right; white-space: nowrap; }
table.ranking th:nth-child(-n+4), table.ranking td:nth-child(-n+4) { text-align: left; }
table.ranking tr.best { background: #eaf6ea; font-weight: 600; }
figure.chart { margin: 2em 0; }
figure.chart figcaption { font-weight: 600; margin-bottom: .5em; }
.failures { color: #a00; }
table.sweep { border-collapse: collapse; font-size: .85em; margin: .5em 0; }
table.sweep th, table.sweep td { border-bottom: 1px solid #ddd; padding: .3em .6em; text-align: left; }
table.sweep td.tried { color: #555; font-size: .9em; white-space: normal; }
</style>
</head>
<body>
<h1>rectify comparison</h1>
<p class="meta">Data: ${esc(info.dataset)}<br>Command: <code>${esc(info.command)}</code><br>
Created ${esc(info.created)}; ${runs.length} runs in ${info.seconds.toFixed(1)} s.</p>
<h2>Ranking</h2>
<p class="meta">Mean ± standard deviation over seeds. Dead h<i>k</i>: fraction of units of hidden layer <i>k</i>
whose input was &lt;= 0 for every training example of the last epoch (the dying-ReLU criterion). Grad ratio: gradient norm of the first dense layer over the
last, averaged over epochs (small values mean vanishing gradients).</p>
${tableHtml}
${
    failures.length
      ? `<ul class="failures">${
        failures.map((r) =>
          `<li>${esc(r.run)} (${esc(configOf(r))}, seed ${r.seed}): ${esc(r.failure!)}</li>`
        )
          .join("")
      }</ul>`
      : ""
  }
${sweeps}
<h2>Curves</h2>
${figures.join("\n")}
</body>
</html>
`;
}
