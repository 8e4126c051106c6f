/**
 * All built-in plugins, and registries holding them.
 *
 * @module
 */

import {
  defaultRegistry,
  getBackend,
  jsBackend,
  type Plugin,
  Registry,
  setBackend,
} from "../core/mod.ts";
import { activationPlugins } from "./activations/mod.ts";
import { backendPlugins, wasmSimdSupported } from "./backends/mod.ts";
import { initializerPlugins } from "./initializers/mod.ts";
import { optimizerPlugins } from "./optimizers/mod.ts";
import { schedulePlugins } from "./schedules/mod.ts";
import { gradientPlugins } from "./gradients/mod.ts";

export {
  activationPlugins,
  celu,
  crelu,
  elu,
  gelu,
  hardSigmoid,
  hardSwish,
  hardTanh,
  leakyRelu,
  linear,
  logSoftmaxActivation,
  Maxout,
  maxout,
  type MaxoutOptions,
  mish,
  prelu,
  relu,
  relu6,
  rrelu,
  selu,
  sigmoid,
  silu,
  softmaxActivation,
  softplus,
  softsign,
  swish,
  tanh,
  thresholdedRelu,
} from "./activations/mod.ts";
export { backendPlugins, js, wasm, wasmSimdSupported } from "./backends/mod.ts";
export {
  calculateGain,
  constantInitializer,
  glorotNormal,
  glorotUniform,
  heNormal,
  heUniform,
  initializerPlugins,
  lecunNormal,
  lecunUniform,
  normalInitializer,
  onesInitializer,
  orthogonal,
  truncatedNormal,
  uniformInitializer,
  zerosInitializer,
} from "./initializers/mod.ts";
export {
  adadelta,
  adagrad,
  adam,
  adamax,
  adamw,
  lamb,
  lion,
  nadam,
  optimizerPlugins,
  radam,
  rmsprop,
  rprop,
  sgd,
} from "./optimizers/mod.ts";
export {
  constantSchedule,
  cosineSchedule,
  cosineWarmRestartsSchedule,
  exponentialSchedule,
  multiStepSchedule,
  oneCycleSchedule,
  reduceOnPlateauSchedule,
  schedulePlugins,
  stepSchedule,
  warmupSchedule,
} from "./schedules/mod.ts";
export {
  addDecayedWeights,
  clipByGlobalNorm,
  type ClipByGlobalNormOptions,
  clipByValue,
  clipGradNorm,
  clipGradValue,
  type NormType,
  scale,
  scaleByAdadelta,
  type ScaleByAdadeltaOptions,
  scaleByAdagrad,
  type ScaleByAdagradOptions,
  scaleByAdam,
  scaleByAdamax,
  type ScaleByAdamaxOptions,
  type ScaleByAdamOptions,
  scaleByLion,
  type ScaleByLionOptions,
  scaleByNadam,
  type ScaleByNadamOptions,
  scaleByRadam,
  type ScaleByRadamOptions,
  scaleByRms,
  type ScaleByRmsOptions,
  scaleByRprop,
  type ScaleByRpropOptions,
  scaleByTrustRatio,
  type ScaleByTrustRatioOptions,
} from "./transforms/mod.ts";
export {
  type DeadUnitLayer,
  deadUnitMonitor,
  type DeadUnitReport,
  deconvnet,
  gradientNoise,
  gradientPlugins,
  gradNormMonitor,
  type GradNormReport,
  guidedBackprop,
  linearRelu,
} from "./gradients/mod.ts";

/**
 * Every built-in plugin, of every kind.
 *
 * @example
 * ```ts
 * import { builtinPlugins } from "@rectify/core";
 * console.log(builtinPlugins.length > 0); // true
 * ```
 */
export const builtinPlugins: readonly Plugin[] = [
  ...activationPlugins,
  ...initializerPlugins,
  ...optimizerPlugins,
  ...schedulePlugins,
  ...gradientPlugins,
  ...backendPlugins,
] as Plugin[];

/**
 * A new, isolated registry holding the built-ins (or nothing, with `{ builtins: false }`).
 *
 * @example
 * ```ts
 * import { createRegistry } from "@rectify/core";
 * const reg = createRegistry();
 * console.log(reg.has("optimizer", "sgd")); // true
 * ```
 */
export function createRegistry(options: { builtins?: boolean } = {}): Registry {
  return new Registry(options.builtins === false ? [] : builtinPlugins);
}

for (const p of builtinPlugins) {
  if (!defaultRegistry.has(p.kind, p.name)) defaultRegistry.register(p);
}

// The default backend: `wasm` where WebAssembly SIMD128 exists, unless the
// user already chose one. `setBackend(jsBackend)` (or the "js" plugin) goes back.
if (getBackend() === jsBackend && wasmSimdSupported()) {
  setBackend(defaultRegistry.create("backend", "wasm"));
}
