import { defineSchedule, type SchedulePlugin } from "../../core/mod.ts";
import { badState, checkInt, checkNonNegative, readInt } from "./_epoch.ts";

/**
 * Cosine annealing with warm restarts, SGDR (Loshchilov & Hutter 2017;
 * torch.optim.lr_scheduler.CosineAnnealingWarmRestarts stepped once per
 * epoch): the period starts at `t0` epochs and is multiplied by `tMult` after
 * each restart.
 *
 * ```
 * lr = etaMin + (base − etaMin)·(1 + cos(π·tCur/tI))/2
 * step: tCur += 1; if tCur >= tI: tCur −= tI, tI *= tMult
 * ```
 *
 * @example
 * ```ts
 * import { defaultRegistry } from "@rectify/core";
 * const s = defaultRegistry.create("schedule", "cosineWarmRestarts:t0=2,tMult=2");
 * const lrs = [];
 * for (let e = 0; e < 7; e++, s.step()) lrs.push(Number(s.lr(1).toFixed(3)));
 * console.log(lrs); // [1, 0.5, 1, 0.854, 0.5, 0.146, 1]
 * ```
 */
export const cosineWarmRestartsSchedule: SchedulePlugin<
  { t0: number; tMult: number; etaMin: number }
> = defineSchedule({
  name: "cosineWarmRestarts",
  version: "1.0.0",
  description: "SGDR: cosine annealing restarted every tI epochs, tI = t0 * tMult^restarts",
  defaults: { t0: 10, tMult: 1, etaMin: 0 },
  validate({ t0, tMult, etaMin }) {
    checkInt("cosineWarmRestarts", "t0", t0, 1);
    checkInt("cosineWarmRestarts", "tMult", tMult, 1);
    checkNonNegative("cosineWarmRestarts", "etaMin", etaMin);
  },
  create({ t0, tMult, etaMin }) {
    let epoch = 0, tCur = 0, tI = t0;
    const expected = "{ epoch, tCur, tI: integers, tCur < tI }";
    return {
      lr: (base) => etaMin + (base - etaMin) * (1 + Math.cos(Math.PI * tCur / tI)) / 2,
      step() {
        epoch++;
        tCur++;
        if (tCur >= tI) {
          tCur -= tI;
          tI *= tMult;
        }
      },
      state: () => ({ epoch, tCur, tI }),
      load(state) {
        const e = readInt("cosineWarmRestarts", state, "epoch", expected);
        const c = readInt("cosineWarmRestarts", state, "tCur", expected);
        const i = readInt("cosineWarmRestarts", state, "tI", expected);
        if (c >= i) badState("cosineWarmRestarts", state, expected);
        epoch = e;
        tCur = c;
        tI = i;
      },
    };
  },
});
