/**
 * The maxout kernel shared by the `maxout` plugin and the `Maxout` layer.
 * @internal
 *
 * @module
 */

import { allocData, defineFunction, fmtShape, RectifyError, Tensor } from "../../core/mod.ts";
import { axisView } from "./_axis.ts";

/**
 * A differentiable op (named `"maxout"` on the tape) taking the max over
 * contiguous groups of `pieces` elements along `axis`; ties send the whole
 * gradient to the first maximal element.
 */
export function maxoutOp(pieces: number, axis: number): (x: Tensor) => Tensor {
  return defineFunction({
    name: "maxout",
    forward(ctx, x: Tensor) {
      const { axis: ax, outer, len, inner } = axisView("maxout", x.shape, axis);
      if (len % pieces !== 0) {
        throw new RectifyError(
          "shape",
          `maxout: size ${len} of axis ${axis} of input shape ${
            fmtShape(x.shape)
          } is not divisible by pieces = ${pieces}`,
        );
      }
      const units = len / pieces;
      const xd = x.data;
      const y = allocData(x.dtype, outer * units * inner);
      const arg = new Int32Array(y.length);
      for (let o = 0; o < outer; o++) {
        for (let u = 0; u < units; u++) {
          const base = (o * len + u * pieces) * inner;
          const ob = (o * units + u) * inner;
          for (let i = 0; i < inner; i++) {
            let best = xd[base + i];
            let bi = 0;
            for (let p = 1; p < pieces; p++) {
              const v = xd[base + p * inner + i];
              if (v > best) {
                best = v;
                bi = p;
              }
            }
            y[ob + i] = best;
            arg[ob + i] = bi;
          }
        }
      }
      const shape = [...x.shape];
      shape[ax] = units;
      ctx.data.arg = arg;
      ctx.data.dims = [outer, len, inner, units];
      ctx.data.inShape = x.shape;
      return new Tensor(y, shape);
    },
    backward(ctx, g) {
      const arg = ctx.data.arg as Int32Array;
      const [outer, len, inner, units] = ctx.data.dims as number[];
      const gd = g.data;
      const gx = allocData(g.dtype, outer * len * inner);
      for (let o = 0; o < outer; o++) {
        for (let u = 0; u < units; u++) {
          const base = (o * len + u * pieces) * inner;
          const ob = (o * units + u) * inner;
          for (let i = 0; i < inner; i++) gx[base + arg[ob + i] * inner + i] = gd[ob + i];
        }
      }
      return new Tensor(gx, ctx.data.inShape as number[]);
    },
  });
}
