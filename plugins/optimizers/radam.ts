import { type Data, defineOptimizer, type OptimizerPlugin } from "../../core/mod.ts";
import { checkAdamFamily } from "../_check.ts";
import {
  ADAM_DEFAULTS,
  type AdamFamilyOptions,
  beginMoments,
  type MomentOptions,
  type RuleDefinition,
  storageLoops,
  updateRule,
} from "./_rule.ts";

/** RAdam's state for one parameter: `expAvg` (torch `exp_avg`) and `expAvgSq` (`exp_avg_sq`). */
export type RadamState = { expAvg: Data; expAvgSq: Data };

/** Options of {@linkcode radamDefinition}. */
export interface RadamDefinitionOptions extends MomentOptions {
  /** Added to the root of the second moment. */
  eps: number;
}

const radamLoops = storageLoops((fr, moment) =>
  function radam(p: Data, g: Data, out: Data, s: RadamState, c: number[]) {
    const k = c[0], wd = c[1], b1 = c[2], a1 = c[3], b2 = c[4], a2 = c[5], eps = c[6];
    const bc1 = c[7], rectify = c[8] !== 0, r = c[9];
    const m = s.expAvg, v = s.expAvgSq;
    moment(p, g, m, v, wd, b1, a1, b2, a2);
    for (let i = 0; i < p.length; i++) {
      const pi = p[i];
      // before the variance is tractable (rho ≤ 5): the bias-corrected momentum
      const u = rectify ? fr((m[i] / bc1) * r / (Math.sqrt(v[i]) + eps)) : fr(m[i] / bc1);
      out[i] = pi + fr(u * k);
    }
  }
);

/**
 * RAdam's rule, written once: m and v as Adam, `mHat = m / (1 − beta1ᵗ)`,
 * `rhoInf = 2/(1 − beta2) − 1`, `rho = rhoInf − 2t·beta2ᵗ/(1 − beta2ᵗ)`; when
 * rho > 5 `p += k·mHat·r·sqrt(1 − beta2ᵗ)/(sqrt(v) + eps)` with
 * `r = sqrt((rho−4)(rho−2)rhoInf / ((rhoInf−4)(rhoInf−2)rho))`, else
 * `p += k·mHat`. Coefficients `[k, wd, beta1, 1 − beta1, beta2, 1 − beta2,
 * eps, 1 − beta1ᵗ, rho > 5, r·sqrt(1 − beta2ᵗ)]`.
 */
export function radamDefinition(o: RadamDefinitionOptions): RuleDefinition<RadamState> {
  const { beta1: b1, beta2: b2, eps } = o;
  const rhoInf = 2 / (1 - b2) - 1;
  return {
    buffers: {
      expAvg: { torch: "exp_avg", v01: "mu" },
      expAvgSq: { torch: "exp_avg_sq", v01: "nu" },
    },
    size: 10,
    begin(c, ctx) {
      const t = ctx.step;
      const bc2 = 1 - b2 ** t;
      const rho = rhoInf - 2 * t * b2 ** t / bc2;
      beginMoments(c, ctx, o);
      c[6] = eps;
      c[7] = 1 - b1 ** t;
      c[8] = rho > 5 ? 1 : 0;
      c[9] = rho > 5
        ? Math.sqrt((rho - 4) * (rho - 2) * rhoInf / ((rhoInf - 4) * (rhoInf - 2) * rho)) *
          Math.sqrt(bc2)
        : 0;
    },
    loops: radamLoops,
  };
}

/**
 * RAdam, rectified Adam (Liu et al. 2020, "On the Variance of the Adaptive
 * Learning Rate and Beyond"), exactly as torch.optim.RAdam 1.13:
 *
 * ```
 * g += wd·p;  m, v as Adam;  mHat = m / (1 − beta1ᵗ)
 * rhoInf = 2/(1 − beta2) − 1;  rho = rhoInf − 2t·beta2ᵗ/(1 − beta2ᵗ)
 * rho > 5: r = sqrt((rho−4)(rho−2)rhoInf / ((rhoInf−4)(rhoInf−2)rho))
 *          p -= lr·mHat·r·sqrt(1 − beta2ᵗ) / (sqrt(v) + eps)
 * else:    p -= lr·mHat
 * ```
 *
 * State per parameter: `expAvg` (torch `exp_avg`), `expAvgSq` (`exp_avg_sq`).
 * Reads `lr` at every step; the other options are fixed when it is made.
 *
 * @example
 * ```ts
 * import { Optimizer, tensor } from "@rectify/core";
 * const w = tensor([1, -2], { requiresGrad: true });
 * const opt = new Optimizer({ w }, "radam:lr=0.001");
 * w.mul(w).sum().backward();
 * opt.step();
 * console.log(w.toArray());
 * ```
 */
export const radam: OptimizerPlugin<AdamFamilyOptions> = defineOptimizer({
  name: "radam",
  version: "1.0.0",
  description: "RAdam (torch.optim.RAdam)",
  defaults: { ...ADAM_DEFAULTS },
  validate: (o) => checkAdamFamily("radam", o),
  create: (o) => updateRule(radamDefinition(o)),
});
