/**
 * Built-in backend plugins: `js` (reference) and `wasm` (SIMD128).
 *
 * @module
 */

import type { BackendPlugin, Options } from "../../core/mod.ts";
import { js } from "./js.ts";
import { wasm, wasmSimdSupported } from "./wasm.ts";

export { js, wasm, wasmSimdSupported };

/**
 * Every built-in backend plugin.
 *
 * @example
 * ```ts
 * import { backendPlugins } from "@rectify/core";
 * console.log(backendPlugins.map((p) => p.name)); // ["js", "wasm"]
 * ```
 */
export const backendPlugins: readonly BackendPlugin<Options>[] = [
  js,
  wasm,
] as unknown as BackendPlugin<Options>[];
