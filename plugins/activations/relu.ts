import { type ActivationPlugin, defineActivation } from "../../core/mod.ts";
import { bitsOf, elementwise } from "./_elementwise.ts";
import { checkGradAtKink } from "./_options.ts";

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
          backendKernels: { forward: "relu", backward: "reluBackward" },
          forward: reluForward,
          backward(y, g, out) {
            if (
              y instanceof Float32Array && g instanceof Float32Array && out instanceof Float32Array
            ) {
              // pass g where y > 0 or y is NaN (like PyTorch's `y <= 0 ? 0 : g`)
              const yb = bitsOf(y), gb = bitsOf(g), ob = bitsOf(out);
              for (let i = 0; i < yb.length; i++) {
                const b = yb[i];
                const nan = (0x7f800000 - (b & 0x7fffffff)) >> 31;
                ob[i] = gb[i] & ((-b & ~b) >> 31 | nan);
              }
              return;
            }
            for (let i = 0; i < y.length; i++) out[i] = y[i] > 0 || y[i] !== y[i] ? g[i] : 0;
          },
        }
        : {
          name: "relu",
          saves: "input",
          backendKernels: { forward: "relu" },
          forward: reluForward,
          backward(x, g, out) {
            for (let i = 0; i < x.length; i++) {
              out[i] = x[i] > 0 ? g[i] : x[i] === 0 ? gradAtKink * g[i] : 0;
            }
          },
        },
    );
    return { forward };
  },
});

/** y = max(x, 0), NaN kept; float32 runs branchless on the bits. */
function reluForward(x: Float32Array | Float64Array, y: Float32Array | Float64Array): void {
  if (x instanceof Float32Array && y instanceof Float32Array) {
    const xb = bitsOf(x), yb = bitsOf(y);
    for (let i = 0; i < xb.length; i++) {
      const b = xb[i];
      const nan = (0x7f800000 - (b & 0x7fffffff)) >> 31; // -1 for NaN
      yb[i] = b & (~(b >> 31) | nan); // clear negatives (and -0, -Inf) to +0
    }
    return;
  }
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    y[i] = v > 0 || v !== v ? v : 0;
  }
}
