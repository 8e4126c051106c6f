import { defineGradient, type GradientPlugin } from "../../core/mod.ts";
import { positivePart } from "./_relu_rules.ts";

/**
 * The deconvnet backward rule (Zeiler & Fergus 2014, "Visualizing and
 * Understanding Convolutional Networks"): at every op named `"relu"`
 *
 * - dx = max(g, 0)
 *
 * ignoring the sign of the forward input (the relu is applied to the
 * gradient instead). Used by `saliency(..., { mode: "deconvnet" })`.
 *
 * @example
 * ```ts
 * import { defaultRegistry, tensor, withGradient } from "@rectify/core";
 * const relu = defaultRegistry.create("activation", "relu");
 * const x = tensor([-1, 2, 3], { requiresGrad: true });
 * withGradient("deconvnet", () => relu.forward(x).mul(tensor([5, -1, 1])).sum().backward());
 * console.log(x.grad!.toArray()); // [5, 0, 1]
 * ```
 */
export const deconvnet: GradientPlugin<Record<string, never>> = defineGradient({
  name: "deconvnet",
  version: "1.0.0",
  description: "deconvnet at every relu: max(g, 0), ignoring the forward sign",
  defaults: {},
  create: () => ({ overrides: { relu: (g) => positivePart(g) } }),
});
