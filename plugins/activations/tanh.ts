import { type ActivationPlugin, defineActivation } from "../../core/mod.ts";
import { elementwise } from "./_elementwise.ts";

/**
 * Hyperbolic tangent (LeCun et al. 1998, "Efficient BackProp", recommends it
 * over the logistic sigmoid).
 *
 * - f(x) = tanh(x)
 * - f'(x) = 1 − tanh²(x)
 *
 * Memory: the backward reads only the saved output (f' = 1 − y²), so the
 * input can be freed after the forward pass.
 *
 * @example
 * ```ts
 * import { defaultRegistry, tensor } from "@rectify/core";
 * const t = defaultRegistry.create("activation", "tanh");
 * console.log(t.forward(tensor([0])).toArray()); // [0]
 * ```
 */
export const tanh: ActivationPlugin<Record<never, never>> = defineActivation({
  name: "tanh",
  version: "1.0.0",
  description: "tanh(x)",
  defaults: {},
  create() {
    return {
      forward: elementwise({
        name: "tanh",
        saves: "output",
        backendKernels: { forward: "tanh", backward: "tanhBackward" },
      }),
    };
  },
});
