import { type Data, type GradientTransform, zerosLike } from "../../core/mod.ts";
import { checkBeta, checkPositive } from "./_check.ts";

/** Options of {@linkcode scaleByAdadelta}. */
export interface ScaleByAdadeltaOptions {
  /** Decay of both running averages (default 0.9). */
  rho?: number;
  /** Added inside both square roots (default 1e-6). */
  eps?: number;
}

/**
 * Adadelta's rescaling (Zeiler 2012, "ADADELTA: An Adaptive Learning Rate
 * Method"), as torch.optim.Adadelta 1.13:
 *
 * ```
 * v = rho·v + (1 − rho)·g²
 * delta = sqrt(u + eps) / sqrt(v + eps) · g
 * u = rho·u + (1 − rho)·delta²;  g ← delta
 * ```
 *
 * @example
 * ```ts
 * import { chain, scaleByAdadelta, scaleByLearningRate } from "@rectify/core";
 * const adadelta = chain(scaleByAdadelta({ rho: 0.9 }), scaleByLearningRate(1));
 * console.log(typeof adadelta.update); // "function"
 * ```
 */
export function scaleByAdadelta(options: ScaleByAdadeltaOptions = {}): GradientTransform {
  const rho = options.rho ?? 0.9, eps = options.eps ?? 1e-6;
  checkBeta("scaleByAdadelta", "rho", rho);
  checkPositive("scaleByAdadelta", "eps", eps);
  const r1 = 1 - rho;
  return {
    init: (params) => ({ squareAvg: zerosLike(params), accDelta: zerosLike(params) }),
    update(updates, state) {
      const vs = state.squareAvg as Data[], us = state.accDelta as Data[];
      for (let j = 0; j < updates.length; j++) {
        const g = updates[j], v = vs[j], a = us[j], n = g.length;
        for (let i = 0; i < n; i++) {
          const gi = g[i];
          v[i] = rho * v[i] + r1 * gi * gi;
          const delta = Math.sqrt(a[i] + eps) / Math.sqrt(v[i] + eps) * gi;
          a[i] = rho * a[i] + r1 * delta * delta;
          g[i] = delta;
        }
      }
    },
  };
}
