import { defineInitializer, type InitializerPlugin } from "../../core/mod.ts";
import { fill } from "./_fans.ts";
import { checkFinite, fail } from "./_check.ts";

/**
 * U(low, high), as torch.nn.init.uniform_.
 *
 * @example
 * ```ts
 * import { defaultRegistry, Rng } from "@rectify/core";
 * const init = defaultRegistry.create("initializer", "uniform:low=-0.05,high=0.05", {
 *   rng: new Rng(0),
 * });
 * console.log(Array.from(init([3]).data).every((x) => Math.abs(x) <= 0.05)); // true
 * ```
 */
export const uniform: InitializerPlugin<{ low: number; high: number }> = defineInitializer({
  name: "uniform",
  version: "1.0.0",
  description: "U(low, high)",
  defaults: { low: 0, high: 1 },
  validate({ low, high }) {
    checkFinite("uniform", "low", low);
    checkFinite("uniform", "high", high);
    if (!(high >= low)) fail("uniform", `high must be >= low (${low}), got ${high}`);
  },
  create({ low, high }, ctx) {
    const w = high - low;
    return (shape, options) => fill(shape, ctx, options, (r) => low + w * r.uniform());
  },
});
