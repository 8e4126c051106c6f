import { type ActivationPlugin, defineActivation, RectifyError } from "../../core/mod.ts";
import { elementwise } from "./_elementwise.ts";

/**
 * ReLU, the rectified linear unit (Nair & Hinton 2010; Glorot et al. 2011).
 *
 * - f(x) = max(x, 0)
 * - f'(x) = 1 for x > 0, 0 for x < 0, and `gradAtKink` at x = 0 (default 0, as PyTorch).
 *
 * With the default `gradAtKink` the backward reads only the saved output
 * (x > 0 ⇔ y > 0), so the input need not be kept alive.
 *
 * @example
 * ```ts
 * import { defaultRegistry, tensor } from "@rectify/core";
 * const relu = defaultRegistry.create("activation", "relu");
 * console.log(relu.forward(tensor([-1, 0, 2])).toArray()); // [0, 0, 2]
 * ```
 */
export const relu: ActivationPlugin<{ gradAtKink: number }> = defineActivation({
  name: "relu",
  version: "1.0.0",
  description: "max(x, 0); subgradient gradAtKink at 0 (default 0)",
  defaults: { gradAtKink: 0 },
  kinks: () => [0],
  validate({ gradAtKink }) {
    if (!(gradAtKink >= 0 && gradAtKink <= 1)) {
      throw new RectifyError(
        "option",
        `Cannot create "relu": gradAtKink must be in [0, 1], got ${gradAtKink}`,
      );
    }
  },
  create({ gradAtKink }) {
    const forward = elementwise(
      gradAtKink === 0
        ? {
          name: "relu",
          saves: "output",
          backendKernels: { forward: "relu", backward: "reluBackward" },
          forward(x, y) {
            for (let i = 0; i < x.length; i++) y[i] = x[i] > 0 ? x[i] : 0;
          },
          backward(y, g, out) {
            for (let i = 0; i < y.length; i++) out[i] = y[i] > 0 ? g[i] : 0;
          },
        }
        : {
          name: "relu",
          saves: "input",
          backendKernels: { forward: "relu" },
          forward(x, y) {
            for (let i = 0; i < x.length; i++) y[i] = x[i] > 0 ? x[i] : 0;
          },
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
