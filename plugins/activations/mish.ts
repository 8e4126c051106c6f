import { type ActivationPlugin, defineActivation } from "../../core/mod.ts";
import { elementwise } from "./_elementwise.ts";
import { logistic, softplusScalar } from "./_math.ts";

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
        forward(x, y) {
          for (let i = 0; i < x.length; i++) y[i] = x[i] * Math.tanh(softplusScalar(x[i]));
        },
        backward(x, g, out) {
          for (let i = 0; i < x.length; i++) {
            const v = x[i];
            const t = Math.tanh(softplusScalar(v));
            out[i] = g[i] * (t + v * (1 - t * t) * logistic(v));
          }
        },
      }),
    };
  },
});
