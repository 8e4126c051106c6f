import { type ActivationPlugin, type Data, defineActivation } from "../../core/mod.ts";
import { elementwise } from "./elementwise.ts";
import { checkAtLeast, checkGradAtKink } from "./_options.ts";

/** thresholdedRelu's forward, params `[theta]`: `y = x > theta ? x : 0`. */
function thresholdedReluLoop(
  [x]: readonly Data[],
  [y]: readonly Data[],
  [theta]: readonly number[],
): void {
  for (let i = 0; i < y.length; i++) y[i] = x[i] > theta ? x[i] : 0;
}

/** Its backward from the input, params `[theta, gradAtKink]`. */
function thresholdedReluBackwardLoop(
  [x, g]: readonly Data[],
  [dx]: readonly Data[],
  [theta, gradAtKink]: readonly number[],
): void {
  for (let i = 0; i < dx.length; i++) {
    const v = x[i];
    dx[i] = v > theta ? g[i] : v === theta ? gradAtKink * g[i] : 0;
  }
}

/**
 * Thresholded ReLU (Konda, Memisevic & Krueger 2015, "Zero-bias autoencoders
 * and the benefits of co-adapting features"; Keras `ThresholdedReLU`).
 *
 * - f(x) = x for x > theta, 0 otherwise (so f(theta) = 0)
 * - f'(x) = 1 for x > theta, 0 for x < theta, `gradAtKink` at x = theta
 *
 * Options: `theta` ≥ 0 (default 1); `gradAtKink` ∈ [0, 1] (default 0, the
 * reference convention f'(theta) = 0). The backward keeps the input (the
 * output cannot tell x = theta from x < theta).
 *
 * @example
 * ```ts
 * import { defaultRegistry, tensor } from "@rectify/core";
 * const f = defaultRegistry.create("activation", "thresholdedRelu:theta=1");
 * console.log(f.forward(tensor([0.5, 1, 2])).toArray()); // [0, 0, 2]
 * ```
 */
export const thresholdedRelu: ActivationPlugin<{ theta: number; gradAtKink: number }> =
  defineActivation({
    name: "thresholdedRelu",
    version: "1.0.0",
    description: "x > theta ? x : 0; f'(theta) = gradAtKink (default 0)",
    defaults: { theta: 1, gradAtKink: 0 },
    onnx: (x, g, { theta }) => g.node("ThresholdedRelu", [x], { alpha: { float: theta } }),
    kinks: ({ theta }) => [theta],
    validate({ theta, gradAtKink }) {
      checkAtLeast("thresholdedRelu", "theta", theta, 0);
      checkGradAtKink("thresholdedRelu", gradAtKink);
    },
    create({ theta, gradAtKink }) {
      return {
        forward: elementwise({
          name: "thresholdedRelu",
          saves: "input",
          params: [theta, gradAtKink],
          forward: { reference: thresholdedReluLoop },
          backward: { reference: thresholdedReluBackwardLoop },
        }),
      };
    },
  });
