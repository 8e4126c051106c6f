/**
 * Shape arithmetic: sizes, broadcasting, axis normalisation. @internal
 *
 * @module
 */

import type { Data } from "./backend.ts";
import { fmtShape, RectifyError } from "./errors.ts";

/** Number of elements of a shape, or of its dimensions `[start, end)`. */
export function sizeOf(shape: readonly number[], start = 0, end = shape.length): number {
  // indexed loops here and in checkShape: both run for every tensor made, and
  // `for...of` allocates an iterator until the optimising tier removes it
  let n = 1;
  for (let i = start; i < end; i++) n *= shape[i];
  return n;
}

/** Validate a user-given shape and return a copy. */
export function checkShape(shape: readonly number[], what: string): number[] {
  validate(shape, what);
  return sliceShape(shape);
}

/**
 * Validate a shape and return it frozen: the array itself when it is frozen
 * already (another tensor's shape: it cannot change, so tensors share it),
 * else a frozen copy. A copy and a freeze cost more than the rest of making
 * a tensor (`bench/shape_bench.ts`), and most tensors take an existing
 * tensor's shape.
 */
export function frozenShape(shape: readonly number[], what: string): readonly number[] {
  validate(shape, what);
  return Object.isFrozen(shape) ? shape : Object.freeze(sliceShape(shape));
}

/** Throw unless `shape` is an array of non-negative integer sizes with at most MAX_ELEMENTS elements. */
function validate(shape: readonly number[], what: string): void {
  if (!Array.isArray(shape)) {
    throw new RectifyError("shape", `${what}: shape must be an array of sizes, got ${shape}`);
  }
  for (let i = 0; i < shape.length; i++) {
    const d = shape[i];
    if (!Number.isInteger(d) || d < 0) {
      throw new RectifyError(
        "shape",
        `${what}: shape ${fmtShape(shape)} must hold non-negative integers, got ${d}`,
      );
    }
  }
  const n = sizeOf(shape);
  if (n > MAX_ELEMENTS) {
    throw new RectifyError(
      "shape",
      `${what}: shape ${
        fmtShape(shape)
      } has ${n} elements, more than the ${MAX_ELEMENTS} a tensor can hold`,
    );
  }
}

/**
 * Dimensions `[start, end)` of a shape as a plain array (`start`, `end` ≥ 0;
 * an `end` below `start` gives `[]`). Tensors' shapes are frozen, and V8's
 * `Array.prototype.slice` takes a slow runtime path on frozen arrays
 * (`bench/shape_bench.ts`: 450 ns against 38 ns for this loop on a 2-dimensional
 * shape): every tensor made from another's shape went through it.
 */
export function sliceShape(shape: readonly number[], start = 0, end = shape.length): number[] {
  const n = end - start;
  if (n <= 0) return [];
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = shape[start + i];
  return out;
}

/** The most elements one tensor may hold (2^31 − 1). */
export const MAX_ELEMENTS = 2147483647;

/** NumPy broadcasting of two shapes; throws naming the op and both shapes. */
export function broadcastShapes(
  a: readonly number[],
  b: readonly number[],
  op: string,
): number[] {
  const n = Math.max(a.length, b.length);
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const da = a[a.length - n + i] ?? 1;
    const db = b[b.length - n + i] ?? 1;
    if (da !== db && da !== 1 && db !== 1) {
      throw new RectifyError(
        "shape",
        `${op}: cannot broadcast shapes ${fmtShape(a)} and ${
          fmtShape(b)
        } (dimension ${i}: ${da} vs ${db})`,
      );
    }
    out[i] = da === 1 ? db : da;
  }
  return out;
}

/** Normalise a possibly negative axis; throws naming the shape. */
export function normAxis(axis: number, ndim: number, op: string, shape: readonly number[]): number {
  if (!Number.isInteger(axis) || axis < -ndim || axis >= ndim) {
    throw new RectifyError(
      "shape",
      `${op}: axis ${axis} is out of range for a tensor of shape ${
        fmtShape(shape)
      } (expected an integer in [${-ndim}, ${ndim - 1}])`,
    );
  }
  return axis < 0 ? axis + ndim : axis;
}

/** Row-major strides of a shape. */
export function stridesOf(shape: readonly number[]): number[] {
  const s = new Array<number>(shape.length);
  let acc = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    s[i] = acc;
    acc *= shape[i];
  }
  return s;
}

/**
 * Copy `src` of shape `shape` broadcast to `outShape` into `out`.
 * Fast paths: equal shapes, scalars and trailing-row broadcasts (bias adds).
 */
export function expandInto(
  src: Data,
  shape: readonly number[],
  outShape: readonly number[],
  out: Data,
): void {
  const n = out.length;
  if (src.length === n) {
    out.set(src);
    return;
  }
  if (src.length === 1) {
    out.fill(src[0]);
    return;
  }
  // trailing-row broadcast: shape (after dropping leading 1s) equals the suffix of outShape
  let lead = 0;
  while (lead < shape.length && shape[lead] === 1) lead++;
  const core = sliceShape(shape, lead);
  const suffix = sliceShape(outShape, outShape.length - core.length);
  if (core.every((d, i) => d === suffix[i])) {
    const m = src.length;
    for (let off = 0; off < n; off += m) out.set(src, off);
    return;
  }
  // general case: the dimensions merged into alternating blocks, each either kept (the
  // source has it) or broadcast (the source has 1), then copied block by block
  const nd = outShape.length, off = nd - shape.length;
  const sizes: number[] = [], kept: boolean[] = [];
  for (let d = 0; d < nd; d++) {
    const od = outShape[d];
    if (od === 1) continue;
    const k = d >= off && shape[d - off] !== 1;
    const last = sizes.length - 1;
    if (last >= 0 && kept[last] === k) sizes[last] *= od;
    else {
      sizes.push(od);
      kept.push(k);
    }
  }
  expandBlocks(src, out, sizes, kept, 0, 0, 0);
}

/** Copy block `b` on (see {@linkcode expandInto}): source from `si`, output from `oi`. */
function expandBlocks(
  src: Data,
  out: Data,
  sizes: readonly number[],
  kept: readonly boolean[],
  b: number,
  si: number,
  oi: number,
): void {
  const size = sizes[b];
  if (b === sizes.length - 1) {
    if (!kept[b]) out.fill(src[si], oi, oi + size);
    else for (let j = 0; j < size; j++) out[oi + j] = src[si + j];
    return;
  }
  let outStride = 1, srcStride = 1;
  for (let c = b + 1; c < sizes.length; c++) {
    outStride *= sizes[c];
    if (kept[c]) srcStride *= sizes[c];
  }
  for (let j = 0; j < size; j++) {
    expandBlocks(
      src,
      out,
      sizes,
      kept,
      b + 1,
      kept[b] ? si + j * srcStride : si,
      oi + j * outStride,
    );
  }
}

/** Shapes equal element by element. */
export function sameShape(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
