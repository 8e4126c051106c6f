/**
 * Differentiable 2-D max and average pooling on NCHW tensors (PyTorch
 * semantics, incl. `ceilMode` and `countIncludePad`).
 *
 * Open kernel names run through {@linkcode runKernel} (the js loops here
 * define them). `params` is {@linkcode PoolGeometry} in order:
 * `[planes, h, w, ho, wo, kh, kw, sh, sw, ph, pw, countIncludePad]`, where
 * planes = N·C (each plane is pooled on its own):
 *
 * - `"maxPool2d"`: inputs `[x]`, outputs `[y, index]`: index holds, per
 *   output, the winning element's position `row·w + col` inside its plane
 *   (the first maximum in row-major window order; padding never wins).
 * - `"maxPool2dBackward"`: inputs `[dy, index]`, outputs `[dx]` (overwritten).
 * - `"avgPool2d"`: inputs `[x]`, outputs `[y]`.
 * - `"avgPool2dBackward"`: inputs `[dy]`, outputs `[dx]` (overwritten).
 *
 * @module
 */

import { type Data, type Kernel, runKernel, zeroData } from "./backend.ts";
import { fmtShape } from "./errors.ts";
import { _record } from "./autograd.ts";
import { alloc } from "./storage.ts";
import { Tensor } from "./tensor.ts";
import { requireTensor } from "./_check.ts";

/** Options of {@linkcode maxPool2d} and {@linkcode avgPool2d}. */
export interface Pool2dOptions {
  /** `[sh, sw]` (default: the kernel size). */
  stride?: readonly [number, number];
  /** `[ph, pw]`, at most half the kernel size (default `[0, 0]`). */
  padding?: readonly [number, number];
  /** Round the output size up instead of down (default false). */
  ceilMode?: boolean;
  /** avgPool2d only: count padding zeros in the divisor (default true). */
  countIncludePad?: boolean;
}

/** Sizes of one pooling, in the order of the kernels' `params`. */
export interface PoolGeometry {
  planes: number;
  h: number;
  w: number;
  ho: number;
  wo: number;
  kh: number;
  kw: number;
  sh: number;
  sw: number;
  ph: number;
  pw: number;
  countIncludePad: number;
}

function checkPair(op: string, what: string, v: unknown, min: number): readonly [number, number] {
  if (
    !Array.isArray(v) || v.length !== 2 || !v.every((d) => Number.isInteger(d) && d >= min)
  ) {
    throw new RangeError(
      `${op}: ${what} must be a pair of integers >= ${min}, got ${JSON.stringify(v)}`,
    );
  }
  return v as unknown as readonly [number, number];
}

/** Output size along one dimension (FORMAT.md's rule, as PyTorch). */
function outSize(size: number, k: number, s: number, p: number, ceil: boolean): number {
  const span = size + 2 * p - k;
  let o = (ceil ? Math.ceil(span / s) : Math.floor(span / s)) + 1;
  if (ceil && (o - 1) * s >= size + p) o--;
  return o;
}

/** The geometry of a pooling of `xShape` (`[N, C, H, W]`), with checked options. @internal */
export function poolGeometry(
  op: string,
  xShape: readonly number[],
  kernelSize: readonly [number, number],
  options: Pool2dOptions,
): PoolGeometry {
  if (xShape.length !== 4) {
    throw new TypeError(`${op}: expected an input [N, C, H, W], got ${fmtShape(xShape)}`);
  }
  const [kh, kw] = checkPair(op, "kernelSize", kernelSize, 1);
  const [sh, sw] = checkPair(op, "stride", options.stride ?? [kh, kw], 1);
  const [ph, pw] = checkPair(op, "padding", options.padding ?? [0, 0], 0);
  if (2 * ph > kh || 2 * pw > kw) {
    throw new RangeError(
      `${op}: padding [${ph}, ${pw}] must be at most half the kernel size [${kh}, ${kw}]`,
    );
  }
  const [n, c, h, w] = xShape;
  const ceil = options.ceilMode === true;
  const ho = outSize(h, kh, sh, ph, ceil), wo = outSize(w, kw, sw, pw, ceil);
  if (ho < 1 || wo < 1) {
    throw new RangeError(
      `${op}: input ${
        fmtShape(xShape)
      } is smaller than the window ${kh}x${kw} (padding [${ph}, ${pw}])`,
    );
  }
  const countIncludePad = options.countIncludePad === false ? 0 : 1;
  return { planes: n * c, h, w, ho, wo, kh, kw, sh, sw, ph, pw, countIncludePad };
}

function toParams(g: PoolGeometry): number[] {
  return [g.planes, g.h, g.w, g.ho, g.wo, g.kh, g.kw, g.sh, g.sw, g.ph, g.pw, g.countIncludePad];
}

/** The js `"maxPool2d"` kernel (first maximum wins; NaN propagates as in PyTorch). */
export const maxPool2dReference: Kernel = ([x], [y, index], p) => {
  const [planes, h, w, ho, wo, kh, kw, sh, sw, ph, pw] = p;
  if (
    kh === 2 && kw === 2 && ph === 0 && pw === 0 && (ho - 1) * sh + 2 <= h && (wo - 1) * sw + 2 <= w
  ) return maxPool2x2(x, y, index, p);
  let o = 0;
  for (let q = 0; q < planes; q++) {
    const base = q * h * w;
    for (let i = 0; i < ho; i++) {
      const h0 = i * sh - ph;
      const r0 = h0 < 0 ? 0 : h0, r1 = h0 + kh < h ? h0 + kh : h;
      for (let j = 0; j < wo; j++, o++) {
        const w0 = j * sw - pw;
        const c0 = w0 < 0 ? 0 : w0, c1 = w0 + kw < w ? w0 + kw : w;
        let best = -Infinity, at = r0 * w + c0;
        for (let r = r0; r < r1; r++) {
          for (let c = c0; c < c1; c++) {
            const v = x[base + r * w + c];
            if (v > best || (v !== v && best === best)) {
              best = v;
              at = r * w + c;
            }
          }
        }
        y[o] = best;
        index[o] = at;
      }
    }
  }
};

/**
 * The 2×2 windows without padding, every window inside the input (no
 * `ceilMode` overhang), of
 * {@linkcode maxPool2dReference}, unrolled: the same comparisons in the same
 * order (row by row), several times faster than the general loops.
 */
function maxPool2x2(x: Data, y: Data, index: Data, p: readonly number[]): void {
  const planes = p[0], h = p[1], w = p[2], ho = p[3], wo = p[4], sh = p[7], sw = p[8];
  let o = 0;
  for (let q = 0; q < planes; q++) {
    const base = q * h * w;
    for (let i = 0; i < ho; i++) {
      for (let j = 0; j < wo; j++, o++) {
        const at0 = i * sh * w + j * sw, a = base + at0;
        const v1 = x[a + 1], v2 = x[a + w], v3 = x[a + w + 1];
        let best = x[a], at = at0;
        if (v1 > best || (v1 !== v1 && best === best)) {
          best = v1;
          at = at0 + 1;
        }
        if (v2 > best || (v2 !== v2 && best === best)) {
          best = v2;
          at = at0 + w;
        }
        if (v3 > best || (v3 !== v3 && best === best)) {
          best = v3;
          at = at0 + w + 1;
        }
        y[o] = best;
        index[o] = at;
      }
    }
  }
}

/** The js `"maxPool2dBackward"` kernel: each window's gradient to its recorded winner. */
export const maxPool2dBackwardReference: Kernel = ([dy, index], [dx], p) => {
  const [planes, h, w, ho, wo] = p;
  zeroData(dx);
  const per = ho * wo;
  for (let q = 0; q < planes; q++) {
    const base = q * h * w, ob = q * per;
    for (let k = 0; k < per; k++) dx[base + index[ob + k]] += dy[ob + k];
  }
};

/**
 * Visit every average window: `visit(o, r0, r1, c0, c1, divisor)` for output
 * `o` of a plane, with the window's input rows `[r0, r1)` and columns
 * `[c0, c1)` (clipped to the input) and its divisor.
 */
function avgWindows(
  p: readonly number[],
  visit: (o: number, r0: number, r1: number, c0: number, c1: number, div: number) => void,
): void {
  const [, h, w, ho, wo, kh, kw, sh, sw, ph, pw, incl] = p;
  let o = 0;
  for (let i = 0; i < ho; i++) {
    const a0 = i * sh - ph, a1 = Math.min(a0 + kh, h + ph);
    const r0 = a0 < 0 ? 0 : a0, r1 = a1 < h ? a1 : h;
    const dr = incl ? a1 - a0 : r1 - r0;
    for (let j = 0; j < wo; j++, o++) {
      const b0 = j * sw - pw, b1 = Math.min(b0 + kw, w + pw);
      const c0 = b0 < 0 ? 0 : b0, c1 = b1 < w ? b1 : w;
      visit(o, r0, r1, c0, c1, dr * (incl ? b1 - b0 : c1 - c0));
    }
  }
}

/** The js `"avgPool2d"` kernel. */
export const avgPool2dReference: Kernel = ([x], [y], p) => {
  const [planes, h, w, ho, wo] = p;
  const per = ho * wo;
  let base = 0, ob = 0;
  // one closure per call (not per element): the plane offsets advance outside it
  const visit = (o: number, r0: number, r1: number, c0: number, c1: number, div: number) => {
    let s = 0;
    for (let r = r0; r < r1; r++) {
      const rb = base + r * w;
      for (let c = c0; c < c1; c++) s += x[rb + c];
    }
    y[ob + o] = s / div;
  };
  for (let q = 0; q < planes; q++, base += h * w, ob += per) avgWindows(p, visit);
};

/** The js `"avgPool2dBackward"` kernel: each input of a window gets upstream/divisor. */
export const avgPool2dBackwardReference: Kernel = ([dy], [dx], p) => {
  const [planes, h, w, ho, wo] = p;
  const per = ho * wo;
  dx.fill(0);
  let base = 0, ob = 0;
  const visit = (o: number, r0: number, r1: number, c0: number, c1: number, div: number) => {
    const g = dy[ob + o] / div;
    for (let r = r0; r < r1; r++) {
      const rb = base + r * w;
      for (let c = c0; c < c1; c++) dx[rb + c] += g;
    }
  };
  for (let q = 0; q < planes; q++, base += h * w, ob += per) avgWindows(p, visit);
};

function outShape(x: Tensor, g: PoolGeometry): number[] {
  return [x.shape[0], x.shape[1], g.ho, g.wo];
}

/**
 * 2-D max pooling of an NCHW input (as `torch.nn.functional.max_pool2d`):
 * padding never wins, and on ties the whole gradient of a window goes to its
 * first maximal element in row-major window order. The op on the tape is
 * `"maxPool2d"`.
 *
 * @example
 * ```ts
 * import { maxPool2d, tensor } from "@rectify/core";
 * const x = tensor([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16], { shape: [1, 1, 4, 4] });
 * console.log(maxPool2d(x, [2, 2]).toArray()); // [[[[6, 8], [14, 16]]]]
 * ```
 */
export function maxPool2d(
  x: Tensor,
  kernelSize: readonly [number, number],
  options: Pool2dOptions = {},
): Tensor {
  requireTensor(x, "maxPool2d");
  const g = poolGeometry("maxPool2d", x.shape, kernelSize, options);
  const params = toParams(g);
  const n = g.planes * g.ho * g.wo;
  const y = alloc(x.dtype, n, "maxPool2d");
  // positions inside a plane, exact in float32 up to 2^24 elements per plane
  const index = alloc(g.h * g.w > 1 << 24 ? "float64" : x.dtype, n, "maxPool2d");
  runKernel("maxPool2d", [x.data], [y, index], params, maxPool2dReference);
  return _record(
    "maxPool2d",
    [x],
    new Tensor(y, outShape(x, g)),
    (dy) => {
      const dx = alloc(x.dtype, x.size, "maxPool2d");
      runKernel("maxPool2dBackward", [dy.data, index], [dx], params, maxPool2dBackwardReference);
      return new Tensor(dx, x.shape);
    },
    [x],
    { geometry: g },
  );
}

/**
 * 2-D average pooling of an NCHW input (as `torch.nn.functional.avg_pool2d`):
 * with `countIncludePad` (default true) the divisor is the window clipped to
 * the zero-padded input, otherwise the number of real input elements in it.
 * The op on the tape is `"avgPool2d"`.
 *
 * @example
 * ```ts
 * import { avgPool2d, ones } from "@rectify/core";
 * console.log(avgPool2d(ones([1, 1, 2, 2]), [2, 2], { padding: [1, 1] }).toArray()); // [[[[0.25, 0.25], [0.25, 0.25]]]]
 * ```
 */
export function avgPool2d(
  x: Tensor,
  kernelSize: readonly [number, number],
  options: Pool2dOptions = {},
): Tensor {
  requireTensor(x, "avgPool2d");
  const g = poolGeometry("avgPool2d", x.shape, kernelSize, options);
  const params = toParams(g);
  const y = alloc(x.dtype, g.planes * g.ho * g.wo, "avgPool2d");
  runKernel("avgPool2d", [x.data], [y], params, avgPool2dReference);
  return _record(
    "avgPool2d",
    [x],
    new Tensor(y, outShape(x, g)),
    (dy) => {
      const dx = alloc(x.dtype, x.size, "avgPool2d");
      runKernel("avgPool2dBackward", [dy.data], [dx], params, avgPool2dBackwardReference);
      return new Tensor(dx, x.shape);
    },
    [x],
    { geometry: g },
  );
}
