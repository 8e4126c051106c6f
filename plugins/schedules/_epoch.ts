/**
 * Shared pieces of the epoch-counting schedules. @internal
 *
 * @module
 */

import { RectifyError, type Schedule } from "../../core/mod.ts";

/** Throw `Cannot create "<who>": <why>`. */
export function fail(who: string, why: string): never {
  throw new RectifyError("option", `Cannot create "${who}": ${why}`);
}

/** `value` must be an integer >= `min`. */
export function checkInt(who: string, name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min) {
    fail(who, `${name} must be an integer >= ${min}, got ${value}`);
  }
}

/** `value` must be a finite number > 0. */
export function checkPositive(who: string, name: string, value: number): void {
  if (!(value > 0) || !Number.isFinite(value)) fail(who, `${name} must be > 0, got ${value}`);
}

/** `value` must be a finite number >= 0. */
export function checkNonNegative(who: string, name: string, value: number): void {
  if (!(value >= 0) || !Number.isFinite(value)) fail(who, `${name} must be >= 0, got ${value}`);
}

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
