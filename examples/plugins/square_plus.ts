/**
 * A third-party activation plugin module, built exactly as the built-ins are:
 * squareplus (So 2021, "Squareplus: a softplus-like algebraic rectifier"),
 * `(x + sqrt(x² + b)) / 2`, a smooth ReLU without exponentials.
 *
 * - Its maths: two reference loops (forward and backward) over whole arrays,
 *   given to the public `elementwise` under the op names `"squarePlus"` and
 *   `"squarePlusBackward"`; every backend runs them unless it has a kernel
 *   under those names.
 * - Its fast path: a hand-written WebAssembly SIMD module
 *   (`square_plus.wat`, assembled with `npm:wabt` and embedded below) that
 *   computes the same double-precision operations two lanes at a time, so
 *   its float32 results are the reference loops' bits.
 *   {@linkcode registerSquarePlusKernels} registers it for the `wasm`
 *   backend with the public `registerKernel`; until then (or on another
 *   backend, or for float64) the loops run. The plugin kit checks the kernel
 *   against the loops; `bench/square_plus_bench.ts` measures both.
 *
 * Loaded at run time by `examples/load_plugin.ts` or `cli.ts --plugin` (the
 * default export), or imported (`examples/fast_kernel.ts`).
 *
 * @module
 */

import {
  type ActivationPlugin,
  type Data,
  defineActivation,
  elementwise,
  type Kernel,
  RectifyError,
  registerKernel,
} from "../../mod.ts";

// For x < 0 both use b / (2(s − x)), equal to (x + s)/2 without its cancellation (s = √(x² + b)).

/** Forward, params `[b]`: `y = x ≥ 0 ? (x + s)/2 : b/(2(s − x))`. */
export function squarePlusLoop(
  [x]: readonly Data[],
  [y]: readonly Data[],
  [b]: readonly number[],
): void {
  for (let i = 0; i < y.length; i++) {
    const v = x[i];
    const s = Math.sqrt(v * v + b);
    y[i] = v >= 0 ? (v + s) * 0.5 : b / (2 * (s - v));
  }
}

/** Backward from the input, params `[b]`: `dx = g·(x ≥ 0 ? (1 + x/s)/2 : b/(2s(s − x)))`. */
export function squarePlusBackwardLoop(
  [x, g]: readonly Data[],
  [dx]: readonly Data[],
  [b]: readonly number[],
): void {
  for (let i = 0; i < dx.length; i++) {
    const v = x[i];
    const s = Math.sqrt(v * v + b);
    dx[i] = g[i] * (v >= 0 ? (1 + v / s) * 0.5 : b / (2 * s * (s - v)));
  }
}

/** Squareplus with hardness `b` (> 0): smooth, → relu as b → 0. */
const squarePlus: ActivationPlugin<{ b: number }> = defineActivation({
  name: "squarePlus",
  version: "1.1.0",
  description: "(x + sqrt(x² + b)) / 2 (So 2021)",
  defaults: { b: 4 },
  validate({ b }) {
    if (!(b > 0) || !Number.isFinite(b)) {
      throw new RectifyError(
        "option",
        `Cannot create "squarePlus": b must be a finite number > 0, got ${b}`,
      );
    }
  },
  create: ({ b }) => ({
    forward: elementwise({
      name: "squarePlus",
      saves: "input",
      params: [b],
      forward: { kernel: "squarePlus", reference: squarePlusLoop },
      backward: { kernel: "squarePlusBackward", reference: squarePlusBackwardLoop },
    }),
  }),
});

export default squarePlus;

/** `square_plus.wat`, assembled by `npm:wabt` (SIMD128), base64. */
export const SQUARE_PLUS_WASM: string =
  "AGFzbQEAAAABHQRgAnt7AXtgBH9/f3wAYAN7e3sBe2AFf39/f3wAAwUEAAECAwUDAQAEBx8DBm1lbW9yeQIAB2Zvcn" +
  "dhcmQAAQhiYWNrd2FyZAADCq4DBFUBAXsgACAA/fIBIAH98AH97wEhAiAAIAL98AFEAAAAAAAA4D/9FP3yASABRAAA" +
  "AAAAAABA/RQgAiAA/fEB/fIB/fMBIABEAAAAAAAAAAD9FP1M/VILaAIBfwF7IAP9FCEFIAAgAkF+cUECdGohBAJAA0" +
  "AgACAETw0BIAEgAP1dAwD9XyAFEAD9Xv1bAwAAIABBCGohACABQQhqIQEMAAsLIAJBAXEEQCABIAD9XAIA/V8gBRAA" +
  "/V79WgIAAAsLbQEBeyAAIAD98gEgAv3wAf3vASEDIAFEAAAAAAAA8D/9FCAAIAP98wH98AFEAAAAAAAA4D/9FP3yAS" +
  "ACRAAAAAAAAABA/RQgA/3yASADIAD98QH98gH98wEgAEQAAAAAAAAAAP0U/Uz9Uv3yAQt/AgF/AXsgBP0UIQYgACAD" +
  "QX5xQQJ0aiEFAkADQCAAIAVPDQEgAiAA/V0DAP1fIAH9XQMA/V8gBhAC/V79WwMAACAAQQhqIQAgAUEIaiEBIAJBCG" +
  "ohAgwACwsgA0EBcQRAIAIgAP1cAgD9XyAB/VwCAP1fIAYQAv1e/VoCAAALCw==";

/** Elements per chunk: three 64 KiB operands in the module's 256 KiB memory. */
const CHUNK = 16384;

type Exports = {
  memory: WebAssembly.Memory;
  forward(x: number, y: number, n: number, b: number): void;
  backward(x: number, g: number, out: number, n: number, b: number): void;
};

/**
 * The module's two kernels, or null where WebAssembly SIMD128 is missing.
 * Each copies its float32 operands into the module's memory in chunks, runs,
 * and copies the result out; it declines (returns false) float64 arrays.
 */
export function squarePlusWasmKernels(): { forward: Kernel; backward: Kernel } | null {
  const bytes = Uint8Array.from(atob(SQUARE_PLUS_WASM), (c) => c.charCodeAt(0));
  if (typeof WebAssembly !== "object" || !WebAssembly.validate(bytes)) return null;
  const wasm = new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports as Exports;
  const mem = new Float32Array(wasm.memory.buffer);
  const f32 = (d: Data | undefined): d is Float32Array => d instanceof Float32Array;
  const G = CHUNK, O = 2 * CHUNK; // operand offsets, in elements
  return {
    forward([x], [y], [b]) {
      if (!f32(x) || !f32(y)) return false;
      for (let i = 0; i < y.length; i += CHUNK) {
        const n = Math.min(CHUNK, y.length - i);
        mem.set(x.subarray(i, i + n), 0);
        wasm.forward(0, 4 * O, n, b);
        y.set(mem.subarray(O, O + n), i);
      }
    },
    backward([x, g], [dx], [b]) {
      if (!f32(x) || !f32(g) || !f32(dx)) return false;
      for (let i = 0; i < dx.length; i += CHUNK) {
        const n = Math.min(CHUNK, dx.length - i);
        mem.set(x.subarray(i, i + n), 0);
        mem.set(g.subarray(i, i + n), G);
        wasm.backward(0, 4 * G, 4 * O, n, b);
        dx.set(mem.subarray(O, O + n), i);
      }
    },
  };
}

/**
 * Register the WebAssembly kernels for squarePlus's op names on the backend
 * named `backend` (default `"wasm"`); returns a function that removes both
 * (a no-op where WebAssembly SIMD128 is missing: the loops keep running).
 */
export function registerSquarePlusKernels(backend = "wasm"): () => void {
  const k = squarePlusWasmKernels();
  if (k === null) return () => {};
  const removes = [
    registerKernel(backend, "squarePlus", k.forward),
    registerKernel(backend, "squarePlusBackward", k.backward),
  ];
  return () => removes.forEach((remove) => remove());
}
