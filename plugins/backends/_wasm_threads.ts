/**
 * The second core for the `wasm` backend's large matmuls: one worker thread
 * (`node:worker_threads`, unref'd so it never keeps the process alive; Deno's
 * web Workers would keep it alive while blocked in `Atomics.wait`) runs
 * the same WebAssembly module on the same shared memory. A matmul's packed
 * column panels are split in two; the worker computes the right half while
 * the caller computes the left half, and the caller waits (`Atomics.wait`)
 * for the worker's half. Jobs and completion go through a small
 * SharedArrayBuffer of int32 slots. @internal
 *
 * @module
 */

import { RectifyError } from "../../core/mod.ts";

// Slots of the control array.
const SEQ = 0, DONE = 1, READY = 2, ARGS = 4;

/** The worker: instantiate on the shared memory, then run gemm jobs forever. */
const WORKER = `
const { parentPort } = require("node:worker_threads");
parentPort.once("message", ({ bytes, memory, ctrl }) => {
  const x = new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { memory } }).exports;
  const c = new Int32Array(ctrl);
  Atomics.store(c, ${READY}, 1);
  let seen = 0;
  for (;;) {
    Atomics.wait(c, ${SEQ}, seen);
    seen = Atomics.load(c, ${SEQ});
    const a = ${ARGS};
    x.gemm(c[a], c[a + 1], c[a + 2], c[a + 3], c[a + 4], c[a + 5], c[a + 6], c[a + 7], c[a + 8], 0,
      c[a + 9]);
    Atomics.store(c, ${DONE}, seen);
    Atomics.notify(c, ${DONE});
  }
});
`;

type Gemm = (...args: number[]) => void;

/** One worker sharing the module's memory. @internal */
export class GemmPool {
  /** The shared memory both threads run on. */
  readonly memory: WebAssembly.Memory;
  #ctrl: Int32Array;
  #seq = 0;

  private constructor(memory: WebAssembly.Memory, ctrl: Int32Array) {
    this.memory = memory;
    this.#ctrl = ctrl;
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
   * Start the worker on the module `bytes` and `memory`. `node:worker_threads`
   * is imported lazily (so engines without it, e.g. browsers, still load the
   * backend); where it or the worker fails, the pool never becomes ready and
   * every matmul stays on the calling thread.
   */
  static start(bytes: Uint8Array, memory: WebAssembly.Memory): GemmPool {
    const ctrl = new Int32Array(new SharedArrayBuffer(64 * 4));
    import("node:worker_threads").then(({ Worker }) => {
      const worker = new Worker(WORKER, { eval: true });
      worker.unref();
      worker.on("error", () => Atomics.store(ctrl, READY, -1));
      worker.postMessage({ bytes, memory, ctrl: ctrl.buffer });
    }).catch(() => Atomics.store(ctrl, READY, -1));
    return new GemmPool(memory, ctrl);
  }

  /** Whether the worker has instantiated the module. */
  ready(): boolean {
    return Atomics.load(this.#ctrl, READY) === 1;
  }

  /**
   * `gemm` over all `n` columns (arguments as the export's: packed A and B,
   * C rows `n` apart, the micro-kernel `splat`), the right half of the 8-column panels on the worker.
   * Runs on the calling thread alone until the worker is ready.
   */
  gemm(
    x: { gemm: Gemm },
    apk: number,
    bpk: number,
    c: number,
    m: number,
    k: number,
    n: number,
    flags: number,
    bias: number,
    splat: number,
  ): void {
    if (!this.ready()) {
      x.gemm(apk, bpk, c, m, k, n, flags, bias, n, 0, splat);
      return;
    }
    const panels = (n + 7) >> 3, left = (panels >> 1) * 8;
    const ctl = this.#ctrl;
    ctl[ARGS] = apk;
    ctl[ARGS + 1] = bpk + left * k * 4; // panel left/8 of [panels][k][8]
    ctl[ARGS + 2] = c + left * 4;
    ctl[ARGS + 3] = m;
    ctl[ARGS + 4] = k;
    ctl[ARGS + 5] = n - left;
    ctl[ARGS + 6] = flags;
    ctl[ARGS + 7] = bias + left * 4;
    ctl[ARGS + 8] = n;
    ctl[ARGS + 9] = splat;
    const seq = ++this.#seq;
    Atomics.store(ctl, SEQ, seq);
    Atomics.notify(ctl, SEQ);
    x.gemm(apk, bpk, c, m, k, left, flags, bias, n, 0, splat);
    const t0 = performance.now();
    for (;;) {
      const done = Atomics.load(ctl, DONE);
      if (done === seq) break;
      Atomics.wait(ctl, DONE, done, 50);
      if (performance.now() - t0 > 10_000) {
        throw new RectifyError("plugin", "wasm: the matmul worker did not answer within 10 s");
      }
    }
  }
}
