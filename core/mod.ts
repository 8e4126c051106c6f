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
export * from "./metrics.ts";
