import {
  allocData,
  defineGradient,
  type GradientPlugin,
  RectifyError,
  type RemovableHandle,
  Rng,
  Tensor,
} from "../../core/mod.ts";

/**
 * Annealed Gaussian gradient noise (Neelakantan et al. 2015, "Adding Gradient
 * Noise Improves Learning for Very Deep Networks"). Every gradient that
 * reaches a parameter gets
 *
 * - g ← g + N(0, σ_t²), σ_t² = eta / (1 + t)^gamma
 *
 * where t counts the backward passes that reached that parameter since the
 * rewrite was attached (0 for the first). Options: `eta` (0.3; the paper
 * tries 0.01, 0.3, 1), `gamma` (0.55, as the paper), `seed` (0). The noise is
 * deterministic: each parameter (in `namedParameters()` order, those present
 * when attached) draws from its own generator forked from `new Rng(seed)`,
 * so the same seed gives the same bits. Implemented as tensor hooks on the
 * parameters; `remove()` stops it. Attach it to a model with
 * `model.applyGradient("gradientNoise:eta=0.01")`.
 *
 * @example
 * ```ts
 * import { mlp, Rng, tensor } from "@rectify/core";
 * const model = mlp({ inputSize: 2, hidden: [4], outputSize: 1, rng: new Rng(0) });
 * const noise = model.applyGradient("gradientNoise:eta=0.01,seed=7");
 * model.call(tensor([[1, 2]])).sum().backward();
 * noise.remove();
 * ```
 */
export const gradientNoise: GradientPlugin<{ eta: number; gamma: number; seed: number }> =
  defineGradient({
    name: "gradientNoise",
    version: "1.0.0",
    description: "annealed Gaussian noise eta/(1+t)^gamma on parameter gradients (seeded)",
    defaults: { eta: 0.3, gamma: 0.55, seed: 0 },
    validate({ eta, gamma, seed }) {
      if (!(eta >= 0 && Number.isFinite(eta))) {
        throw new RectifyError(
          "option",
          `Cannot create "gradientNoise": eta must be a finite number >= 0, got ${eta}`,
        );
      }
      if (!(gamma >= 0 && Number.isFinite(gamma))) {
        throw new RectifyError(
          "option",
          `Cannot create "gradientNoise": gamma must be a finite number >= 0, got ${gamma}`,
        );
      }
      if (!Number.isFinite(seed)) {
        throw new RectifyError(
          "option",
          `Cannot create "gradientNoise": seed must be a finite number, got ${seed}`,
        );
      }
    },
    create: ({ eta, gamma, seed }) => ({
      attach(model) {
        const base = new Rng(seed);
        const handles: RemovableHandle[] = [];
        for (const [, p] of model.namedParameters()) {
          if (!p.requiresGrad) continue;
          const rng = base.fork();
          let t = 0;
          handles.push(p.registerHook((g) => {
            const std = Math.sqrt(eta / (1 + t) ** gamma);
            t++;
            const src = g.data;
            const out = allocData(g.dtype, g.size);
            for (let i = 0; i < src.length; i++) out[i] = src[i] + std * rng.normal();
            return new Tensor(out, g.shape);
          }));
        }
        return {
          remove() {
            for (const h of handles) h.remove();
          },
        };
      },
    }),
  });
