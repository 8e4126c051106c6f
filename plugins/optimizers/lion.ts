import { type Data, defineOptimizer, type OptimizerPlugin } from "../../core/mod.ts";
import { checkBeta, checkNonNegative } from "../_check.ts";
import {
  beginMoments,
  type MomentOptions,
  type RuleDefinition,
  storageLoops,
  updateRule,
} from "./_rule.ts";

/** Lion's state for one parameter: `expAvg` (the momentum m; `exp_avg` in common torch ports). */
export type LionState = { expAvg: Data };

/** Options of {@linkcode lionDefinition} (`weightDecay` is decoupled: added to the sign). */
export type LionDefinitionOptions = MomentOptions;

const lionLoops = storageLoops((fr) =>
  function lion(p: Data, g: Data, out: Data, s: LionState, c: number[]) {
    const k = c[0], wd = c[1], b1 = c[2], a1 = c[3], b2 = c[4], a2 = c[5];
    const m = s.expAvg;
    for (let i = 0; i < p.length; i++) {
      const pi = p[i], gi = g[i];
      const d = b1 * m[i] + a1 * gi;
      m[i] = b2 * m[i] + a2 * gi;
      // branch-free sign (random signs defeat branch prediction); d − d keeps NaN
      let u = +(d > 0) - +(d < 0) + (d - d);
      if (wd !== 0) u = fr(u + wd * pi);
      out[i] = pi + fr(u * k);
    }
  }
);

/**
 * Lion's rule, written once: `d = beta1·m + (1 − beta1)·g`,
 * `m = beta2·m + (1 − beta2)·g`, `p += k·(sign(d) + wd·p)`.
 * Coefficients `[k, wd, beta1, 1 − beta1, beta2, 1 − beta2]`.
 */
export function lionDefinition(o: LionDefinitionOptions): RuleDefinition<LionState> {
  return {
    buffers: { expAvg: { torch: "exp_avg", v01: "mu" } },
    size: 6,
    begin: (c, ctx) => beginMoments(c, ctx, o),
    loops: lionLoops,
  };
}

/**
 * Lion, EvoLved Sign Momentum (Chen et al. 2023, "Symbolic Discovery of
 * Optimization Algorithms", arXiv:2302.06675, Program 1), with the paper's
 * decoupled weight decay. Not part of torch 1.13; each element moves by
 * exactly lr·(±1 + wd·p) or lr·wd·p:
 *
 * ```
 * c = beta1·m + (1 − beta1)·g
 * p -= lr·(sign(c) + wd·p)
 * m = beta2·m + (1 − beta2)·g
 * ```
 *
 * State per parameter: `expAvg` (the momentum m). Reads `lr` at every step;
 * the other options are fixed when it is made.
 *
 * @example
 * ```ts
 * import { Optimizer, tensor } from "@rectify/core";
 * const w = tensor([1, -2], { requiresGrad: true });
 * const opt = new Optimizer({ w }, "lion:lr=0.0001,weightDecay=0.1");
 * w.mul(w).sum().backward();
 * opt.step();
 * console.log(w.toArray());
 * ```
 */
export const lion: OptimizerPlugin<{
  lr: number;
  beta1: number;
  beta2: number;
  weightDecay: number;
}> = defineOptimizer({
  name: "lion",
  version: "1.0.0",
  description: "Lion sign momentum (Chen et al. 2023)",
  defaults: {
    lr: 1e-4,
    beta1: 0.9,
    beta2: 0.99,
    weightDecay: 0,
  },
  validate(o) {
    const who = "lion";
    checkNonNegative(who, "lr", o.lr);
    checkBeta(who, "beta1", o.beta1);
    checkBeta(who, "beta2", o.beta2);
    checkNonNegative(who, "weightDecay", o.weightDecay);
  },
  create: (o) => updateRule(lionDefinition(o)),
});
