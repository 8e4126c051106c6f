import { type ActivationPlugin, type Data, defineActivation } from "../../core/mod.ts";
import { elementwise } from "./elementwise.ts";

/** tanh's forward (op "tanh"): `y = tanh(x)`. @internal */
export function tanhLoop([x]: readonly Data[], [y]: readonly Data[]): void {
  for (let i = 0; i < y.length; i++) y[i] = Math.tanh(x[i]);
}

/** tanh's backward from its output (op "tanhBackward"): `dx = g·(1 − y²)`. @internal */
export function tanhBackwardLoop([y, g]: readonly Data[], [dx]: readonly Data[]): void {
  for (let i = 0; i < dx.length; i++) dx[i] = g[i] * (1 - y[i] * y[i]);
}

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
  onnx: (x, g) => g.node("Tanh", [x]),
  create() {
    return {
      forward: elementwise({
        name: "tanh",
        saves: "output",
        forward: { kernel: "tanh", reference: tanhLoop },
        backward: { kernel: "tanhBackward", reference: tanhBackwardLoop },
      }),
    };
  },
});
