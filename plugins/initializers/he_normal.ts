import { defineInitializer, type InitializerPlugin, RectifyError } from "../../core/mod.ts";
import { fans, fill } from "./_fans.ts";

/**
 * He (Kaiming) normal initialisation (He et al. 2015): N(0, (gain/√fanIn)²),
 * an untruncated normal, with gain √2 for relu and √(2/(1+alpha²)) for leakyRelu.
 *
 * @example
 * ```ts
 * import { defaultRegistry, Rng } from "@rectify/core";
 * const init = defaultRegistry.create("initializer", "heNormal", { rng: new Rng(0) });
 * console.log(init([64, 32]).shape); // [64, 32]
 * ```
 */
export const heNormal: InitializerPlugin<{ nonlinearity: string; alpha: number }> =
  defineInitializer({
    name: "heNormal",
    version: "1.0.0",
    description: "N(0, gain²/fanIn), gain from nonlinearity",
    defaults: { nonlinearity: "relu", alpha: 0.01 },
    validate({ nonlinearity }) {
      if (nonlinearity !== "relu" && nonlinearity !== "leakyRelu") {
        throw new RectifyError(
          "option",
          `Cannot create "heNormal": nonlinearity must be "relu" or "leakyRelu", got "${nonlinearity}"`,
        );
      }
    },
    create({ nonlinearity, alpha }, ctx) {
      const gain = nonlinearity === "leakyRelu" ? Math.sqrt(2 / (1 + alpha * alpha)) : Math.SQRT2;
      return (shape, options) => {
        const std = gain / Math.sqrt(fans(shape)[0]);
        return fill(shape, ctx, options, (r) => r.normal() * std);
      };
    },
  });
