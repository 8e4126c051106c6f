import { type Data, defineOptimizer, type OptimizerPlugin } from "../../core/mod.ts";
import { checkBeta, checkNonNegative, checkPositive } from "../_check.ts";
import { type RuleDefinition, storageLoops, updateRule } from "./_rule.ts";

/**
 * RMSProp's state for one parameter: `squareAvg` (torch `square_avg`), with
 * `centered` `gradAvg` (`grad_avg`), with momentum `momentumBuffer`
 * (`momentum_buffer`).
 */
export type RmspropState = { squareAvg: Data; gradAvg?: Data; momentumBuffer?: Data };

/** Options of {@linkcode rmspropDefinition}. */
export interface RmspropDefinitionOptions {
  /** Smoothing constant of the squared-gradient average. */
  alpha: number;
  /** Added outside the square root. */
  eps: number;
  /** Divide by the estimated variance instead of the raw second moment. */
  centered: boolean;
  /** Momentum of the rescaled update (0: none). */
  momentum: number;
  /** L2 penalty added to the gradient. */
  weightDecay: number;
}

const rmspropLoops = storageLoops((fr) =>
  function rmsprop(p: Data, g: Data, out: Data, s: RmspropState, c: number[]) {
    const k = c[0], wd = c[1], alpha = c[2], a1 = c[3], eps = c[4], centered = c[5] !== 0;
    const m = c[6], decay = c[7];
    const v = s.squareAvg, ga = (s.gradAvg ?? v) as Data, b = (s.momentumBuffer ?? v) as Data;
    for (let i = 0; i < p.length; i++) {
      const pi = p[i];
      let u = g[i];
      if (wd !== 0) u = fr(u + wd * pi);
      const vi = fr(alpha * v[i] + a1 * u * u);
      v[i] = vi;
      if (centered) {
        const gai = fr(alpha * ga[i] + a1 * u);
        ga[i] = gai;
        u = fr(u / (Math.sqrt(vi - gai * gai) + eps));
      } else u = fr(u / (Math.sqrt(vi) + eps));
      if (m > 0) {
        // momentum without dampening; decay is −0 at the group's first step: buffer = u
        const bi = fr(decay * b[i] + u);
        b[i] = bi;
        u = bi;
      }
      out[i] = pi + fr(u * k);
    }
  }
);

/**
 * RMSProp's rule, written once: `u = g + wd·p`, `v = alpha·v + (1 − alpha)·u²`,
 * centered `gAvg = alpha·gAvg + (1 − alpha)·u` and `d = sqrt(v − gAvg²) + eps`
 * (else `d = sqrt(v) + eps`), `u = u/d`; momentum `buf = momentum·buf + u`,
 * `u = buf`; `p += k·u`. Coefficients
 * `[k, wd, alpha, 1 − alpha, eps, centered, momentum, buffer decay]`: the
 * decay is the momentum, or −0 at the group's first step, so that the fresh
 * (zero) buffer becomes u exactly (−0·0 + u = u for every u), as torch.
 */
export function rmspropDefinition(o: RmspropDefinitionOptions): RuleDefinition<RmspropState> {
  const { alpha, eps, centered, momentum, weightDecay } = o;
  return {
    buffers: {
      squareAvg: { torch: "square_avg", v01: "nu" },
      ...(centered ? { gradAvg: { torch: "grad_avg", v01: "gAvg" } } : {}),
      ...(momentum > 0
        ? { momentumBuffer: { torch: "momentum_buffer", v01: "momentumBuffer" } }
        : {}),
    },
    size: 8,
    begin(c, ctx) {
      c[0] = -ctx.lr;
      c[1] = weightDecay;
      c[2] = alpha;
      c[3] = 1 - alpha;
      c[4] = eps;
      c[5] = centered ? 1 : 0;
      c[6] = momentum;
      c[7] = ctx.step === 1 ? -0 : momentum;
    },
    loops: rmspropLoops,
  };
}

/**
 * RMSProp (Hinton 2012, Lecture 6e of "Neural Networks for Machine Learning";
 * centered variant from Graves 2013, "Generating Sequences With Recurrent
 * Neural Networks"), exactly as torch.optim.RMSprop 1.13:
 *
 * ```
 * g += wd·p;  v = alpha·v + (1 − alpha)·g²
 * centered: gAvg = alpha·gAvg + (1 − alpha)·g;  d = sqrt(v − gAvg²) + eps
 * else:     d = sqrt(v) + eps
 * momentum > 0: buf = momentum·buf + g/d;  p -= lr·buf
 * else:         p -= lr·g/d
 * ```
 *
 * State per parameter: `squareAvg` (torch `square_avg`), centered `gradAvg`
 * (`grad_avg`), with momentum `momentumBuffer` (`momentum_buffer`). Reads
 * `lr` at every step; the other options are fixed when it is made.
 *
 * @example
 * ```ts
 * import { Optimizer, tensor } from "@rectify/core";
 * const w = tensor([1, -2], { requiresGrad: true });
 * const opt = new Optimizer({ w }, "rmsprop:lr=0.01,momentum=0.9,centered=true");
 * w.mul(w).sum().backward();
 * opt.step();
 * console.log(w.toArray());
 * ```
 */
export const rmsprop: OptimizerPlugin<{
  lr: number;
  alpha: number;
  eps: number;
  weightDecay: number;
  momentum: number;
  centered: boolean;
}> = defineOptimizer({
  name: "rmsprop",
  version: "1.0.0",
  description: "RMSProp, optionally centered and with momentum (torch.optim.RMSprop)",
  defaults: {
    lr: 0.01,
    alpha: 0.99,
    eps: 1e-8,
    weightDecay: 0,
    momentum: 0,
    centered: false,
  },
  validate(o) {
    const who = "rmsprop";
    checkNonNegative(who, "lr", o.lr);
    checkBeta(who, "alpha", o.alpha);
    checkPositive(who, "eps", o.eps);
    checkNonNegative(who, "weightDecay", o.weightDecay);
    checkNonNegative(who, "momentum", o.momentum);
  },
  create: (o) => updateRule(rmspropDefinition(o)),
});
