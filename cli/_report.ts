/**
 * report.html: a self-contained page (SVG charts rendered here, headlessly,
 * by Vega; inline CSS; no scripts, no external resources) with the ranking
 * table, an overview of the final metric over the grid, the training curves,
 * per-layer diagnostics and, for classification, confusion matrices. It is
 * laid out for a content column of {@linkcode PAGE_WIDTH} px that never
 * scrolls sideways, and reads the same from 2 to a few hundred
 * configurations (see `_report_charts.ts` for the encoding). @internal
 *
 * @module
 */

import { renderChart } from "../viz/vega.ts";
import { configOf, type RunRecord, tableCells, type TableRow } from "./_summary.ts";
import type { EpochMetrics } from "../train/trainer.ts";
import { renderSweeps } from "./_sweep_report.ts";
import { esc } from "./_html.ts";
import {
  confusionChart,
  curvePoints,
  fitAxis,
  lineChart,
  overviewChart,
  PAGE_WIDTH,
  type Style,
  styleOf,
} from "./_report_charts.ts";

/** The per-epoch metrics that get a curve chart, by task, in page order. @internal */
export const CHART_METRICS = {
  classification: ["valAccuracy", "valLoss", "trainLoss", "deadFraction", "gradNorm"],
  regression: ["valRmse", "valR2", "trainLoss", "deadFraction", "gradNorm"],
} as const;

type Metric = (typeof CHART_METRICS)[keyof typeof CHART_METRICS][number];

/** Ranking rows shown before the "show all" switch. */
const TABLE_ROWS_SHOWN = 20;

/** A section of the page. @internal */
export interface ReportSection {
  /** Anchor id (also the table of contents' link). */
  id: string;
  /** Heading. */
  title: string;
  /** HTML body (charts as inline SVG). */
  html: string;
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
  /** Class names for the confusion matrices (default: the class indices). */
  classNames?: readonly string[];
  /**
   * Sections contributed by other parts of the CLI (e.g. a sweep's grouping),
   * placed after the overview.
   */
  sections?: ReportSection[];
}

interface CurveDef {
  title: string;
  yTitle: string;
  pick: (m: EpochMetrics) => number | null | number[];
  layer?: (i: number) => string;
  bounds?: [number, number];
  /** Smallest value-axis span (accuracy: 5 points, so that one example is not a trend). */
  minSpan?: number;
  log?: boolean;
  zero?: boolean;
  format?: string;
  /** Draw the seed band (single-value metrics). */
  band: boolean;
}

const CURVES: Record<Metric, CurveDef> = {
  valAccuracy: {
    title: "Validation accuracy",
    yTitle: "validation accuracy",
    pick: (m) => m.valAccuracy,
    bounds: [0, 1],
    minSpan: 0.05,
    format: "%",
    band: true,
  },
  valLoss: {
    title: "Validation loss",
    yTitle: "validation loss",
    pick: (m) => m.valLoss,
    bounds: [0, Infinity],
    band: true,
  },
  valRmse: {
    title: "Validation RMSE",
    yTitle: "validation RMSE",
    pick: (m) => m.valRmse,
    bounds: [0, Infinity],
    band: true,
  },
  valR2: {
    title: "Validation R²",
    yTitle: "validation R²",
    pick: (m) => m.valR2,
    bounds: [-Infinity, 1],
    band: true,
  },
  trainLoss: {
    title: "Training loss",
    yTitle: "training loss",
    pick: (m) => m.trainLoss,
    bounds: [0, Infinity],
    band: true,
  },
  deadFraction: {
    title: "Dead-unit fraction per hidden layer (channels on conv layers)",
    yTitle: "dead fraction",
    pick: (m) => m.deadFraction,
    layer: (i) => `hidden layer ${i + 1}`,
    bounds: [0, 1],
    zero: true,
    format: "%",
    band: false,
  },
  gradNorm: {
    title: "Gradient norm per weight layer, dense or conv (log scale)",
    yTitle: "gradient norm",
    pick: (m) => m.gradNorm,
    layer: (i) => `weight layer ${i + 1}`,
    log: true,
    band: false,
  },
};

function seedsNote(table: TableRow[]): string {
  const most = Math.max(...table.map((r) => r.runs));
  return most > 1 ? `mean over ${most} seeds` : "one seed each";
}

function encodingNote(style: Style, n: number): string {
  const dash = style.dashTitle ? `, dash: ${style.dashTitle}` : "";
  if (style.top === n) {
    return `Colour: ${style.colourTitle}${dash}; each line ends with its configuration's rank.`;
  }
  if (style.mode === "colour") {
    return `Colour: ${style.colourTitle}${dash}. The top ${style.top} configurations are drawn thick with their rank at the line end; the others thin.`;
  }
  return `The top ${style.top} of ${n} configurations in colour (colour: ${style.colourTitle}${dash}; rank at the line end); the other ${
    n - style.top
  } as grey lines for context.`;
}

async function curveFigure(
  metric: Metric,
  runs: RunRecord[],
  table: TableRow[],
  style: Style,
): Promise<string> {
  const def = CURVES[metric];
  const points = curvePoints(runs, style, def.pick, def.layer)
    .filter((p) => !def.log || p.mean > 0);
  let body: string;
  let note = "";
  if (points.length === 0) {
    body =
      `<p class="empty">No data for this metric (e.g. no validation split or no hidden layer).</p>`;
  } else {
    // per-layer diagnostics fit every configuration: there the outliers are the story
    const axis = fitAxis(points, style, {
      bounds: def.bounds,
      log: def.log,
      zero: def.zero,
      minSpan: def.minSpan,
      all: def.layer !== undefined,
    });
    const spec = lineChart(points, style, {
      yTitle: def.yTitle,
      axis,
      log: def.log,
      format: def.format,
      facet: def.layer !== undefined,
      band: def.band && table.some((r) => r.runs > 1),
    });
    body = await renderChart(spec);
    if (axis.clipped) {
      note = ` The value axis is fitted to epoch ${axis.from} onwards of the ${
        style.mode === "colour" || def.layer ? "" : "highlighted "
      }configurations; points outside it are cut off.`;
    }
  }
  const band = def.band && table.some((r) => r.runs > 1) ? " (band: min–max over seeds)" : "";
  return `<figure class="chart" data-metric="${metric}"><figcaption><b>${esc(def.title)}</b>, ${
    seedsNote(table)
  }${band}.${esc(note)}</figcaption>${body}</figure>`;
}

function dashSwatch(dash: string): string {
  return `<svg class="dash" width="28" height="8" aria-hidden="true"><line x1="0" y1="4" x2="28" y2="4" stroke="#333" stroke-width="2"${
    dash ? ` stroke-dasharray="${dash}"` : ""
  }/></svg>`;
}

/** "0.1234 ± 0.0100" → mean, with the spread in a quieter span. */
function statCell(text: string): string {
  const m = /^(.*?) ± (\S+)(.*)$/.exec(text);
  if (!m) return esc(text);
  return `${esc(m[1])}<span class="sd"> ± ${esc(m[2])}</span>${esc(m[3])}`;
}

/** The spec with a break opportunity after each comma (long optimizer specs wrap there). */
function specCell(text: string): string {
  return esc(text).replace(/,/g, ",<wbr>");
}

function rankingTable(table: TableRow[], style: Style, target: number) {
  const { head, body } = tableCells(table, target);
  // label columns with one value in every row move to a line above the table
  // grid axes (dataset, layers, schedule) come between the rank and the activation
  const act = head.indexOf("activation");
  const labelCols = Array.from({ length: act + 2 }, (_, i) => i + 1);
  const constant = table.length > 1
    ? labelCols.filter((c) => body.every((row) => row[c] === body[0][c]))
    : [];
  const keep = head.map((_, i) => !constant.includes(i));
  const fixed = constant.map((c) => `${head[c]} <code>${esc(body[0][c])}</code>`);
  const hidden = table.length > TABLE_ROWS_SHOWN + 5 ? table.length - TABLE_ROWS_SHOWN : 0;
  const rows = body.map((cells, i) => {
    const r = table[i];
    const s = style.byConfig.get(r.config)!;
    const classes = [
      r.rank === 1 ? "best" : r.rank <= style.top ? "top" : "",
      r.diverged ? "diverged" : "",
      hidden && i >= TABLE_ROWS_SHOWN ? "more" : "",
    ].filter(Boolean);
    const tds = cells.map((c, j) => {
      if (!keep[j]) return "";
      if (j > 0 && j < act) return `<td class="label">${esc(c)}</td>`;
      if (j === act) {
        const sw = style.colourTitle === "activation"
          ? `<span class="sw" style="background:${s.colour}"></span>`
          : "";
        return `<td class="label">${sw}${esc(c)}</td>`;
      }
      if (j === act + 1 || j === act + 2) {
        const first = j === act + 1 || !keep[act + 1];
        const sw = first && s.dash !== null ? dashSwatch(s.dash) : "";
        return `<td class="label spec">${sw}${specCell(c)}</td>`;
      }
      return `<td>${statCell(c)}</td>`;
    }).join("");
    return `<tr${classes.length ? ` class="${classes.join(" ")}"` : ""} data-config="${
      esc(r.config)
    }">${tds}</tr>`;
  });
  // numeric headers wrap within a narrow box, so that they do not widen their columns
  const ths = head.map((h, j) =>
    !keep[j]
      ? ""
      : j <= act + 2
      ? `<th class="label">${esc(h)}</th>`
      : `<th><span>${esc(h)}</span></th>`
  ).join("");
  const toggle = hidden
    ? `<input type="checkbox" id="all-rows" class="all-rows"><label for="all-rows" class="all-rows">Show all ${table.length} configurations (${hidden} more)</label>`
    : "";
  return `${fixed.length ? `<p class="meta">Same in every run: ${fixed.join("; ")}.</p>` : ""}
<div class="table-wrap">${toggle}
<table class="ranking">
<thead><tr>${ths}</tr></thead>
<tbody>
${rows.join("\n")}
</tbody></table></div>`;
}

async function overviewSection(table: TableRow[], style: Style): Promise<ReportSection | null> {
  const regression = table.every((r) => r.task === "regression");
  const spec = overviewChart(
    table,
    style,
    regression
      ? {
        pick: (r) => r.finalValRmse.mean,
        title: "final val RMSE",
        format: (v) => v.toPrecision(3),
        higherIsBetter: false,
      }
      : {
        pick: (r) => r.finalValAccuracy.mean,
        title: "final val accuracy",
        format: (v) => (v * 100).toFixed(1),
        higherIsBetter: true,
      },
  );
  if (spec === null) return null;
  const what = regression ? "validation RMSE" : "validation accuracy (%)";
  return {
    id: "overview",
    title: "Overview",
    html:
      `<figure class="chart" data-chart="overview"><figcaption><b>Final ${what}</b> of every configuration (mean over seeds). The colour scale spans the range of the values; the top ${style.top} are outlined with their rank.</figcaption>${await renderChart(
        spec,
      )}</figure>`,
  };
}

/** Confusion matrices (summed over seeds) of the best configuration and of the last-ranked one. */
async function confusionSection(
  runs: RunRecord[],
  table: TableRow[],
  classNames: readonly string[] | undefined,
): Promise<ReportSection | null> {
  const summed = (config: string) => {
    const ms = runs.filter((r) => configOf(r) === config && r.confusion).map((r) => r.confusion!);
    if (ms.length === 0) return null;
    return {
      seeds: ms.length,
      m: ms[0].map((row, i) => row.map((_, j) => ms.reduce((s, x) => s + x[i][j], 0))),
    };
  };
  const picks: { row: TableRow; label: string }[] = [];
  if (table.length) picks.push({ row: table[0], label: "best" });
  const worst = [...table].reverse().find((r) => r.rank > 1 && summed(r.config));
  if (worst) picks.push({ row: worst, label: "last-ranked" });
  const figures: string[] = [];
  for (const { row, label } of picks) {
    const s = summed(row.config);
    if (!s) continue;
    const total = s.m.flat().reduce((a, b) => a + b, 0);
    const correct = s.m.reduce((a, r, i) => a + r[i], 0);
    const title = `#${row.rank} (${label}): ${row.config}`;
    figures.push(
      `<figure class="chart confusion" data-chart="confusion"><figcaption>${
        esc(title)
      }<br><span class="meta">${total} validation predictions over ${s.seeds} seed${
        s.seeds > 1 ? "s" : ""
      }, ${(100 * correct / total).toFixed(1)}% correct</span></figcaption>${await renderChart(
        confusionChart(s.m, classNames ?? [], ""),
      )}</figure>`,
    );
  }
  if (figures.length === 0) return null;
  return {
    id: "confusion",
    title: "Confusion matrices",
    html:
      `<p class="meta">Rows: true class; columns: predicted class; counts summed over seeds, colour: share of the true class (so the diagonal is each class's recall).</p>
<div class="side-by-side">${figures.join("\n")}</div>`,
  };
}

/** Render the page. @internal */
export async function renderReport(
  runs: RunRecord[],
  table: TableRow[],
  info: ReportInfo,
): Promise<string> {
  const style = styleOf(table);
  const regression = table.length > 0 && table.every((r) => r.task === "regression");
  const metrics = regression ? CHART_METRICS.regression : CHART_METRICS.classification;
  const failures = runs.filter((r) => r.failure);
  const sections: ReportSection[] = [];
  sections.push({
    id: "ranking",
    title: "Ranking",
    html: `<p class="meta">${table.length} configuration${
      table.length === 1 ? "" : "s"
    }, ranked by ${
      regression ? "mean final validation RMSE (lower first)" : "mean final validation accuracy"
    }; mean ± standard deviation over seeds. Dead h<i>k</i>: fraction of units of hidden layer <i>k</i>
whose input was &lt;= 0 for every training example of the last epoch (the dying-ReLU criterion; after a convolution a unit is a channel, dead when &lt;= 0 at every position). Grad ratio: gradient norm of the first weight layer (dense or conv) over the
last, averaged over epochs (small values mean vanishing gradients).</p>
${rankingTable(table, style, info.target)}
${
      failures.length
        ? `<ul class="failures">${
          failures.map((r) =>
            `<li>${esc(r.run)} (${esc(configOf(r))}, seed ${r.seed}): ${esc(r.failure!)}</li>`
          ).join("")
        }</ul>`
        : ""
    }`,
  });
  const overview = table.length >= 4 ? await overviewSection(table, style) : null;
  if (overview) sections.push(overview);
  const sweeps = await renderSweeps(table);
  if (sweeps) sections.push(sweeps);
  sections.push(...(info.sections ?? []));
  const curves: string[] = [];
  for (const metric of metrics.slice(0, 3)) {
    curves.push(await curveFigure(metric, runs, table, style));
  }
  sections.push({
    id: "curves",
    title: "Training curves",
    html: `<p class="meta">${esc(encodingNote(style, table.length))}</p>\n${curves.join("\n")}`,
  });
  const layers: string[] = [];
  for (const metric of metrics.slice(3)) layers.push(await curveFigure(metric, runs, table, style));
  sections.push({ id: "layers", title: "Inside the network", html: layers.join("\n") });
  if (!regression) {
    const confusion = await confusionSection(runs, table, info.classNames);
    if (confusion) sections.push(confusion);
  }
  const nav = sections.map((s) => `<a href="#${s.id}">${esc(s.title)}</a>`).join(" · ");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>rectify report</title>
<style>
body { font-family: system-ui, -apple-system, sans-serif; margin: 1.5em auto; max-width: ${PAGE_WIDTH}px; color: #222; padding: 0 16px; }
h1 { margin-bottom: .2em; }
h2 { margin-top: 1.6em; border-bottom: 1px solid #e4e4e4; padding-bottom: .2em; }
nav { font-size: .9em; margin: .8em 0; }
.meta { color: #555; font-size: .9em; }
code { background: #f4f4f4; padding: .1em .3em; border-radius: 3px; overflow-wrap: anywhere; }
svg.marks { max-width: 100%; height: auto; }
.table-wrap { max-width: 100%; overflow-x: auto; }
table.ranking { border-collapse: collapse; font-size: 13px; margin: .5em 0 1em; width: 100%; }
table.ranking th, table.ranking td { border-bottom: 1px solid #e2e2e2; padding: .25em .45em; text-align: right; white-space: nowrap; }
table.ranking th { white-space: normal; vertical-align: bottom; font-weight: 600; }
table.ranking th span { display: inline-block; max-width: 6em; }
table.ranking .label { text-align: left; }
table.ranking td.spec { white-space: normal; overflow-wrap: anywhere; min-width: 8em; }
table.ranking .sd { color: #888; font-size: 11px; }
table.ranking tr.best { background: #e3f3e3; font-weight: 600; }
table.ranking tr.top { background: #f1f9f1; }
table.ranking tr.diverged td { color: #a00; }
.sw { display: inline-block; width: .8em; height: .8em; border-radius: 2px; margin-right: .4em; vertical-align: -.05em; }
svg.dash { margin-right: .4em; vertical-align: middle; }
input.all-rows { display: none; }
label.all-rows { display: inline-block; cursor: pointer; color: #1a5fb4; font-size: .9em; margin: .3em 0; }
label.all-rows::before { content: "▸ "; }
input.all-rows:checked + label.all-rows::before { content: "▾ "; }
input.all-rows:not(:checked) ~ table tr.more { display: none; }
figure.chart { margin: 1.4em 0; }
figure.chart figcaption { margin-bottom: .5em; font-size: .95em; }
.side-by-side { display: flex; flex-wrap: wrap; gap: 2em; }
.side-by-side figure.chart { margin: .5em 0; }
.failures { color: #a00; }
table.sweep { border-collapse: collapse; font-size: .85em; margin: .5em 0; }
table.sweep th, table.sweep td { border-bottom: 1px solid #ddd; padding: .3em .6em; text-align: left; }
table.sweep td.tried { color: #555; font-size: .9em; white-space: normal; }
</style>
</head>
<body>
<h1>${table.length === 1 ? "rectify training run" : "rectify comparison"}</h1>
<p class="meta">Data: ${esc(info.dataset)}<br>Command: <code>${esc(info.command)}</code><br>
Created ${esc(info.created)}; ${runs.length} run${runs.length === 1 ? "" : "s"} in ${
    info.seconds.toFixed(1)
  } s.</p>
<nav>${nav}</nav>
${
    sections.map((s) =>
      `<section id="${esc(s.id)}">\n<h2>${esc(s.title)}</h2>\n${s.html}\n</section>`
    ).join("\n")
  }
</body>
</html>
`;
}
