import {
  type ActivationPlugin,
  allocData,
  defineActivation,
  defineFunction,
  type Tensor,
  Tensor as TensorClass,
} from "../../core/mod.ts";
import { axisView, isFeatureAxis } from "./_axis.ts";
import { checkInteger } from "./_options.ts";

/**
 * CReLU, the concatenated ReLU (Shang et al. 2016, "Understanding and
 * improving convolutional neural networks via concatenated rectified linear
 * units").
 *
 * - f(x) = concat([relu(x), relu(−x)], axis): the size on `axis` doubles
 * - vector-Jacobian product, with g = [g₁, g₂] split like the output:
 *   dx = g₁·[x > 0] − g₂·[x < 0] (0 at x = 0)
 *
 * Options: `axis` (default −1). `outputSize(n)` is 2n when `axis` is the
 * feature (last) axis — for a 2-D `[batch, features]` input unless `build`
 * told it the feature shape — so `mlp` and shape inference give the next
 * Dense twice the width. The backward reads only the saved output
 * (relu(x) > 0 ⇔ x > 0, relu(−x) > 0 ⇔ x < 0). The op on the tape is
 * `"crelu"`. An out-of-range axis fails naming the input shape.
 *
 * @example
 * ```ts
 * import { defaultRegistry, tensor } from "@rectify/core";
 * const f = defaultRegistry.create("activation", "crelu");
 * console.log(f.forward(tensor([[-1, 2]])).toArray()); // [[0, 2, 1, 0]]
 * ```
 */
export const crelu: ActivationPlugin<{ axis: number }> = defineActivation({
  name: "crelu",
  version: "1.0.0",
  description: "concat([relu(x), relu(−x)], axis); doubles the axis",
  defaults: { axis: -1 },
  onnx: (x, g, { axis }) =>
    g.node("Concat", [g.node("Relu", [x]), g.node("Relu", [g.node("Neg", [x])])], {
      axis: { int: axis },
    }),
  kinks: () => [0],
  validate({ axis }) {
    checkInteger("crelu", "axis", axis);
  },
  create({ axis }) {
    let ndim = 2;
    const op = defineFunction({
      name: "crelu",
      forward(ctx, x: Tensor) {
        const { axis: ax, outer, len, inner } = axisView("crelu", x.shape, axis);
        const block = len * inner;
        const y = allocData(x.dtype, 2 * x.size);
        const xd = x.data;
        for (let o = 0; o < outer; o++) {
          const src = o * block, dst = 2 * o * block;
          for (let k = 0; k < block; k++) {
            const v = xd[src + k];
            y[dst + k] = v > 0 ? v : 0;
            y[dst + block + k] = v < 0 ? -v : 0;
          }
        }
        const shape = [...x.shape];
        shape[ax] = 2 * len;
        const out = new TensorClass(y, shape);
        ctx.save(out);
        ctx.data.outer = outer;
        ctx.data.block = block;
        ctx.data.inShape = x.shape;
        return out;
      },
      backward(ctx, g) {
        const y = ctx.saved[0].data;
        const outer = ctx.data.outer as number, block = ctx.data.block as number;
        const gd = g.data;
        const gx = allocData(g.dtype, outer * block);
        for (let o = 0; o < outer; o++) {
          const dst = o * block, src = 2 * o * block;
          for (let k = 0; k < block; k++) {
            const i = src + k, j = src + block + k;
            gx[dst + k] = (y[i] > 0 ? gd[i] : 0) - (y[j] > 0 ? gd[j] : 0);
          }
        }
        return new TensorClass(gx, ctx.data.inShape as number[]);
      },
    });
    return {
      forward: op,
      build(featureShape: readonly number[]) {
        ndim = featureShape.length + 1;
      },
      outputSize: (n: number) => (isFeatureAxis(axis, ndim) ? 2 * n : n),
    };
  },
});
