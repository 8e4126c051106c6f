/**
 * Option checks shared by the activation plugins. Every failure is a
 * `RectifyError("option")` whose message names the plugin, the option, the
 * value and the allowed range. @internal
 *
 * @module
 */

import { RectifyError } from "../../core/mod.ts";

/** `Cannot create "<plugin>": <what>`. */
export function optionError(plugin: string, what: string): RectifyError {
  return new RectifyError("option", `Cannot create "${plugin}": ${what}`);
}

/** Reject NaN and ±Infinity. */
export function checkFinite(plugin: string, name: string, value: number): void {
  if (!Number.isFinite(value)) {
    throw optionError(plugin, `${name} must be a finite number, got ${value}`);
  }
}

/** Require `value > min` (finite). */
export function checkAbove(plugin: string, name: string, value: number, min: number): void {
  if (!(value > min) || !Number.isFinite(value)) {
    throw optionError(plugin, `${name} must be a finite number > ${min}, got ${value}`);
  }
}

/** Require `value >= min` (finite). */
export function checkAtLeast(plugin: string, name: string, value: number, min: number): void {
  if (!(value >= min) || !Number.isFinite(value)) {
    throw optionError(plugin, `${name} must be a finite number >= ${min}, got ${value}`);
  }
}

/** `gradAtKink` must lie in [0, 1]. */
export function checkGradAtKink(plugin: string, value: number): void {
  if (!(value >= 0 && value <= 1)) {
    throw optionError(plugin, `gradAtKink must be in [0, 1], got ${value}`);
  }
}

/** Require an integer `>= min`. */
export function checkInteger(plugin: string, name: string, value: number, min?: number): void {
  if (!Number.isInteger(value) || (min !== undefined && value < min)) {
    throw optionError(
      plugin,
      `${name} must be an integer${min === undefined ? "" : ` >= ${min}`}, got ${value}`,
    );
  }
}
