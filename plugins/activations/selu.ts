import { type ActivationPlugin, type Data, defineActivation } from "../../core/mod.ts";
import { elementwise } from "./elementwise.ts";

/** SELU's alpha (Klambauer et al. 2017), to 32 digits. @internal */
export const SELU_ALPHA = 1.6732632423543772848170429916717;
/** SELU's scale (Klambauer et al. 2017), to 32 digits. @internal */
export const SELU_SCALE = 1.0507009873554804934193349852946;
const SELU_SA = SELU_SCALE * SELU_ALPHA;

/** selu's forward (op "selu"): `y = scale·(x > 0 ? x : alpha·(e^x − 1))`. @internal */
export function seluLoop([x]: readonly Data[], [y]: readonly Data[]): void {
  for (let i = 0; i < y.length; i++) {
    const v = x[i];
    y[i] = v > 0 ? SELU_SCALE * v : SELU_SA * Math.expm1(v);
  }
}

/**
 * selu's backward from its output (op "seluBackward"):
 * `dx = y > 0 ? scale·g : g·(y + scale·alpha)`. @internal
 */
export function seluBackwardLoop([y, g]: readonly Data[], [dx]: readonly Data[]): void {
  for (let i = 0; i < dx.length; i++) {
    dx[i] = y[i] > 0 ? SELU_SCALE * g[i] : g[i] * (y[i] + SELU_SA);
  }
}

/**
 * SELU, the scaled ELU of self-normalizing networks (Klambauer et al. 2017,
 * "Self-normalizing neural networks").
 *
 * - f(x) = s·x for x > 0, s·a·(eˣ − 1) otherwise, with
 *   a = 1.6732632423543772848…, s = 1.0507009873554804934…
 * - f'(x) = s for x > 0, s·a·eˣ = f(x) + s·a otherwise; f'(0) = s·a
 *
 * The backward reads only the saved output (like elu), so the input can be
 * freed. No overflow for any x (`expm1` on the left piece only).
 *
 * @example
 * ```ts
 * import { defaultRegistry, tensor } from "@rectify/core";
 * const f = defaultRegistry.create("activation", "selu");
 * console.log(f.forward(tensor([0])).toArray()); // [0]
 * ```
 */
export const selu: ActivationPlugin<Record<never, never>> = defineActivation({
  name: "selu",
  version: "1.0.0",
  description: "scale·(x > 0 ? x : alpha·(exp(x) − 1)); f'(0) = scale·alpha",
  defaults: {},
  onnx: (x, g) =>
    g.node("Selu", [x], { alpha: { float: SELU_ALPHA }, gamma: { float: SELU_SCALE } }),
  kinks: () => [0],
  create() {
    return {
      forward: elementwise({
        name: "selu",
        saves: "output",
        forward: { kernel: "selu", reference: seluLoop },
        backward: { kernel: "seluBackward", reference: seluBackwardLoop },
      }),
    };
  },
});
