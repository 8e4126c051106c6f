import { type ActivationPlugin, type Data, defineActivation } from "../../core/mod.ts";
import { elementwise, type ElementwiseStep } from "./elementwise.ts";
import { bits } from "./_math.ts";
import { checkFinite, checkGradAtKink } from "./_options.ts";

/** leakyRelu's forward (op "leakyRelu", params `[alpha]`): `y = x > 0 ? x : alpha·x`. @internal */
export function leakyReluLoop(
  [x]: readonly Data[],
  [y]: readonly Data[],
  [alpha]: readonly number[],
): void {
  if (x instanceof Float32Array) {
    // slope by sign bit: branchless
    const bySign = new Float64Array([1, alpha]);
    const xb = bits(x);
    for (let i = 0; i < y.length; i++) y[i] = x[i] * bySign[xb[i] >>> 31];
    return;
  }
  for (let i = 0; i < y.length; i++) y[i] = x[i] > 0 ? x[i] : alpha * x[i];
}

/**
 * leakyRelu's backward from its output, for alpha ≥ 0 (op
 * "leakyReluBackward", params `[alpha]`): `dx = y > 0 ? g : alpha·g`. @internal
 */
export function leakyReluBackwardLoop(
  [y, g]: readonly Data[],
  [dx]: readonly Data[],
  [alpha]: readonly number[],
): void {
  if (y instanceof Float32Array) {
    const byPositive = new Float64Array([alpha, 1]);
    const yb = bits(y);
    for (let i = 0; i < dx.length; i++) {
      const b = yb[i];
      // index 1 iff y > 0: positive bits below the NaNs
      dx[i] = g[i] * byPositive[((-b & ~b) & (b - 0x7f800001)) >>> 31];
    }
    return;
  }
  for (let i = 0; i < dx.length; i++) dx[i] = y[i] > 0 ? g[i] : alpha * g[i];
}

/** leakyRelu's backward from its input, params `[alpha, f'(0)]`. */
function leakyReluKinkBackwardLoop(
  [x, g]: readonly Data[],
  [dx]: readonly Data[],
  [alpha, atKink]: readonly number[],
): void {
  for (let i = 0; i < dx.length; i++) {
    const v = x[i];
    dx[i] = v > 0 ? g[i] : v < 0 ? alpha * g[i] : atKink * g[i];
  }
}

const FORWARD: ElementwiseStep = { kernel: "leakyRelu", reference: leakyReluLoop };

/**
 * Leaky ReLU (Maas, Hannun & Ng 2013, "Rectifier nonlinearities improve
 * neural network acoustic models").
 *
 * - f(x) = x for x > 0, alpha·x otherwise
 * - f'(x) = 1 for x > 0, alpha for x < 0; at x = 0 it is
 *   alpha + gradAtKink·(1 − alpha)
 *
 * Options: `alpha` (default 0.01, any finite number) and `gradAtKink` ∈ [0, 1]
 * (default 0). `gradAtKink` moves the derivative at the kink from the slope of
 * the leaky piece (0: alpha, PyTorch's choice) to the slope of the identity
 * piece (1: 1), the same rule as relu, relu6, hardTanh and thresholdedRelu.
 *
 * Memory: for alpha ≥ 0 and the default `gradAtKink` the backward reads only
 * the saved output (y > 0 ⇔ x > 0; otherwise the slope is alpha, also at
 * x = 0), so the input can be freed. A negative alpha flips the sign of the
 * left piece, and a non-default `gradAtKink` needs x = 0 exactly; both keep
 * the input instead.
 *
 * @example
 * ```ts
 * import { defaultRegistry, tensor } from "@rectify/core";
 * const f = defaultRegistry.create("activation", "leakyRelu:alpha=0.2");
 * console.log(f.forward(tensor([-1, 2])).toArray()); // [-0.2, 2]
 * ```
 */
export const leakyRelu: ActivationPlugin<{ alpha: number; gradAtKink: number }> = defineActivation({
  name: "leakyRelu",
  version: "1.0.0",
  description: "x > 0 ? x : alpha·x; f'(0) = alpha + gradAtKink·(1 − alpha)",
  defaults: { alpha: 0.01, gradAtKink: 0 },
  onnx: (x, g, { alpha }) => g.node("LeakyRelu", [x], { alpha: { float: alpha } }),
  kinks: () => [0],
  validate({ alpha, gradAtKink }) {
    checkFinite("leakyRelu", "alpha", alpha);
    checkGradAtKink("leakyRelu", gradAtKink);
  },
  create({ alpha, gradAtKink }) {
    const atKink = alpha + gradAtKink * (1 - alpha);
    return {
      forward: elementwise(
        alpha >= 0 && gradAtKink === 0
          ? {
            name: "leakyRelu",
            saves: "output",
            params: [alpha],
            forward: FORWARD,
            backward: { kernel: "leakyReluBackward", reference: leakyReluBackwardLoop },
          }
          : {
            name: "leakyRelu",
            saves: "input",
            params: [alpha, atKink],
            forward: FORWARD,
            backward: { reference: leakyReluKinkBackwardLoop },
          },
      ),
    };
  },
});
