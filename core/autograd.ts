/**
 * The define-by-run autograd tape: grad mode, gradient-override scopes, the
 * {@linkcode GradNode} each recorded op leaves, and `backward` (topological
 * sort, hooks, accumulation into leaves).
 *
 * @module
 */

import { fmtShape, RectifyError } from "./errors.ts";
import { sameShape } from "./shape.ts";
import { allocEmpty, gradStorage } from "./storage.ts";
import { copyData, type Data, getBackend } from "./backend.ts";
import { add } from "./ops.ts";
import { type DType, Tensor } from "./tensor.ts";

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

/** The gradient backward starts from: `seed`, or 1 for a one-element tensor. */
function seedGradient(root: Tensor, seed: Tensor | undefined): Tensor {
  if (!root.requiresGrad) {
    throw new RectifyError(
      "autograd",
      "backward: tensor does not require grad (no input had requiresGrad: true, or it was built under noGrad)",
    );
  }
  if (seed === undefined) {
    if (root.size !== 1) {
      throw new RectifyError(
        "autograd",
        `backward: a seed gradient is needed for a non-scalar tensor of shape ${
          fmtShape(root.shape)
        }`,
      );
    }
    // from the step arena in a run: a fresh one-element typed array costs a backing store
    const one = allocEmpty(root.dtype, 1, "gradient");
    one[0] = 1;
    return new Tensor(one, root.shape);
  }
  if (!sameShape(seed.shape, root.shape)) {
    throw new RectifyError(
      "shape",
      `backward: seed shape ${fmtShape(seed.shape)} does not match tensor shape ${
        fmtShape(root.shape)
      }`,
    );
  }
  return seed.requiresGrad ? seed.detach() : seed;
}

/** @internal `Tensor.backward`: run the rules in reverse topological order, then fill leaves. */
export function runBackward(
  root: Tensor,
  seed: Tensor | undefined,
  options: BackwardOptions,
): void {
  const g0 = seedGradient(root, seed);
  const grads = new Map<GradNode | Tensor, Tensor>();
  const leaves: Tensor[] = [];
  const rootNode = root.node;
  const prevEnabled = gradEnabled;
  const pass: Pass = { node: null, grads, handed: null };
  const prevPass = current;
  gradEnabled = false;
  current = pass;
  try {
    if (rootNode === null) {
      grads.set(root, g0);
      leaves.push(root);
    } else {
      const order: GradNode[] = [];
      topoSort(rootNode, order, leaves);
      grads.set(rootNode, g0);
      for (const node of order) propagate(node, pass, options);
    }
    for (const leaf of leaves) {
      let g = grads.get(leaf);
      if (g === undefined) continue;
      for (const hook of leaf._leafHooks) g = applyHook(hook, g, "leaf");
      accumulateGrad(leaf, g, pass.handed?.get(leaf) ?? null);
    }
  } finally {
    gradEnabled = prevEnabled;
    current = prevPass;
  }
}

/** The backward pass running (null outside one): see {@linkcode _gradDestination}. */
interface Pass {
  /** The node whose rule runs now. */
  node: GradNode | null;
  /** Gradients summed so far, by node or leaf. */
  grads: Map<GradNode | Tensor, Tensor>;
  /** Leaves whose gradient buffer a rule was given, with that buffer. */
  handed: Map<Tensor, Data> | null;
}

let current: Pass | null = null;

/**
 * Storage a backward rule may write the gradient of its input `i` into
 * instead of a new block, or null: the leaf's gradient buffer, when input
 * `i` is a leaf with no `.grad` yet, no hooks, no gradient from another op
 * so far and is no other input of this op, and the gradient is `n`
 * elements of its dtype. The leaf then takes the rule's result as its
 * `.grad` without copying it (where PyTorch's AccumulateGrad steals an
 * unshared gradient); the rule must write every element (the contents are
 * unspecified) and should return it shaped as the input. Given once per
 * leaf and pass. @internal
 */
export function _gradDestination(i: number, dtype: DType, n: number): Data | null {
  const pass = current;
  const node = pass?.node;
  if (!node) return null;
  const next = node.next;
  const target = next[i];
  if (
    !(target instanceof Tensor) || target.grad !== null || target.dtype !== dtype ||
    target.size !== n || target._leafHooks.length !== 0 || pass!.grads.has(target) ||
    pass!.handed?.has(target)
  ) return null;
  for (let j = 0; j < next.length; j++) if (j !== i && next[j] === target) return null;
  const d = gradStorage(target, dtype, n);
  (pass!.handed ??= new Map()).set(target, d);
  return d;
}

/** Run one node's rule on its summed gradient and add the results to its inputs'. */
function propagate(
  node: GradNode,
  pass: Pass,
  options: BackwardOptions,
): void {
  const grads = pass.grads;
  let g = grads.get(node);
  if (g === undefined) return;
  grads.delete(node);
  for (const hook of node.hooks) g = applyHook(hook, g, node.op);
  if (node.retained) accumulateGrad(node.retained, g, null);
  pass.node = node;
  let ins: (Tensor | null)[];
  try {
    ins = node.apply(g);
  } finally {
    pass.node = null;
  }
  if (!options.retainGraph) node.free();
  for (let i = 0; i < node.next.length; i++) {
    const target = node.next[i];
    const gi = ins[i];
    if (target === null || gi === null || gi === undefined) continue;
    const prev = grads.get(target);
    grads.set(target, prev === undefined ? gi : add(prev, gi));
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

/**
 * Add `g` into `t.grad`. `given` is the gradient buffer a rule was handed
 * for `t` in this pass ({@linkcode _gradDestination}): used instead of asking
 * for it again, and not copied into when `g` is already there.
 */
function accumulateGrad(t: Tensor, g: Tensor, given: Data | null): void {
  if (!sameShape(g.shape, t.shape)) {
    throw new RectifyError(
      "shape",
      `backward: gradient of shape ${fmtShape(g.shape)} does not match tensor shape ${
        fmtShape(t.shape)
      }`,
    );
  }
  if (t.grad === null) {
    const d = given ?? gradStorage(t, t.dtype, t.size);
    // (a rule handed `d` wrote the gradient there already)
    if (g.storage !== d) {
      if (g.dtype === t.dtype) copyData(g.storage, d);
      else d.set(g.data);
    }
    t.grad = new Tensor(d, t.shape);
  } else if (g.dtype === t.dtype) {
    const a = t.grad.storage;
    getBackend().binary("add", a, g.storage, a);
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
