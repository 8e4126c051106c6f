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

/**
 * Adamax's state for one parameter: `expAvg` (torch `exp_avg`, the first
 * moment) and `expInf` (`exp_inf`, the decayed infinity norm).
 */
export type AdamaxState = { expAvg: Data; expInf: Data };

/** Options of {@linkcode adamaxDefinition}. */
export interface AdamaxDefinitionOptions extends MomentOptions {
  /** Added to |g| inside the max. */
  eps: number;
}

const adamaxLoops = storageLoops((fr) =>
  function adamax(p: Data, g: Data, out: Data, s: AdamaxState, c: number[]) {
    const k = c[0], wd = c[1], b1 = c[2], a1 = c[3], b2 = c[4], eps = c[6], bc1 = c[7];
    const m = s.expAvg, e = s.expInf;
    for (let i = 0; i < p.length; i++) {
      const pi = p[i];
      let u = g[i];
      if (wd !== 0) u = fr(u + wd * pi);
      const mi = fr(b1 * m[i] + a1 * u);
      m[i] = mi;
      const decayed = b2 * e[i], cur = Math.abs(u) + eps;
      const ei = fr(decayed > cur ? decayed : cur);
      e[i] = ei;
      u = fr(mi / (bc1 * ei));
      out[i] = pi + fr(u * k);
    }
  }
);

/**
 * Adamax's rule, written once: `u = g + wd·p`, `m = beta1·m + (1 − beta1)·u`,
 * `e = max(beta2·e, |u| + eps)`, `p += k·m / ((1 − beta1ᵗ)·e)`.
 * Coefficients `[k, wd, beta1, 1 − beta1, beta2, 1 − beta2, eps, 1 − beta1ᵗ]`.
 */
export function adamaxDefinition(o: AdamaxDefinitionOptions): RuleDefinition<AdamaxState> {
  const { beta1: b1, eps } = o;
  return {
    buffers: {
      expAvg: { torch: "exp_avg", v01: "mu" },
      expInf: { torch: "exp_inf", v01: "expInf" },
    },
    size: 8,
    begin(c, ctx) {
      beginMoments(c, ctx, o);
      c[6] = eps;
      c[7] = 1 - b1 ** ctx.step;
    },
    loops: adamaxLoops,
  };
}

/**
 * Adamax, Adam with the infinity norm (Kingma & Ba 2015, §7.1), exactly as
 * torch.optim.Adamax 1.13:
 *
 * ```
 * g += wd·p;  m = beta1·m + (1 − beta1)·g
 * u = max(beta2·u, |g| + eps)        (eps inside the max)
 * p -= (lr / (1 − beta1ᵗ)) · m / u
 * ```
 *
 * State per parameter: `expAvg` (torch `exp_avg`), `expInf` (`exp_inf`).
 * Reads `lr` at every step; the other options are fixed when it is made.
 *
 * @example
 * ```ts
 * import { Optimizer, tensor } from "@rectify/core";
 * const w = tensor([1, -2], { requiresGrad: true });
 * const opt = new Optimizer({ w }, "adamax:lr=0.002");
 * w.mul(w).sum().backward();
 * opt.step();
 * console.log(w.toArray());
 * ```
 */
export const adamax: OptimizerPlugin<AdamFamilyOptions> = defineOptimizer({
  name: "adamax",
  version: "1.0.0",
  description: "Adamax (torch.optim.Adamax)",
  defaults: { ...ADAM_DEFAULTS, lr: 2e-3 },
  validate: (o) => checkAdamFamily("adamax", o),
  create: (o) => updateRule(adamaxDefinition(o)),
});
