import { defineInitializer, type InitializerPlugin } from "../../core/mod.ts";
import { fans, fill } from "./_fans.ts";
import { calculateGain } from "./calculate_gain.ts";
import { checkHe } from "./_check.ts";

/**
 * He (Kaiming) normal initialisation (He et al. 2015, "Delving Deep into
 * Rectifiers"), as torch.nn.init.kaiming_normal_: N(0, (gain/√fan)²), an
 * untruncated normal, with `gain = calculateGain(nonlinearity, alpha)` (√2 for
 * relu, √(2/(1+alpha²)) for leakyRelu) and `fan` = fanIn (default) or fanOut
 * of the dense kernel `[in, out]`.
 *
 * @example
 * ```ts
 * import { defaultRegistry, Rng } from "@rectify/core";
 * const init = defaultRegistry.create("initializer", "heNormal", { rng: new Rng(0) });
 * console.log(init([64, 32]).shape); // [64, 32]
 * ```
 */
export const heNormal: InitializerPlugin<{ nonlinearity: string; alpha: number; mode: string }> =
  defineInitializer({
    name: "heNormal",
    version: "1.1.0",
    description: "N(0, gain²/fan), gain from nonlinearity, fan = fanIn or fanOut",
    defaults: { nonlinearity: "relu", alpha: 0.01, mode: "fanIn" },
    validate(o) {
      checkHe("heNormal", o);
    },
    create({ nonlinearity, alpha, mode }, ctx) {
      const gain = calculateGain(nonlinearity, alpha);
      return (shape, options) => {
        const [fi, fo] = fans(shape);
        const std = gain / Math.sqrt(mode === "fanOut" ? fo : fi);
        return fill(shape, ctx, options, (r) => r.normal() * std);
      };
    },
  });
