/**
 * Differentiable 2-D convolution on NCHW tensors (cross-correlation, PyTorch
 * semantics), computed as im2col + the backend's matmul per image and group.
 *
 * Three open kernel names run through {@linkcode runKernel}; a backend may
 * supply faster code for each (the js loops here define them). All take the
 * same `params` ({@linkcode ConvGeometry} in order:
 * `[n, c, h, w, o, kh, kw, sh, sw, pt, pl, dh, dw, groups, ho, wo]`):
 *
 * - `"conv2d"`: inputs `[x, weight, bias]` (bias empty when there is none),
 *   outputs `[y]`. x `[n, c, h, w]`, weight `[o, c/groups, kh, kw]`,
 *   y `[n, o, ho, wo]`.
 * - `"conv2dBackwardInput"`: inputs `[dy, weight]`, outputs `[dx]`
 *   (overwritten).
 * - `"conv2dBackwardWeight"`: inputs `[dy, x]`, outputs `[dweight, dbias]`
 *   (overwritten; dbias empty when there is no bias).
 *
 * @module
 */

import { type Data, getBackend, type Kernel, runKernel, zeroData } from "./backend.ts";
import { fmtShape } from "./errors.ts";
import { _gradDestination, _record, type BackwardRule } from "./autograd.ts";
import { alloc } from "./storage.ts";
import { type DType, Tensor } from "./tensor.ts";
import { requireTensor } from "./_check.ts";

/** Padding of a convolution: `[ph, pw]` (both sides), or `"same"` (stride 1 only). */
export type ConvPadding = readonly [number, number] | "same";

/** Options of {@linkcode conv2d}. */
export interface Conv2dOptions {
  /** `[sh, sw]` (default `[1, 1]`). */
  stride?: readonly [number, number];
  /** `[ph, pw]` zeros on each side, or `"same"` (default `[0, 0]`). */
  padding?: ConvPadding;
  /** `[dh, dw]` (default `[1, 1]`). */
  dilation?: readonly [number, number];
  /** Channel groups (default 1; `groups = inChannels` is depthwise). */
  groups?: number;
}

/**
 * Sizes of one convolution, in the order of the kernels' `params`; `pt`/`pl`
 * are the top/left padding (the bottom/right padding only changes `ho`/`wo`).
 */
export interface ConvGeometry {
  n: number;
  c: number;
  h: number;
  w: number;
  o: number;
  kh: number;
  kw: number;
  sh: number;
  sw: number;
  pt: number;
  pl: number;
  dh: number;
  dw: number;
  groups: number;
  ho: number;
  wo: number;
}

function pair(v: readonly [number, number] | undefined, dflt: number, what: string, min: number) {
  const p = v ?? [dflt, dflt];
  if (
    !Array.isArray(p) || p.length !== 2 || !p.every((d) => Number.isInteger(d) && d >= min)
  ) {
    throw new RangeError(
      `conv2d: ${what} must be a pair of integers >= ${min}, got ${JSON.stringify(v)}`,
    );
  }
  return p as readonly [number, number];
}

/** The geometry of `conv2d(x, weight)`, with checked options. @internal */
export function convGeometry(
  xShape: readonly number[],
  wShape: readonly number[],
  options: Conv2dOptions,
): ConvGeometry {
  if (xShape.length !== 4 || wShape.length !== 4) {
    throw new TypeError(
      `conv2d: expected input [N, C, H, W] and weight [O, C/groups, kh, kw], got ${
        fmtShape(xShape)
      } and ${fmtShape(wShape)}`,
    );
  }
  const [n, c, h, w] = xShape;
  const [o, cg, kh, kw] = wShape;
  const groups = options.groups ?? 1;
  if (!Number.isInteger(groups) || groups < 1 || c % groups !== 0 || o % groups !== 0) {
    throw new RangeError(
      `conv2d: groups must be a positive integer dividing the ${c} input and ${o} output channels, got ${groups}`,
    );
  }
  if (cg !== c / groups) {
    throw new TypeError(
      `conv2d: weight ${fmtShape(wShape)} needs ${
        cg * groups
      } input channels (groups ${groups}), ` +
        `the input ${fmtShape(xShape)} has ${c}`,
    );
  }
  const [sh, sw] = pair(options.stride, 1, "stride", 1);
  const [dh, dw] = pair(options.dilation, 1, "dilation", 1);
  let pt: number, pl: number, ph2: number, pw2: number;
  if (options.padding === "same") {
    if (sh !== 1 || sw !== 1) {
      throw new RangeError(`conv2d: padding "same" needs stride [1, 1], got [${sh}, ${sw}]`);
    }
    const th = dh * (kh - 1), tw = dw * (kw - 1);
    pt = Math.floor(th / 2);
    pl = Math.floor(tw / 2);
    ph2 = th;
    pw2 = tw;
  } else {
    const [ph, pw] = pair(options.padding, 0, "padding", 0);
    pt = ph;
    pl = pw;
    ph2 = 2 * ph;
    pw2 = 2 * pw;
  }
  const ho = Math.floor((h + ph2 - dh * (kh - 1) - 1) / sh) + 1;
  const wo = Math.floor((w + pw2 - dw * (kw - 1) - 1) / sw) + 1;
  if (ho < 1 || wo < 1) {
    throw new RangeError(
      `conv2d: input ${fmtShape(xShape)} is smaller than the dilated kernel ${kh}x${kw} ` +
        `(dilation [${dh}, ${dw}], padding [${pt}, ${pl}]): output would be ${ho}x${wo}`,
    );
  }
  return { n, c, h, w, o, kh, kw, sh, sw, pt, pl, dh, dw, groups, ho, wo };
}

/** The conv kernels' numeric parameters, in the order the kernel contract fixes. @internal */
export function convParams(g: ConvGeometry): number[] {
  return [
    g.n,
    g.c,
    g.h,
    g.w,
    g.o,
    g.kh,
    g.kw,
    g.sh,
    g.sw,
    g.pt,
    g.pl,
    g.dh,
    g.dw,
    g.groups,
    g.ho,
    g.wo,
  ];
}

function fromParams(p: readonly number[]): ConvGeometry {
  const [n, c, h, w, o, kh, kw, sh, sw, pt, pl, dh, dw, groups, ho, wo] = p;
  return { n, c, h, w, o, kh, kw, sh, sw, pt, pl, dh, dw, groups, ho, wo };
}

/** Whether im2col is the identity (1×1 kernel, stride 1, no padding). */
function trivialCols(g: ConvGeometry): boolean {
  return g.kh === 1 && g.kw === 1 && g.sh === 1 && g.sw === 1 && g.pt === 0 && g.pl === 0 &&
    g.ho === g.h && g.wo === g.w;
}

/** First and one-past-last output column j whose input column j·sw − pl + off is in [0, w). */
function validRange(
  off: number,
  s: number,
  p: number,
  size: number,
  out: number,
): [number, number] {
  const lo = Math.max(0, Math.ceil((p - off) / s));
  const hi = Math.min(out, Math.floor((size - 1 + p - off) / s) + 1);
  return [lo, hi < lo ? lo : hi];
}

/**
 * Gather the windows of the channels `[c0, c0 + cg)` of image `img` into
 * `col[(c·kh + u)·kw + v][i·wo + j]` (zeros for padding). @internal
 */
export function im2col(x: Data, xo: number, col: Data, g: ConvGeometry, cg: number): void {
  const { h, w, kh, kw, sh, sw, pt, pl, dh, dw, ho, wo } = g;
  const hw = ho * wo;
  let r = 0;
  for (let c = 0; c < cg; c++) {
    const plane = xo + c * h * w;
    for (let u = 0; u < kh; u++) {
      for (let v = 0; v < kw; v++, r++) {
        const [j0, j1] = validRange(v * dw, sw, pl, w, wo);
        const rb = r * hw;
        for (let i = 0; i < ho; i++) {
          const hh = i * sh - pt + u * dh;
          const ob = rb + i * wo;
          if (hh < 0 || hh >= h) {
            col.fill(0, ob, ob + wo);
            continue;
          }
          const xb = plane + hh * w - pl + v * dw;
          for (let j = 0; j < j0; j++) col[ob + j] = 0;
          for (let j = j0; j < j1; j++) col[ob + j] = x[xb + j * sw];
          for (let j = j1; j < wo; j++) col[ob + j] = 0;
        }
      }
    }
  }
}

/** Scatter-add `col` (as {@linkcode im2col} lays it out) back into image `img`'s channels. @internal */
export function col2im(col: Data, dx: Data, xo: number, g: ConvGeometry, cg: number): void {
  const { h, w, kh, kw, sh, sw, pt, pl, dh, dw, ho, wo } = g;
  const hw = ho * wo;
  let r = 0;
  for (let c = 0; c < cg; c++) {
    const plane = xo + c * h * w;
    for (let u = 0; u < kh; u++) {
      for (let v = 0; v < kw; v++, r++) {
        const [j0, j1] = validRange(v * dw, sw, pl, w, wo);
        const rb = r * hw;
        for (let i = 0; i < ho; i++) {
          const hh = i * sh - pt + u * dh;
          if (hh < 0 || hh >= h) continue;
          const xb = plane + hh * w - pl + v * dw, ob = rb + i * wo;
          for (let j = j0; j < j1; j++) dx[xb + j * sw] += col[ob + j];
        }
      }
    }
  }
}

/** Scratch for one image's columns of one group (from the running arena, if any). */
function colBuffer(x: Data, g: ConvGeometry): Data {
  const k = (g.c / g.groups) * g.kh * g.kw;
  return alloc(x instanceof Float64Array ? "float64" : "float32", k * g.ho * g.wo, "conv2d");
}

/** The js `"conv2d"` kernel: im2col, then `y = W·col + bias` per image and group. */
export const conv2dReference: Kernel = ([x, wt, bias], [y], params) => {
  const g = fromParams(params);
  const cg = g.c / g.groups, og = g.o / g.groups, k = cg * g.kh * g.kw, hw = g.ho * g.wo;
  const be = getBackend();
  const direct = trivialCols(g);
  const col = direct ? null : colBuffer(x, g);
  for (let n = 0; n < g.n; n++) {
    for (let q = 0; q < g.groups; q++) {
      const xo = (n * g.c + q * cg) * g.h * g.w;
      let b: Data;
      if (col === null) b = x.subarray(xo, xo + k * hw);
      else {
        im2col(x, xo, col, g, cg);
        b = col;
      }
      const yo = (n * g.o + q * og) * hw;
      const wq = wt.subarray(q * og * k, (q + 1) * og * k);
      be.matmul(wq, b, y.subarray(yo, yo + og * hw), og, k, hw);
    }
  }
  if (bias.length === 0) return;
  for (let n = 0; n < g.n; n++) {
    for (let o = 0; o < g.o; o++) {
      const b = bias[o], yo = (n * g.o + o) * hw;
      for (let i = 0; i < hw; i++) y[yo + i] += b;
    }
  }
};

/** The js `"conv2dBackwardInput"` kernel: `dcol = Wᵀ·dy`, then col2im per image and group. */
export const conv2dBackwardInputReference: Kernel = ([dy, wt], [dx], params) => {
  const g = fromParams(params);
  const cg = g.c / g.groups, og = g.o / g.groups, k = cg * g.kh * g.kw, hw = g.ho * g.wo;
  const be = getBackend();
  const direct = trivialCols(g);
  const col = direct ? null : colBuffer(dx, g);
  if (col !== null) dx.fill(0);
  for (let n = 0; n < g.n; n++) {
    for (let q = 0; q < g.groups; q++) {
      const xo = (n * g.c + q * cg) * g.h * g.w, yo = (n * g.o + q * og) * hw;
      const wq = wt.subarray(q * og * k, (q + 1) * og * k);
      const out = col ?? dx.subarray(xo, xo + k * hw);
      be.matmul(wq, dy.subarray(yo, yo + og * hw), out, k, og, hw, { transA: true });
      if (col !== null) col2im(col, dx, xo, g, cg);
    }
  }
};

/** The js `"conv2dBackwardWeight"` kernel: `dW += dy·colᵀ` per image and group, `db = Σ dy`. */
export const conv2dBackwardWeightReference: Kernel = ([dy, x], [dw, db], params) => {
  const g = fromParams(params);
  const cg = g.c / g.groups, og = g.o / g.groups, k = cg * g.kh * g.kw, hw = g.ho * g.wo;
  const be = getBackend();
  const direct = trivialCols(g);
  const col = direct ? null : colBuffer(x, g);
  dw.fill(0);
  for (let n = 0; n < g.n; n++) {
    for (let q = 0; q < g.groups; q++) {
      const xo = (n * g.c + q * cg) * g.h * g.w, yo = (n * g.o + q * og) * hw;
      let b: Data;
      if (col === null) b = x.subarray(xo, xo + k * hw);
      else {
        im2col(x, xo, col, g, cg);
        b = col;
      }
      const dwq = dw.subarray(q * og * k, (q + 1) * og * k);
      be.matmul(dy.subarray(yo, yo + og * hw), b, dwq, og, hw, k, {
        transB: true,
        accumulate: true,
      });
    }
  }
  if (db.length === 0) return;
  db.fill(0);
  for (let n = 0; n < g.n; n++) {
    for (let o = 0; o < g.o; o++) {
      const yo = (n * g.o + o) * hw;
      let s = 0;
      for (let i = 0; i < hw; i++) s += dy[yo + i];
      db[o] += s;
    }
  }
};

const EMPTY32 = new Float32Array(0);
const EMPTY64 = new Float64Array(0);

/** A zero-length array of a dtype (the "no bias" operand of the kernels). */
function empty(dtype: DType): Data {
  return dtype === "float64" ? EMPTY64 : EMPTY32;
}

/** Zeroed storage for input `i`'s gradient: its buffer when it has one to give, else new. */
function gradInto(i: number, dtype: DType, n: number, wanted: boolean): Data {
  const d = wanted ? _gradDestination(i, dtype, n) : null;
  if (d === null) return alloc(dtype, n, "conv2d");
  zeroData(d);
  return d;
}

/** The backward rule of one recorded conv2d. */
function conv2dRule(g: ConvGeometry, x: Tensor, weight: Tensor, hasBias: boolean): BackwardRule {
  return (dy, ctx) => {
    const params = convParams(g);
    let dx: Tensor | null = null, dw: Tensor | null = null, db: Tensor | null = null;
    if (ctx.needsInputGrad[0]) {
      const d = alloc(x.dtype, x.size, "conv2d");
      runKernel(
        "conv2dBackwardInput",
        [dy.data, weight.data],
        [d],
        params,
        conv2dBackwardInputReference,
      );
      dx = new Tensor(d, x.shape);
    }
    const wantB = hasBias && ctx.needsInputGrad[2];
    if (ctx.needsInputGrad[1] || wantB) {
      // straight into the parameters' gradient buffers where they have them (zeroed: the
      // kernel's outputs start at zero)
      const d = gradInto(1, weight.dtype, weight.size, ctx.needsInputGrad[1]);
      const dbd = wantB ? gradInto(2, weight.dtype, g.o, true) : empty(weight.dtype);
      runKernel(
        "conv2dBackwardWeight",
        [dy.data, x.data],
        [d, dbd],
        params,
        conv2dBackwardWeightReference,
      );
      if (ctx.needsInputGrad[1]) dw = new Tensor(d, weight.shape);
      if (wantB) db = new Tensor(dbd, [g.o]);
    }
    return hasBias ? [dx, dw, db] : [dx, dw];
  };
}

/**
 * 2-D convolution (cross-correlation, as `torch.nn.functional.conv2d`) of an
 * NCHW input `[N, C, H, W]` with a weight `[O, C/groups, kh, kw]` and an
 * optional bias `[O]`; returns `[N, O, Hout, Wout]` with
 * `Hout = floor((H + 2·ph − dh·(kh − 1) − 1)/sh) + 1`. Padding `"same"`
 * (stride 1 only) pads `d·(k − 1)` in total per dimension, the odd one
 * bottom/right. Differentiable in all three tensors; the op on the tape is
 * `"conv2d"`.
 *
 * @example A 3×3 box filter with padding 1
 * ```ts
 * import { conv2d, ones } from "@rectify/core";
 * const y = conv2d(ones([1, 1, 3, 3]), ones([1, 1, 3, 3]), null, { padding: [1, 1] });
 * console.log(y.toArray()); // [[[[4, 6, 4], [6, 9, 6], [4, 6, 4]]]]
 * ```
 */
export function conv2d(
  x: Tensor,
  weight: Tensor,
  bias: Tensor | null = null,
  options: Conv2dOptions = {},
): Tensor {
  requireTensor(x, "conv2d");
  requireTensor(weight, "conv2d", "weight");
  if (x.dtype !== weight.dtype || (bias !== null && bias.dtype !== x.dtype)) {
    throw new TypeError(
      `conv2d: input, weight and bias must share a dtype, got ${x.dtype}, ${weight.dtype}` +
        (bias === null ? "" : ` and ${bias.dtype}`),
    );
  }
  const g = convGeometry(x.shape, weight.shape, options);
  if (bias !== null && (bias.ndim !== 1 || bias.shape[0] !== g.o)) {
    throw new TypeError(`conv2d: bias must have shape [${g.o}], got ${fmtShape(bias.shape)}`);
  }
  const y = alloc(x.dtype, g.n * g.o * g.ho * g.wo, "conv2d");
  const b = bias === null ? empty(x.dtype) : bias.data;
  runKernel("conv2d", [x.data, weight.data, b], [y], convParams(g), conv2dReference);
  const out = new Tensor(y, [g.n, g.o, g.ho, g.wo]);
  const inputs = bias === null ? [x, weight] : [x, weight, bias];
  return _record("conv2d", inputs, out, conv2dRule(g, x, weight, bias !== null), [x, weight], {
    geometry: g,
  });
}
