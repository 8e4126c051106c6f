/**
 * The `wasm` backend's convolution kernels (`"conv2d"`,
 * `"conv2dBackwardInput"`, `"conv2dBackwardWeight"`; inputs, outputs and
 * params as `core/conv_ops.ts` defines them): operands are copied into the
 * module's scratch memory once per call, windows are gathered with the
 * module's `im2col` (scattered back with `col2im`), and every product runs on
 * its SIMD `gemm`. Float64 data and problems below `minWork` multiply-adds
 * are declined (the caller runs the js loops). @internal
 *
 * @module
 */

import type { Data, Kernel } from "../../core/mod.ts";

/** The exports these kernels use. */
export interface ConvExports {
  gemm(
    a: number,
    rs: number,
    ps: number,
    bpk: number,
    c: number,
    m: number,
    k: number,
    n: number,
    flags: number,
    bias: number,
    ld: number,
  ): void;
  packB(b: number, dst: number, k: number, n: number, trans: number): void;
  im2col(x: number, col: number, ...geometry: number[]): void;
  col2im(col: number, x: number, ...geometry: number[]): void;
}

/** A module instance and its scratch memory (grown on demand; returns the float32 view). */
export interface ConvScratch {
  readonly x: ConvExports;
  ensure(bytes: number): Float32Array;
}

function align(bytes: number): number {
  return (bytes + 63) & ~63;
}

/** Byte offsets of consecutive regions of the given element counts, and the total. */
function layout(...counts: number[]): number[] {
  const offs: number[] = [];
  let at = 0;
  for (const c of counts) {
    offs.push(at);
    at = align(at + c * 4);
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
  return { n, c, h, w, o, groups, cg, og, k, hw, trivial, geometry };
}

function f32(...ds: Data[]): boolean {
  for (const d of ds) if (!(d instanceof Float32Array)) return false;
  return true;
}

/** `y = W·im2col(x) (+ bias)` per image and group. */
function forward(s: ConvScratch, minWork: number): Kernel {
  return ([x, wt, bias], [y], params) => {
    const z = sizes(params);
    if (!f32(x, wt, bias, y) || z.n * z.o * z.hw * z.k < minWork) return false;
    const [offX, offW, offCol, offP, offY, total] = layout(
      x.length,
      wt.length,
      z.k * z.hw,
      z.k * ((z.hw + 7) & ~7),
      y.length,
    );
    const f = s.ensure(total), e = s.x;
    f.set(x, offX >> 2);
    f.set(wt, offW >> 2);
    for (let n = 0; n < z.n; n++) {
      for (let q = 0; q < z.groups; q++) {
        const xo = offX + (n * z.c + q * z.cg) * z.h * z.w * 4;
        if (!z.trivial) e.im2col(xo, offCol, ...z.geometry);
        e.packB(z.trivial ? xo : offCol, offP, z.k, z.hw, 0);
        const yo = offY + (n * z.o + q * z.og) * z.hw * 4;
        e.gemm(offW + q * z.og * z.k * 4, z.k * 4, 4, offP, yo, z.og, z.k, z.hw, 0, 0, z.hw);
      }
    }
    y.set(f.subarray(offY >> 2, (offY >> 2) + y.length));
    if (bias.length === 0) return true;
    for (let n = 0, i = 0; n < z.n; n++) {
      for (let o = 0; o < z.o; o++) {
        const b = bias[o];
        for (const end = i + z.hw; i < end; i++) y[i] += b;
      }
    }
    return true;
  };
}

/** `dx = col2im(Wᵀ·dy)` per image and group. */
function backwardInput(s: ConvScratch, minWork: number): Kernel {
  return ([dy, wt], [dx], params) => {
    const z = sizes(params);
    if (!f32(dy, wt, dx) || z.n * z.o * z.hw * z.k < minWork) return false;
    const [offDy, offW, offCol, offP, offDx, total] = layout(
      dy.length,
      wt.length,
      z.k * z.hw,
      z.og * ((z.hw + 7) & ~7),
      dx.length,
    );
    const f = s.ensure(total), e = s.x;
    f.set(dy, offDy >> 2);
    f.set(wt, offW >> 2);
    if (!z.trivial) f.fill(0, offDx >> 2, (offDx >> 2) + dx.length);
    for (let n = 0; n < z.n; n++) {
      for (let q = 0; q < z.groups; q++) {
        e.packB(offDy + (n * z.o + q * z.og) * z.hw * 4, offP, z.og, z.hw, 0);
        const xo = offDx + (n * z.c + q * z.cg) * z.h * z.w * 4;
        // A = W_qᵀ: element (i, p) at W_q[p·k + i]
        const a = offW + q * z.og * z.k * 4;
        e.gemm(a, 4, z.k * 4, offP, z.trivial ? xo : offCol, z.k, z.og, z.hw, 0, 0, z.hw);
        if (!z.trivial) e.col2im(offCol, xo, ...z.geometry);
      }
    }
    dx.set(f.subarray(offDx >> 2, (offDx >> 2) + dx.length));
    return true;
  };
}

/**
 * `dWᵀ = Σ_n im2col(x_n)·dy_nᵀ` per group (the transposed product packs the
 * smaller operand, dy), then transposed into `dw`; `db = Σ dy`.
 */
function backwardWeight(s: ConvScratch, minWork: number): Kernel {
  return ([dy, x], [dw, db], params) => {
    const z = sizes(params);
    if (!f32(dy, x, dw, db) || z.n * z.o * z.hw * z.k < minWork) return false;
    const [offX, offDy, offCol, offP, offT, total] = layout(
      x.length,
      dy.length,
      z.k * z.hw,
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
        if (!z.trivial) e.im2col(xo, offCol, ...z.geometry);
        e.packB(offDy + (n * z.o + q * z.og) * z.hw * 4, offP, z.hw, z.og, 1);
        const t = offT + q * z.k * z.og * 4;
        e.gemm(z.trivial ? xo : offCol, z.hw * 4, 4, offP, t, z.k, z.hw, z.og, 1, 0, z.og);
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
