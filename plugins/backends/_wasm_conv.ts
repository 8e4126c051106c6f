/**
 * The `wasm` backend's convolution kernels (`"conv2d"`,
 * `"conv2dBackwardInput"`, `"conv2dBackwardWeight"`; inputs, outputs and
 * params as `core/conv_ops.ts` defines them): operands are copied into the
 * module's scratch memory once per call, windows are gathered with the
 * module's `im2col` (scattered back with `col2im`), and every product runs on
 * its SIMD `gemm`: the weights packed once per call, the column matrix (or
 * dy) read in place as B, the forward's bias added by the gemm. The products
 * take a chunk of images at once ({@linkcode chunkOf}): their column
 * matrices side by side, `[K, G·HW]`, and dy (or y) laid out `[O, G·HW]` by
 * `blocks` copies, so that small images make one wide product per chunk
 * instead of a narrow one per image. Float64 data and problems below
 * `minWork` multiply-adds are declined (the caller runs the js loops).
 * @internal
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
  blocks(
    src: number,
    dst: number,
    rows: number,
    cols: number,
    len: number,
    srs: number,
    scs: number,
    drs: number,
    dcs: number,
  ): void;
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

/**
 * Floats of a chunk's column matrix the chunk size aims under: 256 KiB, half
 * of a Zen 3 core's L2. With 1 MiB the bench's conv (16×16 maps, 7 images a
 * chunk) ran 1.10–1.12× slower than one image at a time; at 256 KiB it takes
 * one image at a time (1.00×) and the small CNN's 4×4 maps still go 28 at a
 * time (bench/README.md).
 */
export const CHUNK_FLOATS = 1 << 16;

/**
 * Images per product: as many as keep the column matrix `[k, G·hw]` under
 * {@linkcode CHUNK_FLOATS} (at least one). Small images (the digits' 8×8,
 * 4×4 after a pool) then make one product of width G·hw instead of G
 * products of width hw, where the gemm's per-call and per-panel costs and
 * its loads and stores of C dominated.
 */
export function chunkOf(n: number, k: number, hw: number): number {
  return Math.max(1, Math.min(n, Math.floor(CHUNK_FLOATS / (k * hw))));
}

/** The sizes of one convolution (`core/conv_ops.ts`'s params) and what follows from them. */
function sizes(p: readonly number[]) {
  const [n, c, h, w, o, kh, kw, sh, sw, pt, pl, dh, dw, groups, ho, wo] = p;
  const cg = c / groups, og = o / groups, k = cg * kh * kw, hw = ho * wo;
  const trivial = kh === 1 && kw === 1 && sh === 1 && sw === 1 && pt === 0 && pl === 0 &&
    ho === h && wo === w;
  // images per product, and the column matrix's row: the chunk's columns and 4 floats that
  // take the spill of im2colPadded's last vector (see wasm/conv_kernels.ts)
  const chunk = chunkOf(n, k, hw);
  const ld = chunk * hw + 4;
  // im2col/col2im arguments after the two pointers
  const geometry = [cg, h, w, kh, kw, sh, sw, pt, pl, dh, dw, ho, wo, ld];
  // stride 1 along the width: the planes zero padded to [hp, wp], then whole-row copies
  const hp = (ho - 1) * sh + (kh - 1) * dh + 1, wp = wo + (kw - 1) * dw;
  const padded = sw === 1 ? cg * hp * wp : 0;
  const padGeometry = [cg, h, w, pt, pl, hp, wp];
  const rowGeometry = [cg, hp, wp, kh, kw, sh, dh, dw, ho, wo, ld];
  return {
    chunk,
    ld,
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
 * The column matrix of the channel block at byte offset `xo` into `col` (its
 * rows `z.ld` floats apart): at width stride 1 through the zero-padded planes
 * at `xp` (`pad`, then `im2colPadded`, which needs 16 bytes past each row),
 * else `im2col`; a 1×1 convolution's columns are the planes themselves.
 */
function gather(e: ConvExports, z: Sizes, xo: number, xp: number, col: number): void {
  if (z.trivial) return e.blocks(xo, col, z.cg, 1, z.hw, z.hw, 0, z.ld, 0);
  if (z.padded === 0) return e.im2col(xo, col, ...z.geometry);
  e.pad(xo, xp, ...z.padGeometry);
  e.im2colPadded(xp, col, ...z.rowGeometry);
}

/**
 * The column matrix at `col` (rows `z.ld` floats apart) added back into the
 * channel block at `xo` (zeroed before: its elements no window reaches stay
 * 0): at width stride 1 through the padded planes at `xp` (`col2imPadded`,
 * then `unpad`), else `col2im`; a 1×1 convolution's columns are copied.
 */
function scatter(e: ConvExports, z: Sizes, col: number, xp: number, xo: number): void {
  if (z.trivial) return e.blocks(col, xo, z.cg, 1, z.hw, z.ld, 0, z.hw, 0);
  if (z.padded === 0) return e.col2im(col, xo, ...z.geometry);
  e.col2imPadded(col, xp, ...z.rowGeometry);
  e.unpad(xp, xo, ...z.padGeometry);
}

/**
 * `[g, O, hw]` at `from` (group q's og channels of g images, starting at its
 * first) to `[og, g·hw]` at `to` (`back`: the other way).
 */
function regroup(e: ConvExports, z: Sizes, from: number, to: number, g: number, back = false) {
  if (back) e.blocks(from, to, z.og, g, z.hw, g * z.hw, z.hw, z.hw, z.o * z.hw);
  else e.blocks(from, to, z.og, g, z.hw, z.hw, z.o * z.hw, g * z.hw, z.hw);
}

function f32(...ds: Data[]): boolean {
  for (const d of ds) if (!(d instanceof Float32Array)) return false;
  return true;
}

/** Floats of `rows` rows of `k` each packed by `packA` (whole slivers, zero padded). */
export function packedA(rows: number, k: number): number {
  return Math.ceil(rows / WASM_GEMM_ROWS) * WASM_GEMM_ROWS * k;
}

/** `y = W·im2col(x) (+ bias)` per chunk of images and group. */
function forward(s: ConvScratch, minWork: number): Kernel {
  return ([x, wt, bias], [y], params) => {
    const z = sizes(params);
    if (!f32(x, wt, bias, y) || z.n * z.o * z.hw * z.k < minWork) return false;
    const wq = packedA(z.og, z.k), cols = z.chunk * z.hw;
    const [offX, offW, offQ, offXp, offCol, offT, offY, offB, total] = layout(
      x,
      wt,
      z.groups * wq,
      z.padded,
      z.k * z.ld + 8,
      z.og * cols,
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
    for (let n0 = 0; n0 < z.n; n0 += z.chunk) {
      const g = Math.min(z.chunk, z.n - n0);
      for (let q = 0; q < z.groups; q++) {
        for (let i = 0; i < g; i++) {
          const xo = offX + ((n0 + i) * z.c + q * z.cg) * z.h * z.w * 4;
          gather(e, z, xo, offXp, offCol + i * z.hw * 4);
        }
        const bq = offB + q * z.og * 4;
        e.gemm(
          offQ + q * wq * 4,
          offCol,
          offT,
          z.og,
          z.k,
          g * z.hw,
          flags,
          bq,
          g * z.hw,
          z.ld * 4,
          s.splat(),
        );
        regroup(e, z, offT, offY + (n0 * z.o + q * z.og) * z.hw * 4, g, true);
      }
    }
    y.set(f.subarray(offY >> 2, (offY >> 2) + y.length));
    return true;
  };
}

/** `dx = col2im(Wᵀ·dy)` per chunk of images and group. */
function backwardInput(s: ConvScratch, minWork: number): Kernel {
  return ([dy, wt], [dx], params) => {
    const z = sizes(params);
    if (!f32(dy, wt, dx) || z.n * z.o * z.hw * z.k < minWork) return false;
    const wq = packedA(z.k, z.og), cols = z.chunk * z.hw;
    const [offDy, offW, offQ, offD, offXp, offCol, offDx, total] = layout(
      dy,
      wt,
      z.groups * wq,
      z.og * cols + 8,
      z.padded,
      z.k * z.ld,
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
    for (let n0 = 0; n0 < z.n; n0 += z.chunk) {
      const g = Math.min(z.chunk, z.n - n0);
      for (let q = 0; q < z.groups; q++) {
        regroup(e, z, offDy + (n0 * z.o + q * z.og) * z.hw * 4, offD, g);
        e.gemm(
          offQ + q * wq * 4,
          offD,
          offCol,
          z.k,
          z.og,
          g * z.hw,
          0,
          0,
          z.ld,
          g * z.hw * 4,
          s.splat(),
        );
        for (let i = 0; i < g; i++) {
          const xo = offDx + ((n0 + i) * z.c + q * z.cg) * z.h * z.w * 4;
          scatter(e, z, offCol + i * z.hw * 4, offXp, xo);
        }
      }
    }
    dx.set(f.subarray(offDx >> 2, (offDx >> 2) + dx.length));
    return true;
  };
}

/**
 * `dWᵀ = Σ_chunks im2col(x)·dyᵀ` per group (A the chunk's column matrix, B
 * its dy laid out `[og, g·hw]`, packed transposed), then transposed into
 * `dw`; `db = Σ dy`.
 */
function backwardWeight(s: ConvScratch, minWork: number): Kernel {
  return ([dy, x], [dw, db], params) => {
    const z = sizes(params);
    if (!f32(dy, x, dw, db) || z.n * z.o * z.hw * z.k < minWork) return false;
    const cols = z.chunk * z.hw;
    const [offX, offDy, offXp, offCol, offD, offQ, offP, offT, total] = layout(
      x,
      dy,
      z.padded,
      z.k * z.ld + 8,
      z.og * cols,
      packedA(z.k, cols),
      cols * ((z.og + 7) & ~7),
      dw.length,
    );
    const f = s.ensure(total), e = s.x;
    f.set(x, offX >> 2);
    f.set(dy, offDy >> 2);
    for (let n0 = 0; n0 < z.n; n0 += z.chunk) {
      const g = Math.min(z.chunk, z.n - n0);
      for (let q = 0; q < z.groups; q++) {
        for (let i = 0; i < g; i++) {
          const xo = offX + ((n0 + i) * z.c + q * z.cg) * z.h * z.w * 4;
          gather(e, z, xo, offXp, offCol + i * z.hw * 4);
        }
        regroup(e, z, offDy + (n0 * z.o + q * z.og) * z.hw * 4, offD, g);
        e.packA(offCol, z.ld * 4, 4, offQ, z.k, g * z.hw);
        e.packB(offD, offP, g * z.hw, z.og, 1, 0);
        const t = offT + q * z.k * z.og * 4;
        e.gemm(offQ, offP, t, z.k, g * z.hw, z.og, n0 === 0 ? 0 : 1, 0, z.og, 0, s.splat());
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
