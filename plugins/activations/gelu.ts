import { type ActivationPlugin, type Data, defineActivation } from "../../core/mod.ts";
import { elementwise } from "./elementwise.ts";
import { normalCdf, normalPdf } from "./_math.ts";
import { optionError } from "./_options.ts";

/** √(2/π), of GELU's tanh approximation. @internal */
export const SQRT_2_OVER_PI = 0.7978845608028654;
/** The cubic coefficient of GELU's tanh approximation (Hendrycks & Gimpel 2016). @internal */
export const GELU_K = 0.044715;

/** gelu's exact forward (op "gelu"): `y = x·Φ(x)`. @internal */
export function geluLoop([x]: readonly Data[], [y]: readonly Data[]): void {
  for (let i = 0; i < y.length; i++) y[i] = x[i] * normalCdf(x[i]);
}

/** gelu's exact backward from its input (op "geluBackward"): `dx = g·(Φ(x) + x·φ(x))`. @internal */
export function geluBackwardLoop([x, g]: readonly Data[], [dx]: readonly Data[]): void {
  for (let i = 0; i < dx.length; i++) {
    const v = x[i];
    dx[i] = g[i] * (normalCdf(v) + v * normalPdf(v));
  }
}

/**
 * gelu's tanh approximation (op "geluTanh"): `y = ½x(1 + tanh u)`,
 * u = √(2/π)(x + 0.044715x³). @internal
 */
export function geluTanhLoop([x]: readonly Data[], [y]: readonly Data[]): void {
  for (let i = 0; i < y.length; i++) {
    const v = x[i];
    y[i] = 0.5 * v * (1 + Math.tanh(SQRT_2_OVER_PI * (v + GELU_K * v * v * v)));
  }
}

/**
 * The tanh approximation's backward from its input (op "geluTanhBackward"):
 * `dx = g·(½(1 + tanh u) + ½x(1 − tanh² u)·u')`. @internal
 */
export function geluTanhBackwardLoop([x, g]: readonly Data[], [dx]: readonly Data[]): void {
  for (let i = 0; i < dx.length; i++) {
    const v = x[i];
    const t = Math.tanh(SQRT_2_OVER_PI * (v + GELU_K * v * v * v));
    const du = SQRT_2_OVER_PI * (1 + 3 * GELU_K * v * v);
    dx[i] = g[i] * (0.5 * (1 + t) + 0.5 * v * (1 - t * t) * du);
  }
}

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
  onnx(x, g, { approximate }) {
    // Gelu is an operator from opset 20; both forms are written from exact primitives
    const half = g.node("Mul", [x, g.constant([0.5], [])]);
    if (approximate === "tanh") {
      const cube = g.node("Mul", [g.node("Mul", [x, x]), x]);
      const u = g.node("Mul", [
        g.node("Add", [x, g.node("Mul", [cube, g.constant([0.044715], [])])]),
        g.constant([Math.sqrt(2 / Math.PI)], []),
      ]);
      return g.node("Mul", [half, g.node("Add", [g.node("Tanh", [u]), g.constant([1], [])])]);
    }
    const erf = g.node("Erf", [g.node("Mul", [x, g.constant([Math.SQRT1_2], [])])]);
    return g.node("Mul", [half, g.node("Add", [erf, g.constant([1], [])])]);
  },
  validate({ approximate }) {
    if (approximate !== "none" && approximate !== "tanh") {
      throw optionError(
        "gelu",
        `approximate must be "none" or "tanh", got ${JSON.stringify(approximate)}`,
      );
    }
  },
  create({ approximate }) {
    const tanh = approximate === "tanh";
    return {
      forward: elementwise({
        name: "gelu",
        saves: "input",
        forward: tanh
          ? { kernel: "geluTanh", reference: geluTanhLoop }
          : { kernel: "gelu", reference: geluLoop },
        backward: tanh
          ? { kernel: "geluTanhBackward", reference: geluTanhBackwardLoop }
          : { kernel: "geluBackward", reference: geluBackwardLoop },
      }),
    };
  },
});
