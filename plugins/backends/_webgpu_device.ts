/**
 * The main thread's side of the `webgpu` backend: one WebGPU device per
 * process, owned by a worker (`_webgpu_worker.ts`), and the residency of
 * float32 arrays on it.
 *
 * Every float32 array a kernel touches gets a device buffer (a weak map from
 * the array to its buffer; the buffer goes back to the device's pool when the
 * array is collected). Each array is in one of two places: current on the
 * device (a kernel wrote it; the host copy is stale) or current on the host
 * (new, or handed out by `toHost`: then the next kernel that reads it uploads
 * it first). Kernels are queued, not waited for; only `toHost` of an array
 * current on the device reads back, and it is counted in `stats.readbacks`.
 *
 * @module
 */

import { RectifyError } from "../../core/mod.ts";

type Command = [string, ...unknown[]];

/** What the device has done since it started (the readback test counts reads). */
export interface WebGpuStats {
  /** Arrays copied from the device to the host (each a blocking read). */
  readbacks: number;
  /** Arrays copied from the host to the device. */
  uploads: number;
  /** Compute passes queued. */
  dispatches: number;
}

/** The adapter a `webgpu` backend runs on, as the device reported it. */
export interface WebGpuAdapterInfo {
  /** Vendor name (e.g. "mesa"). */
  vendor: string;
  /** Architecture, where the adapter reports one. */
  architecture: string;
  /** Device name, where reported. */
  device: string;
  /** Description (lavapipe reports "llvmpipe ..."). */
  description: string;
  /** True for a software (fallback) adapter such as lavapipe. */
  fallback: boolean;
}

interface Residency {
  id: number;
  /** The device copy is current. */
  device: boolean;
  /** The host copy is current. */
  host: boolean;
}

/** How a kernel uses one of its arrays. */
export interface Binding {
  data: Float32Array;
  read: boolean;
  write: boolean;
}

const INIT_TIMEOUT_MS = 60_000;
const READ_TIMEOUT_MS = 120_000;
const MAX_QUEUE = 512;

/** How to get an adapter, for the errors that say there is none. */
export const NO_ADAPTER_HELP =
  "WebGPU needs a GPU driver with Vulkan, Metal or D3D12 support; for a software device on " +
  "Debian or Ubuntu, install lavapipe: apt-get install mesa-vulkan-drivers";

/** One WebGPU device, owned by a worker thread. */
export class GpuDevice {
  readonly info: WebGpuAdapterInfo;
  readonly stats: WebGpuStats = { readbacks: 0, uploads: 0, dispatches: 0 };
  #worker: Worker;
  #control: Int32Array;
  #stage: Float32Array;
  #answers = 0;
  #nextId = 1;
  #queue: Command[] = [];
  #transfer: Transferable[] = [];
  #res = new WeakMap<Float32Array, Residency>();
  #pipes = new Map<string, number>();
  #finalizer = new FinalizationRegistry<number>((id) => this.#queue.push(["free", id]));

  constructor() {
    const control = new SharedArrayBuffer(16 + 4096);
    this.#control = new Int32Array(control);
    this.#stage = new Float32Array(new SharedArrayBuffer(1 << 20));
    this.#worker = new Worker(new URL("./_webgpu_worker.ts", import.meta.url).href, {
      type: "module",
    });
    (this.#worker as Worker & { unref?: () => void }).unref?.();
    this.#queue.push(["init", control, this.#stage.buffer]);
    const [status, message] = this.#wait(INIT_TIMEOUT_MS, "starting the device");
    if (status !== 0) {
      this.#worker.terminate();
      throw new RectifyError(
        "plugin",
        `Cannot create "webgpu": no WebGPU adapter (${message}). ${NO_ADAPTER_HELP}`,
      );
    }
    this.info = JSON.parse(message);
  }

  /** Send the queued commands to the worker (without waiting). */
  flush(): void {
    if (this.#queue.length === 0) return;
    this.#worker.postMessage(this.#queue, this.#transfer);
    this.#queue = [];
    this.#transfer = [];
  }

  /** Flush, then block until the worker answers once more; returns [status, message]. */
  #wait(timeout: number, what: string): [number, string] {
    this.flush();
    const want = ++this.#answers;
    const start = Date.now();
    while (Atomics.load(this.#control, 0) < want) {
      const left = timeout - (Date.now() - start);
      if (left <= 0 || Atomics.wait(this.#control, 0, want - 1, left) === "timed-out") {
        throw new RectifyError(
          "plugin",
          `webgpu: the device did not answer ${what} in ${timeout} ms`,
        );
      }
    }
    const len = this.#control[2];
    const message = new TextDecoder().decode(
      new Uint8Array(this.#control.buffer, 16, len).slice(),
    );
    return [this.#control[1], message];
  }

  #residency(data: Float32Array): Residency {
    let r = this.#res.get(data);
    if (r === undefined) {
      r = { id: this.#nextId++, device: false, host: true };
      this.#queue.push(["alloc", r.id, data.length]);
      this.#res.set(data, r);
      this.#finalizer.register(data, r.id);
    }
    return r;
  }

  /** The pipeline id of a WGSL source (compiled on first use). */
  #pipe(wgsl: string): number {
    let id = this.#pipes.get(wgsl);
    if (id === undefined) {
      id = this.#pipes.size + 1;
      this.#pipes.set(wgsl, id);
      this.#queue.push(["pipe", id, wgsl]);
    }
    return id;
  }

  /**
   * Queue one compute pass of `wgsl` (binding 0: `params` as `array<f32>`;
   * bindings 1...: `bindings`, distinct arrays) over `gx`·`gy` workgroups.
   * Arrays read are uploaded first where the host copy is the current one;
   * arrays written are current on the device afterwards.
   */
  run(wgsl: string, bindings: readonly Binding[], params: readonly number[], gx: number, gy = 1) {
    const pipe = this.#pipe(wgsl);
    const ids: number[] = [];
    for (const b of bindings) {
      const r = this.#residency(b.data);
      if (b.read && !r.device) {
        const copy = b.data.slice();
        this.#queue.push(["write", r.id, copy]);
        this.#transfer.push(copy.buffer);
        this.stats.uploads++;
        r.device = true;
      }
      ids.push(r.id);
    }
    for (const b of bindings) {
      if (!b.write) continue;
      const r = this.#res.get(b.data)!;
      r.device = true;
      r.host = false;
    }
    const p = new Float32Array(params);
    this.#queue.push(["run", pipe, ids, p, gx, gy]);
    this.#transfer.push(p.buffer);
    this.stats.dispatches++;
    if (this.#queue.length > MAX_QUEUE) this.flush();
  }

  /**
   * Make the host copy of `data` current (reading it back when the device
   * holds newer contents and `keep`), and the host copy the current one.
   */
  toHost(data: Float32Array, keep: boolean): void {
    const r = this.#res.get(data);
    if (r === undefined) return;
    if (!r.host && keep) this.#read(data, r);
    r.host = true;
    r.device = false;
  }

  #read(data: Float32Array, r: Residency): void {
    if (data.length > this.#stage.length) {
      this.#stage = new Float32Array(new SharedArrayBuffer(data.length * 4));
      this.#queue.push(["stage", this.#stage.buffer]);
    }
    this.#queue.push(["read", r.id, data.length]);
    const [status, message] = this.#wait(READ_TIMEOUT_MS, "a read");
    if (status !== 0) throw new RectifyError("plugin", `webgpu: the device failed: ${message}`);
    data.set(this.#stage.subarray(0, data.length));
    this.stats.readbacks++;
  }
}

let shared: GpuDevice | Error | null = null;

/** The process's WebGPU device, started on first use; throws when there is no adapter. */
export function sharedDevice(): GpuDevice {
  if (shared === null) {
    try {
      shared = new GpuDevice();
    } catch (e) {
      shared = e as Error;
    }
  }
  if (shared instanceof Error) throw shared;
  return shared;
}
