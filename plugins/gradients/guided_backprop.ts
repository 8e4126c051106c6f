import { defineGradient, type GradientPlugin, RectifyError } from "../../core/mod.ts";
import { positivePart } from "./_relu_rules.ts";

/**
 * Guided backpropagation (Springenberg et al. 2014, "Striving for Simplicity:
 * The All Convolutional Net"): at every op named `"relu"` the backward rule
 * becomes
 *
 * - dx = g · [x > 0] · [g > 0]
 *
 * i.e. only positive gradients pass, and only through units that were active.
 * It is computed as max(original(g), 0), where `original` is the rule it
 * replaces (the relu's own g·[x > 0], or an outer override), so it composes
 * with enclosing scopes. Used by `saliency(..., { mode: "guided" })`.
 *
 * @example
 * ```ts
 * import { defaultRegistry, tensor, withGradient } from "@rectify/core";
 * const relu = defaultRegistry.create("activation", "relu");
 * const x = tensor([-1, 2, 3], { requiresGrad: true });
 * withGradient("guidedBackprop", () => relu.forward(x).mul(tensor([5, -1, 1])).sum().backward());
 * console.log(x.grad!.toArray()); // [0, 0, 1]
 * ```
 */
export const guidedBackprop: GradientPlugin<Record<string, never>> = defineGradient({
  name: "guidedBackprop",
  version: "1.0.0",
  description: "guided backprop at every relu: g·[x > 0]·[g > 0]",
  defaults: {},
  create: () => ({
    overrides: {
      relu: (g, ctx) => {
        const gi = ctx.original(g)[0];
        if (gi === null || gi === undefined) {
          throw new RectifyError(
            "autograd",
            `guidedBackprop: the relu backward rule returned no input gradient`,
          );
        }
        return positivePart(gi);
      },
    },
  }),
});
