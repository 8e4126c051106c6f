import { type Data, defineOptimizer, type OptimizerPlugin } from "../../core/mod.ts";
import { checkPositive, checkRpropEtas } from "../transforms/_check.ts";
import { type RuleDefinition, storageLoops, updateRule } from "./_rule.ts";

/**
 * Rprop's state for one parameter: `prev` (torch `prev`, the last gradient
 * kept) and `stepSize` (`step_size`, the per-element step).
 */
export type RpropState = { prev: Data; stepSize: Data };

/** Options of {@linkcode rpropDefinition}. */
export interface RpropDefinitionOptions {
  /** The initial step; default: the group's lr when the parameter's state is made (torch). */
  initialStep?: number;
  /** Step factor after a sign change, in (0, 1). */
  etaMinus: number;
  /** Step factor while the sign holds, > 1. */
  etaPlus: number;
  /** Smallest step. */
  stepMin: number;
  /** Largest step. */
  stepMax: number;
}

const rpropLoops = storageLoops((fr) =>
  function rprop(p: Data, g: Data, out: Data, s: RpropState, c: number[]) {
    // c[1], c[2], c[3]: the step factors for a sign change, none, a kept sign
    const k = c[0], stepMin = c[4], stepMax = c[5];
    const prev = s.prev, steps = s.stepSize;
    for (let i = 0; i < p.length; i++) {
      // branch-free: sign patterns are random, so branches would mispredict
      const pi = p[i], gi = g[i], sg = gi * prev[i];
      const pos = +(sg > 0), neg = +(sg < 0);
      let st = steps[i] * c[2 + pos - neg];
      st = fr(st < stepMin ? stepMin : st > stepMax ? stepMax : st);
      steps[i] = st;
      const kept = gi * (1 - neg); // no move after a sign change
      prev[i] = kept;
      const u = (+(kept > 0) - +(kept < 0)) * st;
      out[i] = pi + fr(u * k);
    }
  }
);

/**
 * Rprop's rule, written once: `s = sign(g·prev)`,
 * `step = clamp(step·(s > 0 ? etaPlus : s < 0 ? etaMinus : 1), stepMin, stepMax)`,
 * `g = s < 0 ? 0 : g`, `prev = g`, `p += k·sign(g)·step` (k = −1: Rprop does
 * not scale by the lr). Coefficients `[k, etaMinus, 1, etaPlus, stepMin, stepMax]`.
 */
export function rpropDefinition(o: RpropDefinitionOptions): RuleDefinition<RpropState> {
  const { initialStep, etaMinus, etaPlus, stepMin, stepMax } = o;
  return {
    buffers: {
      prev: { torch: "prev", v01: "prev" },
      stepSize: {
        torch: "step_size",
        init: initialStep ?? ((ctx) => ctx.lr),
        v01: "stepSize",
      },
    },
    size: 6,
    begin(c) {
      c[0] = -1;
      c[1] = etaMinus;
      c[2] = 1;
      c[3] = etaPlus;
      c[4] = stepMin;
      c[5] = stepMax;
    },
    loops: rpropLoops,
  };
}

/**
 * Rprop, resilient backpropagation (Riedmiller & Braun 1993, "A Direct
 * Adaptive Method for Faster Backpropagation Learning: The RPROP Algorithm"),
 * exactly as torch.optim.Rprop 1.13. The lr is the initial per-element step:
 * as in torch, each parameter's steps start at the group's lr when its state
 * is made (its first step with a gradient; a schedule applied before that
 * reaches it), and later lr changes do not affect them:
 *
 * ```
 * s = sign(g·prev)                   (state at the first step: prev = 0, step = current lr)
 * step = clamp(step · (s > 0 ? etaPlus : s < 0 ? etaMinus : 1), stepMin, stepMax)
 * if s < 0: g = 0                    (no move after a sign change)
 * p -= sign(g)·step;  prev = g
 * ```
 *
 * State per parameter: `prev` (torch `prev`), `stepSize` (`step_size`).
 * `etaMinus`, `etaPlus`, `stepMin`, `stepMax` are fixed when it is made.
 *
 * @example
 * ```ts
 * import { Optimizer, tensor } from "@rectify/core";
 * const w = tensor([1, -2], { requiresGrad: true });
 * const opt = new Optimizer({ w }, "rprop:lr=0.01");
 * w.mul(w).sum().backward();
 * opt.step();
 * console.log(w.toArray());
 * ```
 */
export const rprop: OptimizerPlugin<{
  lr: number;
  etaMinus: number;
  etaPlus: number;
  stepMin: number;
  stepMax: number;
}> = defineOptimizer({
  name: "rprop",
  version: "1.0.0",
  description: "Rprop (torch.optim.Rprop)",
  defaults: {
    lr: 0.01,
    etaMinus: 0.5,
    etaPlus: 1.2,
    stepMin: 1e-6,
    stepMax: 50,
  },
  validate(o) {
    const who = "rprop";
    checkPositive(who, "lr", o.lr);
    checkRpropEtas(who, o.etaMinus, o.etaPlus, o.stepMin, o.stepMax);
  },
  create: ({ etaMinus, etaPlus, stepMin, stepMax }) =>
    updateRule(rpropDefinition({ etaMinus, etaPlus, stepMin, stepMax })),
});
