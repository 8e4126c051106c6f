import { type ActivationPlugin, type Data, defineActivation } from "../../core/mod.ts";
import { elementwise } from "./elementwise.ts";
import { logistic } from "./_math.ts";
import { checkFinite } from "./_options.ts";

/** swish's forward (op "swish", params `[beta]`): `y = x·σ(beta·x)`. @internal */
export function swishLoop(
  [x]: readonly Data[],
  [y]: readonly Data[],
  [beta]: readonly number[],
): void {
  for (let i = 0; i < y.length; i++) y[i] = x[i] * logistic(beta * x[i]);
}

/**
 * swish's backward from its input (op "swishBackward", params `[beta]`): `dx = g·(s + beta·x·s·(1 −
 * s))`, s = σ(beta·x). @internal
 */
export function swishBackwardLoop(
  [x, g]: readonly Data[],
  [dx]: readonly Data[],
  [beta]: readonly number[],
): void {
  for (let i = 0; i < dx.length; i++) {
    const bx = beta * x[i];
    const s = logistic(bx);
    dx[i] = g[i] * (s + bx * s * (1 - s));
  }
}

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
  onnx: (x, g, { beta }) =>
    g.node("Mul", [x, g.node("Sigmoid", [g.node("Mul", [x, g.constant([beta], [])])])]),
  validate({ beta }) {
    checkFinite("swish", "beta", beta);
  },
  create({ beta }) {
    return {
      forward: elementwise({
        name: "swish",
        saves: "input",
        params: [beta],
        forward: { kernel: "swish", reference: swishLoop },
        backward: { kernel: "swishBackward", reference: swishBackwardLoop },
      }),
    };
  },
});
