import { type ActivationPlugin, defineActivation, RectifyError } from "../../core/mod.ts";
import { isFeatureAxis } from "./_axis.ts";
import { maxoutOp } from "./_maxout.ts";
import { checkInteger } from "./_options.ts";

/**
 * Maxout as an activation (Goodfellow et al. 2013, "Maxout networks"): the max
 * over groups of `pieces` consecutive features.
 *
 * - yⱼ = max(x[j·pieces], …, x[j·pieces + pieces − 1]) along `axis`; the
 *   axis size must be units·pieces and becomes units
 * - dx: the whole upstream gradient of yⱼ goes to the first (lowest index)
 *   maximal element of its group, the others get 0
 *
 * Options: `pieces` (integer ≥ 1, default 2), `axis` (default −1).
 * `outputSize(n)` is n / pieces for the feature (last) axis and fails when n
 * is not divisible. The op on the tape is `"maxout"`. For the layer with its
 * own linear pieces (the form of the paper), see `Maxout`.
 *
 * @example
 * ```ts
 * import { defaultRegistry, tensor } from "@rectify/core";
 * const f = defaultRegistry.create("activation", "maxout:pieces=2");
 * console.log(f.forward(tensor([[1, 3, 5, 2]])).toArray()); // [[3, 5]]
 * ```
 */
export const maxout: ActivationPlugin<{ pieces: number; axis: number }> = defineActivation({
  name: "maxout",
  version: "1.0.0",
  description: "max over contiguous groups of `pieces` along axis",
  defaults: { pieces: 2, axis: -1 },
  onnx(x, g, { pieces, axis }) {
    // contiguous groups of `pieces` along axis: split the axis as [units, pieces], max over pieces
    const rank = g.featureShape.length + 1;
    const ax = axis < 0 ? axis + rank : axis;
    const full = [0, ...g.featureShape];
    const shape = [...full.slice(0, ax), full[ax] / pieces, pieces, ...full.slice(ax + 1)];
    const grouped = g.node("Reshape", [x, g.constant(shape, [shape.length], "int64")]);
    return g.opset >= 18
      ? g.node("ReduceMax", [grouped, g.constant([ax + 1], [1], "int64")], { keepdims: { int: 0 } })
      : g.node("ReduceMax", [grouped], { axes: { ints: [ax + 1] }, keepdims: { int: 0 } });
  },
  validate({ pieces, axis }) {
    checkInteger("maxout", "pieces", pieces, 1);
    checkInteger("maxout", "axis", axis);
  },
  create({ pieces, axis }) {
    let ndim = 2;
    return {
      forward: maxoutOp(pieces, axis),
      build(featureShape: readonly number[]) {
        ndim = featureShape.length + 1;
      },
      outputSize(n: number) {
        if (!isFeatureAxis(axis, ndim)) return n;
        if (n % pieces !== 0) {
          throw new RectifyError(
            "shape",
            `maxout: feature width ${n} (input shape [N, ${n}]) is not divisible by pieces = ${pieces}`,
          );
        }
        return n / pieces;
      },
    };
  },
});
