import type { AdamFamilyOptions } from "./optimizers/_rule.ts";
/**
 * Option checks shared by the built-in plugins: every failure is a
 * `RectifyError` with code `"option"` and the message
 * `Cannot create "<plugin>": <option> must be ..., got <value>`. @internal
 *
 * @module
 */

import { RectifyError } from "../core/mod.ts";

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

/** `value` must be an integer >= `min`. */
export function checkInt(who: string, name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min) {
    fail(who, `${name} must be an integer >= ${min}, got ${value}`);
  }
}

/** The options every Adam-family optimizer validates the same way. */
export function checkAdamFamily(
  who: string,
  o: AdamFamilyOptions,
): void {
  checkNonNegative(who, "lr", o.lr);
  checkBeta(who, "beta1", o.beta1);
  checkBeta(who, "beta2", o.beta2);
  checkPositive(who, "eps", o.eps);
  checkNonNegative(who, "weightDecay", o.weightDecay);
}
