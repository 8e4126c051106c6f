import { type ActivationPlugin, type Data, defineActivation } from "../../core/mod.ts";
import { elementwise } from "./elementwise.ts";

/** softsign's forward: `y = x/(1 + |x|)`. */
function softsignLoop([x]: readonly Data[], [y]: readonly Data[]): void {
  for (let i = 0; i < y.length; i++) y[i] = x[i] / (1 + Math.abs(x[i]));
}

/** softsign's backward from its input: `dx = g/(1 + |x|)²`. */
function softsignBackwardLoop([x, g]: readonly Data[], [dx]: readonly Data[]): void {
  for (let i = 0; i < dx.length; i++) {
    const d = 1 + Math.abs(x[i]);
    dx[i] = g[i] / (d * d);
  }
}

/**
 * Softsign (Bergstra et al. 2009, "Quadratic polynomials learn better image
 * features"; Glorot & Bengio 2010).
 *
 * - f(x) = x / (1 + |x|)
 * - f'(x) = 1 / (1 + |x|)², so f'(0) = 1
 *
 * The backward keeps the input.
 *
 * @example
 * ```ts
 * import { defaultRegistry, tensor } from "@rectify/core";
 * const f = defaultRegistry.create("activation", "softsign");
 * console.log(f.forward(tensor([-1, 0, 3])).toArray()); // [-0.5, 0, 0.75]
 * ```
 */
export const softsign: ActivationPlugin<Record<never, never>> = defineActivation({
  name: "softsign",
  version: "1.0.0",
  description: "x / (1 + |x|)",
  defaults: {},
  onnx: (x, g) => g.node("Softsign", [x]),
  create() {
    return {
      forward: elementwise({
        name: "softsign",
        saves: "input",
        forward: { reference: softsignLoop },
        backward: { reference: softsignBackwardLoop },
      }),
    };
  },
});
