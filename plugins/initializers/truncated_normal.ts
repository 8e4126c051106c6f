import { defineInitializer, type InitializerPlugin } from "../../core/mod.ts";
import { fill } from "./_fans.ts";
import { checkFinite, fail } from "./_check.ts";
import { truncatedStandardNormal } from "./_truncated.ts";

/**
 * N(mean, std²) restricted to `[a, b]`, as torch.nn.init.trunc_normal_: `a`
 * and `b` are **absolute** cut-offs (not multiples of std). Sampled exactly
 * by rejection (Robert 1995), so even far-tail intervals are drawn
 * correctly. With α = (a − mean)/std, β = (b − mean)/std and
 * Z = Φ(β) − Φ(α), the mean is mean + std·(φ(α) − φ(β))/Z.
 *
 * @example
 * ```ts
 * import { defaultRegistry, Rng } from "@rectify/core";
 * const init = defaultRegistry.create("initializer", "truncatedNormal:std=0.02,a=-0.04,b=0.04", {
 *   rng: new Rng(0),
 * });
 * console.log(Array.from(init([100]).data).every((x) => Math.abs(x) <= 0.04)); // true
 * ```
 */
export const truncatedNormal: InitializerPlugin<
  { mean: number; std: number; a: number; b: number }
> = defineInitializer({
  name: "truncatedNormal",
  version: "1.0.0",
  description: "N(mean, std²) restricted to [a, b] (absolute cut-offs)",
  defaults: { mean: 0, std: 1, a: -2, b: 2 },
  validate({ mean, std, a, b }) {
    checkFinite("truncatedNormal", "mean", mean);
    checkFinite("truncatedNormal", "a", a);
    checkFinite("truncatedNormal", "b", b);
    if (!(std > 0) || !Number.isFinite(std)) {
      fail("truncatedNormal", `std must be > 0, got ${std}`);
    }
    if (!(b > a)) fail("truncatedNormal", `b must be > a (${a}), got ${b}`);
  },
  create({ mean, std, a, b }, ctx) {
    const lo = (a - mean) / std, hi = (b - mean) / std;
    return (shape, options) =>
      fill(shape, ctx, options, (r) => {
        const x = mean + std * truncatedStandardNormal(r, lo, hi);
        return x < a ? a : x > b ? b : x;
      });
  },
});
