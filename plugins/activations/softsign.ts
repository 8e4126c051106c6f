import { type ActivationPlugin, defineActivation } from "../../core/mod.ts";
import { elementwise } from "./_elementwise.ts";

/**
 * Softsign (Bergstra et al. 2009, "Quadratic polynomials learn better image
 * features"; Glorot & Bengio 2010).
 *
 * - f(x) = x / (1 + |x|)
 * - f'(x) = 1 / (1 + |x|)², so f'(0) = 1
 *
 * The backward keeps the input.
 *
 * @example
 * ```ts
 * import { defaultRegistry, tensor } from "@rectify/core";
 * const f = defaultRegistry.create("activation", "softsign");
 * console.log(f.forward(tensor([-1, 0, 3])).toArray()); // [-0.5, 0, 0.75]
 * ```
 */
export const softsign: ActivationPlugin<Record<never, never>> = defineActivation({
  name: "softsign",
  version: "1.0.0",
  description: "x / (1 + |x|)",
  defaults: {},
  create() {
    return {
      forward: elementwise({
        name: "softsign",
        saves: "input",
        forward(x, y) {
          for (let i = 0; i < x.length; i++) y[i] = x[i] / (1 + Math.abs(x[i]));
        },
        backward(x, g, out) {
          for (let i = 0; i < x.length; i++) {
            const d = 1 + Math.abs(x[i]);
            out[i] = g[i] / (d * d);
          }
        },
      }),
    };
  },
});
