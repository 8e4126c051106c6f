/**
 * Datasets for rectify: CSV loading with precise errors, the shipped real
 * datasets (digits, iris, wine, breastCancer — UCI, CC BY 4.0, see
 * `data/SOURCES.md`), seeded generators (spiral, xor, moons, teacher) and
 * transforms (standardize, train/validation split, label checks) and a
 * minibatch iterator for hand-written loops (`batches`).
 *
 * @example Load, split and standardise
 * ```ts
 * import { featureStats, loadBuiltinDataset, standardize, trainValSplit } from "@rectify/core/datasets";
 * const { train, val } = trainValSplit(await loadBuiltinDataset("iris"), { seed: 0 });
 * const stats = featureStats(train);
 * console.log(standardize(train, stats).rows, standardize(val, stats).rows); // 120 30
 * ```
 *
 * @module
 */

export * from "./dataset.ts";
export * from "./csv.ts";
export * from "./builtin.ts";
export * from "./generators.ts";
export * from "./transforms.ts";
export * from "./batches.ts";
