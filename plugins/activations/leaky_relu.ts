import { type ActivationPlugin, defineActivation } from "../../core/mod.ts";
import { elementwise } from "./_elementwise.ts";
import { checkFinite, checkGradAtKink } from "./_options.ts";

/**
 * Leaky ReLU (Maas, Hannun & Ng 2013, "Rectifier nonlinearities improve
 * neural network acoustic models").
 *
 * - f(x) = x for x > 0, alpha·x otherwise
 * - f'(x) = 1 for x > 0, alpha for x < 0; at x = 0 it is
 *   alpha + gradAtKink·(1 − alpha)
 *
 * Options: `alpha` (default 0.01, any finite number) and `gradAtKink` ∈ [0, 1]
 * (default 0). `gradAtKink` moves the derivative at the kink from the slope of
 * the leaky piece (0: alpha, PyTorch's choice) to the slope of the identity
 * piece (1: 1), the same rule as relu, relu6, hardTanh and thresholdedRelu.
 *
 * Memory: for alpha ≥ 0 and the default `gradAtKink` the backward reads only
 * the saved output (y > 0 ⇔ x > 0; otherwise the slope is alpha, also at
 * x = 0), so the input can be freed. A negative alpha flips the sign of the
 * left piece, and a non-default `gradAtKink` needs x = 0 exactly; both keep
 * the input instead.
 *
 * @example
 * ```ts
 * import { defaultRegistry, tensor } from "@rectify/core";
 * const f = defaultRegistry.create("activation", "leakyRelu:alpha=0.2");
 * console.log(f.forward(tensor([-1, 2])).toArray()); // [-0.2, 2]
 * ```
 */
export const leakyRelu: ActivationPlugin<{ alpha: number; gradAtKink: number }> = defineActivation({
  name: "leakyRelu",
  version: "1.0.0",
  description: "x > 0 ? x : alpha·x; f'(0) = alpha + gradAtKink·(1 − alpha)",
  defaults: { alpha: 0.01, gradAtKink: 0 },
  kinks: () => [0],
  validate({ alpha, gradAtKink }) {
    checkFinite("leakyRelu", "alpha", alpha);
    checkGradAtKink("leakyRelu", gradAtKink);
  },
  create({ alpha, gradAtKink }) {
    const atKink = alpha + gradAtKink * (1 - alpha);
    return {
      forward: elementwise(
        alpha >= 0 && gradAtKink === 0
          ? {
            name: "leakyRelu",
            saves: "output",
            backendKernels: {
              forward: "leakyRelu",
              backward: "leakyReluBackward",
              params: [alpha],
            },
          }
          : {
            name: "leakyRelu",
            saves: "input",
            backendKernels: { forward: "leakyRelu", params: [alpha] },
            backward(x, g, out) {
              for (let i = 0; i < x.length; i++) {
                const v = x[i];
                out[i] = v > 0 ? g[i] : v < 0 ? alpha * g[i] : atKink * g[i];
              }
            },
          },
      ),
    };
  },
});
