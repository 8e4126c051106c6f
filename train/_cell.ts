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
  });
}

/**
 * Train `trainer` up to its epochs. A numerical fault ends the cell as
 * `diverged` unless `failFast` (then it throws, as does every other error).
 * @internal
 */
export async function trainEpochs(
  trainer: Trainer,
  hooks: CellHooks & { failFast?: boolean },
): Promise<CellOutcome> {
  const t0 = performance.now();
  let status: CellStatus = "done", failure: string | null = null;
  try {
    while (trainer.epoch < trainer.epochs) {
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
  return {
    status,
    failure,
    history: [...trainer.history],
    seconds: (performance.now() - t0) / 1000,
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
    return await trainEpochs(trainer, hooks);
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
