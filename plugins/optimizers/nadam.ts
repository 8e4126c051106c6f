import { type Data, defineOptimizer, type OptimizerPlugin } from "../../core/mod.ts";
import { checkAdamFamily, checkNonNegative } from "../_check.ts";
import {
  ADAM_DEFAULTS,
  type AdamFamilyOptions,
  beginMoments,
  type MomentOptions,
  type RuleDefinition,
  storageLoops,
  updateRule,
} from "./_rule.ts";

/**
 * NAdam's state for one parameter: `expAvg` (torch `exp_avg`) and `expAvgSq`
 * (`exp_avg_sq`); the group keeps the scalar `muProduct` (`mu_product`, the
 * product of the momentum schedule so far).
 */
export type NadamState = { expAvg: Data; expAvgSq: Data };

/** Options of {@linkcode nadamDefinition}. */
export interface NadamDefinitionOptions extends MomentOptions {
  /** Added to the bias-corrected root of the second moment. */
  eps: number;
  /** Momentum schedule decay ψ. */
  momentumDecay: number;
}

const nadamLoops = storageLoops((fr, moment) =>
  function nadam(p: Data, g: Data, out: Data, s: NadamState, c: number[]) {
    const k = c[0], wd = c[1], b1 = c[2], a1 = c[3], b2 = c[4], a2 = c[5], eps = c[6];
    const bc2 = c[7], cg = c[8], cm = c[9];
    const m = s.expAvg, v = s.expAvgSq;
    moment(p, g, m, v, wd, b1, a1, b2, a2);
    const W = fr(wd);
    for (let i = 0; i < p.length; i++) {
      const pi = p[i];
      const gi = W !== 0 ? fr(g[i] + fr(W * pi)) : g[i]; // u of the moment pass
      const u = fr((cg * gi + cm * m[i]) / (Math.sqrt(v[i] / bc2) + eps));
      out[i] = pi + fr(u * k);
    }
  }
);

/**
 * NAdam's rule, written once, with torch 1.13's momentum schedule
 * `mu(t) = beta1·(1 − 0.5·0.96^(t·ψ))` and `muProduct = mu(1)·…·mu(t)`:
 * `u = g + wd·p`, m and v as Adam, `d = sqrt(v / (1 − beta2ᵗ)) + eps`,
 * `p += k·((1 − mu(t))/(1 − prod)·u/d + mu(t+1)/(1 − prod·mu(t+1))·m/d)`.
 * Coefficients `[k, wd, beta1, 1 − beta1, beta2, 1 − beta2, eps, 1 − beta2ᵗ,
 * cg, cm]`.
 */
export function nadamDefinition(o: NadamDefinitionOptions): RuleDefinition<NadamState> {
  const { beta1: b1, beta2: b2, eps, momentumDecay: psi } = o;
  return {
    buffers: {
      expAvg: { torch: "exp_avg", v01: "mu" },
      expAvgSq: { torch: "exp_avg_sq", v01: "nu" },
    },
    scalars: { muProduct: { torch: "mu_product", init: 1, v01: "muProduct" } },
    size: 10,
    begin(c, ctx, scalars) {
      const t = ctx.step;
      const mu = b1 * (1 - 0.5 * 0.96 ** (t * psi));
      const muNext = b1 * (1 - 0.5 * 0.96 ** ((t + 1) * psi));
      const prod = scalars.muProduct * mu;
      scalars.muProduct = prod;
      beginMoments(c, ctx, o);
      c[6] = eps;
      c[7] = 1 - b2 ** t;
      c[8] = (1 - mu) / (1 - prod);
      c[9] = muNext / (1 - prod * muNext);
    },
    loops: nadamLoops,
  };
}

/**
 * NAdam, Adam with Nesterov momentum (Dozat 2016, "Incorporating Nesterov
 * Momentum into Adam"), exactly as torch.optim.NAdam 1.13:
 *
 * ```
 * g += wd·p
 * mu(k) = beta1·(1 − 0.5·0.96^(k·momentumDecay));  prod_t = mu(1)·…·mu(t)
 * m = beta1·m + (1 − beta1)·g;  v = beta2·v + (1 − beta2)·g²
 * d = sqrt(v / (1 − beta2ᵗ)) + eps
 * p -= lr·(1 − mu(t))/(1 − prod_t) · g/d
 * p -= lr·mu(t+1)/(1 − prod_t·mu(t+1)) · m/d
 * ```
 *
 * State per parameter: `expAvg` (torch `exp_avg`), `expAvgSq` (`exp_avg_sq`);
 * per group the scalar `muProduct` (torch keeps `mu_product` per parameter).
 * Reads `lr` at every step; the other options are fixed when it is made.
 *
 * @example
 * ```ts
 * import { Optimizer, tensor } from "@rectify/core";
 * const w = tensor([1, -2], { requiresGrad: true });
 * const opt = new Optimizer({ w }, "nadam:lr=0.002");
 * w.mul(w).sum().backward();
 * opt.step();
 * console.log(w.toArray());
 * ```
 */
export const nadam: OptimizerPlugin<
  AdamFamilyOptions & {
    momentumDecay: number;
  }
> = defineOptimizer({
  name: "nadam",
  version: "1.0.0",
  description: "NAdam (torch.optim.NAdam)",
  defaults: { ...ADAM_DEFAULTS, lr: 2e-3, momentumDecay: 4e-3 },
  validate(o) {
    checkAdamFamily("nadam", o);
    checkNonNegative("nadam", "momentumDecay", o.momentumDecay);
  },
  create: (o) => updateRule(nadamDefinition(o)),
});
