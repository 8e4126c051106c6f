/**
 * The report's sweep section: configurations that differ only in one
 * numeric option of one spec (`adam:lr=1e-4`, `adam:lr=1e-3`, ...) form a
 * sweep; per group of the other settings, the best value and a chart of the
 * final validation accuracy (or loss, for regression) against the value.
 * @internal
 *
 * @module
 */

import { parseSpec } from "../core/spec.ts";
import { type ChartSpec, renderChart } from "../viz/vega.ts";
import type { TableRow } from "./_summary.ts";
import { esc } from "./_html.ts";
import type { ReportSection } from "./_report.ts";

const FIELDS = ["activation", "optimizer", "init"] as const;

/** One sweep: a spec field and option, and the groups that vary it. @internal */
export interface Sweep {
  /** Which spec: activation, optimizer or init. */
  field: (typeof FIELDS)[number];
  /** The swept option, e.g. `lr`. */
  option: string;
  /** Per group (the configuration with the value written as `*`): value → table row. */
  groups: Map<string, { value: number; row: TableRow }[]>;
}

function withoutOption(spec: string, option: string): string | null {
  let parsed;
  try {
    parsed = parseSpec(spec);
  } catch {
    return null;
  }
  if (typeof parsed.options[option] !== "number") return null;
  const rest = Object.entries(parsed.options).map(([k, v]) => `${k}=${k === option ? "*" : v}`);
  return `${parsed.name}:${rest.join(",")}`;
}

/** Find the sweeps among the rows of a ranking. @internal */
export function findSweeps(table: readonly TableRow[]): Sweep[] {
  const found = new Map<string, Sweep>();
  for (const row of table) {
    for (const field of FIELDS) {
      let parsed;
      try {
        parsed = parseSpec(row[field]);
      } catch {
        continue;
      }
      for (const [option, value] of Object.entries(parsed.options)) {
        if (typeof value !== "number") continue;
        const masked = withoutOption(row[field], option)!;
        const group = [
          ...Object.values(row.axes),
          ...(row.gradient !== "none" ? [row.gradient] : []),
          ...FIELDS.map((f) => (f === field ? masked : row[f])),
        ].join(" | ");
        const id = `${field}\0${option}`;
        if (!found.has(id)) found.set(id, { field, option, groups: new Map() });
        const groups = found.get(id)!.groups;
        if (!groups.has(group)) groups.set(group, []);
        groups.get(group)!.push({ value, row });
      }
    }
  }
  const sweeps: Sweep[] = [];
  for (const s of found.values()) {
    for (const [g, points] of s.groups) {
      if (new Set(points.map((p) => p.value)).size < 2) s.groups.delete(g);
      else points.sort((a, b) => a.value - b.value);
    }
    if (s.groups.size > 0) sweeps.push(s);
  }
  return sweeps;
}

function fmt(v: number | null, accuracy: boolean): string {
  if (v === null) return "-";
  return accuracy ? `${(v * 100).toFixed(1)}%` : v.toFixed(4);
}

/** Group labels without the parts every group shares (`relu | adam:lr=* | glorotUniform` → `relu`). */
function shortLabels(groups: readonly string[]): Map<string, string> {
  const split = groups.map((g) => g.split(" | "));
  const n = Math.max(...split.map((p) => p.length));
  const keep = Array.from({ length: n }, (_, i) => new Set(split.map((p) => p[i])).size > 1);
  return new Map(groups.map((g, j) => {
    const short = split[j].filter((_, i) => keep[i]).join(" | ");
    return [g, short || g];
  }));
}

function sweepChart(sweep: Sweep, accuracy: boolean): ChartSpec {
  const rows: { group: string; value: number; mean: number; lo: number; hi: number }[] = [];
  const label = shortLabels([...sweep.groups.keys()]);
  for (const [full, points] of sweep.groups) {
    const group = label.get(full)!;
    for (const { value, row } of points) {
      const s = accuracy ? row.finalValAccuracy : row.finalValLoss;
      if (s.mean === null) continue;
      rows.push({ group, value, mean: s.mean, lo: s.min!, hi: s.max! });
    }
  }
  const values = rows.map((r) => r.value);
  const log = values.length > 0 && Math.min(...values) > 0 &&
    Math.max(...values) / Math.min(...values) >= 10;
  const x = {
    field: "value",
    type: "quantitative",
    title: `${sweep.option} (${sweep.field})`,
    scale: log ? { type: "log" } : { zero: false },
  };
  const y = {
    field: "mean",
    type: "quantitative",
    title: accuracy ? "final validation accuracy" : "final validation loss",
    scale: { zero: false },
    ...(accuracy ? { axis: { format: "%" } } : {}),
  };
  const layers = (color: Record<string, unknown>) => [
    {
      mark: { type: "rule" },
      encoding: { x, y: { field: "lo", type: "quantitative" }, y2: { field: "hi" }, ...color },
    },
    { mark: { type: "line", point: true }, encoding: { x, y, ...color } },
  ];
  const groups = sweep.groups.size;
  if (groups <= 10) {
    return {
      width: 640,
      height: 300,
      data: { values: rows },
      layer: layers({
        color: {
          field: "group",
          type: "nominal",
          title: null,
          sort: [...label.values()],
          scale: { scheme: "category10" },
          legend: { labelLimit: 420, orient: "bottom", columns: 1 },
        },
      }),
    } as ChartSpec;
  }
  // many groups: small multiples, one per group, sharing both scales
  return {
    data: { values: rows },
    facet: {
      field: "group",
      type: "nominal",
      title: null,
      sort: [...label.values()],
      header: { labelFontSize: 11, labelLimit: 200 },
    },
    columns: 4,
    spec: { width: 190, height: 110, layer: layers({}) },
    resolve: { scale: { y: "shared", x: "shared" } },
  } as ChartSpec;
}

/**
 * The sweep section of the report (null when the grid has no sweep): per
 * sweep, a table of the best value per group and the chart. @internal
 */
export async function renderSweeps(table: readonly TableRow[]): Promise<ReportSection | null> {
  const sweeps = findSweeps(table);
  if (sweeps.length === 0) return null;
  const accuracy = table.some((r) => r.finalValAccuracy.n > 0);
  const metric = accuracy ? "final validation accuracy" : "final validation loss";
  const parts: string[] = [
    `<p class="meta">Configurations that differ only in one numeric option form a sweep. Best: the value with the ${
      accuracy ? "highest" : "lowest"
    } mean ${metric} over seeds; the chart shows the mean with the min–max over seeds.</p>`,
  ];
  for (const sweep of sweeps) {
    const body = [...sweep.groups].map(([group, points]) => {
      const score = (
        p: { row: TableRow },
      ) => (accuracy ? p.row.finalValAccuracy.mean : p.row.finalValLoss.mean);
      const scored = points.filter((p) => score(p) !== null);
      const best = scored.length === 0
        ? null
        : scored.reduce((a, b) =>
          (accuracy ? score(b)! > score(a)! : score(b)! < score(a)!) ? b : a
        );
      const tried = points.map((p) => `${p.value}: ${fmt(score(p), accuracy)}`).join(", ");
      return `<tr><td>${esc(group)}</td><td>${best ? esc(String(best.value)) : "-"}</td><td>${
        best ? fmt(score(best), accuracy) : "-"
      }</td><td class="tried">${esc(tried)}</td></tr>`;
    });
    parts.push(
      `<section class="sweep" data-field="${sweep.field}" data-option="${esc(sweep.option)}">
<h3>${esc(sweep.option)} of the ${sweep.field} (${sweep.groups.size} group${
        sweep.groups.size > 1 ? "s" : ""
      })</h3>
<table class="sweep"><thead><tr><th>configuration (${esc(sweep.option)} = *)</th><th>best ${
        esc(sweep.option)
      }</th><th>${metric}</th><th>every value tried</th></tr></thead>
<tbody>
${body.join("\n")}
</tbody></table>
<figure class="chart" data-chart="sweep">${await renderChart(sweepChart(sweep, accuracy))}</figure>
</section>`,
    );
  }
  return { id: "sweeps", title: "Sweeps", html: parts.join("\n") };
}
