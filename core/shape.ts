/**
 * Shape arithmetic: sizes, broadcasting, axis normalisation. @internal
 *
 * @module
 */

import type { Data } from "./backend.ts";
import { fmtShape, RectifyError } from "./errors.ts";

/** Number of elements of a shape. */
export function sizeOf(shape: readonly number[]): number {
  // indexed loops here and in checkShape: both run for every tensor made, and
  // `for...of` allocates an iterator until the optimising tier removes it
  let n = 1;
  for (let i = 0; i < shape.length; i++) n *= shape[i];
  return n;
}

/** Validate a user-given shape and return a copy. */
export function checkShape(shape: readonly number[], what: string): number[] {
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
  return shape.slice();
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
  const core = shape.slice(lead);
  const suffix = outShape.slice(outShape.length - core.length);
  if (core.every((d, i) => d === suffix[i])) {
    const m = src.length;
    for (let off = 0; off < n; off += m) out.set(src, off);
    return;
  }
  const nd = outShape.length;
  const srcStrides = new Array<number>(nd).fill(0);
  const st = stridesOf(shape);
  for (let i = 0; i < shape.length; i++) {
    const oi = nd - shape.length + i;
    srcStrides[oi] = shape[i] === 1 ? 0 : st[i];
  }
  const idx = new Array<number>(nd).fill(0);
  let si = 0;
  for (let i = 0; i < n; i++) {
    out[i] = src[si];
    for (let d = nd - 1; d >= 0; d--) {
      idx[d]++;
      si += srcStrides[d];
      if (idx[d] < outShape[d]) break;
      si -= srcStrides[d] * idx[d];
      idx[d] = 0;
    }
  }
}

/** Shapes equal element by element. */
export function sameShape(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
