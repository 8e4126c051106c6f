import { type ActivationPlugin, defineActivation } from "../../core/mod.ts";
import { elementwise } from "./_elementwise.ts";
import { optionError } from "./_options.ts";

/**
 * GELU, the Gaussian error linear unit (Hendrycks & Gimpel 2016, "Gaussian
 * error linear units (GELUs)").
 *
 * - `approximate: "none"` (default): f(x) = x·Φ(x) = ½x(1 + erf(x/√2));
 *   f'(x) = Φ(x) + x·φ(x), φ the standard normal density. Φ is computed to
 *   about 1e-16 relative (series / continued fraction of erf).
 * - `approximate: "tanh"`: f(x) = ½x(1 + tanh(u)), u = √(2/π)(x + 0.044715x³);
 *   f'(x) = ½(1 + tanh u) + ½x(1 − tanh² u)·√(2/π)(1 + 3·0.044715x²).
 *
 * Both are finite for every finite x. The backward keeps the input.
 *
 * @example
 * ```ts
 * import { defaultRegistry, tensor } from "@rectify/core";
 * const f = defaultRegistry.create("activation", "gelu:approximate=tanh");
 * console.log(f.forward(tensor([0])).toArray()); // [0]
 * ```
 */
export const gelu: ActivationPlugin<{ approximate: string }> = defineActivation({
  name: "gelu",
  version: "1.0.0",
  description: 'x·Φ(x) (approximate "none") or its tanh approximation ("tanh")',
  defaults: { approximate: "none" },
  validate({ approximate }) {
    if (approximate !== "none" && approximate !== "tanh") {
      throw optionError(
        "gelu",
        `approximate must be "none" or "tanh", got ${JSON.stringify(approximate)}`,
      );
    }
  },
  create({ approximate }) {
    const kernel = approximate === "tanh" ? "geluTanh" : "gelu";
    return {
      forward: elementwise({
        name: "gelu",
        saves: "input",
        backendKernels: { forward: kernel, backward: `${kernel}Backward` },
      }),
    };
  },
});
