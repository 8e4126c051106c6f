/**
 * The {@linkcode cnn} builder: a {@linkcode Sequential} of convolution,
 * pooling, normalisation, activation and dense layers from a list of specs,
 * with every layer's input shape inferred.
 *
 * @module
 */

import { withoutArena } from "./storage.ts";
import { Conv2d, type Conv2dLayerOptions } from "./conv.ts";
import { fmtShape, RectifyError } from "./errors.ts";
import { Activation, BatchNorm, Dense, Dropout, Sequential } from "./layers.ts";
import type { Module } from "./module.ts";
import { BatchNorm2d, Dropout2d, LayerNorm } from "./norm.ts";
import { AvgPool2d, Flatten, GlobalAvgPool2d, MaxPool2d, type Pool2dLayerOptions } from "./pool.ts";
import type { PluginSpec } from "./spec.ts";
import type { Registry } from "./registry.ts";
import { Rng } from "./rng.ts";
import { alloc } from "./storage.ts";
import { type DType, Tensor } from "./tensor.ts";
import { noGrad } from "./autograd.ts";

/** One layer of {@linkcode cnn}: a layer object, or an activation spec (`"relu"`, `{ name, options }`). */
export type CnnLayer =
  | (
    & { type: "conv2d"; outChannels: number; kernelSize: number | readonly [number, number] }
    & Pick<Conv2dLayerOptions, "stride" | "padding" | "dilation" | "groups" | "bias">
  )
  | (
    & { type: "maxPool2d" | "avgPool2d"; kernelSize: number | readonly [number, number] }
    & Pool2dLayerOptions
  )
  | { type: "globalAvgPool2d" }
  | { type: "flatten" }
  | { type: "batchNorm2d"; eps?: number; momentum?: number | null; affine?: boolean }
  | { type: "batchNorm"; eps?: number; momentum?: number }
  | { type: "layerNorm"; eps?: number; elementwiseAffine?: boolean }
  | { type: "dropout2d" | "dropout"; p: number }
  | { type: "dense"; outFeatures: number; bias?: boolean }
  | { type: "activation"; activation: PluginSpec }
  | PluginSpec;

/** Options of {@linkcode cnn}. */
export interface CnnOptions {
  /** Shape of one example, `[C, H, W]`. */
  inputShape: readonly number[];
  /** The layers, in order. */
  layers: readonly CnnLayer[];
  /**
   * When given, a final {@linkcode Dense} to this many outputs (after a
   * {@linkcode Flatten} if the last shape is still an image).
   */
  outputSize?: number;
  /** Weight initializer spec for convolutions and dense layers (default: the registry's `defaults.initializer`). */
  initializer?: PluginSpec;
  /** Generator for initialisation and dropout (default `new Rng(0)`). */
  rng?: Rng;
  /** Element type (default `"float32"`). */
  dtype?: DType;
  /** Registry for initializer and activation specs. */
  registry?: Registry;
}

interface Ctx {
  rng: Rng;
  dtype: DType;
  registry: Registry | undefined;
  initializer: PluginSpec | undefined;
}

function need(shape: readonly number[], dims: number, what: string): void {
  if (shape.length !== dims) {
    throw new TypeError(
      `cnn: layer "${what}" needs ${dims === 3 ? "an image [C, H, W]" : "features [F]"} input, ` +
        `got ${fmtShape(shape)} (add "flatten" or "globalAvgPool2d" before a dense layer)`,
    );
  }
}

/** Build one layer for inputs of shape `shape` (one example). */
function makeLayer(spec: CnnLayer, shape: readonly number[], ctx: Ctx): Module {
  const common = { rng: ctx.rng, dtype: ctx.dtype, registry: ctx.registry };
  if (typeof spec === "string" || !("type" in spec)) {
    return new Activation(spec, { ...common, inputShape: shape });
  }
  switch (spec.type) {
    case "conv2d": {
      need(shape, 3, spec.type);
      const { outChannels, kernelSize, type: _, ...rest } = spec;
      const opts = { ...rest, ...common, initializer: ctx.initializer };
      return new Conv2d(shape[0], outChannels, kernelSize, opts);
    }
    case "maxPool2d":
    case "avgPool2d": {
      need(shape, 3, spec.type);
      const { kernelSize, type, ...rest } = spec;
      return type === "maxPool2d"
        ? new MaxPool2d(kernelSize, rest)
        : new AvgPool2d(kernelSize, rest);
    }
    case "globalAvgPool2d":
      need(shape, 3, spec.type);
      return new GlobalAvgPool2d();
    case "flatten":
      return new Flatten();
    case "batchNorm2d":
      need(shape, 3, spec.type);
      return new BatchNorm2d(shape[0], { ...spec, dtype: ctx.dtype });
    case "batchNorm":
      need(shape, 1, spec.type);
      return new BatchNorm(shape[0], { eps: spec.eps, momentum: spec.momentum, dtype: ctx.dtype });
    case "layerNorm":
      return new LayerNorm(shape, { ...spec, dtype: ctx.dtype });
    case "dropout2d":
      return new Dropout2d(spec.p, { rng: ctx.rng.fork() });
    case "dropout":
      return new Dropout(spec.p, { rng: ctx.rng.fork() });
    case "dense":
      need(shape, 1, spec.type);
      return new Dense(shape[0], spec.outFeatures, {
        ...common,
        initializer: ctx.initializer,
        bias: spec.bias,
      });
    case "activation":
      return new Activation(spec.activation, { ...common, inputShape: shape });
    default:
      throw new RectifyError(
        "option",
        `cnn: unknown layer type ${JSON.stringify((spec as { type: unknown }).type)}, expected ` +
          `conv2d, maxPool2d, avgPool2d, globalAvgPool2d, flatten, batchNorm2d, batchNorm, layerNorm, ` +
          `dropout2d, dropout, dense or activation`,
      );
  }
}

/** The shape of one example after `layer` (run once on zeros, in evaluation mode, untracked). */
function shapeAfter(layer: Module, shape: readonly number[], dtype: DType): number[] {
  return withoutArena(() =>
    noGrad(() => {
      const x = new Tensor(alloc(dtype, shape.reduce((a, b) => a * b, 1)), [1, ...shape]);
      const wasTraining = layer.training;
      layer.eval();
      try {
        return layer.call(x).shape.slice(1);
      } finally {
        layer.train(wasTraining);
      }
    })
  );
}

/**
 * Build a convolutional network as a {@linkcode Sequential} on NCHW inputs.
 * Each layer's input shape is inferred (channels of a convolution, features
 * of a norm or dense layer; channel-changing activations such as crelu or
 * maxout with `axis: 1` included). A dense layer needs flat features: put
 * `"flatten"` or `"globalAvgPool2d"` before it (`outputSize` adds the flatten
 * itself).
 *
 * @example A small digits CNN
 * ```ts
 * import { cnn, Rng, zeros } from "@rectify/core";
 * const model = cnn({
 *   inputShape: [1, 8, 8],
 *   layers: [
 *     { type: "conv2d", outChannels: 8, kernelSize: 3, padding: 1 },
 *     "relu",
 *     { type: "maxPool2d", kernelSize: 2 },
 *     { type: "conv2d", outChannels: 16, kernelSize: 3, padding: 1 },
 *     "relu",
 *     { type: "globalAvgPool2d" },
 *   ],
 *   outputSize: 10,
 *   rng: new Rng(0),
 * });
 * console.log(model.call(zeros([4, 1, 8, 8])).shape); // [4, 10]
 * ```
 */
export function cnn(options: CnnOptions): Sequential {
  const shape0 = options.inputShape;
  if (
    !Array.isArray(shape0) || shape0.length !== 3 ||
    !shape0.every((d) => Number.isInteger(d) && d > 0)
  ) {
    throw new TypeError(
      `cnn: inputShape must be [C, H, W] of positive integers, got ${JSON.stringify(shape0)}`,
    );
  }
  return _layersToSequential(options);
}

/**
 * {@linkcode cnn} without the image check: build the layers for examples of
 * any shape (`[F]` features for an MLP). @internal
 */
export function _layersToSequential(options: CnnOptions): Sequential {
  const shape0 = options.inputShape;
  const ctx: Ctx = {
    rng: options.rng ?? new Rng(0),
    dtype: options.dtype ?? "float32",
    registry: options.registry,
    initializer: options.initializer,
  };
  const mods: Module[] = [];
  let shape: number[] = [...shape0];
  const add = (spec: CnnLayer) => {
    const m = makeLayer(spec, shape, ctx);
    shape = shapeAfter(m, shape, ctx.dtype);
    mods.push(m);
  };
  for (const spec of options.layers) add(spec);
  if (options.outputSize !== undefined) {
    if (shape.length !== 1) add({ type: "flatten" });
    add({ type: "dense", outFeatures: options.outputSize });
  }
  return new Sequential(...mods);
}
