import { type ActivationPlugin, defineActivation } from "../../core/mod.ts";
import { elementwise } from "./_elementwise.ts";
import { checkAbove, optionError } from "./_options.ts";

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
        backendKernels: {
          forward: "softplus",
          backward: "softplusBackward",
          params: [beta, threshold],
        },
      }),
    };
  },
});
