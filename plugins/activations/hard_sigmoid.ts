import { type ActivationPlugin, type Data, defineActivation } from "../../core/mod.ts";
import { elementwise } from "./elementwise.ts";

/** hardSigmoid's forward (op "hardSigmoid"): `y = x ≤ −3 ? 0 : x ≥ 3 ? 1 : x/6 + 1/2`. @internal */
export function hardSigmoidLoop([x]: readonly Data[], [y]: readonly Data[]): void {
  for (let i = 0; i < y.length; i++) {
    const v = x[i];
    y[i] = v <= -3 ? 0 : v >= 3 ? 1 : v / 6 + 0.5;
  }
}

/**
 * hardSigmoid's backward from its input (op "hardSigmoidBackward"): `dx = −3 < x < 3 ? g/6 : 0`.
 * @internal
 */
export function hardSigmoidBackwardLoop([x, g]: readonly Data[], [dx]: readonly Data[]): void {
  for (let i = 0; i < dx.length; i++) {
    const v = x[i];
    dx[i] = v > -3 && v < 3 ? g[i] / 6 : 0;
  }
}

/**
 * Hard sigmoid, the piecewise-linear sigmoid of MobileNetV3 (Howard et al.
 * 2019, "Searching for MobileNetV3"; `torch.nn.Hardsigmoid`).
 *
 * - f(x) = relu6(x + 3)/6: 0 for x ≤ −3, x/6 + ½ for −3 < x < 3, 1 for x ≥ 3
 * - f'(x) = 1/6 for −3 < x < 3, else 0 (f'(±3) = 0)
 *
 * The backward keeps the input (in float32, y rounds to 1 just below x = 3,
 * so the output cannot find the kinks).
 *
 * @example
 * ```ts
 * import { defaultRegistry, tensor } from "@rectify/core";
 * const f = defaultRegistry.create("activation", "hardSigmoid");
 * console.log(f.forward(tensor([-4, 0, 4])).toArray()); // [0, 0.5, 1]
 * ```
 */
export const hardSigmoid: ActivationPlugin<Record<never, never>> = defineActivation({
  name: "hardSigmoid",
  version: "1.0.0",
  description: "relu6(x + 3)/6",
  defaults: {},
  onnx: (x, g) => g.node("HardSigmoid", [x], { alpha: { float: 1 / 6 }, beta: { float: 0.5 } }),
  kinks: () => [-3, 3],
  create() {
    return {
      forward: elementwise({
        name: "hardSigmoid",
        saves: "input",
        forward: { kernel: "hardSigmoid", reference: hardSigmoidLoop },
        backward: { kernel: "hardSigmoidBackward", reference: hardSigmoidBackwardLoop },
      }),
    };
  },
});
