/**
 * # @rectify/core/testing — the plugin authoring kit
 *
 * The same checks every built-in plugin passes, for third-party plugins. Each
 * `check*` function registers the plugin into an isolated registry (nothing
 * leaks into `defaultRegistry`), runs a list of named checks — option
 * validation, float64 gradcheck away from declared kinks, float32/float64
 * agreement, shapes, determinism under a seed, no mutation of inputs, state
 * round trips — and returns `{ plugin, kind, ok, checks: [{ name, ok, message }] }`.
 * {@linkcode assertPluginOk} turns a failed result into an error listing the
 * failed checks, for use inside `Deno.test`.
 *
 * @example Test a new activation
 * ```ts
 * import { defineActivation } from "@rectify/core";
 * import { assertPluginOk, checkActivation } from "@rectify/core/testing";
 *
 * const swishOne = defineActivation({
 *   name: "swishOne",
 *   version: "1.0.0",
 *   description: "x * sigmoid(x)",
 *   defaults: {},
 *   create: () => ({ forward: (x) => x.mul(x.neg().exp().add(1).pow(-1)) }),
 * });
 *
 * Deno.test("swishOne passes the plugin kit", () => {
 *   assertPluginOk(checkActivation(swishOne));
 * });
 * ```
 *
 * @module
 */

export {
  type CheckResult,
  type CommonCheckOptions,
  type KernelTolerance,
  type PluginCheckResult,
} from "./types.ts";
export { type ActivationCheckOptions, checkActivation } from "./check_activation.ts";
export { checkInitializer, type InitializerCheckOptions } from "./check_initializer.ts";
export { checkOptimizer, type OptimizerCheckOptions } from "./check_optimizer.ts";
export { checkSchedule, type ScheduleCheckOptions } from "./check_schedule.ts";
export { checkGradientPlugin, type GradientCheckOptions } from "./check_gradient_plugin.ts";
export { type BackendCheckOptions, checkBackend } from "./check_backend.ts";
export { checkPlugin } from "./check_plugin.ts";
export { assertPluginOk } from "./assert_plugin_ok.ts";
