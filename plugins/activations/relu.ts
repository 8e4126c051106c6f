import { type ActivationPlugin, defineActivation } from "../../core/mod.ts";
import { elementwise } from "./_elementwise.ts";
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
        }
        : {
          name: "relu",
          saves: "input",
          backendKernels: { forward: "relu" },
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
