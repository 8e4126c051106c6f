/**
 * The {@linkcode Tensor} and the define-by-run autograd tape.
 *
 * A tensor owns a flat row-major typed array and a shape. When any input of
 * an op requires a gradient, the op records a {@linkcode GradNode} holding
 * its op name, what it saved, and a backward rule. `backward()` sorts the
 * nodes topologically and runs the rules in reverse, accumulating into the
 * `.grad` of leaf tensors.
 *
 * @module
 */

import type { Data } from "./backend.ts";
import { fmtShape, RectifyError } from "./errors.ts";
import { checkShape, frozenShape, sizeOf } from "./shape.ts";
import {
  type BackwardOptions,
  type GradNode,
  type RemovableHandle,
  runBackward,
  type TensorHook,
} from "./autograd.ts";
import * as ops from "./ops.ts";
import * as shapeOps from "./shape_ops.ts";
import * as reduceOps from "./reduce_ops.ts";
import * as matmulOps from "./matmul_ops.ts";
import { alloc, type Lease, leaseOf, syncHost } from "./storage.ts";
import { removableEntry } from "./_hooks.ts";

/** Element type of a tensor. */
export type DType = "float32" | "float64";

/** A nested array of numbers, as accepted by {@linkcode fromArray}. */
export type NestedArray = number | readonly NestedArray[];

function expiredError(t: Tensor): RectifyError {
  return new RectifyError(
    "arena",
    `Tensor ${fmtShape(t.shape)} (${t.dtype}) was made inside a StepArena run that has ended: ` +
      `its storage now belongs to a later step; clone() it inside the run, or make it under ` +
      `withoutArena(), to keep it`,
  );
}

/**
 * Options of `zeroGrad` ({@linkcode Tensor.zeroGrad}, `Module.zeroGrad`,
 * `Optimizer.zeroGrad`).
 *
 * @example Keep the gradient buffers between steps
 * ```ts
 * import { tensor } from "@rectify/core";
 * const w = tensor([1, 2], { requiresGrad: true });
 * w.mul(w).sum().backward();
 * const buffer = w.grad;
 * w.zeroGrad({ setToNone: false });
 * console.log(w.grad === buffer, w.grad!.toArray()); // true [0, 0]
 * ```
 */
export interface ZeroGradOptions {
  /**
   * `true` (the default, as PyTorch): set `.grad` to null, so the next
   * backward allocates a fresh gradient. `false`: fill the existing `.grad`
   * with zeros in place, so the next backward adds into the same buffer (no
   * allocation per step; a reference to the old `.grad` sees the new values).
   */
  setToNone?: boolean;
}

/** The hooks of a leaf that has none. */
const NO_HOOKS: readonly TensorHook[] = Object.freeze([]);

/**
 * An n-dimensional array of float32 or float64 with reverse-mode autograd.
 *
 * @example Building a graph and differentiating it
 * ```ts
 * import { tensor } from "@rectify/core";
 * const x = tensor([[1, 2], [3, 4]], { requiresGrad: true });
 * const y = x.mul(x).sum();
 * y.backward();
 * console.log(x.grad!.toArray()); // [[2, 4], [6, 8]]
 * ```
 */
export class Tensor {
  #data: Data;
  /** How long `#data` stays valid (null: for ever); see `core/storage.ts`. */
  #lease: Lease | null;
  /** Sizes of each dimension. */
  readonly shape: readonly number[];
  /** Element type. */
  readonly dtype: DType;
  /** Accumulated gradient of a leaf (or a retained non-leaf). */
  grad: Tensor | null = null;
  /** Optional name (parameters get dotted names). */
  name: string | undefined;
  #requiresGrad = false;
  #node: GradNode | null = null;
  /** Leaf hooks, made on the first {@linkcode registerHook} (most tensors never get one). */
  #hooks: TensorHook[] | null = null;

  /** Wrap storage and a shape (no copy). Prefer {@linkcode tensor} and friends. */
  constructor(data: Data, shape: readonly number[], options: { requiresGrad?: boolean } = {}) {
    const s = frozenShape(shape, "Tensor");
    const n = sizeOf(s);
    if (data.length !== n) {
      throw new RectifyError(
        "shape",
        `Tensor: data has ${data.length} elements but shape ${fmtShape(s)} needs ${n}`,
      );
    }
    this.#data = data;
    this.shape = s;
    this.dtype = data instanceof Float64Array ? "float64" : "float32";
    if (options.requiresGrad) this.requiresGrad = true;
    this.#lease = leaseOf(data);
  }

  /**
   * Flat row-major storage. Throws (code `"arena"`) for a tensor made inside
   * a {@linkcode StepArena} run once the arena's next run has started.
   */
  get data(): Data {
    if (this.#lease !== null && this.#lease.ended) throw expiredError(this);
    return syncHost(this.#data);
  }

  /**
   * The storage array as kernels take it, without making its host copy
   * current: on a backend that keeps results in device memory (see
   * `Backend.toHost`) its elements may be stale. Hand it to `runKernel` or
   * the backend's kernels; read and write values through
   * {@linkcode Tensor.data}. Throws like `data` once an arena lease ended.
   */
  get storage(): Data {
    if (this.#lease !== null && this.#lease.ended) throw expiredError(this);
    return this.#data;
  }

  /** Number of dimensions. */
  get ndim(): number {
    return this.shape.length;
  }
  /** Number of elements. */
  get size(): number {
    return this.#data.length;
  }
  /** The node that produced this tensor, or null for a leaf. */
  get node(): GradNode | null {
    return this.#node;
  }
  /** True for tensors not produced by a recorded op. */
  get isLeaf(): boolean {
    return this.#node === null;
  }
  /** Whether gradients flow to this tensor. */
  get requiresGrad(): boolean {
    return this.#requiresGrad || this.#node !== null;
  }
  set requiresGrad(v: boolean) {
    if (this.#node !== null && !v) {
      throw new RectifyError(
        "autograd",
        `requiresGrad: cannot turn off gradients of a non-leaf tensor (produced by "${this.#node.op}"); use detach()`,
      );
    }
    this.#requiresGrad = v;
  }
  /** @internal */
  _setNode(node: GradNode): void {
    this.#node = node;
  }
  /** @internal leaf hooks */
  get _leafHooks(): readonly TensorHook[] {
    return this.#hooks ?? NO_HOOKS;
  }

  /**
   * Register a gradient hook. It runs when this tensor's gradient has been
   * summed over all its uses, receives it, and may return a replacement.
   * Hooks run in registration order.
   */
  registerHook(fn: TensorHook): RemovableHandle {
    if (!this.requiresGrad) {
      throw new RectifyError("autograd", "registerHook: tensor does not require grad");
    }
    return removableEntry(this.#node ? this.#node.hooks : (this.#hooks ??= []), fn);
  }

  /** Keep `.grad` of a non-leaf tensor after backward. */
  retainGrad(): this {
    if (this.#node) this.#node.retained = this;
    return this;
  }

  /** Reverse-mode differentiation from this tensor. A seed is needed unless it has one element. */
  backward(seed?: Tensor, options: BackwardOptions = {}): void {
    runBackward(this, seed, options);
  }

  /** A tensor sharing storage, cut from the tape. */
  detach(): Tensor {
    const t = new Tensor(this.storage, this.shape);
    t.name = this.name;
    return t;
  }
  /** A deep copy (recorded: gradients flow through). */
  clone(): Tensor {
    return ops.clone(this);
  }
  /**
   * Set `.grad` to null, or with `{ setToNone: false }` fill it with zeros
   * in place (see {@linkcode ZeroGradOptions}).
   */
  zeroGrad(options: ZeroGradOptions = {}): void {
    if (options.setToNone === false && this.grad !== null) {
      syncHost(this.grad.storage, false).fill(0);
    } else this.grad = null;
  }
  /** Single element as a number. */
  item(): number {
    if (this.data.length !== 1) {
      throw new RectifyError(
        "shape",
        `item: expected a tensor with one element, got shape ${fmtShape(this.shape)}`,
      );
    }
    return this.data[0];
  }
  /** Nested arrays of numbers. */
  toArray(): NestedArray {
    const build = (dim: number, off: number): NestedArray => {
      if (dim === this.shape.length) return this.data[off];
      const stride = sizeOf(this.shape, dim + 1);
      const out: NestedArray[] = [];
      for (let i = 0; i < this.shape[dim]; i++) out.push(build(dim + 1, off + i * stride));
      return out;
    };
    return build(0, 0);
  }
  /** Convert to another dtype (recorded). */
  to(dtype: DType): Tensor {
    return ops.cast(this, dtype);
  }
  /** Short description. */
  toString(): string {
    return `Tensor(${fmtShape(this.shape)}, ${this.dtype})`;
  }

  /** Broadcasting `this + other`. */
  add(other: Tensor | number): Tensor {
    return ops.add(this, other);
  }
  /** Broadcasting `this - other`. */
  sub(other: Tensor | number): Tensor {
    return ops.sub(this, other);
  }
  /** Broadcasting `this * other`. */
  mul(other: Tensor | number): Tensor {
    return ops.mul(this, other);
  }
  /** Broadcasting `this / other`. */
  div(other: Tensor | number): Tensor {
    return ops.div(this, other);
  }
  /** Broadcasting `this ** other`. */
  pow(other: Tensor | number): Tensor {
    return ops.pow(this, other);
  }
  /** `-this`. */
  neg(): Tensor {
    return ops.neg(this);
  }
  /** `e^this`. */
  exp(): Tensor {
    return ops.exp(this);
  }
  /** Natural log. */
  log(): Tensor {
    return ops.log(this);
  }
  /** Square root. */
  sqrt(): Tensor {
    return ops.sqrt(this);
  }
  /** Absolute value (gradient 0 at 0). */
  abs(): Tensor {
    return ops.abs(this);
  }
  /** Sign (gradient 0). */
  sign(): Tensor {
    return ops.sign(this);
  }
  /** Element-wise maximum (ties send the gradient to `this`). */
  maximum(other: Tensor | number): Tensor {
    return ops.maximum(this, other);
  }
  /** Element-wise minimum (ties send the gradient to `this`). */
  minimum(other: Tensor | number): Tensor {
    return ops.minimum(this, other);
  }
  /** Mask `this > other` (1/0, not differentiable). */
  gt(other: Tensor | number): Tensor {
    return ops.compare("gt", this, other);
  }
  /** Mask `this >= other`. */
  ge(other: Tensor | number): Tensor {
    return ops.compare("ge", this, other);
  }
  /** Mask `this < other`. */
  lt(other: Tensor | number): Tensor {
    return ops.compare("lt", this, other);
  }
  /** Mask `this <= other`. */
  le(other: Tensor | number): Tensor {
    return ops.compare("le", this, other);
  }
  /** Mask `this == other`. */
  eq(other: Tensor | number): Tensor {
    return ops.compare("eq", this, other);
  }
  /** Mask `this != other`. */
  ne(other: Tensor | number): Tensor {
    return ops.compare("ne", this, other);
  }
  /** Matrix product (2-D or batched with broadcast batch dims). */
  matmul(other: Tensor): Tensor {
    return matmulOps.matmul(this, other);
  }
  /** Swap two axes (default: the last two). */
  transpose(axis0 = -2, axis1 = -1): Tensor {
    return shapeOps.transpose(this, axis0, axis1);
  }
  /** Reorder axes. */
  permute(axes: readonly number[]): Tensor {
    return shapeOps.permute(this, axes);
  }
  /** Same data, new shape (one size may be -1). */
  reshape(shape: readonly number[]): Tensor {
    return shapeOps.reshape(this, shape);
  }
  /** Elements `[start, end)` along an axis. */
  slice(axis: number, start: number, end?: number): Tensor {
    return shapeOps.slice(this, axis, start, end);
  }
  /** Split along an axis into pieces of the given sizes (or n equal pieces). */
  split(sizes: number | readonly number[], axis = 0): Tensor[] {
    return shapeOps.split(this, sizes, axis);
  }
  /** Sum over axes (all by default). */
  sum(axis?: number | readonly number[], keepdims = false): Tensor {
    return reduceOps.sum(this, axis, keepdims);
  }
  /** Mean over axes (all by default). */
  mean(axis?: number | readonly number[], keepdims = false): Tensor {
    return reduceOps.mean(this, axis, keepdims);
  }
  /** Max over one axis (all by default); the gradient goes to the first maximum. */
  max(axis?: number, keepdims = false): Tensor {
    return reduceOps.max(this, axis, keepdims);
  }
  /** Softmax along an axis (stable). */
  softmax(axis = -1): Tensor {
    return reduceOps.softmax(this, axis);
  }
  /** Log-softmax along an axis (stable). */
  logSoftmax(axis = -1): Tensor {
    return reduceOps.logSoftmax(this, axis);
  }
}

/** Options of the creation functions. */
export interface TensorOptions {
  /** Element type (default `"float32"`). */
  dtype?: DType;
  /** Track gradients for this leaf. */
  requiresGrad?: boolean;
}

function flatten(x: NestedArray, shape: number[], out: number[], depth: number): void {
  if (typeof x === "number") {
    if (depth !== shape.length) {
      throw new RectifyError("shape", `tensor: ragged nested array at depth ${depth}`);
    }
    out.push(x);
    return;
  }
  if (!Array.isArray(x)) {
    throw new RectifyError("dtype", `tensor: expected numbers or arrays, got ${typeof x}`);
  }
  if (depth === shape.length) shape.push(x.length);
  else if (shape[depth] !== x.length) {
    throw new RectifyError(
      "shape",
      `tensor: ragged nested array: expected ${
        shape[depth]
      } elements at depth ${depth}, got ${x.length}`,
    );
  }
  for (const v of x) flatten(v, shape, out, depth + 1);
}

/**
 * Make a tensor from nested arrays, or from a flat array / typed array plus a shape.
 *
 * @example
 * ```ts
 * import { fromArray } from "@rectify/core";
 * const a = fromArray([[1, 2, 3], [4, 5, 6]]);
 * const b = fromArray(new Float32Array([1, 2, 3, 4]), { shape: [2, 2] });
 * console.log(a.shape, b.shape); // [2, 3] [2, 2]
 * ```
 */
export function fromArray(
  values: NestedArray | ArrayLike<number>,
  options: TensorOptions & { shape?: readonly number[] } = {},
): Tensor {
  let dtype = options.dtype;
  let flat: ArrayLike<number>;
  let shape: number[];
  const given = options.shape === undefined ? undefined : checkShape(options.shape, "tensor");
  if (values instanceof Float32Array || values instanceof Float64Array || given) {
    flat = values as ArrayLike<number>;
    if (typeof flat !== "object" || flat === null || typeof flat.length !== "number") {
      throw new RectifyError("dtype", `tensor: expected an array of numbers, got ${typeof flat}`);
    }
    shape = given ?? [flat.length];
    dtype ??= values instanceof Float64Array ? "float64" : "float32";
  } else {
    const out: number[] = [];
    shape = [];
    flatten(values as NestedArray, shape, out, 0);
    flat = out;
  }
  const data = alloc(dtype ?? "float32", flat.length, "tensor");
  const typed = flat instanceof Float32Array || flat instanceof Float64Array;
  for (let i = 0; !typed && i < flat.length; i++) {
    if (typeof flat[i] !== "number") {
      throw new RectifyError(
        "dtype",
        `tensor: element ${i} must be a number, got ${typeof flat[i]}`,
      );
    }
  }
  data.set(flat);
  return new Tensor(data, shape, { requiresGrad: options.requiresGrad ?? false });
}

/**
 * Alias of {@linkcode fromArray}, the short form used in examples.
 *
 * @example
 * ```ts
 * import { tensor } from "@rectify/core";
 * const x = tensor([1, 2, 3], { dtype: "float64" });
 * console.log(x.dtype); // "float64"
 * ```
 */
export function tensor(
  values: NestedArray | ArrayLike<number>,
  options: TensorOptions & { shape?: readonly number[] } = {},
): Tensor {
  return fromArray(values, options);
}
