import { defineSchedule, RectifyError, type SchedulePlugin } from "../../core/mod.ts";
import { checkInt, checkNonNegative, checkPositive, epochSchedule, fail } from "./_epoch.ts";

/**
 * The 1cycle policy (Smith & Topin 2019, "Super-Convergence"), as
 * torch.optim.lr_scheduler.OneCycleLR stepped once per batch, without the
 * momentum cycling. With M = maxLr (or the optimizer's base lr when maxLr is
 * 0), initial = M/divFactor and min = initial/finalDivFactor, the phases end
 * at step `pctStart·totalSteps − 1` (initial → M) and `totalSteps − 1`
 * (M → min); with `threePhase` they end at `pctStart·totalSteps − 1`
 * (initial → M), `2·pctStart·totalSteps − 2` (M → initial) and
 * `totalSteps − 1` (initial → min). Within a phase from `s` to `e`,
 * pct = (step − start)/(end − start) and
 *
 * ```
 * cos:    lr = e + (s − e)·(1 + cos(π·pct))/2
 * linear: lr = s + (e − s)·pct
 * ```
 *
 * Stepping past `totalSteps` is an error, as in torch.
 *
 * @example
 * ```ts
 * import { defaultRegistry } from "@rectify/core";
 * const s = defaultRegistry.create("schedule", "oneCycle:maxLr=1,totalSteps=10");
 * console.log(s.lr(0)); // about 0.04 (= maxLr / divFactor)
 * for (let i = 0; i < 2; i++) s.step();
 * console.log(s.lr(0)); // 1 (the peak, at step pctStart·totalSteps − 1 = 2)
 * ```
 */
export const oneCycleSchedule: SchedulePlugin<{
  maxLr: number;
  totalSteps: number;
  pctStart: number;
  annealStrategy: string;
  divFactor: number;
  finalDivFactor: number;
  threePhase: boolean;
}> = defineSchedule({
  name: "oneCycle",
  version: "1.0.0",
  description: "1cycle: warm up to maxLr, then anneal far below the start (OneCycleLR)",
  defaults: {
    maxLr: 0,
    totalSteps: 100,
    pctStart: 0.3,
    annealStrategy: "cos",
    divFactor: 25,
    finalDivFactor: 1e4,
    threePhase: false,
  },
  validate(o) {
    checkNonNegative("oneCycle", "maxLr", o.maxLr);
    checkInt("oneCycle", "totalSteps", o.totalSteps, 1);
    if (!(o.pctStart > 0 && o.pctStart < 1)) {
      fail("oneCycle", `pctStart must be in (0, 1), got ${o.pctStart}`);
    }
    if (o.annealStrategy !== "cos" && o.annealStrategy !== "linear") {
      fail("oneCycle", `annealStrategy must be "cos" or "linear", got "${o.annealStrategy}"`);
    }
    checkPositive("oneCycle", "divFactor", o.divFactor);
    checkPositive("oneCycle", "finalDivFactor", o.finalDivFactor);
    if (o.threePhase && !(2 * o.pctStart * o.totalSteps - 2 < o.totalSteps - 1)) {
      fail(
        "oneCycle",
        `with threePhase, 2·pctStart·totalSteps − 2 must be < totalSteps − 1, got pctStart ${o.pctStart}, totalSteps ${o.totalSteps}`,
      );
    }
  },
  create(o) {
    const cos = o.annealStrategy === "cos";
    const anneal = (s: number, e: number, pct: number) =>
      cos ? e + (s - e) * (1 + Math.cos(Math.PI * pct)) / 2 : s + (e - s) * pct;
    const end1 = o.pctStart * o.totalSteps - 1;
    // Phases as [endStep, from, to] with 0 = initial, 1 = max, 2 = min.
    const phases: [number, number, number][] = o.threePhase
      ? [[end1, 0, 1], [2 * o.pctStart * o.totalSteps - 2, 1, 0], [o.totalSteps - 1, 0, 2]]
      : [[end1, 0, 1], [o.totalSteps - 1, 1, 2]];
    const inner = epochSchedule("oneCycle", (base, step) => {
      const max = o.maxLr > 0 ? o.maxLr : base;
      const initial = max / o.divFactor;
      const levels = [initial, max, initial / o.finalDivFactor];
      let start = 0;
      for (let i = 0; i < phases.length; i++) {
        const [end, from, to] = phases[i];
        if (step <= end || i === phases.length - 1) {
          return anneal(levels[from], levels[to], (step - start) / (end - start));
        }
        start = end;
      }
      return levels[2];
    });
    let steps = 0;
    return {
      lr: inner.lr,
      step() {
        if (steps + 1 > o.totalSteps) {
          throw new RectifyError(
            "usage",
            `Schedule "oneCycle": tried to step ${
              steps + 1
            } times, but totalSteps is ${o.totalSteps}`,
          );
        }
        steps++;
        inner.step();
      },
      state: inner.state,
      load(state) {
        inner.load(state);
        steps = (inner.state() as { epoch: number }).epoch;
      },
    };
  },
});
