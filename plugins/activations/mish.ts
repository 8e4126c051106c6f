import { type ActivationPlugin, defineActivation } from "../../core/mod.ts";
import { elementwise } from "./_elementwise.ts";

/**
 * Mish (Misra 2019, "Mish: a self regularized non-monotonic activation
 * function").
 *
 * - f(x) = x·tanh(softplus(x)), softplus(x) = ln(1 + eˣ)
 * - f'(x) = tanh(sp) + x·(1 − tanh²(sp))·σ(x), sp = softplus(x)
 *
 * softplus and σ are computed without overflow, so both are finite for every
 * finite x. The backward keeps the input.
 *
 * @example
 * ```ts
 * import { defaultRegistry, tensor } from "@rectify/core";
 * const f = defaultRegistry.create("activation", "mish");
 * console.log(f.forward(tensor([0])).toArray()); // [0]
 * ```
 */
export const mish: ActivationPlugin<Record<never, never>> = defineActivation({
  name: "mish",
  version: "1.0.0",
  description: "x·tanh(ln(1 + exp(x)))",
  defaults: {},
  create() {
    return {
      forward: elementwise({
        name: "mish",
        saves: "input",
        backendKernels: { forward: "mish", backward: "mishBackward" },
      }),
    };
  },
});
