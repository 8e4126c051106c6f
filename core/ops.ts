/**
 * Differentiable primitive ops. Each builds its output with a kernel from the
 * current backend and records one backward rule keyed by its op name.
 *
 * @module
 */

import { type BinaryOp, copyData, type Data, getBackend, type UnaryOp } from "./backend.ts";
import { RectifyError } from "./errors.ts";
import { broadcastShapes, expandInto, sizeOf } from "./shape.ts";
import { alloc, allocEmpty, syncHost } from "./storage.ts";
import { _record } from "./autograd.ts";
import { type DType, Tensor } from "./tensor.ts";
import { describe, requireTensor } from "./_check.ts";
import { sumToShape } from "./reduce_ops.ts";

/** An op operand: a tensor or a plain number (broadcast as a scalar). */
export type Operand = Tensor | number;

/** @internal */
export function resultDtype(a: Tensor, b: Tensor): DType {
  return a.dtype === "float64" || b.dtype === "float64" ? "float64" : "float32";
}

/** Wrap a number as a 0-d tensor of a dtype. @internal */
export function scalar(v: number, dtype: DType = "float32"): Tensor {
  const d = alloc(dtype, 1);
  d[0] = v;
  return new Tensor(d, []);
}

/** @internal */
export function asTensor(x: Operand, like: Tensor, op: string): Tensor {
  if (x instanceof Tensor) return x;
  if (typeof x !== "number") {
    throw new RectifyError("dtype", `${op}: expected a Tensor or a number, got ${describe(x)}`);
  }
  return scalar(x, like.dtype);
}

/** @internal */
export function dataAs(t: Tensor, dtype: DType): Data {
  if (t.dtype === dtype) return t.data;
  return dtype === "float64" ? new Float64Array(t.data) : new Float32Array(t.data);
}

/** @internal like `dataAs`, for a backend kernel: the storage itself, not made current. */
export function kernelData(t: Tensor, dtype: DType): Data {
  return t.dtype === dtype ? t.storage : dataAs(t, dtype);
}

/** @internal */
export function binaryRaw(op: BinaryOp, a: Tensor, b: Tensor, name: string): Tensor {
  const dtype = resultDtype(a, b);
  const outShape = broadcastShapes(a.shape, b.shape, name);
  const n = sizeOf(outShape);
  let ad = kernelData(a, dtype);
  let bd = kernelData(b, dtype);
  if (ad.length !== n) {
    const e = alloc(dtype, n);
    expandInto(syncHost(ad), a.shape, outShape, e);
    ad = e;
  }
  if (bd.length !== n) {
    const e = alloc(dtype, n);
    expandInto(syncHost(bd), b.shape, outShape, e);
    bd = e;
  }
  const out = allocEmpty(dtype, n, "tensor");
  getBackend().binary(op, ad, bd, out);
  return new Tensor(out, outShape);
}

/** @internal */
export function unaryRaw(op: UnaryOp, x: Tensor): Tensor {
  const out = allocEmpty(x.dtype, x.size, "tensor");
  getBackend().unary(op, x.storage, out);
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

/** @internal */
export function pair(a: Operand, b: Operand, op: string): [Tensor, Tensor] {
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
  copyData(x.storage, out);
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
