/**
 * The report's chart specifications (Vega-Lite, rendered to SVG by the
 * caller). One visual language for every size of grid:
 *
 * - activation → colour, the other varying settings (optimizer, init) →
 *   dash pattern, with the same colours and dashes in the ranking table;
 * - the top configurations are drawn thick with their rank at the line end;
 *   up to {@linkcode COLOUR_MODE_LIMIT} configurations the rest are drawn thin
 *   and faded in their colours, beyond it (or with more colours or dashes
 *   than can be told apart) as grey context lines, and the legends list the
 *   top configurations' keys only;
 * - y axes are fitted to the settled part of training of the emphasised
 *   lines (values outside are clipped, and the caption says so);
 * - per-layer charts are small multiples, one per layer, wrapped in rows.
 *
 * @internal
 *
 * @module
 */

import type { ChartSpec } from "../viz/vega.ts";
import { textWidth } from "../viz/_text.ts";
import type { EpochMetrics } from "../train/trainer.ts";
import { configOf, type RunRecord, type TableRow } from "./_summary.ts";

/** Width (px) of the page's content column; every chart fits in it. @internal */
export const PAGE_WIDTH = 1180;
/** Legend labels longer than this (px) are cut with an ellipsis. */
const LABEL_LIMIT = 420;
/** Up to this many configurations every line is drawn in its colours. @internal */
export const COLOUR_MODE_LIMIT = 40;

// Vega's tableau10 and tableau20 schemes, spelled out so the table's swatches match the charts.
const TABLEAU10 = [
  "#4c78a8",
  "#f58518",
  "#e45756",
  "#72b7b2",
  "#54a24b",
  "#eeca3b",
  "#b279a2",
  "#ff9da6",
  "#9d755d",
  "#bab0ac",
];
const TABLEAU20 = [
  "#4c78a8",
  "#9ecae9",
  "#f58518",
  "#ffbf79",
  "#54a24b",
  "#88d27a",
  "#b79a20",
  "#f2cf5b",
  "#439894",
  "#83bcb6",
  "#e45756",
  "#ff9d98",
  "#79706e",
  "#bab0ac",
  "#d67195",
  "#fcbfd2",
  "#b279a2",
  "#d6a5c9",
  "#9e765f",
  "#d8b5a5",
];
/** Dash patterns that stay distinguishable at 1–3 px line width. */
const DASHES: number[][] = [[1, 0], [7, 3], [2, 2.5], [10, 3, 2, 3], [4, 4], [12, 3, 2, 3, 2, 3]];
const CONTEXT_GREY = "#c9c9c9";

/** How one configuration is drawn. @internal */
export interface ConfigStyle {
  config: string;
  rank: number;
  /** Among the highlighted top configurations. */
  top: boolean;
  /** Value of the colour key (the activation, or the setting when only one activation runs). */
  colourKey: string;
  /** Value of the dash key (the varying settings besides the activation), or "". */
  dashKey: string;
  /** CSS colour of its colour key (context lines are drawn grey whatever their key). */
  colour: string;
  /** SVG dash array ("" for solid), or null where the charts draw no dash for it. */
  dash: string | null;
}

/** The encoding shared by every chart and the ranking table. @internal */
export interface Style {
  /** "colour": every line in its colours; "context": the top ones coloured, the rest grey. */
  mode: "colour" | "context";
  /** How many configurations are highlighted. */
  top: number;
  colourTitle: string;
  /** Null when only the activation varies (no dash key). */
  dashTitle: string | null;
  /** Colour keys in the legend, and all of them with their colours (rank order). */
  colourLegend: string[];
  colourDomain: string[];
  colourRange: string[];
  dashLegend: string[];
  dashDomain: string[];
  dashRange: number[][];
  byConfig: Map<string, ConfigStyle>;
}

function distinct(values: string[]): string[] {
  return [...new Set(values)];
}

/** Decide the encoding from the ranked table (rank order decides colours and dashes). @internal */
export function styleOf(table: TableRow[]): Style {
  const n = table.length;
  const top = Math.min(n, n <= COLOUR_MODE_LIMIT ? 3 : 5);
  const activations = distinct(table.map((r) => r.activation));
  const optimizers = distinct(table.map((r) => r.optimizer));
  const inits = distinct(table.map((r) => r.init));
  const settingParts = (r: TableRow) => [
    ...(optimizers.length > 1 || inits.length === 1 ? [r.optimizer] : []),
    ...(inits.length > 1 ? [r.init] : []),
  ];
  const settingTitle = [
    ...(optimizers.length > 1 || inits.length === 1 ? ["optimizer"] : []),
    ...(inits.length > 1 ? ["init"] : []),
  ].join(" · ");
  const setting = (r: TableRow) => settingParts(r).join(" · ");
  const byActivation = activations.length > 1;
  const colourOf = (r: TableRow) => (byActivation ? r.activation : setting(r));
  const dashOf = (r: TableRow) => (byActivation ? setting(r) : "");
  const colourKeys = distinct(table.map(colourOf));
  const dashKeys = distinct(table.map(dashOf));
  const hasDash = byActivation && dashKeys.length > 1;
  const mode = n <= COLOUR_MODE_LIMIT && colourKeys.length <= 10 &&
      (!hasDash || dashKeys.length <= DASHES.length)
    ? "colour"
    : "context";
  const palette = colourKeys.length <= 10 ? TABLEAU10 : TABLEAU20;
  const colourRange = colourKeys.map((_, i) => palette[i % palette.length]);
  const topRows = table.slice(0, top);
  // in context mode only the top configurations get dashes, so they stay distinct
  const dashDomain = hasDash ? (mode === "colour" ? dashKeys : distinct(topRows.map(dashOf))) : [];
  const dashRange = dashDomain.map((_, i) => DASHES[i % DASHES.length]);
  const byConfig = new Map<string, ConfigStyle>();
  for (const r of table) {
    const isTop = r.rank <= top;
    const shown = mode === "colour" || isTop;
    const ci = colourKeys.indexOf(colourOf(r));
    const di = dashDomain.indexOf(dashOf(r));
    byConfig.set(r.config, {
      config: r.config,
      rank: r.rank,
      top: isTop,
      colourKey: colourOf(r),
      dashKey: dashOf(r),
      colour: colourRange[ci],
      dash: hasDash && shown && di >= 0 ? dashRange[di].join(",").replace(/^1,0$/, "") : null,
    });
  }
  return {
    mode,
    top,
    colourTitle: byActivation ? "activation" : settingTitle,
    dashTitle: hasDash ? settingTitle : null,
    colourLegend: mode === "colour" ? colourKeys : distinct(topRows.map(colourOf)),
    colourDomain: colourKeys,
    colourRange,
    dashLegend: dashDomain,
    dashDomain,
    dashRange,
    byConfig,
  };
}

/** One point of a curve: a configuration's mean (and seed range) at an epoch. @internal */
export interface CurvePoint {
  config: string;
  c: string;
  d: string;
  rank: number;
  top: boolean;
  epoch: number;
  mean: number;
  lo: number;
  hi: number;
  /** Facet (layer name) for per-layer charts. */
  layer?: string;
}

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

/**
 * Per configuration and epoch: mean, min and max over seeds of one value
 * (`pick` returns one number per layer for per-layer metrics). @internal
 */
export function curvePoints(
  runs: RunRecord[],
  style: Style,
  pick: (m: EpochMetrics) => number | null | number[],
  layerName?: (i: number) => string,
): CurvePoint[] {
  const rows: CurvePoint[] = [];
  for (const [config, epochs] of byConfigEpoch(runs)) {
    const s = style.byConfig.get(config);
    if (!s) continue;
    for (const [epoch, ms] of epochs) {
      const picked = ms.map(pick);
      const layers = layerName ? Math.max(0, ...picked.map((p) => (p as number[]).length)) : 1;
      for (let i = 0; i < layers; i++) {
        const v = finite(picked.map((p) => (layerName ? (p as number[])[i] : p as number | null)));
        if (v.length === 0) continue;
        rows.push({
          config,
          c: s.colourKey,
          d: s.dashKey,
          rank: s.rank,
          top: s.top,
          epoch,
          mean: v.reduce((a, b) => a + b, 0) / v.length,
          lo: Math.min(...v),
          hi: Math.max(...v),
          ...(layerName ? { layer: layerName(i) } : {}),
        });
      }
    }
  }
  return rows;
}

/** How a value axis is fitted. @internal */
export interface AxisFit {
  /** Values can never leave this range (e.g. [0, 1] for accuracy). */
  bounds?: [number, number];
  /** Log scale (positive values only). */
  log?: boolean;
  /** Always include zero (e.g. dead fractions). */
  zero?: boolean;
  /** Fit to every configuration, also in context mode (diagnostics where the outliers matter). */
  all?: boolean;
  /** The smallest span the axis may have (before padding). */
  minSpan?: number;
}

/** The fitted domain, and whether some drawn value falls outside it. @internal */
export interface FittedAxis {
  domain: [number, number];
  clipped: boolean;
  /** First epoch the fit looked at. */
  from: number;
}

/**
 * Fit a value axis to the settled part of training (from a quarter of the
 * epochs on) of the emphasised configurations: all of them in colour mode,
 * the top ones in context mode. @internal
 */
export function fitAxis(points: CurvePoint[], style: Style, fit: AxisFit = {}): FittedAxis {
  const last = Math.max(...points.map((p) => p.epoch));
  const from = last >= 4 ? Math.floor(last / 4) + 1 : 1;
  const emphasised = points.filter((p) => style.mode === "colour" || fit.all || p.top);
  const settled = emphasised.filter((p) => p.epoch >= from && (!fit.log || p.lo > 0));
  const range = (ps: CurvePoint[]) => {
    const v = ps.flatMap((p) => (p.top ? [p.lo, p.mean, p.hi] : [p.mean]))
      .filter((x) => !fit.log || x > 0);
    return [Math.min(...v), Math.max(...v)];
  };
  const span = ([a, b]: number[]) => (fit.log ? Math.log(b / a) : b - a);
  const all = range(emphasised);
  const calm = settled.length ? range(settled) : all;
  // the early epochs are kept unless they would squeeze the settled part of several lines
  // below 60% of the axis (with one line there is nothing to tell apart)
  const lines = new Set(emphasised.map((p) => p.config)).size;
  let [lo, hi] = lines < 2 || span(all) <= span(calm) / 0.6 ? all : calm;
  if (fit.minSpan && hi - lo < fit.minSpan) {
    // no closer than minSpan: one validation example more or less is not a trend
    const mid = (lo + hi) / 2;
    [lo, hi] = [mid - fit.minSpan / 2, mid + fit.minSpan / 2];
    if (fit.bounds && hi > fit.bounds[1]) [lo, hi] = [fit.bounds[1] - fit.minSpan, fit.bounds[1]];
    if (fit.bounds && lo < fit.bounds[0]) [lo, hi] = [fit.bounds[0], fit.bounds[0] + fit.minSpan];
  }
  if (fit.zero) lo = Math.min(lo, 0);
  if (fit.log) {
    lo /= 1.25;
    hi *= 1.25;
  } else {
    const pad = Math.max((hi - lo) * 0.08, Math.abs(hi) * 0.004, 1e-6);
    lo = fit.zero && lo === 0 ? 0 : lo - pad;
    hi += pad;
  }
  if (fit.bounds) {
    lo = Math.max(lo, fit.bounds[0]);
    hi = Math.min(hi, fit.bounds[1]);
  }
  const clipped = points.some((p) => p.mean < lo || p.mean > hi);
  return { domain: [lo, hi], clipped, from };
}

interface LineOptions {
  yTitle: string;
  axis: FittedAxis;
  log?: boolean;
  /** y axis format (d3-format), e.g. "%". */
  format?: string;
  /** Per-layer small multiples. */
  facet?: boolean;
  /** Draw the min–max band over seeds of the top configurations. */
  band: boolean;
}

/** Width (px) the legends take right of a plot, measured as Vega will lay them out. */
function legendWidth(style: Style): number {
  const label = (t: string) => Math.min(LABEL_LIMIT, textWidth({ fontSize: 11 }, t));
  const title = (t: string) => textWidth({ fontSize: 12, fontWeight: "bold" }, t);
  const colour = Math.max(
    title(style.colourTitle),
    ...style.colourLegend.map((l) => label(l) + 18),
  );
  const dash = style.dashTitle
    ? Math.max(title(style.dashTitle), ...style.dashLegend.map((l) => label(l) + 32))
    : 0;
  return Math.ceil(Math.max(colour, dash)) + 24;
}

function legendBase(title: string) {
  return {
    title,
    orient: "right",
    labelLimit: LABEL_LIMIT,
    titleLimit: LABEL_LIMIT,
    labelFontSize: 11,
    titleFontSize: 12,
    symbolOpacity: 1,
  };
}

/**
 * A line chart of curve points in the shared encoding: one chart, or one
 * small multiple per layer (`facet`). @internal
 */
export function lineChart(points: CurvePoint[], style: Style, o: LineOptions): ChartSpec {
  const last = Math.max(...points.map((p) => p.epoch));
  const first = Math.min(...points.map((p) => p.epoch));
  const facets = o.facet ? distinct(points.map((p) => p.layer!)).length : 1;
  const columns = Math.min(facets, 3);
  // the plot takes what the y axis (about 70 px) and the legends leave of the page
  const free = PAGE_WIDTH - legendWidth(style) - 80;
  const plotWidth = o.facet ? Math.floor(free / columns) - 45 : free;
  const x = {
    field: "epoch",
    type: "quantitative",
    title: "epoch",
    // room right of the last epoch for the rank labels
    scale: { domain: [first, last + Math.max(0.3, (last - first) * (o.facet ? 0.1 : 0.04))] },
    axis: { tickMinStep: 1, format: "d" },
  };
  const y = {
    field: "mean",
    type: "quantitative",
    title: o.yTitle,
    scale: { domain: o.axis.domain, ...(o.log ? { type: "log" } : { zero: false }), nice: false },
    axis: { ...(o.format ? { format: o.format } : {}), tickCount: 6 },
  };
  const colour = {
    field: "c",
    type: "nominal",
    scale: { domain: style.colourDomain, range: style.colourRange },
    legend: { ...legendBase(style.colourTitle), values: style.colourLegend, symbolType: "square" },
  };
  const dash = style.dashTitle
    ? {
      strokeDash: {
        field: "d",
        type: "nominal",
        scale: { domain: style.dashDomain, range: style.dashRange },
        legend: {
          ...legendBase(style.dashTitle),
          values: style.dashLegend,
          symbolType: "stroke",
          symbolStrokeWidth: 2,
          symbolSize: 600,
          // (symbolOpacity with symbolStrokeColor loses the stroke: set both directly)
          symbolOpacity: undefined,
          encode: { symbols: { update: { stroke: { value: "#333" }, opacity: { value: 1 } } } },
        },
      },
    }
    : {};
  const height = o.facet ? 190 : 300;
  const values = withLabelPositions(points, last, o.axis.domain, height, o.log === true);
  const layers: unknown[] = [];
  if (o.band) {
    layers.push({
      transform: [{ filter: "datum.top && datum.hi > datum.lo" }],
      mark: { type: "area", opacity: 0.14, clip: true },
      encoding: {
        x,
        y: { ...y, field: "lo" },
        y2: { field: "hi" },
        color: colour,
        detail: { field: "config" },
      },
    });
  }
  layers.push({
    transform: [{ filter: "!datum.top" }],
    mark: style.mode === "colour"
      ? { type: "line", strokeWidth: 1.3, opacity: 0.55, clip: true }
      : { type: "line", strokeWidth: 1, color: CONTEXT_GREY, opacity: 0.8, clip: true },
    encoding: style.mode === "colour"
      ? { x, y, color: colour, ...dash, detail: { field: "config" } }
      : { x, y, detail: { field: "config" } },
  });
  layers.push({
    transform: [{ filter: "datum.top" }],
    mark: { type: "line", strokeWidth: 2.8, clip: true, point: last - first <= 20 },
    encoding: { x, y, color: colour, ...dash, detail: { field: "config" } },
  });
  layers.push({
    transform: [{ filter: "isValid(datum.ly)" }],
    mark: {
      type: "text",
      align: "left",
      baseline: "middle",
      dx: 5,
      fontSize: 11,
      fontWeight: "bold",
    },
    encoding: {
      x,
      y: { ...y, field: "ly" },
      text: { field: "rank", type: "nominal" },
      color: colour,
    },
  });
  if (o.facet) {
    return {
      data: { values },
      facet: {
        field: "layer",
        type: "nominal",
        title: null,
        header: { labelFontSize: 12, labelFontWeight: "bold", labelOrient: "top" },
      },
      columns,
      spec: { width: plotWidth, height, layer: layers },
      resolve: { scale: { y: "shared" } },
    } as unknown as ChartSpec;
  }
  return {
    width: plotWidth,
    height,
    data: { values },
    layer: layers,
  } as unknown as ChartSpec;
}

/** Pixels between the centres of two rank labels at a line end. */
const LABEL_GAP = 12;

/**
 * Where each top configuration's rank label goes at the last epoch (`ly`, in
 * data units): at its line's end, inside the axis, nudged apart so that no
 * two overlap when lines end close together (per facet). @internal
 */
export function withLabelPositions(
  points: CurvePoint[],
  last: number,
  domain: [number, number],
  height: number,
  log: boolean,
): (CurvePoint & { ly?: number })[] {
  const t = (v: number) => (log ? Math.log(v) : v);
  const [a, b] = [t(domain[0]), t(domain[1])];
  const toPx = (v: number) => Math.min(height, Math.max(0, ((t(v) - a) / (b - a)) * height));
  const fromPx = (px: number) => {
    const v = a + (px / height) * (b - a);
    return log ? Math.exp(v) : v;
  };
  const ends = points.filter((p) => p.top && p.epoch === last);
  const groups = new Map<string, CurvePoint[]>();
  for (const p of ends) {
    const g = p.layer ?? "";
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g)!.push(p);
  }
  const placed = new Map<CurvePoint, number>();
  for (const group of groups.values()) {
    const items = group.map((p) => ({ p, px: toPx(p.mean) })).sort((x, y) => x.px - y.px);
    // push up from the bottom, then back down from the top if the stack left the axis
    for (let i = 1; i < items.length; i++) {
      items[i].px = Math.max(items[i].px, items[i - 1].px + LABEL_GAP);
    }
    const over = items.length ? items[items.length - 1].px - height : 0;
    if (over > 0) {
      items[items.length - 1].px = height;
      for (let i = items.length - 2; i >= 0; i--) {
        items[i].px = Math.min(items[i].px, items[i + 1].px - LABEL_GAP);
      }
    }
    for (const { p, px } of items) placed.set(p, fromPx(px));
  }
  return points.map((p) => (placed.has(p) ? { ...p, ly: placed.get(p)! } : p));
}

/** One cell of the overview heatmap. */
interface OverviewCell {
  activation: string;
  optimizer: string;
  init: string;
  value: number | null;
  label: string;
  top: boolean;
}

/**
 * Final-metric overview: activation × optimizer (× init as columns of
 * panels), cell colour fitted to the range of the values, top configurations
 * outlined with their rank. Null when the grid has fewer than two activations
 * or fewer than two settings. @internal
 */
export function overviewChart(
  table: TableRow[],
  style: Style,
  metric: {
    pick: (r: TableRow) => number | null;
    title: string;
    format: (v: number) => string;
    higherIsBetter: boolean;
  },
): ChartSpec | null {
  const activations = distinct(table.map((r) => r.activation));
  const optimizers = distinct(table.map((r) => r.optimizer));
  const inits = distinct(table.map((r) => r.init));
  if (activations.length < 2 || optimizers.length * inits.length < 2) return null;
  const cells: OverviewCell[] = table.map((r) => {
    const v = r.diverged ? null : metric.pick(r);
    const top = r.rank <= style.top;
    return {
      activation: r.activation,
      optimizer: r.optimizer,
      init: r.init,
      value: v,
      label: v === null
        ? (r.diverged ? "diverged" : "-")
        : `${top ? `#${r.rank} ` : ""}${metric.format(v)}`,
      top,
    };
  });
  const values = finite(cells.map((c) => c.value));
  const lo = Math.min(...values), hi = Math.max(...values);
  const mid = (lo + hi) / 2;
  const columns = optimizers.length * inits.length;
  const cellWidth = Math.max(54, Math.min(110, Math.floor((PAGE_WIDTH - 420) / columns)));
  const cellHeight = 22;
  const encoding = {
    x: {
      field: "optimizer",
      type: "nominal",
      sort: optimizers,
      title: "optimizer",
      axis: { labelAngle: -30, labelAlign: "right", labelLimit: 200, orient: "bottom" },
    },
    y: { field: "activation", type: "nominal", sort: activations, title: "activation" },
  };
  const spec = {
    width: { step: cellWidth },
    height: { step: cellHeight },
    layer: [
      {
        mark: { type: "rect", stroke: "#fff", strokeWidth: 1 },
        encoding: {
          ...encoding,
          color: {
            field: "value",
            type: "quantitative",
            title: metric.title,
            scale: {
              scheme: "blues",
              domain: lo === hi ? [lo - 1e-9, hi + 1e-9] : [lo, hi],
              reverse: !metric.higherIsBetter,
            },
            legend: { orient: "right", gradientLength: 160, titleLimit: 200 },
          },
        },
      },
      {
        transform: [{ filter: "datum.top" }],
        mark: { type: "rect", fill: null, stroke: "#111", strokeWidth: 2.5 },
        encoding,
      },
      {
        mark: { type: "text", fontSize: 11 },
        encoding: {
          ...encoding,
          text: { field: "label" },
          color: {
            condition: {
              test: metric.higherIsBetter
                ? `datum.value !== null && datum.value > ${mid}`
                : `datum.value !== null && datum.value < ${mid}`,
              value: "#fff",
            },
            value: "#222",
          },
          fontWeight: { condition: { test: "datum.top", value: "bold" }, value: "normal" },
        },
      },
    ],
  };
  if (inits.length === 1) {
    return { data: { values: cells }, ...spec } as unknown as ChartSpec;
  }
  return {
    data: { values: cells },
    facet: {
      field: "init",
      type: "nominal",
      sort: inits,
      title: "init",
      header: { labelFontSize: 12 },
    },
    spec,
  } as unknown as ChartSpec;
}

/**
 * A confusion matrix (rows: true class, columns: predicted), cells coloured
 * by the share of the true class (recall per row), with counts written in
 * when the matrix is small enough to read. @internal
 */
export function confusionChart(
  matrix: number[][],
  classNames: readonly string[],
  title: string,
): ChartSpec {
  const k = matrix.length;
  const cell = Math.max(12, Math.min(36, Math.floor(340 / k)));
  const name = (i: number) => classNames[i] ?? String(i);
  const cells = matrix.flatMap((row, t) => {
    const total = row.reduce((a, b) => a + b, 0);
    return row.map((count, p) => ({
      truth: name(t),
      predicted: name(p),
      count,
      share: total > 0 ? count / total : 0,
    }));
  });
  const order = Array.from({ length: k }, (_, i) => name(i));
  const encoding = {
    x: {
      field: "predicted",
      type: "nominal",
      sort: order,
      title: "predicted class",
      axis: { orient: "top", labelAngle: k > 6 ? -45 : 0, labelLimit: 90 },
    },
    y: {
      field: "truth",
      type: "nominal",
      sort: order,
      title: "true class",
      axis: { labelLimit: 90 },
    },
  };
  return {
    title: { text: title, fontSize: 12, limit: 420, anchor: "start" },
    width: { step: cell },
    height: { step: cell },
    data: { values: cells },
    layer: [
      {
        mark: { type: "rect" },
        encoding: {
          ...encoding,
          color: {
            field: "share",
            type: "quantitative",
            title: "share of true class",
            scale: { domain: [0, 1], range: ["#f7fcf5", "#006d2c"] },
            legend: k <= 12 ? { format: "%", gradientLength: Math.min(160, cell * k) } : null,
          },
        },
      },
      ...(k <= 12
        ? [{
          transform: [{ filter: "datum.count > 0" }],
          mark: { type: "text", fontSize: cell >= 28 ? 11 : 9 },
          encoding: {
            ...encoding,
            text: { field: "count" },
            color: { condition: { test: "datum.share > 0.5", value: "#fff" }, value: "#222" },
          },
        }]
        : []),
    ],
  } as unknown as ChartSpec;
}
