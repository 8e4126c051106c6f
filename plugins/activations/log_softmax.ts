import {
  type ActivationPlugin,
  defineActivation,
  logSoftmax as logSoftmaxOp,
} from "../../core/mod.ts";
import { checkInteger } from "./_options.ts";

/**
 * The `logSoftmax` activation plugin (exported as `logSoftmaxActivation`,
 * since `logSoftmax` is the core op): log-softmax along an axis (the log of softmax; the usual input
 * of a negative log-likelihood loss).
 *
 * - yᵢ = xᵢ − max x − ln Σⱼ exp(xⱼ − max x) along `axis`
 * - vector-Jacobian product: dx = g − softmax(x) ⊙ Σ g
 *
 * Options: `axis` (default −1). Stable for any |x|. The op on the tape is
 * `"logSoftmax"`; it saves its output.
 *
 * @example
 * ```ts
 * import { defaultRegistry, tensor } from "@rectify/core";
 * const f = defaultRegistry.create("activation", "logSoftmax");
 * console.log(f.forward(tensor([0, 0])).toArray()); // [-0.6931..., -0.6931...]
 * ```
 */
export const logSoftmaxActivation: ActivationPlugin<{ axis: number }> = defineActivation({
  name: "logSoftmax",
  version: "1.0.0",
  description: "x − max − ln Σ exp(x − max) along axis",
  defaults: { axis: -1 },
  onnx: (x, g, { axis }) => g.node("LogSoftmax", [x], { axis: { int: axis } }),
  validate({ axis }) {
    checkInteger("logSoftmax", "axis", axis);
  },
  create({ axis }) {
    return { forward: (x) => logSoftmaxOp(x, axis) };
  },
});
