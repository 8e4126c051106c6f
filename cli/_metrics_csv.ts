/**
 * metrics.csv: one row per run per epoch, written with csv-stringify and
 * flushed after every epoch so a crash keeps every finished epoch. @internal
 *
 * @module
 */

import { stringify } from "csv-stringify/sync";
import { RectifyError } from "../core/errors.ts";
import type { EpochMetrics } from "../train/trainer.ts";
import { ioReason } from "../train/_files.ts";

/** What identifies a run in the CSV. @internal */
export interface RunKey {
  /** Run id (`r01`, ...). */
  run: string;
  /** Activation spec. */
  activation: string;
  /** Optimizer spec. */
  optimizer: string;
  /** Initializer spec. */
  init: string;
  /** Model seed. */
  seed: number;
  /** Dataset name, when a grid has several (a `dataset` column). */
  dataset?: string;
  /** Hidden widths like `64,32`, when a grid has several architectures (a `layers` column). */
  layers?: string;
  /** Schedule spec (empty for none), when a grid has several (a `schedule` column). */
  schedule?: string;
  /** Gradient plugin specs applied during the run, comma-joined (`none`: none; absent: no column). */
  gradient?: string;
}

/** Optional key columns, in the order they follow `init`. @internal */
export const AXIS_COLUMNS = ["dataset", "layers", "schedule", "gradient"] as const;

/**
 * Column names for models with up to `hidden` activation layers and `dense`
 * dense layers: `val_accuracy` for classification, `val_rmse` and `val_r2`
 * for regression (all three for `"both"`, a grid of both tasks); `axes` adds
 * the optional key columns a grid varies. @internal
 */
export function metricsColumns(
  hidden: number,
  dense: number,
  classification: boolean | "both" = true,
  axes: readonly (typeof AXIS_COLUMNS)[number][] = [],
): string[] {
  return [
    "run",
    "activation",
    "optimizer",
    "init",
    ...AXIS_COLUMNS.filter((a) => axes.includes(a)),
    "seed",
    "epoch",
    "train_loss",
    "val_loss",
    ...(classification === true ? ["val_accuracy"] : []),
    ...(classification === "both" ? ["val_accuracy", "val_rmse", "val_r2"] : []),
    ...(classification === false ? ["val_rmse", "val_r2"] : []),
    "lr",
    ...Array.from({ length: hidden }, (_, i) => `dead_fraction_h${i + 1}`),
    ...Array.from({ length: dense }, (_, i) => `grad_norm_l${i + 1}`),
    "seconds",
  ];
}

/** Appends rows to metrics.csv, one write per epoch. @internal */
export class MetricsCsv {
  readonly path: string;
  readonly columns: string[];
  #file: Deno.FsFile;
  #enc = new TextEncoder();

  private constructor(path: string, columns: string[], file: Deno.FsFile) {
    this.path = path;
    this.columns = columns;
    this.#file = file;
  }

  /** Create (truncate) the file and write the header. */
  static async create(path: string, columns: string[]): Promise<MetricsCsv> {
    let file: Deno.FsFile;
    try {
      file = await Deno.open(path, { write: true, create: true, truncate: true });
    } catch (e) {
      throw new RectifyError("io", `Cannot write ${path}: ${ioReason(e)}`, { cause: e });
    }
    const w = new MetricsCsv(path, columns, file);
    await w.#write(stringify([columns]));
    return w;
  }

  async #write(text: string): Promise<void> {
    const bytes = this.#enc.encode(text);
    let off = 0;
    try {
      while (off < bytes.length) off += await this.#file.write(bytes.subarray(off));
    } catch (e) {
      throw new RectifyError("io", `Cannot write ${this.path}: ${ioReason(e)}`, { cause: e });
    }
  }

  /** Append one epoch of one run. */
  async append(key: RunKey, m: EpochMetrics): Promise<void> {
    await this.#write(stringify([metricsRow(this.columns, key, m)]));
  }

  /** Close the file. */
  close(): void {
    try {
      this.#file.close();
    } catch { /* already closed */ }
  }
}

/**
 * One metrics.csv row, by column name (a layer column the run's model lacks
 * stays empty). @internal
 */
export function metricsRow(columns: readonly string[], key: RunKey, m: EpochMetrics): unknown[] {
  const fix = (v: number | null | undefined) => (v === null || v === undefined ? "" : v);
  const fields: Record<string, unknown> = {
    run: key.run,
    activation: key.activation,
    optimizer: key.optimizer,
    init: key.init,
    dataset: key.dataset ?? "",
    layers: key.layers ?? "",
    schedule: key.schedule ?? "",
    gradient: key.gradient ?? "none",
    seed: key.seed,
    epoch: m.epoch,
    train_loss: m.trainLoss,
    val_loss: fix(m.valLoss),
    val_accuracy: fix(m.valAccuracy),
    val_rmse: fix(m.valRmse),
    val_r2: fix(m.valR2),
    lr: m.lr,
    seconds: m.seconds,
  };
  return columns.map((c) => {
    const layer = /^(dead_fraction_h|grad_norm_l)(\d+)$/.exec(c);
    if (layer) {
      const list = layer[1] === "dead_fraction_h" ? m.deadFraction : m.gradNorm;
      return fix(list[Number(layer[2]) - 1]);
    }
    if (!(c in fields)) {
      throw new RectifyError("data", `metrics.csv: no value for column "${c}"`);
    }
    return fields[c];
  });
}

/** The whole metrics.csv text of finished runs, in the order given. @internal */
export function metricsText(
  columns: readonly string[],
  runs: readonly (RunKey & { history: readonly EpochMetrics[] })[],
): string {
  const rows: unknown[][] = [[...columns]];
  for (const r of runs) for (const m of r.history) rows.push(metricsRow(columns, r, m));
  return stringify(rows);
}
