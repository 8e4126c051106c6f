/**
 * The second core for the `wasm` backend's large matmuls and Adam updates: one worker thread
 * (`node:worker_threads`, unref'd so it never keeps the process alive; Deno's
 * web Workers would keep it alive while blocked in `Atomics.wait`) runs
 * the same WebAssembly module on the same shared memory. A matmul's A is
 * packed by both threads (blocks of slivers claimed from an atomic counter),
 * then its packed column panels are split in chunks that the worker and the
 * caller claim in turn (an atomic counter) until none are left, and the caller waits
 * (`Atomics.wait`) for the worker's last chunk. An Adam update (the `"adam"` op) splits the same
 * way by elements: the worker updates the second half, on the same memory
 * or on the backend's storage memory (where optimizer state lives, so that
 * the moments are updated in place there), on which the worker runs a
 * second instance of the module. Jobs and completion
 * go through a small SharedArrayBuffer of int32 slots (and float64 slots for
 * Adam's coefficients). @internal
 *
 * @module
 */

import { RectifyError } from "../../core/mod.ts";

// Int32 slots of the control array (JOB: 0 gemm, 1 adam, 2 adam on the storage memory, 3 gemm
// there, 4 none: a wake-up; NEXT: the next chunk of a gemm's columns to claim, then the next
// block of A's slivers to pack and the blocks packed; AWAKE: 1 while the worker is not asleep in
// `Atomics.wait`; ARGS: a job's 16 arguments); float64 slot F64 on (int32 slot 32 on) holds
// Adam's ten coefficients.
const SEQ = 0, DONE = 1, READY = 2, JOB = 3, NEXT = 4, AWAKE = 7, ARGS = 8, F64 = 16;
const WAKE_UP = 4;

/**
 * How long a thread spins on the control slots before it sleeps in `Atomics.wait` (ms): the
 * worker after a job (the next one of a training step usually comes sooner), the caller for
 * the worker's last chunk. A futex wake took 20–54 µs here (bench/README.md, sixth session).
 */
const SPIN_MS = 0.25;

/**
 * Multiply-adds from which a matmul splits even when the worker sleeps; below, the caller runs
 * it alone and wakes the worker for the next one. Waking it (and then the caller, which waits
 * for it) took 0.4–0.6 ms here, more than such a product takes alone (a 2²³ product about
 * 0.45 ms). Larger ones split as before, which in a training step whose worker slept between
 * steps measured better than running the step's first product alone (bench/README.md,
 * eleventh session).
 */
const SPLIT_ASLEEP_MIN = 2 ** 23;

/**
 * Multiply-adds a µs that a wake-up assumes of the product the caller runs alone meanwhile
 * (about 20 GFLOP/s, below what the kernel does here, so the worker spins a little past it).
 */
const WAKE_WORK_PER_US = 10_000;

/**
 * Spin while `c[i]` equals `v`, for at most `ms` milliseconds; whether it changed. Runs on both
 * threads (the worker gets its source, so it must use nothing but its arguments and globals).
 */
function spin(c: Int32Array, i: number, v: number, ms: number): boolean {
  const end = performance.now() + ms;
  for (let n = 0;; n++) {
    if (Atomics.load(c, i) !== v) return true;
    if ((n & 255) === 255 && performance.now() > end) return false;
  }
}

/** The exports a split gemm calls. */
type GemmExports = {
  gemm(...args: number[]): void;
  packA(a: number, rs: number, ps: number, dst: number, m: number, k: number): void;
  packB(b: number, dst: number, k: number, n: number, trans: number, ld: number): void;
};

/**
 * The split gemm's loops, run by both threads (the worker gets its source, so it must use
 * nothing but its arguments and globals). First, given A unpacked (at `a` ≥ 0, A(i, p) at
 * `a + i·rs + p·ps`), claim blocks of `sb` slivers of `mr` rows (an atomic counter at
 * `c[next + 1]`) and pack each into its place in the packed A at `apk`, until none are left,
 * then wait until every block is packed (counted at `c[next + 2]`): the threads share A's
 * packing instead of the caller packing it alone before the split. Then claim the next chunk
 * of `cw` columns (at `c[next]`) until none are left; pack the chunk's panels of B (at `b`,
 * transposed or not, rows `n` floats apart) into their place in the packed B at `bpk` and run
 * the gemm on them. The job's arguments are in `c[at...]`: apk, b, bpk, C, m, k, n, flags,
 * bias, splat, cw, trans, a, rs, ps, mr.
 */
function gemmChunks(x: GemmExports, c: Int32Array, at: number, next: number): void {
  const apk = c[at], b = c[at + 1], bpk = c[at + 2], cc = c[at + 3], m = c[at + 4];
  const k = c[at + 5], n = c[at + 6], flags = c[at + 7], bias = c[at + 8], splat = c[at + 9];
  const cw = c[at + 10], trans = c[at + 11], a = c[at + 12];
  if (a >= 0) {
    const rs = c[at + 13], ps = c[at + 14], mr = c[at + 15], sb = 8;
    const blocks = Math.ceil(m / (mr * sb));
    for (let q = Atomics.add(c, next + 1, 1); q < blocks; q = Atomics.add(c, next + 1, 1)) {
      const i0 = q * sb * mr;
      x.packA(a + i0 * rs, rs, ps, apk + i0 * k * 4, Math.min(m - i0, sb * mr), k);
      Atomics.add(c, next + 2, 1);
    }
    // the other thread's last block (it claimed it, so it is packing it)
    const end = performance.now() + 10_000;
    for (let w = 0; Atomics.load(c, next + 2) < blocks; w++) {
      if ((w & 1023) === 1023 && performance.now() > end) {
        throw new Error("wasm threads: the other thread did not finish packing A within 10 s");
      }
    }
  }
  const chunks = Math.ceil(n / cw);
  for (let j = Atomics.add(c, next, 1); j < chunks; j = Atomics.add(c, next, 1)) {
    const j0 = j * cw, cols = Math.min(cw, n - j0), pk = bpk + j0 * k * 4; // panels [n/8][k][8]
    x.packB(trans ? b + j0 * k * 4 : b + j0 * 4, pk, k, cols, trans, n);
    x.gemm(apk, pk, cc + j0 * 4, m, k, cols, flags, bias + j0 * 4, n, 0, splat);
  }
}

/** The worker: instantiate on the shared memory, then run gemm and adam jobs forever. */
const WORKER = `
const { parentPort } = require("node:worker_threads");
const gemmChunks = ${gemmChunks.toString()};
const spin = ${spin.toString()};
parentPort.once("message", ({ bytes, memory, storage, ctrl }) => {
  const module = new WebAssembly.Module(bytes);
  const x = new WebAssembly.Instance(module, { env: { memory } }).exports;
  const xs = storage ? new WebAssembly.Instance(module, { env: { memory: storage } }).exports : x;
  const c = new Int32Array(ctrl), f = new Float64Array(ctrl);
  Atomics.store(c, ${AWAKE}, 1);
  Atomics.store(c, ${READY}, 1);
  let seen = 0, spinMs = ${SPIN_MS};
  for (;;) {
    if (!spin(c, ${SEQ}, seen, spinMs)) {
      Atomics.store(c, ${AWAKE}, 0);
      Atomics.wait(c, ${SEQ}, seen);
      Atomics.store(c, ${AWAKE}, 1);
    }
    seen = Atomics.load(c, ${SEQ});
    const a = ${ARGS};
    // after a wake-up, spin through the product the caller runs alone meanwhile (c[a]: its
    // expected time in µs), so that the next one finds the worker awake
    spinMs = ${SPIN_MS} + (c[${JOB}] === ${WAKE_UP} ? c[a] / 1000 : 0);
    if (c[${JOB}] === 0 || c[${JOB}] === 3) {
      gemmChunks(c[${JOB}] === 0 ? x : xs, c, a, ${NEXT});
    } else if (c[${JOB}] !== ${WAKE_UP}) {
      const d = ${F64};
      (c[${JOB}] === 2 ? xs : x).adam(c[a], c[a + 1], c[a + 2], c[a + 3], c[a + 4], c[a + 5],
        f[d], f[d + 1], f[d + 2], f[d + 3], f[d + 4], f[d + 5], f[d + 6], f[d + 7], f[d + 8],
        f[d + 9], c[a + 6]);
    }
    Atomics.store(c, ${DONE}, seen);
    Atomics.notify(c, ${DONE});
  }
});
`;

type Gemm = (...args: number[]) => void;

/**
 * A split gemm's A, unpacked: A(i, p) at byte `a + i·rs + p·ps`, packed by both threads
 * (`packA`'s arguments) in slivers of `rows` rows (the module's micro-kernel rows). @internal
 */
export interface PackA {
  /** Byte offset of A(0, 0). */
  a: number;
  /** Bytes from one row of A to the next. */
  rs: number;
  /** Bytes from one column of A to the next. */
  ps: number;
  /** Rows per sliver of packed A. */
  rows: number;
}

/** Chunks a split gemm's columns are claimed in: about 12, of whole 8-column panels. */
const GEMM_CHUNKS = 12;

/** Columns per claimed chunk of an `n`-column gemm (see {@linkcode GEMM_CHUNKS}). */
function chunkColumns(n: number): number {
  return Math.max(1, Math.ceil((n + 7) / 8 / GEMM_CHUNKS)) * 8;
}

/** One worker sharing the module's memory. @internal */
export class GemmPool {
  /** The shared memory both threads run on. */
  readonly memory: WebAssembly.Memory;
  /** The backend's storage memory, where the worker also runs Adam updates (null: none). */
  readonly storage: WebAssembly.Memory | null;
  #ctrl: Int32Array;
  /** The job slots of a gemm run on the calling thread alone. */
  #solo = new Int32Array(ARGS + 16);
  #f64: Float64Array;
  #seq = 0;

  private constructor(
    memory: WebAssembly.Memory,
    storage: WebAssembly.Memory | null,
    ctrl: Int32Array,
  ) {
    this.memory = memory;
    this.storage = storage;
    this.#ctrl = ctrl;
    this.#f64 = new Float64Array(ctrl.buffer);
  }

  /** A shared WebAssembly memory, or null where the engine has none. */
  static sharedMemory(maxPages: number): WebAssembly.Memory | null {
    if (typeof SharedArrayBuffer !== "function" || typeof Atomics !== "object") return null;
    try {
      return new WebAssembly.Memory({ initial: 1, maximum: maxPages, shared: true });
    } catch {
      return null;
    }
  }

  /**
   * Start the worker on the module `bytes` and `memory` (and, given, the
   * storage memory: see {@linkcode GemmPool.adam}). `node:worker_threads`
   * is imported lazily (so engines without it, e.g. browsers, still load the
   * backend); where it or the worker fails, the pool never becomes ready and
   * every matmul stays on the calling thread.
   */
  static start(
    bytes: Uint8Array,
    memory: WebAssembly.Memory,
    storage: WebAssembly.Memory | null,
  ): GemmPool {
    const ctrl = new Int32Array(new SharedArrayBuffer(64 * 4));
    import("node:worker_threads").then(({ Worker }) => {
      const worker = new Worker(WORKER, { eval: true });
      worker.unref();
      worker.on("error", () => Atomics.store(ctrl, READY, -1));
      worker.postMessage({ bytes, memory, storage, ctrl: ctrl.buffer });
    }).catch(() => Atomics.store(ctrl, READY, -1));
    return new GemmPool(memory, storage, ctrl);
  }

  /** Whether the worker has instantiated the module. */
  ready(): boolean {
    return Atomics.load(this.#ctrl, READY) === 1;
  }

  /**
   * `gemm` over all `n` columns (arguments as the export's: A packed at
   * `apk`, C rows `n` apart, the micro-kernel `splat`; B unpacked at `b`,
   * transposed or not, packed into `bpk`) on both threads: the 8-column
   * panels in chunks that each thread claims in turn until none are left,
   * packing each chunk's panels of B itself (see `gemmChunks`), so a thread
   * on a slower core takes fewer (the two vCPUs here ran at different speeds
   * from moment to moment). Each column is
   * computed by the same kernel calls whichever thread claims it: the bits of
   * one thread. The offsets are in the shared memory, or with `onStorage` in
   * the storage memory (`x` the caller's instance on it; the worker runs its
   * own instance there). Runs on the calling thread alone until the worker is
   * ready. Whether a product should split now is {@linkcode GemmPool.claim}'s to say.
   * Given `packA`, A is packed into `apk` first, by both threads (see `gemmChunks`).
   */
  gemm(
    x: GemmExports,
    apk: number,
    b: number,
    trans: boolean,
    bpk: number,
    c: number,
    m: number,
    k: number,
    n: number,
    flags: number,
    bias: number,
    splat: number,
    onStorage = false,
    packA: PackA | null = null,
  ): void {
    // until the worker is ready (or without its storage instance) the same loop runs alone
    const alone = !this.ready() || (onStorage && this.storage === null);
    if (!alone) this.#settle();
    const ctl = alone ? this.#solo : this.#ctrl;
    ctl[JOB] = onStorage ? 3 : 0;
    ctl[ARGS] = apk;
    ctl[ARGS + 1] = b;
    ctl[ARGS + 2] = bpk;
    ctl[ARGS + 3] = c;
    ctl[ARGS + 4] = m;
    ctl[ARGS + 5] = k;
    ctl[ARGS + 6] = n;
    ctl[ARGS + 7] = flags;
    ctl[ARGS + 8] = bias;
    ctl[ARGS + 9] = splat;
    ctl[ARGS + 10] = chunkColumns(n);
    ctl[ARGS + 11] = trans ? 1 : 0;
    ctl[ARGS + 12] = packA === null ? -1 : packA.a;
    ctl[ARGS + 13] = packA?.rs ?? 0;
    ctl[ARGS + 14] = packA?.ps ?? 0;
    ctl[ARGS + 15] = packA?.rows ?? 0;
    Atomics.store(ctl, NEXT, 0);
    Atomics.store(ctl, NEXT + 1, 0);
    Atomics.store(ctl, NEXT + 2, 0);
    const seq = alone ? 0 : this.#post();
    gemmChunks(x, ctl, ARGS, NEXT);
    if (!alone) this.#wait(seq);
  }

  /**
   * One Adam step over `n` elements at byte offsets `p, g, m, v, vm` of the
   * shared memory, or of the storage memory with `onStorage` (the `adam`
   * export's arguments; `x` the caller's instance on that memory; `c` its ten
   * float coefficients `[b1, b2, a1, a2, bc1, bc2Sqrt, eps, cwd, dwd, k]`),
   * the second half of the elements on the worker. Element-wise, so the bits
   * are those of one thread.
   */
  adam(
    x: { adam: Gemm },
    offs: readonly [number, number, number, number, number],
    n: number,
    c: readonly number[],
    ams: number,
    onStorage = false,
  ): void {
    const [p, g, m, v, vm] = offs;
    // half, a multiple of 16 elements, to the worker (when it is awake and has the memory)
    const left = (!onStorage || this.storage !== null) && this.claim(0) ? (n >> 5) << 4 : n;
    if (left < n) {
      const ctl = this.#ctrl, f = this.#f64;
      ctl[JOB] = onStorage ? 2 : 1;
      for (let i = 0; i < 5; i++) ctl[ARGS + i] = offs[i] + left * 4;
      ctl[ARGS + 5] = n - left;
      ctl[ARGS + 6] = ams;
      for (let i = 0; i < 10; i++) f[F64 + i] = c[i];
      const seq = this.#post();
      x.adam(p, g, m, v, vm, left, ...c, ams);
      this.#wait(seq);
    } else x.adam(p, g, m, v, vm, n, ...c, ams);
  }

  /**
   * Whether a job of `work` multiply-adds should go to both threads now: the worker is ready,
   * has taken every job posted (a wake-up is not waited for), and is awake, or the work pays for
   * waking it ({@linkcode SPLIT_ASLEEP_MIN}). When it sleeps and the work does not pay, this
   * posts a wake-up (not waited for), after which the worker spins through the time this work
   * should take and then {@linkcode SPIN_MS} for the next job, and says no: the caller runs this
   * one alone.
   */
  claim(work: number): boolean {
    if (!this.ready()) return false;
    const ctl = this.#ctrl;
    if (Atomics.load(ctl, DONE) !== this.#seq) return false;
    if (Atomics.load(ctl, AWAKE) === 1 || work >= SPLIT_ASLEEP_MIN) return true;
    ctl[JOB] = WAKE_UP;
    ctl[ARGS] = Math.ceil(work / WAKE_WORK_PER_US);
    this.#post();
    return false;
  }

  /** Wait for a wake-up the worker has not taken yet (none: return at once). */
  #settle(): void {
    if (Atomics.load(this.#ctrl, DONE) !== this.#seq) this.#wait(this.#seq);
  }

  /**
   * Have the worker awake (spinning for a job) now, waking it and waiting until it is up if it
   * sleeps: before timing a split as a training step runs it (its jobs come back to back).
   */
  awaken(): void {
    if (!this.ready()) return;
    const ctl = this.#ctrl;
    this.#settle();
    if (Atomics.load(ctl, AWAKE) === 1) return;
    ctl[JOB] = WAKE_UP;
    this.#wait(this.#post());
  }

  /** Hand the job in the slots to the worker; returns its sequence number. */
  #post(): number {
    const seq = ++this.#seq;
    Atomics.store(this.#ctrl, SEQ, seq);
    Atomics.notify(this.#ctrl, SEQ);
    return seq;
  }

  /** Wait until the worker has finished job `seq`. */
  #wait(seq: number): void {
    const ctl = this.#ctrl;
    if (spin(ctl, DONE, seq - 1, SPIN_MS)) return;
    const t0 = performance.now();
    for (;;) {
      const done = Atomics.load(ctl, DONE);
      if (done === seq) break;
      Atomics.wait(ctl, DONE, done, 50);
      if (performance.now() - t0 > 10_000) {
        throw new RectifyError("plugin", "wasm: the worker did not answer within 10 s");
      }
    }
  }
}
