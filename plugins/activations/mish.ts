import { type ActivationPlugin, type Data, defineActivation } from "../../core/mod.ts";
import { elementwise } from "./elementwise.ts";
import { logistic, softplusScalar } from "./_math.ts";

/** mish's forward (op "mish"): `y = x·tanh(softplus(x))`. @internal */
export function mishLoop([x]: readonly Data[], [y]: readonly Data[]): void {
  for (let i = 0; i < y.length; i++) y[i] = x[i] * Math.tanh(softplusScalar(x[i]));
}

/**
 * mish's backward from its input (op "mishBackward"): `dx = g·(t + x·(1 − t²)·σ(x))`, t =
 * tanh(softplus(x)). @internal
 */
export function mishBackwardLoop([x, g]: readonly Data[], [dx]: readonly Data[]): void {
  for (let i = 0; i < dx.length; i++) {
    const v = x[i];
    const t = Math.tanh(softplusScalar(v));
    dx[i] = g[i] * (t + v * (1 - t * t) * logistic(v));
  }
}

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
  // Mish is an operator from opset 18; x·tanh(softplus(x)) is exact in every opset
  onnx: (x, g) => g.node("Mul", [x, g.node("Tanh", [g.node("Softplus", [x])])]),
  create() {
    return {
      forward: elementwise({
        name: "mish",
        saves: "input",
        forward: { kernel: "mish", reference: mishLoop },
        backward: { kernel: "mishBackward", reference: mishBackwardLoop },
      }),
    };
  },
});
