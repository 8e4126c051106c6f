/**
 * All built-in plugins, the defaults they supply, and registries holding
 * them. Importing this module changes nothing global: {@linkcode useBuiltins}
 * (called by the package's entry points) fills `defaultRegistry` and picks
 * the default backend, {@linkcode installBuiltins} fills any registry.
 *
 * @module
 */

import {
  defaultRegistry,
  getBackend,
  jsBackend,
  type Plugin,
  Registry,
  type RegistryDefaults,
  setBackend,
} from "../core/mod.ts";
import { relu } from "./activations/relu.ts";
import { glorotUniform } from "./initializers/glorot_uniform.ts";
import { guidedBackprop } from "./gradients/guided_backprop.ts";
import { deconvnet } from "./gradients/deconvnet.ts";
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
  elementwise,
  type ElementwiseDefinition,
  type ElementwiseStep,
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
export {
  backendPlugins,
  js,
  wasm,
  wasmSimdSupported,
  webgpu,
  WEBGPU_HELP,
  type WebGpuAdapterInfo,
  webgpuAvailable,
  type WebGpuBackend,
  type WebGpuStats,
  wgslElementwise,
} from "./backends/mod.ts";
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
  ADAM_DEFAULTS,
  adamax,
  type AdamFamilyOptions,
  adamReference,
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
  addWeightDecay,
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
  scaleByLearningRate,
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
  trace,
  type TraceOptions,
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
 * The specs the built-ins supply where a caller names none: activation
 * `relu`, kernel initializer `glorotUniform`, and the saliency modes
 * `"guided"` (`guidedBackprop`) and `"deconvnet"` (`deconvnet`).
 *
 * @example
 * ```ts
 * import { builtinDefaults } from "@rectify/core";
 * console.log(builtinDefaults.activation, builtinDefaults.initializer); // "relu" "glorotUniform"
 * ```
 */
export const builtinDefaults: Readonly<RegistryDefaults> = Object.freeze({
  activation: relu.name,
  initializer: glorotUniform.name,
  saliency: Object.freeze({ guided: guidedBackprop.name, deconvnet: deconvnet.name }),
});

/**
 * Register every built-in plugin a registry lacks (a name already taken is
 * left as it is) and set the {@linkcode builtinDefaults} it lacks. Returns the
 * registry.
 *
 * @example An empty registry made ready for `mlp`
 * ```ts
 * import { installBuiltins, mlp, Registry, Rng } from "@rectify/core";
 * const registry = installBuiltins(new Registry());
 * const model = mlp({ inputSize: 2, hidden: [4], outputSize: 1, registry, rng: new Rng(0) });
 * console.log(model.namedParameters().length); // 4
 * ```
 */
export function installBuiltins(registry: Registry): Registry {
  for (const p of builtinPlugins) {
    if (!registry.has(p.kind, p.name)) registry.register(p);
  }
  const d = registry.defaults;
  registry.setDefaults({
    activation: d.activation ?? builtinDefaults.activation,
    initializer: d.initializer ?? builtinDefaults.initializer,
    saliency: { ...builtinDefaults.saliency, ...d.saliency },
  });
  return registry;
}

/**
 * A new, isolated registry holding the built-ins and their defaults (or
 * nothing, with `{ builtins: false }`).
 *
 * @example
 * ```ts
 * import { createRegistry } from "@rectify/core";
 * const reg = createRegistry();
 * console.log(reg.has("optimizer", "sgd")); // true
 * ```
 */
export function createRegistry(options: { builtins?: boolean } = {}): Registry {
  const registry = new Registry();
  return options.builtins === false ? registry : installBuiltins(registry);
}

let backendChosen = false;

/**
 * What the package's entry points (`@rectify/core`, `/train`, `/viz`,
 * `/datasets`, `/cli`) call when loaded, and the one place the global
 * defaults are chosen: {@linkcode installBuiltins} on `defaultRegistry`, and,
 * the first time only, the `wasm` backend where WebAssembly SIMD128 exists,
 * unless a backend other than `jsBackend` was set already.
 * `setBackend(jsBackend)` goes back to plain JavaScript. Safe to call again.
 *
 * @example
 * ```ts
 * import { defaultRegistry, getBackend, useBuiltins } from "@rectify/core";
 * useBuiltins();
 * console.log(defaultRegistry.has("activation", "relu"), typeof getBackend().name); // true "string"
 * ```
 */
export function useBuiltins(): void {
  installBuiltins(defaultRegistry);
  if (backendChosen) return;
  backendChosen = true;
  if (getBackend() === jsBackend && wasmSimdSupported()) {
    setBackend(defaultRegistry.create("backend", "wasm"));
  }
}
