/**
 * Option checks for initializers. @internal
 *
 * @module
 */

import { RectifyError } from "../../core/mod.ts";
import { gainNames } from "./calculate_gain.ts";

/** Throw `Cannot create "<who>": <why>`. */
export function fail(who: string, why: string): never {
  throw new RectifyError("option", `Cannot create "${who}": ${why}`);
}

/** The he-style options: a known nonlinearity, a finite alpha, mode fanIn/fanOut. */
export function checkHe(
  who: string,
  o: { nonlinearity: string; alpha: number; mode: string },
): void {
  const names = gainNames();
  if (!names.includes(o.nonlinearity) && o.nonlinearity !== "leaky_relu") {
    fail(who, `nonlinearity must be one of ${names.join(", ")}, got "${o.nonlinearity}"`);
  }
  if (!Number.isFinite(o.alpha)) fail(who, `alpha must be a finite number, got ${o.alpha}`);
  if (o.mode !== "fanIn" && o.mode !== "fanOut") {
    fail(who, `mode must be "fanIn" or "fanOut", got "${o.mode}"`);
  }
}

/** `value` must be a finite number > 0. */
export function checkPositive(who: string, name: string, value: number): void {
  if (!(value > 0) || !Number.isFinite(value)) fail(who, `${name} must be > 0, got ${value}`);
}

/** `value` must be finite. */
export function checkFinite(who: string, name: string, value: number): void {
  if (!Number.isFinite(value)) fail(who, `${name} must be a finite number, got ${value}`);
}
