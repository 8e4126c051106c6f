/**
 * Evaluation helpers: class predictions from scores ({@linkcode argmax}),
 * {@linkcode accuracy}, the {@linkcode confusionMatrix}, and the regression
 * metrics {@linkcode rmse} and {@linkcode r2Score}. They read values only and
 * record nothing on the autograd tape.
 *
 * @module
 */

import { fmtShape, RectifyError } from "./errors.ts";
import { Tensor } from "./tensor.ts";
import { describe } from "./_check.ts";

/** Class indices or values: a tensor or any array-like of numbers. */
export type MetricValues = Tensor | ArrayLike<number>;

function valuesOf(v: MetricValues, fn: string, arg: string): ArrayLike<number> {
  if (v instanceof Tensor) return v.data;
  if (typeof v !== "object" || v === null || typeof (v as ArrayLike<number>).length !== "number") {
    throw new RectifyError(
      "dtype",
      `${fn}: ${arg} must be a Tensor or an array of numbers, got ${describe(v)}`,
    );
  }
  return v;
}

function classesOf(v: MetricValues, fn: string, arg: string): ArrayLike<number> {
  const a = valuesOf(v, fn, arg);
  for (let i = 0; i < a.length; i++) {
    const c = a[i];
    if (!Number.isInteger(c) || c < 0) {
      throw new RectifyError(
        "data",
        `${fn}: ${arg}[${i}] is ${c}, expected a class index (an integer >= 0)`,
      );
    }
  }
  return a;
}

function sameLength(a: ArrayLike<number>, b: ArrayLike<number>, fn: string, what: string): void {
  if (a.length !== b.length) {
    throw new RectifyError(
      "shape",
      `${fn}: got ${a.length} predictions for ${b.length} ${what}; expected one per ${
        what.replace(/s$/, "")
      }`,
    );
  }
  if (a.length === 0) throw new RangeError(`${fn}: got no ${what}, expected at least one`);
}

/**
 * Index of the largest value along the last axis (like `torch.argmax(x, -1)`):
 * one class index per row of a `[batch, classes]` score tensor (for any rank,
 * one per vector along the last axis). Ties go to the first index; a NaN
 * counts as the largest value, as in PyTorch.
 *
 * @example Predicted classes from logits
 * ```ts
 * import { argmax, tensor } from "@rectify/core";
 * console.log([...argmax(tensor([[0.1, 2, -1], [3, 0, 3]]))]); // [1, 0]
 * ```
 */
export function argmax(scores: Tensor): Int32Array {
  if (!(scores instanceof Tensor)) {
    throw new RectifyError("dtype", `argmax: scores must be a Tensor, got ${describe(scores)}`);
  }
  const k = scores.shape.at(-1) ?? 1;
  if (scores.shape.length === 0 || k === 0) {
    throw new RectifyError(
      "shape",
      `argmax: scores must have a non-empty last axis, got shape ${fmtShape(scores.shape)}`,
    );
  }
  const d = scores.data, rows = d.length / k;
  const out = new Int32Array(rows);
  for (let i = 0; i < rows; i++) {
    const o = i * k;
    let best = 0, top = d[o];
    if (top === top) {
      for (let j = 1; j < k; j++) {
        const v = d[o + j];
        if (v !== v) {
          best = j;
          break;
        }
        if (v > top) {
          top = v;
          best = j;
        }
      }
    }
    out[i] = best;
  }
  return out;
}

/** Class indices: a score tensor of rank >= 2 becomes its argmax, anything else is taken as indices. */
function predictedClasses(predicted: MetricValues, fn: string): ArrayLike<number> {
  if (predicted instanceof Tensor && predicted.shape.length >= 2) return argmax(predicted);
  return classesOf(predicted, fn, "predicted");
}

/**
 * Fraction of correct class predictions, in [0, 1]. `predicted` is either a
 * score tensor `[batch, classes]` (its {@linkcode argmax} is taken) or one
 * class index per example; `labels` holds one class index per example.
 *
 * @example Accuracy of logits against labels
 * ```ts
 * import { accuracy, tensor } from "@rectify/core";
 * const logits = tensor([[2, 0], [0, 1], [5, 1], [0, 3]]);
 * console.log(accuracy(logits, [0, 1, 1, 1])); // 0.75
 * ```
 */
export function accuracy(predicted: MetricValues, labels: MetricValues): number {
  const p = predictedClasses(predicted, "accuracy");
  const y = classesOf(labels, "accuracy", "labels");
  sameLength(p, y, "accuracy", "labels");
  let correct = 0;
  for (let i = 0; i < y.length; i++) if (p[i] === y[i]) correct++;
  return correct / y.length;
}

/** Options of {@linkcode confusionMatrix}. */
export interface ConfusionMatrixOptions {
  /** Number of classes (default: one more than the largest index seen). */
  classes?: number;
}

/**
 * The confusion matrix: `matrix[t][p]` counts the examples of true class `t`
 * predicted as class `p` (rows are true classes, as in scikit-learn's
 * `confusion_matrix`), so the diagonal holds the correct predictions and each
 * row sums to the class's support. `predicted` is a score tensor or class
 * indices, as for {@linkcode accuracy}.
 *
 * @example Where a classifier goes wrong
 * ```ts
 * import { confusionMatrix } from "@rectify/core";
 * console.log(confusionMatrix([0, 1, 1, 2], [0, 1, 2, 2])); // [[1, 0, 0], [0, 1, 0], [0, 1, 1]]
 * ```
 */
export function confusionMatrix(
  predicted: MetricValues,
  labels: MetricValues,
  options: ConfusionMatrixOptions = {},
): number[][] {
  const p = predictedClasses(predicted, "confusionMatrix");
  const y = classesOf(labels, "confusionMatrix", "labels");
  sameLength(p, y, "confusionMatrix", "labels");
  let seen = 0;
  for (let i = 0; i < y.length; i++) seen = Math.max(seen, p[i] + 1, y[i] + 1);
  const k = options.classes ?? seen;
  if (!Number.isInteger(k) || k < 1) {
    throw new RangeError(`confusionMatrix: classes must be an integer >= 1, got ${k}`);
  }
  if (seen > k) {
    throw new RangeError(
      `confusionMatrix: class index ${seen - 1} is out of range for classes = ${k}`,
    );
  }
  const m = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let i = 0; i < y.length; i++) m[y[i]][p[i]]++;
  return m;
}

function regressionPair(predicted: MetricValues, targets: MetricValues, fn: string) {
  const p = valuesOf(predicted, fn, "predicted");
  const y = valuesOf(targets, fn, "targets");
  sameLength(p, y, fn, "targets");
  return { p, y };
}

/**
 * Root mean squared error over all elements: `sqrt(mean((predicted − target)²))`,
 * in the targets' units (`torch.sqrt(F.mse_loss(p, y))`).
 *
 * @example RMSE of a regression
 * ```ts
 * import { rmse } from "@rectify/core";
 * console.log(rmse([1, 2, 3, 4], [1, 2, 3, 6])); // 1
 * ```
 */
export function rmse(predicted: MetricValues, targets: MetricValues): number {
  const { p, y } = regressionPair(predicted, targets, "rmse");
  let sse = 0;
  for (let i = 0; i < y.length; i++) sse += (p[i] - y[i]) ** 2;
  return Math.sqrt(sse / y.length);
}

/** Options of {@linkcode r2Score}. */
export interface R2ScoreOptions {
  /**
   * Outputs per example: values are row-major `[examples, outputs]` (default:
   * the last axis of a `predicted` tensor of rank 2, else 1).
   */
  outputs?: number;
}

/**
 * Coefficient of determination `R² = 1 − SSE / SST` per output, averaged over
 * outputs (scikit-learn's `r2_score` with `multioutput="uniform_average"`):
 * 1 is a perfect fit, 0 is no better than predicting the targets' mean, and it
 * is negative when worse. An output whose targets are constant scores 1 when
 * predicted exactly and 0 otherwise (scikit-learn's `force_finite`).
 *
 * @example R² of a regression
 * ```ts
 * import { r2Score } from "@rectify/core";
 * console.log(r2Score([1, 2, 3, 4], [1, 2, 3, 5])); // 0.8857...
 * ```
 */
export function r2Score(
  predicted: MetricValues,
  targets: MetricValues,
  options: R2ScoreOptions = {},
): number {
  const { p, y } = regressionPair(predicted, targets, "r2Score");
  const k = options.outputs ??
    (predicted instanceof Tensor && predicted.shape.length === 2 ? predicted.shape[1] : 1);
  if (!Number.isInteger(k) || k < 1 || y.length % k !== 0) {
    throw new RangeError(
      `r2Score: outputs must be an integer >= 1 dividing the ${y.length} values, got ${k}`,
    );
  }
  const n = y.length / k;
  let total = 0;
  for (let j = 0; j < k; j++) {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += y[i * k + j];
    mean /= n;
    let sse = 0, sst = 0;
    for (let i = 0; i < n; i++) {
      sse += (p[i * k + j] - y[i * k + j]) ** 2;
      sst += (y[i * k + j] - mean) ** 2;
    }
    total += sst > 0 ? 1 - sse / sst : sse === 0 ? 1 : 0;
  }
  return total / k;
}
