/**
 * The ranking table of a comparison: per configuration (activation,
 * optimizer, initializer), statistics over the seeds. @internal
 *
 * @module
 */

import type { EpochMetrics } from "../train/trainer.ts";
import type { RunKey } from "./_metrics_csv.ts";

/** One finished (or diverged) run. @internal */
export interface RunRecord extends RunKey {
  /** Per-epoch metrics. */
  history: EpochMetrics[];
  /** Wall seconds of the whole run. */
  seconds: number;
  /** Why the run stopped early (divergence, or an error), or null. */
  failure: string | null;
  /** How it ended (default: `done`, or `diverged` with a failure). */
  status?: "done" | "diverged" | "failed" | "interrupted";
  /** Classification (accuracy columns) or regression (RMSE and R² columns). */
  task: "classification" | "regression";
  /** Final model's validation confusion matrix `[true][predicted]` (classification), or null. */
  confusion: number[][] | null;
}

/** Mean, standard deviation (population), min and max. @internal */
export interface Stat {
  mean: number | null;
  std: number | null;
  min: number | null;
  max: number | null;
  n: number;
}

/** One row of the ranking table. @internal */
export interface TableRow {
  rank: number;
  config: string;
  task: "classification" | "regression";
  activation: string;
  optimizer: string;
  init: string;
  /** The optional grid axes of the configuration (dataset, layers, schedule), when the grid varies them. */
  axes: Partial<Record<"dataset" | "layers" | "schedule", string>>;
  /** Gradient plugin specs of the configuration (`none` without). */
  gradient: string;
  runs: number;
  /** Seeds that diverged or failed. */
  diverged: number;
  /** Of those, seeds that failed with an error (not a numerical divergence). */
  failed: number;
  finalValAccuracy: Stat;
  bestValAccuracy: Stat;
  finalValLoss: Stat;
  bestValLoss: Stat;
  finalTrainLoss: Stat;
  /** Regression: validation RMSE of the last epoch and the lowest over epochs. */
  finalValRmse: Stat;
  bestValRmse: Stat;
  /** Regression: validation R² of the last epoch and the highest over epochs. */
  finalValR2: Stat;
  bestValR2: Stat;
  /** Epochs until validation accuracy first reached the target, over seeds that reached it. */
  epochsToTarget: Stat;
  /** Seeds that reached the target. */
  reachedTarget: number;
  seconds: Stat;
  /** Final-epoch dead-unit fraction per hidden layer, mean over seeds. */
  deadFraction: (number | null)[];
  /** Gradient norm of the first weight layer (dense or conv) over the last, averaged over epochs and seeds. */
  gradNormRatio: Stat;
}

/** Statistics of a list (nulls and NaN ignored). @internal */
export function stat(values: (number | null | undefined)[]): Stat {
  const v = values.filter((x): x is number => typeof x === "number" && Number.isFinite(x));
  if (v.length === 0) return { mean: null, std: null, min: null, max: null, n: 0 };
  const mean = v.reduce((a, b) => a + b, 0) / v.length;
  const std = Math.sqrt(v.reduce((a, b) => a + (b - mean) ** 2, 0) / v.length);
  return { mean, std, min: Math.min(...v), max: Math.max(...v), n: v.length };
}

/** Configuration label of a run. @internal */
export function configOf(r: RunKey): string {
  const head = [r.dataset, r.layers].filter((x) => x !== undefined);
  const tail = r.schedule !== undefined ? [r.schedule || "no schedule"] : [];
  if (r.gradient) tail.push(r.gradient);
  return [...head, r.activation, r.optimizer, r.init, ...tail].join(" | ");
}

/** The grid axes shown before the activation (the gradient has its own column). */
const ROW_AXES = ["dataset", "layers", "schedule"] as const;

function axesOf(r: RunKey): TableRow["axes"] {
  const out: TableRow["axes"] = {};
  for (const a of ROW_AXES) if (r[a] !== undefined) out[a] = r[a];
  return out;
}

function best(h: EpochMetrics[], pick: (m: EpochMetrics) => number | null, max: boolean) {
  let b: number | null = null;
  for (const m of h) {
    const v = pick(m);
    if (v === null || !Number.isFinite(v)) continue;
    if (b === null || (max ? v > b : v < b)) b = v;
  }
  return b;
}

/**
 * Build the ranked table: classification ranks by mean final validation
 * accuracy (higher first), regression by mean final validation RMSE (lower
 * first), either by mean final training loss without validation data;
 * configurations with a diverged seed rank after the rest. @internal
 */
export function rankRuns(runs: RunRecord[], target: number): TableRow[] {
  const groups = new Map<string, RunRecord[]>();
  for (const r of runs) {
    const k = configOf(r);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(r);
  }
  const rows: TableRow[] = [];
  for (const [config, rs] of groups) {
    const last = (r: RunRecord) => r.history.at(-1);
    const layers = Math.max(0, ...rs.map((r) => last(r)?.deadFraction.length ?? 0));
    const reached = rs.map((r) => r.history.find((m) => (m.valAccuracy ?? -1) >= target)?.epoch);
    rows.push({
      rank: 0,
      config,
      task: rs[0].task,
      activation: rs[0].activation,
      optimizer: rs[0].optimizer,
      init: rs[0].init,
      axes: axesOf(rs[0]),
      gradient: rs[0].gradient ?? "none",
      runs: rs.length,
      diverged: rs.filter((r) => r.failure !== null).length,
      failed: rs.filter((r) => r.status === "failed").length,
      finalValAccuracy: stat(rs.map((r) => (r.failure ? null : last(r)?.valAccuracy))),
      bestValAccuracy: stat(rs.map((r) => best(r.history, (m) => m.valAccuracy, true))),
      finalValLoss: stat(rs.map((r) => (r.failure ? null : last(r)?.valLoss))),
      bestValLoss: stat(rs.map((r) => best(r.history, (m) => m.valLoss, false))),
      finalTrainLoss: stat(rs.map((r) => (r.failure ? null : last(r)?.trainLoss))),
      finalValRmse: stat(rs.map((r) => (r.failure ? null : last(r)?.valRmse))),
      bestValRmse: stat(rs.map((r) => best(r.history, (m) => m.valRmse, false))),
      finalValR2: stat(rs.map((r) => (r.failure ? null : last(r)?.valR2))),
      bestValR2: stat(rs.map((r) => best(r.history, (m) => m.valR2, true))),
      epochsToTarget: stat(reached),
      reachedTarget: reached.filter((e) => e !== undefined).length,
      seconds: stat(rs.map((r) => r.seconds)),
      deadFraction: Array.from(
        { length: layers },
        (_, i) => stat(rs.map((r) => last(r)?.deadFraction[i])).mean,
      ),
      gradNormRatio: stat(rs.map((r) => {
        const ratios = r.history
          .map((
            m,
          ) => (m.gradNorm.length > 1 && m.gradNorm.at(-1)! > 0
            ? m.gradNorm[0] / m.gradNorm.at(-1)!
            : null)
          )
          .filter((x): x is number => x !== null && Number.isFinite(x));
        return ratios.length ? ratios.reduce((a, b) => a + b, 0) / ratios.length : null;
      })),
    });
  }
  const validated = rows.some((r) => r.finalValLoss.n > 0);
  const score = (r: TableRow) =>
    !validated
      ? -(r.finalTrainLoss.mean ?? Infinity)
      : r.task === "classification"
      ? (r.finalValAccuracy.mean ?? -Infinity)
      : -(r.finalValRmse.mean ?? Infinity);
  rows.sort((a, b) =>
    (a.diverged > 0 ? 1 : 0) - (b.diverged > 0 ? 1 : 0) || score(b) - score(a) ||
    a.config.localeCompare(b.config)
  );
  rows.forEach((r, i) => (r.rank = i + 1));
  return rows;
}

function failedNote(r: TableRow): string {
  const parts = [];
  if (r.diverged - r.failed > 0) parts.push(`${r.diverged - r.failed} diverged`);
  if (r.failed > 0) parts.push(`${r.failed} failed`);
  return parts.length ? ` (${parts.join(", ")})` : "";
}

function pct(s: Stat): string {
  if (s.mean === null) return "-";
  if (s.n === 1) return `${(s.mean * 100).toFixed(1)}%`;
  return `${(s.mean * 100).toFixed(1)}% ± ${((s.std ?? 0) * 100).toFixed(1)}`;
}

function num(s: Stat, digits = 4): string {
  if (s.mean === null) return "-";
  if (s.n === 1) return s.mean.toFixed(digits);
  return `${s.mean.toFixed(digits)} ± ${(s.std ?? 0).toFixed(digits)}`;
}

/** Mean ± std with 4 significant digits (values in the targets' units, of any magnitude). */
function sig(s: Stat): string {
  if (s.mean === null) return "-";
  if (s.n === 1) return s.mean.toPrecision(4);
  return `${s.mean.toPrecision(4)} ± ${(s.std ?? 0).toPrecision(2)}`;
}

/**
 * The table's columns as text cells (shared by the terminal and the HTML
 * report): accuracy columns for classification, RMSE and R² for regression.
 * @internal
 */
export function tableCells(rows: TableRow[], target: number): { head: string[]; body: string[][] } {
  const layers = Math.max(0, ...rows.map((r) => r.deadFraction.length));
  const axes = ROW_AXES.filter((a) => rows.some((r) => r.axes[a] !== undefined));
  const gradient = rows.some((r) => r.gradient !== "none");
  const regression = rows.length > 0 && rows.every((r) => r.task === "regression");
  const quality = regression
    ? ["final val RMSE", "best val RMSE", "final val R²", "best val R²"]
    : [
      "final val acc",
      "best val acc",
      "final val loss",
      "best val loss",
      `epochs to ${(target * 100).toFixed(0)}%`,
    ];
  const head = [
    "#",
    ...axes,
    "activation",
    "optimizer",
    "init",
    ...(gradient ? ["gradient"] : []),
    ...quality,
    "wall s",
    ...Array.from({ length: layers }, (_, i) => `dead h${i + 1}`),
    "grad ratio first/last",
  ];
  const body = rows.map((r) => [
    String(r.rank),
    ...axes.map((a) => r.axes[a] ?? ""),
    r.activation,
    r.optimizer,
    r.init,
    ...(gradient ? [r.gradient] : []),
    ...(regression
      ? [
        sig(r.finalValRmse) + failedNote(r),
        sig(r.bestValRmse),
        num(r.finalValR2, 3),
        num(r.bestValR2, 3),
      ]
      : [
        pct(r.finalValAccuracy) + failedNote(r),
        pct(r.bestValAccuracy),
        num(r.finalValLoss),
        num(r.bestValLoss),
        r.epochsToTarget.mean === null
          ? `- (0/${r.runs})`
          : `${r.epochsToTarget.mean.toFixed(1)} (${r.reachedTarget}/${r.runs})`,
      ]),
    r.seconds.mean === null ? "-" : r.seconds.mean.toFixed(2),
    ...Array.from({ length: layers }, (_, i) => {
      const v = r.deadFraction[i];
      return v === null || v === undefined ? "-" : `${(v * 100).toFixed(0)}%`;
    }),
    r.gradNormRatio.mean === null ? "-" : r.gradNormRatio.mean.toPrecision(3),
  ]);
  return { head, body };
}

/** The table as aligned plain text. @internal */
export function formatTable(rows: TableRow[], target: number): string {
  const { head, body } = tableCells(rows, target);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}
