/**
 * The `wasm` backend's kernels: a WebAssembly SIMD128 module (built from
 * `wasm/kernels.ts`, embedded in `_wasm_bytes.ts`) driven through a scratch
 * arena. Tensors stay in JS typed arrays; each kernel copies its operands
 * into the arena (`TypedArray.set`, a memcpy), runs, and copies the result
 * out. Float64 data and small problems run on the js kernels.
 *
 * `allocate` lends float32 blocks of a second, shared memory (a
 * {@linkcode Storage}); element-wise kernels whose operands and output are
 * all such blocks run there in place, without copies, and so do matmuls whose
 * output is a block (operands that are not blocks copied in). @internal
 *
 * @module
 */

import {
  type Backend,
  type BinaryOp,
  type Data,
  jsBackend,
  type Kernel,
  type MatmulOptions,
  RectifyError,
  type UnaryOp,
} from "../../core/mod.ts";
import {
  WASM_GEMM_ROWS,
  WASM_RELAXED,
  WASM_RELAXED_SHARED,
  WASM_SHARED_MAX_PAGES,
  WASM_SIMD,
} from "./_wasm_bytes.ts";
import { GemmPool } from "./_wasm_threads.ts";
import { align, slot, SLOT_SLACK } from "./_wasm_layout.ts";
import { type ConvExports, convKernels, type ConvScratch, packedA } from "./_wasm_conv.ts";

/** Options of the `wasm` backend. */
export interface WasmBackendOptions {
  /** Use relaxed SIMD (`f32x4.relaxed_madd`) when the engine supports it. */
  relaxed: boolean;
  /** Matmuls with fewer multiply-adds (m·k·n) than this run on the js kernels. */
  minMatmulWork: number;
  /** Element-wise kernels on fewer elements than this run on the js kernels. */
  minElementwise: number;
  /**
   * Threads for large matmuls: 1 (default) or 2 (a worker on the second core
   * shares the column panels, claimed in chunks, on shared WebAssembly memory).
   */
  threads?: number;
  /** Matmuls with at least this many multiply-adds split over the threads. */
  minThreadWork?: number;
  /**
   * With 2 threads: run the first eligible matmuls alternately split and on
   * one thread, untimed, until {@linkcode SPLIT_SKIP_WORK} multiply-adds ran
   * split (so that the worker's code and the shared instances' tier up), then
   * time one product both ways back to back ({@linkcode SPLIT_CALIBRATION}
   * pairs) and keep splitting only if that measured at least 10% faster,
   * measuring again every {@linkcode RECALIBRATE} eligible matmuls (default
   * true); false splits always.
   */
  calibrate?: boolean;
}

/** Largest arena the shared memory serves (its maximum, less headroom); bigger runs unsplit. */
const SHARED_ARENA_BYTES = WASM_SHARED_MAX_PAGES * 65536 - (1 << 20);

/**
 * The gemm micro-kernel (`splat` argument of the export: 0 broadcasts A by
 * shuffles for three rows of four and `load32_splat` for the fourth, 1 by
 * `load32_splat` for all; the same bits) chosen for this process,
 * per module (relaxed or not): both give the same bits, and which is faster
 * depends on the engine (bounds checks on every access or not) and the CPU.
 * Until chosen, matmuls of at least {@linkcode SPLAT_MIN_WORK} multiply-adds
 * alternate between the two, untimed, while the instance runs its first
 * {@linkcode SPLAT_SKIP_WORK} multiply-adds (V8 starts WebAssembly in its
 * baseline compiler and tiers each function up after a budget of work);
 * then {@linkcode calibrateSplat} times the two back to back on one product
 * and the faster is kept. Timing them on the products of a training step
 * instead compared different shapes, or one shape across steps seconds apart
 * on a host whose speed changes from one second to the next: the MLP b128
 * step kept the slower kernel in three processes of four.
 */
const SPLAT = new Map<boolean, number>();
/** Multiply-adds and products each instance has run while the micro-kernel is not chosen yet. */
const SPLAT_WORK = new WeakMap<object, { work: number; calls: number }>();

/**
 * Multiply-adds an instance runs (alternating the micro-kernels) before they are timed: V8 tiered
 * the gemm up after ~2.4·10⁷ of them in `bench/README.md`'s measurement. @internal
 */
export const SPLAT_SKIP_WORK = 2 ** 25;

/** Pairs of back-to-back timings of the two micro-kernels before one is kept. */
const SPLAT_CALIBRATION = 12;

/** Matmuls with fewer multiply-adds do not count towards the choice of the micro-kernel. */
const SPLAT_MIN_WORK = 1 << 17;

/** The product the two micro-kernels are timed on: [m, k, n]. */
const SPLAT_SHAPE = [64, 256, 128] as const;

/** Bytes of memory {@linkcode calibrateSplat} uses. */
const SPLAT_BYTES = align(packedA(SPLAT_SHAPE[0], SPLAT_SHAPE[1]) * 4) +
  align(SPLAT_SHAPE[1] * SPLAT_SHAPE[2] * 4) + SPLAT_SHAPE[0] * SPLAT_SHAPE[2] * 4;

/**
 * The gemm micro-kernel chosen in this process for the relaxed (or plain)
 * module, or undefined while it is still being measured. @internal
 */
export function chosenGemmKernel(relaxed: boolean): "shuffle" | "splat" | undefined {
  const v = SPLAT.get(relaxed);
  return v === undefined ? undefined : v === 1 ? "splat" : "shuffle";
}

/**
 * The micro-kernel for a product of `work` multiply-adds on instance `x`: the chosen one, or
 * while none is, the two in turn (so that both tier up).
 */
function splatFor(relaxed: boolean, x: object, work: number): number {
  const chosen = SPLAT.get(relaxed);
  if (chosen !== undefined) return chosen;
  if (work < SPLAT_MIN_WORK) return 0;
  let done = SPLAT_WORK.get(x);
  if (done === undefined) SPLAT_WORK.set(x, done = { work: 0, calls: 0 });
  done.work += work;
  return done.calls++ & 1;
}

/**
 * After a product on instance `x`: once it has run {@linkcode SPLAT_SKIP_WORK} multiply-adds
 * and no micro-kernel is chosen, time the two back to back ({@linkcode SPLAT_CALIBRATION} pairs,
 * the order alternating, after two untimed pairs) on {@linkcode SPLAT_SHAPE} at byte offset
 * `base` (zero operands; {@linkcode SPLAT_BYTES} bytes there are overwritten) and keep the faster
 * by {@linkcode splatChoice}.
 */
function calibrateSplat(relaxed: boolean, x: Exports, base: number): void {
  if (SPLAT.has(relaxed) || (SPLAT_WORK.get(x)?.work ?? 0) < SPLAT_SKIP_WORK) return;
  const [m, k, n] = SPLAT_SHAPE;
  const offP = base + align(packedA(m, k) * 4), offC = offP + align(k * n * 4);
  x.zero(base, (offC - base) / 4);
  const pairs: [number, number][] = [];
  for (let r = 0; r < SPLAT_CALIBRATION + 2; r++) {
    const t: [number, number] = [0, 0];
    for (const splat of r & 1 ? [1, 0] : [0, 1]) {
      const t0 = performance.now();
      x.gemm(base, offP, offC, m, k, n, 0, 0, n, 0, splat);
      t[splat] = performance.now() - t0;
    }
    if (r >= 2) pairs.push(t);
  }
  SPLAT.set(relaxed, splatChoice(pairs));
}

/**
 * The micro-kernel to keep from pairs of back-to-back times `[shuffle, splat]`: 1 (splat) when
 * the median of the ratios splat / shuffle is below 1, else 0. @internal
 */
export function splatChoice(pairs: readonly (readonly [number, number])[]): number {
  return median(pairs.map(([shuffle, splat]) => splat / shuffle)) < 1 ? 1 : 0;
}

/** Products with at most this many rows read a non-transposed B in place (no packing). */
const IN_PLACE_MAX_ROWS = 64;

/**
 * Whether a product on one thread reads a non-transposed B where it lies instead of packing it:
 * when few slivers of A share each panel (measured faster: bench/README.md). The threaded split
 * needs packed panels, each thread packing its own.
 */
function readsBInPlace(pool: GemmPool | null, transB: boolean, m: number, n: number): boolean {
  return pool === null && !transB && (m <= IN_PLACE_MAX_ROWS || n < 16);
}

/**
 * One product on operands at byte offsets of `x`'s memory: A packed from `offA` into `offQ`, B
 * packed from `offB` into `offP` (unless `inPlace`, see {@linkcode readsBInPlace}; split, each
 * thread packs the panels it computes), then the gemm into C at `offC` on this thread or split
 * with `pool` (`onStorage`: `x` is the storage instance). The rows of A, B and C are whole:
 * `k`, `n` and `n` floats.
 */
function packedGemm(
  relaxed: boolean,
  x: Exports,
  pool: GemmPool | null,
  offA: number,
  offB: number,
  offP: number,
  offQ: number,
  offC: number,
  m: number,
  k: number,
  n: number,
  transA: boolean,
  transB: boolean,
  flags: number,
  offBias: number,
  inPlace: boolean,
  onStorage: boolean,
): void {
  const rs = transA ? 4 : k * 4, ps = transA ? m * 4 : 4;
  const splat = splatFor(relaxed, x, m * k * n);
  if (pool !== null) {
    // both threads pack A, then the panels of B they compute
    const packA = { a: offA, rs, ps, rows: WASM_GEMM_ROWS };
    pool.gemm(x, offQ, offB, transB, offP, offC, m, k, n, flags, offBias, splat, onStorage, packA);
  } else {
    if (!inPlace) x.packB(offB, offP, k, n, transB ? 1 : 0, n);
    x.packA(offA, rs, ps, offQ, m, k);
    x.gemm(
      offQ,
      inPlace ? offB : offP,
      offC,
      m,
      k,
      n,
      flags,
      offBias,
      n,
      inPlace ? 4 * n : 0,
      splat,
    );
  }
}

/**
 * Multiply-adds from which a matmul splits over two threads (the `minThreadWork` option's
 * default): 2¹⁸ measured faster than 2²¹ (the b128 step's n = 10 products and the b32 step's
 * 32×784×64 ones then split) and than 2¹⁷ (bench/README.md, eleventh session). @internal
 */
export const MIN_THREAD_WORK = 1 << 18;

/**
 * The calibration's decision: `[split, doubt]` from whether the split measured faster now
 * (`pays`), the decision before (`before`: null at the first) and whether the last measurement
 * of a kept split said no (`doubt`). A kept split is dropped when two measurements in a row say
 * no: one slow spell of the other core during the few milliseconds measured should not decide
 * the next {@linkcode RECALIBRATE} products. @internal
 */
export function splitDecision(
  pays: boolean,
  before: boolean | null,
  doubt: boolean,
): [split: boolean, doubt: boolean] {
  if (pays) return [true, false];
  if (before === true && !doubt) return [true, true];
  return [false, false];
}

/** Multiply-adds run split (alternating with one thread, untimed) before the split is timed. @internal */
export const SPLIT_SKIP_WORK = 2 ** 26;

/** Back-to-back pairs (split, one thread) timed before the split is kept or dropped. */
const SPLIT_CALIBRATION = 8;

/** The product the split is timed on: [m, k, n]. */
const SPLIT_SHAPE = [128, 256, 256] as const;

/** Eligible matmuls after which a calibrating backend measures again. */
export const RECALIBRATE = 2000;

/**
 * Elements of an Adam update from which, with the second thread in use (the
 * matmuls' split kept), the worker updates half of them.
 */
export const ADAM_THREAD_MIN = 1 << 15;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

type Exports =
  & { memory: WebAssembly.Memory }
  & Pick<ConvExports, "gemm" | "packA" | "packB">
  & {
    /** 1 when one of n float32 at p is NaN or ±Infinity, else 0. */
    nonFinite(p: number, n: number): number;
    /** Σ x² over n float32 at p, in float64. */
    sumSquares(p: number, n: number): number;
  }
  & Record<string, (...args: number[]) => void>;

/** The bytes of a base64 module of `_wasm_bytes.ts`. @internal */
export function decode(b64: string): Uint8Array<ArrayBuffer> {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

let relaxedBytes: Uint8Array<ArrayBuffer> | undefined;
let simdBytes: Uint8Array<ArrayBuffer> | undefined;

/** Whether this engine runs WebAssembly SIMD128 (and relaxed SIMD). @internal */
export function wasmSupport(): { simd: boolean; relaxed: boolean } {
  if (typeof WebAssembly !== "object") return { simd: false, relaxed: false };
  simdBytes ??= decode(WASM_SIMD);
  relaxedBytes ??= decode(WASM_RELAXED);
  return { simd: WebAssembly.validate(simdBytes), relaxed: WebAssembly.validate(relaxedBytes) };
}

const BINARY: ReadonlySet<string> = new Set(["add", "sub", "mul", "div", "maximum", "minimum"]);
const UNARY: ReadonlySet<string> = new Set(["neg", "abs", "sqrt", "square", "recip", "sign"]);

/**
 * How the wasm backend runs an activation op (`Backend.kernel(name)`): the
 * SIMD export of the same name (built by `wasm/kernels.ts`; the op's maths
 * and reference loop live in the plugin that owns the name), and its glue.
 */
interface ActivationEntry {
  /** The op's inputs of the output's length: 1 (`[x]`) or 2 (`[saved, g]`). */
  inputs: 1 | 2;
  /** The export's float parameters (up to three) from the op's params; default: the same. */
  params?: (p: readonly number[]) => readonly number[];
  /** Whether the export computes the op for these params; default: always. */
  accepts?: (p: readonly number[]) => boolean;
  /** One more input comes last: a row of f ≥ 1 elements read at `i % f` (prelu's slopes). */
  periodic?: true;
}

/**
 * An op `name` (inputs `[x]`) and its backward `${name}Backward` (inputs
 * `[saved, g]`), with the glue of each.
 */
function pair(
  name: string,
  forward: Omit<ActivationEntry, "inputs"> = {},
  backward: Omit<ActivationEntry, "inputs"> = forward,
): Record<string, ActivationEntry> {
  return { [name]: { inputs: 1, ...forward }, [`${name}Backward`]: { inputs: 2, ...backward } };
}

/** The activation kernels, by op name: data (the export and its glue), not code. */
const ACTIVATIONS: Readonly<Record<string, ActivationEntry>> = {
  ...pair("relu"),
  // the backward's export reads the sign from the saved output: right for alpha ≥ 0 only
  ...pair("leakyRelu", {}, { accepts: ([alpha]) => alpha >= 0 }),
  // inputs [x, slopeRow] and [x, g, slopeRow]
  ...pair("prelu", { periodic: true }),
  ...pair("relu6"),
  ...pair("hardTanh"),
  ...pair("hardSigmoid"),
  ...pair("hardSwish"),
  ...pair("elu"),
  ...pair("selu"),
  // params [alpha]: the exports take [alpha, 1/alpha]
  ...pair("celu", { params: ([alpha]) => [alpha, 1 / alpha] }),
  ...pair("sigmoid"),
  ...pair("tanh"),
  ...pair("silu"),
  ...pair("swish"),
  // params [beta, threshold]: the forward's export takes [beta, threshold, 1/beta]
  ...pair("softplus", { params: ([beta, threshold]) => [beta, threshold, 1 / beta] }, {}),
  ...pair("gelu"),
  ...pair("geluTanh"),
  ...pair("mish"),
};

/** Op names of the wasm backend's activation kernels. @internal */
export const WASM_ACTIVATION_KERNELS: readonly string[] = Object.keys(ACTIVATIONS);

/** Elements per chunk of the element-wise kernels (64 KiB per operand: L2-resident). */
const CHUNK = 16384;

/** Elements a tiled slope pattern holds at least (whole rows; see {@linkcode patternLength}). */
const PATTERN = 4096;

/**
 * Length of the tiled pattern of a periodic operand with period `f`: a
 * whole number of periods, at least {@linkcode PATTERN} elements and a
 * multiple of 4 (so every segment but the last is whole vectors).
 */
function patternLength(f: number): number {
  const step = f % 4 === 0 ? 1 : f % 2 === 0 ? 2 : 4;
  const k = Math.ceil(Math.ceil(PATTERN / f) / step) * step;
  return f * k;
}

/** Copy `row` into `dst[at, at + len)` over and over (`len` a multiple of its length). */
function tile(row: Float32Array, dst: Float32Array, at: number, len: number): void {
  for (let j = 0; j < len; j += row.length) dst.set(row, at + j);
}

/** Whether two float32 arrays of one length hold the same bits. */
function sameBits(a: Float32Array, b: Float32Array): boolean {
  const ai = new Int32Array(a.buffer, a.byteOffset, a.length);
  const bi = new Int32Array(b.buffer, b.byteOffset, b.length);
  for (let i = 0; i < ai.length; i++) if (ai[i] !== bi[i]) return false;
  return true;
}

/**
 * Largest scratch arena a gemm copies its operands into: addresses and the
 * offsets computed with 32-bit integer arithmetic (`align`, `>> 2`) stay
 * below 2^31. A product needing more runs on the js kernels instead.
 */
export const GEMM_ARENA_MAX_BYTES = 2 ** 31 - (1 << 20);

/** Bytes of the arena `#gemmOn` lays out for an `[m, k]·[k, n]` product (an upper bound). */
export function gemmArenaBytes(m: number, k: number, n: number): number {
  const nPad = n + 7;
  return (m * k + k * n + k * nPad + packedA(m, k) + m * n + nPad) * 4 + 7 * 64 + 32 +
    4 * SLOT_SLACK;
}

/**
 * Whether two views may share bytes: views of one buffer, or both of the
 * storage memory `s` (whose growths give new buffers over the same bytes),
 * that intersect. Views of different memories never do (a check by offsets
 * alone took a plain parameter and a storage block at a low offset for
 * overlapping, and sent that Adam update down the copying path). @internal
 */
export function overlaps(a: Data, b: Data, s: Pick<Storage, "has"> | null): boolean {
  return (a.buffer === b.buffer || (s !== null && s.has(a) && s.has(b))) &&
    a.byteOffset < b.byteOffset + b.byteLength && b.byteOffset < a.byteOffset + a.byteLength;
}

/** Whether `out` may be written while `x` is read: the same array, or disjoint. */
function writable(out: Data, x: Data, s: Pick<Storage, "has"> | null): boolean {
  return !overlaps(out, x, s) || (out.byteOffset === x.byteOffset && out.length === x.length);
}

/**
 * Whether every array an Adam step writes (p, m, v and, with amsgrad, vmax)
 * is the same as or disjoint from each other array, so the in-place kernel
 * reads what the js loop reads.
 */
function separate(
  arrays: readonly Float32Array[],
  ams: boolean,
  s: Pick<Storage, "has"> | null,
): boolean {
  const last = ams ? 5 : 4;
  for (let w = 0; w < last; w++) {
    if (w === 1) continue; // g is only read
    for (let j = 0; j < last; j++) {
      if (j !== w && !writable(arrays[w], arrays[j], s)) return false;
    }
  }
  return true;
}

/** One instance and its scratch arena (its memory, grown on demand). */
class Arena {
  readonly x: Exports;
  #f32: Float32Array;
  constructor(x: Exports) {
    this.x = x;
    this.#f32 = new Float32Array(x.memory.buffer);
  }
  /** Make the arena at least `bytes` long; returns the float32 view. */
  ensure(bytes: number): Float32Array {
    // offsets are computed with 32-bit integer arithmetic: past 2^31 they wrap (negative)
    if (!(bytes >= 0 && bytes <= GEMM_ARENA_MAX_BYTES)) {
      throw new RectifyError(
        "shape",
        `wasm: the operands need a ${
          bytes >= 0 ? bytes : "more than 2^31"
        }-byte scratch arena, over the limit of ${GEMM_ARENA_MAX_BYTES} bytes (2 GiB less 1 MiB); ` +
          `use smaller operands or the js backend`,
      );
    }
    const mem = this.x.memory;
    if (mem.buffer.byteLength < bytes) {
      mem.grow(Math.ceil((bytes - mem.buffer.byteLength) / 65536));
    }
    // a grown memory (or, for a shared one, any growth) means a new buffer
    if (this.#f32.buffer !== mem.buffer) this.#f32 = new Float32Array(mem.buffer);
    return this.#f32;
  }
}

/** Bytes the storage memory grows by at least (fewer, larger growths). */
const STORAGE_GROW_BYTES = 4 << 20;

/**
 * Kernel-resident float32 blocks (`Backend.allocate`): a WebAssembly
 * instance of the relaxed shared module on its own shared memory (a grown
 * shared memory keeps every earlier view valid), with a first-fit free list
 * of 64-byte aligned ranges (coalesced on free) below a bump pointer. Kernels
 * whose operands and output all live here (element-wise ones) run on this
 * instance with the blocks' byte offsets, without copies; a matmul whose output
 * lives here runs here too, reading the operands that live here in place and
 * copying the others into a scratch block (V8 runs the shared module's gemm
 * 0–5% slower than the private one's with the split-broadcast micro-kernel:
 * less than the copies cost; bench/README.md, sixth session).
 */
class Storage {
  readonly x: Exports;
  readonly memory: WebAssembly.Memory;
  /** Every SharedArrayBuffer this memory has had (each growth makes a new one). */
  #buffers = new WeakSet<ArrayBufferLike>();
  #f32: Float32Array;
  /** Free ranges below `#top`, sorted by offset, never adjacent: [offset, bytes] pairs. */
  #freeOff: number[] = [];
  #freeLen: number[] = [];
  /** Live blocks: byte offset -> bytes. */
  #live = new Map<number, number>();
  /** End of the highest live or free range. */
  #top = 0;
  /** The scratch block of the kernels that copy operands in: gemm, Adam (see {@linkcode scratch}). */
  #scratch: Float32Array | null = null;

  private constructor(x: Exports, memory: WebAssembly.Memory) {
    this.x = x;
    this.memory = memory;
    this.#f32 = new Float32Array(memory.buffer);
    this.#buffers.add(memory.buffer);
  }

  /** The storage instance, or null without shared memory or a valid relaxed shared module. */
  static create(): Storage | null {
    const bytes = decode(WASM_RELAXED_SHARED);
    if (!WebAssembly.validate(bytes)) return null;
    const memory = GemmPool.sharedMemory(WASM_SHARED_MAX_PAGES);
    if (memory === null) return null;
    try {
      const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {
        env: { memory },
      });
      return new Storage({ ...instance.exports, memory } as unknown as Exports, memory);
    } catch {
      return null;
    }
  }

  /** Whether `d` is a view into this memory. */
  has(d: Data): boolean {
    // most blocks are views of the memory's newest buffer: compared first, without the hash
    const buf = d.buffer;
    return buf === this.#f32.buffer || this.#buffers.has(buf);
  }

  /** A float32 view of the whole memory as it is now. */
  view(): Float32Array {
    const buf = this.memory.buffer;
    if (this.#f32.buffer !== buf) {
      this.#f32 = new Float32Array(buf);
      this.#buffers.add(buf);
    }
    return this.#f32;
  }

  /** Byte offset of `bytes` (a multiple of 64) free bytes, or -1 when the memory is full. */
  #take(bytes: number): number {
    const offs = this.#freeOff, lens = this.#freeLen;
    for (let i = 0; i < offs.length; i++) {
      if (lens[i] < bytes) continue;
      const off = offs[i];
      if (lens[i] === bytes) {
        offs.splice(i, 1);
        lens.splice(i, 1);
      } else {
        offs[i] += bytes;
        lens[i] -= bytes;
      }
      return off;
    }
    const end = this.#top + bytes;
    const have = this.memory.buffer.byteLength;
    if (end > have) {
      const max = WASM_SHARED_MAX_PAGES * 65536;
      if (end > max) return -1;
      const want = Math.min(max, Math.max(end, have + STORAGE_GROW_BYTES));
      try {
        this.memory.grow(Math.ceil((want - have) / 65536));
      } catch {
        return -1;
      }
      this.view();
    }
    const off = this.#top;
    this.#top = end;
    return off;
  }

  /** Give back the range `[off, off + bytes)`, merging it with free neighbours. */
  #give(off: number, bytes: number): void {
    const offs = this.#freeOff, lens = this.#freeLen;
    let lo = 0, hi = offs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (offs[mid] < off) lo = mid + 1;
      else hi = mid;
    }
    // lo: index of the first free range after `off`
    if (lo > 0 && offs[lo - 1] + lens[lo - 1] === off) {
      lo--;
      off = offs[lo];
      bytes += lens[lo];
      offs.splice(lo, 1);
      lens.splice(lo, 1);
    }
    if (lo < offs.length && off + bytes === offs[lo]) {
      bytes += lens[lo];
      offs.splice(lo, 1);
      lens.splice(lo, 1);
    }
    if (off + bytes === this.#top) this.#top = off;
    else {
      offs.splice(lo, 0, off);
      lens.splice(lo, 0, bytes);
    }
  }

  /**
   * Byte offset of at least `bytes` scratch bytes (one block kept and grown on demand; its
   * contents are not kept between calls), or -1 when the memory is full.
   */
  scratch(bytes: number): number {
    if (this.#scratch === null || this.#scratch.byteLength < bytes) {
      if (this.#scratch !== null) this.free(this.#scratch);
      this.#scratch = this.allocate(Math.ceil(bytes / 4));
      if (this.#scratch === null) return -1;
    }
    return this.#scratch.byteOffset;
  }

  /** Where {@linkcode placeUpdate} put p and g (one object, reused: calls do not nest). */
  readonly #placed = { p: 0, g: 0, pIn: false };

  /**
   * Byte offsets of an update's parameter `p` and gradient `g` (equal lengths) in this memory:
   * where they lie when they are blocks, else slots of the scratch block they are copied into;
   * null when the scratch cannot be had. The caller's kernel updates p at `.p`, then calls
   * {@linkcode placeBack} (Adam and SGD on plain parameters or gradients). The result is
   * overwritten by the next call.
   */
  placeUpdate(
    p: Float32Array,
    g: Float32Array,
  ): { readonly p: number; readonly g: number; readonly pIn: boolean } | null {
    const n = p.length, pIn = !this.has(p), gIn = !this.has(g);
    let at = pIn || gIn ? this.scratch(2 * (align(n * 4) + SLOT_SLACK)) : 0;
    if (at < 0) return null;
    const f = this.view(), placed = this.#placed;
    placed.p = p.byteOffset;
    placed.g = g.byteOffset;
    placed.pIn = pIn;
    if (pIn) {
      placed.p = slot(at, p);
      at = align(placed.p + n * 4);
      f.set(p, placed.p >> 2);
    }
    if (gIn) {
      placed.g = slot(at, g);
      f.set(g, placed.g >> 2);
    }
    return placed;
  }

  /** After an update placed by {@linkcode placeUpdate}: p copied back out when it was copied in. */
  placeBack(p: Float32Array): void {
    const placed = this.#placed;
    if (placed.pIn) p.set(this.view().subarray(placed.p >> 2, (placed.p >> 2) + p.length));
  }

  /** `n` float32 elements (64-byte aligned), or null when the memory is full. */
  allocate(n: number): Float32Array | null {
    const bytes = align(Math.max(n, 1) * 4);
    const off = this.#take(bytes);
    if (off < 0) return null;
    this.#live.set(off, bytes);
    return new Float32Array(this.memory.buffer, off, n);
  }

  /** Give back a block from {@linkcode allocate}. */
  free(block: Float32Array): void {
    const bytes = this.has(block) ? this.#live.get(block.byteOffset) : undefined;
    if (bytes === undefined || bytes !== align(Math.max(block.length, 1) * 4)) {
      throw new RectifyError(
        "usage",
        `wasm: free() got a Float32Array of length ${block.length} that is not a live block ` +
          `from this backend's allocate() (already freed, or allocated elsewhere)`,
      );
    }
    this.#live.delete(block.byteOffset);
    this.#give(block.byteOffset, bytes);
  }
}

/** A kernel set on one WebAssembly instance (two with `threads: 2`). @internal */
export class WasmKernels {
  /** Whether the instance uses relaxed SIMD. */
  readonly relaxed: boolean;
  #x: Exports;
  #main: Arena;
  /** The instance on shared memory, for split matmuls only (slower alone: ~10% on 512³). */
  #shared: Arena | null = null;
  #minWork: number;
  #minElem: number;
  #minThreadWork: number;
  #pool: GemmPool | null = null;
  /** true: split, false: one thread (measured slower), null: still calibrating. */
  #split: boolean | null;
  /**
   * The decision before the one being measured again, and whether a kept split's last
   * measurement said no (kept once more: see {@linkcode WasmKernels.gemm}).
   */
  #before: boolean | null = null;
  #doubt = false;
  /** While calibrating: multiply-adds run split so far, and products (for the alternation). */
  #splitWork = 0;
  #calls = 0;
  #calibrate: boolean;
  /** Eligible matmuls since the last decision. */
  #since = 0;
  /** Kernel-resident blocks: undefined until the first allocate, null where unavailable. */
  #storage: Storage | null | undefined = undefined;
  /** The last periodic row tiled into storage (a copy), and its tiled block. */
  #patternRow: Float32Array | null = null;
  #patternBlock: Float32Array | null = null;
  /** The convolution kernels by open op name, on the private arena. */
  #convKernels: ReadonlyMap<string, Kernel>;

  /**
   * Instantiate the module (relaxed if asked and supported). With
   * `threads: 2` (and relaxed SIMD, shared memory and worker threads
   * available) a second instance runs on a shared memory with a worker on
   * the same memory; large matmuls split there once the worker is ready.
   */
  constructor(options: WasmBackendOptions) {
    const support = wasmSupport();
    this.relaxed = options.relaxed && support.relaxed;
    const instance = new WebAssembly.Instance(
      new WebAssembly.Module(this.relaxed ? relaxedBytes! : simdBytes!),
      {},
    );
    this.#x = instance.exports as unknown as Exports;
    this.#main = new Arena(this.#x);
    if ((options.threads ?? 1) >= 2 && this.relaxed) {
      const bytes = decode(WASM_RELAXED_SHARED);
      const memory = GemmPool.sharedMemory(WASM_SHARED_MAX_PAGES);
      if (memory !== null && WebAssembly.validate(bytes)) {
        const shared = new WebAssembly.Instance(new WebAssembly.Module(bytes), {
          env: { memory },
        });
        this.#shared = new Arena({ ...shared.exports, memory } as unknown as Exports);
        // the storage now rather than at the first allocate: the worker runs on its memory too
        this.#storage = Storage.create();
        this.#pool = GemmPool.start(bytes, memory, this.#storage?.memory ?? null);
      }
    }
    this.#minWork = options.minMatmulWork;
    this.#minElem = options.minElementwise;
    this.#minThreadWork = options.minThreadWork ?? MIN_THREAD_WORK;
    this.#calibrate = options.calibrate !== false;
    this.#split = this.#calibrate ? null : true;
    const main = this.#main, relaxed = this.relaxed;
    const scratch: ConvScratch = {
      x: main.x as unknown as ConvScratch["x"],
      ensure: (bytes) => main.ensure(bytes),
      splat: () => SPLAT.get(relaxed) ?? 0,
    };
    this.#convKernels = convKernels(scratch, this.#minWork);
  }

  /**
   * Threads a large matmul runs on now: 2 once the worker is ready (and,
   * when calibrating, unless splitting measured slower), else 1.
   */
  get threads(): number {
    return this.#pool?.ready() && this.#split !== false ? 2 : 1;
  }

  /**
   * `n` float32 elements of the storage memory, or null without relaxed SIMD
   * (its kernels must give the same bits as the copy path's), shared memory,
   * or room below the memory's maximum.
   */
  allocate(n: number): Float32Array | null {
    if (!Number.isInteger(n) || n < 0) {
      throw new RectifyError(
        "usage",
        `wasm: allocate() takes a whole number of elements >= 0, got ${n}`,
      );
    }
    if (this.#storage === undefined) this.#storage = this.relaxed ? Storage.create() : null;
    return this.#storage === null ? null : this.#storage.allocate(n);
  }

  /** Give back a block from {@linkcode allocate}. */
  free(block: Float32Array): void {
    if (!this.#storage) {
      throw new RectifyError(
        "usage",
        `wasm: free() got a Float32Array of length ${block.length}, but this backend never ` +
          `allocated a block`,
      );
    }
    this.#storage.free(block);
  }

  /** `out (+)= op(A)·op(B) (+ bias)`; bias is per column, `[n]`. */
  gemm(
    a: Float32Array,
    b: Float32Array,
    out: Float32Array,
    m: number,
    k: number,
    n: number,
    transA: boolean,
    transB: boolean,
    accumulate: boolean,
    bias: Float32Array | null,
  ): void {
    const bytes = gemmArenaBytes(m, k, n);
    if (bytes > GEMM_ARENA_MAX_BYTES) {
      throw new RectifyError(
        "shape",
        `wasm gemm: [${m}, ${k}]·[${k}, ${n}] needs a ${bytes}-byte arena, over the limit of ` +
          `${GEMM_ARENA_MAX_BYTES} bytes (2 GiB less 1 MiB); the backend's matmul runs such ` +
          `products on the js kernels`,
      );
    }
    const pool = this.#pool;
    const eligible = pool !== null && m * k * n >= this.#minThreadWork && n > 8 &&
      pool.ready() && gemmArenaBytes(m, k, n) <= SHARED_ARENA_BYTES;
    // the load on the other core changes: measure again every RECALIBRATE eligible matmuls
    if (eligible && this.#calibrate && this.#split !== null && ++this.#since >= RECALIBRATE) {
      this.#before = this.#split;
      this.#split = null;
      this.#since = 0;
    }
    if (!eligible || this.#split === false) {
      this.#gemmAny(null, a, b, out, m, k, n, transA, transB, accumulate, bias);
      return;
    }
    if (this.#split === null) {
      if (this.#splitWork < SPLIT_SKIP_WORK) {
        // warming up: split and one thread in turn, untimed
        // (not gated on the worker being awake: the one-thread turns between are long enough
        // for it to fall asleep, and these turns are here to warm the split's code up)
        const split = (this.#calls++ & 1) === 0;
        if (split) this.#splitWork += m * k * n;
        this.#gemmAny(split ? pool : null, a, b, out, m, k, n, transA, transB, accumulate, bias);
        return;
      }
      [this.#split, this.#doubt] = splitDecision(this.#splitPays(pool!), this.#before, this.#doubt);
      if (!this.#split) {
        this.#gemmAny(null, a, b, out, m, k, n, transA, transB, accumulate, bias);
        return;
      }
    }
    // split when the worker is awake (or the product pays for waking it), else alone
    const split = pool!.claim(m * k * n);
    this.#gemmAny(split ? pool : null, a, b, out, m, k, n, transA, transB, accumulate, bias);
  }

  /**
   * Whether splitting pays now: {@linkcode SPLIT_SHAPE} (zero operands, on the shared arena)
   * timed split (the worker awake: `GemmPool.awaken`) and on this thread alone back to back, the
   * order alternating, after one untimed pair; true when the median ratio is below 0.9.
   */
  #splitPays(pool: GemmPool): boolean {
    const [m, k, n] = SPLIT_SHAPE, arena = this.#shared!, x = arena.x;
    const offB = align(packedA(m, k) * 4), offP = offB + align(k * n * 4);
    const offC = offP + align(k * ((n + 7) & ~7) * 4), end = offC + m * n * 4;
    arena.ensure(end + 64);
    x.zero(0, end / 4);
    const splat = SPLAT.get(this.relaxed) ?? 0;
    const ratios: number[] = [];
    for (let r = 0; r <= SPLIT_CALIBRATION; r++) {
      let one = 0, two = 0;
      for (const split of r & 1 ? [true, false] : [false, true]) {
        // the worker spinning, as between the back-to-back jobs of a training step
        if (split) pool.awaken();
        const t0 = performance.now();
        if (split) {
          pool.gemm(x, 0, offB, false, offP, offC, m, k, n, 0, 0, splat);
        } else {
          x.packB(offB, offP, k, n, 0, n);
          x.gemm(0, offP, offC, m, k, n, 0, 0, n, 0, splat);
        }
        if (split) two = performance.now() - t0;
        else one = performance.now() - t0;
      }
      if (r > 0) ratios.push(two / one);
    }
    return median(ratios) < 0.9;
  }

  /**
   * The gemm on the worker and this thread (`pool`) or on this thread alone: where the output
   * is a storage block, on the storage memory (see {@linkcode #gemmResident}), else copied
   * into an arena's memory (the shared one when split).
   */
  #gemmAny(
    pool: GemmPool | null,
    a: Float32Array,
    b: Float32Array,
    out: Float32Array,
    m: number,
    k: number,
    n: number,
    transA: boolean,
    transB: boolean,
    accumulate: boolean,
    bias: Float32Array | null,
  ): void {
    const s = this.#storage;
    if (
      s && s.has(out) && (bias === null || s.has(bias)) && !overlaps(out, a, s) &&
      !overlaps(out, b, s) && (bias === null || !overlaps(out, bias, s)) &&
      this.#gemmResident(s, pool, a, b, out, m, k, n, transA, transB, accumulate, bias)
    ) return;
    const arena = pool === null ? this.#main : this.#shared!;
    this.#gemmOn(arena, pool, a, b, out, m, k, n, transA, transB, accumulate, bias);
  }

  /**
   * The gemm with its output in storage, on the storage instance (and the worker's instance
   * there, given `pool`): operands that live in storage read where they are, the others copied
   * into storage scratch, packed there, C written in place. False (nothing done) when the
   * scratch does not fit.
   */
  #gemmResident(
    s: Storage,
    pool: GemmPool | null,
    a: Float32Array,
    b: Float32Array,
    out: Float32Array,
    m: number,
    k: number,
    n: number,
    transA: boolean,
    transB: boolean,
    accumulate: boolean,
    bias: Float32Array | null,
  ): boolean {
    const nPad = (n + 7) & ~7;
    const pBytes = align(k * nPad * 4), qBytes = align(packedA(m, k) * 4);
    const aIn = s.has(a), bIn = s.has(b);
    const aBytes = aIn ? 0 : align(m * k * 4), bBytes = bIn ? 0 : align(k * n * 4);
    // B read in place needs 28 readable bytes past its end: scratch keeps 64 after each part
    const offP = s.scratch(pBytes + qBytes + aBytes + bBytes + 64);
    if (offP < 0) return false;
    const offQ = offP + pBytes;
    let offA = a.byteOffset, offB = b.byteOffset;
    if (!aIn) {
      offA = offQ + qBytes;
      s.view().set(a.length === m * k ? a : a.subarray(0, m * k), offA >> 2);
    }
    if (!bIn) {
      offB = offQ + qBytes + aBytes;
      s.view().set(b.length === k * n ? b : b.subarray(0, k * n), offB >> 2);
    }
    const x = s.x;
    // B read in place is read 28 bytes past its end (the last panel's unused lanes)
    const inPlace = readsBInPlace(pool, transB, m, n) &&
      offB + k * n * 4 + 32 <= s.memory.buffer.byteLength;
    const flags = (accumulate ? 1 : 0) | (bias ? 2 : 0), offBias = bias ? bias.byteOffset : 0;
    packedGemm(
      this.relaxed,
      x,
      pool,
      offA,
      offB,
      offP,
      offQ,
      out.byteOffset,
      m,
      k,
      n,
      transA,
      transB,
      flags,
      offBias,
      inPlace,
      true,
    );
    // the scratch is free again: time the micro-kernels there once the instance has warmed up
    if (!SPLAT.has(this.relaxed)) {
      const base = s.scratch(SPLAT_BYTES);
      if (base >= 0) calibrateSplat(this.relaxed, x, base);
    }
    return true;
  }

  #gemmOn(
    arena: Arena,
    pool: GemmPool | null,
    a: Float32Array,
    b: Float32Array,
    out: Float32Array,
    m: number,
    k: number,
    n: number,
    transA: boolean,
    transB: boolean,
    accumulate: boolean,
    bias: Float32Array | null,
  ): void {
    const nPad = (n + 7) & ~7;
    // the slots copied into or out of sit half a page from their arrays (see `slot`)
    const offA = slot(0, a);
    const offB = slot(align(offA + m * k * 4), b);
    const offP = align(offB + k * n * 4);
    const offQ = align(offP + k * nPad * 4);
    const offC = slot(align(offQ + packedA(m, k) * 4), out);
    const offBias = bias ? slot(align(offC + m * n * 4 + 32), bias) : align(offC + m * n * 4 + 32);
    const f = arena.ensure(offBias + nPad * 4 + 64);
    f.set(a.length === m * k ? a : a.subarray(0, m * k), offA >> 2);
    f.set(b.length === k * n ? b : b.subarray(0, k * n), offB >> 2);
    let flags = 0;
    if (accumulate) {
      f.set(out.length === m * n ? out : out.subarray(0, m * n), offC >> 2);
      flags |= 1;
    }
    if (bias) {
      f.set(bias.subarray(0, n), offBias >> 2);
      flags |= 2;
    }
    const x = arena.x;
    // B read in place is read 28 bytes past its end: the packed B's slot follows it
    const inPlace = readsBInPlace(pool, transB, m, n);
    packedGemm(
      this.relaxed,
      x,
      pool,
      offA,
      offB,
      offP,
      offQ,
      offC,
      m,
      k,
      n,
      transA,
      transB,
      flags,
      offBias,
      inPlace,
      false,
    );
    out.set(f.subarray(offC >> 2, (offC >> 2) + m * n));
    // the arena is free again: time the micro-kernels there once the instance has warmed up
    if (!SPLAT.has(this.relaxed)) {
      arena.ensure(SPLAT_BYTES + 64);
      calibrateSplat(this.relaxed, x, 0);
    }
  }

  /**
   * Run a one-input kernel by export name, with up to three float
   * parameters. Long arrays go through in chunks of {@linkcode CHUNK}
   * elements, so the copies in and out stay in cache.
   */
  map(name: string, x: Float32Array, out: Float32Array, p0 = 0, p1 = 0, p2 = 0): void {
    const n = out.length;
    const s = this.#storage;
    if (s && s.has(x) && s.has(out) && writable(out, x, s)) {
      s.x[name](x.byteOffset, out.byteOffset, n, p0, p1, p2);
      return;
    }
    // chunks are whole pages: every chunk's slots keep their distance to the arrays (`slot`)
    const c = n < CHUNK ? n : CHUNK;
    const offX = slot(0, x);
    const offO = slot(align(offX + c * 4), out);
    const f = this.#main.ensure(offO + c * 4 + 64);
    const kernel = this.#x[name], x4 = offX >> 2, o4 = offO >> 2;
    for (let i = 0; i < n; i += c) {
      const len = n - i < c ? n - i : c;
      f.set(len === n ? x : x.subarray(i, i + len), x4);
      kernel(offX, offO, len, p0, p1, p2);
      out.set(f.subarray(o4, o4 + len), i);
    }
  }

  /**
   * The sums over the middle axis of `x` as `[outer, len, inner]` into `out`
   * (`[outer, inner]`, not overlapping `x`) by the `sumRows` export: the js
   * kernel's order and float32 rounding, so the same bits. Read in place where both arrays are
   * in storage; else each block of `[len, inner]` goes through the arena in
   * chunks of whole rows (about {@linkcode CHUNK} elements), each chunk
   * adding into the sums of the ones before.
   */
  sumAxis(x: Float32Array, out: Float32Array, outer: number, len: number, inner: number): void {
    const s = this.#storage;
    if (s && s.has(x) && s.has(out)) {
      for (let o = 0; o < outer; o++) {
        s.x.sumRows(
          x.byteOffset + o * len * inner * 4,
          out.byteOffset + o * inner * 4,
          len,
          inner,
          0,
        );
      }
      return;
    }
    const rows = Math.max(1, Math.min(len, Math.floor(CHUNK / inner)));
    const offX = slot(0, x);
    const offO = slot(align(offX + rows * inner * 4), out);
    const f = this.#main.ensure(offO + inner * 4 + 64);
    const kernel = this.#x.sumRows, o4 = offO >> 2;
    for (let o = 0; o < outer; o++) {
      for (let l = 0; l < len; l += rows) {
        const r = len - l < rows ? len - l : rows, at = (o * len + l) * inner;
        f.set(x.subarray(at, at + r * inner), offX >> 2);
        kernel(offX, offO, r, inner, l === 0 ? 0 : 1);
      }
      out.set(f.subarray(o4, o4 + inner), o * inner);
    }
  }

  /** Run a two-input kernel by export name (chunked as {@linkcode map}). */
  map2(
    name: string,
    a: Float32Array,
    b: Float32Array,
    out: Float32Array,
    p0 = 0,
    p1 = 0,
    p2 = 0,
  ): void {
    const n = out.length;
    const s = this.#storage;
    if (s && s.has(a) && s.has(b) && s.has(out) && writable(out, a, s) && writable(out, b, s)) {
      s.x[name](a.byteOffset, b.byteOffset, out.byteOffset, n, p0, p1, p2);
      return;
    }
    const c = n < CHUNK ? n : CHUNK;
    const offA = slot(0, a);
    const offB = slot(align(offA + c * 4), b);
    const offO = slot(align(offB + c * 4), out);
    const f = this.#main.ensure(offO + c * 4 + 64);
    const kernel = this.#x[name], a4 = offA >> 2, b4 = offB >> 2, o4 = offO >> 2;
    for (let i = 0; i < n; i += c) {
      const len = n - i < c ? n - i : c;
      f.set(len === n ? a : a.subarray(i, i + len), a4);
      f.set(len === n ? b : b.subarray(i, i + len), b4);
      kernel(offA, offB, offO, len, p0, p1, p2);
      out.set(f.subarray(o4, o4 + len), i);
    }
  }

  /**
   * The tiled pattern of `row` in storage ({@linkcode patternLength}
   * elements), kept while the row's bits stay the same; null when the
   * storage memory is full.
   */
  #storagePattern(s: Storage, row: Float32Array): Float32Array | null {
    const prev = this.#patternRow;
    if (prev !== null && prev.length === row.length && sameBits(prev, row)) {
      return this.#patternBlock;
    }
    if (this.#patternBlock !== null) s.free(this.#patternBlock);
    this.#patternBlock = this.#patternRow = null;
    const len = patternLength(row.length);
    const block = s.allocate(len);
    if (block === null) return null;
    tile(row, block, 0, len);
    this.#patternBlock = block;
    this.#patternRow = row.slice();
    return block;
  }

  /**
   * Run a kernel by export name whose last operand is periodic: `row`
   * (length f ≥ 1) read at `i % f`, after `a` (and `b` when not null) of the
   * output's length. The row is tiled into a pattern of
   * {@linkcode patternLength} elements; the kernel runs over segments of the
   * operands, its pattern pointer at the segment's phase. Operands in storage
   * run there in place (the pattern then cached in a storage block), others
   * are copied in chunks as in {@linkcode map2}.
   */
  mapPeriodic(
    name: string,
    a: Float32Array,
    b: Float32Array | null,
    row: Float32Array,
    out: Float32Array,
  ): void {
    const n = out.length, len = patternLength(row.length);
    const s = this.#storage;
    if (
      s && s.has(a) && s.has(out) && writable(out, a, s) &&
      (b === null || (s.has(b) && writable(out, b, s)))
    ) {
      const pattern = this.#storagePattern(s, row);
      if (pattern !== null) {
        const kernel = s.x[name], pb = pattern.byteOffset;
        const ab = a.byteOffset, ob = out.byteOffset;
        // segments start at multiples of the pattern length: phase 0
        if (b === null) {
          for (let i = 0; i < n; i += len) {
            kernel(ab + 4 * i, pb, ob + 4 * i, n - i < len ? n - i : len, 0, 0, 0);
          }
        } else {
          const bb = b.byteOffset;
          for (let i = 0; i < n; i += len) {
            kernel(ab + 4 * i, bb + 4 * i, pb, ob + 4 * i, n - i < len ? n - i : len, 0, 0, 0);
          }
        }
        return;
      }
    }
    const c = n < CHUNK ? n : CHUNK;
    const offA = slot(0, a);
    const offB = b === null ? offA : slot(align(offA + c * 4), b);
    const offO = slot(align(offB + c * 4), out);
    const offP = align(offO + c * 4);
    const f = this.#main.ensure(offP + len * 4 + 64);
    tile(row, f, offP >> 2, len);
    const kernel = this.#x[name], a4 = offA >> 2, b4 = offB >> 2, o4 = offO >> 2;
    for (let i = 0; i < n; i += c) {
      const m = n - i < c ? n - i : c;
      f.set(m === n ? a : a.subarray(i, i + m), a4);
      if (b !== null) f.set(m === n ? b : b.subarray(i, i + m), b4);
      // segments of the chunk that do not wrap around the pattern
      for (let j = 0, p = i % len; j < m; p = 0) {
        const seg = m - j < len - p ? m - j : len - p;
        if (b === null) kernel(offA + 4 * j, offP + 4 * p, offO + 4 * j, seg, 0, 0, 0);
        else kernel(offA + 4 * j, offB + 4 * j, offP + 4 * p, offO + 4 * j, seg, 0, 0, 0);
        j += seg;
      }
      out.set(f.subarray(o4, o4 + m), i);
    }
  }

  /**
   * One Adam step in place (the `"adam"` op of the adam optimizer plugin:
   * arrays `[p, g, m, v, vmax]`, params `[k, b1, b2, a1, a2, bc1, bc2Sqrt,
   * eps, cwd, dwd, amsgrad]`) on float32 arrays of one length. With the
   * moments in storage (as the optimizer keeps them; each written array the
   * same as or disjoint from every other) it runs there in place, p and g
   * copied into a storage scratch block unless they are blocks too (p back
   * out), on both threads when the worker splits (see `GemmPool.adam`).
   * Else, on both threads, all five go whole through the threaded arena;
   * on one, through the private arena in chunks of {@linkcode CHUNK}
   * elements: p, g, m, v (and vmax with amsgrad) copied in, p, m, v (vmax)
   * copied out.
   */
  adam(arrays: readonly Float32Array[], params: readonly number[]): void {
    const [p, g, m, v, vm] = arrays;
    const [k, b1, b2, a1, a2, bc1, bc2Sqrt, eps, cwd, dwd, amsgrad] = params;
    const ams = amsgrad !== 0 ? 1 : 0;
    const n = p.length;
    const pool = this.#pool !== null && this.#split === true && n >= ADAM_THREAD_MIN &&
        this.#pool.ready()
      ? this.#pool
      : null;
    const s = this.#storage;
    // the moments in storage (optimizer state lives there, see core's freshLike): p and g where
    // they are, or copied into the storage's scratch block (p back out), m and v in place
    const resident = s && s.has(m) && s.has(v) && s.has(vm) && separate(arrays, ams === 1, s);
    const placed = resident ? s.placeUpdate(p, g) : null;
    if (s && placed !== null) {
      const offP = placed.p, offG = placed.g;
      const offM = m.byteOffset, offV = v.byteOffset, offVm = vm.byteOffset;
      if (pool !== null) {
        // the worker updates the second half of the elements, on this memory too
        pool.adam(
          s.x as unknown as { adam: () => void },
          [offP, offG, offM, offV, offVm],
          n,
          [b1, b2, a1, a2, bc1, bc2Sqrt, eps, cwd, dwd, k],
          ams,
          true,
        );
      } else {
        s.x.adam(
          offP,
          offG,
          offM,
          offV,
          offVm,
          n,
          b1,
          b2,
          a1,
          a2,
          bc1,
          bc2Sqrt,
          eps,
          cwd,
          dwd,
          k,
          ams,
        );
      }
      s.placeBack(p);
      return;
    }
    if (
      pool !== null && (align(n * 4) + SLOT_SLACK) * (4 + ams) + 64 <= SHARED_ARENA_BYTES &&
      separate(arrays, ams === 1, s ?? null)
    ) {
      this.#adamSplit(arrays, [b1, b2, a1, a2, bc1, bc2Sqrt, eps, cwd, dwd, k], ams);
      return;
    }
    const c = n < CHUNK ? n : CHUNK, bytes = align(c * 4);
    const offP = slot(0, p), offG = slot(offP + bytes, g), offM = slot(offG + bytes, m);
    const offV = slot(offM + bytes, v), offVm = ams ? slot(offV + bytes, vm) : offV + bytes;
    const f = this.#main.ensure(offVm + bytes + 64);
    const p4 = offP >> 2, g4 = offG >> 2, m4 = offM >> 2, v4 = offV >> 2, vm4 = offVm >> 2;
    const kernel = this.#x.adam;
    for (let i = 0; i < n; i += c) {
      const len = n - i < c ? n - i : c, whole = len === n;
      f.set(whole ? p : p.subarray(i, i + len), p4);
      f.set(whole ? g : g.subarray(i, i + len), g4);
      f.set(whole ? m : m.subarray(i, i + len), m4);
      f.set(whole ? v : v.subarray(i, i + len), v4);
      if (ams) f.set(whole ? vm : vm.subarray(i, i + len), vm4);
      kernel(
        offP,
        offG,
        offM,
        offV,
        offVm,
        len,
        b1,
        b2,
        a1,
        a2,
        bc1,
        bc2Sqrt,
        eps,
        cwd,
        dwd,
        k,
        ams,
      );
      p.set(f.subarray(p4, p4 + len), i);
      m.set(f.subarray(m4, m4 + len), i);
      v.set(f.subarray(v4, v4 + len), i);
      if (ams) vm.set(f.subarray(vm4, vm4 + len), i);
    }
  }

  /**
   * Adam on both threads: p, g, m, v (and vmax) copied whole into the shared
   * arena, the worker updating the second half of the elements
   * ({@linkcode GemmPool.adam}), p, m, v (vmax) copied back.
   */
  #adamSplit(arrays: readonly Float32Array[], c: readonly number[], ams: number): void {
    const [p, g, m, v, vm] = arrays;
    const n = p.length, bytes = align(n * 4);
    // the slots sit half a page from their arrays (see `slot`)
    const offP = slot(0, p), offG = slot(offP + bytes, g), offM = slot(offG + bytes, m);
    const offV = slot(offM + bytes, v), offVm = ams ? slot(offV + bytes, vm) : offV;
    const f = this.#shared!.ensure((ams ? offVm : offV) + bytes + 64);
    f.set(p, offP >> 2);
    f.set(g, offG >> 2);
    f.set(m, offM >> 2);
    f.set(v, offV >> 2);
    if (ams) f.set(vm, offVm >> 2);
    const offs = [offP, offG, offM, offV, offVm] as const;
    this.#pool!.adam(this.#shared!.x as unknown as { adam: () => void }, offs, n, c, ams);
    p.set(f.subarray(offP >> 2, (offP >> 2) + n));
    m.set(f.subarray(offM >> 2, (offM >> 2) + n));
    v.set(f.subarray(offV >> 2, (offV >> 2) + n));
    if (ams) vm.set(f.subarray(offVm >> 2, (offVm >> 2) + n));
  }

  /**
   * The `"adam"` op's kernel: in place (`outputs` are `[p, m, v, vmax]` of
   * `inputs` `[p, g, m, v, vmax]`), float32 arrays of one length of at least
   * `minElementwise` elements, 11 params; it declines anything else.
   */
  #adamKernel(): Kernel {
    const minElem = this.#minElem;
    return (inputs, outputs, params) => {
      const [p, , m, v, vm] = inputs;
      if (
        inputs.length !== 5 || params.length !== 11 || p.length < minElem ||
        outputs[0] !== p || outputs[1] !== m || outputs[2] !== v || outputs[3] !== vm
      ) return false;
      for (const a of inputs) {
        if (!(a instanceof Float32Array) || a.length !== p.length) return false;
      }
      this.adam(inputs as Float32Array[], params);
    };
  }

  /**
   * The `"sgd"` op's kernel (the sgd plugin's rule: inputs `[p, g]` or `[p, g, buffer]`,
   * outputs `[p]` or `[p, buffer]`, params its seven coefficients): the `f64x2` export,
   * bit-identical to the plugin's loop (`wasm/sgd_kernel.ts`), on float32 arrays that do not
   * overlap, the buffer a block of the storage memory (p and g are copied in when they are
   * not); it declines anything else.
   */
  #sgdKernel(): Kernel {
    const minElem = this.#minElem;
    return (inputs, outputs, c) => {
      const s = this.#storage;
      const [p, g, b] = inputs;
      const momentum = c[2] !== 0;
      if (
        !s || c.length !== 7 || inputs.length !== (momentum ? 3 : 2) ||
        outputs.length !== inputs.length - 1 || outputs[0] !== p ||
        (momentum && (outputs[1] !== b || !s.has(b))) || p.length < minElem
      ) return false;
      for (const a of inputs) {
        if (!(a instanceof Float32Array) || a.length !== p.length) return false;
      }
      if (overlaps(p, g, s) || (momentum && (overlaps(b, p, s) || overlaps(b, g, s)))) {
        return false;
      }
      // the buffer (optimizer state) in storage; p and g where they are, or copied in
      const placed = s.placeUpdate(p as Float32Array, g as Float32Array);
      if (placed === null) return false;
      s.x.sgd(
        placed.p,
        placed.g,
        momentum ? b.byteOffset : 0,
        p.length,
        c[0],
        c[1],
        c[2],
        c[3],
        c[4],
        c[5],
        c[6],
      );
      s.placeBack(p as Float32Array);
    };
  }

  /**
   * The `"zero"` op's kernel: a `memory.fill` for a float32 block of the
   * storage memory (shared: `TypedArray.fill` there writes element by
   * element); it declines anything else.
   */
  #zeroKernel(): Kernel {
    return (_inputs, [out]) => {
      const s = this.#storage;
      if (!(out instanceof Float32Array) || !s || !s.has(out)) return false;
      s.x.zero(out.byteOffset, out.length);
    };
  }

  /**
   * The `"copy"` op's kernel: a `memory.copy` between float32 blocks of the
   * storage memory (a gradient into its buffer; `TypedArray.set` between
   * shared views is ~25% slower); it declines anything else.
   */
  #copyKernel(): Kernel {
    return ([src], [dst]) => {
      const s = this.#storage;
      if (
        !(src instanceof Float32Array) || !(dst instanceof Float32Array) || !s || !s.has(src) ||
        !s.has(dst) || src.length !== dst.length
      ) return false;
      s.x.copy(src.byteOffset, dst.byteOffset, dst.length);
    };
  }

  /**
   * The `"nonFinite"` op's kernel (inputs `[x]`, outputs `[flag]`: `flag[0]` 1 when x holds a
   * NaN or ±Infinity, else 0): the SIMD export on a float32 block of the storage memory,
   * where the parameters and gradients of a training step live; it declines anything else.
   */
  #nonFiniteKernel(): Kernel {
    return ([x], [flag]) => {
      const s = this.#storage;
      if (!(x instanceof Float32Array) || !s || !s.has(x)) return false;
      flag[0] = s.x.nonFinite(x.byteOffset, x.length);
    };
  }

  /**
   * The `"sumSquares"` op's kernel (inputs `[x]`, outputs `[sum]`: `sum[0] = Σ x²` in float64,
   * the js loop's bits, `plugins/_sum.ts`): the `f64x2` export on a float32 block of the
   * storage memory (a gradient in a training step); it declines anything else.
   */
  #sumSquaresKernel(): Kernel {
    return ([x], [sum]) => {
      const s = this.#storage;
      if (!(x instanceof Float32Array) || !s || !s.has(x) || sum === undefined) return false;
      sum[0] = s.x.sumSquares(x.byteOffset, x.length);
    };
  }

  /**
   * The `"softmaxCrossEntropy"` op's kernel (core's loss: inputs `[z, t]`, logits `[b, k]` and
   * class indices, outputs `[loss, p]`, params `[b, k]`) on float32 logits of at least
   * `minElementwise` elements: each row's maximum and `z − max` in js, the exponentials by the
   * `softmaxExp` export (a float32 polynomial, a few ulp, as the activations'; the js loop calls
   * `Math.exp`, ~20 ns), then the row sums, `p / sum` and the loss in js as the loop does.
   */
  #crossEntropyKernel(): Kernel {
    const minElem = this.#minElem;
    let rowMax = new Float64Array(0);
    return ([z, t], [out, p], [b, k]) => {
      const n = b * k;
      if (
        !(z instanceof Float32Array) || !(p instanceof Float32Array) || z.length !== n ||
        p.length !== n || n < minElem || out === undefined || out.length !== 1 ||
        overlaps(p, z, this.#storage ?? null)
      ) return false;
      if (rowMax.length < b) rowMax = new Float64Array(b);
      for (let i = 0; i < b; i++) {
        const o = i * k;
        let m = -Infinity;
        for (let j = 0; j < k; j++) if (z[o + j] > m) m = z[o + j];
        rowMax[i] = m;
        for (let j = 0; j < k; j++) p[o + j] = z[o + j] - m;
      }
      this.map("softmaxExp", p, p);
      let loss = 0;
      for (let i = 0; i < b; i++) {
        const o = i * k;
        let s = 0;
        for (let j = 0; j < k; j++) s += p[o + j];
        for (let j = 0; j < k; j++) p[o + j] /= s;
        loss += rowMax[i] + Math.log(s) - z[o + t[i]];
      }
      out[0] = loss / b;
    };
  }

  /** Built kernels by op name (undefined: none for that name). */
  #kernels = new Map<string, Kernel | undefined>();

  /** This backend's kernel for op `name`, or undefined (see `Backend.kernel`). */
  kernel(name: string): Kernel | undefined {
    let k = this.#kernels.get(name);
    if (k === undefined && !this.#kernels.has(name)) {
      const entry = Object.hasOwn(ACTIVATIONS, name) ? ACTIVATIONS[name] : undefined;
      k = entry !== undefined
        ? this.#activation(name, entry)
        : name === "adam"
        ? this.#adamKernel()
        : name === "sgd"
        ? this.#sgdKernel()
        : name === "zero"
        ? this.#zeroKernel()
        : name === "copy"
        ? this.#copyKernel()
        : name === "nonFinite"
        ? this.#nonFiniteKernel()
        : name === "sumSquares"
        ? this.#sumSquaresKernel()
        : name === "softmaxCrossEntropy"
        ? this.#crossEntropyKernel()
        : this.#convKernels.get(name);
      this.#kernels.set(name, k);
    }
    return k;
  }

  /**
   * The kernel of an activation op: its SIMD export on float32 arrays of at
   * least `minElementwise` elements; it declines (false) anything else.
   */
  #activation(name: string, e: ActivationEntry): Kernel {
    const minElem = this.#minElem;
    const f32 = (d: Data | undefined): d is Float32Array => d instanceof Float32Array;
    if (e.periodic) {
      return (inputs, [out], params) => {
        const x = inputs[0], b = e.inputs === 2 ? inputs[1] : null, row = inputs[e.inputs];
        if (
          !f32(x) || (b !== null && !f32(b)) || !f32(row) || !f32(out) || out.length < minElem ||
          row.length === 0 || (e.accepts !== undefined && !e.accepts(params))
        ) return false;
        this.mapPeriodic(name, x, b, row, out);
      };
    }
    return (inputs, [out], params) => {
      const [x, g] = inputs;
      if (
        !f32(x) || !f32(out) || out.length < minElem || (e.inputs === 2 && !f32(g)) ||
        (e.accepts !== undefined && !e.accepts(params))
      ) return false;
      const [p0 = 0, p1 = 0, p2 = 0] = e.params === undefined ? params : e.params(params);
      if (e.inputs === 2) this.map2(name, x, g as Float32Array, out, p0, p1, p2);
      else this.map(name, x, out, p0, p1, p2);
    };
  }

  /** The backend object. */
  backend(): Backend {
    const js = jsBackend;
    const minWork = this.#minWork, minElem = this.#minElem;
    const f32 = (d: Data): d is Float32Array => d instanceof Float32Array;
    return {
      name: "wasm",
      threads: () => this.threads,
      matmul: (a, b, out, m, k, n, options: MatmulOptions = {}) => {
        if (
          !f32(a) || !f32(b) || !f32(out) || m * k * n < minWork ||
          gemmArenaBytes(m, k, n) > GEMM_ARENA_MAX_BYTES
        ) {
          js.matmul(a, b, out, m, k, n, options);
          return;
        }
        this.gemm(
          a,
          b,
          out,
          m,
          k,
          n,
          options.transA === true,
          options.transB === true,
          options.accumulate === true,
          null,
        );
      },
      linear: (x, w, bias, out, m, k, n) => {
        if (
          !f32(x) || !f32(w) || !f32(out) || (bias !== null && !f32(bias)) ||
          m * k * n < minWork || gemmArenaBytes(m, k, n) > GEMM_ARENA_MAX_BYTES
        ) {
          js.linear!(x, w, bias, out, m, k, n);
          return;
        }
        this.gemm(x, w, out, m, k, n, false, false, false, bias as Float32Array | null);
      },
      kernel: (name) => this.kernel(name),
      binary: (op: BinaryOp, a, b, out) => {
        if (!BINARY.has(op) || !f32(a) || !f32(b) || !f32(out) || out.length < minElem) {
          js.binary(op, a, b, out);
        } else this.map2(op, a, b, out);
      },
      unary: (op: UnaryOp, x, out) => {
        if (!UNARY.has(op) || !f32(x) || !f32(out) || out.length < minElem) {
          js.unary(op, x, out);
        } else this.map(op, x, out);
      },
      allocate: (n) => this.allocate(n),
      free: (block) => this.free(block),
      sumAxis: (x, out, outer, len, inner) => {
        if (
          !f32(x) || !f32(out) || outer * len * inner < minElem ||
          overlaps(x, out, this.#storage ?? null)
        ) {
          js.sumAxis(x, out, outer, len, inner);
        } else this.sumAxis(x, out, outer, len, inner);
      },
      maxAxis: js.maxAxis,
    };
  }
}
