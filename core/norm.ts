/**
 * Normalisation and channel dropout layers: {@linkcode LayerNorm},
 * {@linkcode BatchNorm2d} and {@linkcode Dropout2d}. Built from the core's
 * differentiable ops, so the gradient flows through the statistics.
 *
 * @module
 */

import { fmtShape, RectifyError } from "./errors.ts";
import { Module } from "./module.ts";
import { Rng } from "./rng.ts";
import { sameShape, sliceShape } from "./shape.ts";
import { alloc } from "./storage.ts";
import { type DType, Tensor } from "./tensor.ts";
import { noGrad } from "./autograd.ts";

/** Options of {@linkcode LayerNorm}. */
export interface LayerNormOptions {
  /** Added to the variance (default 1e-5). */
  eps?: number;
  /** Learn `gamma` (ones) and `beta` (zeros) of the normalised shape (default true). */
  elementwiseAffine?: boolean;
  /** Element type of the parameters (default `"float32"`). */
  dtype?: DType;
}

function checkEps(layer: string, eps: number): number {
  if (!(eps > 0)) throw new RangeError(`${layer}: eps must be > 0, got ${eps}`);
  return eps;
}

function param(dtype: DType, shape: readonly number[], value: number): Tensor {
  const d = alloc(dtype, shape.reduce((a, b) => a * b, 1));
  if (value !== 0) d.fill(value);
  return new Tensor(d, shape, { requiresGrad: true });
}

/**
 * Layer normalisation (Ba et al. 2016, as `torch.nn.LayerNorm`): for each
 * index of the leading axes, `y = (x − μ)/sqrt(σ² + eps)·gamma + beta` with
 * the mean μ and the biased variance σ² over the trailing axes
 * `normalizedShape`.
 *
 * @example Normalising each image over C, H and W
 * ```ts
 * import { LayerNorm, tensor } from "@rectify/core";
 * const ln = new LayerNorm([2]);
 * console.log(ln.call(tensor([[1, 3], [5, 5]])).toArray()); // ≈ [[-1, 1], [0, 0]]
 * ```
 */
export class LayerNorm extends Module {
  /** The trailing shape normalised over. */
  readonly normalizedShape: readonly number[];
  /** Added to the variance. */
  readonly eps: number;
  /** Scale (shape `normalizedShape`), or null without affine. */
  readonly gamma: Tensor | null;
  /** Shift (shape `normalizedShape`), or null without affine. */
  readonly beta: Tensor | null;

  /** Make a layer-norm layer; `normalizedShape` is the trailing shape (or its one size). */
  constructor(normalizedShape: number | readonly number[], options: LayerNormOptions = {}) {
    super();
    const shape = typeof normalizedShape === "number" ? [normalizedShape] : [...normalizedShape];
    if (shape.length === 0 || !shape.every((d) => Number.isInteger(d) && d > 0)) {
      throw new RangeError(
        `LayerNorm: normalizedShape must be positive integers, got ${
          JSON.stringify(normalizedShape)
        }`,
      );
    }
    this.normalizedShape = Object.freeze(shape);
    this.eps = checkEps("LayerNorm", options.eps ?? 1e-5);
    const dtype = options.dtype ?? "float32";
    const affine = options.elementwiseAffine !== false;
    this.gamma = affine ? this.registerParameter("gamma", param(dtype, shape, 1)) : null;
    this.beta = affine ? this.registerParameter("beta", param(dtype, shape, 0)) : null;
  }

  /** Normalise over the trailing axes. */
  forward(x: Tensor): Tensor {
    const k = this.normalizedShape.length;
    if (x.ndim <= k || !sameShape(sliceShape(x.shape, x.ndim - k), this.normalizedShape)) {
      throw new TypeError(
        `LayerNorm(${fmtShape(this.normalizedShape)}): input ${
          fmtShape(x.shape)
        } must end with that shape after a batch axis`,
      );
    }
    const axes = Array.from({ length: k }, (_, i) => x.ndim - k + i);
    const xc = x.sub(x.mean(axes, true));
    const v = xc.mul(xc).mean(axes, true);
    const y = xc.div(v.add(this.eps).sqrt());
    return this.gamma === null ? y : y.mul(this.gamma).add(this.beta!);
  }
}

/** Options of {@linkcode BatchNorm2d}. */
export interface BatchNorm2dOptions {
  /** Added to the variance (default 1e-5). */
  eps?: number;
  /**
   * Weight of the new batch in the running averages (default 0.1, PyTorch's
   * convention; Keras's momentum is 1 minus this). `null`: the cumulative
   * average over all batches so far (weight 1/numBatchesTracked).
   */
  momentum?: number | null;
  /** Learn `gamma` (ones) and `beta` (zeros) per channel (default true). */
  affine?: boolean;
  /** Element type (default `"float32"`). */
  dtype?: DType;
}

/**
 * Batch normalisation of NCHW images per channel (Ioffe & Szegedy 2015, as
 * `torch.nn.BatchNorm2d`). Training: normalise with the batch mean and the
 * biased batch variance over N, H and W (the gradient flows through both),
 * then update `runningMean` and `runningVar` (with the **unbiased** variance,
 * n/(n − 1)) and count `numBatchesTracked`. Evaluation: the fixed affine map
 * of the running statistics.
 *
 * @example
 * ```ts
 * import { BatchNorm2d, tensor } from "@rectify/core";
 * const bn = new BatchNorm2d(1);
 * const y = bn.call(tensor([1, 3, 5, 7], { shape: [1, 1, 2, 2] }));
 * console.log(bn.runningMean.toArray(), bn.numBatchesTracked.item()); // [0.4] 1
 * ```
 */
export class BatchNorm2d extends Module {
  /** Channels. */
  readonly numFeatures: number;
  /** Added to the variance. */
  readonly eps: number;
  /** Weight of the new batch in the running averages (null: cumulative average). */
  readonly momentum: number | null;
  /** Scale `[C]`, or null without affine. */
  readonly gamma: Tensor | null;
  /** Shift `[C]`, or null without affine. */
  readonly beta: Tensor | null;
  /** Running mean `[C]` (starts at 0). */
  readonly runningMean: Tensor;
  /** Running unbiased variance `[C]` (starts at 1). */
  readonly runningVar: Tensor;
  /** Training batches seen (a 0-d tensor, as PyTorch's `num_batches_tracked`). */
  readonly numBatchesTracked: Tensor;

  /** Make a batch-norm layer for `numFeatures` channels. */
  constructor(numFeatures: number, options: BatchNorm2dOptions = {}) {
    super();
    if (!Number.isInteger(numFeatures) || numFeatures <= 0) {
      throw new RangeError(
        `BatchNorm2d: numFeatures must be a positive integer, got ${numFeatures}`,
      );
    }
    this.numFeatures = numFeatures;
    this.eps = checkEps("BatchNorm2d", options.eps ?? 1e-5);
    const m = options.momentum === undefined ? 0.1 : options.momentum;
    if (m !== null && !(m >= 0 && m <= 1)) {
      throw new RangeError(`BatchNorm2d: momentum must be in [0, 1] or null, got ${m}`);
    }
    this.momentum = m;
    const dtype = options.dtype ?? "float32";
    const affine = options.affine !== false;
    this.gamma = affine ? this.registerParameter("gamma", param(dtype, [numFeatures], 1)) : null;
    this.beta = affine ? this.registerParameter("beta", param(dtype, [numFeatures], 0)) : null;
    this.runningMean = new Tensor(alloc(dtype, numFeatures), [numFeatures]);
    this.runningVar = new Tensor(alloc(dtype, numFeatures).fill(1), [numFeatures]);
    this.numBatchesTracked = new Tensor(new Float64Array(1), []);
  }

  /** Running statistics and the batch count. */
  override buffers(): Record<string, Tensor> {
    return {
      runningMean: this.runningMean,
      runningVar: this.runningVar,
      numBatchesTracked: this.numBatchesTracked,
    };
  }

  /** Normalise `[N, C, H, W]`. */
  forward(x: Tensor): Tensor {
    if (x.ndim !== 4 || x.shape[1] !== this.numFeatures) {
      throw new TypeError(
        `BatchNorm2d(${this.numFeatures}): expected an input [N, ${this.numFeatures}, H, W], got ${
          fmtShape(x.shape)
        }`,
      );
    }
    const c = this.numFeatures;
    let y: Tensor;
    if (!this.training) {
      const mean = this.runningMean.reshape([c, 1, 1]);
      const std = this.runningVar.add(this.eps).sqrt().reshape([c, 1, 1]);
      y = x.sub(mean).div(std);
    } else {
      const axes = [0, 2, 3];
      const mu = x.mean(axes, true);
      const xc = x.sub(mu);
      const v = xc.mul(xc).mean(axes, true);
      y = xc.div(v.add(this.eps).sqrt());
      this.#track(mu.data, v.data, x.size / c);
    }
    if (this.gamma === null) return y;
    return y.mul(this.gamma.reshape([c, 1, 1])).add(this.beta!.reshape([c, 1, 1]));
  }

  /** Fold one batch's mean and biased variance (over n elements per channel) into the running ones. */
  #track(mu: ArrayLike<number>, biased: ArrayLike<number>, n: number): void {
    if (n < 2) {
      throw new RectifyError(
        "shape",
        `BatchNorm2d: training needs more than one value per channel, got ${n} (N·H·W)`,
      );
    }
    noGrad(() => {
      const count = this.numBatchesTracked.data;
      count[0] += 1;
      const m = this.momentum === null ? 1 / count[0] : this.momentum;
      const rm = this.runningMean.data, rv = this.runningVar.data;
      for (let i = 0; i < rm.length; i++) {
        rm[i] = (1 - m) * rm[i] + m * mu[i];
        rv[i] = (1 - m) * rv[i] + m * (biased[i] * n) / (n - 1);
      }
    });
  }
}

/**
 * Channel dropout (as `torch.nn.Dropout2d`): in training, zero each whole
 * channel of each example with probability `p` and scale the others by
 * `1/(1 − p)`; the identity in evaluation mode. Seeded: the same generator
 * state gives the same mask.
 *
 * @example
 * ```ts
 * import { Dropout2d, ones, Rng } from "@rectify/core";
 * const d = new Dropout2d(0.5, { rng: new Rng(0) });
 * const y = d.call(ones([1, 4, 2, 2]));
 * console.log(y.shape, d.eval().call(ones([1, 4, 2, 2])).sum().item()); // [1, 4, 2, 2] 16
 * ```
 */
export class Dropout2d extends Module {
  /** Drop probability per channel. */
  readonly p: number;
  #rng: Rng;
  /** Make a channel-dropout layer. */
  constructor(p: number, options: { rng?: Rng } = {}) {
    super();
    if (!(p >= 0 && p < 1)) throw new RangeError(`Dropout2d: p must be in [0, 1), got ${p}`);
    this.p = p;
    this.#rng = options.rng ?? new Rng(0);
  }
  /** Apply the channel mask to `[N, C, ...]`. */
  forward(x: Tensor): Tensor {
    if (x.ndim < 2) {
      throw new TypeError(`Dropout2d: expected an input [N, C, ...], got ${fmtShape(x.shape)}`);
    }
    if (!this.training || this.p === 0) return x;
    const [n, c] = x.shape;
    const m = alloc(x.dtype, n * c, "Dropout2d");
    const keep = 1 / (1 - this.p);
    for (let i = 0; i < m.length; i++) m[i] = this.#rng.uniform() < this.p ? 0 : keep;
    const shape = [n, c, ...x.shape.slice(2).map(() => 1)];
    return x.mul(new Tensor(m, shape));
  }
}
