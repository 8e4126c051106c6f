import { type BackendPlugin, defineBackend, jsBackend } from "../../core/mod.ts";

/**
 * The `js` backend: the pure TypeScript kernels (`jsBackend`), always
 * available and the reference every other backend is tested against.
 * Matmul uses 4x4 register tiles with strided operand access, so
 * `x·W`, `g·Wᵀ` and `xᵀ·g` need no materialised transpose.
 *
 * @example Switch to the js kernels
 * ```ts
 * import { defaultRegistry, setBackend } from "@rectify/core";
 * const previous = setBackend(defaultRegistry.create("backend", "js"));
 * setBackend(previous);
 * ```
 */
export const js: BackendPlugin<Record<string, never>> = defineBackend({
  name: "js",
  version: "1.0.0",
  description: "pure TypeScript kernels (the reference)",
  defaults: {},
  create: () => jsBackend,
});
