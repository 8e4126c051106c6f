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
  /** Gradient plugin specs applied during the run, comma-joined (absent: none). */
  gradient?: string;
}

/**
 * Column names for a model with `hidden` activation layers and `dense` dense
 * layers: `val_accuracy` for classification, `val_rmse` and `val_r2` for
 * regression; a `gradient` column after `init` when runs apply gradient
 * plugins. @internal
 */
export function metricsColumns(
  hidden: number,
  dense: number,
  classification = true,
  gradient = false,
): string[] {
  return [
    "run",
    "activation",
    "optimizer",
    "init",
    ...(gradient ? ["gradient"] : []),
    "seed",
    "epoch",
    "train_loss",
    "val_loss",
    ...(classification ? ["val_accuracy"] : ["val_rmse", "val_r2"]),
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
  #classification: boolean;
  #file: Deno.FsFile;
  #enc = new TextEncoder();

  private constructor(path: string, columns: string[], file: Deno.FsFile) {
    this.path = path;
    this.columns = columns;
    this.#classification = columns.includes("val_accuracy");
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
    const fix = (v: number | null) => (v === null ? "" : v);
    const row = [
      key.run,
      key.activation,
      key.optimizer,
      key.init,
      ...(this.columns.includes("gradient") ? [key.gradient ?? "none"] : []),
      key.seed,
      m.epoch,
      m.trainLoss,
      fix(m.valLoss),
      ...(this.#classification ? [fix(m.valAccuracy)] : [fix(m.valRmse), fix(m.valR2)]),
      m.lr,
      ...m.deadFraction,
      ...m.gradNorm,
      m.seconds,
    ];
    if (row.length !== this.columns.length) {
      throw new RectifyError(
        "data",
        `metrics.csv: a row has ${row.length} fields, the header ${this.columns.length}`,
      );
    }
    await this.#write(stringify([row]));
  }

  /** Close the file. */
  close(): void {
    try {
      this.#file.close();
    } catch { /* already closed */ }
  }
}
