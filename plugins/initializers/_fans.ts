/**
 * Fan computation for the dense kernel convention `[in, out]`. @internal
 *
 * @module
 */

import {
  allocData,
  type DType,
  type InitOptions,
  type PluginContext,
  type Rng,
  Tensor,
} from "../../core/mod.ts";

/** `[fanIn, fanOut]` of a shape: `[in, out]` for 2-D, `[n, n]` for 1-D. */
export function fans(shape: readonly number[]): [number, number] {
  if (shape.length === 0) return [1, 1];
  if (shape.length === 1) return [shape[0], shape[0]];
  const receptive = shape.slice(2).reduce((a, b) => a * b, 1);
  return [shape[0] * receptive, shape[1] * receptive];
}

/** Allocate a tensor and fill it with `draw(rng)` per element. */
export function fill(
  shape: readonly number[],
  ctx: PluginContext,
  options: InitOptions | undefined,
  draw: (rng: Rng) => number,
): Tensor {
  const dtype: DType = options?.dtype ?? ctx.dtype;
  const rng = options?.rng ?? ctx.rng;
  const n = shape.reduce((a, b) => a * b, 1);
  const d = allocData(dtype, n);
  for (let i = 0; i < n; i++) d[i] = draw(rng);
  return new Tensor(d, shape);
}
