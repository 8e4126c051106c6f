/**
 * Minibatches of a dataset for hand-written training loops.
 *
 * @module
 */

import { RectifyError } from "../core/errors.ts";
import type { Rng } from "../core/rng.ts";
import { Tensor } from "../core/tensor.ts";
import type { Dataset } from "./dataset.ts";
import { gatherRows } from "./_gather.ts";

/** Options of {@linkcode batches}. */
export interface BatchesOptions {
  /** Rows per batch (default 32). */
  batchSize?: number;
  /** Visit the rows in a random order drawn from `rng` (default false: in order). */
  shuffle?: boolean;
  /** The generator of the order; required with `shuffle`, so that every order is seeded. */
  rng?: Rng;
  /** Leave out a last batch smaller than `batchSize` (default false). */
  dropLast?: boolean;
}

/** One minibatch from {@linkcode batches}. */
export interface Batch {
  /** Features, `[size, features]`. */
  x: Tensor;
  /**
   * Labels: class indices `[size]` for classification (what
   * `softmaxCrossEntropy` takes), targets `[size, targets]` for regression
   * (what `mse` takes).
   */
  y: Tensor;
  /** Rows in this batch. */
  size: number;
  /** The dataset rows it holds, in batch order. */
  indices: Int32Array;
}

/**
 * Iterate over a dataset in minibatches, as torch's `DataLoader(dataset,
 * batch_size, shuffle, drop_last)`. With `shuffle`, the order is one
 * Fisher–Yates permutation drawn from `rng` per call (the trainer's order for
 * the same generator state), so one call is one epoch. Each batch owns its
 * arrays.
 *
 * @example One epoch of a hand-written loop
 * ```ts
 * import { batches, xor } from "@rectify/core/datasets";
 * import { mlp, Optimizer, Rng, softmaxCrossEntropy } from "@rectify/core";
 * const data = xor({ n: 64, seed: 0 });
 * const model = mlp({ inputSize: 2, hidden: [8], outputSize: 2, rng: new Rng(0) });
 * const opt = new Optimizer(model.namedParameters(), "adam:lr=0.01");
 * const rng = new Rng(1);
 * let steps = 0;
 * for (const { x, y } of batches(data, { batchSize: 16, shuffle: true, rng })) {
 *   opt.zeroGrad();
 *   softmaxCrossEntropy(model.call(x), y).backward();
 *   opt.step();
 *   steps++;
 * }
 * console.log(steps); // 4
 * ```
 */
export function* batches(dataset: Dataset, options: BatchesOptions = {}): Generator<Batch> {
  const batchSize = options.batchSize ?? 32;
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new RangeError(`batches: batchSize must be an integer >= 1, got ${batchSize}`);
  }
  if (options.shuffle && options.rng === undefined) {
    throw new RectifyError(
      "option",
      "batches: shuffle needs rng (a seeded Rng), so that the order can be reproduced",
    );
  }
  const order = new Int32Array(dataset.rows);
  for (let i = 0; i < order.length; i++) order[i] = i;
  if (options.shuffle) options.rng!.shuffle(order);
  const classification = dataset.task === "classification";
  for (let from = 0; from < dataset.rows; from += batchSize) {
    const to = Math.min(dataset.rows, from + batchSize);
    if (options.dropLast && to - from < batchSize) break;
    const { x, y } = gatherRows(dataset, order, from, to);
    const size = to - from;
    yield {
      x,
      y: new Tensor(y, classification ? [size] : [size, dataset.targets]),
      size,
      indices: order.slice(from, to),
    };
  }
}
