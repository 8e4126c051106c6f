/**
 * Reductions over axes: sum, mean, max, and the stable softmax and log-softmax.
 *
 * @module
 */

import { type Data, getBackend } from "./backend.ts";
import { fmtShape, RectifyError } from "./errors.ts";
import { expandInto, normAxis, sameShape, sizeOf } from "./shape.ts";
import { alloc, allocEmpty } from "./storage.ts";
import { _record } from "./autograd.ts";
import { Tensor } from "./tensor.ts";
import { requireTensor } from "./_check.ts";
import { binaryRaw, unaryRaw } from "./ops.ts";

/** Sum a broadcast gradient back down to `shape`. @internal */
export function sumToShape(g: Tensor, shape: readonly number[]): Tensor {
  if (sameShape(g.shape, shape)) return g;
  const nd = g.ndim;
  const lead = nd - shape.length;
  const axes: number[] = [];
  for (let i = 0; i < nd; i++) {
    if (i < lead || (shape[i - lead] === 1 && g.shape[i] !== 1)) axes.push(i);
  }
  const r = axes.length ? sumRaw(g, axes, true) : g;
  return new Tensor(r.storage, shape);
}

function reduceAxes(x: Tensor, axis: number | readonly number[] | undefined, op: string): number[] {
  if (axis === undefined) return [...Array(x.ndim).keys()];
  const list = typeof axis === "number" ? [axis] : [...axis];
  const norm = list.map((a) => normAxis(a, x.ndim, op, x.shape));
  return [...new Set(norm)].sort((a, b) => a - b);
}

/** @internal */
export function sumRaw(x: Tensor, axes: readonly number[], keepdims: boolean): Tensor {
  let cur: Data = x.storage;
  let shape = [...x.shape];
  const be = getBackend();
  for (const ax of axes) {
    const outer = sizeOf(shape, 0, ax);
    const len = shape[ax];
    const inner = sizeOf(shape, ax + 1);
    const out = allocEmpty(x.dtype, outer * inner, "tensor");
    be.sumAxis(cur, out, outer, len, inner);
    cur = out;
    shape[ax] = 1;
  }
  if (axes.length === 0) {
    cur = cur === x.storage
      ? (x.dtype === "float64" ? new Float64Array(x.data) : new Float32Array(x.data))
      : cur;
  }
  if (!keepdims) shape = shape.filter((_, i) => !axes.includes(i));
  return new Tensor(cur, shape);
}

/** @internal */
export function expandRaw(g: Tensor, shape: readonly number[]): Tensor {
  const out = alloc(g.dtype, sizeOf(shape));
  expandInto(g.data, g.shape, shape, out);
  return new Tensor(out, shape);
}

/** `d[i] *= k` in place (the array read once: `Tensor.data` is a getter). */
function scaleData(d: Data, k: number): void {
  for (let i = 0; i < d.length; i++) d[i] *= k;
}

function keptShape(shape: readonly number[], axes: readonly number[]): number[] {
  return shape.map((d, i) => (axes.includes(i) ? 1 : d));
}

/**
 * Sum over axes (all by default), optionally keeping reduced axes as size 1.
 *
 * @example
 * ```ts
 * import { sum, tensor } from "@rectify/core";
 * console.log(sum(tensor([[1, 2], [3, 4]]), 1).toArray()); // [3, 7]
 * ```
 */
export function sum(x: Tensor, axis?: number | readonly number[], keepdims = false): Tensor {
  requireTensor(x, "sum");
  const axes = reduceAxes(x, axis, "sum");
  const out = sumRaw(x, axes, keepdims);
  return _record(
    "sum",
    [x],
    out,
    (g) => expandRaw(new Tensor(g.data, keptShape(x.shape, axes)), x.shape),
  );
}

/**
 * Mean over axes (all by default).
 *
 * @example
 * ```ts
 * import { mean, tensor } from "@rectify/core";
 * console.log(mean(tensor([1, 2, 3])).item()); // 2
 * ```
 */
export function mean(x: Tensor, axis?: number | readonly number[], keepdims = false): Tensor {
  requireTensor(x, "mean");
  const axes = reduceAxes(x, axis, "mean");
  let count = 1;
  for (const a of axes) count *= x.shape[a];
  const s = sumRaw(x, axes, keepdims);
  const inv = 1 / count;
  scaleData(s.data, inv);
  return _record("mean", [x], s, (g) => {
    const e = expandRaw(new Tensor(g.data, keptShape(x.shape, axes)), x.shape);
    scaleData(e.data, inv);
    return e;
  });
}

/**
 * Max over one axis (all elements by default); the gradient goes to the first maximum.
 *
 * @example
 * ```ts
 * import { max, tensor } from "@rectify/core";
 * console.log(max(tensor([[1, 5], [7, 2]]), 1).toArray()); // [5, 7]
 * ```
 */
export function max(x: Tensor, axis?: number, keepdims = false): Tensor {
  requireTensor(x, "max");
  const src = axis === undefined ? new Tensor(x.data, [x.size]) : x;
  const ax = axis === undefined ? 0 : normAxis(axis, x.ndim, "max", x.shape);
  if (src.shape[ax] === 0) {
    throw new RectifyError(
      "shape",
      `max: cannot reduce an empty axis of shape ${fmtShape(x.shape)}`,
    );
  }
  const outer = sizeOf(src.shape, 0, ax);
  const len = src.shape[ax];
  const inner = sizeOf(src.shape, ax + 1);
  const out = allocEmpty(x.dtype, outer * inner, "tensor");
  const arg = new Int32Array(outer * inner);
  getBackend().maxAxis(src.data, out, arg, outer, len, inner);
  let shape: number[];
  if (axis === undefined) shape = keepdims ? x.shape.map(() => 1) : [];
  else shape = keepdims ? keptShape(x.shape, [ax]) : x.shape.filter((_, i) => i !== ax);
  return _record("max", [x], new Tensor(out, shape), (g) => {
    const gx = alloc(g.dtype, x.size);
    for (let o = 0; o < outer; o++) {
      for (let i = 0; i < inner; i++) {
        const j = o * inner + i;
        gx[(o * len + arg[j]) * inner + i] = g.data[j];
      }
    }
    return new Tensor(gx, x.shape);
  });
}

/** @internal */
export function softmaxRaw(x: Tensor, ax: number, logOut: boolean): Tensor {
  const outer = sizeOf(x.shape, 0, ax);
  const len = x.shape[ax];
  const inner = sizeOf(x.shape, ax + 1);
  const src = x.data;
  const out = alloc(x.dtype, x.size);
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      const base = o * len * inner + i;
      let m = -Infinity;
      for (let l = 0; l < len; l++) {
        const v = src[base + l * inner];
        if (v > m) m = v;
      }
      let s = 0;
      for (let l = 0; l < len; l++) s += Math.exp(src[base + l * inner] - m);
      if (logOut) {
        const ls = Math.log(s);
        for (let l = 0; l < len; l++) out[base + l * inner] = src[base + l * inner] - m - ls;
      } else {
        for (let l = 0; l < len; l++) {
          out[base + l * inner] = Math.exp(src[base + l * inner] - m) / s;
        }
      }
    }
  }
  return new Tensor(out, x.shape);
}

/**
 * Softmax along an axis, computed as `exp(x − max) / Σ exp(x − max)` so it is
 * stable for large inputs. Derivative: `y ⊙ (g − Σ g ⊙ y)`.
 *
 * @example
 * ```ts
 * import { softmax, tensor } from "@rectify/core";
 * console.log(softmax(tensor([0, 0])).toArray()); // [0.5, 0.5]
 * ```
 */
export function softmax(x: Tensor, axis = -1): Tensor {
  requireTensor(x, "softmax");
  const ax = normAxis(axis, x.ndim, "softmax", x.shape);
  const y = softmaxRaw(x, ax, false);
  return _record("softmax", [x], y, (g) => {
    const gy = binaryRaw("mul", g, y, "softmax");
    const s = sumRaw(gy, [ax], true);
    return binaryRaw("sub", gy, binaryRaw("mul", y, s, "softmax"), "softmax");
  }, [y]);
}

/**
 * Log-softmax along an axis: `x − max − ln Σ exp(x − max)`.
 * Derivative: `g − softmax(x) ⊙ Σ g`.
 *
 * @example
 * ```ts
 * import { logSoftmax, tensor } from "@rectify/core";
 * console.log(logSoftmax(tensor([0, 0])).toArray()); // [-0.693..., -0.693...]
 * ```
 */
export function logSoftmax(x: Tensor, axis = -1): Tensor {
  requireTensor(x, "logSoftmax");
  const ax = normAxis(axis, x.ndim, "logSoftmax", x.shape);
  const y = softmaxRaw(x, ax, true);
  return _record("logSoftmax", [x], y, (g) => {
    const s = sumRaw(g, [ax], true);
    const p = unaryRaw("exp", y);
    return binaryRaw("sub", g, binaryRaw("mul", p, s, "logSoftmax"), "logSoftmax");
  }, [y]);
}
