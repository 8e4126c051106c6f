/**
 * Differentiable primitive ops. Each builds its output with a kernel from the
 * current backend and records one backward rule keyed by its op name.
 *
 * @module
 */

import { type BinaryOp, type Data, getBackend, type UnaryOp } from "./backend.ts";
import { fmtShape, RectifyError } from "./errors.ts";
import { broadcastShapes, expandInto, normAxis, sameShape, sizeOf, stridesOf } from "./shape.ts";
import { alloc } from "./storage.ts";
import { _record, type BackwardRule, type DType, Tensor } from "./tensor.ts";
import { describe, requireTensor } from "./_check.ts";

/** An op operand: a tensor or a plain number (broadcast as a scalar). */
export type Operand = Tensor | number;

function resultDtype(a: Tensor, b: Tensor): DType {
  return a.dtype === "float64" || b.dtype === "float64" ? "float64" : "float32";
}

/** Wrap a number as a 0-d tensor of a dtype. @internal */
export function scalar(v: number, dtype: DType = "float32"): Tensor {
  const d = alloc(dtype, 1);
  d[0] = v;
  return new Tensor(d, []);
}

function asTensor(x: Operand, like: Tensor, op: string): Tensor {
  if (x instanceof Tensor) return x;
  if (typeof x !== "number") {
    throw new RectifyError("dtype", `${op}: expected a Tensor or a number, got ${describe(x)}`);
  }
  return scalar(x, like.dtype);
}

function dataAs(t: Tensor, dtype: DType): Data {
  if (t.dtype === dtype) return t.data;
  return dtype === "float64" ? new Float64Array(t.data) : new Float32Array(t.data);
}

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
  return new Tensor(r.data, shape);
}

function binaryRaw(op: BinaryOp, a: Tensor, b: Tensor, name: string): Tensor {
  const dtype = resultDtype(a, b);
  const outShape = broadcastShapes(a.shape, b.shape, name);
  const n = sizeOf(outShape);
  let ad = dataAs(a, dtype);
  let bd = dataAs(b, dtype);
  if (ad.length !== n) {
    const e = alloc(dtype, n);
    expandInto(ad, a.shape, outShape, e);
    ad = e;
  }
  if (bd.length !== n) {
    const e = alloc(dtype, n);
    expandInto(bd, b.shape, outShape, e);
    bd = e;
  }
  const out = alloc(dtype, n, "tensor");
  getBackend().binary(op, ad, bd, out);
  return new Tensor(out, outShape);
}

function unaryRaw(op: UnaryOp, x: Tensor): Tensor {
  const out = alloc(x.dtype, x.size, "tensor");
  getBackend().unary(op, x.data, out);
  return new Tensor(out, x.shape);
}

/**
 * Broadcasting addition.
 *
 * @example
 * ```ts
 * import { add, tensor } from "@rectify/core";
 * console.log(add(tensor([[1, 2]]), tensor([10])).toArray()); // [[11, 12]]
 * ```
 */
export function add(a: Operand, b: Operand): Tensor {
  const [x, y] = pair(a, b, "add");
  return _record("add", [x, y], binaryRaw("add", x, y, "add"), (g) => [
    sumToShape(g, x.shape),
    sumToShape(g, y.shape),
  ]);
}

/**
 * Broadcasting subtraction.
 *
 * @example
 * ```ts
 * import { sub, tensor } from "@rectify/core";
 * console.log(sub(tensor([3]), 1).toArray()); // [2]
 * ```
 */
export function sub(a: Operand, b: Operand): Tensor {
  const [x, y] = pair(a, b, "sub");
  return _record("sub", [x, y], binaryRaw("sub", x, y, "sub"), (g) => [
    sumToShape(g, x.shape),
    sumToShape(unaryRaw("neg", g), y.shape),
  ]);
}

/**
 * Broadcasting multiplication.
 *
 * @example
 * ```ts
 * import { mul, tensor } from "@rectify/core";
 * console.log(mul(tensor([2, 3]), 2).toArray()); // [4, 6]
 * ```
 */
export function mul(a: Operand, b: Operand): Tensor {
  const [x, y] = pair(a, b, "mul");
  return _record("mul", [x, y], binaryRaw("mul", x, y, "mul"), (g, ctx) => [
    ctx.needsInputGrad[0] ? sumToShape(binaryRaw("mul", g, y, "mul"), x.shape) : null,
    ctx.needsInputGrad[1] ? sumToShape(binaryRaw("mul", g, x, "mul"), y.shape) : null,
  ]);
}

/**
 * Broadcasting division.
 *
 * @example
 * ```ts
 * import { div, tensor } from "@rectify/core";
 * console.log(div(tensor([1, 2]), 2).toArray()); // [0.5, 1]
 * ```
 */
export function div(a: Operand, b: Operand): Tensor {
  const [x, y] = pair(a, b, "div");
  return _record("div", [x, y], binaryRaw("div", x, y, "div"), (g, ctx) => {
    const gx = binaryRaw("div", g, y, "div");
    return [
      ctx.needsInputGrad[0] ? sumToShape(gx, x.shape) : null,
      ctx.needsInputGrad[1]
        ? sumToShape(
          unaryRaw("neg", binaryRaw("mul", gx, binaryRaw("div", x, y, "div"), "div")),
          y.shape,
        )
        : null,
    ];
  });
}

/**
 * Broadcasting power `a ** b`. The gradient for `b` uses `ln a` and is only
 * defined for `a > 0`.
 *
 * @example
 * ```ts
 * import { pow, tensor } from "@rectify/core";
 * console.log(pow(tensor([2, 3]), 2).toArray()); // [4, 9]
 * ```
 */
export function pow(a: Operand, b: Operand): Tensor {
  const [x, y] = pair(a, b, "pow");
  const out = binaryRaw("pow", x, y, "pow");
  return _record("pow", [x, y], out, (g, ctx) => {
    let gx: Tensor | null = null;
    let gy: Tensor | null = null;
    if (ctx.needsInputGrad[0]) {
      // d/dx x^y = y * x^(y-1)
      const ym1 = binaryRaw("sub", y, scalar(1, y.dtype), "pow");
      const d = binaryRaw("mul", y, binaryRaw("pow", x, ym1, "pow"), "pow");
      gx = sumToShape(binaryRaw("mul", g, d, "pow"), x.shape);
    }
    if (ctx.needsInputGrad[1]) {
      const d = binaryRaw("mul", out, unaryRaw("log", x), "pow");
      gy = sumToShape(binaryRaw("mul", g, d, "pow"), y.shape);
    }
    return [gx, gy];
  });
}

function pair(a: Operand, b: Operand, op: string): [Tensor, Tensor] {
  if (a instanceof Tensor) return [a, asTensor(b, a, op)];
  if (b instanceof Tensor) return [asTensor(a, b, op), b];
  const x = asTensor(a, scalar(0), op);
  return [x, asTensor(b, x, op)];
}

/**
 * Negation.
 *
 * @example
 * ```ts
 * import { neg, tensor } from "@rectify/core";
 * console.log(neg(tensor([1, -2])).toArray()); // [-1, 2]
 * ```
 */
export function neg(x: Tensor): Tensor {
  requireTensor(x, "neg");
  return _record("neg", [x], unaryRaw("neg", x), (g) => unaryRaw("neg", g));
}

/**
 * Exponential.
 *
 * @example
 * ```ts
 * import { exp, tensor } from "@rectify/core";
 * console.log(exp(tensor([0])).toArray()); // [1]
 * ```
 */
export function exp(x: Tensor): Tensor {
  requireTensor(x, "exp");
  const out = unaryRaw("exp", x);
  return _record("exp", [x], out, (g) => binaryRaw("mul", g, out, "exp"));
}

/**
 * Natural logarithm.
 *
 * @example
 * ```ts
 * import { log, tensor } from "@rectify/core";
 * console.log(log(tensor([1])).toArray()); // [0]
 * ```
 */
export function log(x: Tensor): Tensor {
  requireTensor(x, "log");
  return _record("log", [x], unaryRaw("log", x), (g) => binaryRaw("div", g, x, "log"));
}

/**
 * Square root.
 *
 * @example
 * ```ts
 * import { sqrt, tensor } from "@rectify/core";
 * console.log(sqrt(tensor([4])).toArray()); // [2]
 * ```
 */
export function sqrt(x: Tensor): Tensor {
  requireTensor(x, "sqrt");
  const out = unaryRaw("sqrt", x);
  return _record(
    "sqrt",
    [x],
    out,
    (g) => binaryRaw("div", g, binaryRaw("mul", out, scalar(2, out.dtype), "sqrt"), "sqrt"),
  );
}

/**
 * Absolute value; the gradient at 0 is 0.
 *
 * @example
 * ```ts
 * import { abs, tensor } from "@rectify/core";
 * console.log(abs(tensor([-2])).toArray()); // [2]
 * ```
 */
export function abs(x: Tensor): Tensor {
  requireTensor(x, "abs");
  return _record(
    "abs",
    [x],
    unaryRaw("abs", x),
    (g) => binaryRaw("mul", g, unaryRaw("sign", x), "abs"),
  );
}

/**
 * Sign (-1, 0, 1); its gradient is 0 everywhere.
 *
 * @example
 * ```ts
 * import { sign, tensor } from "@rectify/core";
 * console.log(sign(tensor([-2, 0, 3])).toArray()); // [-1, 0, 1]
 * ```
 */
export function sign(x: Tensor): Tensor {
  requireTensor(x, "sign");
  return _record(
    "sign",
    [x],
    unaryRaw("sign", x),
    (g) => new Tensor(alloc(g.dtype, g.size), g.shape),
  );
}

/**
 * Element-wise maximum; on ties the gradient goes to `a`.
 *
 * @example
 * ```ts
 * import { maximum, tensor } from "@rectify/core";
 * console.log(maximum(tensor([1, 5]), 3).toArray()); // [3, 5]
 * ```
 */
export function maximum(a: Operand, b: Operand): Tensor {
  const [x, y] = pair(a, b, "maximum");
  return selectOp("maximum", x, y, "ge");
}

/**
 * Element-wise minimum; on ties the gradient goes to `a`.
 *
 * @example
 * ```ts
 * import { minimum, tensor } from "@rectify/core";
 * console.log(minimum(tensor([1, 5]), 3).toArray()); // [1, 3]
 * ```
 */
export function minimum(a: Operand, b: Operand): Tensor {
  const [x, y] = pair(a, b, "minimum");
  return selectOp("minimum", x, y, "le");
}

function selectOp(name: "maximum" | "minimum", x: Tensor, y: Tensor, cmp: "ge" | "le"): Tensor {
  const out = binaryRaw(name, x, y, name);
  return _record(name, [x, y], out, (g) => {
    const m = compareRaw(cmp, x, y, name);
    const gx = binaryRaw("mul", g, m, name);
    const gy = binaryRaw("sub", g, gx, name);
    return [sumToShape(gx, x.shape), sumToShape(gy, y.shape)];
  });
}

/** Comparison kinds of {@linkcode compare}. */
export type CompareOp = "gt" | "ge" | "lt" | "le" | "eq" | "ne";

function compareRaw(op: CompareOp, a: Tensor, b: Tensor, name: string): Tensor {
  const dtype = resultDtype(a, b);
  const outShape = broadcastShapes(a.shape, b.shape, name);
  const n = sizeOf(outShape);
  const ad = alloc(dtype, n);
  const bd = alloc(dtype, n);
  expandInto(dataAs(a, dtype), a.shape, outShape, ad);
  expandInto(dataAs(b, dtype), b.shape, outShape, bd);
  const out = alloc(dtype, n);
  switch (op) {
    case "gt":
      for (let i = 0; i < n; i++) out[i] = ad[i] > bd[i] ? 1 : 0;
      break;
    case "ge":
      for (let i = 0; i < n; i++) out[i] = ad[i] >= bd[i] ? 1 : 0;
      break;
    case "lt":
      for (let i = 0; i < n; i++) out[i] = ad[i] < bd[i] ? 1 : 0;
      break;
    case "le":
      for (let i = 0; i < n; i++) out[i] = ad[i] <= bd[i] ? 1 : 0;
      break;
    case "eq":
      for (let i = 0; i < n; i++) out[i] = ad[i] === bd[i] ? 1 : 0;
      break;
    case "ne":
      for (let i = 0; i < n; i++) out[i] = ad[i] !== bd[i] ? 1 : 0;
      break;
  }
  return new Tensor(out, outShape);
}

/**
 * Comparison mask (1 where true, 0 elsewhere); not differentiable.
 *
 * @example
 * ```ts
 * import { compare, tensor } from "@rectify/core";
 * console.log(compare("gt", tensor([1, 2, 3]), 2).toArray()); // [0, 0, 1]
 * ```
 */
export function compare(op: CompareOp, a: Operand, b: Operand): Tensor {
  const [x, y] = pair(a, b, op);
  return compareRaw(op, x, y, op);
}

/**
 * `cond ? a : b` element-wise with broadcasting; `cond` is a mask (non-zero = true).
 *
 * @example
 * ```ts
 * import { tensor, where } from "@rectify/core";
 * console.log(where(tensor([1, 0]), tensor([1, 2]), tensor([9, 9])).toArray()); // [1, 9]
 * ```
 */
export function where(cond: Tensor, a: Operand, b: Operand): Tensor {
  requireTensor(cond, "where", "cond");
  const [x, y] = pair(a, b, "where");
  const dtype = resultDtype(x, y);
  const outShape = broadcastShapes(broadcastShapes(cond.shape, x.shape, "where"), y.shape, "where");
  const n = sizeOf(outShape);
  const c = alloc(cond.dtype, n), xd = alloc(dtype, n), yd = alloc(dtype, n);
  expandInto(cond.data, cond.shape, outShape, c);
  expandInto(dataAs(x, dtype), x.shape, outShape, xd);
  expandInto(dataAs(y, dtype), y.shape, outShape, yd);
  const out = alloc(dtype, n);
  for (let i = 0; i < n; i++) out[i] = c[i] !== 0 ? xd[i] : yd[i];
  return _record("where", [x, y], new Tensor(out, outShape), (g) => {
    const gx = alloc(g.dtype, n), gy = alloc(g.dtype, n);
    for (let i = 0; i < n; i++) {
      if (c[i] !== 0) gx[i] = g.data[i];
      else gy[i] = g.data[i];
    }
    return [
      sumToShape(new Tensor(gx, outShape), x.shape),
      sumToShape(new Tensor(gy, outShape), y.shape),
    ];
  });
}

/**
 * Copy (recorded).
 *
 * @example
 * ```ts
 * import { clone, tensor } from "@rectify/core";
 * console.log(clone(tensor([1])).toArray()); // [1]
 * ```
 */
export function clone(x: Tensor): Tensor {
  requireTensor(x, "clone");
  const out = alloc(x.dtype, x.size);
  out.set(x.data);
  return _record("clone", [x], new Tensor(out, x.shape), (g) => g);
}

/**
 * Convert dtype (recorded; the gradient is converted back).
 *
 * @example
 * ```ts
 * import { cast, tensor } from "@rectify/core";
 * console.log(cast(tensor([1]), "float64").dtype); // "float64"
 * ```
 */
export function cast(x: Tensor, dtype: DType): Tensor {
  requireTensor(x, "cast");
  if (dtype !== "float32" && dtype !== "float64") {
    throw new RectifyError("dtype", `cast: dtype must be "float32" or "float64", got ${dtype}`);
  }
  if (x.dtype === dtype) return x;
  const out = alloc(dtype, x.size);
  out.set(x.data);
  return _record("cast", [x], new Tensor(out, x.shape), (g) => {
    const back = alloc(x.dtype, g.size);
    back.set(g.data);
    return new Tensor(back, g.shape);
  });
}

function matmulRaw(
  a: Tensor,
  b: Tensor,
  aShape: readonly number[],
  bShape: readonly number[],
  transA: boolean,
  transB: boolean,
  op: string,
): Tensor {
  const dtype = resultDtype(a, b);
  const ad = dataAs(a, dtype), bd = dataAs(b, dtype);
  const ar = aShape.length, br = bShape.length;
  const m = transA ? aShape[ar - 1] : aShape[ar - 2];
  const ka = transA ? aShape[ar - 2] : aShape[ar - 1];
  const kb = transB ? bShape[br - 1] : bShape[br - 2];
  const n = transB ? bShape[br - 2] : bShape[br - 1];
  if (ka !== kb) {
    throw new RectifyError(
      "shape",
      `${op}: inner dimensions differ: ${fmtShape(aShape)} @ ${fmtShape(bShape)} (${ka} vs ${kb})`,
    );
  }
  const batchA = aShape.slice(0, ar - 2), batchB = bShape.slice(0, br - 2);
  const batch = broadcastShapes(batchA, batchB, op);
  const nb = sizeOf(batch);
  const out = alloc(dtype, nb * m * n, "tensor");
  const be = getBackend();
  const aMat = m * ka, bMat = ka * n;
  if (nb === 1) {
    be.matmul(ad, bd, out, m, ka, n, { transA, transB });
  } else {
    const aStr = batchStrides(batchA, batch), bStr = batchStrides(batchB, batch);
    const idx = new Array<number>(batch.length).fill(0);
    for (let t = 0; t < nb; t++) {
      let ao = 0, bo = 0;
      for (let d = 0; d < batch.length; d++) {
        ao += idx[d] * aStr[d];
        bo += idx[d] * bStr[d];
      }
      be.matmul(
        ad.subarray(ao * aMat, (ao + 1) * aMat),
        bd.subarray(bo * bMat, (bo + 1) * bMat),
        out.subarray(t * m * n, (t + 1) * m * n),
        m,
        ka,
        n,
        { transA, transB },
      );
      for (let d = batch.length - 1; d >= 0; d--) {
        if (++idx[d] < batch[d]) break;
        idx[d] = 0;
      }
    }
  }
  return new Tensor(out, [...batch, m, n]);
}

function batchStrides(shape: readonly number[], batch: readonly number[]): number[] {
  const st = stridesOf(shape);
  const out = new Array<number>(batch.length).fill(0);
  for (let i = 0; i < shape.length; i++) {
    const bi = batch.length - shape.length + i;
    out[bi] = shape[i] === 1 ? 0 : st[i];
  }
  return out;
}

/**
 * Matrix product of 2-D tensors, or batched with broadcast batch dimensions.
 * The backward runs `g·Bᵀ` and `Aᵀ·g` without materialising transposes.
 *
 * @example
 * ```ts
 * import { matmul, tensor } from "@rectify/core";
 * console.log(matmul(tensor([[1, 2]]), tensor([[3], [4]])).toArray()); // [[11]]
 * ```
 */
export function matmul(a: Tensor, b: Tensor): Tensor {
  requireTensor(a, "matmul", "a");
  requireTensor(b, "matmul", "b");
  if (a.ndim < 2 || b.ndim < 2) {
    throw new RectifyError(
      "shape",
      `matmul: both operands need at least 2 dimensions, got ${fmtShape(a.shape)} and ${
        fmtShape(b.shape)
      }`,
    );
  }
  const out = matmulRaw(a, b, a.shape, b.shape, false, false, "matmul");
  return _record("matmul", [a, b], out, matmulRule(a, b));
}

function matmulRule(a: Tensor, b: Tensor): BackwardRule {
  return (g, ctx) => [
    ctx.needsInputGrad[0]
      ? sumToShape(matmulRaw(g, b, g.shape, b.shape, false, true, "matmul"), a.shape)
      : null,
    ctx.needsInputGrad[1]
      ? sumToShape(matmulRaw(a, g, a.shape, g.shape, true, false, "matmul"), b.shape)
      : null,
  ];
}

/**
 * Dense-layer forward `x @ w + b` (x `[batch, in]`, w `[in, out]`, b `[out]`
 * or null) in one fused backend kernel when the backend has one. The tape
 * is the same as `add(matmul(x, w), b)`: a `"matmul"` node and an `"add"`
 * node with the same backward rules (the intermediate product is not kept:
 * only the graph refers to it, and its rules never read its values).
 *
 * @example
 * ```ts
 * import { affine, tensor } from "@rectify/core";
 * const y = affine(tensor([[1, 2]]), tensor([[1, 0], [0, 1]]), tensor([10, 20]));
 * console.log(y.toArray()); // [[11, 22]]
 * ```
 */
export function affine(x: Tensor, w: Tensor, b: Tensor | null): Tensor {
  const be = getBackend();
  if (
    !be.linear || !(x instanceof Tensor) || !(w instanceof Tensor) || x.ndim !== 2 ||
    w.ndim !== 2 || x.shape[1] !== w.shape[0] || x.dtype !== w.dtype ||
    (b !== null && (!(b instanceof Tensor) || b.ndim !== 1 || b.shape[0] !== w.shape[1] ||
      b.dtype !== x.dtype))
  ) {
    const y = matmul(x, w);
    return b === null ? y : add(y, b);
  }
  const [m, k] = x.shape;
  const n = w.shape[1];
  const out = alloc(x.dtype, m * n, "tensor");
  be.linear(x.data, w.data, b === null ? null : b.data, out, m, k, n);
  const product = _record("matmul", [x, w], new Tensor(out, [m, n]), matmulRule(x, w));
  if (b === null) return product;
  return _record("add", [product, b], new Tensor(out, [m, n]), (g) => [
    sumToShape(g, product.shape),
    sumToShape(g, b.shape),
  ]);
}

function permuteRaw(x: Tensor, axes: readonly number[]): Tensor {
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
  return _record("reshape", [x], new Tensor(x.data, s), (g) => new Tensor(g.data, x.shape));
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
  const outer = sizeOf(first.shape.slice(0, ax));
  const inner = sizeOf(first.shape.slice(ax + 1));
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

function castRaw(t: Tensor, dtype: DType): Tensor {
  const d = alloc(dtype, t.size);
  d.set(t.data);
  return new Tensor(d, t.shape);
}

function splitRaw(x: Tensor, sizes: readonly number[], ax: number): Tensor[] {
  const outer = sizeOf(x.shape.slice(0, ax));
  const inner = sizeOf(x.shape.slice(ax + 1));
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

function concatRaw(ts: Tensor[], ax: number): Tensor {
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

function reduceAxes(x: Tensor, axis: number | readonly number[] | undefined, op: string): number[] {
  if (axis === undefined) return [...Array(x.ndim).keys()];
  const list = typeof axis === "number" ? [axis] : [...axis];
  const norm = list.map((a) => normAxis(a, x.ndim, op, x.shape));
  return [...new Set(norm)].sort((a, b) => a - b);
}

function sumRaw(x: Tensor, axes: readonly number[], keepdims: boolean): Tensor {
  let cur: Data = x.data;
  let shape = [...x.shape];
  const be = getBackend();
  for (const ax of axes) {
    const outer = sizeOf(shape.slice(0, ax));
    const len = shape[ax];
    const inner = sizeOf(shape.slice(ax + 1));
    const out = alloc(x.dtype, outer * inner, "tensor");
    be.sumAxis(cur, out, outer, len, inner);
    cur = out;
    shape[ax] = 1;
  }
  if (axes.length === 0) {
    cur = cur === x.data
      ? (x.dtype === "float64" ? new Float64Array(cur) : new Float32Array(cur))
      : cur;
  }
  if (!keepdims) shape = shape.filter((_, i) => !axes.includes(i));
  return new Tensor(cur, shape);
}

function expandRaw(g: Tensor, shape: readonly number[]): Tensor {
  const out = alloc(g.dtype, sizeOf(shape));
  expandInto(g.data, g.shape, shape, out);
  return new Tensor(out, shape);
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
  for (let i = 0; i < s.data.length; i++) s.data[i] *= inv;
  return _record("mean", [x], s, (g) => {
    const e = expandRaw(new Tensor(g.data, keptShape(x.shape, axes)), x.shape);
    for (let i = 0; i < e.data.length; i++) e.data[i] *= inv;
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
  const outer = sizeOf(src.shape.slice(0, ax));
  const len = src.shape[ax];
  const inner = sizeOf(src.shape.slice(ax + 1));
  const out = alloc(x.dtype, outer * inner, "tensor");
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

function softmaxRaw(x: Tensor, ax: number, logOut: boolean): Tensor {
  const outer = sizeOf(x.shape.slice(0, ax));
  const len = x.shape[ax];
  const inner = sizeOf(x.shape.slice(ax + 1));
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
