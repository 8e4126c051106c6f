import { defineInitializer, type InitializerPlugin } from "../../core/mod.ts";
import { fans, fill } from "./_fans.ts";

/**
 * LeCun uniform initialisation (LeCun et al. 1998, "Efficient BackProp"):
 * U(−b, b) with b = √(3/fanIn), so the std is 1/√fanIn.
 *
 * @example
 * ```ts
 * import { defaultRegistry, Rng } from "@rectify/core";
 * const init = defaultRegistry.create("initializer", "lecunUniform", { rng: new Rng(0) });
 * console.log(init([16, 8]).shape); // [16, 8]
 * ```
 */
export const lecunUniform: InitializerPlugin<Record<never, never>> = defineInitializer({
  name: "lecunUniform",
  version: "1.0.0",
  description: "U(-b, b), b = sqrt(3 / fanIn)",
  defaults: {},
  create(_o, ctx) {
    return (shape, options) => {
      const b = Math.sqrt(3 / fans(shape)[0]);
      return fill(shape, ctx, options, (r) => (r.uniform() * 2 - 1) * b);
    };
  },
});
