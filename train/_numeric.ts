/**
 * Locating numerical faults (NaN / ±Infinity) in a training step: which
 * parameter's gradient or value first went non-finite, and which layer's
 * output first did. Used by the trainer's divergence messages. @internal
 *
 * @module
 */

import type { Module } from "../core/module.ts";
import type { RemovableHandle } from "../core/autograd.ts";
import type { Tensor } from "../core/tensor.ts";
import { noGrad } from "../core/autograd.ts";

/** Where a non-finite value was found. @internal */
export interface NonFinite {
  /** Dotted parameter or layer name. */
  name: string;
  /** Flat index of the first bad element. */
  index: number;
  /** The bad value. */
  value: number;
}

function firstBad(d: ArrayLike<number>): number {
  for (let i = 0; i < d.length; i++) if (!Number.isFinite(d[i])) return i;
  return -1;
}

/**
 * The first parameter, in `namedParameters` order, whose gradient (or value,
 * with `what: "value"`) holds a NaN or infinity. @internal
 */
export function firstNonFiniteParameter(
  params: readonly [string, Tensor][],
  what: "grad" | "value",
): NonFinite | null {
  for (const [name, p] of params) {
    const d = what === "grad" ? p.grad?.data : p.data;
    if (!d) continue;
    const i = firstBad(d);
    if (i >= 0) return { name, index: i, value: d[i] };
  }
  return null;
}

/**
 * Run `x` through the model without recording gradients and return the first
 * layer (in call order) whose output holds a NaN or infinity. @internal
 */
export function firstNonFiniteOutput(model: Module, x: Tensor): NonFinite | null {
  let found: NonFinite | null = null;
  const handles: RemovableHandle[] = [];
  for (const [name, m] of model.namedModules()) {
    const label = `${name || "(model)"} (${m.constructor.name})`;
    handles.push(m.registerForwardHook((_m, _x, y) => {
      if (found !== null) return;
      const i = firstBad(y.data);
      if (i >= 0) found = { name: label, index: i, value: y.data[i] };
    }));
  }
  try {
    noGrad(() => model.call(x));
  } finally {
    for (const h of handles) h.remove();
  }
  return found;
}
