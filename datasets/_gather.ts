/**
 * Copy a run of rows (by index) of a dataset into one minibatch; shared by
 * {@linkcode batches} and the trainer. @internal
 *
 * @module
 */

import { alloc } from "../core/storage.ts";
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
  const x = alloc("float32", n * f, "batch") as Float32Array;
  const y = alloc("float32", n * k, "batch") as Float32Array;
  for (let i = 0; i < n; i++) {
    const r = order[from + i];
    x.set(ds.x.subarray(r * f, r * f + f), i * f);
    y.set(ds.y.subarray(r * k, r * k + k), i * k);
  }
  return { x: new Tensor(x, [n, f]), y };
}
