/**
 * Option checks shared by transforms and optimizer plugins. @internal
 *
 * @module
 */

import { fail } from "../_check.ts";
export {
  checkAdamFamily,
  checkBeta,
  checkFinite,
  checkNonNegative,
  checkPositive,
  fail,
} from "../_check.ts";

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
