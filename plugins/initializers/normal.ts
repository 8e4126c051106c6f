import { defineInitializer, type InitializerPlugin } from "../../core/mod.ts";
import { fill } from "./_fans.ts";
import { checkFinite, fail } from "./_check.ts";

/**
 * N(mean, std²), as torch.nn.init.normal_.
 *
 * @example
 * ```ts
 * import { defaultRegistry, Rng } from "@rectify/core";
 * const init = defaultRegistry.create("initializer", "normal:mean=0,std=0.02", { rng: new Rng(0) });
 * console.log(init([4, 4]).shape); // [4, 4]
 * ```
 */
export const normal: InitializerPlugin<{ mean: number; std: number }> = defineInitializer({
  name: "normal",
  version: "1.0.0",
  description: "N(mean, std²)",
  defaults: { mean: 0, std: 1 },
  validate({ mean, std }) {
    checkFinite("normal", "mean", mean);
    if (!(std >= 0) || !Number.isFinite(std)) fail("normal", `std must be >= 0, got ${std}`);
  },
  create({ mean, std }, ctx) {
    return (shape, options) => fill(shape, ctx, options, (r) => mean + std * r.normal());
  },
});
