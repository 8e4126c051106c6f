/**
 * Copy a run of rows (by index) of a dataset into one minibatch; shared by
 * {@linkcode batches} and the trainer. @internal
 *
 * @module
 */

import { allocEmpty } from "../core/storage.ts";
import { Tensor } from "../core/tensor.ts";
import type { Dataset } from "./dataset.ts";

/**
 * Rows `order[from..to)` of `ds` as `x` (`[n, features]`) and the matching
 * labels/targets (`n · targets` numbers). Storage comes from the running step
 * arena when there is one. @internal
 */
export function gatherRows(
  ds: Dataset,
  order: ArrayLike<number>,
  from: number,
  to: number,
): { x: Tensor; y: Float32Array } {
  const f = ds.features, k = ds.targets, n = to - from;
  // every element is written below: no zero-fill
  const x = allocEmpty("float32", n * f, "batch") as Float32Array;
  const y = allocEmpty("float32", n * k, "batch") as Float32Array;
  // element loops rather than `set(subarray(...))`: a view per row is garbage per step
  const dx = ds.x, dy = ds.y;
  for (let i = 0; i < n; i++) {
    const r = order[from + i];
    for (let j = 0, s = r * f, t = i * f; j < f; j++) x[t + j] = dx[s + j];
    for (let j = 0, s = r * k, t = i * k; j < k; j++) y[t + j] = dy[s + j];
  }
  return { x: new Tensor(x, [n, f]), y };
}
