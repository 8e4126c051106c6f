import { defineGradient, type GradientPlugin, Tensor } from "../../core/mod.ts";

/**
 * Straight-through relu (as in the straight-through estimator, Bengio et al.
 * 2013): the forward pass stays max(x, 0), the backward at every op named
 * `"relu"` is the identity
 *
 * - dx = g
 *
 * so inactive units still pass gradient.
 *
 * @example
 * ```ts
 * import { defaultRegistry, tensor, withGradient } from "@rectify/core";
 * const relu = defaultRegistry.create("activation", "relu");
 * const x = tensor([-1, 2, 3], { requiresGrad: true });
 * withGradient("linearRelu", () => relu.forward(x).mul(tensor([5, -1, 1])).sum().backward());
 * console.log(x.grad!.toArray()); // [5, -1, 1]
 * ```
 */
export const linearRelu: GradientPlugin<Record<string, never>> = defineGradient({
  name: "linearRelu",
  version: "1.0.0",
  description: "straight-through relu: identity backward",
  defaults: {},
  create: () => ({
    overrides: {
      relu: (g) => {
        const d = g.dtype === "float64" ? new Float64Array(g.data) : new Float32Array(g.data);
        return new Tensor(d, g.shape);
      },
    },
  }),
});
