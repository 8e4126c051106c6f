import { type ActivationPlugin, defineActivation } from "../../core/mod.ts";
import { elementwise } from "./_elementwise.ts";

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
  kinks: () => [-3, 3],
  create() {
    return {
      forward: elementwise({
        name: "hardSwish",
        saves: "input",
        backendKernels: { forward: "hardSwish", backward: "hardSwishBackward" },
      }),
    };
  },
});
