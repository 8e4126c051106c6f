/**
 * Losses, each a single numerically stable op with its own backward rule.
 *
 * @module
 */

import { fmtShape, RectifyError } from "./errors.ts";
import { alloc, allocEmpty } from "./storage.ts";
import { _record } from "./autograd.ts";
import { Tensor } from "./tensor.ts";
import { type Data, type Kernel, runKernel } from "./backend.ts";
import { describe, requireTensor } from "./_check.ts";

function targetsOf(
  targets: Tensor | ArrayLike<number>,
  batch: number,
  classes: number,
): Data {
  const src = targets instanceof Tensor ? targets.data : targets;
  if (typeof src !== "object" || src === null || typeof src.length !== "number") {
    throw new RectifyError(
      "dtype",
      `softmaxCrossEntropy: targets must be a Tensor or an array of class indices, got ${
        describe(src)
      }`,
    );
  }
  if (src.length !== batch) {
    throw new RectifyError(
      "shape",
      `softmaxCrossEntropy: got ${src.length} targets for a batch of ${batch} (logits [${batch}, ${classes}]); expected one class index per row`,
    );
  }
  // class indices as floats (exact below 2²⁴), so that a StepArena can lend the storage
  const out = allocEmpty(classes > 1 << 24 ? "float64" : "float32", batch, "targets");
  for (let i = 0; i < batch; i++) {
    const t = src[i];
    if (!Number.isInteger(t) || t < 0 || t >= classes) {
      throw new RectifyError(
        "data",
        `softmaxCrossEntropy: target ${i} is ${t}, expected an integer class in [0, ${
          classes - 1
        }]`,
      );
    }
    out[i] = t;
  }
  return out;
}

/**
 * Mean cross-entropy of logits `[batch, K]` against integer class targets:
 * `mean(−logSoftmax(z)[target])`. Gradient: `(softmax(z) − onehot) / batch`.
 *
 * @example
 * ```ts
 * import { softmaxCrossEntropy, tensor } from "@rectify/core";
 * console.log(softmaxCrossEntropy(tensor([[0, 0]]), [1]).item()); // 0.693...
 * ```
 */
export function softmaxCrossEntropy(logits: Tensor, targets: Tensor | ArrayLike<number>): Tensor {
  requireTensor(logits, "softmaxCrossEntropy", "logits");
  if (logits.ndim !== 2) {
    throw new RectifyError(
      "shape",
      `softmaxCrossEntropy: logits must be [batch, classes], got ${fmtShape(logits.shape)}`,
    );
  }
  const [b, k] = logits.shape;
  const t = targetsOf(targets, b, k);
  const p = alloc(logits.dtype, b * k);
  const out = alloc(logits.dtype, 1);
  runKernel("softmaxCrossEntropy", [logits.storage, t], [out, p], [b, k], crossEntropyForward);
  return _record("softmaxCrossEntropy", [logits], new Tensor(out, []), (g) => {
    const gd = alloc(logits.dtype, b * k);
    runKernel("softmaxCrossEntropyBackward", [p, t, g.storage], [gd], [b, k], crossEntropyBackward);
    return new Tensor(gd, logits.shape);
  });
}

/**
 * The `"softmaxCrossEntropy"` op: inputs `[z, t]` (logits `[b, k]`, class
 * indices as floats), outputs `[loss, p]` (the mean loss, one element; the
 * softmax `[b, k]`), params `[b, k]`.
 */
const crossEntropyForward: Kernel = ([z, t], [out, p], [b, k]) => {
  let loss = 0;
  for (let i = 0; i < b; i++) {
    const o = i * k;
    let m = -Infinity;
    for (let j = 0; j < k; j++) if (z[o + j] > m) m = z[o + j];
    let s = 0;
    for (let j = 0; j < k; j++) {
      const e = Math.exp(z[o + j] - m);
      p[o + j] = e;
      s += e;
    }
    for (let j = 0; j < k; j++) p[o + j] /= s;
    loss += m + Math.log(s) - z[o + t[i]];
  }
  out[0] = loss / b;
};

/**
 * The `"softmaxCrossEntropyBackward"` op: inputs `[p, t, g]` (the softmax,
 * the class indices, the loss gradient, one element), output `[dz]`:
 * `dz = (p − onehot(t)) · g / b`; params `[b, k]`.
 */
const crossEntropyBackward: Kernel = ([p, t, g], [gd], [b, k]) => {
  const s = g[0] / b;
  for (let i = 0; i < b * k; i++) gd[i] = p[i] * s;
  for (let i = 0; i < b; i++) gd[i * k + t[i]] -= s;
};

function checkSame(op: string, a: Tensor, b: Tensor): void {
  requireTensor(a, op, "prediction");
  requireTensor(b, op, "target");
  if (a.shape.join(",") !== b.shape.join(",")) {
    throw new RectifyError(
      "shape",
      `${op}: prediction shape ${fmtShape(a.shape)} and target shape ${fmtShape(b.shape)} differ`,
    );
  }
}

/**
 * Mean squared error over all elements: `mean((z − t)²)`.
 *
 * @example
 * ```ts
 * import { mse, tensor } from "@rectify/core";
 * console.log(mse(tensor([1, 2]), tensor([1, 4])).item()); // 2
 * ```
 */
export function mse(prediction: Tensor, target: Tensor): Tensor {
  checkSame("mse", prediction, target);
  const n = prediction.size;
  const z = prediction.data, t = target.data;
  let s = 0;
  for (let i = 0; i < n; i++) {
    const d = z[i] - t[i];
    s += d * d;
  }
  const out = alloc(prediction.dtype, 1);
  out[0] = s / n;
  return _record("mse", [prediction, target], new Tensor(out, []), (g) => {
    const gz = alloc(prediction.dtype, n);
    const k = (2 * g.data[0]) / n;
    for (let i = 0; i < n; i++) gz[i] = k * (z[i] - t[i]);
    const gt = alloc(target.dtype, n);
    for (let i = 0; i < n; i++) gt[i] = -gz[i];
    return [new Tensor(gz, prediction.shape), new Tensor(gt, target.shape)];
  });
}

/**
 * Mean binary cross-entropy on logits, stable form:
 * `mean(max(z, 0) − z·t + ln(1 + e^(−|z|)))`. Gradient: `(σ(z) − t) / n`.
 *
 * @example
 * ```ts
 * import { sigmoidBinaryCrossEntropy, tensor } from "@rectify/core";
 * console.log(sigmoidBinaryCrossEntropy(tensor([0]), tensor([1])).item()); // 0.693...
 * ```
 */
export function sigmoidBinaryCrossEntropy(logits: Tensor, target: Tensor): Tensor {
  checkSame("sigmoidBinaryCrossEntropy", logits, target);
  const n = logits.size;
  const z = logits.data, t = target.data;
  let s = 0;
  for (let i = 0; i < n; i++) {
    const zi = z[i];
    s += Math.max(zi, 0) - zi * t[i] + Math.log1p(Math.exp(-Math.abs(zi)));
  }
  const out = alloc(logits.dtype, 1);
  out[0] = s / n;
  return _record("sigmoidBinaryCrossEntropy", [logits, target], new Tensor(out, []), (g) => {
    const gz = alloc(logits.dtype, n);
    const gt = alloc(target.dtype, n);
    const k = g.data[0] / n;
    for (let i = 0; i < n; i++) {
      const zi = z[i];
      const sig = zi >= 0 ? 1 / (1 + Math.exp(-zi)) : Math.exp(zi) / (1 + Math.exp(zi));
      gz[i] = k * (sig - t[i]);
      gt[i] = -k * zi;
    }
    return [new Tensor(gz, logits.shape), new Tensor(gt, target.shape)];
  });
}
