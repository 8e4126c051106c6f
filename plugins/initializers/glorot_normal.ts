import { defineInitializer, type InitializerPlugin } from "../../core/mod.ts";
import { fans, fill } from "./_fans.ts";
import { checkPositive } from "./_check.ts";

/**
 * Glorot (Xavier) normal initialisation (Glorot & Bengio 2010, "Understanding
 * the difficulty of training deep feedforward neural networks"), as
 * torch.nn.init.xavier_normal_: N(0, gain²·2/(fanIn + fanOut)), untruncated.
 *
 * @example
 * ```ts
 * import { defaultRegistry, Rng } from "@rectify/core";
 * const init = defaultRegistry.create("initializer", "glorotNormal:gain=1", { rng: new Rng(0) });
 * console.log(init([4, 4]).size); // 16
 * ```
 */
export const glorotNormal: InitializerPlugin<{ gain: number }> = defineInitializer({
  name: "glorotNormal",
  version: "1.0.0",
  description: "N(0, gain² * 2 / (fanIn + fanOut))",
  defaults: { gain: 1 },
  validate({ gain }) {
    checkPositive("glorotNormal", "gain", gain);
  },
  create({ gain }, ctx) {
    return (shape, options) => {
      const [fi, fo] = fans(shape);
      const std = gain * Math.sqrt(2 / (fi + fo));
      return fill(shape, ctx, options, (r) => r.normal() * std);
    };
  },
});
