/**
 * The learning-rate range test (Smith 2017, "Cyclical Learning Rates for
 * Training Neural Networks", §3.3): train with an exponentially increasing lr
 * and watch the loss.
 *
 * @module
 */

import { RectifyError } from "../core/errors.ts";
import { mse, softmaxCrossEntropy } from "../core/losses.ts";
import type { Module } from "../core/module.ts";
import { Optimizer } from "../core/optim.ts";
import { defaultRegistry, type Registry } from "../core/registry.ts";
import type { PluginSpec } from "../core/spec.ts";
import { Rng } from "../core/rng.ts";
import { batches } from "../datasets/batches.ts";
import type { Dataset } from "../datasets/dataset.ts";

/** Options of {@linkcode lrRangeTest}. */
export interface LrRangeTestOptions {
  /** The model; its weights are put back as they were when the test ends. */
  model: Module;
  /** Training data (classification: cross-entropy; regression: MSE). */
  train: Dataset;
  /** Optimizer spec; its `lr` is replaced at every step. */
  optimizer: PluginSpec;
  /** First lr (default 1e-7). */
  minLr?: number;
  /** Last lr (default 10). */
  maxLr?: number;
  /** Steps, one minibatch each (default 100). */
  steps?: number;
  /** Minibatch size (default 32). */
  batchSize?: number;
  /** Seed of the minibatch order (default 0). */
  seed?: number;
  /** Weight of the exponential moving average of the loss (default 0.98, bias-corrected). */
  smoothing?: number;
  /** Stop once the smoothed loss exceeds this multiple of its minimum (default 4). */
  divergeFactor?: number;
  /** Registry for the optimizer spec (default: the default registry). */
  registry?: Registry;
}

/** The result of {@linkcode lrRangeTest}. */
export interface LrRangeTestResult {
  /** The lr of each step taken. */
  lrs: number[];
  /** Each step's minibatch loss. */
  losses: number[];
  /** The bias-corrected moving average of `losses`. */
  smoothed: number[];
  /** The lr where the smoothed loss falls fastest (per log lr), before its minimum; null when it never falls. */
  steepest: number | null;
  /** The lr of the lowest smoothed loss, divided by 10. */
  minOver10: number;
  /** The suggested lr: `steepest`, or `minOver10` when there is none. */
  suggestion: number;
  /** True when the loss diverged (non-finite, or above `divergeFactor` × the minimum) before the last step. */
  diverged: boolean;
}

function positive(name: string, v: number): void {
  if (!(v > 0 && Number.isFinite(v))) {
    throw new RangeError(`lrRangeTest: ${name} must be a finite number > 0, got ${v}`);
  }
}

/**
 * Run the learning-rate range test: `steps` minibatch steps with the lr
 * growing geometrically from `minLr` to `maxLr`, recording the loss, and
 * suggest an lr: where the smoothed loss falls fastest against log lr
 * (`steepest`), or a tenth of the lr of its minimum (`minOver10`). The test
 * stops early when the loss diverges. The model's weights are restored
 * afterwards, so one model serves several optimizers.
 *
 * An optimizer that reads its lr only once (rprop) gets no meaningful curve.
 *
 * @example
 * ```ts
 * import { lrRangeTest } from "@rectify/core/train";
 * import { spiral } from "@rectify/core/datasets";
 * import { mlp, Rng } from "@rectify/core";
 * const model = mlp({ inputSize: 2, hidden: [16], outputSize: 3, rng: new Rng(0) });
 * const r = lrRangeTest({ model, train: spiral({ seed: 0 }), optimizer: "sgd:momentum=0.9", steps: 60 });
 * console.log(r.lrs.length <= 60, r.suggestion > 0); // true true
 * ```
 */
export function lrRangeTest(options: LrRangeTestOptions): LrRangeTestResult {
  const minLr = options.minLr ?? 1e-7, maxLr = options.maxLr ?? 10;
  const steps = options.steps ?? 100, batchSize = options.batchSize ?? 32;
  const beta = options.smoothing ?? 0.98, divergeFactor = options.divergeFactor ?? 4;
  positive("minLr", minLr);
  positive("maxLr", maxLr);
  if (!(maxLr > minLr)) {
    throw new RangeError(`lrRangeTest: maxLr must be > minLr (${minLr}), got ${maxLr}`);
  }
  if (!Number.isInteger(steps) || steps < 5) {
    throw new RangeError(`lrRangeTest: steps must be an integer >= 5, got ${steps}`);
  }
  if (!(beta >= 0 && beta < 1)) {
    throw new RangeError(`lrRangeTest: smoothing must be in [0, 1), got ${beta}`);
  }
  positive("divergeFactor", divergeFactor);
  const { model, train } = options;
  const classification = train.task === "classification";
  const saved = model.stateDict();
  const wasTraining = model.training;
  const opt = new Optimizer(model.namedParameters(), options.optimizer, {
    registry: options.registry ?? defaultRegistry,
  });
  const rng = new Rng(options.seed ?? 0);
  const lrs: number[] = [], losses: number[] = [], smoothed: number[] = [];
  let avg = 0, best = Infinity, diverged = false;
  model.train();
  try {
    let epoch = batches(train, { batchSize, shuffle: true, rng });
    for (let i = 0; i < steps && !diverged; i++) {
      let next = epoch.next();
      if (next.done) {
        epoch = batches(train, { batchSize, shuffle: true, rng });
        next = epoch.next();
      }
      const { x, y } = next.value!;
      const lr = minLr * (maxLr / minLr) ** (i / (steps - 1));
      opt.setLr(lr);
      opt.zeroGrad();
      const out = model.call(x);
      const loss = classification ? softmaxCrossEntropy(out, y) : mse(out, y);
      const value = loss.item();
      if (!Number.isFinite(value)) {
        diverged = true;
        break;
      }
      loss.backward();
      opt.step();
      avg = beta * avg + (1 - beta) * value;
      const s = avg / (1 - beta ** (i + 1));
      lrs.push(lr);
      losses.push(value);
      smoothed.push(s);
      if (s < best) best = s;
      if (s > divergeFactor * best) diverged = true;
    }
  } finally {
    model.loadStateDict(saved);
    model.train(wasTraining);
  }
  if (lrs.length === 0) {
    throw new RectifyError(
      "numeric",
      `lrRangeTest: the loss was not finite at the first step (lr ${minLr}); lower minLr`,
    );
  }
  let minIdx = 0;
  for (let i = 1; i < smoothed.length; i++) if (smoothed[i] < smoothed[minIdx]) minIdx = i;
  let steepest: number | null = null, steepestSlope = 0;
  for (let i = 1; i < Math.min(minIdx + 1, smoothed.length - 1); i++) {
    const slope = (smoothed[i + 1] - smoothed[i - 1]) / Math.log(lrs[i + 1] / lrs[i - 1]);
    if (slope < steepestSlope) {
      steepestSlope = slope;
      steepest = lrs[i];
    }
  }
  const minOver10 = lrs[minIdx] / 10;
  return {
    lrs,
    losses,
    smoothed,
    steepest,
    minOver10,
    suggestion: steepest ?? minOver10,
    diverged: diverged && lrs.length < steps,
  };
}
