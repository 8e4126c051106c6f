/**
 * Dataset transforms: standardisation, seeded train/validation split, row
 * subsets, and the label-range check against a model's class count.
 *
 * @module
 */

import { RectifyError } from "../core/errors.ts";
import { Rng } from "../core/rng.ts";
import type { Dataset } from "./dataset.ts";

/** Per-feature mean and standard deviation. */
export interface FeatureStats {
  /** Mean of each feature. */
  mean: number[];
  /** Population standard deviation of each feature (1 where it is 0). */
  std: number[];
}

/**
 * Per-feature mean and standard deviation; constant features get std 1 so
 * standardising leaves them at 0.
 *
 * @example
 * ```ts
 * import { featureStats, parseCsvDataset } from "@rectify/core/datasets";
 * const ds = parseCsvDataset("a,label\n1,0\n3,1\n");
 * console.log(featureStats(ds)); // { mean: [2], std: [1] }
 * ```
 */
export function featureStats(dataset: Dataset): FeatureStats {
  const { rows, features, x } = dataset;
  const mean = new Array<number>(features).fill(0);
  const std = new Array<number>(features).fill(0);
  for (let r = 0; r < rows; r++) for (let f = 0; f < features; f++) mean[f] += x[r * features + f];
  for (let f = 0; f < features; f++) mean[f] /= Math.max(rows, 1);
  for (let r = 0; r < rows; r++) {
    for (let f = 0; f < features; f++) {
      const d = x[r * features + f] - mean[f];
      std[f] += d * d;
    }
  }
  for (let f = 0; f < features; f++) {
    const s = Math.sqrt(std[f] / Math.max(rows, 1));
    std[f] = s > 1e-12 ? s : 1;
  }
  return { mean, std };
}

/**
 * Standardise features to zero mean and unit variance, with statistics from
 * `stats` (fit them on the training split only and reuse them for validation).
 *
 * @example Fit on train, apply to both
 * ```ts
 * import { featureStats, spiral, standardize, trainValSplit } from "@rectify/core/datasets";
 * const { train, val } = trainValSplit(spiral({ seed: 0 }), { valFraction: 0.2, seed: 0 });
 * const stats = featureStats(train);
 * const [trainZ, valZ] = [standardize(train, stats), standardize(val, stats)];
 * console.log(trainZ.rows + valZ.rows); // 300
 * ```
 */
export function standardize(
  dataset: Dataset,
  stats: FeatureStats = featureStats(dataset),
): Dataset {
  const { rows, features } = dataset;
  if (stats.mean.length !== features || stats.std.length !== features) {
    throw new RectifyError(
      "shape",
      `standardize: statistics are for ${stats.mean.length} features, the dataset has ${features}`,
    );
  }
  const x = new Float32Array(dataset.x.length);
  for (let r = 0; r < rows; r++) {
    for (let f = 0; f < features; f++) {
      const i = r * features + f;
      x[i] = (dataset.x[i] - stats.mean[f]) / stats.std[f];
    }
  }
  return { ...dataset, x };
}

/**
 * The rows at the given indices, in that order.
 *
 * @example
 * ```ts
 * import { subset, xor } from "@rectify/core/datasets";
 * console.log(subset(xor({ n: 10 }), [0, 1, 2]).rows); // 3
 * ```
 */
export function subset(dataset: Dataset, indices: ArrayLike<number>): Dataset {
  const { features, targets } = dataset;
  const n = indices.length;
  const x = new Float32Array(n * features), y = new Float32Array(n * targets);
  for (let i = 0; i < n; i++) {
    const r = indices[i];
    if (!Number.isInteger(r) || r < 0 || r >= dataset.rows) {
      throw new RectifyError(
        "data",
        `subset: row index ${r} is out of range [0, ${dataset.rows - 1}]`,
      );
    }
    x.set(dataset.x.subarray(r * features, (r + 1) * features), i * features);
    y.set(dataset.y.subarray(r * targets, (r + 1) * targets), i * targets);
  }
  return { ...dataset, x, y, rows: n };
}

/** Options of {@linkcode trainValSplit}. */
export interface SplitOptions {
  /** Fraction of rows held out for validation, in [0, 1) (default 0.2). */
  valFraction?: number;
  /** Seed of the shuffle (default 0). */
  seed?: number;
}

/**
 * Shuffle the rows with a seeded generator and hold out a validation part.
 * The same seed gives the same split.
 *
 * @example
 * ```ts
 * import { moons, trainValSplit } from "@rectify/core/datasets";
 * const { train, val } = trainValSplit(moons({ n: 100 }), { valFraction: 0.25, seed: 7 });
 * console.log(train.rows, val.rows); // 75 25
 * ```
 */
export function trainValSplit(
  dataset: Dataset,
  options: SplitOptions = {},
): { train: Dataset; val: Dataset } {
  const frac = options.valFraction ?? 0.2;
  if (!(frac >= 0 && frac < 1)) {
    throw new RectifyError("option", `trainValSplit: valFraction must be in [0, 1), got ${frac}`);
  }
  const idx = new Int32Array(dataset.rows);
  for (let i = 0; i < idx.length; i++) idx[i] = i;
  new Rng(options.seed ?? 0).shuffle(idx);
  const nVal = Math.round(dataset.rows * frac);
  if (dataset.rows - nVal < 1) {
    throw new RectifyError(
      "data",
      `trainValSplit: ${dataset.rows} rows leave no training rows at valFraction ${frac}`,
    );
  }
  if (frac > 0 && nVal === 0) {
    throw new RectifyError(
      "data",
      `trainValSplit: ${dataset.rows} rows are too few for a validation split of ${frac}`,
    );
  }
  return {
    train: subset(dataset, idx.subarray(nVal)),
    val: subset(dataset, idx.subarray(0, nVal)),
  };
}

/**
 * Check that every label is a class index below `classes` (the model's output
 * width); throws a `RectifyError` with code `"data"` naming the first bad row.
 *
 * @example
 * ```ts
 * import { checkLabels, xor } from "@rectify/core/datasets";
 * checkLabels(xor({ n: 8 }), 2); // fine
 * try {
 *   checkLabels(xor({ n: 8 }), 1);
 * } catch (e) {
 *   console.log((e as Error).message);
 * }
 * ```
 */
export function checkLabels(dataset: Dataset, classes: number): void {
  if (dataset.task !== "classification") return;
  if (!Number.isInteger(classes) || classes < 1) {
    throw new RectifyError("option", `class count must be a positive integer, got ${classes}`);
  }
  for (let r = 0; r < dataset.rows; r++) {
    const v = dataset.y[r];
    if (!Number.isInteger(v) || v < 0 || v >= classes) {
      throw new RectifyError(
        "data",
        `${dataset.name}: row ${r + 1} has label ${v}, expected a class index in [0, ${
          classes - 1
        }] for ${classes} classes`,
        { details: { row: r + 1, label: v, classes } },
      );
    }
  }
}

/**
 * The same rows read as images: a copy of `dataset` whose `shape` (one
 * example, channels first, e.g. `[1, 28, 28]`) is set; the product of `shape`
 * must equal the feature count. The data is not copied.
 *
 * @example A CSV of 4-pixel rows as 2×2 images
 * ```ts
 * import { parseCsvDataset, withShape } from "@rectify/core/datasets";
 * const ds = withShape(parseCsvDataset("a,b,c,d,label\n0,1,1,0,1\n1,0,0,1,0\n"), [1, 2, 2]);
 * console.log(ds.shape); // [1, 2, 2]
 * ```
 */
export function withShape(dataset: Dataset, shape: readonly number[]): Dataset {
  if (
    !Array.isArray(shape) || shape.length === 0 ||
    !shape.every((d) => Number.isInteger(d) && d > 0)
  ) {
    throw new TypeError(
      `withShape: shape must be a list of positive integers, got ${JSON.stringify(shape)}`,
    );
  }
  const size = shape.reduce((a, b) => a * b, 1);
  if (size !== dataset.features) {
    throw new RectifyError(
      "shape",
      `withShape: shape ${JSON.stringify(shape)} holds ${size} values, but "${dataset.name}" ` +
        `has ${dataset.features} features per row`,
    );
  }
  return { ...dataset, shape: [...shape] };
}
