import { type ActivationPlugin, type Data, defineActivation } from "../../core/mod.ts";
import { elementwise, type ElementwiseStep } from "./elementwise.ts";
import { bits } from "./_math.ts";
import { checkGradAtKink } from "./_options.ts";

/**
 * relu's forward (op "relu"): `y = x > 0 || x is NaN ? x : +0` (NaN kept, as
 * PyTorch; −0 and −∞ give +0). @internal
 */
export function reluLoop([x]: readonly Data[], [y]: readonly Data[]): void {
  if (x instanceof Float32Array && y instanceof Float32Array) {
    // branchless on the bits: random signs defeat branch prediction
    const xb = bits(x), yb = bits(y);
    for (let i = 0; i < yb.length; i++) {
      const b = xb[i];
      const nan = (0x7f800000 - (b & 0x7fffffff)) >> 31; // -1 for NaN
      yb[i] = b & (~(b >> 31) | nan); // clear negatives (and -0, -Inf) to +0
    }
    return;
  }
  for (let i = 0; i < y.length; i++) {
    const v = x[i];
    y[i] = v > 0 || v !== v ? v : 0;
  }
}

/**
 * relu's backward from its output (op "reluBackward"): `dx = y > 0 || y is
 * NaN ? g : 0`. @internal
 */
export function reluBackwardLoop([y, g]: readonly Data[], [dx]: readonly Data[]): void {
  if (y instanceof Float32Array && g instanceof Float32Array && dx instanceof Float32Array) {
    // pass g where y > 0 or y is NaN
    const yb = bits(y), gb = bits(g), ob = bits(dx);
    for (let i = 0; i < ob.length; i++) {
      const b = yb[i];
      const nan = (0x7f800000 - (b & 0x7fffffff)) >> 31;
      ob[i] = gb[i] & ((-b & ~b) >> 31 | nan);
    }
    return;
  }
  for (let i = 0; i < dx.length; i++) dx[i] = y[i] > 0 || y[i] !== y[i] ? g[i] : 0;
}

/** relu's backward from its input with `dx = params[0]·g` at x = 0 (gradAtKink ≠ 0). */
function reluKinkBackwardLoop(
  [x, g]: readonly Data[],
  [dx]: readonly Data[],
  [gradAtKink]: readonly number[],
): void {
  for (let i = 0; i < dx.length; i++) {
    dx[i] = x[i] > 0 ? g[i] : x[i] === 0 ? gradAtKink * g[i] : 0;
  }
}

const FORWARD: ElementwiseStep = { kernel: "relu", reference: reluLoop };

/**
 * ReLU, the rectified linear unit (Nair & Hinton 2010; Glorot, Bordes &
 * Bengio 2011).
 *
 * - f(x) = max(x, 0)
 * - f'(x) = 1 for x > 0, 0 for x < 0, and `gradAtKink` at x = 0.
 *
 * Options: `gradAtKink` ∈ [0, 1] (default 0, PyTorch's `relu'(0) = 0`), the
 * subgradient used at exactly x = 0 — to study its influence (Bertoin et al.
 * 2021, "Numerical influence of ReLU'(0) on backpropagation").
 *
 * Memory: with the default `gradAtKink` the forward saves only its output and
 * the backward reads the mask from it (x > 0 ⇔ y > 0), so the input can be
 * freed after the forward pass. With `gradAtKink ≠ 0` the backward must tell
 * x = 0 from x < 0 (both give y = 0) and keeps the input instead.
 *
 * The op on the tape is named `"relu"` (the target of guided backprop).
 *
 * @example Forward and backward
 * ```ts
 * import { defaultRegistry, tensor } from "@rectify/core";
 * const relu = defaultRegistry.create("activation", "relu");
 * const x = tensor([-1, 0, 2], { requiresGrad: true });
 * const y = relu.forward(x);
 * y.sum().backward();
 * console.log(y.toArray(), x.grad!.toArray()); // [0, 0, 2] [0, 0, 1]
 * ```
 */
export const relu: ActivationPlugin<{ gradAtKink: number }> = defineActivation({
  name: "relu",
  version: "1.0.0",
  description: "max(x, 0); f'(0) = gradAtKink (default 0, as PyTorch)",
  defaults: { gradAtKink: 0 },
  onnx: (x, g) => g.node("Relu", [x]),
  kinks: () => [0],
  validate({ gradAtKink }) {
    checkGradAtKink("relu", gradAtKink);
  },
  create({ gradAtKink }) {
    const forward = elementwise(
      gradAtKink === 0
        ? {
          name: "relu",
          saves: "output",
          forward: FORWARD,
          backward: { kernel: "reluBackward", reference: reluBackwardLoop },
        }
        : {
          name: "relu",
          saves: "input",
          params: [gradAtKink],
          forward: FORWARD,
          backward: { reference: reluKinkBackwardLoop },
        },
    );
    return { forward };
  },
});
