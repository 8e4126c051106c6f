import { type ActivationPlugin, defineActivation } from "../../core/mod.ts";
import { elementwise } from "./_elementwise.ts";

/**
 * Logistic sigmoid (Verhulst's logistic function, 1838; the classic neural
 * network unit of Rumelhart, Hinton & Williams 1986).
 *
 * - f(x) = σ(x) = 1 / (1 + e⁻ˣ), computed without overflow for any |x|
 * - f'(x) = σ(x)(1 − σ(x))
 *
 * Memory: the backward reads only the saved output (f' = y(1 − y)), so the
 * input can be freed after the forward pass.
 *
 * @example
 * ```ts
 * import { defaultRegistry, tensor } from "@rectify/core";
 * const s = defaultRegistry.create("activation", "sigmoid");
 * console.log(s.forward(tensor([0])).toArray()); // [0.5]
 * ```
 */
export const sigmoid: ActivationPlugin<Record<never, never>> = defineActivation({
  name: "sigmoid",
  version: "1.0.0",
  description: "1 / (1 + exp(-x))",
  defaults: {},
  create() {
    return {
      forward: elementwise({
        name: "sigmoid",
        saves: "output",
        backendKernels: { forward: "sigmoid", backward: "sigmoidBackward" },
      }),
    };
  },
});
