/**
 * The `wasm` backend's convolution kernels (`"conv2d"`,
 * `"conv2dBackwardInput"`, `"conv2dBackwardWeight"`; inputs, outputs and
 * params as `core/conv_ops.ts` defines them): operands are copied into the
 * module's scratch memory once per call, windows are gathered with the
 * module's `im2col` (scattered back with `col2im`), and every product runs on
 * its SIMD `gemm`: the weights packed once per call, the column matrix (or
 * dy) read in place as B, the forward's bias added by the gemm. Float64 data
 * and problems below `minWork` multiply-adds are declined (the caller runs
 * the js loops). @internal
 *
 * @module
 */

import type { Data, Kernel } from "../../core/mod.ts";
import { WASM_GEMM_ROWS } from "./_wasm_bytes.ts";
import { align, slot } from "./_wasm_layout.ts";

/** The exports these kernels use. */
export interface ConvExports {
  gemm(
    apk: number,
    bpk: number,
    c: number,
    m: number,
    k: number,
    n: number,
    flags: number,
    bias: number,
    ld: number,
    bs: number,
    splat: number,
  ): void;
  packA(a: number, rs: number, ps: number, dst: number, m: number, k: number): void;
  packB(b: number, dst: number, k: number, n: number, trans: number, ld: number): void;
  im2col(x: number, col: number, ...geometry: number[]): void;
  pad(x: number, xp: number, ...geometry: number[]): void;
  im2colPadded(xp: number, col: number, ...geometry: number[]): void;
  col2imPadded(col: number, xp: number, ...geometry: number[]): void;
  unpad(xp: number, x: number, ...geometry: number[]): void;
  col2im(col: number, x: number, ...geometry: number[]): void;
}

/**
 * A module instance and its scratch memory (grown on demand; returns the
 * float32 view), and the gemm micro-kernel to run (its `splat` argument).
 */
export interface ConvScratch {
  readonly x: ConvExports;
  ensure(bytes: number): Float32Array;
  splat(): number;
}

/**
 * Byte offsets of consecutive regions, and the total: a region is an element
 * count, or an array copied into or out of it (its length; the region then
 * starts half a page from the array, see `slot`).
 */
function layout(...regions: (number | Data)[]): number[] {
  const offs: number[] = [];
  let at = 0;
  for (const r of regions) {
    if (typeof r !== "number") at = slot(at, r);
    offs.push(at);
    at = align(at + (typeof r === "number" ? r : r.length) * 4);
  }
  offs.push(at + 64);
  return offs;
}

/** The sizes of one convolution (`core/conv_ops.ts`'s params) and what follows from them. */
function sizes(p: readonly number[]) {
  const [n, c, h, w, o, kh, kw, sh, sw, pt, pl, dh, dw, groups, ho, wo] = p;
  const cg = c / groups, og = o / groups, k = cg * kh * kw, hw = ho * wo;
  const trivial = kh === 1 && kw === 1 && sh === 1 && sw === 1 && pt === 0 && pl === 0 &&
    ho === h && wo === w;
  // im2col/col2im arguments after the two pointers
  const geometry = [cg, h, w, kh, kw, sh, sw, pt, pl, dh, dw, ho, wo];
  // stride 1 along the width: the planes zero padded to [hp, wp], then whole-row copies
  const hp = (ho - 1) * sh + (kh - 1) * dh + 1, wp = wo + (kw - 1) * dw;
  const padded = sw === 1 ? cg * hp * wp : 0;
  const padGeometry = [cg, h, w, pt, pl, hp, wp];
  const rowGeometry = [cg, hp, wp, kh, kw, sh, dh, dw, ho, wo];
  return {
    n,
    c,
    h,
    w,
    o,
    groups,
    cg,
    og,
    k,
    hw,
    trivial,
    geometry,
    padded,
    padGeometry,
    rowGeometry,
  };
}

type Sizes = ReturnType<typeof sizes>;

/**
 * The column matrix of the channel block at byte offset `xo` into `col`:
 * at width stride 1 through the zero-padded planes at `xp` (`pad`, then
 * `im2colPadded`, which needs 16 bytes past col), else `im2col`.
 */
function gather(e: ConvExports, z: Sizes, xo: number, xp: number, col: number): void {
  if (z.padded === 0) return e.im2col(xo, col, ...z.geometry);
  e.pad(xo, xp, ...z.padGeometry);
  e.im2colPadded(xp, col, ...z.rowGeometry);
}

/**
 * The column matrix at `col` added back into the channel block at `xo`
 * (zeroed before: its elements no window reaches stay 0): at width stride 1
 * through the padded planes at `xp` (`col2imPadded`, then `unpad`), else
 * `col2im`.
 */
function scatter(e: ConvExports, z: Sizes, col: number, xp: number, xo: number): void {
  if (z.padded === 0) return e.col2im(col, xo, ...z.geometry);
  e.col2imPadded(col, xp, ...z.rowGeometry);
  e.unpad(xp, xo, ...z.padGeometry);
}

function f32(...ds: Data[]): boolean {
  for (const d of ds) if (!(d instanceof Float32Array)) return false;
  return true;
}

/** Floats of `rows` rows of `k` each packed by `packA` (whole slivers, zero padded). */
export function packedA(rows: number, k: number): number {
  return Math.ceil(rows / WASM_GEMM_ROWS) * WASM_GEMM_ROWS * k;
}

/** `y = W·im2col(x) (+ bias)` per image and group. */
function forward(s: ConvScratch, minWork: number): Kernel {
  return ([x, wt, bias], [y], params) => {
    const z = sizes(params);
    if (!f32(x, wt, bias, y) || z.n * z.o * z.hw * z.k < minWork) return false;
    const wq = packedA(z.og, z.k);
    const [offX, offW, offQ, offXp, offCol, offY, offB, total] = layout(
      x,
      wt,
      z.groups * wq,
      z.padded,
      z.k * z.hw + 4,
      y,
      z.o,
    );
    const f = s.ensure(total), e = s.x;
    f.set(x, offX >> 2);
    f.set(wt, offW >> 2);
    f.set(bias, offB >> 2);
    const flags = bias.length === 0 ? 0 : 4;
    for (let q = 0; q < z.groups; q++) {
      e.packA(offW + q * z.og * z.k * 4, z.k * 4, 4, offQ + q * wq * 4, z.og, z.k);
    }
    for (let n = 0; n < z.n; n++) {
      for (let q = 0; q < z.groups; q++) {
        const xo = offX + (n * z.c + q * z.cg) * z.h * z.w * 4;
        if (!z.trivial) gather(e, z, xo, offXp, offCol);
        const yo = offY + (n * z.o + q * z.og) * z.hw * 4;
        const b = z.trivial ? xo : offCol;
        e.gemm(
          offQ + q * wq * 4,
          b,
          yo,
          z.og,
          z.k,
          z.hw,
          flags,
          offB + q * z.og * 4,
          z.hw,
          z.hw * 4,
          s.splat(),
        );
      }
    }
    y.set(f.subarray(offY >> 2, (offY >> 2) + y.length));
    return true;
  };
}

/** `dx = col2im(Wᵀ·dy)` per image and group. */
function backwardInput(s: ConvScratch, minWork: number): Kernel {
  return ([dy, wt], [dx], params) => {
    const z = sizes(params);
    if (!f32(dy, wt, dx) || z.n * z.o * z.hw * z.k < minWork) return false;
    const wq = packedA(z.k, z.og);
    const [offDy, offW, offQ, offXp, offCol, offDx, total] = layout(
      dy,
      wt,
      z.groups * wq,
      z.padded,
      z.k * z.hw,
      dx,
    );
    const f = s.ensure(total), e = s.x;
    f.set(dy, offDy >> 2);
    f.set(wt, offW >> 2);
    if (!z.trivial) f.fill(0, offDx >> 2, (offDx >> 2) + dx.length);
    // A = W_qᵀ: element (i, p) at W_q[p·k + i]
    for (let q = 0; q < z.groups; q++) {
      e.packA(offW + q * z.og * z.k * 4, 4, z.k * 4, offQ + q * wq * 4, z.k, z.og);
    }
    for (let n = 0; n < z.n; n++) {
      for (let q = 0; q < z.groups; q++) {
        const dyo = offDy + (n * z.o + q * z.og) * z.hw * 4;
        const xo = offDx + (n * z.c + q * z.cg) * z.h * z.w * 4;
        const c = z.trivial ? xo : offCol;
        e.gemm(offQ + q * wq * 4, dyo, c, z.k, z.og, z.hw, 0, 0, z.hw, z.hw * 4, s.splat());
        if (!z.trivial) scatter(e, z, offCol, offXp, xo);
      }
    }
    dx.set(f.subarray(offDx >> 2, (offDx >> 2) + dx.length));
    return true;
  };
}

/**
 * `dWᵀ = Σ_n im2col(x_n)·dy_nᵀ` per group (the transposed product packs the
 * smaller operand, dy, as B), then transposed into `dw`; `db = Σ dy`.
 */
function backwardWeight(s: ConvScratch, minWork: number): Kernel {
  return ([dy, x], [dw, db], params) => {
    const z = sizes(params);
    if (!f32(dy, x, dw, db) || z.n * z.o * z.hw * z.k < minWork) return false;
    const [offX, offDy, offXp, offCol, offQ, offP, offT, total] = layout(
      x,
      dy,
      z.padded,
      z.k * z.hw + 4,
      packedA(z.k, z.hw),
      z.hw * ((z.og + 7) & ~7),
      dw.length,
    );
    const f = s.ensure(total), e = s.x;
    f.set(x, offX >> 2);
    f.set(dy, offDy >> 2);
    f.fill(0, offT >> 2, (offT >> 2) + dw.length);
    for (let n = 0; n < z.n; n++) {
      for (let q = 0; q < z.groups; q++) {
        const xo = offX + (n * z.c + q * z.cg) * z.h * z.w * 4;
        if (!z.trivial) gather(e, z, xo, offXp, offCol);
        e.packA(z.trivial ? xo : offCol, z.hw * 4, 4, offQ, z.k, z.hw);
        e.packB(offDy + (n * z.o + q * z.og) * z.hw * 4, offP, z.hw, z.og, 1, 0);
        const t = offT + q * z.k * z.og * 4;
        e.gemm(offQ, offP, t, z.k, z.hw, z.og, 1, 0, z.og, 0, s.splat());
      }
    }
    const t4 = offT >> 2;
    for (let q = 0; q < z.groups; q++) {
      const base = q * z.og * z.k;
      for (let o = 0; o < z.og; o++) {
        for (let k = 0; k < z.k; k++) dw[base + o * z.k + k] = f[t4 + base + k * z.og + o];
      }
    }
    if (db.length === 0) return true;
    db.fill(0);
    for (let n = 0, i = 0; n < z.n; n++) {
      for (let o = 0; o < z.o; o++) {
        let sum = 0;
        for (const end = i + z.hw; i < end; i++) sum += dy[i];
        db[o] += sum;
      }
    }
    return true;
  };
}

/** The convolution kernels by op name, on one module instance. */
export function convKernels(s: ConvScratch, minWork: number): ReadonlyMap<string, Kernel> {
  return new Map([
    ["conv2d", forward(s, minWork)],
    ["conv2dBackwardInput", backwardInput(s, minWork)],
    ["conv2dBackwardWeight", backwardWeight(s, minWork)],
  ]);
}
