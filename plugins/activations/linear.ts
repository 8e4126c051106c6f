import { type ActivationPlugin, defineActivation } from "../../core/mod.ts";
import { elementwise } from "./_elementwise.ts";

/**
 * Identity activation (no non-linearity; the default of Keras `Dense`).
 *
 * - f(x) = x
 * - f'(x) = 1
 *
 * @example
 * ```ts
 * import { defaultRegistry, tensor } from "@rectify/core";
 * const id = defaultRegistry.create("activation", "linear");
 * console.log(id.forward(tensor([-3])).toArray()); // [-3]
 * ```
 */
export const linear: ActivationPlugin<Record<never, never>> = defineActivation({
  name: "linear",
  version: "1.0.0",
  description: "identity",
  defaults: {},
  create() {
    return {
      forward: elementwise({
        name: "linear",
        saves: "output",
        forward(x, y) {
          y.set(x);
        },
        backward(_y, g, out) {
          out.set(g);
        },
      }),
    };
  },
});
