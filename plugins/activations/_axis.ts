/**
 * Axis arithmetic of the axis-wise activations (softmax-like, crelu,
 * maxout). @internal
 *
 * @module
 */

import { fmtShape, RectifyError } from "../../core/mod.ts";

/** A tensor viewed as `[outer, len, inner]` around one axis. */
export interface AxisView {
  /** The non-negative axis. */
  axis: number;
  /** Product of the sizes before the axis. */
  outer: number;
  /** Size of the axis. */
  len: number;
  /** Product of the sizes after the axis. */
  inner: number;
}

/** Resolve a possibly negative axis; an out-of-range axis names the input shape. */
export function axisView(op: string, shape: readonly number[], axis: number): AxisView {
  const nd = shape.length;
  if (!Number.isInteger(axis) || axis < -nd || axis >= nd) {
    throw new RectifyError(
      "shape",
      `${op}: axis ${axis} is out of range for an input of shape ${fmtShape(shape)} ` +
        `(expected an integer in [${-nd}, ${nd - 1}])`,
    );
  }
  const ax = axis < 0 ? axis + nd : axis;
  let outer = 1, inner = 1;
  for (let i = 0; i < ax; i++) outer *= shape[i];
  for (let i = ax + 1; i < nd; i++) inner *= shape[i];
  return { axis: ax, outer, len: shape[ax], inner };
}

/**
 * Whether `axis` is the last (feature) axis of an input with `ndim` axes —
 * used by `outputSize`, which reports the feature width. `ndim` is 2 unless
 * the plugin was built for a known feature shape.
 */
export function isFeatureAxis(axis: number, ndim: number): boolean {
  return axis === -1 || axis === ndim - 1;
}
