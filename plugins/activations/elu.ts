import { type ActivationPlugin, defineActivation } from "../../core/mod.ts";
import { elementwise } from "./_elementwise.ts";
import { checkAbove } from "./_options.ts";

/**
 * ELU, the exponential linear unit (Clevert, Unterthiner & Hochreiter 2016,
 * "Fast and accurate deep network learning by exponential linear units").
 *
 * - f(x) = x for x > 0, alpha·(eˣ − 1) otherwise (computed with `expm1`, no
 *   overflow for any x)
 * - f'(x) = 1 for x > 0, alpha·eˣ = f(x) + alpha otherwise; f'(0) = alpha
 *   (the left piece, as PyTorch)
 *
 * Options: `alpha` > 0 (default 1).
 *
 * Memory: the backward reads only the saved output (y > 0 ⇔ x > 0, and
 * alpha·eˣ = y + alpha on the left piece), so the input can be freed.
 *
 * @example
 * ```ts
 * import { defaultRegistry, tensor } from "@rectify/core";
 * const f = defaultRegistry.create("activation", "elu");
 * console.log(f.forward(tensor([0, 1])).toArray()); // [0, 1]
 * ```
 */
export const elu: ActivationPlugin<{ alpha: number }> = defineActivation({
  name: "elu",
  version: "1.0.0",
  description: "x > 0 ? x : alpha·(exp(x) − 1); f'(0) = alpha",
  defaults: { alpha: 1 },
  kinks: () => [0],
  validate({ alpha }) {
    checkAbove("elu", "alpha", alpha, 0);
  },
  create({ alpha }) {
    return {
      forward: elementwise({
        name: "elu",
        saves: "output",
        backendKernels: { forward: "elu", backward: "eluBackward", params: [alpha] },
      }),
    };
  },
});
