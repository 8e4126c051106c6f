/**
 * Shape ops: permute, transpose, reshape, concat, slice and split. They move elements and
 * route gradients back; no arithmetic.
 *
 * @module
 */

import { fmtShape, RectifyError } from "./errors.ts";
import { normAxis, sizeOf, stridesOf } from "./shape.ts";
import { alloc } from "./storage.ts";
import { _record } from "./autograd.ts";
import { type DType, Tensor } from "./tensor.ts";
import { describe, requireTensor } from "./_check.ts";

/** @internal */
export function permuteRaw(x: Tensor, axes: readonly number[]): Tensor {
  const nd = x.ndim;
  const outShape = axes.map((a) => x.shape[a]);
  const st = stridesOf(x.shape);
  const pst = axes.map((a) => st[a]);
  const out = alloc(x.dtype, x.size);
  const idx = new Array<number>(nd).fill(0);
  let si = 0;
  const src = x.data;
  for (let i = 0; i < out.length; i++) {
    out[i] = src[si];
    for (let d = nd - 1; d >= 0; d--) {
      idx[d]++;
      si += pst[d];
      if (idx[d] < outShape[d]) break;
      si -= pst[d] * idx[d];
      idx[d] = 0;
    }
  }
  return new Tensor(out, outShape);
}

/**
 * Reorder axes.
 *
 * @example
 * ```ts
 * import { permute, zeros } from "@rectify/core";
 * console.log(permute(zeros([2, 3, 4]), [2, 0, 1]).shape); // [4, 2, 3]
 * ```
 */
export function permute(x: Tensor, axes: readonly number[]): Tensor {
  requireTensor(x, "permute");
  const nd = x.ndim;
  const norm = axes.map((a) => normAxis(a, nd, "permute", x.shape));
  if (norm.length !== nd || new Set(norm).size !== nd) {
    throw new RectifyError(
      "shape",
      `permute: axes [${axes.join(", ")}] must be a permutation of ${nd} axes for shape ${
        fmtShape(x.shape)
      }`,
    );
  }
  const inv = new Array<number>(nd);
  norm.forEach((a, i) => (inv[a] = i));
  return _record("permute", [x], permuteRaw(x, norm), (g) => permuteRaw(g, inv));
}

/**
 * Swap two axes.
 *
 * @example
 * ```ts
 * import { transpose, zeros } from "@rectify/core";
 * console.log(transpose(zeros([2, 3])).shape); // [3, 2]
 * ```
 */
export function transpose(x: Tensor, axis0 = -2, axis1 = -1): Tensor {
  requireTensor(x, "transpose");
  const nd = x.ndim;
  const a0 = normAxis(axis0, nd, "transpose", x.shape);
  const a1 = normAxis(axis1, nd, "transpose", x.shape);
  const axes = [...Array(nd).keys()];
  axes[a0] = a1;
  axes[a1] = a0;
  return permute(x, axes);
}

/**
 * Same data with a new shape; one size may be -1.
 *
 * @example
 * ```ts
 * import { reshape, zeros } from "@rectify/core";
 * console.log(reshape(zeros([2, 3]), [-1]).shape); // [6]
 * ```
 */
export function reshape(x: Tensor, shape: readonly number[]): Tensor {
  requireTensor(x, "reshape");
  const s = [...shape];
  const neg = s.indexOf(-1);
  if (neg >= 0) {
    const rest = sizeOf(s.filter((_, i) => i !== neg));
    s[neg] = rest === 0 ? 0 : x.size / rest;
  }
  if (
    s.some((d) => !Number.isInteger(d) || d < 0) || sizeOf(s) !== x.size ||
    s.filter((d) => d === -1).length > 1
  ) {
    throw new RectifyError(
      "shape",
      `reshape: cannot reshape ${fmtShape(x.shape)} (${x.size} elements) to ${fmtShape(shape)}`,
    );
  }
  return _record("reshape", [x], new Tensor(x.storage, s), (g) => new Tensor(g.storage, x.shape));
}

/**
 * Concatenate along an existing axis.
 *
 * @example
 * ```ts
 * import { concat, ones } from "@rectify/core";
 * console.log(concat([ones([2, 1]), ones([2, 3])], 1).shape); // [2, 4]
 * ```
 */
export function concat(tensors: readonly Tensor[], axis = 0): Tensor {
  if (!Array.isArray(tensors as unknown)) {
    throw new RectifyError(
      "dtype",
      `concat: expected an array of Tensors, got ${describe(tensors)}`,
    );
  }
  if (tensors.length === 0) throw new RectifyError("shape", "concat: needs at least one tensor");
  tensors.forEach((t, i) => requireTensor(t, "concat", `tensors[${i}]`));
  const first = tensors[0];
  const ax = normAxis(axis, first.ndim, "concat", first.shape);
  let dtype: DType = "float32";
  for (const t of tensors) {
    if (t.dtype === "float64") dtype = "float64";
    if (t.ndim !== first.ndim || t.shape.some((d, i) => i !== ax && d !== first.shape[i])) {
      throw new RectifyError(
        "shape",
        `concat: shapes ${fmtShape(first.shape)} and ${
          fmtShape(t.shape)
        } differ outside axis ${axis}`,
      );
    }
  }
  const outer = sizeOf(first.shape, 0, ax);
  const inner = sizeOf(first.shape, ax + 1);
  const sizes = tensors.map((t) => t.shape[ax]);
  const total = sizes.reduce((p, c) => p + c, 0);
  const outShape = [...first.shape];
  outShape[ax] = total;
  const out = alloc(dtype, outer * total * inner);
  let off = 0;
  for (let k = 0; k < tensors.length; k++) {
    const src = tensors[k].data;
    const w = sizes[k] * inner;
    for (let o = 0; o < outer; o++) {
      const s = src.subarray(o * w, (o + 1) * w);
      out.set(s, o * total * inner + off);
    }
    off += w;
  }
  return _record(
    "concat",
    tensors,
    new Tensor(out, outShape),
    (g) =>
      splitRaw(g, sizes, ax).map((
        p,
        k,
      ) => (tensors[k].dtype === p.dtype ? p : castRaw(p, tensors[k].dtype))),
  );
}

/** @internal */
export function castRaw(t: Tensor, dtype: DType): Tensor {
  const d = alloc(dtype, t.size);
  d.set(t.data);
  return new Tensor(d, t.shape);
}

/** @internal */
export function splitRaw(x: Tensor, sizes: readonly number[], ax: number): Tensor[] {
  const outer = sizeOf(x.shape, 0, ax);
  const inner = sizeOf(x.shape, ax + 1);
  const total = x.shape[ax];
  const res: Tensor[] = [];
  let off = 0;
  for (const sz of sizes) {
    const shape = [...x.shape];
    shape[ax] = sz;
    const out = alloc(x.dtype, outer * sz * inner);
    const w = sz * inner;
    for (let o = 0; o < outer; o++) {
      const start = o * total * inner + off;
      out.set(x.data.subarray(start, start + w), o * w);
    }
    off += w;
    res.push(new Tensor(out, shape));
  }
  return res;
}

/**
 * Elements `[start, end)` along an axis (negative indices count from the end).
 *
 * @example
 * ```ts
 * import { slice, tensor } from "@rectify/core";
 * console.log(slice(tensor([1, 2, 3, 4]), 0, 1, 3).toArray()); // [2, 3]
 * ```
 */
export function slice(x: Tensor, axis: number, start: number, end?: number): Tensor {
  requireTensor(x, "slice");
  const ax = normAxis(axis, x.ndim, "slice", x.shape);
  const len = x.shape[ax];
  let s = start < 0 ? start + len : start;
  let e = end === undefined ? len : end < 0 ? end + len : end;
  s = Math.max(0, Math.min(len, s));
  e = Math.max(s, Math.min(len, e));
  if (!Number.isInteger(s) || !Number.isInteger(e)) {
    throw new RectifyError("shape", `slice: start and end must be integers, got ${start}, ${end}`);
  }
  const parts = splitRaw(x, [s, e - s, len - e], ax);
  return _record("slice", [x], parts[1], (g) => {
    const z0 = [...x.shape], z2 = [...x.shape];
    z0[ax] = s;
    z2[ax] = len - e;
    return concatRaw([
      new Tensor(alloc(g.dtype, sizeOf(z0)), z0),
      g,
      new Tensor(alloc(g.dtype, sizeOf(z2)), z2),
    ], ax);
  });
}

/** @internal */
export function concatRaw(ts: Tensor[], ax: number): Tensor {
  // backward rules run with grad mode off, so this records nothing
  return concat(ts, ax);
}

/**
 * Split along an axis into pieces of the given sizes, or into n equal pieces.
 *
 * @example
 * ```ts
 * import { split, zeros } from "@rectify/core";
 * const [a, b] = split(zeros([4, 2]), [1, 3], 0);
 * console.log(a.shape, b.shape); // [1, 2] [3, 2]
 * ```
 */
export function split(x: Tensor, sizes: number | readonly number[], axis = 0): Tensor[] {
  requireTensor(x, "split");
  const ax = normAxis(axis, x.ndim, "split", x.shape);
  const len = x.shape[ax];
  let list: number[];
  if (typeof sizes === "number") {
    if (!Number.isInteger(sizes) || sizes <= 0 || len % sizes !== 0) {
      throw new RectifyError(
        "shape",
        `split: cannot split size ${len} of shape ${fmtShape(x.shape)} into ${sizes} equal pieces`,
      );
    }
    list = new Array(sizes).fill(len / sizes);
  } else {
    list = [...sizes];
    if (
      list.reduce((p, c) => p + c, 0) !== len || list.some((d) => !Number.isInteger(d) || d < 0)
    ) {
      throw new RectifyError(
        "shape",
        `split: sizes [${list.join(", ")}] must add up to ${len} (axis ${axis} of ${
          fmtShape(x.shape)
        })`,
      );
    }
  }
  const out: Tensor[] = [];
  let off = 0;
  for (const sz of list) {
    out.push(slice(x, ax, off, off + sz));
    off += sz;
  }
  return out;
}
