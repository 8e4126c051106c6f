import { type ActivationPlugin, defineActivation } from "../../core/mod.ts";
import { elementwise } from "./_elementwise.ts";
import { checkFinite } from "./_options.ts";

/**
 * Swish (Ramachandran, Zoph & Le 2017, "Searching for activation functions").
 *
 * - f(x) = x·σ(beta·x)
 * - f'(x) = σ(beta·x) + beta·x·σ(beta·x)·(1 − σ(beta·x))
 *
 * Options: `beta` (default 1, any finite number; beta = 1 is silu). Finite for
 * every finite x. The backward keeps the input.
 *
 * @example
 * ```ts
 * import { defaultRegistry, tensor } from "@rectify/core";
 * const f = defaultRegistry.create("activation", "swish:beta=2");
 * console.log(f.forward(tensor([0])).toArray()); // [0]
 * ```
 */
export const swish: ActivationPlugin<{ beta: number }> = defineActivation({
  name: "swish",
  version: "1.0.0",
  description: "x·sigmoid(beta·x)",
  defaults: { beta: 1 },
  validate({ beta }) {
    checkFinite("swish", "beta", beta);
  },
  create({ beta }) {
    return {
      forward: elementwise({
        name: "swish",
        saves: "input",
        backendKernels: { forward: "swish", backward: "swishBackward", params: [beta] },
      }),
    };
  },
});
