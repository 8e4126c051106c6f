/**
 * Option checks shared by transforms and optimizer plugins. @internal
 *
 * @module
 */

import { RectifyError } from "../../core/mod.ts";

/** Throw `Cannot create "<who>": <why>` as an option error. */
export function fail(who: string, why: string): never {
  throw new RectifyError("option", `Cannot create "${who}": ${why}`);
}

/** `value` must be a number in [0, 1). */
export function checkBeta(who: string, name: string, value: number): void {
  if (typeof value !== "number" || !(value >= 0 && value < 1)) {
    fail(who, `${name} must be in [0, 1), got ${value}`);
  }
}

/** `value` must be a finite number > 0. */
export function checkPositive(who: string, name: string, value: number): void {
  if (typeof value !== "number" || !(value > 0) || !Number.isFinite(value)) {
    fail(who, `${name} must be > 0, got ${value}`);
  }
}

/** `value` must be a finite number >= 0. */
export function checkNonNegative(who: string, name: string, value: number): void {
  if (typeof value !== "number" || !(value >= 0) || !Number.isFinite(value)) {
    fail(who, `${name} must be >= 0, got ${value}`);
  }
}

/** `value` must be a finite number. */
export function checkFinite(who: string, name: string, value: number): void {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    fail(who, `${name} must be a finite number, got ${value}`);
  }
}

/** Shared checks of Rprop's factors and step bounds. */
export function checkRpropEtas(
  who: string,
  etaMinus: number,
  etaPlus: number,
  stepMin: number,
  stepMax: number,
): void {
  if (!(etaMinus > 0 && etaMinus < 1)) fail(who, `etaMinus must be in (0, 1), got ${etaMinus}`);
  if (!(etaPlus > 1) || !Number.isFinite(etaPlus)) {
    fail(who, `etaPlus must be > 1, got ${etaPlus}`);
  }
  if (!(stepMin >= 0)) fail(who, `stepMin must be >= 0, got ${stepMin}`);
  if (!(stepMax >= stepMin)) {
    fail(who, `stepMax must be >= stepMin (${stepMin}), got ${stepMax}`);
  }
}
