import { type ActivationPlugin, type Data, defineActivation } from "../../core/mod.ts";
import { elementwise, type ElementwiseStep } from "./elementwise.ts";
import { checkFinite, checkGradAtKink, optionError } from "./_options.ts";

/**
 * hardTanh's forward (op "hardTanh", params `[minVal, maxVal]`):
 * `y = clamp(x, minVal, maxVal)`. @internal
 */
export function hardTanhLoop(
  [x]: readonly Data[],
  [y]: readonly Data[],
  [lo, hi]: readonly number[],
): void {
  for (let i = 0; i < y.length; i++) {
    const v = x[i];
    y[i] = v < lo ? lo : v > hi ? hi : v;
  }
}

/**
 * hardTanh's backward from its output (op "hardTanhBackward", params
 * `[minVal, maxVal]`): `dx = minVal < y < maxVal ? g : 0`. @internal
 */
export function hardTanhBackwardLoop(
  [y, g]: readonly Data[],
  [dx]: readonly Data[],
  [lo, hi]: readonly number[],
): void {
  for (let i = 0; i < dx.length; i++) dx[i] = y[i] > lo && y[i] < hi ? g[i] : 0;
}

/** hardTanh's backward from its input, params `[minVal, maxVal, gradAtKink]`. */
function hardTanhKinkBackwardLoop(
  [x, g]: readonly Data[],
  [dx]: readonly Data[],
  [lo, hi, gradAtKink]: readonly number[],
): void {
  for (let i = 0; i < dx.length; i++) {
    const v = x[i];
    dx[i] = v > lo && v < hi ? g[i] : v === lo || v === hi ? gradAtKink * g[i] : 0;
  }
}

const FORWARD: ElementwiseStep = { kernel: "hardTanh", reference: hardTanhLoop };

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
    onnx: (x, g, { minVal, maxVal }) =>
      g.node("Clip", [x, g.constant([minVal], []), g.constant([maxVal], [])]),
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
      return {
        forward: elementwise(
          gradAtKink === 0
            ? {
              name: "hardTanh",
              saves: "output",
              params: [minVal, maxVal],
              forward: FORWARD,
              backward: { kernel: "hardTanhBackward", reference: hardTanhBackwardLoop },
            }
            : {
              name: "hardTanh",
              saves: "input",
              params: [minVal, maxVal, gradAtKink],
              forward: FORWARD,
              backward: { reference: hardTanhKinkBackwardLoop },
            },
        ),
      };
    },
  });
