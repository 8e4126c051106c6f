/**
 * One cell of a grid: build its trainer and train it, epoch by epoch. The
 * sequential path of `runGrid`, its workers and the CLI's `train` all run
 * cells through {@linkcode trainEpochs}, so a cell computes the same bits
 * wherever it runs. @internal
 *
 * @module
 */

import { RectifyError } from "../core/errors.ts";
import { noGrad } from "../core/autograd.ts";
import { zeros } from "../core/creation.ts";
import { Dense } from "../core/layers.ts";
import { Conv1d, Conv2d } from "../core/conv.ts";
import type { Dataset } from "../datasets/dataset.ts";
import { encodeModel, type SaveModelOptions } from "../models/model_file.ts";
import { type EpochMetrics, type LossName, type StepInfo, Trainer } from "./trainer.ts";
import { parseArch } from "./arch.ts";

/** What a grid cell trains: a complete, serialisable training setup. */
export interface CellSetup {
  /** Name of the dataset (an entry of the grid's data). */
  dataset: string;
  /** Hidden layer widths of the MLP (unused when `arch` is set). */
  hidden: number[];
  /**
   * A convolutional network instead of the MLP: an architecture string of
   * {@linkcode parseArch} (`"conv:8x3,act,pool:2,gap"`) whose `act` slots
   * `activation` fills; the data must be images.
   */
  arch?: string;
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

/** What a cell's training produced. */
export interface CellOutcome {
  /** `done`, `diverged` (numeric fault), `failed` (any other error) or `interrupted`. */
  status: CellStatus;
  /** Why it did not finish (divergence, error, interruption), or null. */
  failure: string | null;
  /** Metrics of every finished epoch. */
  history: EpochMetrics[];
  /** Wall seconds. */
  seconds: number;
  /** Classification (accuracy) or regression (RMSE, R²); absent when no trainer was built. */
  task?: "classification" | "regression";
  /** Why training stopped before its epochs (early stopping), or absent. */
  stopped?: string;
  /** The final model's validation confusion matrix `[true][predicted]` (classification with validation data), or null. */
  confusion?: number[][] | null;
  /** The trained model's file, when asked for (`RunGridOptions.onModel`) and the cell finished. */
  model?: Uint8Array;
}

/** What a cell's model file stores besides the weights: its data's preprocessing, labels and image shape. */
export type ModelFileInfo = Omit<SaveModelOptions, "registry">;

/** What a cell's network is, measured on the built model (one example, evaluation mode). */
export interface CellShape {
  /** Trainable values. */
  parameters: number;
  /** Multiply-adds of one example's forward pass through the weight layers. */
  multiplyAdds: number;
  /** Activation layers (the dead-fraction columns). */
  activationLayers: number;
  /** Weight layers, dense and convolution (the gradient-norm columns). */
  weightLayers: number;
}

/** Hooks a cell reports to. @internal */
export interface CellHooks {
  /** After every epoch (awaited). */
  onEpoch?: (m: EpochMetrics) => void | Promise<void>;
  /** After every step. */
  onStep?: (info: StepInfo) => void;
  /** Checked before each epoch: true stops the cell after the epoch in progress. */
  stopped?: () => boolean;
  /** Encode the trained model (a finished cell with at least one epoch) into the outcome's `model`. */
  model?: ModelFileInfo;
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
    arch: cell.arch === undefined ? null : parseArch(cell.arch),
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
 * The shape of a built trainer's network. A dense layer costs its weights
 * per example; a convolution its weights per output position, counted by
 * running one zero example through the model in evaluation mode (as
 * building a CNN does already, so no plugin code runs here for the first
 * time). @internal
 */
export function cellShape(trainer: Trainer, example: readonly number[]): CellShape {
  const model = trainer.model;
  const layers = model.namedModules().map(([, m]) => m)
    .filter((m) => m instanceof Dense || m instanceof Conv2d || m instanceof Conv1d);
  let multiplyAdds = 0;
  if (layers.every((m) => m instanceof Dense)) {
    for (const m of layers) multiplyAdds += (m as Dense).weight.size;
  } else {
    const handles = layers.map((m) =>
      m.registerForwardHook((layer, _input, output) => {
        // each output value costs the weights of one output channel
        const w = (layer as Dense | Conv2d | Conv1d).weight.size;
        multiplyAdds += w * output.size / output.shape[1] / output.shape[0];
      })
    );
    const training = model.training;
    try {
      model.eval();
      noGrad(() => model.call(zeros([1, ...example], { dtype: model.parameters()[0]?.dtype })));
    } finally {
      for (const h of handles) h.remove();
      model.train(training);
    }
  }
  return {
    parameters: model.parameters().reduce((n, p) => n + p.size, 0),
    multiplyAdds,
    activationLayers: trainer.activationLayers.length,
    weightLayers: trainer.denseLayers.length,
  };
}

/**
 * A trained model's file: safetensors bytes with the architecture, and the
 * preprocessing and labels of `info`. A convolutional network records its
 * image input shape; an MLP reads the flat row even where the data are
 * images. @internal
 */
export function cellModelFile(trainer: Trainer, info: ModelFileInfo): Uint8Array {
  return encodeModel(trainer.model, {
    preprocessing: info.preprocessing ?? null,
    labels: info.labels ?? null,
    ...(info.inputShape === undefined || trainer.config.arch === undefined
      ? {}
      : { inputShape: info.inputShape }),
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
  const finished = status === "done" && trainer.history.length > 0;
  return {
    status,
    failure,
    history: [...trainer.history],
    seconds: (performance.now() - t0) / 1000,
    task: classification ? "classification" : "regression",
    ...(trainer.stopped ? { stopped: trainer.stopped } : {}),
    confusion: classification && val && finished ? trainer.evaluate(val).confusion : null,
    ...(hooks.model && finished ? { model: cellModelFile(trainer, hooks.model) } : {}),
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
