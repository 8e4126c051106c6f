/**
 * Option checks for initializers. @internal
 *
 * @module
 */

import { gainNames } from "./calculate_gain.ts";
import { fail } from "../_check.ts";
export { checkFinite, checkPositive, fail } from "../_check.ts";

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
