import { type ActivationPlugin, type Data, defineActivation } from "../../core/mod.ts";
import { elementwise } from "./elementwise.ts";
import { logistic } from "./_math.ts";

/** silu's forward (op "silu"): `y = x·σ(x)`. @internal */
export function siluLoop([x]: readonly Data[], [y]: readonly Data[]): void {
  for (let i = 0; i < y.length; i++) y[i] = x[i] * logistic(x[i]);
}

/**
 * silu's backward from its input (op "siluBackward"): `dx = g·σ(x)·(1 + x·(1 − σ(x)))`. @internal
 */
export function siluBackwardLoop([x, g]: readonly Data[], [dx]: readonly Data[]): void {
  for (let i = 0; i < dx.length; i++) {
    const s = logistic(x[i]);
    dx[i] = g[i] * s * (1 + x[i] * (1 - s));
  }
}

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
  onnx: (x, g) => g.node("Mul", [x, g.node("Sigmoid", [x])]),
  create() {
    return {
      forward: elementwise({
        name: "silu",
        saves: "input",
        forward: { kernel: "silu", reference: siluLoop },
        backward: { kernel: "siluBackward", reference: siluBackwardLoop },
      }),
    };
  },
});
