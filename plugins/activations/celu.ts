import { type ActivationPlugin, type Data, defineActivation } from "../../core/mod.ts";
import { elementwise } from "./elementwise.ts";
import { checkAbove } from "./_options.ts";

/**
 * celu's forward (op "celu", params `[alpha]`): `y = x > 0 ? x : alpha·(e^(x/alpha) − 1)`.
 * @internal
 */
export function celuLoop(
  [x]: readonly Data[],
  [y]: readonly Data[],
  [alpha]: readonly number[],
): void {
  const inv = 1 / alpha;
  for (let i = 0; i < y.length; i++) {
    const v = x[i];
    y[i] = v > 0 ? v : alpha * Math.expm1(v * inv);
  }
}

/**
 * celu's backward from its output (op "celuBackward", params `[alpha]`): `dx = y > 0 ? g :
 * g·(y/alpha + 1)`. @internal
 */
export function celuBackwardLoop(
  [y, g]: readonly Data[],
  [dx]: readonly Data[],
  [alpha]: readonly number[],
): void {
  const inv = 1 / alpha;
  for (let i = 0; i < dx.length; i++) dx[i] = y[i] > 0 ? g[i] : g[i] * (y[i] * inv + 1);
}

/**
 * CELU, the continuously differentiable ELU (Barron 2017, "Continuously
 * differentiable exponential linear units").
 *
 * - f(x) = max(0, x) + min(0, alpha·(e^(x/alpha) − 1))
 * - f'(x) = 1 for x > 0, e^(x/alpha) = f(x)/alpha + 1 otherwise; f'(0) = 1
 *
 * Options: `alpha` > 0 (default 1). The backward reads only the saved output.
 *
 * @example
 * ```ts
 * import { defaultRegistry, tensor } from "@rectify/core";
 * const f = defaultRegistry.create("activation", "celu:alpha=2");
 * console.log(f.forward(tensor([0, 3])).toArray()); // [0, 3]
 * ```
 */
export const celu: ActivationPlugin<{ alpha: number }> = defineActivation({
  name: "celu",
  version: "1.0.0",
  description: "max(0, x) + min(0, alpha·(exp(x/alpha) − 1))",
  defaults: { alpha: 1 },
  onnx: (x, g, { alpha }) => g.node("Celu", [x], { alpha: { float: alpha } }),
  kinks: () => [0],
  validate({ alpha }) {
    checkAbove("celu", "alpha", alpha, 0);
  },
  create({ alpha }) {
    return {
      forward: elementwise({
        name: "celu",
        saves: "output",
        params: [alpha],
        forward: { kernel: "celu", reference: celuLoop },
        backward: { kernel: "celuBackward", reference: celuBackwardLoop },
      }),
    };
  },
});
