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
import { checkShape, sameShape, sizeOf } from "./shape.ts";
import { removableEntry } from "./_hooks.ts";
import * as ops from "./ops.ts";
import { _activeArena, _trackTensor } from "./arena.ts";

/** Element type of a tensor. */
export type DType = "float32" | "float64";

/** A nested array of numbers, as accepted by {@linkcode fromArray}. */
export type NestedArray = number | readonly NestedArray[];

/** A gradient hook: receives the gradient, may return a replacement. */
export type TensorHook = (grad: Tensor) => Tensor | void;

/** Handle returned by hook registrations. */
export interface RemovableHandle {
  /** Unregister the hook; calling it twice is harmless. */
  remove(): void;
}

/**
 * What a backward rule, or an override of it, is given.
 */
export interface GradContext {
  /** The op name recorded on the node (e.g. `"relu"`, `"matmul"`). */
  readonly op: string;
  /** Tensors the forward pass saved. */
  readonly saved: readonly Tensor[];
  /** Free-form values the forward pass stored. */
  readonly data: Readonly<Record<string, unknown>>;
  /** Shapes of the op's inputs. */
  readonly inputShapes: readonly (readonly number[])[];
  /** Which inputs need a gradient. */
  readonly needsInputGrad: readonly boolean[];
  /** The rule this one replaces (the op's own, or an outer override). */
  original(grad: Tensor): (Tensor | null)[];
}

/** A backward rule: one gradient per input (or null). */
export type BackwardRule = (
  grad: Tensor,
  ctx: GradContext,
) => Tensor | (Tensor | null)[];

/** Gradient overrides keyed by op name, as given to `withGradientOverride`. */
export type GradientOverrides = Readonly<Record<string, BackwardRule>>;

const overrideStack: GradientOverrides[] = [];
let gradEnabled = true;

/** @internal push/pop used by `withGradientOverride`. */
export function _pushOverrides(map: GradientOverrides): void {
  overrideStack.push(map);
}
/** @internal */
export function _popOverrides(map: GradientOverrides): void {
  const i = overrideStack.lastIndexOf(map);
  if (i >= 0) overrideStack.splice(i, 1);
}
/** @internal number of active override scopes (for tests). */
export function _overrideDepth(): number {
  return overrideStack.length;
}

/**
 * Whether ops currently record the autograd tape.
 *
 * @example
 * ```ts
 * import { isGradEnabled, noGrad } from "@rectify/core";
 * noGrad(() => console.log(isGradEnabled())); // false
 * ```
 */
export function isGradEnabled(): boolean {
  return gradEnabled;
}

/**
 * Run `fn` without recording the tape (like `torch.no_grad()`).
 *
 * @example
 * ```ts
 * import { noGrad, tensor } from "@rectify/core";
 * const w = tensor([1, 2], { requiresGrad: true });
 * const y = noGrad(() => w.mul(2));
 * console.log(y.requiresGrad); // false
 * ```
 */
export function noGrad<T>(fn: () => T): T {
  const prev = gradEnabled;
  gradEnabled = false;
  try {
    return fn();
  } finally {
    gradEnabled = prev;
  }
}

/** One recorded op on the tape. */
export class GradNode {
  /** Op name, the key gradient overrides use. */
  readonly op: string;
  /** Producers of the inputs: a node, a leaf tensor, or null (no grad). */
  readonly next: (GradNode | Tensor | null)[];
  /** Hooks registered on the output tensor. */
  readonly hooks: TensorHook[] = [];
  /** The output tensor, when `retainGrad()` asked for its gradient. */
  retained: Tensor | null = null;
  #rule: BackwardRule;
  #ctx: GradContext | null;

  /** @internal */
  constructor(op: string, inputs: readonly Tensor[], rule: BackwardRule, ctx: GradContext) {
    this.op = op;
    this.next = inputs.map((t) => (t.requiresGrad ? (t.node ?? t) : null));
    this.#rule = rule;
    this.#ctx = ctx;
  }

  /** Run the backward rule for an output gradient. */
  apply(grad: Tensor): (Tensor | null)[] {
    const ctx = this.#ctx;
    if (ctx === null) {
      throw new RectifyError(
        "autograd",
        `backward: the graph through "${this.op}" was already freed by an earlier backward(); ` +
          `pass { retainGraph: true } to the first call to backward twice`,
      );
    }
    const r = this.#rule(grad, ctx);
    return Array.isArray(r) ? r : [r];
  }

  /** Drop saved tensors (after a backward without `retainGraph`). */
  free(): void {
    this.#ctx = null;
    this.#rule = freedRule;
  }
}

/**
 * Record an op on the tape if grad mode is on and an input needs a gradient.
 * The rule in force for `op` in any active `withGradientOverride` scope is
 * chosen now, at record time. @internal
 */
export function _record(
  op: string,
  inputs: readonly Tensor[],
  output: Tensor,
  rule: BackwardRule,
  saved: readonly Tensor[] = [],
  data: Record<string, unknown> = {},
): Tensor {
  if (!gradEnabled) return output;
  let any = false;
  for (const t of inputs) if (t.requiresGrad) any = true;
  if (!any) return output;
  let effective = rule;
  for (const scope of overrideStack) {
    const ov = scope[op];
    if (ov === undefined) continue;
    const inner = effective;
    effective = (g, c) =>
      checkedGradients(op, ov(g, { ...c, original: (gg) => asList(inner(gg, c)) }), c);
  }
  const ctx: GradContext = {
    op,
    saved,
    data,
    inputShapes: inputs.map((t) => t.shape),
    needsInputGrad: inputs.map((t) => t.requiresGrad),
    original: (g) => asList(rule(g, ctx)),
  };
  output._setNode(new GradNode(op, inputs, effective, ctx));
  return output;
}

function expiredError(t: Tensor): RectifyError {
  return new RectifyError(
    "arena",
    `Tensor ${fmtShape(t.shape)} (${t.dtype}) was made inside a StepArena run that has ended: ` +
      `its storage now belongs to a later step; clone() it inside the run, or make it under ` +
      `withoutArena(), to keep it`,
  );
}

function freedRule(): never {
  throw new RectifyError("autograd", "backward: graph already freed");
}

/**
 * What a gradient override returned, checked: a Tensor (one input) or one
 * Tensor or null per input, each of its input's shape. `undefined` and other
 * values are refused, naming the op, instead of dropping the gradient.
 */
function checkedGradients(
  op: string,
  r: unknown,
  ctx: GradContext,
): Tensor | (Tensor | null)[] {
  const n = ctx.inputShapes.length;
  const bad = (what: string): never => {
    throw new RectifyError(
      "autograd",
      `gradient override for op "${op}" returned ${what}; expected ${
        n === 1 ? "a Tensor or " : ""
      }an array of ${n} gradient${
        n === 1 ? "" : "s"
      } (a Tensor of the input's shape, or null for none), ` +
        `e.g. ctx.original(grad) to keep the op's own rule`,
    );
  };
  const list = r instanceof Tensor ? [r] : Array.isArray(r) ? r : bad(describeValue(r));
  if (list.length !== n) bad(`${list.length} gradients for ${n} input${n === 1 ? "" : "s"}`);
  list.forEach((gi, i) => {
    if (gi === null) return;
    if (!(gi instanceof Tensor)) bad(`${describeValue(gi)} as gradient ${i}`);
    if (!sameShape(gi.shape, ctx.inputShapes[i])) {
      bad(
        `a gradient of shape ${fmtShape(gi.shape)} for input ${i} of shape ${
          fmtShape(ctx.inputShapes[i])
        }`,
      );
    }
  });
  return r as Tensor | (Tensor | null)[];
}

function describeValue(v: unknown): string {
  if (v === undefined) return "undefined";
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "object") return `a ${(v as object).constructor?.name ?? "object"}`;
  return `a ${typeof v} (${String(v).slice(0, 40)})`;
}

function asList(r: Tensor | (Tensor | null)[]): (Tensor | null)[] {
  return Array.isArray(r) ? r : [r];
}

/** Options of {@linkcode Tensor.backward}. */
export interface BackwardOptions {
  /** Keep saved tensors so backward can run through the graph again. */
  retainGraph?: boolean;
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
  #expired = false;
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
  #hooks: TensorHook[] = [];

  /** Wrap storage and a shape (no copy). Prefer {@linkcode tensor} and friends. */
  constructor(data: Data, shape: readonly number[], options: { requiresGrad?: boolean } = {}) {
    const s = checkShape(shape, "Tensor");
    if (data.length !== sizeOf(s)) {
      throw new RectifyError(
        "shape",
        `Tensor: data has ${data.length} elements but shape ${fmtShape(s)} needs ${sizeOf(s)}`,
      );
    }
    this.#data = data;
    this.shape = Object.freeze(s);
    this.dtype = data instanceof Float64Array ? "float64" : "float32";
    if (options.requiresGrad) this.requiresGrad = true;
    _trackTensor(this, data);
  }

  /**
   * Flat row-major storage. Throws (code `"arena"`) for a tensor made inside
   * a {@linkcode StepArena} run once the arena's next run has started.
   */
  get data(): Data {
    if (this.#expired) throw expiredError(this);
    return this.#data;
  }
  /** @internal the arena that owned the storage has moved on. */
  _expire(): void {
    this.#expired = true;
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
  get _leafHooks(): TensorHook[] {
    return this.#hooks;
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
    return removableEntry(this.#node ? this.#node.hooks : this.#hooks, fn);
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
    const t = new Tensor(this.data, this.shape);
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
    if (options.setToNone === false && this.grad !== null) this.grad.data.fill(0);
    else this.grad = null;
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
      const stride = sizeOf(this.shape.slice(dim + 1));
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
    return ops.matmul(this, other);
  }
  /** Swap two axes (default: the last two). */
  transpose(axis0 = -2, axis1 = -1): Tensor {
    return ops.transpose(this, axis0, axis1);
  }
  /** Reorder axes. */
  permute(axes: readonly number[]): Tensor {
    return ops.permute(this, axes);
  }
  /** Same data, new shape (one size may be -1). */
  reshape(shape: readonly number[]): Tensor {
    return ops.reshape(this, shape);
  }
  /** Elements `[start, end)` along an axis. */
  slice(axis: number, start: number, end?: number): Tensor {
    return ops.slice(this, axis, start, end);
  }
  /** Split along an axis into pieces of the given sizes (or n equal pieces). */
  split(sizes: number | readonly number[], axis = 0): Tensor[] {
    return ops.split(this, sizes, axis);
  }
  /** Sum over axes (all by default). */
  sum(axis?: number | readonly number[], keepdims = false): Tensor {
    return ops.sum(this, axis, keepdims);
  }
  /** Mean over axes (all by default). */
  mean(axis?: number | readonly number[], keepdims = false): Tensor {
    return ops.mean(this, axis, keepdims);
  }
  /** Max over one axis (all by default); the gradient goes to the first maximum. */
  max(axis?: number, keepdims = false): Tensor {
    return ops.max(this, axis, keepdims);
  }
  /** Softmax along an axis (stable). */
  softmax(axis = -1): Tensor {
    return ops.softmax(this, axis);
  }
  /** Log-softmax along an axis (stable). */
  logSoftmax(axis = -1): Tensor {
    return ops.logSoftmax(this, axis);
  }
}

function runBackward(root: Tensor, seed: Tensor | undefined, options: BackwardOptions): void {
  if (!root.requiresGrad) {
    throw new RectifyError(
      "autograd",
      "backward: tensor does not require grad (no input had requiresGrad: true, or it was built under noGrad)",
    );
  }
  let g0: Tensor;
  if (seed === undefined) {
    if (root.size !== 1) {
      throw new RectifyError(
        "autograd",
        `backward: a seed gradient is needed for a non-scalar tensor of shape ${
          fmtShape(root.shape)
        }`,
      );
    }
    g0 = new Tensor(
      root.dtype === "float64" ? new Float64Array(1) : new Float32Array(1),
      root.shape,
    );
    g0.data[0] = 1;
  } else {
    if (!sameShape(seed.shape, root.shape)) {
      throw new RectifyError(
        "shape",
        `backward: seed shape ${fmtShape(seed.shape)} does not match tensor shape ${
          fmtShape(root.shape)
        }`,
      );
    }
    g0 = seed.requiresGrad ? seed.detach() : seed;
  }
  const grads = new Map<GradNode | Tensor, Tensor>();
  const leaves: Tensor[] = [];
  const order: GradNode[] = [];
  const rootNode = root.node;
  const prevEnabled = gradEnabled;
  gradEnabled = false;
  try {
    if (rootNode === null) {
      grads.set(root, g0);
      leaves.push(root);
    } else {
      topoSort(rootNode, order, leaves);
      grads.set(rootNode, g0);
      for (const node of order) {
        let g = grads.get(node);
        if (g === undefined) continue;
        grads.delete(node);
        for (const hook of node.hooks) g = applyHook(hook, g, node.op);
        if (node.retained) accumulateGrad(node.retained, g);
        const ins = node.apply(g);
        if (!options.retainGraph) node.free();
        for (let i = 0; i < node.next.length; i++) {
          const target = node.next[i];
          const gi = ins[i];
          if (target === null || gi === null || gi === undefined) continue;
          const prev = grads.get(target);
          grads.set(target, prev === undefined ? gi : ops.add(prev, gi));
        }
      }
    }
    for (const leaf of leaves) {
      let g = grads.get(leaf);
      if (g === undefined) continue;
      for (const hook of leaf._leafHooks) g = applyHook(hook, g, "leaf");
      accumulateGrad(leaf, g);
    }
  } finally {
    gradEnabled = prevEnabled;
  }
}

function applyHook(hook: TensorHook, g: Tensor, where: string): Tensor {
  const r = hook(g);
  if (r === undefined) return g;
  if (!(r instanceof Tensor) || !sameShape(r.shape, g.shape)) {
    throw new RectifyError(
      "autograd",
      `tensor hook on the output of "${where}" must return a Tensor of shape ${
        fmtShape(g.shape)
      } or nothing, got ${r instanceof Tensor ? fmtShape(r.shape) : typeof r}`,
    );
  }
  return r;
}

function accumulateGrad(t: Tensor, g: Tensor): void {
  if (!sameShape(g.shape, t.shape)) {
    throw new RectifyError(
      "shape",
      `backward: gradient of shape ${fmtShape(g.shape)} does not match tensor shape ${
        fmtShape(t.shape)
      }`,
    );
  }
  if (t.grad === null) {
    const d = t.dtype === "float64" ? new Float64Array(g.data) : new Float32Array(g.data);
    t.grad = new Tensor(d, t.shape);
  } else {
    const a = t.grad.data, b = g.data;
    for (let i = 0; i < a.length; i++) a[i] += b[i];
  }
}

function topoSort(root: GradNode, order: GradNode[], leaves: Tensor[]): void {
  const seen = new Set<GradNode | Tensor>();
  const post: GradNode[] = [];
  const stack: [GradNode, number][] = [[root, 0]];
  seen.add(root);
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const [node, i] = top;
    if (i < node.next.length) {
      top[1] = i + 1;
      const nx = node.next[i];
      if (nx === null || seen.has(nx)) continue;
      seen.add(nx);
      if (nx instanceof GradNode) stack.push([nx, 0]);
      else leaves.push(nx);
    } else {
      stack.pop();
      post.push(node);
    }
  }
  for (let i = post.length - 1; i >= 0; i--) order.push(post[i]);
}

/** Options of the creation functions. */
export interface TensorOptions {
  /** Element type (default `"float32"`). */
  dtype?: DType;
  /** Track gradients for this leaf. */
  requiresGrad?: boolean;
}

/**
 * Allocate storage of a dtype: zero-filled, from the running
 * {@linkcode StepArena} when there is one. `zero: false` may skip the
 * zeroing of arena storage, for a caller that writes every element. @internal
 */
export function alloc(dtype: DType, n: number, what = "tensor", zero = true): Data {
  if (dtype !== "float32" && dtype !== "float64") {
    throw new RectifyError(
      "dtype",
      `${what}: dtype must be "float32" or "float64", got ${
        JSON.stringify(dtype) ?? String(dtype)
      }`,
    );
  }
  const arena = _activeArena();
  if (arena !== null && Number.isSafeInteger(n) && n >= 0) {
    return arena._take(dtype === "float64", n, zero);
  }
  try {
    return dtype === "float64" ? new Float64Array(n) : new Float32Array(n);
  } catch (e) {
    throw new RectifyError("shape", `${what}: cannot allocate ${n} elements of ${dtype}`, {
      cause: e,
    });
  }
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
