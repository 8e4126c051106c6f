/**
 * Pooling and reshaping layers for NCHW images: {@linkcode MaxPool2d},
 * {@linkcode AvgPool2d}, {@linkcode GlobalAvgPool2d} and {@linkcode Flatten}.
 *
 * @module
 */

import { fmtShape } from "./errors.ts";
import { Module } from "./module.ts";
import { avgPool2d, maxPool2d, type Pool2dOptions, poolGeometry } from "./pool_ops.ts";
import type { Tensor } from "./tensor.ts";

/** Options of {@linkcode MaxPool2d} and {@linkcode AvgPool2d}; sizes as pairs or one number. */
export interface Pool2dLayerOptions {
  /** `[sh, sw]` or one number (default: the kernel size). */
  stride?: number | readonly [number, number];
  /** `[ph, pw]` or one number, at most half the kernel (default 0). */
  padding?: number | readonly [number, number];
  /** Round the output size up (default false). */
  ceilMode?: boolean;
  /** AvgPool2d only: count padding zeros in the divisor (default true). */
  countIncludePad?: boolean;
}

function asPair(v: number | readonly [number, number]): readonly [number, number] {
  return typeof v === "number" ? [v, v] : v;
}

function poolOptions(
  layer: string,
  kernel: readonly [number, number],
  o: Pool2dLayerOptions,
): Pool2dOptions {
  const options: Pool2dOptions = {
    stride: asPair(o.stride ?? kernel),
    padding: asPair(o.padding ?? 0),
    ceilMode: o.ceilMode === true,
    countIncludePad: o.countIncludePad !== false,
  };
  // check the options now, on a nominal input the window fits
  poolGeometry(layer, [1, 1, kernel[0], kernel[1]], kernel, options);
  return options;
}

/**
 * Max pooling over 2-D windows (as `torch.nn.MaxPool2d`; see
 * {@linkcode maxPool2d} for the tie rule).
 *
 * @example
 * ```ts
 * import { MaxPool2d, zeros } from "@rectify/core";
 * console.log(new MaxPool2d(2).call(zeros([1, 3, 7, 7])).shape); // [1, 3, 3, 3]
 * console.log(new MaxPool2d(2, { ceilMode: true }).call(zeros([1, 3, 7, 7])).shape); // [1, 3, 4, 4]
 * ```
 */
export class MaxPool2d extends Module {
  /** `[kh, kw]`. */
  readonly kernelSize: readonly [number, number];
  /** Stride, padding and ceil mode. */
  readonly options: Readonly<Pool2dOptions>;
  /** Make a max-pooling layer; `kernelSize` is `[kh, kw]` or one number. */
  constructor(kernelSize: number | readonly [number, number], options: Pool2dLayerOptions = {}) {
    super();
    this.kernelSize = asPair(kernelSize);
    this.options = Object.freeze(poolOptions("MaxPool2d", this.kernelSize, options));
  }
  /** Pool `[N, C, H, W]`. */
  forward(x: Tensor): Tensor {
    return maxPool2d(x, this.kernelSize, this.options);
  }
}

/**
 * Average pooling over 2-D windows (as `torch.nn.AvgPool2d`, incl.
 * `countIncludePad`; see {@linkcode avgPool2d}).
 *
 * @example
 * ```ts
 * import { AvgPool2d, ones } from "@rectify/core";
 * console.log(new AvgPool2d(2).call(ones([1, 1, 4, 4])).toArray()); // [[[[1, 1], [1, 1]]]]
 * ```
 */
export class AvgPool2d extends Module {
  /** `[kh, kw]`. */
  readonly kernelSize: readonly [number, number];
  /** Stride, padding, ceil mode and countIncludePad. */
  readonly options: Readonly<Pool2dOptions>;
  /** Make an average-pooling layer; `kernelSize` is `[kh, kw]` or one number. */
  constructor(kernelSize: number | readonly [number, number], options: Pool2dLayerOptions = {}) {
    super();
    this.kernelSize = asPair(kernelSize);
    this.options = Object.freeze(poolOptions("AvgPool2d", this.kernelSize, options));
  }
  /** Pool `[N, C, H, W]`. */
  forward(x: Tensor): Tensor {
    return avgPool2d(x, this.kernelSize, this.options);
  }
}

/**
 * The mean over H and W: `[N, C, H, W]` → `[N, C]` (no trailing 1×1).
 *
 * @example
 * ```ts
 * import { GlobalAvgPool2d, ones } from "@rectify/core";
 * console.log(new GlobalAvgPool2d().call(ones([2, 3, 4, 4])).shape); // [2, 3]
 * ```
 */
export class GlobalAvgPool2d extends Module {
  /** Average each channel. */
  forward(x: Tensor): Tensor {
    if (x.ndim !== 4) {
      throw new TypeError(
        `GlobalAvgPool2d: expected an input [N, C, H, W], got ${fmtShape(x.shape)}`,
      );
    }
    const [n, c, h, w] = x.shape;
    return x.reshape([n, c, h * w]).mean(2);
  }
}

/**
 * `[N, d1, …, dk]` → `[N, d1·…·dk]` in row-major order (NCHW: column
 * c·H·W + h·W + w); a 2-D input is unchanged.
 *
 * @example
 * ```ts
 * import { Flatten, zeros } from "@rectify/core";
 * console.log(new Flatten().call(zeros([2, 3, 4, 4])).shape); // [2, 48]
 * ```
 */
export class Flatten extends Module {
  /** Flatten all but the first axis. */
  forward(x: Tensor): Tensor {
    if (x.ndim < 2) {
      throw new TypeError(`Flatten: expected an input with a batch axis, got ${fmtShape(x.shape)}`);
    }
    if (x.ndim === 2) return x;
    return x.reshape([x.shape[0], -1]);
  }
}
