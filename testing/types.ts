/**
 * Result and option types shared by the plugin checks.
 *
 * @module
 */

import type { PluginKind, Registry } from "../core/mod.ts";

/** The outcome of one named check. */
export interface CheckResult {
  /** Short name of the check, e.g. `"gradcheck"` or `"state round trip"`. */
  name: string;
  /** Whether the check passed. */
  ok: boolean;
  /** What was checked and, on failure, what went wrong (naming the plugin). */
  message: string;
}

/** The outcome of checking one plugin. */
export interface PluginCheckResult {
  /** The plugin's name. */
  plugin: string;
  /** The plugin's kind. */
  kind: PluginKind;
  /** True when every check passed. */
  ok: boolean;
  /** Every check that ran, in order. */
  checks: CheckResult[];
}

/** Options every check function takes. */
export interface CommonCheckOptions {
  /**
   * Options to create the plugin with (merged with its defaults). Default: the
   * defaults alone.
   */
  options?: Record<string, unknown>;
  /** Seed of every random draw the checks make (default 0). */
  seed?: number;
  /**
   * Registry whose plugins the checked plugin may depend on. It is cloned and
   * the plugin registered into the clone, so nothing leaks out. Default: a
   * fresh registry with the built-ins (`createRegistry()`).
   */
  registry?: Registry;
  /**
   * Option records that must be rejected (each merged with `options`), e.g.
   * `[{ alpha: -1 }]`. Each must fail with a `RectifyError` of code `"option"`.
   */
  invalid?: readonly Record<string, unknown>[];
}

/**
 * How far a backend's kernel may be from the plugin's reference loop, per
 * element: `|got − want| ≤ atol + rtol·|want|` (NaN matches NaN only).
 * `{ atol: 0, rtol: 0 }` asks for the same values.
 *
 * @example
 * ```ts
 * import type { KernelTolerance } from "@rectify/core/testing";
 * const exact: KernelTolerance = { atol: 0, rtol: 0 };
 * console.log(exact.atol); // 0
 * ```
 */
export interface KernelTolerance {
  /** Absolute part. */
  atol: number;
  /** Relative part. */
  rtol: number;
}
