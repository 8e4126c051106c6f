// What the backend tests share: bit-level comparison of float32 arrays, and a
// loop over the wasm module's variants.
import { WASM_RELAXED, WASM_SIMD } from "../../plugins/backends/_wasm_bytes.ts";
import { decode } from "../../plugins/backends/_wasm_kernels.ts";

/**
 * Index of the first element whose bits differ (any two NaNs count as equal),
 * or −1 when none does; with different lengths, the shorter one's length.
 */
export function firstDifference(a: Float32Array, b: Float32Array): number {
  const ai = new Uint32Array(a.buffer, a.byteOffset, a.length);
  const bi = new Uint32Array(b.buffer, b.byteOffset, b.length);
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (ai[i] !== bi[i] && !(Number.isNaN(a[i]) && Number.isNaN(b[i]))) return i;
  }
  return a.length === b.length ? -1 : n;
}

/**
 * Run `fn` as a step per variant of the wasm module (relaxed SIMD, plain
 * SIMD) this engine validates, with a fresh instance's exports and a float32
 * view of its memory.
 */
export async function eachWasmModule(
  t: Deno.TestContext,
  fn: (exports: WebAssembly.Exports, f32: Float32Array) => void,
): Promise<void> {
  for (const [variant, b64] of [["relaxed", WASM_RELAXED], ["simd", WASM_SIMD]] as const) {
    const bytes = decode(b64);
    if (!WebAssembly.validate(bytes)) continue;
    await t.step(variant, () => {
      const ex = new WebAssembly.Instance(new WebAssembly.Module(bytes), {}).exports;
      fn(ex, new Float32Array((ex.memory as WebAssembly.Memory).buffer));
    });
  }
}
