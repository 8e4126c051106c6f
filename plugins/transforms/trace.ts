import type { GradientTransform } from "../../core/mod.ts";
import { sgdDefinition } from "../optimizers/sgd.ts";
import { ruleTransform } from "../optimizers/_rule.ts";
import { checkNonNegative, fail } from "./_check.ts";

/** Options of {@linkcode trace}. */
export interface TraceOptions {
  /** Momentum factor (0: the updates pass unchanged). */
  momentum: number;
  /** Dampening of the update in the buffer (default 0). */
  dampening?: number;
  /** Nesterov momentum (default false). */
  nesterov?: boolean;
}

/**
 * Momentum as torch.optim.SGD: `buf = t == 1 ? g : m·buf + (1 − d)·g`, then
 * `g = nesterov ? g + m·buf : buf`. SGD's rule (the `sgd` optimizer's) as a
 * transform; state `momentumBuffer` (torch `momentum_buffer`) when m ≠ 0.
 *
 * @example
 * ```ts
 * import { trace } from "@rectify/core";
 * const t = trace({ momentum: 0.9 });
 * console.log(typeof t.init); // "function"
 * ```
 */
export function trace(options: TraceOptions): GradientTransform {
  const momentum = options.momentum, dampening = options.dampening ?? 0;
  const nesterov = options.nesterov ?? false;
  checkNonNegative("trace", "momentum", momentum);
  if (nesterov && (momentum <= 0 || dampening !== 0)) {
    fail("trace", `nesterov needs momentum > 0 and dampening = 0, got ${momentum}, ${dampening}`);
  }
  return ruleTransform(
    sgdDefinition({ momentum, dampening, nesterov, weightDecay: 0, maximize: false }),
  );
}
