/**
 * # @your-scope/swish-beta
 *
 * A rectify activation plugin: Swish with a learnable β (Ramachandran,
 * Zoph & Le 2017, "Searching for Activation Functions"),
 *
 * - f(x) = x · σ(βx)
 * - ∂f/∂x = σ(βx) + βx · σ(βx) · (1 − σ(βx))
 * - ∂f/∂β = x² · σ(βx) · (1 − σ(βx))
 *
 * β is a one-element tensor exposed through `parameters()`, so any rectify
 * optimizer trains it with the rest of the model.
 *
 * @example Load it into a registry and build a model
 * ```ts
 * import { createRegistry, mlp, Rng } from "@rectify/core";
 * import { swishBeta } from "@your-scope/swish-beta";
 * const registry = createRegistry();
 * registry.register(swishBeta);
 * const model = mlp({ inputSize: 4, hidden: [8], outputSize: 3, activation: "swishBeta:beta=1.5", registry, rng: new Rng(0) });
 * console.log(model.namedParameters().map(([name]) => name)); // [..., "1.beta", ...]
 * ```
 *
 * @module
 */

import {
  type ActivationPlugin,
  allocData,
  defineActivation,
  defineFunction,
  RectifyError,
  Tensor,
} from "@rectify/core";

/** σ(z) without overflow for large |z|. */
function stableSigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** `x · σ(β·x)` as one recorded op named "swishBeta", with hand-written kernels. */
const swishBetaOp = defineFunction({
  name: "swishBeta",
  forward(ctx, x: Tensor, beta: Tensor) {
    const b = beta.data[0];
    const xd = x.data;
    const y = allocData(x.dtype, x.size);
    for (let i = 0; i < xd.length; i++) y[i] = xd[i] * stableSigmoid(b * xd[i]);
    ctx.save(x, beta);
    return new Tensor(y, x.shape);
  },
  backward(ctx, g) {
    const [x, beta] = ctx.saved;
    const b = beta.data[0];
    const xd = x.data, gd = g.data;
    const gx = allocData(x.dtype, x.size);
    let gb = 0;
    for (let i = 0; i < xd.length; i++) {
      const s = stableSigmoid(b * xd[i]);
      const ds = s * (1 - s);
      gx[i] = gd[i] * (s + b * xd[i] * ds);
      gb += gd[i] * xd[i] * xd[i] * ds;
    }
    const gBeta = allocData(beta.dtype, 1);
    gBeta[0] = gb;
    return [new Tensor(gx, x.shape), new Tensor(gBeta, beta.shape)];
  },
});

/** Options of {@linkcode swishBeta}. */
export type SwishBetaOptions = {
  /** Initial β (> 0). */
  beta: number;
  /** Whether β is trained (exposed by `parameters()`). */
  learnable: boolean;
};

/**
 * Swish with a learnable β: `f(x) = x · σ(βx)`. Options: `beta`, the initial
 * β (> 0, default 1), and `learnable` (default true; false keeps β fixed, which
 * is SiLU for β = 1).
 *
 * @example
 * ```ts
 * import { createRegistry, tensor } from "@rectify/core";
 * import { swishBeta } from "@your-scope/swish-beta";
 * const registry = createRegistry();
 * registry.register(swishBeta);
 * const act = registry.create("activation", "swishBeta:beta=2");
 * console.log(act.forward(tensor([-1, 0, 1])).toArray()); // ≈ [-0.119, 0, 0.881]
 * console.log(act.parameters?.().beta.toArray()); // [2]
 * ```
 */
export const swishBeta: ActivationPlugin<SwishBetaOptions> = defineActivation<SwishBetaOptions>(
  {
    name: "swishBeta",
    version: "0.1.0",
    description: "x * sigmoid(beta * x) with a learnable beta (Ramachandran et al. 2017)",
    defaults: { beta: 1, learnable: true },
    validate({ beta }) {
      if (!(Number.isFinite(beta) && beta > 0)) {
        throw new RectifyError(
          "option",
          `Cannot create "swishBeta": beta must be a finite number > 0, got ${beta}`,
        );
      }
    },
    create({ beta, learnable }, ctx) {
      const b = new Tensor(allocData(ctx.dtype, 1).fill(beta), [1], { requiresGrad: learnable });
      return {
        forward: (x) => swishBetaOp(x, b),
        parameters: (): Record<string, Tensor> => (learnable ? { beta: b } : {}),
      };
    },
  },
);

/** The plugins this module provides, for `registry.load()` and `rectify --plugin`. */
export const plugins: ActivationPlugin<SwishBetaOptions>[] = [swishBeta];
