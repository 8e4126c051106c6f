import { defineInitializer, type InitializerPlugin } from "../../core/mod.ts";
import { fans, fill } from "./_fans.ts";
import { calculateGain } from "./calculate_gain.ts";
import { checkHe } from "./_check.ts";

/**
 * He (Kaiming) uniform initialisation (He et al. 2015), as
 * torch.nn.init.kaiming_uniform_: U(−b, b) with b = gain·√(3/fan),
 * `gain = calculateGain(nonlinearity, alpha)` and `fan` = fanIn (default) or
 * fanOut of the dense kernel `[in, out]`.
 *
 * @example
 * ```ts
 * import { defaultRegistry, Rng } from "@rectify/core";
 * const init = defaultRegistry.create("initializer", "heUniform:nonlinearity=leakyRelu,alpha=0.1", {
 *   rng: new Rng(0),
 * });
 * console.log(init([64, 32]).shape); // [64, 32]
 * ```
 */
export const heUniform: InitializerPlugin<{ nonlinearity: string; alpha: number; mode: string }> =
  defineInitializer({
    name: "heUniform",
    version: "1.0.0",
    description: "U(-b, b), b = gain * sqrt(3 / fan), gain from nonlinearity",
    defaults: { nonlinearity: "relu", alpha: 0.01, mode: "fanIn" },
    validate(o) {
      checkHe("heUniform", o);
    },
    create({ nonlinearity, alpha, mode }, ctx) {
      const gain = calculateGain(nonlinearity, alpha);
      return (shape, options) => {
        const [fi, fo] = fans(shape);
        const b = gain * Math.sqrt(3 / (mode === "fanOut" ? fo : fi));
        return fill(shape, ctx, options, (r) => (r.uniform() * 2 - 1) * b);
      };
    },
  });
