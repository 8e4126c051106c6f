/**
 * The real datasets shipped with rectify in `data/` (UCI Machine Learning
 * Repository, CC BY 4.0; see `data/SOURCES.md` for credits).
 *
 * @module
 */

import { RectifyError } from "../core/errors.ts";
import { closestNames } from "../core/spec.ts";
import { parseCsvDataset, readText } from "./csv.ts";
import type { Dataset } from "./dataset.ts";

/** Names of the built-in real datasets. */
export type BuiltinDatasetName = "digits" | "iris" | "wine" | "breastCancer";

/** Image shape of each dataset whose rows are images. */
const SHAPES: Partial<Record<BuiltinDatasetName, readonly number[]>> = { digits: [1, 8, 8] };

const FILES: Record<BuiltinDatasetName, string> = {
  digits: "digits.csv",
  iris: "iris.csv",
  wine: "wine.csv",
  breastCancer: "breast_cancer.csv",
};

/**
 * The built-in real datasets, with their credits:
 * - `digits`: 1797 8×8 handwritten digits, 64 features, 10 classes
 *   (Optical Recognition of Handwritten Digits, Alpaydin & Kaynak 1998);
 *   also images: its `shape` is `[1, 8, 8]` (row-major pixels, one channel).
 * - `iris`: 150 flowers, 4 features, 3 classes (Fisher 1936).
 * - `wine`: 178 wines, 13 features, 3 classes (Forina et al.).
 * - `breastCancer`: 569 cases, 30 features, 2 classes (Wolberg, Street &
 *   Mangasarian 1995).
 *
 * All from the UCI Machine Learning Repository, licensed CC BY 4.0.
 *
 * @example
 * ```ts
 * import { builtinDatasetNames } from "@rectify/core/datasets";
 * console.log(builtinDatasetNames); // ["digits", "iris", "wine", "breastCancer"]
 * ```
 */
export const builtinDatasetNames: readonly BuiltinDatasetName[] = Object.keys(
  FILES,
) as BuiltinDatasetName[];

/**
 * Load a built-in real dataset by name. Features are raw (standardise them).
 * Reads the shipped CSV next to this module, so it works from a checkout and
 * from JSR alike (local files need `--allow-read`).
 *
 * @example Loading iris
 * ```ts
 * import { loadBuiltinDataset } from "@rectify/core/datasets";
 * const iris = await loadBuiltinDataset("iris");
 * console.log(iris.rows, iris.features, iris.classes); // 150 4 3
 * ```
 *
 * @example Digits as 8×8 images
 * ```ts
 * import { loadBuiltinDataset } from "@rectify/core/datasets";
 * const digits = await loadBuiltinDataset("digits");
 * console.log(digits.shape, digits.features); // [1, 8, 8] 64
 * ```
 */
export async function loadBuiltinDataset(name: BuiltinDatasetName): Promise<Dataset> {
  const file = FILES[name];
  if (file === undefined) {
    const near = closestNames(String(name), builtinDatasetNames);
    throw new RectifyError(
      "data",
      `Unknown built-in dataset "${name}"; expected one of ${
        builtinDatasetNames.join(", ")
      } (did you mean "${near[0]}"?)`,
    );
  }
  const url = new URL(`../data/${file}`, import.meta.url);
  const text = await readText(url, `data/${file}`);
  const ds = parseCsvDataset(text, { file: `data/${file}`, label: "label" });
  const shape = SHAPES[name];
  return shape ? { ...ds, name, shape } : { ...ds, name };
}
