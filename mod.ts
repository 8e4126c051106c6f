/**
 * # rectify
 *
 * Neural-network training in TypeScript whose activations, initializers,
 * optimizers, schedules and gradient rewrites are swappable plugins. The core
 * is small: tensors with reverse-mode autograd, layers, losses, the plugin
 * contract and a registry. Every built-in is a plugin written against the same
 * public contract a third party uses.
 *
 * @example Train a tiny network
 * ```ts
 * import { mlp, Optimizer, Rng, softmaxCrossEntropy, tensor } from "@rectify/core";
 * const model = mlp({ inputSize: 2, hidden: [8], outputSize: 2, activation: "relu", rng: new Rng(0) });
 * const opt = new Optimizer(model.namedParameters(), "sgd:lr=0.5,momentum=0.9");
 * const x = tensor([[0, 0], [0, 1], [1, 0], [1, 1]]);
 * for (let step = 0; step < 200; step++) {
 *   opt.zeroGrad();
 *   const loss = softmaxCrossEntropy(model.call(x), [0, 1, 1, 0]);
 *   loss.backward();
 *   opt.step();
 * }
 * ```
 *
 * @module
 */

export * from "./core/mod.ts";
export * from "./plugins/mod.ts";
