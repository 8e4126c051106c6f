import type { GradientTransform } from "../../core/mod.ts";
import { rpropDefinition } from "../optimizers/rprop.ts";
import { ruleTransform } from "../optimizers/_rule.ts";
import { checkPositive, checkRpropEtas } from "./_check.ts";

/** Options of {@linkcode scaleByRprop}. */
export interface ScaleByRpropOptions {
  /**
   * Initial per-element step size. Default: the group's learning rate at the
   * moment the state is created (the first step), as torch's
   * `step_size.fill_(group['lr'])`, so a schedule that set the lr before the
   * first step reaches it.
   */
  initialStep?: number;
  /** Step factor after a sign change, in (0, 1) (default 0.5). */
  etaMinus?: number;
  /** Step factor while the sign holds, > 1 (default 1.2). */
  etaPlus?: number;
  /** Smallest step (default 1e-6). */
  stepMin?: number;
  /** Largest step (default 50). */
  stepMax?: number;
}

/**
 * Rprop, resilient backpropagation (Riedmiller & Braun 1993), as
 * torch.optim.Rprop 1.13. Produces the **positive** step `sign(g)·step`;
 * follow it with `scale(-1)`. The learning rate is read once, when the state
 * is created (`step = initialStep ?? ctx.lr`); later lr changes do not
 * affect the adapted steps, as in torch:
 *
 * ```
 * s = sign(g·prev)
 * step = clamp(step · (s > 0 ? etaPlus : s < 0 ? etaMinus : 1), stepMin, stepMax)
 * if s < 0: g = 0            (no move after a sign change)
 * prev = g;  g ← sign(g)·step
 * ```
 *
 * Rprop's rule as a transform; state `prev`, `stepSize` (torch `prev`,
 * `step_size`).
 *
 * @example
 * ```ts
 * import { chain, scale, scaleByRprop } from "@rectify/core";
 * const rprop = chain(scaleByRprop({ initialStep: 0.01 }), scale(-1));
 * const p = [new Float32Array([1, 1])], u = [new Float32Array([3, -2])];
 * const ctx = { step: 1, lr: 0 };
 * rprop.update(u, rprop.init(p, ctx), p, ctx);
 * console.log(Array.from(u[0])); // about [-0.01, 0.01] (float32)
 * ```
 */
export function scaleByRprop(options: ScaleByRpropOptions = {}): GradientTransform {
  const initialStep = options.initialStep;
  const etaMinus = options.etaMinus ?? 0.5, etaPlus = options.etaPlus ?? 1.2;
  const stepMin = options.stepMin ?? 1e-6, stepMax = options.stepMax ?? 50;
  if (initialStep !== undefined) checkPositive("scaleByRprop", "initialStep", initialStep);
  checkRpropEtas("scaleByRprop", etaMinus, etaPlus, stepMin, stepMax);
  return ruleTransform(rpropDefinition({ initialStep, etaMinus, etaPlus, stepMin, stepMax }));
}
