/**
 * Kernels shared by the relu gradient rewrites. @internal
 *
 * @module
 */

import { allocData, Tensor } from "../../core/mod.ts";

/** max(g, 0) element-wise, as a new tensor. */
export function positivePart(g: Tensor): Tensor {
  const src = g.data;
  const out = allocData(g.dtype, g.size);
  for (let i = 0; i < src.length; i++) out[i] = src[i] > 0 ? src[i] : 0;
  return new Tensor(out, g.shape);
}
