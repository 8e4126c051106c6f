import { type ActivationPlugin, type Data, defineActivation } from "../../core/mod.ts";
import { elementwise } from "./elementwise.ts";
import { checkAbove } from "./_options.ts";

/** elu's forward (op "elu", params `[alpha]`): `y = x > 0 ? x : alpha·(e^x − 1)`. @internal */
export function eluLoop(
  [x]: readonly Data[],
  [y]: readonly Data[],
  [alpha]: readonly number[],
): void {
  for (let i = 0; i < y.length; i++) {
    const v = x[i];
    y[i] = v > 0 ? v : alpha * Math.expm1(v);
  }
}

/**
 * elu's backward from its output (op "eluBackward", params `[alpha]`): `dx = y > 0 ? g : g·(y +
 * alpha)`. @internal
 */
export function eluBackwardLoop(
  [y, g]: readonly Data[],
  [dx]: readonly Data[],
  [alpha]: readonly number[],
): void {
  for (let i = 0; i < dx.length; i++) dx[i] = y[i] > 0 ? g[i] : g[i] * (y[i] + alpha);
}

/**
 * ELU, the exponential linear unit (Clevert, Unterthiner & Hochreiter 2016,
 * "Fast and accurate deep network learning by exponential linear units").
 *
 * - f(x) = x for x > 0, alpha·(eˣ − 1) otherwise (computed with `expm1`, no
 *   overflow for any x)
 * - f'(x) = 1 for x > 0, alpha·eˣ = f(x) + alpha otherwise; f'(0) = alpha
 *   (the left piece, as PyTorch)
 *
 * Options: `alpha` > 0 (default 1).
 *
 * Memory: the backward reads only the saved output (y > 0 ⇔ x > 0, and
 * alpha·eˣ = y + alpha on the left piece), so the input can be freed.
 *
 * @example
 * ```ts
 * import { defaultRegistry, tensor } from "@rectify/core";
 * const f = defaultRegistry.create("activation", "elu");
 * console.log(f.forward(tensor([0, 1])).toArray()); // [0, 1]
 * ```
 */
export const elu: ActivationPlugin<{ alpha: number }> = defineActivation({
  name: "elu",
  version: "1.0.0",
  description: "x > 0 ? x : alpha·(exp(x) − 1); f'(0) = alpha",
  defaults: { alpha: 1 },
  onnx: (x, g, { alpha }) => g.node("Elu", [x], { alpha: { float: alpha } }),
  kinks: () => [0],
  validate({ alpha }) {
    checkAbove("elu", "alpha", alpha, 0);
  },
  create({ alpha }) {
    return {
      forward: elementwise({
        name: "elu",
        saves: "output",
        params: [alpha],
        forward: { kernel: "elu", reference: eluLoop },
        backward: { kernel: "eluBackward", reference: eluBackwardLoop },
      }),
    };
  },
});
