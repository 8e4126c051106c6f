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
import { type Kernel, runKernel } from "../core/backend.ts";

/** Where a non-finite value was found. @internal */
export interface NonFinite {
  /** Dotted parameter or layer name. */
  name: string;
  /** Flat index of the first bad element. */
  index: number;
  /** The bad value. */
  value: number;
}

// A loop of its own for float32: a loop that sees both array types reads its
// elements as boxed numbers (an allocation per element, per step, in the
// trainer's hot path).
// The common case, every element finite, is settled by a branch-free sum of
// `x * 0` (NaN for NaN and ±Infinity, else 0) over four partial sums kept in
// a Float64Array (V8's mid tier boxes a float loop variable each iteration);
// only a failing array is searched for its first bad element.
const acc = new Float64Array(4);

function firstBad32(d: Float32Array): number {
  acc.fill(0);
  const n = d.length, n4 = n & ~3;
  let i = 0;
  for (; i < n4; i += 4) {
    acc[0] += d[i] * 0;
    acc[1] += d[i + 1] * 0;
    acc[2] += d[i + 2] * 0;
    acc[3] += d[i + 3] * 0;
  }
  for (; i < n; i++) acc[0] += d[i] * 0;
  if (acc[0] + acc[1] + acc[2] + acc[3] === 0) return -1;
  for (i = 0; i < n; i++) {
    const x = d[i];
    if (x - x !== 0) return i;
  }
  return -1;
}

/** The `"nonFinite"` op's answer (a backend's kernel writes it; see {@linkcode anyBad32}). */
const flag = new Float32Array(1);

const nonFiniteReference: Kernel = ([x], [out]) => {
  out[0] = firstBad32(x as Float32Array) >= 0 ? 1 : 0;
};

/**
 * Whether a float32 array holds a NaN or ±Infinity: the `"nonFinite"` op, on
 * the current backend's kernel of that name if any (the wasm backend's SIMD
 * loop on its storage blocks, where a step's parameters and gradients live),
 * else {@linkcode firstBad32}.
 */
function anyBad32(d: Float32Array): boolean {
  runKernel("nonFinite", [d], [flag], [], nonFiniteReference);
  return flag[0] !== 0;
}

function firstBad(d: ArrayLike<number>): number {
  // float32, what training steps hold, has its own loop; float64 and the rest share this one
  if (d instanceof Float32Array) return anyBad32(d) ? firstBad32(d) : -1;
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
