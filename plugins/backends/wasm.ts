import { type BackendPlugin, defineBackend, RectifyError } from "../../core/mod.ts";
import { MIN_THREAD_WORK, WasmKernels, wasmSupport } from "./_wasm_kernels.ts";

/**
 * The `wasm` backend: WebAssembly SIMD128 kernels (matmul with 4x8 register
 * tiles, A packed in 4-row slivers and broadcast by shuffles and splat
 * loads, B in packed
 * 8-column panels, in all transpose layouts; fused
 * matmul + bias for dense layers; element-wise ops; sums over an axis
 * (`sumAxis`: a bias gradient; the js kernel's float32 order, the same
 * bits); `kernel(name)`: the
 * forward and backward kernels of the built-in element-wise activations
 * under their op names (`"elu"`, `"eluBackward"`, ...; float32 only, the
 * plugins' loops run otherwise), with float32 polynomial
 * exp/expm1/log1p/erfc accurate to a few ulp; the adam optimizer's `"adam"`
 * op, one Adam/AdamW step in float32 arithmetic (f32x4, no fused multiply-add), bit-identical to the
 * plugin's js loop). Uses relaxed SIMD
 * (`f32x4.relaxed_madd`) where the engine has it, else plain SIMD128.
 *
 * Tensors stay in JS typed arrays: operands are copied into a scratch arena
 * in WebAssembly memory and results copied out (element-wise kernels in
 * 64 KiB chunks, so the copies stay in cache). Float64 tensors, and
 * problems below the size thresholds, run on the `js` kernels.
 * `allocate(n)`/`free` lend float32 blocks of the backend's own shared
 * WebAssembly memory (first-fit, 64-byte aligned, grown as needed up to
 * 1 GiB; null without relaxed SIMD or SharedArrayBuffer, or when full): an
 * element-wise kernel (activation, binary, unary, the Adam update) whose
 * inputs and output are all blocks reads and writes them in place, without copies, and a matmul
 * whose output is a block runs there too (operands that are not blocks copied in). The module is
 * built from `wasm/kernels.ts` by `deno task build:wasm` and embedded.
 *
 * Options: `relaxed` (default true), `minMatmulWork` (m·k·n below which the
 * js kernel runs, default 512), `minElementwise` (length below which the js
 * kernels run, default 256), `threads` (1 or 2, default 1: with 2, a worker
 * thread on shared WebAssembly memory shares each matmul with at least
 * `minThreadWork` multiply-adds, default 2¹⁸ (the two threads pack its A in
 * blocks, then claim chunks of its column panels in turn, each packing its
 * own), and, while the split is
 * kept, half of each Adam update of at least 2¹⁵ elements; it needs relaxed SIMD,
 * shared memory and `node:worker_threads`, else the backend stays on one
 * thread; the worker starts asynchronously and matmuls split once it is
 * ready; after a quarter millisecond without work it sleeps, and a product
 * under 2²³ multiply-adds that finds it asleep runs on the calling thread and
 * wakes it for the next), `calibrate` (default true: the first eligible matmuls run
 * alternately split and on one thread while the code warms up, then one
 * product is timed both ways back to back and the split is kept only if it
 * measured at least 10% faster, measured again every 2000 such matmuls, a kept
 * split dropped when two measurements in a row say so; false always splits).
 * Results are bit-identical either way. See bench/README.md for figures.
 *
 * @example Run on the wasm kernels
 * ```ts
 * import { defaultRegistry, setBackend, tensor } from "@rectify/core";
 * const previous = setBackend(defaultRegistry.create("backend", "wasm"));
 * console.log(tensor([[1, 2]]).matmul(tensor([[3], [4]])).toArray()); // [[11]]
 * setBackend(previous);
 * ```
 */
export const wasm: BackendPlugin<
  {
    relaxed: boolean;
    minMatmulWork: number;
    minElementwise: number;
    threads: number;
    minThreadWork: number;
    calibrate: boolean;
  }
> = defineBackend({
  name: "wasm",
  version: "1.1.0",
  description: "WebAssembly SIMD128 kernels (relaxed SIMD where available)",
  defaults: {
    relaxed: true,
    minMatmulWork: 512,
    minElementwise: 256,
    threads: 1,
    minThreadWork: MIN_THREAD_WORK,
    calibrate: true,
  },
  validate({ minMatmulWork, minElementwise, threads, minThreadWork }) {
    for (
      const [k, v] of [
        ["minMatmulWork", minMatmulWork],
        ["minElementwise", minElementwise],
        ["minThreadWork", minThreadWork],
      ]
    ) {
      if (!(Number(v) >= 0)) {
        throw new RectifyError("option", `Cannot create "wasm": ${k} must be >= 0, got ${v}`);
      }
    }
    if (threads !== 1 && threads !== 2) {
      throw new RectifyError(
        "option",
        `Cannot create "wasm": threads must be 1 or 2, got ${threads}`,
      );
    }
  },
  create(options) {
    if (!wasmSupport().simd) {
      throw new RectifyError(
        "plugin",
        `Cannot create "wasm": this engine has no WebAssembly SIMD128 (use the "js" backend)`,
      );
    }
    return new WasmKernels(options).backend();
  },
});

/**
 * Whether the `wasm` backend can run here (WebAssembly with SIMD128).
 *
 * @example
 * ```ts
 * import { wasmSimdSupported } from "@rectify/core";
 * console.log(typeof wasmSimdSupported()); // "boolean"
 * ```
 */
export function wasmSimdSupported(): boolean {
  return wasmSupport().simd;
}
