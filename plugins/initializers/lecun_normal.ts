import { defineInitializer, type InitializerPlugin } from "../../core/mod.ts";
import { fans, fill } from "./_fans.ts";

/**
 * LeCun normal initialisation (LeCun et al. 1998, "Efficient BackProp";
 * the SELU initialisation of Klambauer et al. 2017): N(0, 1/fanIn),
 * untruncated.
 *
 * @example
 * ```ts
 * import { defaultRegistry, Rng } from "@rectify/core";
 * const init = defaultRegistry.create("initializer", "lecunNormal", { rng: new Rng(0) });
 * console.log(init([16, 8]).shape); // [16, 8]
 * ```
 */
export const lecunNormal: InitializerPlugin<Record<never, never>> = defineInitializer({
  name: "lecunNormal",
  version: "1.0.0",
  description: "N(0, 1 / fanIn)",
  defaults: {},
  create(_o, ctx) {
    return (shape, options) => {
      const std = 1 / Math.sqrt(fans(shape)[0]);
      return fill(shape, ctx, options, (r) => r.normal() * std);
    };
  },
});
