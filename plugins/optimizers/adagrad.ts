import { type Data, defineOptimizer, type OptimizerPlugin } from "../../core/mod.ts";
import { checkNonNegative, checkPositive } from "../_check.ts";
import { type RuleDefinition, storageLoops, updateRule } from "./_rule.ts";

/** Adagrad's state for one parameter: `sum` (torch `sum`), the running sum of squared gradients. */
export type AdagradState = { sum: Data };

/** Options of {@linkcode adagradDefinition}. */
export interface AdagradDefinitionOptions {
  /** Starting value of `sum`. */
  initialAccumulatorValue: number;
  /** Added outside the square root. */
  eps: number;
  /** Step-size decay: the update is divided by `1 + (t − 1)·lrDecay`. */
  lrDecay: number;
  /** L2 penalty added to the gradient. */
  weightDecay: number;
}

const adagradLoops = storageLoops((fr) =>
  function adagrad(p: Data, g: Data, out: Data, s: AdagradState, c: number[]) {
    const k = c[0], wd = c[1], decay = c[2], eps = c[3];
    const sum = s.sum;
    for (let i = 0; i < p.length; i++) {
      const pi = p[i];
      let u = g[i];
      if (wd !== 0) u = fr(u + wd * pi);
      const si = fr(sum[i] + u * u);
      sum[i] = si;
      u = fr(decay * u / (Math.sqrt(si) + eps));
      out[i] = pi + fr(u * k);
    }
  }
);

/**
 * Adagrad's rule, written once: `u = g + wd·p`, `sum += u²`,
 * `u = u / (sqrt(sum) + eps) / (1 + (t − 1)·lrDecay)`, `p += k·u`.
 * Coefficients `[k, wd, 1 / (1 + (t − 1)·lrDecay), eps]`.
 */
export function adagradDefinition(o: AdagradDefinitionOptions): RuleDefinition<AdagradState> {
  const { initialAccumulatorValue, eps, lrDecay, weightDecay } = o;
  return {
    buffers: { sum: { torch: "sum", init: initialAccumulatorValue, v01: "sum" } },
    size: 4,
    begin(c, ctx) {
      c[0] = -ctx.lr;
      c[1] = weightDecay;
      c[2] = 1 / (1 + (ctx.step - 1) * lrDecay);
      c[3] = eps;
    },
    loops: adagradLoops,
  };
}

/**
 * Adagrad (Duchi, Hazan & Singer 2011, "Adaptive Subgradient Methods for
 * Online Learning and Stochastic Optimization"), exactly as
 * torch.optim.Adagrad 1.13:
 *
 * ```
 * g += wd·p;  clr = lr / (1 + (t − 1)·lrDecay)
 * sum += g²            (sum starts at initialAccumulatorValue)
 * p -= clr · g / (sqrt(sum) + eps)
 * ```
 *
 * State per parameter: `sum` (torch `sum`). Reads `lr` at every step; the
 * other options are fixed when it is made (torch also fills `sum` when the
 * optimizer is made).
 *
 * @example
 * ```ts
 * import { Optimizer, tensor } from "@rectify/core";
 * const w = tensor([1, -2], { requiresGrad: true });
 * const opt = new Optimizer({ w }, "adagrad:lr=0.1");
 * w.mul(w).sum().backward();
 * opt.step();
 * console.log(w.toArray());
 * ```
 */
export const adagrad: OptimizerPlugin<{
  lr: number;
  lrDecay: number;
  weightDecay: number;
  initialAccumulatorValue: number;
  eps: number;
}> = defineOptimizer({
  name: "adagrad",
  version: "1.0.0",
  description: "Adagrad (torch.optim.Adagrad)",
  defaults: {
    lr: 0.01,
    lrDecay: 0,
    weightDecay: 0,
    initialAccumulatorValue: 0,
    eps: 1e-10,
  },
  validate(o) {
    const who = "adagrad";
    checkNonNegative(who, "lr", o.lr);
    checkNonNegative(who, "lrDecay", o.lrDecay);
    checkNonNegative(who, "weightDecay", o.weightDecay);
    checkNonNegative(who, "initialAccumulatorValue", o.initialAccumulatorValue);
    checkPositive(who, "eps", o.eps);
  },
  create: (o) => updateRule(adagradDefinition(o)),
});
