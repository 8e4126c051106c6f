import { type ActivationPlugin, type Data, defineActivation } from "../../core/mod.ts";
import { elementwise } from "./elementwise.ts";
import { logistic } from "./_math.ts";

/** sigmoid's forward (op "sigmoid"): `y = 1/(1 + e^−x)`, overflow-free. @internal */
export function sigmoidLoop([x]: readonly Data[], [y]: readonly Data[]): void {
  for (let i = 0; i < y.length; i++) y[i] = logistic(x[i]);
}

/** sigmoid's backward from its output (op "sigmoidBackward"): `dx = g·y·(1 − y)`. @internal */
export function sigmoidBackwardLoop([y, g]: readonly Data[], [dx]: readonly Data[]): void {
  for (let i = 0; i < dx.length; i++) dx[i] = g[i] * y[i] * (1 - y[i]);
}

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
  onnx: (x, g) => g.node("Sigmoid", [x]),
  create() {
    return {
      forward: elementwise({
        name: "sigmoid",
        saves: "output",
        forward: { kernel: "sigmoid", reference: sigmoidLoop },
        backward: { kernel: "sigmoidBackward", reference: sigmoidBackwardLoop },
      }),
    };
  },
});
