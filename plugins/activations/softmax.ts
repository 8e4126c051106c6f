import { type ActivationPlugin, defineActivation, softmax as softmaxOp } from "../../core/mod.ts";
import { checkInteger } from "./_options.ts";

/**
 * The `softmax` activation plugin (exported as `softmaxActivation`, since
 * `softmax` is the core op): softmax along an axis (Bridle 1990, "Probabilistic interpretation of
 * feedforward classification network outputs").
 *
 * - yᵢ = exp(xᵢ − max x) / Σⱼ exp(xⱼ − max x) along `axis`
 * - vector-Jacobian product: dx = y ⊙ (g − Σ g ⊙ y)
 *
 * Options: `axis` (default −1, negative counts from the end). Subtracting the
 * max makes it stable for any |x| (no overflow at 1e4). The op on the tape is
 * `"softmax"`; it saves its output. An out-of-range axis fails naming the
 * input shape.
 *
 * @example
 * ```ts
 * import { defaultRegistry, tensor } from "@rectify/core";
 * const f = defaultRegistry.create("activation", "softmax");
 * console.log(f.forward(tensor([[0, 0], [1000, 1000]])).toArray()); // [[0.5, 0.5], [0.5, 0.5]]
 * ```
 */
export const softmaxActivation: ActivationPlugin<{ axis: number }> = defineActivation({
  name: "softmax",
  version: "1.0.0",
  description: "exp(x − max) / Σ exp(x − max) along axis",
  defaults: { axis: -1 },
  onnx: (x, g, { axis }) => g.node("Softmax", [x], { axis: { int: axis } }),
  validate({ axis }) {
    checkInteger("softmax", "axis", axis);
  },
  create({ axis }) {
    return { forward: (x) => softmaxOp(x, axis) };
  },
});
