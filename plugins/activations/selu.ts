import { type ActivationPlugin, defineActivation } from "../../core/mod.ts";
import { elementwise } from "./_elementwise.ts";

/**
 * SELU, the scaled ELU of self-normalizing networks (Klambauer et al. 2017,
 * "Self-normalizing neural networks").
 *
 * - f(x) = s·x for x > 0, s·a·(eˣ − 1) otherwise, with
 *   a = 1.6732632423543772848…, s = 1.0507009873554804934…
 * - f'(x) = s for x > 0, s·a·eˣ = f(x) + s·a otherwise; f'(0) = s·a
 *
 * The backward reads only the saved output (like elu), so the input can be
 * freed. No overflow for any x (`expm1` on the left piece only).
 *
 * @example
 * ```ts
 * import { defaultRegistry, tensor } from "@rectify/core";
 * const f = defaultRegistry.create("activation", "selu");
 * console.log(f.forward(tensor([0])).toArray()); // [0]
 * ```
 */
export const selu: ActivationPlugin<Record<never, never>> = defineActivation({
  name: "selu",
  version: "1.0.0",
  description: "scale·(x > 0 ? x : alpha·(exp(x) − 1)); f'(0) = scale·alpha",
  defaults: {},
  kinks: () => [0],
  create() {
    return {
      forward: elementwise({
        name: "selu",
        saves: "output",
        backendKernels: { forward: "selu", backward: "seluBackward" },
      }),
    };
  },
});
