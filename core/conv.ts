/**
 * Convolution layers: {@linkcode Conv2d} and {@linkcode Conv1d} (PyTorch
 * semantics and parameter layouts).
 *
 * @module
 */

import { conv2d, type Conv2dOptions, convGeometry } from "./conv_ops.ts";
import { fmtShape } from "./errors.ts";
import { Module } from "./module.ts";
import type { InitializerFn } from "./plugin.ts";
import { defaultRegistry, type Registry } from "./registry.ts";
import type { PluginSpec } from "./spec.ts";
import { Rng } from "./rng.ts";
import { alloc } from "./storage.ts";
import { type DType, Tensor } from "./tensor.ts";

/** Options of {@linkcode Conv2d}. */
export interface Conv2dLayerOptions {
  /** `[sh, sw]` or one number for both (default 1). */
  stride?: number | readonly [number, number];
  /** `[ph, pw]`, one number for both, or `"same"` (stride 1 only; default 0). */
  padding?: number | readonly [number, number] | "same";
  /** `[dh, dw]` or one number for both (default 1). */
  dilation?: number | readonly [number, number];
  /** Channel groups (default 1; `groups = inChannels` is depthwise). */
  groups?: number;
  /** Add a bias (default true); initialised to zeros. */
  bias?: boolean;
  /**
   * Weight initializer spec or function (default: the registry's
   * `defaults.initializer`, as {@linkcode Dense}). It is asked for shape `[in/groups, out, kh, kw]`, so
   * the fans are PyTorch's: fanIn = in/groups·kh·kw, fanOut = out·kh·kw.
   */
  initializer?: PluginSpec | InitializerFn;
  /** Generator for the initializer (default `new Rng(0)`). */
  rng?: Rng;
  /** Element type (default `"float32"`). */
  dtype?: DType;
  /** Registry for initializer specs. */
  registry?: Registry;
}

/** Options of {@linkcode Conv1d}: as {@linkcode Conv2dLayerOptions} with plain integers. */
export interface Conv1dLayerOptions
  extends Omit<Conv2dLayerOptions, "stride" | "padding" | "dilation"> {
  /** Stride (default 1). */
  stride?: number;
  /** Zeros on each side, or `"same"` (stride 1 only; default 0). */
  padding?: number | "same";
  /** Dilation (default 1). */
  dilation?: number;
}

function asPair(
  v: number | readonly [number, number] | undefined,
  dflt: number,
): readonly [number, number] {
  if (v === undefined) return [dflt, dflt];
  return typeof v === "number" ? [v, v] : v;
}

function checkCount(layer: string, what: string, v: unknown): number {
  if (!Number.isInteger(v) || (v as number) < 1) {
    throw new RangeError(`${layer}: ${what} must be a positive integer, got ${String(v)}`);
  }
  return v as number;
}

/** Draw a `[out, in/groups, kh, kw]` weight from an initializer asked for `[in/groups, out, kh, kw]`. */
function initWeight(
  layer: string,
  shape: readonly [number, number, number, number],
  options: Conv2dLayerOptions,
  dtype: DType,
): Tensor {
  const [o, cg, kh, kw] = shape;
  const rng = options.rng ?? new Rng(0);
  const registry = options.registry ?? defaultRegistry;
  const init = typeof options.initializer === "function" ? options.initializer : registry.create(
    "initializer",
    options.initializer ?? registry.defaultSpec("initializer", layer),
    { rng, dtype },
  );
  const src = init([cg, o, kh, kw], { dtype, rng });
  if (src.shape.join(",") !== `${cg},${o},${kh},${kw}`) {
    throw new TypeError(
      `${layer}: initializer returned shape ${
        fmtShape(src.shape)
      }, expected [${cg}, ${o}, ${kh}, ${kw}]`,
    );
  }
  const d = alloc(dtype, src.size, layer);
  const k = kh * kw, s = src.data;
  for (let c = 0; c < cg; c++) {
    for (let q = 0; q < o; q++) {
      const from = (c * o + q) * k, to = (q * cg + c) * k;
      for (let i = 0; i < k; i++) d[to + i] = s[from + i];
    }
  }
  return new Tensor(d, shape, { requiresGrad: true });
}

/**
 * 2-D convolution layer on NCHW inputs (as `torch.nn.Conv2d`): weight
 * `[outChannels, inChannels/groups, kh, kw]`, bias `[outChannels]`. See
 * {@linkcode conv2d} for the output size and padding `"same"`.
 *
 * @example A 3×3 convolution that keeps the size
 * ```ts
 * import { Conv2d, Rng, zeros } from "@rectify/core";
 * const conv = new Conv2d(1, 8, 3, { padding: 1, rng: new Rng(0) });
 * console.log(conv.weight.shape, conv.call(zeros([2, 1, 8, 8])).shape); // [8, 1, 3, 3] [2, 8, 8, 8]
 * ```
 */
export class Conv2d extends Module {
  /** Weight `[out, in/groups, kh, kw]`. */
  readonly weight: Tensor;
  /** Bias `[out]`, or null. */
  readonly bias: Tensor | null;
  /** Input channels. */
  readonly inChannels: number;
  /** Output channels. */
  readonly outChannels: number;
  /** `[kh, kw]`. */
  readonly kernelSize: readonly [number, number];
  /** Stride, padding, dilation and groups as {@linkcode conv2d} takes them. */
  readonly options: Readonly<Conv2dOptions>;

  /** Make a convolution layer; `kernelSize` is `[kh, kw]` or one number for both. */
  constructor(
    inChannels: number,
    outChannels: number,
    kernelSize: number | readonly [number, number],
    options: Conv2dLayerOptions = {},
  ) {
    super();
    this.inChannels = checkCount("Conv2d", "inChannels", inChannels);
    this.outChannels = checkCount("Conv2d", "outChannels", outChannels);
    const [kh, kw] = asPair(kernelSize, 1);
    this.kernelSize = [
      checkCount("Conv2d", "kernelSize", kh),
      checkCount("Conv2d", "kernelSize", kw),
    ];
    const groups = checkCount("Conv2d", "groups", options.groups ?? 1);
    const padding = options.padding === "same" ? "same" : asPair(options.padding, 0);
    this.options = Object.freeze({
      stride: asPair(options.stride, 1),
      padding,
      dilation: asPair(options.dilation, 1),
      groups,
    });
    if (inChannels % groups !== 0 || outChannels % groups !== 0) {
      throw new RangeError(
        `Conv2d: groups ${groups} must divide inChannels ${inChannels} and outChannels ${outChannels}`,
      );
    }
    // checks stride/padding/dilation now, on a nominal input the kernel fits
    const span = (k: number, d: number) => d * (k - 1) + 1;
    const [dh, dw] = this.options.dilation!;
    convGeometry([1, inChannels, span(kh, dh), span(kw, dw)], [
      outChannels,
      inChannels / groups,
      kh,
      kw,
    ], this.options);
    const dtype = options.dtype ?? "float32";
    const w = initWeight("Conv2d", [outChannels, inChannels / groups, kh, kw], options, dtype);
    this.weight = this.registerParameter("weight", w);
    this.bias = options.bias === false ? null : this.registerParameter(
      "bias",
      new Tensor(alloc(dtype, outChannels, "Conv2d"), [outChannels], { requiresGrad: true }),
    );
  }

  /** The convolution of `[N, inChannels, H, W]`. */
  forward(x: Tensor): Tensor {
    if (x.ndim !== 4 || x.shape[1] !== this.inChannels) {
      throw new TypeError(
        `Conv2d(${this.inChannels}, ${this.outChannels}): expected an input [N, ${this.inChannels}, H, W], got ${
          fmtShape(x.shape)
        }`,
      );
    }
    return conv2d(x, this.weight, this.bias, this.options);
  }
}

/**
 * 1-D convolution layer on NCL inputs (as `torch.nn.Conv1d`): weight
 * `[outChannels, inChannels/groups, k]`, bias `[outChannels]`; computed as
 * a {@linkcode conv2d} with height 1.
 *
 * @example
 * ```ts
 * import { Conv1d, zeros } from "@rectify/core";
 * const conv = new Conv1d(2, 4, 3, { padding: "same" });
 * console.log(conv.weight.shape, conv.call(zeros([5, 2, 10])).shape); // [4, 2, 3] [5, 4, 10]
 * ```
 */
export class Conv1d extends Module {
  /** Weight `[out, in/groups, k]`. */
  readonly weight: Tensor;
  /** Bias `[out]`, or null. */
  readonly bias: Tensor | null;
  /** Input channels. */
  readonly inChannels: number;
  /** Output channels. */
  readonly outChannels: number;
  /** Kernel length. */
  readonly kernelSize: number;
  #options: Conv2dOptions;

  /** Make a 1-D convolution layer. */
  constructor(
    inChannels: number,
    outChannels: number,
    kernelSize: number,
    options: Conv1dLayerOptions = {},
  ) {
    super();
    const p = options.padding ?? 0;
    const inner = new Conv2d(inChannels, outChannels, [1, kernelSize], {
      ...options,
      stride: [1, options.stride ?? 1],
      padding: p === "same" ? "same" : [0, p],
      dilation: [1, options.dilation ?? 1],
    });
    this.inChannels = inChannels;
    this.outChannels = outChannels;
    this.kernelSize = kernelSize;
    this.#options = inner.options;
    const w = inner.weight;
    this.weight = this.registerParameter(
      "weight",
      new Tensor(w.data, [outChannels, w.shape[1], kernelSize], { requiresGrad: true }),
    );
    this.bias = inner.bias === null ? null : this.registerParameter("bias", inner.bias);
  }

  /** The convolution of `[N, inChannels, L]`. */
  forward(x: Tensor): Tensor {
    if (x.ndim !== 3 || x.shape[1] !== this.inChannels) {
      throw new TypeError(
        `Conv1d(${this.inChannels}, ${this.outChannels}): expected an input [N, ${this.inChannels}, L], got ${
          fmtShape(x.shape)
        }`,
      );
    }
    const [n, c, l] = x.shape;
    const w = this.weight;
    const w4 = w.reshape([w.shape[0], w.shape[1], 1, w.shape[2]]);
    const y = conv2d(x.reshape([n, c, 1, l]), w4, this.bias, this.#options);
    return y.reshape([n, this.outChannels, y.shape[3]]);
  }
}
