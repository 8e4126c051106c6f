import { type ActivationPlugin, type Data, defineActivation } from "../../core/mod.ts";
import { elementwise, type ElementwiseStep } from "./elementwise.ts";
import { checkGradAtKink } from "./_options.ts";

/** relu6's forward (op "relu6"): `y = min(max(x, 0), 6)` (NaN gives 0). @internal */
export function relu6Loop([x]: readonly Data[], [y]: readonly Data[]): void {
  for (let i = 0; i < y.length; i++) {
    const v = x[i];
    y[i] = v > 0 ? (v < 6 ? v : 6) : 0;
  }
}

/** relu6's backward from its output (op "relu6Backward"): `dx = 0 < y < 6 ? g : 0`. @internal */
export function relu6BackwardLoop([y, g]: readonly Data[], [dx]: readonly Data[]): void {
  for (let i = 0; i < dx.length; i++) dx[i] = y[i] > 0 && y[i] < 6 ? g[i] : 0;
}

/** relu6's backward from its input, `dx = params[0]·g` at x = 0 and x = 6. */
function relu6KinkBackwardLoop(
  [x, g]: readonly Data[],
  [dx]: readonly Data[],
  [gradAtKink]: readonly number[],
): void {
  for (let i = 0; i < dx.length; i++) {
    const v = x[i];
    dx[i] = v > 0 && v < 6 ? g[i] : v === 0 || v === 6 ? gradAtKink * g[i] : 0;
  }
}

const FORWARD: ElementwiseStep = { kernel: "relu6", reference: relu6Loop };

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
  onnx: (x, g) => g.node("Clip", [x, g.constant([0], []), g.constant([6], [])]),
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
            forward: FORWARD,
            backward: { kernel: "relu6Backward", reference: relu6BackwardLoop },
          }
          : {
            name: "relu6",
            saves: "input",
            params: [gradAtKink],
            forward: FORWARD,
            backward: { reference: relu6KinkBackwardLoop },
          },
      ),
    };
  },
});
