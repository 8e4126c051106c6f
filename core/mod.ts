/**
 * The rectify core: tensors, autograd, layers, losses, optimizers' contract,
 * plugin contract and registry.
 *
 * @module
 */

export * from "./errors.ts";
export * from "./rng.ts";
export * from "./backend.ts";
export * from "./tensor.ts";
export * from "./arena.ts";
export * from "./ops.ts";
export * from "./creation.ts";
export * from "./function.ts";
export * from "./gradcheck.ts";
export * from "./plugin.ts";
export * from "./registry.ts";
export * from "./optim.ts";
export * from "./override.ts";
export * from "./module.ts";
export * from "./saliency.ts";
export * from "./losses.ts";
export { conv2d, type Conv2dOptions, type ConvPadding } from "./conv_ops.ts";
export { avgPool2d, maxPool2d, type Pool2dOptions } from "./pool_ops.ts";
export { Conv1d, type Conv1dLayerOptions, Conv2d, type Conv2dLayerOptions } from "./conv.ts";
export { AvgPool2d, Flatten, GlobalAvgPool2d, MaxPool2d, type Pool2dLayerOptions } from "./pool.ts";
export {
  BatchNorm2d,
  type BatchNorm2dOptions,
  Dropout2d,
  LayerNorm,
  type LayerNormOptions,
} from "./norm.ts";
export { cnn, type CnnLayer, type CnnOptions } from "./cnn.ts";
