/**
 * Run the kit check that matches a plugin's kind.
 *
 * @module
 */

import { type Plugin, RectifyError } from "../core/mod.ts";
import { checkActivation } from "./check_activation.ts";
import { checkBackend } from "./check_backend.ts";
import { checkGradientPlugin } from "./check_gradient_plugin.ts";
import { checkInitializer } from "./check_initializer.ts";
import { checkOptimizer } from "./check_optimizer.ts";
import { checkSchedule } from "./check_schedule.ts";
import type { CommonCheckOptions, PluginCheckResult } from "./types.ts";
import { Runner } from "./_runner.ts";

/**
 * Check any plugin with the check for its kind ({@linkcode checkActivation},
 * {@linkcode checkInitializer}, {@linkcode checkOptimizer},
 * {@linkcode checkSchedule}, {@linkcode checkGradientPlugin} or
 * {@linkcode checkBackend}), with that check's default settings plus the
 * common options. Handy to check every plugin a registry holds.
 *
 * @example Check every built-in
 * ```ts
 * import { defaultRegistry } from "@rectify/core";
 * import { checkPlugin } from "@rectify/core/testing";
 * const failed = defaultRegistry.all().map((p) => checkPlugin(p)).filter((r) => !r.ok);
 * console.log(failed.length); // 0
 * ```
 */
export function checkPlugin(plugin: Plugin, options: CommonCheckOptions = {}): PluginCheckResult {
  switch (plugin?.kind) {
    case "activation":
      return checkActivation(plugin, options);
    case "initializer":
      return checkInitializer(plugin, options);
    case "optimizer":
      return checkOptimizer(plugin, options);
    case "schedule":
      return checkSchedule(plugin, options);
    case "gradient":
      return checkGradientPlugin(plugin, options);
    case "backend":
      return checkBackend(plugin, options);
    default: {
      const r = new Runner(plugin, (plugin as { kind?: string })?.kind as Plugin["kind"]);
      r.run("register", () => {
        throw new RectifyError(
          "plugin",
          `unknown plugin kind ${JSON.stringify((plugin as { kind?: unknown })?.kind)}`,
        );
      });
      return r.result();
    }
  }
}
