/**
 * Turn a failed plugin check into a thrown error, for use inside `Deno.test`.
 *
 * @module
 */

import { RectifyError } from "../core/mod.ts";
import type { PluginCheckResult } from "./types.ts";

/**
 * Throw when any check of `result` failed. The error (a `RectifyError` with
 * code `"plugin"`) names the plugin and lists every failed check's message, so
 * a test report shows exactly what to fix; e.g. for a wrong derivative:
 * `activation "badSwish" failed "gradcheck": gradcheck in float64 failed at
 * x = -1.25 (input element [0, 3] of [4, 6]): analytic 0.02 vs numeric -0.09 ...`
 *
 * @example Inside Deno.test
 * ```ts
 * import { relu } from "@rectify/core";
 * import { assertPluginOk, checkActivation } from "@rectify/core/testing";
 * Deno.test("relu passes the plugin kit", () => {
 *   assertPluginOk(checkActivation(relu));
 * });
 * ```
 */
export function assertPluginOk(result: PluginCheckResult): void {
  const failed = result.checks.filter((c) => !c.ok);
  if (failed.length === 0) return;
  throw new RectifyError(
    "plugin",
    `${result.kind} "${result.plugin}" failed ${failed.length} of ${result.checks.length} kit checks:\n` +
      failed.map((c) => `  - ${c.message}`).join("\n"),
    { details: { result } },
  );
}
