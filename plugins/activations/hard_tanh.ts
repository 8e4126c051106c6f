import { type ActivationPlugin, defineActivation } from "../../core/mod.ts";
import { elementwise } from "./_elementwise.ts";
import { checkFinite, checkGradAtKink, optionError } from "./_options.ts";

/**
 * HardTanh, the piecewise-linear tanh (Collobert 2004, "Large scale machine
 * learning"; `torch.nn.Hardtanh`).
 *
 * - f(x) = clamp(x, minVal, maxVal)
 * - f'(x) = 1 for minVal < x < maxVal, 0 outside, `gradAtKink` at x = minVal
 *   and x = maxVal
 *
 * Options: `minVal` (−1), `maxVal` (1), minVal < maxVal; `gradAtKink` ∈ [0, 1]
 * (default 0, PyTorch's: 0 at both ends).
 *
 * Memory: with the default `gradAtKink` the backward reads only the saved
 * output (minVal < y < maxVal ⇔ minVal < x < maxVal, since y = x there).
 *
 * @example
 * ```ts
 * import { defaultRegistry, tensor } from "@rectify/core";
 * const f = defaultRegistry.create("activation", "hardTanh:minVal=-2,maxVal=0.5");
 * console.log(f.forward(tensor([-3, 0, 3])).toArray()); // [-2, 0, 0.5]
 * ```
 */
export const hardTanh: ActivationPlugin<{ minVal: number; maxVal: number; gradAtKink: number }> =
  defineActivation({
    name: "hardTanh",
    version: "1.0.0",
    description: "clamp(x, minVal, maxVal); f' = gradAtKink (default 0) at both ends",
    defaults: { minVal: -1, maxVal: 1, gradAtKink: 0 },
    kinks: ({ minVal, maxVal }) => [minVal, maxVal],
    validate({ minVal, maxVal, gradAtKink }) {
      checkFinite("hardTanh", "minVal", minVal);
      checkFinite("hardTanh", "maxVal", maxVal);
      if (!(maxVal > minVal)) {
        throw optionError("hardTanh", `maxVal must be > minVal (${minVal}), got ${maxVal}`);
      }
      checkGradAtKink("hardTanh", gradAtKink);
    },
    create({ minVal, maxVal, gradAtKink }) {
      const params = [minVal, maxVal];
      return {
        forward: elementwise(
          gradAtKink === 0
            ? {
              name: "hardTanh",
              saves: "output",
              backendKernels: { forward: "hardTanh", backward: "hardTanhBackward", params },
            }
            : {
              name: "hardTanh",
              saves: "input",
              backendKernels: { forward: "hardTanh", params },
              backward(x, g, out) {
                for (let i = 0; i < x.length; i++) {
                  const v = x[i];
                  out[i] = v > minVal && v < maxVal
                    ? g[i]
                    : v === minVal || v === maxVal
                    ? gradAtKink * g[i]
                    : 0;
                }
              },
            },
        ),
      };
    },
  });
