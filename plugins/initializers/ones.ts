import { defineInitializer, type InitializerPlugin } from "../../core/mod.ts";
import { fill } from "./_fans.ts";

/**
 * All ones (e.g. the scale of a normalisation layer).
 *
 * @example
 * ```ts
 * import { defaultRegistry } from "@rectify/core";
 * const init = defaultRegistry.create("initializer", "ones");
 * console.log(init([2]).toArray()); // [1, 1]
 * ```
 */
export const ones: InitializerPlugin<Record<never, never>> = defineInitializer({
  name: "ones",
  version: "1.0.0",
  description: "constant 1",
  defaults: {},
  create: (_o, ctx) => (shape, options) => fill(shape, ctx, options, () => 1),
});
