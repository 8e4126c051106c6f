import type { GradientTransform, Schedule } from "../../core/mod.ts";

/**
 * Multiply updates by `-lr`: the group's current lr (no argument), a fixed
 * number, a function of the step count (optax style), or a
 * {@linkcode Schedule} plugin instance, which is asked `schedule.lr(groupLr)`
 * at every update (step it once per epoch yourself, as with torch schedulers).
 *
 * @example
 * ```ts
 * import { scaleByLearningRate } from "@rectify/core";
 * const t = scaleByLearningRate(0.1);
 * const u = [new Float32Array([1, 2])];
 * t.update(u, t.init(u, { step: 1, lr: 0 }), u, { step: 1, lr: 0 });
 * console.log(u[0]); // [-0.1, -0.2]
 * ```
 */
export function scaleByLearningRate(
  lr?: number | ((step: number) => number) | Schedule,
): GradientTransform {
  return {
    init: () => ({}),
    update(updates, _s, _p, ctx) {
      const r = lr === undefined
        ? ctx.lr
        : typeof lr === "number"
        ? lr
        : typeof lr === "function"
        ? lr(ctx.step)
        : lr.lr(ctx.lr);
      const k = -r;
      for (const u of updates) for (let i = 0; i < u.length; i++) u[i] *= k;
    },
  };
}
