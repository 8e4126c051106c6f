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

export { type Dataset, type Task } from "./dataset.ts";
export { type CsvOptions, loadCsv, parseCsvDataset } from "./csv.ts";
export { type BuiltinDatasetName, builtinDatasetNames, loadBuiltinDataset } from "./builtin.ts";
export {
  BAR_ORIENTATIONS,
  bars,
  type BarsOptions,
  circles,
  type CirclesOptions,
  moons,
  spiral,
  type SpiralOptions,
  teacher,
  type TeacherDataset,
  type TeacherOptions,
  type TwoClassOptions,
  xor,
} from "./generators.ts";
export {
  checkLabels,
  type FeatureStats,
  featureStats,
  type SplitOptions,
  standardize,
  subset,
  trainValSplit,
  withShape,
} from "./transforms.ts";
export { type Batch, batches, type BatchesOptions } from "./batches.ts";
import { useBuiltins } from "../plugins/mod.ts";

// Loaded alone, this entry still finds the built-ins in `defaultRegistry`.
useBuiltins();
