import { type Data, defineOptimizer, type OptimizerPlugin } from "../../core/mod.ts";
import { checkBeta, checkNonNegative, checkPositive } from "../_check.ts";
import { type RuleDefinition, storageLoops, updateRule } from "./_rule.ts";

/**
 * Adadelta's state for one parameter: `squareAvg` (torch `square_avg`, the
 * running average of g²) and `accDelta` (`acc_delta`, of the squared updates).
 */
export type AdadeltaState = { squareAvg: Data; accDelta: Data };

/** Options of {@linkcode adadeltaDefinition}. */
export interface AdadeltaDefinitionOptions {
  /** Decay of both running averages. */
  rho: number;
  /** Added inside both square roots. */
  eps: number;
  /** L2 penalty added to the gradient. */
  weightDecay: number;
}

const adadeltaLoops = storageLoops((fr) =>
  function adadelta(p: Data, g: Data, out: Data, s: AdadeltaState, c: number[]) {
    const k = c[0], wd = c[1], rho = c[2], r1 = c[3], eps = c[4];
    const v = s.squareAvg, a = s.accDelta;
    for (let i = 0; i < p.length; i++) {
      const pi = p[i];
      let u = g[i];
      if (wd !== 0) u = fr(u + wd * pi);
      const vi = fr(rho * v[i] + r1 * u * u);
      v[i] = vi;
      // delta stays a double for the accumulator
      const delta = Math.sqrt(a[i] + eps) / Math.sqrt(vi + eps) * u;
      a[i] = rho * a[i] + r1 * delta * delta;
      u = fr(delta);
      out[i] = pi + fr(u * k);
    }
  }
);

/**
 * Adadelta's rule, written once: `u = g + wd·p`, `v = rho·v + (1 − rho)·u²`,
 * `delta = sqrt(acc + eps) / sqrt(v + eps) · u`,
 * `acc = rho·acc + (1 − rho)·delta²`, `p += k·delta`.
 * Coefficients `[k, wd, rho, 1 − rho, eps]`.
 */
export function adadeltaDefinition(o: AdadeltaDefinitionOptions): RuleDefinition<AdadeltaState> {
  const { rho, eps, weightDecay } = o;
  return {
    buffers: {
      squareAvg: { torch: "square_avg", v01: "squareAvg" },
      accDelta: { torch: "acc_delta", v01: "accDelta" },
    },
    size: 5,
    begin(c, ctx) {
      c[0] = -ctx.lr;
      c[1] = weightDecay;
      c[2] = rho;
      c[3] = 1 - rho;
      c[4] = eps;
    },
    loops: adadeltaLoops,
  };
}

/**
 * Adadelta (Zeiler 2012, "ADADELTA: An Adaptive Learning Rate Method"),
 * exactly as torch.optim.Adadelta 1.13:
 *
 * ```
 * g += wd·p;  v = rho·v + (1 − rho)·g²
 * delta = sqrt(u + eps) / sqrt(v + eps) · g
 * u = rho·u + (1 − rho)·delta²;  p -= lr·delta
 * ```
 *
 * State per parameter: `squareAvg` (torch `square_avg`), `accDelta`
 * (`acc_delta`). Reads `lr` at every step; the other options are fixed when
 * it is made.
 *
 * @example
 * ```ts
 * import { Optimizer, tensor } from "@rectify/core";
 * const w = tensor([1, -2], { requiresGrad: true });
 * const opt = new Optimizer({ w }, "adadelta:rho=0.95");
 * w.mul(w).sum().backward();
 * opt.step();
 * console.log(w.toArray());
 * ```
 */
export const adadelta: OptimizerPlugin<{
  lr: number;
  rho: number;
  eps: number;
  weightDecay: number;
}> = defineOptimizer({
  name: "adadelta",
  version: "1.0.0",
  description: "Adadelta (torch.optim.Adadelta)",
  defaults: {
    lr: 1.0,
    rho: 0.9,
    eps: 1e-6,
    weightDecay: 0,
  },
  validate(o) {
    const who = "adadelta";
    checkNonNegative(who, "lr", o.lr);
    checkBeta(who, "rho", o.rho);
    checkPositive(who, "eps", o.eps);
    checkNonNegative(who, "weightDecay", o.weightDecay);
  },
  create: (o) => updateRule(adadeltaDefinition(o)),
});
