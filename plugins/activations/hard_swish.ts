import { type ActivationPlugin, type Data, defineActivation } from "../../core/mod.ts";
import { elementwise } from "./elementwise.ts";

/** hardSwish's forward (op "hardSwish"): `y = x ≤ −3 ? 0 : x ≥ 3 ? x : x(x + 3)/6`. @internal */
export function hardSwishLoop([x]: readonly Data[], [y]: readonly Data[]): void {
  for (let i = 0; i < y.length; i++) {
    const v = x[i];
    y[i] = v <= -3 ? 0 : v >= 3 ? v : (v * (v + 3)) / 6;
  }
}

/**
 * hardSwish's backward from its input (op "hardSwishBackward"): `dx = g·(2x + 3)/6` inside (−3, 3).
 * @internal
 */
export function hardSwishBackwardLoop([x, g]: readonly Data[], [dx]: readonly Data[]): void {
  for (let i = 0; i < dx.length; i++) {
    const v = x[i];
    dx[i] = v <= -3 ? 0 : v >= 3 ? g[i] : (g[i] * (2 * v + 3)) / 6;
  }
}

/**
 * Hard swish (Howard et al. 2019, "Searching for MobileNetV3";
 * `torch.nn.Hardswish`).
 *
 * - f(x) = x·relu6(x + 3)/6: 0 for x ≤ −3, x(x + 3)/6 for −3 < x < 3, x for x ≥ 3
 * - f'(x) = 0 for x ≤ −3, (2x + 3)/6 for −3 < x < 3, 1 for x ≥ 3
 *   (f'(−3) = 0, f'(3) = 1, as PyTorch)
 *
 * The backward keeps the input.
 *
 * @example
 * ```ts
 * import { defaultRegistry, tensor } from "@rectify/core";
 * const f = defaultRegistry.create("activation", "hardSwish");
 * console.log(f.forward(tensor([-4, 0, 4])).toArray()); // [0, 0, 4]
 * ```
 */
export const hardSwish: ActivationPlugin<Record<never, never>> = defineActivation({
  name: "hardSwish",
  version: "1.0.0",
  description: "x·relu6(x + 3)/6",
  defaults: {},
  onnx: (x, g) => g.node("HardSwish", [x]),
  kinks: () => [-3, 3],
  create() {
    return {
      forward: elementwise({
        name: "hardSwish",
        saves: "input",
        forward: { kernel: "hardSwish", reference: hardSwishLoop },
        backward: { kernel: "hardSwishBackward", reference: hardSwishBackwardLoop },
      }),
    };
  },
});
