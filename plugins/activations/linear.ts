import { type ActivationPlugin, type Data, defineActivation } from "../../core/mod.ts";
import { elementwise } from "./elementwise.ts";

/** The identity: `y = x`. */
function copyLoop([x]: readonly Data[], [y]: readonly Data[]): void {
  y.set(x);
}

/** Its backward: `dx = g`. */
function copyBackwardLoop([_y, g]: readonly Data[], [dx]: readonly Data[]): void {
  dx.set(g);
}

/**
 * Identity activation (no non-linearity; the default of Keras `Dense`).
 *
 * - f(x) = x
 * - f'(x) = 1
 *
 * @example
 * ```ts
 * import { defaultRegistry, tensor } from "@rectify/core";
 * const id = defaultRegistry.create("activation", "linear");
 * console.log(id.forward(tensor([-3])).toArray()); // [-3]
 * ```
 */
export const linear: ActivationPlugin<Record<never, never>> = defineActivation({
  name: "linear",
  version: "1.0.0",
  description: "identity",
  defaults: {},
  onnx: (x, g) => g.node("Identity", [x]),
  create() {
    return {
      forward: elementwise({
        name: "linear",
        saves: "output",
        forward: { reference: copyLoop },
        backward: { reference: copyBackwardLoop },
      }),
    };
  },
});
