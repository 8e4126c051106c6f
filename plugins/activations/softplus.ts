import { type ActivationPlugin, type Data, defineActivation } from "../../core/mod.ts";
import { elementwise } from "./elementwise.ts";
import { logistic, softplusScalar } from "./_math.ts";
import { checkAbove, optionError } from "./_options.ts";

/**
 * softplus's forward (op "softplus", params `[beta, threshold]`): `y = beta·x > threshold ? x :
 * ln(1 + e^(beta·x))/beta`. @internal
 */
export function softplusLoop(
  [x]: readonly Data[],
  [y]: readonly Data[],
  [beta, threshold]: readonly number[],
): void {
  const inv = 1 / beta;
  for (let i = 0; i < y.length; i++) {
    const z = beta * x[i];
    y[i] = z > threshold ? x[i] : softplusScalar(z) * inv;
  }
}

/**
 * softplus's backward from its input (op "softplusBackward", params `[beta, threshold]`): `dx =
 * beta·x > threshold ? g : g·σ(beta·x)`. @internal
 */
export function softplusBackwardLoop(
  [x, g]: readonly Data[],
  [dx]: readonly Data[],
  [beta, threshold]: readonly number[],
): void {
  for (let i = 0; i < dx.length; i++) {
    const z = beta * x[i];
    dx[i] = z > threshold ? g[i] : g[i] * logistic(z);
  }
}

/**
 * Softplus (Dugas et al. 2001, "Incorporating second-order functional
 * knowledge for better option pricing"; Glorot, Bordes & Bengio 2011), with
 * PyTorch's linear cut-off.
 *
 * - f(x) = x if beta·x > threshold, else ln(1 + e^(beta·x))/beta
 * - f'(x) = 1 if beta·x > threshold, else σ(beta·x); at beta·x = threshold
 *   the log branch is used
 *
 * Options: `beta` > 0 (default 1), `threshold` > 0 (default 20; `Infinity`
 * turns the cut-off off). The log branch is evaluated as
 * max(z, 0) + ln(1 + e^−|z|), so nothing overflows for any x. The backward
 * keeps the input.
 *
 * @example
 * ```ts
 * import { defaultRegistry, tensor } from "@rectify/core";
 * const f = defaultRegistry.create("activation", "softplus");
 * console.log(f.forward(tensor([0, 30])).toArray()); // [0.6931..., 30]
 * ```
 */
export const softplus: ActivationPlugin<{ beta: number; threshold: number }> = defineActivation({
  name: "softplus",
  version: "1.0.0",
  description: "ln(1 + exp(beta·x))/beta, linear where beta·x > threshold",
  defaults: { beta: 1, threshold: 20 },
  onnx(x, g, { beta, threshold }) {
    const bx = beta === 1 ? x : g.node("Mul", [x, g.constant([beta], [])]);
    const soft = g.node("Softplus", [bx]);
    const y = beta === 1 ? soft : g.node("Div", [soft, g.constant([beta], [])]);
    if (!Number.isFinite(threshold)) return y;
    return g.node("Where", [g.node("Greater", [bx, g.constant([threshold], [])]), x, y]);
  },
  kinks: ({ beta, threshold }) => (Number.isFinite(threshold) ? [threshold / beta] : []),
  validate({ beta, threshold }) {
    checkAbove("softplus", "beta", beta, 0);
    if (!(threshold > 0)) {
      throw optionError("softplus", `threshold must be > 0, got ${threshold}`);
    }
  },
  create({ beta, threshold }) {
    return {
      forward: elementwise({
        name: "softplus",
        saves: "input",
        params: [beta, threshold],
        forward: { kernel: "softplus", reference: softplusLoop },
        backward: { kernel: "softplusBackward", reference: softplusBackwardLoop },
      }),
    };
  },
});
