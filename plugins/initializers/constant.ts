import { defineInitializer, type InitializerPlugin } from "../../core/mod.ts";
import { fill } from "./_fans.ts";
import { checkFinite } from "./_check.ts";

/**
 * Every element equal to `value`, as torch.nn.init.constant_.
 *
 * @example
 * ```ts
 * import { defaultRegistry } from "@rectify/core";
 * const init = defaultRegistry.create("initializer", "constant:value=0.5");
 * console.log(init([2]).toArray()); // [0.5, 0.5]
 * ```
 */
export const constant: InitializerPlugin<{ value: number }> = defineInitializer({
  name: "constant",
  version: "1.0.0",
  description: "constant value",
  defaults: { value: 0 },
  validate({ value }) {
    checkFinite("constant", "value", value);
  },
  create: ({ value }, ctx) => (shape, options) => fill(shape, ctx, options, () => value),
});
