/**
 * The rectify core: tensors, autograd, layers, losses, optimizers' contract,
 * plugin contract and registry. It names no plugin: the built-ins live in
 * `plugins/` and reach the core only through this entry.
 *
 * @module
 */

export { type ArenaStats, StepArena } from "./arena.ts";
export {
  type BackwardOptions,
  type BackwardRule,
  type GradContext,
  type GradientOverrides,
  GradNode,
  isGradEnabled,
  noGrad,
  type RemovableHandle,
  type TensorHook,
} from "./autograd.ts";
export {
  type Backend,
  type BinaryOp,
  type Data,
  findKernel,
  getBackend,
  jsBackend,
  type Kernel,
  type MatmulOptions,
  registerKernel,
  type RegisterKernelOptions,
  runKernel,
  setBackend,
  type UnaryOp,
} from "./backend.ts";
export { cnn, type CnnLayer, type CnnOptions } from "./cnn.ts";
export { Conv1d, type Conv1dLayerOptions, Conv2d, type Conv2dLayerOptions } from "./conv.ts";
export { conv2d, type Conv2dOptions, type ConvPadding } from "./conv_ops.ts";
export { arange, eye, full, ones, rand, randn, type RandomOptions, zeros } from "./creation.ts";
export { fmtShape, RectifyError, type RectifyErrorCode } from "./errors.ts";
export { defineFunction, type FunctionContext, type FunctionDefinition } from "./function.ts";
export { gradcheck, type GradcheckOptions, type GradcheckResult } from "./gradcheck.ts";
export {
  Activation,
  BatchNorm,
  Dense,
  type DenseOptions,
  Dropout,
  mlp,
  type MlpOptions,
  Sequential,
} from "./layers.ts";
export { mse, sigmoidBinaryCrossEntropy, softmaxCrossEntropy } from "./losses.ts";
export {
  accuracy,
  argmax,
  confusionMatrix,
  type ConfusionMatrixOptions,
  type MetricValues,
  r2Score,
  type R2ScoreOptions,
  rmse,
} from "./metrics.ts";
export { affine, matmul } from "./matmul_ops.ts";
export {
  type ForwardHook,
  type ForwardPreHook,
  type FullBackwardHook,
  Module,
  type TensorJSON,
} from "./module.ts";
export {
  BatchNorm2d,
  type BatchNorm2dOptions,
  Dropout2d,
  LayerNorm,
  type LayerNormOptions,
} from "./norm.ts";
export {
  abs,
  add,
  cast,
  clone,
  compare,
  type CompareOp,
  div,
  exp,
  log,
  maximum,
  minimum,
  mul,
  neg,
  type Operand,
  pow,
  sign,
  sqrt,
  sub,
  where,
} from "./ops.ts";
export {
  chain,
  type GradientTransform,
  type GroupStateDict,
  isUpdateRule,
  Optimizer,
  type OptimizerOptions,
  type OptimizerProduct,
  type OptimizerStateDict,
  ParamBuffers,
  paramBuffers,
  type ParamGroupSpec,
  type ParamState,
  type ScalarSpec,
  type StateBufferSpec,
  type StateValue,
  type StepContext,
  type TransformContext,
  type TransformState,
  type UpdateRule,
} from "./optim.ts";
export {
  applyGradient,
  type ApplyGradientOptions,
  type GradientHandle,
  type SyncBody,
  withGradient,
  withGradientOverride,
} from "./override.ts";
export {
  type ActivationInstance,
  type ActivationPlugin,
  API_VERSION,
  type BackendPlugin,
  defineActivation,
  defineBackend,
  defineGradient,
  defineInitializer,
  defineOptimizer,
  defineSchedule,
  type GradientAttachment,
  type GradientPlugin,
  type GradientRewrite,
  type InitializerFn,
  type InitializerPlugin,
  type InitOptions,
  type OnnxAttribute,
  type OnnxGraphBuilder,
  type OptimizerPlugin,
  type Options,
  type OptionValue,
  type Plugin,
  PLUGIN_KINDS,
  type PluginBase,
  type PluginContext,
  type PluginFields,
  type PluginKind,
  type PluginProducts,
  type Schedule,
  type SchedulePlugin,
} from "./plugin.ts";
export { AvgPool2d, Flatten, GlobalAvgPool2d, MaxPool2d, type Pool2dLayerOptions } from "./pool.ts";
export { avgPool2d, maxPool2d, type Pool2dOptions } from "./pool_ops.ts";
export { logSoftmax, max, mean, softmax, sum } from "./reduce_ops.ts";
export {
  type CreateOptions,
  defaultRegistry,
  type LoadOptions,
  type RegisterOptions,
  Registry,
  type RegistryDefaults,
} from "./registry.ts";
export { Rng, type RngState } from "./rng.ts";
export { saliency, type SaliencyMode, type SaliencyOptions } from "./saliency.ts";
export { concat, permute, reshape, slice, split, transpose } from "./shape_ops.ts";
export {
  closestNames,
  type ParsedSpec,
  parseSpec,
  type PluginSpec,
  splitSpecList,
} from "./spec.ts";
export { allocData, emptyData, syncHost, withoutArena } from "./storage.ts";
export {
  type DType,
  fromArray,
  type NestedArray,
  Tensor,
  tensor,
  type TensorOptions,
  type ZeroGradOptions,
} from "./tensor.ts";
