import { defineSchedule, RectifyError, type SchedulePlugin } from "../../core/mod.ts";
import { badState, checkInt, checkNonNegative, fail, readInt } from "./_epoch.ts";

/**
 * Reduce the learning rate when a metric stops improving
 * (torch.optim.lr_scheduler.ReduceLROnPlateau). `step(metric)` must get the
 * metric (e.g. the validation loss):
 *
 * ```
 * better = mode min: m < best·(1 − threshold)  (thresholdMode "rel") | m < best − threshold ("abs")
 *          mode max: m > best·(1 + threshold)                        | m > best + threshold
 * better ? (best = m, bad = 0) : bad += 1
 * in cooldown: cooldown −= 1, bad = 0
 * bad > patience: lr = max(lr·factor, minLr) (only if it drops by more than eps),
 *                 cooldown = cooldown option, bad = 0
 * ```
 *
 * @example
 * ```ts
 * import { defaultRegistry } from "@rectify/core";
 * const s = defaultRegistry.create("schedule", "reduceOnPlateau:patience=1,factor=0.5");
 * for (const loss of [1, 0.5, 0.6, 0.7]) s.step(loss);
 * console.log(s.lr(0.1)); // 0.05
 * ```
 */
export const reduceOnPlateauSchedule: SchedulePlugin<{
  mode: string;
  factor: number;
  patience: number;
  threshold: number;
  thresholdMode: string;
  cooldown: number;
  minLr: number;
  eps: number;
}> = defineSchedule({
  name: "reduceOnPlateau",
  version: "1.0.0",
  description: "multiply lr by factor after `patience` epochs without improvement",
  defaults: {
    mode: "min",
    factor: 0.1,
    patience: 10,
    threshold: 1e-4,
    thresholdMode: "rel",
    cooldown: 0,
    minLr: 0,
    eps: 1e-8,
  },
  validate(o) {
    const who = "reduceOnPlateau";
    if (o.mode !== "min" && o.mode !== "max") {
      fail(who, `mode must be "min" or "max", got "${o.mode}"`);
    }
    if (!(o.factor >= 0 && o.factor < 1)) fail(who, `factor must be in [0, 1), got ${o.factor}`);
    checkInt(who, "patience", o.patience, 0);
    checkNonNegative(who, "threshold", o.threshold);
    if (o.thresholdMode !== "rel" && o.thresholdMode !== "abs") {
      fail(who, `thresholdMode must be "rel" or "abs", got "${o.thresholdMode}"`);
    }
    checkInt(who, "cooldown", o.cooldown, 0);
    checkNonNegative(who, "minLr", o.minLr);
    checkNonNegative(who, "eps", o.eps);
  },
  create(o) {
    const min = o.mode === "min", rel = o.thresholdMode === "rel";
    let epoch = 0, best: number | null = null, bad = 0, cooldown = 0, reductions = 0;
    const better = (m: number, b: number | null): boolean => {
      if (b === null) return true; // best starts at ±inf
      if (min) return rel ? m < b * (1 - o.threshold) : m < b - o.threshold;
      return rel ? m > b * (1 + o.threshold) : m > b + o.threshold;
    };
    const expected = "{ epoch, best: number | null, numBadEpochs, cooldownCounter, reductions }";
    return {
      needsMetric: true,
      lr(base) {
        let lr = base;
        for (let k = 0; k < reductions; k++) {
          const next = Math.max(lr * o.factor, o.minLr);
          if (lr - next > o.eps) lr = next;
        }
        return lr;
      },
      step(metric) {
        if (typeof metric !== "number" || Number.isNaN(metric)) {
          throw new RectifyError(
            "usage",
            `Schedule "reduceOnPlateau": step(metric) needs the monitored metric as a number, got ${metric}; pass it every epoch, e.g. schedule.step(valLoss) (every schedule accepts a metric, so a loop can always pass one)`,
          );
        }
        epoch++;
        if (better(metric, best)) {
          best = metric;
          bad = 0;
        } else bad++;
        if (cooldown > 0) {
          cooldown--;
          bad = 0;
        }
        if (bad > o.patience) {
          reductions++;
          cooldown = o.cooldown;
          bad = 0;
        }
      },
      state: () => ({ epoch, best, numBadEpochs: bad, cooldownCounter: cooldown, reductions }),
      load(state) {
        const e = readInt("reduceOnPlateau", state, "epoch", expected);
        const b = (state as { best?: unknown }).best;
        if (b !== null && typeof b !== "number") badState("reduceOnPlateau", state, expected);
        bad = readInt("reduceOnPlateau", state, "numBadEpochs", expected);
        cooldown = readInt("reduceOnPlateau", state, "cooldownCounter", expected);
        reductions = readInt("reduceOnPlateau", state, "reductions", expected);
        epoch = e;
        best = b as number | null;
      },
    };
  },
});
