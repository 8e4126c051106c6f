/**
 * Plots of an activation and its derivative, with kinks kept sharp: the
 * curves are sampled densely and split at the plugin's declared kinks and at
 * any jump found while sampling, so no line is drawn across a discontinuity.
 * The derivative comes from autograd (the plugin's own backward), not from a
 * formula.
 *
 * @module
 */

import { RectifyError } from "../core/errors.ts";
import { Activation } from "../core/layers.ts";
import type { ActivationPlugin } from "../core/plugin.ts";
import { defaultRegistry, type Registry } from "../core/registry.ts";
import type { PluginSpec } from "../core/spec.ts";
import { Tensor } from "../core/tensor.ts";
import { type ChartSpec, renderChart } from "./vega.ts";

/** One continuous piece of a curve. */
export interface CurveSegment {
  /** Sample points. */
  x: number[];
  /** f(x). */
  y: number[];
  /** f'(x) from autograd. */
  dy: number[];
}

/** Samples of an activation and its derivative. */
export interface ActivationSamples {
  /** Plugin name. */
  name: string;
  /** The plugin's description. */
  description: string;
  /** Declared kinks inside the range. */
  kinks: number[];
  /** The derivative autograd gives exactly at each kink (the chosen subgradient). */
  kinkGrads: number[];
  /** Pieces between the kinks and jumps for the function. */
  function: { x: number[]; y: number[] }[];
  /** Pieces between the kinks and jumps for the derivative. */
  derivative: { x: number[]; y: number[] }[];
}

/** Options of {@linkcode sampleActivation} and {@linkcode activationChart}. */
export interface ActivationPlotOptions {
  /** Range start (default -5). */
  from?: number;
  /** Range end (default 5). */
  to?: number;
  /** Number of sample points (default 2001). */
  samples?: number;
  /** Registry to find the plugin in (default: the default registry). */
  registry?: Registry;
}

function valuesAndGrads(act: Activation, xs: number[]): { y: number[]; dy: number[] } {
  const x = new Tensor(Float64Array.from(xs), [xs.length], { requiresGrad: true });
  const y = act.call(x);
  if (y.shape.length !== 1 || y.shape[0] !== xs.length) {
    throw new RectifyError(
      "shape",
      `plot: activation "${act.activationName}" is not element-wise (input [${xs.length}] gave [${y.shape}])`,
    );
  }
  y.sum().backward();
  return { y: Array.from(y.data), dy: Array.from(x.grad!.data) };
}

/**
 * Whether an activation acts element by element: applying it to two halves
 * separately gives the same as applying it to the whole (softmax does not).
 *
 * @example
 * ```ts
 * import { isElementwise } from "@rectify/core/viz";
 * console.log(isElementwise("relu")); // true
 * ```
 */
export function isElementwise(spec: PluginSpec, options: { registry?: Registry } = {}): boolean {
  const registry = options.registry ?? defaultRegistry;
  const act = new Activation(spec, { registry, dtype: "float64" }).eval();
  const xs = [-2, -0.5, 0.3, 1.7];
  const whole = act.call(new Tensor(Float64Array.from(xs), [4]));
  if (whole.size !== 4) return false;
  const a = act.call(new Tensor(Float64Array.from(xs.slice(0, 2)), [2]));
  const b = act.call(new Tensor(Float64Array.from(xs.slice(2)), [2]));
  const parts = [...a.data, ...b.data];
  return parts.every((v, i) => Math.abs(v - whole.data[i]) <= 1e-12 * (1 + Math.abs(v)));
}

/**
 * Split a sampled curve where it jumps: a difference between neighbours that
 * is both large (> 0.05) and far larger than the differences next to it (a
 * smooth curve's differences change gradually; a jump is a lone outlier).
 */
function splitAtJumps(x: number[], v: number[]) {
  const out: { x: number[]; y: number[] }[] = [];
  const d = (i: number) => (i >= 1 && i < v.length ? Math.abs(v[i] - v[i - 1]) : 0);
  let cur = { x: [x[0]], y: [v[0]] };
  for (let i = 1; i < x.length; i++) {
    const di = d(i);
    if (di > 0.05 && di > 8 * Math.max(d(i - 1), d(i + 1))) {
      out.push(cur);
      cur = { x: [], y: [] };
    }
    cur.x.push(x[i]);
    cur.y.push(v[i]);
  }
  out.push(cur);
  return out;
}

/**
 * Sample an activation and its autograd derivative over a range (evaluation
 * mode, float64), split into continuous pieces at the declared kinks and at
 * detected jumps.
 *
 * @example ReLU's derivative has two pieces
 * ```ts
 * import { sampleActivation } from "@rectify/core/viz";
 * const s = sampleActivation("relu", { samples: 101 });
 * console.log(s.kinks, s.derivative.length); // [0] 2
 * ```
 */
export function sampleActivation(
  spec: PluginSpec,
  options: ActivationPlotOptions = {},
): ActivationSamples {
  const registry = options.registry ?? defaultRegistry;
  const from = options.from ?? -5, to = options.to ?? 5, n = options.samples ?? 2001;
  if (!(to > from) || !Number.isInteger(n) || n < 3) {
    throw new RectifyError(
      "option",
      `plot: need from < to and at least 3 samples, got from ${from}, to ${to}, samples ${n}`,
    );
  }
  const { plugin, options: merged } = registry.resolve("activation", spec);
  const act = new Activation({ name: plugin.name, options: merged }, { registry, dtype: "float64" })
    .eval();
  const declared = ((plugin as ActivationPlugin).kinks?.(merged) ?? [])
    .filter((k) => k > from && k < to)
    .sort((a, b) => a - b);
  const h = (to - from) / (n - 1);
  const edges = [from, ...declared, to];
  const fnPieces: { x: number[]; y: number[] }[] = [];
  const dPieces: { x: number[]; y: number[] }[] = [];
  for (let p = 0; p + 1 < edges.length; p++) {
    const a = edges[p], b = edges[p + 1];
    // Stay just inside (a, b) at kinks so each piece shows its one-sided limits.
    const lo = p === 0 ? a : a + 1e-9 * Math.max(1, Math.abs(a));
    const hi = p + 2 === edges.length ? b : b - 1e-9 * Math.max(1, Math.abs(b));
    const xs = [lo];
    for (let x = Math.floor(lo / h) * h + h; x < hi; x += h) if (x > lo) xs.push(x);
    xs.push(hi);
    const { y, dy } = valuesAndGrads(act, xs);
    fnPieces.push(...splitAtJumps(xs, y));
    dPieces.push(...splitAtJumps(xs, dy));
  }
  const atKinks = declared.length ? valuesAndGrads(act, declared).dy : [];
  return {
    name: plugin.name,
    description: plugin.description,
    kinks: declared,
    kinkGrads: atKinks,
    function: fnPieces,
    derivative: dPieces,
  };
}

/**
 * A Vega-Lite chart of an activation (solid) and its derivative (dashed),
 * drawn piece by piece; the subgradient autograd uses at each kink is a dot.
 *
 * @example
 * ```ts
 * import { activationChart, renderChart } from "@rectify/core/viz";
 * const svg = await renderChart(activationChart("relu"));
 * console.log(svg.includes("<path")); // true
 * ```
 */
export function activationChart(spec: PluginSpec, options: ActivationPlotOptions = {}): ChartSpec {
  const s = sampleActivation(spec, options);
  const rows: { x: number; y: number; curve: string; piece: string }[] = [];
  s.function.forEach((seg, k) =>
    seg.x.forEach((x, i) => rows.push({ x, y: seg.y[i], curve: "f(x)", piece: `f${k}` }))
  );
  s.derivative.forEach((seg, k) =>
    seg.x.forEach((x, i) => rows.push({ x, y: seg.y[i], curve: "f'(x)", piece: `d${k}` }))
  );
  const dots = s.kinks.map((k, i) => ({ x: k, y: s.kinkGrads[i], curve: "f'(x) at kink" }));
  const color = {
    field: "curve",
    type: "nominal",
    title: null,
    legend: { orient: "top-left", fillColor: "white", symbolType: "stroke" },
    scale: {
      domain: ["f(x)", "f'(x)", ...(dots.length ? ["f'(x) at kink"] : [])],
      range: ["#1f77b4", "#d62728", "#d62728"],
    },
  } as const;
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: { text: s.name, subtitle: s.description },
    width: 360,
    height: 240,
    layer: [
      {
        data: { values: rows },
        mark: { type: "line", strokeWidth: 2, clip: true },
        encoding: {
          x: {
            field: "x",
            type: "quantitative",
            scale: { domain: [options.from ?? -5, options.to ?? 5] },
          },
          y: { field: "y", type: "quantitative", title: null },
          color,
          detail: { field: "piece" },
          strokeDash: {
            field: "curve",
            type: "nominal",
            legend: null,
            scale: { domain: ["f(x)", "f'(x)"], range: [[1, 0], [6, 3]] },
          },
          order: { field: "x", type: "quantitative" },
        },
      },
      {
        data: { values: dots },
        mark: { type: "point", filled: true, size: 40 },
        encoding: {
          x: { field: "x", type: "quantitative" },
          y: { field: "y", type: "quantitative" },
          color,
        },
      },
    ],
  } as ChartSpec;
}

/**
 * Render one SVG per element-wise activation plugin and an index page
 * showing them all. Returns the file contents by name; non-element-wise
 * activations (softmax, crelu, maxout...) are listed as skipped.
 *
 * @example
 * ```ts
 * import { plotActivations } from "@rectify/core/viz";
 * const files = await plotActivations({ names: ["relu", "tanh"], samples: 201 });
 * console.log(Object.keys(files)); // ["relu.svg", "tanh.svg", "index.html"]
 * ```
 */
export async function plotActivations(
  options: ActivationPlotOptions & { names?: readonly string[] } = {},
): Promise<Record<string, string>> {
  const registry = options.registry ?? defaultRegistry;
  const names = options.names ?? registry.list("activation");
  const files: Record<string, string> = {};
  const shown: string[] = [], skipped: string[] = [];
  for (const name of names) {
    registry.get("activation", name);
    if (!isElementwise(name, { registry })) {
      skipped.push(name);
      continue;
    }
    files[`${name}.svg`] = await renderChart(activationChart(name, { ...options, registry }));
    shown.push(name);
  }
  const esc = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  files["index.html"] = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>rectify activations</title>
<style>body{font-family:system-ui,sans-serif;margin:2em}main{display:flex;flex-wrap:wrap;gap:1em}
figure{margin:0;border:1px solid #ddd;padding:.5em}figcaption{font-weight:600}</style></head>
<body><h1>Activations and their derivatives on [${options.from ?? -5}, ${options.to ?? 5}]</h1>
<p>Solid: f(x). Dashed: f'(x) from autograd. Dots: the subgradient used at each kink.</p>
<main>
${
    shown.map((n) =>
      `<figure data-activation="${esc(n)}"><figcaption>${esc(n)}</figcaption>${
        files[`${n}.svg`]
      }</figure>`
    ).join("\n")
  }
</main>
${skipped.length ? `<p>Not element-wise, not plotted: ${skipped.map(esc).join(", ")}.</p>` : ""}
</body></html>
`;
  return files;
}
