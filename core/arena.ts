/**
 * Step arenas: tensor storage reused from one training step to the next, so
 * that a step allocates no array buffers in steady state.
 *
 * @module
 */

import { type Backend, type Data, getBackend, zeroData } from "./backend.ts";
import { RectifyError } from "./errors.ts";
import {
  _activate,
  _isActive,
  _restore,
  _retire,
  type Lease,
  type Lender,
  lentBlock,
} from "./storage.ts";

/** A slab of storage and the backend that lent it (null: a plain typed array). */
interface Slab {
  data: Data;
  backend: Backend | null;
}

/** Bump allocation over the slabs of one element type. */
interface Pool {
  readonly float64: boolean;
  slabs: Slab[];
  /** Slab being carved, and the next free element in it. */
  index: number;
  offset: number;
  /** Elements handed out in this run (rounded to 64 bytes each), and the most in any run. */
  used: number;
  peak: number;
  /** A slab was added during this run: merge the slabs into one before the next. */
  grew: boolean;
}

/** A leaf's gradient buffer, and the lease of the `.grad` tensor made on it last. */
interface GradBuffer {
  data: Data;
  lease: { ended: boolean };
}

/** Smallest slab made, in elements (1 MiB of float32). */
const MIN_SLAB = 1 << 18;

/** Statistics of a {@linkcode StepArena}. */
export interface ArenaStats {
  /** Completed and running `run` calls. */
  runs: number;
  /** Slabs held now (one in steady state per element type used). */
  slabs: number;
  /** Bytes held in slabs now. */
  bytes: number;
  /** Bytes handed out during the last (or current) run. */
  lastRunBytes: number;
  /** Slabs made so far (stops growing in steady state). */
  slabsMade: number;
  /** How many slabs came from the backend's own memory ({@linkcode Backend.allocate}). */
  backendSlabs: number;
}

/**
 * Storage for the tensors of one training step, reused by the next step.
 *
 * Inside {@linkcode StepArena.run}, every tensor the core and the plugins
 * allocate (activations, intermediate gradients, the loss) is carved out of
 * the arena's slabs instead of a fresh typed array. The next `run` hands the
 * same memory out again, so after the first steps a training step allocates
 * no array buffers: no page faults on fresh memory, nothing for the garbage
 * collector. With a backend that lends its own memory ({@linkcode
 * Backend.allocate}, e.g. `wasm`), the slabs live there and element-wise
 * kernels run in place, without copies in and out.
 *
 * The rule: **a tensor made inside a run is valid until the next `run` of the
 * same arena starts** (or {@linkcode StepArena.dispose}). Reading `.data` of
 * such a tensor afterwards throws a `RectifyError` with code `"arena"`; a
 * `.data` array taken out earlier sees the next step's values. `clone()` it
 * (or read it) inside the step to keep it, or allocate under
 * {@linkcode withoutArena}.
 *
 * Gradients of leaves (parameters' `.grad`) get a buffer of their own per
 * leaf, reused whenever a run makes the leaf a new `.grad` (after
 * `zeroGrad()`), so the default `zeroGrad()` allocates nothing per step
 * either; the `.grad` tensor made on that buffer before expires then, like
 * step storage. Gradients accumulate across runs as usual while `.grad` is
 * kept, and stay readable after `dispose()`. Optimizer state and lazily
 * built activation parameters are never arena storage.
 *
 * Runs are synchronous (a body returning a promise is rejected) and nest: an
 * inner arena's run takes over until it returns. Call `dispose()` when done:
 * an arena keeps its slabs (backend memory included) until then, so make one
 * per training loop, not one per step.
 *
 * @example One arena for all the steps of a training loop
 * ```ts
 * import { mlp, Optimizer, Rng, softmaxCrossEntropy, StepArena, tensor } from "@rectify/core";
 * const model = mlp({ inputSize: 2, hidden: [8], outputSize: 2, rng: new Rng(0) });
 * const opt = new Optimizer(Object.fromEntries(model.namedParameters()), "sgd:lr=0.1");
 * const x = tensor([[0, 1], [1, 0]]);
 * const arena = new StepArena();
 * for (let step = 0; step < 5; step++) {
 *   opt.zeroGrad();
 *   const loss = arena.run(() => {
 *     const l = softmaxCrossEntropy(model.call(x), new Int32Array([0, 1]));
 *     l.backward();
 *     return l.item();
 *   });
 *   opt.step();
 *   console.log(loss.toFixed(3));
 * }
 * console.log(arena.stats().slabsMade); // 1: the first step's slab is reused
 * arena.dispose();
 * ```
 */
export class StepArena {
  #f32: Pool = newPool(false);
  #f64: Pool = newPool(true);
  /** Lease of the current (or last) run's storage. */
  #lease = { ended: false };
  /** Gradient buffers by leaf, and the same records by buffer. */
  #grads = new WeakMap<object, GradBuffer>();
  #gradData = new WeakMap<Data, GradBuffer>();
  #lender: Lender = {
    take: (float64, n, zero) => this.#take(float64, n, zero),
    leaseOf: (data) => this.#leaseOf(data),
    gradBuffer: (leaf, float64, n) => this.#gradBuffer(leaf, float64, n),
  };
  /** The block `#take` handed out last in this run (null after a run ends). */
  #lastTaken: Data | null = null;
  #runs = 0;
  #made = 0;
  #fromBackend = 0;
  #disposed = false;

  /**
   * Run one step with this arena's storage. Tensors made by the previous run
   * expire now, and their memory is handed out again.
   */
  run<T>(fn: () => T): T {
    if (this.#disposed) {
      throw new RectifyError("arena", "StepArena.run: the arena was disposed; make a new one");
    }
    if (_isActive(this.#lender)) {
      throw new RectifyError(
        "arena",
        "StepArena.run: this arena is already running (a run cannot start inside its own run)",
      );
    }
    this.#expire();
    this.#reset(this.#f32);
    this.#reset(this.#f64);
    this.#runs++;
    const prev = _activate(this.#lender);
    try {
      const r = fn();
      if (r instanceof Promise) {
        r.catch(() => {});
        throw new RectifyError(
          "arena",
          "StepArena.run: the body returned a promise; runs are synchronous (await outside the run)",
        );
      }
      return r;
    } finally {
      _restore(prev);
    }
  }

  /** Expire the last run's tensors and give the slabs back (to the backend when it lent them). */
  dispose(): void {
    if (_isActive(this.#lender)) {
      throw new RectifyError("arena", "StepArena.dispose: called inside the arena's own run");
    }
    this.#expire();
    for (const p of [this.#f32, this.#f64]) {
      for (const s of p.slabs) s.backend?.free?.(s.data as Float32Array);
      p.slabs = [];
      p.index =
        p.offset =
        p.used =
        p.peak =
          0;
    }
    // gradient buffers stay with their parameters' .grad: forgotten, not expired
    this.#grads = new WeakMap();
    this.#gradData = new WeakMap();
    _retire(this.#lender);
    this.#disposed = true;
  }

  /** What the arena holds and has done. */
  stats(): ArenaStats {
    let slabs = 0, bytes = 0, last = 0;
    for (const p of [this.#f32, this.#f64]) {
      slabs += p.slabs.length;
      for (const s of p.slabs) bytes += s.data.byteLength;
      last += p.used * (p.float64 ? 8 : 4);
    }
    return {
      runs: this.#runs,
      slabs,
      bytes,
      lastRunBytes: last,
      slabsMade: this.#made,
      backendSlabs: this.#fromBackend,
    };
  }

  /** `n` elements from the current run, zeroed when `zero`. */
  #take(float64: boolean, n: number, zero: boolean): Data {
    const p = float64 ? this.#f64 : this.#f32;
    const size = n + ((-n) & (float64 ? 7 : 15));
    let slab = p.slabs[p.index];
    if (slab === undefined || p.offset + size > slab.data.length) slab = this.#next(p, size);
    const view = slab.data.subarray(p.offset, p.offset + n);
    p.offset += size;
    p.used += size;
    if (zero) zeroData(view);
    this.#lastTaken = view;
    return view;
  }

  /** The current run's lease for slab storage, a gradient buffer's own lease, or null. */
  #leaseOf(data: Data): Lease | null {
    // a tensor is mostly made on the block just taken: no search of the slabs for it
    if (data === this.#lastTaken) return this.#lease;
    if (inSlabs(this.#f32.slabs, data) || inSlabs(this.#f64.slabs, data)) return this.#lease;
    return this.#gradData.get(data)?.lease ?? null;
  }

  /** The leaf's gradient buffer: the `.grad` made on it before expires now. */
  #gradBuffer(leaf: object, float64: boolean, n: number): Data {
    let g = this.#grads.get(leaf);
    if (g === undefined || g.data.length !== n || (g.data instanceof Float64Array) !== float64) {
      // float32 in the backend's memory where it lends blocks: its kernels read it in place
      const lent = float64 ? null : lentBlock(n);
      if (lent !== null) zeroData(lent);
      const data = lent ?? (float64 ? new Float64Array(n) : new Float32Array(n));
      g = { data, lease: { ended: false } };
      this.#grads.set(leaf, g);
      this.#gradData.set(data, g);
    } else {
      g.lease.ended = true;
      g.lease = { ended: false };
    }
    return g.data;
  }

  /** End the last run's lease: its tensors expire, their memory is handed out again. */
  #expire(): void {
    this.#lastTaken = null;
    this.#lease.ended = true;
    this.#lease = { ended: false };
  }

  /** Start a run: merge the slabs into one when the last run needed more. */
  #reset(p: Pool): void {
    if (p.used > p.peak) p.peak = p.used;
    if (p.grew) {
      for (const s of p.slabs) s.backend?.free?.(s.data as Float32Array);
      p.slabs = [this.#slab(p.float64, p.peak)];
      p.grew = false;
    }
    p.index = p.offset = p.used = 0;
  }

  /** The next slab with room for `size` elements (made when there is none). */
  #next(p: Pool, size: number): Slab {
    while (++p.index < p.slabs.length) {
      if (p.slabs[p.index].data.length >= size) {
        p.offset = 0;
        return p.slabs[p.index];
      }
    }
    const s = this.#slab(p.float64, Math.max(size, MIN_SLAB, p.used));
    p.slabs.push(s);
    p.index = p.slabs.length - 1;
    p.offset = 0;
    p.grew = true;
    return s;
  }

  #slab(float64: boolean, n: number): Slab {
    this.#made++;
    if (!float64) {
      const backend = getBackend();
      const lent = backend.allocate?.(n) ?? null;
      if (lent !== null) {
        this.#fromBackend++;
        return { data: lent, backend };
      }
      return { data: new Float32Array(n), backend: null };
    }
    return { data: new Float64Array(n), backend: null };
  }
}

function inSlabs(slabs: readonly Slab[], data: Data): boolean {
  const buf = data.buffer, at = data.byteOffset;
  for (let i = 0; i < slabs.length; i++) {
    const d = slabs[i].data;
    // an empty array may sit at a slab's end; a non-empty one starting there is the next block's
    if (
      d.buffer === buf && at >= d.byteOffset &&
      (at < d.byteOffset + d.byteLength ||
        (at === d.byteOffset + d.byteLength && data.length === 0))
    ) return true;
  }
  return false;
}

function newPool(float64: boolean): Pool {
  return { float64, slabs: [], index: 0, offset: 0, used: 0, peak: 0, grew: false };
}
