import { defineInitializer, type InitializerPlugin } from "../../core/mod.ts";
import { fill } from "./_fans.ts";

/**
 * All zeros (the usual bias initializer).
 *
 * @example
 * ```ts
 * import { defaultRegistry } from "@rectify/core";
 * const init = defaultRegistry.create("initializer", "zeros");
 * console.log(init([2]).toArray()); // [0, 0]
 * ```
 */
export const zeros: InitializerPlugin<Record<never, never>> = defineInitializer({
  name: "zeros",
  version: "1.0.0",
  description: "constant 0",
  defaults: {},
  create: (_o, ctx) => (shape, options) => fill(shape, ctx, options, () => 0),
});
