/**
 * Where tensor storage comes from: the one boundary memory reuse works
 * behind. Everything that makes a tensor's storage calls {@linkcode alloc}
 * (plugins: {@linkcode allocData}); a leaf's gradient buffer comes from
 * {@linkcode gradStorage}; a tensor asks {@linkcode leaseOf} once, when it is
 * made, how long its storage stays valid. Outside a step arena these are a
 * fresh typed array and "for ever"; inside a {@linkcode StepArena} run
 * (`core/arena.ts`, the only lender) they are memory reused by the next run
 * and a lease that ends when that run starts.
 *
 * @module
 */

import { type Backend, type Data, getBackend, zeroData } from "./backend.ts";
import { RectifyError } from "./errors.ts";
import type { DType } from "./tensor.ts";

/** How long lent storage stays valid: until `ended` turns true. @internal */
export interface Lease {
  readonly ended: boolean;
}

/** What a step arena lends while it is live (see `core/arena.ts`). @internal */
export interface Lender {
  /**
   * `n` elements, valid until the current run's lease ends: zero-filled when
   * `zero`, else with unspecified contents (the caller writes every one).
   */
  take(float64: boolean, n: number, zero: boolean): Data;
  /** The lease of `data` if this lender lent it, else null. */
  leaseOf(data: Data): Lease | null;
  /** A gradient buffer for `leaf`, the same one every run (the previous lease ends). */
  gradBuffer(leaf: object, float64: boolean, n: number): Data;
}

/** Lenders holding storage (arenas not disposed). */
const live = new Set<Lender>();
let active: Lender | null = null;
let suspended = 0;

/** @internal make `lender` the source of new storage; returns what to pass to `_restore`. */
export function _activate(lender: Lender): [Lender | null, number] {
  const prev: [Lender | null, number] = [active, suspended];
  live.add(lender);
  active = lender;
  suspended = 0;
  return prev;
}

/** @internal undo `_activate`. */
export function _restore([lender, depth]: [Lender | null, number]): void {
  active = lender;
  suspended = depth;
}

/** @internal the lender now lends nothing (its storage is given back). */
export function _retire(lender: Lender): void {
  live.delete(lender);
}

/** @internal whether `lender` is the source of new storage now. */
export function _isActive(lender: Lender): boolean {
  return active === lender;
}

/**
 * Run `fn` with ordinary (garbage-collected) storage even inside a
 * {@linkcode StepArena} run: for state that must outlive the step, such as
 * parameters a plugin builds lazily on its first forward pass.
 *
 * @example Keeping a tensor made during a step
 * ```ts
 * import { StepArena, tensor, withoutArena } from "@rectify/core";
 * const arena = new StepArena();
 * const x = tensor([1, 2, 3]);
 * const kept = arena.run(() => withoutArena(() => x.mul(2)));
 * arena.run(() => x.add(1));
 * console.log(kept.toArray()); // [2, 4, 6]
 * ```
 */
export function withoutArena<T>(fn: () => T): T {
  suspended++;
  try {
    return fn();
  } finally {
    suspended--;
  }
}

function checkDType(dtype: DType, what: string): void {
  if (dtype !== "float32" && dtype !== "float64") {
    throw new RectifyError(
      "dtype",
      `${what}: dtype must be "float32" or "float64", got ${
        JSON.stringify(dtype) ?? String(dtype)
      }`,
    );
  }
}

function fresh(dtype: DType, n: number, what: string): Data {
  try {
    return dtype === "float64" ? new Float64Array(n) : new Float32Array(n);
  } catch (e) {
    throw new RectifyError("shape", `${what}: cannot allocate ${n} elements of ${dtype}`, {
      cause: e,
    });
  }
}

/** Backend blocks lent to {@linkcode freshLike}, given back when their array is collected. */
const lentBlocks = new FinalizationRegistry<{ backend: Backend; block: Float32Array }>(
  ({ backend, block }) => backend.free?.(block),
);

/**
 * A zero-filled array of `d`'s type and length that lives as long as its
 * owner, never from a step arena: optimizer buffers, one like each
 * parameter. A float32 one comes from the current backend's own memory when
 * it lends blocks (`Backend.allocate`), where its kernels update it without
 * copies (the wasm backend's Adam step reads and writes its moments there in
 * place), else it is a plain array. A lent block is given back when the
 * array is garbage-collected. @internal
 */
export function freshLike(d: Data): Data {
  if (d instanceof Float64Array) return new Float64Array(d.length);
  const block = lentBlock(d.length);
  if (block === null) return new Float32Array(d.length);
  zeroData(block);
  return block;
}

/**
 * `d`'s values in a block of the current backend's memory when it lends
 * blocks (as {@linkcode freshLike}), else `d` itself: the storage of a
 * layer's parameter, where the backend's kernels read and update it without
 * copies. @internal
 */
export function resident(d: Data): Data {
  if (!(d instanceof Float32Array)) return d;
  const block = lentBlock(d.length);
  if (block === null) return d;
  block.set(d);
  return block;
}

/**
 * A block of `n` float32 elements (contents unspecified) from the current backend's memory,
 * given back when the array is garbage-collected; null when the backend lends none. @internal
 */
export function lentBlock(n: number): Float32Array | null {
  const backend = getBackend();
  const block = n > 0 ? backend.allocate?.(n) ?? null : null;
  if (block === null) return null;
  // the registry holds a second view of the block: the array handed out stays collectable
  lentBlocks.register(block, {
    backend,
    block: new Float32Array(block.buffer, block.byteOffset, block.length),
  });
  return block;
}

/**
 * Zero-filled storage of a dtype, from the running {@linkcode StepArena}
 * when there is one; `what` names the caller in errors. @internal
 */
export function alloc(dtype: DType, n: number, what = "tensor"): Data {
  return lend(dtype, n, what, true);
}

/**
 * Like {@linkcode alloc}, but inside a run the contents are unspecified (a
 * previous run's values): only for outputs the caller writes whole. Outside a
 * run a fresh (zeroed) array. @internal
 */
export function allocEmpty(dtype: DType, n: number, what = "tensor"): Data {
  return lend(dtype, n, what, false);
}

function lend(dtype: DType, n: number, what: string, zero: boolean): Data {
  checkDType(dtype, what);
  const lender = suspended === 0 ? active : null;
  if (lender !== null && Number.isSafeInteger(n) && n >= 0) {
    return lender.take(dtype === "float64", n, zero);
  }
  return fresh(dtype, n, what);
}

/**
 * Storage for an op's output: a zero-filled `Float32Array` or `Float64Array`
 * of `size` elements, carved from the running {@linkcode StepArena} when
 * there is one (so a plugin's kernels allocate nothing per step in steady
 * state). Wrap it in a `Tensor` before the op returns.
 *
 * @example The output of a hand-written kernel
 * ```ts
 * import { allocData, Tensor, tensor } from "@rectify/core";
 * const x = tensor([1, -2, 3]);
 * const out = allocData(x.dtype, x.size);
 * for (let i = 0; i < out.length; i++) out[i] = Math.abs(x.data[i]);
 * console.log(new Tensor(out, x.shape).toArray()); // [1, 2, 3]
 * ```
 */
export function allocData(dtype: DType, size: number): Data {
  return alloc(dtype, size, "allocData");
}

/**
 * Storage for an op's output that the op writes whole, as `torch.empty` to
 * {@linkcode allocData}'s `torch.zeros`: inside a {@linkcode StepArena} run
 * its contents are unspecified (what the previous run left there), which
 * spares the zero-fill; outside one it is a fresh (zeroed) array. Every
 * element must be written before the output is read.
 *
 * @example An output written whole
 * ```ts
 * import { emptyData, Tensor, tensor } from "@rectify/core";
 * const x = tensor([1, -2, 3]);
 * const out = emptyData(x.dtype, x.size);
 * for (let i = 0; i < out.length; i++) out[i] = -x.data[i];
 * console.log(new Tensor(out, x.shape).toArray()); // [-1, 2, -3]
 * ```
 */
export function emptyData(dtype: DType, size: number): Data {
  return allocEmpty(dtype, size, "emptyData");
}

/**
 * The buffer a leaf's new `.grad` is written into (not zeroed): inside a
 * step arena's run, the same buffer for the same leaf every run, so a step
 * allocates no gradient arrays; otherwise a fresh array. @internal
 */
export function gradStorage(leaf: object, dtype: DType, n: number): Data {
  const lender = suspended === 0 ? active : null;
  if (lender !== null) return lender.gradBuffer(leaf, dtype === "float64", n);
  return fresh(dtype, n, "backward");
}

/** @internal how long `data` stays valid: a lender's lease, or null (for ever). */
export function leaseOf(data: Data): Lease | null {
  if (live.size === 0) return null;
  if (active !== null) {
    const lease = active.leaseOf(data);
    if (lease !== null) return lease;
  }
  for (const lender of live) {
    if (lender === active) continue;
    const lease = lender.leaseOf(data);
    if (lease !== null) return lease;
  }
  return null;
}

/** Backends that keep storage in device memory (with `toHost`) and have been current. */
const devices = new Set<Backend>();

/** @internal `setBackend` notes a backend with device memory here. */
export function _noteDevice(backend: Backend): void {
  devices.add(backend);
}

/**
 * Make the host array `data` current: when a backend that keeps results in
 * device memory (see `Backend.toHost`, e.g. a GPU backend) holds newer
 * contents, they are copied into `data` first. From then on the host array
 * is the current copy (write it freely). `Tensor.data` does this itself;
 * call it for arrays a kernel wrote that you read directly (optimizer state,
 * a kernel's output in a test). Pass `keep: false` to skip the copy when you
 * overwrite every element. Returns `data`.
 *
 * @example Reading a kernel's output array
 * ```ts
 * import { getBackend, syncHost } from "@rectify/core";
 * const out = new Float32Array(2);
 * getBackend().binary("add", new Float32Array([1, 2]), new Float32Array([3, 4]), out);
 * console.log(syncHost(out)); // Float32Array [4, 6]
 * ```
 */
export function syncHost(data: Data, keep = true): Data {
  if (devices.size === 0) return data;
  for (const b of devices) b.toHost!(data, keep);
  return data;
}
