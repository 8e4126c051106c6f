import { type ActivationPlugin, defineActivation } from "../../core/mod.ts";
import { elementwise } from "./_elementwise.ts";

/**
 * SiLU, the sigmoid-weighted linear unit (Hendrycks & Gimpel 2016; Elfwing,
 * Uchibe & Doya 2018, "Sigmoid-weighted linear units for neural network
 * function approximation in reinforcement learning"). Equals swish with beta 1.
 *
 * - f(x) = x·σ(x)
 * - f'(x) = σ(x)·(1 + x·(1 − σ(x)))
 *
 * σ is computed without overflow, so both are finite for every finite x. The
 * backward keeps the input.
 *
 * @example
 * ```ts
 * import { defaultRegistry, tensor } from "@rectify/core";
 * const f = defaultRegistry.create("activation", "silu");
 * console.log(f.forward(tensor([0])).toArray()); // [0]
 * ```
 */
export const silu: ActivationPlugin<Record<never, never>> = defineActivation({
  name: "silu",
  version: "1.0.0",
  description: "x·sigmoid(x)",
  defaults: {},
  create() {
    return {
      forward: elementwise({
        name: "silu",
        saves: "input",
        backendKernels: { forward: "silu", backward: "siluBackward" },
      }),
    };
  },
});
