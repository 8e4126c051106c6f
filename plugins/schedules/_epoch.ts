/**
 * Shared pieces of the epoch-counting schedules. @internal
 *
 * @module
 */

import { RectifyError, type Schedule } from "../../core/mod.ts";
export { checkInt, checkNonNegative, checkPositive, fail } from "../_check.ts";

/** Throw a checkpoint error for a bad schedule state. */
export function badState(who: string, state: unknown, expected: string): never {
  throw new RectifyError(
    "checkpoint",
    `Schedule "${who}": cannot load state ${JSON.stringify(state)}: expected ${expected}`,
  );
}

/** Read a non-negative integer field of a state object. */
export function readInt(who: string, state: unknown, key: string, expected: string): number {
  const v = (state as Record<string, unknown> | null)?.[key];
  if (typeof state !== "object" || state === null || !Number.isInteger(v) || (v as number) < 0) {
    badState(who, state, expected);
  }
  return v as number;
}

/**
 * A schedule whose lr is a closed-form function of the epoch count (from 0,
 * advanced by `step()`), with state `{ epoch }`.
 */
export function epochSchedule(
  who: string,
  lrAt: (baseLr: number, epoch: number) => number,
): Schedule {
  let epoch = 0;
  return {
    lr: (baseLr) => lrAt(baseLr, epoch),
    step() {
      epoch++;
    },
    state: () => ({ epoch }),
    load(state) {
      epoch = readInt(who, state, "epoch", "{ epoch: integer >= 0 }");
    },
  };
}
