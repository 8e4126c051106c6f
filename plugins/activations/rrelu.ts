import {
  type ActivationPlugin,
  allocData,
  defineActivation,
  defineFunction,
  type RngState,
  type Tensor,
  Tensor as TensorClass,
} from "../../core/mod.ts";
import { elementwise } from "./elementwise.ts";
import { leakyReluBackwardLoop, leakyReluLoop } from "./leaky_relu.ts";
import { checkAtLeast, optionError } from "./_options.ts";

/**
 * RReLU, the randomized leaky ReLU (Xu et al. 2015, "Empirical evaluation of
 * rectified activations in convolutional network").
 *
 * - Training mode: f(x) = x for x > 0, a·x otherwise, with a fresh slope
 *   a ~ U(lower, upper) drawn per element and per call from the seeded
 *   generator the plugin was created with (one draw for every element, so
 *   the stream does not depend on the data); f'(x) = 1 or a (a also at x = 0).
 * - Evaluation mode: leakyRelu with the fixed slope (lower + upper)/2;
 *   f'(0) = that slope.
 *
 * Options: `lower` ≥ 0 (default 1/8), `upper` ≥ lower (default 1/3). The
 * instance starts in training mode (like a fresh module); `train(false)` (or
 * `Activation#eval()`) switches. Training saves the drawn slopes; evaluation
 * reads only the saved output (slope ≥ 0).
 *
 * @example Evaluation mode is deterministic
 * ```ts
 * import { defaultRegistry, tensor } from "@rectify/core";
 * const f = defaultRegistry.create("activation", "rrelu:lower=0.1,upper=0.3");
 * f.train!(false);
 * console.log(f.forward(tensor([-1, 2])).toArray()); // [-0.2, 2]
 * ```
 */
export const rrelu: ActivationPlugin<{ lower: number; upper: number }> = defineActivation({
  name: "rrelu",
  version: "1.0.0",
  description: "leaky ReLU with a random slope in [lower, upper] (training) or their mean (eval)",
  defaults: { lower: 1 / 8, upper: 1 / 3 },
  // evaluation mode: the fixed slope (lower + upper) / 2
  onnx: (x, g, { lower, upper }) =>
    g.node("LeakyRelu", [x], { alpha: { float: (lower + upper) / 2 } }),
  kinks: () => [0],
  validate({ lower, upper }) {
    checkAtLeast("rrelu", "lower", lower, 0);
    if (!(upper >= lower) || !Number.isFinite(upper)) {
      throw optionError("rrelu", `upper must be a finite number >= lower (${lower}), got ${upper}`);
    }
  },
  create({ lower, upper }, ctx) {
    const rng = ctx.rng.fork();
    const slope = (lower + upper) / 2;
    const width = upper - lower;
    let training = true;
    // evaluation: leakyRelu's op with the mean slope (≥ 0), under this plugin's name on the tape
    const evaluate = elementwise({
      name: "rrelu",
      saves: "output",
      params: [slope],
      forward: { kernel: "leakyRelu", reference: leakyReluLoop },
      backward: { kernel: "leakyReluBackward", reference: leakyReluBackwardLoop },
    });
    const randomized = defineFunction({
      name: "rrelu",
      forward(fctx, x: Tensor) {
        const n = x.size;
        const noise = allocData(x.dtype, n);
        const y = allocData(x.dtype, n);
        const xd = x.data;
        for (let i = 0; i < n; i++) {
          const a = lower + width * rng.uniform();
          const r = xd[i] > 0 ? 1 : a;
          noise[i] = r;
          y[i] = xd[i] * r;
        }
        fctx.save(new TensorClass(noise, x.shape));
        return new TensorClass(y, x.shape);
      },
      backward(fctx, g) {
        const noise = fctx.saved[0].data;
        const out = allocData(g.dtype, g.size);
        const gd = g.data;
        for (let i = 0; i < out.length; i++) out[i] = gd[i] * noise[i];
        return new TensorClass(out, g.shape);
      },
    });
    return {
      forward: (x: Tensor) => (training ? randomized(x) : evaluate(x)),
      train(mode: boolean) {
        training = mode;
      },
      state: () => rng.getState(),
      load: (s: unknown) => rng.setState(s as RngState),
    };
  },
});
