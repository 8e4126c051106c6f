/**
 * Built-in backend plugins: `js` (reference), `wasm` (SIMD128) and `webgpu` (WGSL on a
 * WebGPU device).
 *
 * @module
 */

import type { BackendPlugin, Options } from "../../core/mod.ts";
import { js } from "./js.ts";
import { wasm, wasmSimdSupported } from "./wasm.ts";
import {
  webgpu,
  WEBGPU_HELP,
  type WebGpuAdapterInfo,
  webgpuAvailable,
  type WebGpuBackend,
  type WebGpuStats,
  wgslElementwise,
} from "./webgpu.ts";

export {
  js,
  wasm,
  wasmSimdSupported,
  webgpu,
  WEBGPU_HELP,
  type WebGpuAdapterInfo,
  webgpuAvailable,
  type WebGpuBackend,
  type WebGpuStats,
  wgslElementwise,
};

/**
 * Every built-in backend plugin.
 *
 * @example
 * ```ts
 * import { backendPlugins } from "@rectify/core";
 * console.log(backendPlugins.map((p) => p.name)); // ["js", "wasm", "webgpu"]
 * ```
 */
export const backendPlugins: readonly BackendPlugin<Options>[] = [
  js,
  wasm,
  webgpu,
] as unknown as BackendPlugin<Options>[];
