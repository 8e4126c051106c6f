/**
 * The training loop used by the CLI and the examples: epochs of seeded
 * minibatches, any optimizer and schedule plugin, evaluation, per-epoch
 * metrics (losses, accuracy, lr, dead units and gradient norm per layer),
 * numerical-fault detection and bit-exact checkpoint/resume.
 *
 * @module
 */

import { fmtShape, RectifyError } from "../core/errors.ts";
import { mse, softmaxCrossEntropy } from "../core/losses.ts";
import { accuracy, argmax, confusionMatrix, r2Score, rmse } from "../core/metrics.ts";
import { Activation, mlp } from "../core/layers.ts";
import type { Module, TensorJSON } from "../core/module.ts";
import { cnn } from "../core/cnn.ts";
import { Optimizer, type OptimizerStateDict } from "../core/optim.ts";
import type { Schedule } from "../core/plugin.ts";
import { defaultRegistry, type Registry } from "../core/registry.ts";
import type { PluginSpec } from "../core/spec.ts";
import { Rng, type RngState } from "../core/rng.ts";
import { noGrad, type RemovableHandle } from "../core/autograd.ts";
import { Tensor } from "../core/tensor.ts";
import { applyGradient } from "../core/override.ts";
import { StepArena } from "../core/arena.ts";
import type { Dataset } from "../datasets/dataset.ts";
import { checkLabels } from "../datasets/transforms.ts";
import { gatherRows } from "../datasets/_gather.ts";
import { attachMonitors, type Monitors } from "./_monitors.ts";
import { firstNonFiniteOutput, firstNonFiniteParameter } from "./_numeric.ts";
import { BestTracker } from "./_best.ts";
import { checksum, dataChecksum } from "./_checksum.ts";
import {
  checkWritableTarget,
  ioReason,
  readOnly,
  removeStaleTemporaries,
  temporaryName,
} from "./_files.ts";
import { type ArchLayer, archLayers } from "./arch.ts";

/** Loss names the trainer knows; `"auto"` picks cross-entropy for classification, MSE for regression. */
export type LossName = "auto" | "crossEntropy" | "mse";

/** The metrics of one finished epoch. */
export interface EpochMetrics {
  /** Epoch number, from 1. */
  epoch: number;
  /** Mean training loss over the epoch's minibatches (weighted by batch size). */
  trainLoss: number;
  /** Validation loss after the epoch, or null without validation data. */
  valLoss: number | null;
  /** Validation accuracy in [0, 1] (classification), or null. */
  valAccuracy: number | null;
  /** Validation root mean squared error (regression, in the targets' units), or null. */
  valRmse: number | null;
  /** Validation coefficient of determination R² (regression), or null. */
  valR2: number | null;
  /** Learning rate used during the epoch (first parameter group). */
  lr: number;
  /** Per hidden activation layer: fraction of units (channels on images) whose input was <= 0 for every training example of the epoch (`deadUnitMonitor`). */
  deadFraction: number[];
  /** Per weight layer, dense or convolution (input side first): mean L2 norm of its gradients over the epoch's steps. */
  gradNorm: number[];
  /** Seconds spent in this epoch (training and evaluation). */
  seconds: number;
  /** Steps dropped because the loss or a gradient was NaN/Inf (`onNan: "skip"`). */
  skippedSteps?: number;
}

/** What {@linkcode Trainer.evaluate} measures on a dataset. */
export interface Evaluation {
  /** Mean loss per example. */
  loss: number;
  /** Fraction of correct predictions (classification), or null. */
  accuracy: number | null;
  /** Confusion matrix, `[true class][predicted class]` counts (classification), or null. */
  confusion: number[][] | null;
  /** Root mean squared error (regression), or null. */
  rmse: number | null;
  /** Coefficient of determination R², averaged over targets (regression), or null. */
  r2: number | null;
}

/** Progress within an epoch, given to {@linkcode TrainerOptions.onStep}. */
export interface StepInfo {
  /** Epoch number, from 1. */
  epoch: number;
  /** Step within the epoch, from 1. */
  step: number;
  /** Steps per epoch. */
  steps: number;
  /** This minibatch's loss. */
  loss: number;
}

/** Options of {@linkcode Trainer}. */
export interface TrainerOptions {
  /** Training data. */
  train: Dataset;
  /** Validation data (optional). */
  val?: Dataset | null;
  /** Hidden layer widths of the MLP built when no `model` is given (default `[32]`). */
  hidden?: readonly number[];
  /** Hidden activation spec (default `"relu"`). */
  activation?: PluginSpec;
  /** Kernel initializer spec (default `"glorotUniform"`). */
  initializer?: PluginSpec;
  /** Optimizer spec (default `"sgd:lr=0.1,momentum=0.9"`). */
  optimizer?: PluginSpec;
  /** Learning-rate schedule spec, stepped once per epoch with the validation loss (default none). */
  schedule?: PluginSpec | null;
  /** Loss (default `"auto"`). */
  loss?: LossName;
  /** Number of epochs to train to (default 10). */
  epochs?: number;
  /** Minibatch size (default 32). */
  batchSize?: number;
  /** Seed of initialisation and shuffling (default 0). */
  seed?: number;
  /**
   * Gradient plugins applied to the model for the whole training, in order
   * (e.g. `"gradientNoise:eta=0.01"`; default none). Their handles are
   * removed by {@linkcode Trainer.dispose}.
   */
  gradients?: readonly PluginSpec[];
  /**
   * Stop when the validation loss has not improved by more than `minDelta`
   * (default 0) for `patience` epochs in a row, then put the weights of the
   * best epoch back into the model (unless `restoreBest` is false). Needs
   * validation data. Default: no early stopping.
   */
  earlyStopping?: { patience: number; minDelta?: number; restoreBest?: boolean } | null;
  /**
   * Write the model's weights here (atomically, as a {@linkcode BestWeights}
   * JSON file) after every epoch whose validation loss is a new best by more
   * than `earlyStopping.minDelta` (default 0). Needs validation data.
   */
  saveBest?: string | null;
  /** Registry for every spec (default: the default registry). */
  registry?: Registry;
  /**
   * A convolutional architecture ({@linkcode parseArch}) instead of the MLP:
   * the data must be images (`Dataset.shape`, `[C, H, W]`), batches are fed as
   * `[batch, C, H, W]`, `activation` fills the `act` slots, and a dense output
   * layer of the right width is appended unless the architecture ends with one
   * (whose width must then match). `hidden` is ignored.
   */
  arch?: readonly ArchLayer[] | null;
  /** A ready model instead of the built MLP: input `[batch, features]`, output `[batch, classes or targets]`. */
  model?: Module;
  /** Called after every epoch (awaited), e.g. to write metrics. */
  onEpoch?: (metrics: EpochMetrics) => void | Promise<void>;
  /** Called after every step. */
  onStep?: (info: StepInfo) => void;
  /** Write a checkpoint here after every epoch (atomically). */
  checkpoint?: string | null;
  /**
   * What a NaN or infinite loss or gradient does: `"stop"` (default) throws a
   * `RectifyError` (code `"numeric"`) naming the step and parameter; `"skip"`
   * drops that step's update, counts it in `skippedSteps`, and goes on.
   */
  onNan?: "stop" | "skip";
  /**
   * Run each step's forward and backward in a {@linkcode StepArena}, so that
   * a step allocates no array buffers in steady state (default true). Results are
   * bit-identical either way. A forward hook that keeps a tensor of the step
   * must `clone()` it under `withoutArena` (see {@linkcode StepArena}).
   */
  arena?: boolean;
  /**
   * How the data were prepared before they reached the trainer (e.g.
   * `{ standardize: { mean, std }, valSplit: 0.2 }`), as plain JSON. It is
   * stored in checkpoints with a content hash of the data, and a resume
   * whose preparation or data differ is refused (default null).
   */
  preprocessing?: Record<string, unknown> | null;
}

/** The result of {@linkcode Trainer.run}. */
export interface TrainResult {
  /** The trained model. */
  model: Module;
  /** Metrics of every epoch, including epochs restored from a checkpoint. */
  history: EpochMetrics[];
}

/** What identifies a training setup; a checkpoint only resumes the same setup. */
export interface TrainConfig {
  /** Hidden widths (null for a custom model or an architecture). */
  hidden: number[] | null;
  /** The convolutional architecture, when one was given. */
  arch?: ArchLayer[];
  /** Activation spec. */
  activation: string;
  /** Initializer spec. */
  initializer: string;
  /** Optimizer spec. */
  optimizer: string;
  /** Schedule spec or null. */
  schedule: string | null;
  /** Loss. */
  loss: "crossEntropy" | "mse";
  /** Minibatch size. */
  batchSize: number;
  /** Seed. */
  seed: number;
  /** What a NaN/Inf step does (`onNan`). */
  onNan: "stop" | "skip";
  /**
   * Training data: name, rows, features, and a content hash of its features
   * and targets; `valRows`/`valHash` the same for the validation data.
   */
  data: {
    name: string;
    rows: number;
    features: number;
    hash: string;
    valRows: number;
    valHash: string | null;
  };
  /** How the data were prepared ({@linkcode TrainerOptions.preprocessing}), or null. */
  preprocessing: Record<string, unknown> | null;
  /** Gradient plugin specs applied during training (absent when none). */
  gradients?: string[];
}

/** The JSON file written by {@linkcode TrainerOptions.saveBest}. */
export interface BestWeights {
  /** Always `"rectify-weights"`. */
  format: "rectify-weights";
  /** Format version (1). */
  version: 1;
  /** The setup the weights come from. */
  config: TrainConfig;
  /** The epoch whose weights these are. */
  epoch: number;
  /** Its validation loss. */
  valLoss: number;
  /** The weights, for `model.loadStateDict(file.model)`. */
  model: Record<string, TensorJSON>;
}

/** The JSON checkpoint written by {@linkcode Trainer.saveCheckpoint}. */
export interface Checkpoint {
  /** Always `"rectify-checkpoint"`. */
  format: "rectify-checkpoint";
  /** Format version (2: the setup records the data's hash, its preparation and onNan). */
  version: 2;
  /** The setup it belongs to. */
  config: TrainConfig;
  /** Epochs completed. */
  epoch: number;
  /** Model weights and buffers. */
  model: Record<string, TensorJSON>;
  /** Optimizer state. */
  optimizer: OptimizerStateDict;
  /** Schedule state, or null. */
  schedule: unknown;
  /** Generator states. */
  rng: { shuffle: RngState };
  /** Non-parameter state of activation layers that have some (rrelu's generator), by layer name. */
  activations?: Record<string, unknown>;
  /** Metrics of the completed epochs. */
  history: EpochMetrics[];
}

function specString(spec: PluginSpec): string {
  return typeof spec === "string" ? spec : JSON.stringify(spec);
}

function positiveInt(name: string, v: number): void {
  if (!Number.isInteger(v) || v <= 0) {
    throw new RectifyError("option", `Trainer: ${name} must be a positive integer, got ${v}`);
  }
}

/**
 * Trains a model on a dataset, epoch by epoch, with seeded shuffling. The same
 * options and seed give bit-identical weights and metrics; a checkpoint saved
 * after any epoch resumes to exactly the same result.
 *
 * A loss or gradient that is NaN or infinite stops training with a
 * `RectifyError` (code `"numeric"`) naming the epoch, step and parameter.
 *
 * @example Train on XOR
 * ```ts
 * import { Trainer } from "@rectify/core/train";
 * import { xor } from "@rectify/core/datasets";
 * const trainer = new Trainer({
 *   train: xor({ n: 128, seed: 0 }),
 *   hidden: [8],
 *   optimizer: "sgd:lr=0.1,momentum=0.9",
 *   epochs: 3,
 *   batchSize: 16,
 * });
 * const { history } = await trainer.run();
 * console.log(history.length); // 3
 * ```
 */
export class Trainer {
  /** The model being trained. */
  readonly model: Module;
  /** The optimizer. */
  readonly optimizer: Optimizer;
  /** The schedule, or null. */
  readonly schedule: Schedule | null;
  /** The setup, as stored in checkpoints. */
  readonly config: TrainConfig;
  /** Number of epochs `run()` trains to. */
  epochs: number;
  /** Metrics of the completed epochs. */
  readonly history: EpochMetrics[] = [];
  /** Names of the hidden activation layers (dead fraction columns). */
  readonly activationLayers: readonly string[];
  /** Names of the weight layers, dense and convolution (gradient-norm columns). */
  readonly denseLayers: readonly string[];
  #train: Dataset;
  #val: Dataset | null;
  #shuffle: Rng;
  #monitors: Monitors;
  #options: TrainerOptions;
  #outputs: number;
  #useArena: boolean;
  /** Shape of one example as the model reads it. */
  #inputShape: readonly number[];
  #gradientHandles: RemovableHandle[] = [];
  #best: BestTracker | null;
  #stopped: string | null = null;

  /** Build the model, optimizer and schedule; nothing is trained yet. */
  constructor(options: TrainerOptions) {
    this.#options = options;
    this.#useArena = options.arena !== false;
    if (options.onNan !== undefined && options.onNan !== "stop" && options.onNan !== "skip") {
      throw new RectifyError(
        "option",
        `Trainer: onNan must be "stop" or "skip", got ${JSON.stringify(options.onNan)}`,
      );
    }
    const train = options.train;
    if (!train || !(train.x instanceof Float32Array) || train.rows < 1) {
      throw new RectifyError("data", "Trainer: train must be a dataset with at least one row");
    }
    this.#train = train;
    this.#val = options.val && options.val.rows > 0 ? options.val : null;
    if (this.#val && this.#val.features !== train.features) {
      throw new RectifyError(
        "shape",
        `Trainer: validation data has ${this.#val.features} features, training data ${train.features}`,
      );
    }
    const registry = options.registry ?? defaultRegistry;
    const seed = options.seed ?? 0;
    if (!Number.isSafeInteger(seed)) {
      throw new RectifyError(
        "option",
        `Trainer: seed must be an integer in [-(2^53 - 1), 2^53 - 1] (a safe integer), got ${seed}`,
      );
    }
    const batchSize = options.batchSize ?? 32;
    positiveInt("batchSize", batchSize);
    this.epochs = options.epochs ?? 10;
    if (!Number.isInteger(this.epochs) || this.epochs < 0) {
      throw new RectifyError(
        "option",
        `Trainer: epochs must be an integer >= 0, got ${this.epochs}`,
      );
    }
    const lossName = options.loss ?? "auto";
    if (!["auto", "crossEntropy", "mse"].includes(lossName)) {
      throw new RectifyError(
        "option",
        `Trainer: loss must be "auto", "crossEntropy" or "mse", got "${lossName}"`,
      );
    }
    const loss = lossName === "auto"
      ? (train.task === "classification" ? "crossEntropy" : "mse")
      : lossName;
    if (loss === "crossEntropy") {
      if (train.task !== "classification") {
        throw new RectifyError(
          "data",
          `Trainer: loss "crossEntropy" needs class labels, but "${train.name}" is a regression dataset (use mse)`,
        );
      }
      this.#outputs = Math.max(train.classes, this.#val?.classes ?? 0);
      checkLabels(train, this.#outputs);
      if (this.#val) checkLabels(this.#val, this.#outputs);
    } else {
      this.#outputs = train.task === "classification" ? 1 : train.targets;
    }
    const hidden = options.hidden ?? [32];
    for (const h of hidden) positiveInt("hidden width", h);
    const activation = options.activation ?? "relu";
    const initializer = options.initializer ?? "glorotUniform";
    const optimizer = options.optimizer ?? "sgd:lr=0.1,momentum=0.9";
    const root = new Rng(seed);
    const initRng = root.fork();
    this.#shuffle = root.fork();
    const arch = options.model ? null : options.arch ?? null;
    this.#inputShape = arch ? this.#imageShape(train, this.#val) : [train.features];
    this.model = options.model ?? (arch
      ? this.#buildCnn(arch, {
        activation,
        initializer,
        rng: initRng,
        registry,
      })
      : mlp({
        inputSize: train.features,
        hidden,
        outputSize: this.#outputs,
        activation,
        initializer,
        rng: initRng,
        registry,
      }));
    this.schedule = options.schedule
      ? registry.create("schedule", options.schedule, { rng: root.fork() })
      : null;
    this.optimizer = new Optimizer(this.model.namedParameters(), optimizer, {
      registry,
      schedule: this.schedule,
    });
    const gradients = (options.gradients ?? []).map(specString);
    const early = options.earlyStopping ?? null;
    if (early !== null) {
      if (!Number.isInteger(early.patience) || early.patience < 1) {
        throw new RectifyError(
          "option",
          `Trainer: earlyStopping.patience must be an integer >= 1, got ${early.patience}`,
        );
      }
      const d = early.minDelta ?? 0;
      if (!(d >= 0 && Number.isFinite(d))) {
        throw new RectifyError(
          "option",
          `Trainer: earlyStopping.minDelta must be a finite number >= 0, got ${d}`,
        );
      }
    }
    if ((early !== null || options.saveBest) && this.#val === null) {
      throw new RectifyError(
        "option",
        `Trainer: ${
          early !== null ? "earlyStopping" : "saveBest"
        } watches the validation loss, but there is no validation data (give val)`,
      );
    }
    this.#best = early !== null || options.saveBest
      ? new BestTracker({ minDelta: early?.minDelta ?? 0, patience: early?.patience ?? null })
      : null;
    this.config = {
      hidden: options.model || arch ? null : [...hidden],
      ...(arch ? { arch: structuredClone(arch) as ArchLayer[] } : {}),
      activation: specString(activation),
      initializer: specString(initializer),
      optimizer: specString(optimizer),
      schedule: options.schedule ? specString(options.schedule) : null,
      loss,
      batchSize,
      seed,
      onNan: options.onNan ?? "stop",
      data: {
        name: train.name,
        rows: train.rows,
        features: train.features,
        hash: dataChecksum([train.x, train.y]),
        valRows: this.#val?.rows ?? 0,
        valHash: this.#val ? dataChecksum([this.#val.x, this.#val.y]) : null,
      },
      preprocessing: preprocessingOf(options.preprocessing),
    };
    if (gradients.length > 0) this.config.gradients = gradients;
    for (const spec of options.gradients ?? []) {
      this.#gradientHandles.push(applyGradient(this.model, spec, { registry }));
    }
    this.#monitors = attachMonitors(this.model, registry);
    this.activationLayers = this.#monitors.activationLayers;
    this.denseLayers = this.#monitors.denseLayers;
  }

  /** The image shape `[C, H, W]` of the data, which an architecture needs. */
  #imageShape(train: Dataset, val: Dataset | null): readonly number[] {
    const shape = train.shape;
    if (!shape || shape.length !== 3) {
      throw new RectifyError(
        "data",
        `Trainer: an architecture (arch) needs image data of shape [C, H, W], but "${train.name}" has ${
          shape ? `shape ${fmtShape(shape)}` : `${train.features} plain features`
        } (image datasets: digits, bars; or set one with withShape)`,
      );
    }
    if (val && JSON.stringify(val.shape) !== JSON.stringify(shape)) {
      throw new RectifyError(
        "shape",
        `Trainer: validation images have shape ${
          val.shape ? fmtShape(val.shape) : "none"
        }, training images ${fmtShape(shape)}`,
      );
    }
    return shape;
  }

  /** The CNN of an architecture, with the output layer appended or checked. */
  #buildCnn(
    arch: readonly ArchLayer[],
    o: { activation: PluginSpec; initializer: PluginSpec; rng: Rng; registry: Registry },
  ): Module {
    const last = arch.at(-1);
    if (last?.type === "dense" && last.outFeatures !== this.#outputs) {
      throw new RectifyError(
        "shape",
        `Trainer: the architecture ends with dense:${last.outFeatures}, but the data needs ${this.#outputs} outputs (use dense:${this.#outputs}, or leave the output layer out to have it added)`,
      );
    }
    return cnn({
      inputShape: this.#inputShape,
      layers: archLayers(arch, { activation: o.activation }),
      ...(last?.type === "dense" ? {} : { outputSize: this.#outputs }),
      initializer: o.initializer,
      rng: o.rng,
      registry: o.registry,
    });
  }

  /** Number of epochs completed. */
  get epoch(): number {
    return this.history.length;
  }

  /**
   * Why training stopped before `epochs` (early stopping), or null. `run()`
   * and a loop over `step()` that checks it stop there.
   */
  get stopped(): string | null {
    return this.#stopped;
  }

  /** The epoch with the lowest validation loss so far and that loss (with early stopping or saveBest), or null. */
  get best(): { epoch: number; valLoss: number } | null {
    return this.#best?.best ?? null;
  }

  /** Whether another `step()` is due: fewer than `epochs` epochs and not stopped early. */
  get done(): boolean {
    return this.epoch >= this.epochs || this.#stopped !== null;
  }

  #lossOf(out: Tensor, y: Float32Array, rows: number): Tensor {
    if (this.config.loss === "crossEntropy") {
      if (out.ndim !== 2 || out.shape[0] !== rows) {
        throw new RectifyError(
          "shape",
          `Trainer: the model output has shape ${fmtShape(out.shape)}, expected [${rows}, classes]`,
        );
      }
      return softmaxCrossEntropy(out, y);
    }
    const t = y.length === out.size ? new Tensor(y, out.shape) : null;
    if (t === null) {
      throw new RectifyError(
        "shape",
        `Trainer: the model output has shape ${fmtShape(out.shape)}, expected [${rows}, ${
          y.length / rows
        }] targets`,
      );
    }
    return mse(out, t);
  }

  #batch(ds: Dataset, idx: ArrayLike<number>, from: number, to: number): [Tensor, Float32Array] {
    const { x, y } = gatherRows(ds, idx, from, to);
    // an architecture reads each row as an image [C, H, W]
    const shape = this.#inputShape;
    return [shape.length === 1 ? x : new Tensor(x.data, [to - from, ...shape]), y];
  }

  /**
   * Loss and quality of the model on a dataset, in evaluation mode without
   * recording gradients: accuracy and the confusion matrix (rows: true class)
   * for classification, RMSE and R² for regression (the others are null).
   */
  evaluate(ds: Dataset): Evaluation {
    const wasTraining = this.model.training;
    this.model.eval();
    const classification = this.config.loss === "crossEntropy";
    try {
      return noGrad(() => {
        const chunk = 512;
        let lossSum = 0;
        const predicted = classification ? new Int32Array(ds.rows) : null;
        const outputs = classification ? null : new Float32Array(ds.rows * ds.targets);
        const all = new Int32Array(ds.rows);
        for (let i = 0; i < all.length; i++) all[i] = i;
        for (let from = 0; from < ds.rows; from += chunk) {
          const to = Math.min(ds.rows, from + chunk);
          const [x, y] = this.#batch(ds, all, from, to);
          const out = this.model.call(x);
          lossSum += this.#lossOf(out, y, to - from).item() * (to - from);
          if (predicted) predicted.set(argmax(out), from);
          else outputs!.set(out.data, from * ds.targets);
        }
        const labels = ds.y.subarray(0, ds.rows * ds.targets);
        return {
          loss: lossSum / ds.rows,
          accuracy: predicted ? accuracy(predicted, labels) : null,
          confusion: predicted
            ? confusionMatrix(predicted, labels, { classes: Math.max(1, ds.classes) })
            : null,
          rmse: outputs ? rmse(outputs, labels) : null,
          r2: outputs ? r2Score(outputs, labels, { outputs: ds.targets }) : null,
        };
      });
    } finally {
      this.model.train(wasTraining);
    }
  }

  /** Train one epoch and return its metrics (also appended to `history`). */
  async step(): Promise<EpochMetrics> {
    const t0 = performance.now();
    const epoch = this.epoch + 1;
    const ds = this.#train, bs = this.config.batchSize;
    const lr = this.optimizer.groups[0]?.lr ?? 0;
    const order = new Int32Array(ds.rows);
    for (let i = 0; i < order.length; i++) order[i] = i;
    this.#shuffle.shuffle(order);
    const steps = Math.ceil(ds.rows / bs);
    const params = this.model.namedParameters();
    this.model.train();
    this.#monitors.reset();
    let lossSum = 0, counted = 0, skipped = 0;
    // one arena per epoch, disposed after it (its slabs may be the backend's memory)
    const arena = this.#useArena ? new StepArena() : null;
    try {
      for (let s = 0; s < steps; s++) {
        const from = s * bs, to = Math.min(ds.rows, from + bs);
        this.optimizer.zeroGrad();
        // x stays valid until the next run: the divergence report below reads it
        const body = () => {
          const [x, y] = this.#batch(ds, order, from, to);
          const loss = this.#lossOf(this.model.call(x), y, to - from);
          const value = loss.item();
          let fault: string | null = null, detail = "";
          if (!Number.isFinite(value)) fault = `the loss became ${value}`;
          else {
            loss.backward();
            const bad = firstNonFiniteParameter(params, "grad");
            if (bad) {
              fault = `the gradient of parameter "${bad.name}" became ${bad.value}`;
              detail = ` (element ${bad.index}; the first non-finite gradient in parameter order)`;
            }
          }
          return { x, value, fault, detail };
        };
        const { x, value, fault, detail } = arena === null ? body() : arena.run(body);
        if (fault !== null) {
          if (this.#options.onNan === "skip") {
            this.optimizer.zeroGrad();
            skipped++;
            this.#options.onStep?.({ epoch, step: s + 1, steps, loss: value });
            continue;
          }
          throw this.#divergence(fault, detail, x, { epoch, step: s + 1, steps, value });
        }
        this.optimizer.step();
        const broken = firstNonFiniteParameter(params, "value");
        if (broken) {
          throw this.#brokenWeights(broken, { epoch, step: s + 1, steps, value });
        }
        lossSum += value * (to - from);
        counted += to - from;
        this.#options.onStep?.({ epoch, step: s + 1, steps, loss: value });
      }
    } finally {
      arena?.dispose();
    }
    if (skipped === steps) {
      throw new RectifyError(
        "numeric",
        `Training diverged: all ${steps} steps of epoch ${epoch} had a NaN or infinite loss or gradient and were skipped; hint: lower the learning rate of "${this.config.optimizer}" or clip gradients`,
        { details: { epoch, skippedSteps: skipped } },
      );
    }
    const readings = this.#monitors.read();
    const val = this.#val ? this.evaluate(this.#val) : null;
    if (val && !Number.isFinite(val.loss)) {
      throw new RectifyError(
        "numeric",
        `Training diverged: the validation loss after epoch ${epoch} is ${val.loss} although every weight is finite (the outputs overflow the loss); ` +
          `${
            this.#kept(epoch)
          }; hint: lower the learning rate of "${this.config.optimizer}" or clip gradients`,
        { details: { epoch, valLoss: val.loss } },
      );
    }
    this.schedule?.step(val?.loss ?? lossSum / counted);
    const metrics: EpochMetrics = {
      epoch,
      trainLoss: lossSum / counted,
      valLoss: val ? val.loss : null,
      valAccuracy: val ? val.accuracy : null,
      valRmse: val ? val.rmse : null,
      valR2: val ? val.r2 : null,
      lr,
      deadFraction: readings.deadFraction,
      gradNorm: readings.gradNorm,
      seconds: (performance.now() - t0) / 1000,
    };
    if (this.#options.onNan === "skip") metrics.skippedSteps = skipped;
    this.history.push(metrics);
    const verdict = this.#best && val ? this.#best.observe(epoch, val.loss) : null;
    if (verdict?.improved) {
      this.#best!.weights = this.model.stateDict();
      if (this.#options.saveBest) await this.#saveBest(this.#options.saveBest);
    }
    if (this.#options.checkpoint) await this.saveCheckpoint(this.#options.checkpoint);
    if (verdict?.stop && this.epoch < this.epochs) this.#stopEarly();
    await this.#options.onEpoch?.(metrics);
    return metrics;
  }

  /** What happened to the checkpoint when epoch `epoch` failed. */
  #kept(epoch: number): string {
    const path = this.#options.checkpoint;
    if (!path) return `epoch ${epoch} was not recorded`;
    return epoch > 1
      ? `the checkpoint ${path} still holds epoch ${epoch - 1}, the last good one`
      : `no checkpoint was written (epoch 1 never completed)`;
  }

  /** The `numeric` error for weights that went non-finite in an optimizer update. */
  #brokenWeights(
    bad: { name: string; value: number; index: number },
    at: { epoch: number; step: number; steps: number; value: number },
  ): RectifyError {
    const global = (at.epoch - 1) * at.steps + at.step;
    return new RectifyError(
      "numeric",
      `Training diverged: the optimizer update at epoch ${at.epoch}, step ${at.step} of ${at.steps} (global step ${global}) made parameter "${bad.name}" ${bad.value} (element ${bad.index}), although the loss (${at.value}) and every gradient were finite; ` +
        `an applied update cannot be skipped, so training stops; ${this.#kept(at.epoch)}; ` +
        `hint: lower the learning rate of "${this.config.optimizer}" or clip gradients`,
      { details: { epoch: at.epoch, step: at.step, globalStep: global, parameter: bad.name } },
    );
  }

  /** The `numeric` error for a fault at a step, locating where it first appeared. */
  #divergence(
    fault: string,
    detail: string,
    x: Tensor,
    at: { epoch: number; step: number; steps: number; value: number },
  ): RectifyError {
    const global = (at.epoch - 1) * at.steps + at.step;
    let origin = detail;
    if (fault.startsWith("the loss")) {
      const param = firstNonFiniteParameter(this.model.namedParameters(), "value");
      const out = param ? null : firstNonFiniteOutput(this.model, x);
      origin = param
        ? `; parameter "${param.name}" already holds ${param.value} (element ${param.index})`
        : out
        ? `; it first appeared in the output of layer ${out.name} (${out.value} at element ${out.index})`
        : "; every layer output was finite, so the loss itself overflowed";
    }
    return new RectifyError(
      "numeric",
      `Training diverged: ${fault} at epoch ${at.epoch}, step ${at.step} of ${at.steps} (global step ${global})${origin}; ` +
        `hint: lower the learning rate of "${this.config.optimizer}", clip gradients, ` +
        `or skip such steps (onNan: "skip", --on-nan skip)`,
      { details: { epoch: at.epoch, step: at.step, globalStep: global, value: at.value } },
    );
  }

  /** Early stopping: note why, and put the best weights back (unless told not to). */
  #stopEarly(): void {
    const b = this.#best!, best = b.best!;
    const restore = this.#options.earlyStopping?.restoreBest !== false && b.weights !== null;
    if (restore) this.model.loadStateDict(b.weights!);
    this.#stopped = `early stopping: no validation-loss improvement by more than ${
      this.#options.earlyStopping?.minDelta ?? 0
    } for ${this.#options.earlyStopping?.patience} epochs; best epoch ${best.epoch} (val_loss ${
      best.valLoss.toFixed(4)
    })${restore ? ", its weights restored" : ""}`;
  }

  async #saveBest(path: string): Promise<void> {
    const best = this.#best!.best!;
    const file: BestWeights = {
      format: "rectify-weights",
      version: 1,
      config: this.config,
      epoch: best.epoch,
      valLoss: best.valLoss,
      model: this.#best!.weights!,
    };
    await writeFileAtomic(path, JSON.stringify(file));
  }

  /**
   * Check, before any training, that the `checkpoint` path can be written:
   * not a folder, not a read-only file, in a folder that exists and takes
   * new files. `run()` calls it; call it yourself when driving `step()`.
   */
  async checkCheckpointPath(): Promise<void> {
    const path = this.#options.checkpoint;
    if (path) await checkWritableTarget(path, "checkpoint");
  }

  /** Train until `epochs` epochs are complete or early stopping stops it. */
  async run(): Promise<TrainResult> {
    if (!this.done) await this.checkCheckpointPath();
    while (!this.done) await this.step();
    return { model: this.model, history: this.history };
  }

  /** The whole training state as plain JSON. */
  checkpoint(): Checkpoint {
    return {
      format: "rectify-checkpoint",
      version: 2,
      config: this.config,
      epoch: this.epoch,
      model: this.model.stateDict(),
      optimizer: this.optimizer.stateDict(),
      schedule: this.schedule ? this.schedule.state() : null,
      rng: { shuffle: this.#shuffle.getState() },
      activations: this.#activationStates(),
      history: this.history.map((m) => ({ ...m })),
    };
  }

  /** Activation layers with their own state (`ActivationInstance.state`), by layer name. */
  #statefulActivations(): [string, Activation][] {
    return this.model.namedModules().filter((e): e is [string, Activation] =>
      e[1] instanceof Activation && typeof e[1].instance.state === "function"
    );
  }

  #activationStates(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [name, m] of this.#statefulActivations()) out[name] = m.instance.state!();
    return out;
  }

  /**
   * Restore a {@linkcode Trainer.checkpoint}. It must come from the same setup
   * (architecture, specs, loss, batch size, seed and data); nothing changes
   * when it is rejected.
   */
  restore(checkpoint: Checkpoint): void {
    const bad = (why: string): never => {
      throw new RectifyError("checkpoint", `Cannot resume: ${why}`);
    };
    if (
      typeof checkpoint !== "object" || checkpoint === null ||
      checkpoint.format !== "rectify-checkpoint"
    ) {
      bad(`not a rectify checkpoint (expected format "rectify-checkpoint")`);
    }
    if ((checkpoint.version as number) === 1) {
      bad(
        `the checkpoint has format version 1, which does not record the data's content hash, its preparation (e.g. --standardize) or onNan, so resuming cannot be checked to continue the same run; start a new run`,
      );
    }
    if (checkpoint.version !== 2) bad(`unsupported checkpoint version ${checkpoint.version}`);
    const mine = JSON.stringify(this.config), theirs = JSON.stringify(checkpoint.config);
    if (mine !== theirs) {
      // how the data were prepared first: a different preparation also changes their hash
      const diff = configDiff(checkpoint.config, this.config, "")
        .sort((a, b) =>
          Number(b.startsWith("preprocessing")) - Number(a.startsWith("preprocessing"))
        );
      const hashes = diff.some((d) => /^data\.(val)?[hH]ash/.test(d))
        ? "; the data differ in content: another file, or prepared differently"
        : "";
      bad(`the checkpoint belongs to another setup (${diff.join("; ")})${hashes}`);
    }
    if (
      !Number.isInteger(checkpoint.epoch) || checkpoint.epoch < 0 ||
      !Array.isArray(checkpoint.history) || checkpoint.history.length !== checkpoint.epoch
    ) {
      bad(
        `epoch ${checkpoint.epoch} does not match its ${checkpoint.history?.length} history rows`,
      );
    }
    // Validate everything before changing anything.
    const shuffle = new Rng(0);
    shuffle.setState(checkpoint.rng?.shuffle);
    const weights = this.model.stateDict();
    const actStates = this.#activationStates();
    const optState = this.optimizer.stateDict();
    const schedState = this.schedule ? this.schedule.state() : null;
    this.model.loadStateDict(checkpoint.model);
    try {
      this.optimizer.loadStateDict(checkpoint.optimizer);
      if (this.schedule) this.schedule.load(checkpoint.schedule);
      for (const [name, m] of this.#statefulActivations()) {
        if (!checkpoint.activations || !(name in checkpoint.activations)) {
          bad(`it has no state for activation layer "${name}" (${m.activationName})`);
        }
        m.instance.load?.(checkpoint.activations![name]);
      }
    } catch (e) {
      this.model.loadStateDict(weights);
      this.optimizer.loadStateDict(optState);
      if (this.schedule) this.schedule.load(schedState);
      for (const [name, m] of this.#statefulActivations()) m.instance.load?.(actStates[name]);
      throw e;
    }
    this.#shuffle.setState(shuffle.getState());
    this.history.length = 0;
    // checkpoints written before valRmse/valR2 existed lack them
    this.history.push(...checkpoint.history.map((m) => ({
      ...m,
      valRmse: m.valRmse ?? null,
      valR2: m.valR2 ?? null,
    })));
    // early stopping's counters follow from the history; the best weights are
    // known again once an epoch after the resume improves on it
    this.#stopped = null;
    if (this.#best) {
      this.#best.reset();
      for (const m of this.history) if (m.valLoss !== null) this.#best.observe(m.epoch, m.valLoss);
      if (this.#best.best?.epoch === this.epoch) this.#best.weights = this.model.stateDict();
    }
  }

  /**
   * Write {@linkcode Trainer.checkpoint} to a file atomically (temp file, then
   * rename), with a `checksum` of its content as the last field.
   */
  async saveCheckpoint(path: string): Promise<void> {
    const text = JSON.stringify(this.checkpoint());
    await writeFileAtomic(path, `${text.slice(0, -1)},"checksum":"${checksum(text)}"}`);
  }

  /** Read a checkpoint file and {@linkcode Trainer.restore} it. */
  async loadCheckpoint(path: string): Promise<void> {
    const body = await readCheckpoint(path);
    try {
      this.restore(body);
    } catch (e) {
      if (e instanceof RectifyError) {
        throw new RectifyError("checkpoint", `${path}: ${e.message}`, { cause: e });
      }
      throw e;
    }
  }

  /** Detach the monitors' hooks and the gradient plugins from the model. */
  dispose(): void {
    this.#monitors.remove();
    for (const h of this.#gradientHandles.splice(0)) h.remove();
  }
}

/**
 * Read a checkpoint file written by {@linkcode Trainer.saveCheckpoint} and
 * verify its checksum (a missing, non-JSON, cut-short or corrupted file is a
 * `RectifyError` with code `"checkpoint"`); the result is what
 * {@linkcode Trainer.restore} takes.
 *
 * @example
 * ```ts ignore
 * import { readCheckpoint } from "@rectify/core/train";
 * const ckpt = await readCheckpoint("run.ckpt.json");
 * console.log(ckpt.epoch);
 * ```
 */
export async function readCheckpoint(path: string): Promise<Checkpoint> {
  let text: string;
  try {
    text = await Deno.readTextFile(path);
  } catch (e) {
    throw new RectifyError(
      "checkpoint",
      `Cannot resume from ${path}: ${
        e instanceof Deno.errors.NotFound ? "no such file" : (e as Error).message
      }`,
      { cause: e },
    );
  }
  let data: Checkpoint & { checksum?: unknown };
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new RectifyError(
      "checkpoint",
      `Cannot resume from ${path}: the file is not valid JSON (truncated or corrupted?): ${
        (e as Error).message
      }`,
      { cause: e },
    );
  }
  if (typeof data !== "object" || data === null || typeof data.checksum !== "string") {
    throw new RectifyError(
      "checkpoint",
      `Cannot resume from ${path}: no checksum (not a checkpoint written by rectify, or cut short)`,
    );
  }
  const { checksum: stored, ...body } = data;
  const actual = checksum(JSON.stringify(body));
  if (stored !== actual) {
    throw new RectifyError(
      "checkpoint",
      `Cannot resume from ${path}: the checksum does not match its content (stored ${stored}, computed ${actual}); the file is corrupted`,
    );
  }
  return body;
}

let tempCounter = 0;
/** Targets whose stale temporaries were removed already by this process. */
const swept = new Set<string>();

function shown(v: unknown): string {
  const text = JSON.stringify(v) ?? "nothing";
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

function isPlain(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Leaf-level differences between two setups, as `path: checkpoint has A, this run B`. */
function configDiff(theirs: unknown, mine: unknown, at: string): string[] {
  if (JSON.stringify(theirs) === JSON.stringify(mine)) return [];
  if (isPlain(theirs) && isPlain(mine)) {
    const keys = [...new Set([...Object.keys(mine), ...Object.keys(theirs)])];
    return keys.flatMap((k) => configDiff(theirs[k], mine[k], at ? `${at}.${k}` : k));
  }
  return [`${at}: checkpoint has ${shown(theirs)}, this run ${shown(mine)}`];
}

function preprocessingOf(p: TrainerOptions["preprocessing"]): Record<string, unknown> | null {
  if (p === undefined || p === null) return null;
  let copy: unknown;
  try {
    copy = JSON.parse(JSON.stringify(p));
  } catch (e) {
    throw new RectifyError(
      "option",
      `Trainer: preprocessing must be plain JSON, got ${(e as Error).message}`,
    );
  }
  if (!isPlain(copy)) {
    throw new RectifyError(
      "option",
      `Trainer: preprocessing must be a plain object or null, got ${shown(p)}`,
    );
  }
  return copy;
}

/**
 * Write a text (or binary) file atomically: write a temporary file next to it, then
 * rename it over the target, so readers see the old or the new file, never a
 * partial one.
 *
 * @example
 * ```ts
 * import { writeFileAtomic } from "@rectify/core/train";
 * const path = await Deno.makeTempFile();
 * await writeFileAtomic(path, "hello");
 * console.log(await Deno.readTextFile(path)); // "hello"
 * await Deno.remove(path);
 * ```
 */
export async function writeFileAtomic(path: string, text: string | Uint8Array): Promise<void> {
  const target = await Deno.stat(path).catch(() => null);
  const locked = target ? readOnly(target) : null;
  if (locked !== null) throw new RectifyError("io", `Cannot write ${path}: ${locked}`);
  if (!swept.has(path)) {
    swept.add(path);
    await removeStaleTemporaries(path);
  }
  const tmp = temporaryName(path, tempCounter++);
  try {
    if (typeof text === "string") await Deno.writeTextFile(tmp, text);
    else await Deno.writeFile(tmp, text);
    await Deno.rename(tmp, path);
  } catch (e) {
    try {
      await Deno.remove(tmp);
    } catch { /* already gone */ }
    throw new RectifyError("io", `Cannot write ${path}: ${ioReason(e)}`, { cause: e });
  }
}
