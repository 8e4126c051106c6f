import { defineInitializer, type InitializerPlugin, RectifyError } from "../../core/mod.ts";
import { fans, fill } from "./_fans.ts";

/**
 * Glorot (Xavier) uniform initialisation (Glorot & Bengio 2010):
 * U(−b, b) with b = gain·√(6/(fanIn + fanOut)).
 *
 * @example
 * ```ts
 * import { defaultRegistry, Rng } from "@rectify/core";
 * const init = defaultRegistry.create("initializer", "glorotUniform", { rng: new Rng(0) });
 * console.log(init([4, 4]).size); // 16
 * ```
 */
export const glorotUniform: InitializerPlugin<{ gain: number }> = defineInitializer({
  name: "glorotUniform",
  version: "1.0.0",
  description: "U(-b, b), b = gain * sqrt(6 / (fanIn + fanOut))",
  defaults: { gain: 1 },
  validate({ gain }) {
    if (!(gain > 0)) {
      throw new RectifyError(
        "option",
        `Cannot create "glorotUniform": gain must be > 0, got ${gain}`,
      );
    }
  },
  create({ gain }, ctx) {
    return (shape, options) => {
      const [fi, fo] = fans(shape);
      const b = gain * Math.sqrt(6 / (fi + fo));
      return fill(shape, ctx, options, (r) => (r.uniform() * 2 - 1) * b);
    };
  },
});
