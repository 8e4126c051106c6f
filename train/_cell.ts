/**
 * One cell of a grid: build its trainer and train it, epoch by epoch. The
 * sequential path of `runGrid`, its workers and the CLI's `train` all run
 * cells through {@linkcode trainEpochs}, so a cell computes the same bits
 * wherever it runs. @internal
 *
 * @module
 */

import { RectifyError } from "../core/errors.ts";
import type { Dataset } from "../datasets/dataset.ts";
import { type EpochMetrics, type LossName, type StepInfo, Trainer } from "./trainer.ts";

/** What a grid cell trains: a complete, serialisable training setup. */
export interface CellSetup {
  /** Name of the dataset (an entry of the grid's data). */
  dataset: string;
  /** Hidden layer widths. */
  hidden: number[];
  /** Activation spec. */
  activation: string;
  /** Optimizer spec. */
  optimizer: string;
  /** Initializer spec. */
  init: string;
  /** Schedule spec or null. */
  schedule: string | null;
  /** Model seed (initialisation and shuffling). */
  seed: number;
  /** Gradient plugin specs applied together while training (absent or empty: none). */
  gradients?: string[];
}

/** Settings shared by every cell of a grid. */
export interface CellSettings {
  /** Epochs per cell. */
  epochs: number;
  /** Minibatch size. */
  batchSize: number;
  /** Loss. */
  loss: LossName;
  /** What a NaN/Inf step does. */
  onNan: "stop" | "skip";
  /** Stop a cell after `patience` epochs without a validation-loss gain above `minDelta` (absent: never). */
  earlyStopping?: { patience: number; minDelta: number } | null;
}

/** How a cell ended. */
export type CellStatus = "done" | "diverged" | "failed" | "interrupted";

/** What a cell's training produced. @internal */
export interface CellOutcome {
  /** `done`, `diverged` (numeric fault), `failed` (any other error) or `interrupted`. */
  status: CellStatus;
  /** Why it did not finish, or null. */
  failure: string | null;
  /** Metrics of every finished epoch. */
  history: EpochMetrics[];
  /** Wall seconds. */
  seconds: number;
  /** Classification (accuracy) or regression (RMSE, R²); absent when no trainer was built. */
  task?: "classification" | "regression";
  /** Why training stopped before its epochs (early stopping), or absent. */
  stopped?: string;
  /** The final model's validation confusion matrix `[true][predicted]` (classification), or null. */
  confusion?: number[][] | null;
}

/** Hooks a cell reports to. @internal */
export interface CellHooks {
  /** After every epoch (awaited). */
  onEpoch?: (m: EpochMetrics) => void | Promise<void>;
  /** After every step. */
  onStep?: (info: StepInfo) => void;
  /** Checked before each epoch: true stops the cell after the epoch in progress. */
  stopped?: () => boolean;
}

/** The trainer of a cell. @internal */
export function cellTrainer(
  cell: CellSetup,
  data: { train: Dataset; val?: Dataset | null },
  settings: CellSettings,
  onStep?: (info: StepInfo) => void,
): Trainer {
  return new Trainer({
    train: data.train,
    val: data.val ?? null,
    hidden: cell.hidden,
    activation: cell.activation,
    optimizer: cell.optimizer,
    initializer: cell.init,
    schedule: cell.schedule,
    loss: settings.loss,
    epochs: settings.epochs,
    batchSize: settings.batchSize,
    seed: cell.seed,
    onNan: settings.onNan,
    onStep,
    gradients: cell.gradients ?? [],
    earlyStopping: settings.earlyStopping ?? null,
  });
}

/**
 * Train `trainer` up to its epochs (or until early stopping ends it). A
 * numerical fault ends the cell as `diverged` unless `failFast` (then it
 * throws, as does every other error). With validation data, a classifier's
 * final confusion matrix comes with the outcome.
 * @internal
 */
export async function trainEpochs(
  trainer: Trainer,
  hooks: CellHooks & { failFast?: boolean; val?: Dataset | null },
): Promise<CellOutcome> {
  const t0 = performance.now();
  let status: CellStatus = "done", failure: string | null = null;
  try {
    while (!trainer.done) {
      if (hooks.stopped?.()) {
        status = "interrupted";
        failure = `interrupted after epoch ${trainer.epoch}`;
        break;
      }
      const m = await trainer.step();
      await hooks.onEpoch?.(m);
    }
  } catch (e) {
    if (!(e instanceof RectifyError && e.code === "numeric") || hooks.failFast) throw e;
    status = "diverged";
    failure = e.message;
  }
  const classification = trainer.config.loss === "crossEntropy";
  const val = hooks.val ?? null;
  return {
    status,
    failure,
    history: [...trainer.history],
    seconds: (performance.now() - t0) / 1000,
    task: classification ? "classification" : "regression",
    ...(trainer.stopped ? { stopped: trainer.stopped } : {}),
    confusion: classification && val && status === "done" && trainer.history.length
      ? trainer.evaluate(val).confusion
      : null,
  };
}

/**
 * Build and train one cell; any error other than divergence ends it as
 * `failed` with the error's message, so one bad cell never loses the others.
 * @internal
 */
export async function runCell(
  cell: CellSetup,
  data: { train: Dataset; val?: Dataset | null },
  settings: CellSettings,
  hooks: CellHooks,
): Promise<CellOutcome> {
  const t0 = performance.now();
  let trainer: Trainer | null = null;
  try {
    trainer = cellTrainer(cell, data, settings, hooks.onStep);
    return await trainEpochs(trainer, { ...hooks, val: data.val ?? null });
  } catch (e) {
    return {
      status: "failed",
      failure: (e as Error)?.message ?? String(e),
      history: trainer ? [...trainer.history] : [],
      seconds: (performance.now() - t0) / 1000,
    };
  } finally {
    trainer?.dispose();
  }
}
