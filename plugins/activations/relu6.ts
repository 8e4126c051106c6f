import { type ActivationPlugin, defineActivation } from "../../core/mod.ts";
import { elementwise } from "./_elementwise.ts";
import { checkGradAtKink } from "./_options.ts";

/**
 * ReLU6, ReLU capped at 6 (Krizhevsky 2010, "Convolutional deep belief
 * networks on CIFAR-10"; used by MobileNet, Howard et al. 2017).
 *
 * - f(x) = min(max(x, 0), 6)
 * - f'(x) = 1 for 0 < x < 6, 0 for x < 0 or x > 6, `gradAtKink` at x = 0 and
 *   x = 6
 *
 * Options: `gradAtKink` ∈ [0, 1] (default 0, PyTorch's f'(0) = f'(6) = 0).
 *
 * Memory: with the default `gradAtKink` the backward reads only the saved
 * output (0 < y < 6 ⇔ 0 < x < 6, since y = x there), so the input can be
 * freed; otherwise the input is kept to find the exact kinks.
 *
 * @example
 * ```ts
 * import { defaultRegistry, tensor } from "@rectify/core";
 * const f = defaultRegistry.create("activation", "relu6");
 * console.log(f.forward(tensor([-1, 3, 9])).toArray()); // [0, 3, 6]
 * ```
 */
export const relu6: ActivationPlugin<{ gradAtKink: number }> = defineActivation({
  name: "relu6",
  version: "1.0.0",
  description: "min(max(x, 0), 6); f'(0) = f'(6) = gradAtKink (default 0)",
  defaults: { gradAtKink: 0 },
  kinks: () => [0, 6],
  validate({ gradAtKink }) {
    checkGradAtKink("relu6", gradAtKink);
  },
  create({ gradAtKink }) {
    return {
      forward: elementwise(
        gradAtKink === 0
          ? {
            name: "relu6",
            saves: "output",
            backendKernels: { forward: "relu6", backward: "relu6Backward" },
          }
          : {
            name: "relu6",
            saves: "input",
            backendKernels: { forward: "relu6" },
            backward(x, g, out) {
              for (let i = 0; i < x.length; i++) {
                const v = x[i];
                out[i] = v > 0 && v < 6 ? g[i] : v === 0 || v === 6 ? gradAtKink * g[i] : 0;
              }
            },
          },
      ),
    };
  },
});
