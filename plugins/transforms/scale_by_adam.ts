import {
  type Data,
  type GradientTransform,
  type TransformState,
  zerosLike,
} from "../../core/mod.ts";
import { checkBeta, checkPositive } from "./_check.ts";

/** Options of {@linkcode scaleByAdam}. */
export interface ScaleByAdamOptions {
  /** Decay of the first moment (default 0.9). */
  beta1?: number;
  /** Decay of the second moment (default 0.999). */
  beta2?: number;
  /** Added to the bias-corrected root of the second moment (default 1e-8). */
  eps?: number;
  /** Use the running maximum of the second moment (Reddi et al. 2018; default false). */
  amsgrad?: boolean;
}

/**
 * Adam's rescaling (Kingma & Ba 2015, "Adam: A Method for Stochastic
 * Optimization"), as torch.optim.Adam 1.13 computes it:
 *
 * ```
 * m = beta1·m + (1 − beta1)·g;  v = beta2·v + (1 − beta2)·g²
 * vv = amsgrad ? (vMax = max(vMax, v)) : v
 * g ← (m / (1 − beta1ᵗ)) / (sqrt(vv) / sqrt(1 − beta2ᵗ) + eps)
 * ```
 *
 * Follow it with {@linkcode scaleByLearningRate} (`adam`), or with
 * `addDecayedWeights(wd)` first (`adamw`).
 *
 * @example Adam as a chain
 * ```ts
 * import { chain, scaleByAdam, scaleByLearningRate } from "@rectify/core";
 * const adam = chain(scaleByAdam({ beta1: 0.9, beta2: 0.999 }), scaleByLearningRate(1e-3));
 * const p = [new Float32Array([1])], u = [new Float32Array([0.5])];
 * const ctx = { step: 1, lr: 1e-3 };
 * adam.update(u, adam.init(p, ctx), p, ctx);
 * console.log(u[0][0]); // about -0.001: Adam's first step has size lr
 * ```
 */
export function scaleByAdam(options: ScaleByAdamOptions = {}): GradientTransform {
  const b1 = options.beta1 ?? 0.9, b2 = options.beta2 ?? 0.999, eps = options.eps ?? 1e-8;
  const amsgrad = options.amsgrad ?? false;
  checkBeta("scaleByAdam", "beta1", b1);
  checkBeta("scaleByAdam", "beta2", b2);
  checkPositive("scaleByAdam", "eps", eps);
  return {
    init(params) {
      const state: TransformState = { mu: zerosLike(params), nu: zerosLike(params) };
      if (amsgrad) state.nuMax = zerosLike(params);
      return state;
    },
    update(updates, state, _params, ctx) {
      const bc1 = 1 - b1 ** ctx.step, bc2Sqrt = Math.sqrt(1 - b2 ** ctx.step);
      const mus = state.mu as Data[], nus = state.nu as Data[];
      const maxes = state.nuMax as Data[] | undefined;
      const a1 = 1 - b1, a2 = 1 - b2;
      for (let j = 0; j < updates.length; j++) {
        const u = updates[j], m = mus[j], v = nus[j], n = u.length;
        if (maxes) {
          const vm = maxes[j];
          for (let i = 0; i < n; i++) {
            const g = u[i];
            m[i] = b1 * m[i] + a1 * g;
            v[i] = b2 * v[i] + a2 * g * g;
            if (v[i] > vm[i]) vm[i] = v[i];
            u[i] = (m[i] / bc1) / (Math.sqrt(vm[i]) / bc2Sqrt + eps);
          }
        } else {
          for (let i = 0; i < n; i++) {
            const g = u[i];
            m[i] = b1 * m[i] + a1 * g;
            v[i] = b2 * v[i] + a2 * g * g;
            u[i] = (m[i] / bc1) / (Math.sqrt(v[i]) / bc2Sqrt + eps);
          }
        }
      }
    },
  };
}
