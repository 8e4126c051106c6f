/**
 * The built-in layers: `Dense`, `Sequential`, `Dropout`, `BatchNorm`, the
 * `Activation` wrapper of activation plugins, and the `mlp` builder.
 *
 * @module
 */

import { fmtShape, RectifyError } from "./errors.ts";
import { Rng } from "./rng.ts";
import type { ActivationInstance, InitializerFn } from "./plugin.ts";
import { defaultRegistry, type Registry } from "./registry.ts";
import { parseSpec, type PluginSpec } from "./spec.ts";
import { sizeOf } from "./shape.ts";
import { alloc, resident, withoutArena } from "./storage.ts";
import { noGrad } from "./autograd.ts";
import { type DType, Tensor } from "./tensor.ts";
import { affine } from "./matmul_ops.ts";
import { Module } from "./module.ts";

/** Options of {@linkcode Dense}. */
export interface DenseOptions {
  /** Kernel initializer spec or function (default: the registry's `defaults.initializer`). */
  initializer?: PluginSpec | InitializerFn;
  /** Add a bias (default true); initialised to zeros. */
  bias?: boolean;
  /** Generator for the initializer (default `new Rng(0)`). */
  rng?: Rng;
  /** Element type (default `"float32"`). */
  dtype?: DType;
  /** Registry for initializer specs. */
  registry?: Registry;
}

/**
 * Fully connected layer `y = x @ W + b`, with `W` of shape `[in, out]`.
 * Float32 parameters live in the memory of the backend current at
 * construction when it lends blocks (`Backend.allocate`, e.g. `wasm`), so
 * its matmuls and optimizer kernels read and update them without copies;
 * the initializer's values are copied there.
 *
 * @example
 * ```ts
 * import { Dense, Rng, zeros } from "@rectify/core";
 * const layer = new Dense(3, 2, { initializer: "heNormal", rng: new Rng(1) });
 * console.log(layer.call(zeros([4, 3])).shape); // [4, 2]
 * ```
 */
export class Dense extends Module {
  /** Kernel `[in, out]`. */
  readonly weight: Tensor;
  /** Bias `[out]`, or null. */
  readonly bias: Tensor | null;
  /** Input width. */
  readonly inFeatures: number;
  /** Output width. */
  readonly outFeatures: number;

  /** Make a dense layer. */
  constructor(inFeatures: number, outFeatures: number, options: DenseOptions = {}) {
    super();
    for (const [k, v] of [["in", inFeatures], ["out", outFeatures]] as const) {
      if (!Number.isInteger(v) || v <= 0) {
        throw new RectifyError(
          "shape",
          `Dense: ${k} features must be a positive integer, got ${v}`,
        );
      }
    }
    this.inFeatures = inFeatures;
    this.outFeatures = outFeatures;
    const dtype = options.dtype ?? "float32";
    alloc(dtype, 0, "Dense");
    const rng = options.rng ?? new Rng(0);
    const registry = options.registry ?? defaultRegistry;
    const init = typeof options.initializer === "function" ? options.initializer : registry.create(
      "initializer",
      options.initializer ?? registry.defaultSpec("initializer", "Dense"),
      { rng, dtype },
    );
    const w = init([inFeatures, outFeatures], { dtype, rng });
    if (w.shape.join(",") !== `${inFeatures},${outFeatures}`) {
      throw new RectifyError(
        "shape",
        `Dense: initializer returned shape ${
          fmtShape(w.shape)
        }, expected [${inFeatures}, ${outFeatures}]`,
      );
    }
    this.weight = this.registerParameter(
      "weight",
      new Tensor(resident(w.data), w.shape, { requiresGrad: true }),
    );
    this.bias = options.bias === false ? null : this.registerParameter(
      "bias",
      new Tensor(resident(alloc(dtype, outFeatures)), [outFeatures], { requiresGrad: true }),
    );
  }

  /** `x @ W + b`. */
  forward(x: Tensor): Tensor {
    if (x.shape[x.ndim - 1] !== this.inFeatures) {
      throw new RectifyError(
        "shape",
        `Dense(${this.inFeatures}, ${this.outFeatures}): input shape ${fmtShape(x.shape)} has ${
          x.shape[x.ndim - 1]
        } features, expected ${this.inFeatures}`,
      );
    }
    return affine(x, this.weight, this.bias);
  }
}

/**
 * Modules applied in order; children are named `"0"`, `"1"`, ...
 *
 * @example
 * ```ts
 * import { Activation, Dense, Sequential, zeros } from "@rectify/core";
 * const model = new Sequential(new Dense(4, 8), new Activation("relu"), new Dense(8, 2));
 * console.log(model.call(zeros([1, 4])).shape); // [1, 2]
 * ```
 */
export class Sequential extends Module {
  /** The layers. */
  readonly layers: readonly Module[];
  /** Chain the given modules. */
  constructor(...layers: Module[]) {
    super();
    this.layers = layers;
    layers.forEach((l, i) => this.registerModule(String(i), l));
  }
  /** Apply each layer in turn. */
  forward(x: Tensor): Tensor {
    let y = x;
    for (const l of this.layers) y = l.call(y);
    return y;
  }
}

/**
 * Inverted dropout: in training, zero each element with probability `p` and
 * scale the rest by `1/(1−p)`; identity in evaluation mode. Seeded.
 *
 * @example
 * ```ts
 * import { Dropout, ones, Rng } from "@rectify/core";
 * const d = new Dropout(0.5, { rng: new Rng(0) });
 * console.log(d.eval().call(ones([3])).toArray()); // [1, 1, 1]
 * ```
 */
export class Dropout extends Module {
  /** Drop probability. */
  readonly p: number;
  #rng: Rng;
  /** Make a dropout layer. */
  constructor(p: number, options: { rng?: Rng } = {}) {
    super();
    if (!(p >= 0 && p < 1)) {
      throw new RectifyError("option", `Dropout: p must be in [0, 1), got ${p}`);
    }
    this.p = p;
    this.#rng = options.rng ?? new Rng(0);
  }
  /** Apply the mask. */
  forward(x: Tensor): Tensor {
    if (!this.training || this.p === 0) return x;
    const m = alloc(x.dtype, x.size);
    const keep = 1 / (1 - this.p);
    for (let i = 0; i < m.length; i++) m[i] = this.#rng.uniform() < this.p ? 0 : keep;
    return x.mul(new Tensor(m, x.shape));
  }
}

/**
 * Batch normalisation over the first axis (features on the last axis), with
 * running statistics used in evaluation mode (as torch.nn.BatchNorm1d).
 *
 * @example
 * ```ts
 * import { BatchNorm, tensor } from "@rectify/core";
 * const bn = new BatchNorm(2);
 * console.log(bn.call(tensor([[1, 2], [3, 4]])).toArray()); // ≈ [[-1, -1], [1, 1]]
 * ```
 */
export class BatchNorm extends Module {
  /** Scale `[features]`. */
  readonly gamma: Tensor;
  /** Shift `[features]`. */
  readonly beta: Tensor;
  /** Running mean. */
  readonly runningMean: Tensor;
  /** Running (unbiased) variance. */
  readonly runningVar: Tensor;
  /** Running-average momentum. */
  readonly momentum: number;
  /** Added to the variance. */
  readonly eps: number;

  /** Make a batch-norm layer. */
  constructor(features: number, options: { momentum?: number; eps?: number; dtype?: DType } = {}) {
    super();
    const dtype = options.dtype ?? "float32";
    if (!Number.isInteger(features) || features <= 0) {
      throw new RectifyError(
        "shape",
        `BatchNorm: features must be a positive integer, got ${features}`,
      );
    }
    this.momentum = options.momentum ?? 0.1;
    this.eps = options.eps ?? 1e-5;
    if (!(this.momentum >= 0 && this.momentum <= 1)) {
      throw new RectifyError(
        "option",
        `BatchNorm: momentum must be in [0, 1], got ${this.momentum}`,
      );
    }
    if (!(this.eps > 0)) {
      throw new RectifyError("option", `BatchNorm: eps must be > 0, got ${this.eps}`);
    }
    const g = alloc(dtype, features);
    g.fill(1);
    this.gamma = this.registerParameter("gamma", new Tensor(g, [features], { requiresGrad: true }));
    this.beta = this.registerParameter(
      "beta",
      new Tensor(alloc(dtype, features), [features], { requiresGrad: true }),
    );
    this.runningMean = new Tensor(alloc(dtype, features), [features]);
    const rv = alloc(dtype, features);
    rv.fill(1);
    this.runningVar = new Tensor(rv, [features]);
  }

  /** Running statistics. */
  override buffers(): Record<string, Tensor> {
    return { runningMean: this.runningMean, runningVar: this.runningVar };
  }

  /** Normalise. */
  forward(x: Tensor): Tensor {
    const axes = [...Array(x.ndim - 1).keys()];
    if (!this.training) {
      const inv = this.runningVar.add(this.eps).sqrt();
      return x.sub(this.runningMean).div(inv).mul(this.gamma).add(this.beta);
    }
    const mu = x.mean(axes, true);
    const xc = x.sub(mu);
    const v = xc.mul(xc).mean(axes, true);
    const y = xc.div(v.add(this.eps).sqrt()).mul(this.gamma).add(this.beta);
    const n = sizeOf(x.shape, 0, x.ndim - 1);
    noGrad(() => {
      const m = this.momentum;
      for (let i = 0; i < this.runningMean.size; i++) {
        this.runningMean.data[i] = (1 - m) * this.runningMean.data[i] + m * mu.data[i];
        const unbiased = n > 1 ? (v.data[i] * n) / (n - 1) : v.data[i];
        this.runningVar.data[i] = (1 - m) * this.runningVar.data[i] + m * unbiased;
      }
    });
    return y;
  }
}

/**
 * A layer wrapping an activation plugin (`"relu"`, `"leakyRelu:alpha=0.2"`,
 * `{ name: "prelu", options: {...} }`). Learnable plugin tensors (prelu's
 * slope) become parameters; training mode is forwarded (rrelu).
 *
 * @example
 * ```ts
 * import { Activation, tensor } from "@rectify/core";
 * console.log(new Activation("relu").call(tensor([-1, 2])).toArray()); // [0, 2]
 * ```
 */
export class Activation extends Module {
  /** The plugin name. */
  readonly activationName: string;
  /** The plugin instance. */
  readonly instance: ActivationInstance;
  /** The options given in the spec (not merged with the plugin's defaults; `{}` for a wrapped instance). */
  readonly activationOptions: Readonly<Record<string, unknown>>;

  /** Create from a spec, or wrap an existing instance. */
  constructor(
    spec: PluginSpec | ActivationInstance,
    options: {
      registry?: Registry;
      rng?: Rng;
      dtype?: DType;
      name?: string;
      /** Feature shape of the input (without the batch axis), to build shape-dependent parameters now. */
      inputShape?: readonly number[];
    } = {},
  ) {
    super();
    if (typeof spec === "object" && spec !== null && "forward" in spec) {
      this.instance = spec;
      this.activationName = options.name ?? "custom";
      this.activationOptions = {};
    } else {
      const reg = options.registry ?? defaultRegistry;
      this.instance = reg.create("activation", spec as PluginSpec, {
        rng: options.rng ?? new Rng(0),
        dtype: options.dtype ?? "float32",
      });
      const parsed = parseSpec(spec as PluginSpec);
      this.activationName = parsed.name;
      this.activationOptions = Object.freeze(parsed.options);
    }
    if (options.inputShape) this.instance.build?.(options.inputShape);
    this.#syncParameters();
  }

  #syncParameters(): void {
    const known = new Set(this.namedParameters().map(([n]) => n));
    const ps = this.instance.parameters?.() ?? {};
    for (const [n, t] of Object.entries(ps)) if (!known.has(n)) this.registerParameter(n, t);
  }

  /** Width after this activation given the width before. */
  outputSize(inputSize: number): number {
    return this.instance.outputSize?.(inputSize) ?? inputSize;
  }

  /**
   * Apply the activation (building shape-dependent parameters on first use,
   * outside any {@linkcode StepArena}: parameters outlive the step).
   */
  forward(x: Tensor): Tensor {
    if (!this.instance.parameters) return this.instance.forward(x);
    if (this.namedParameters().length > 0) return this.instance.forward(x);
    const y = withoutArena(() => this.instance.forward(x));
    this.#syncParameters();
    return y;
  }

  /** Forward the mode to the plugin. */
  protected override onModeChange(training: boolean): void {
    this.instance.train?.(training);
  }
}

/** Options of {@linkcode mlp}. */
export interface MlpOptions {
  /** Input width. */
  inputSize: number;
  /** Hidden layer widths. */
  hidden: readonly number[];
  /** Output width. */
  outputSize: number;
  /** Activation spec for every hidden layer (default: the registry's `defaults.activation`). */
  activation?: PluginSpec;
  /** Kernel initializer spec (default: the registry's `defaults.initializer`). */
  initializer?: PluginSpec;
  /** Seed or generator for initialisation. */
  rng?: Rng;
  /** Element type. */
  dtype?: DType;
  /** Registry for specs. */
  registry?: Registry;
  /** Optional BatchNorm after each hidden Dense. */
  batchNorm?: boolean;
  /** Optional dropout probability after each hidden activation. */
  dropout?: number;
}

/**
 * Build `Dense → activation → ... → Dense`. Widths are inferred through
 * activations that change them (crelu doubles, maxout divides).
 *
 * @example
 * ```ts
 * import { mlp, Rng } from "@rectify/core";
 * const model = mlp({ inputSize: 64, hidden: [32], outputSize: 10, activation: "crelu", rng: new Rng(0) });
 * console.log(model.namedParameters().map(([n, t]) => `${n}:${t.shape}`)); // ["0.weight:64,32", "0.bias:32", "2.weight:64,10", "2.bias:10"]
 * ```
 */
export function mlp(options: MlpOptions): Sequential {
  const rng = options.rng ?? new Rng(0);
  const common = { rng, dtype: options.dtype, registry: options.registry };
  const registry = options.registry ?? defaultRegistry;
  const layers: Module[] = [];
  let width = options.inputSize;
  for (const h of options.hidden) {
    layers.push(new Dense(width, h, { ...common, initializer: options.initializer }));
    if (options.batchNorm) layers.push(new BatchNorm(h, { dtype: options.dtype }));
    const spec = options.activation ?? registry.defaultSpec("activation", "mlp");
    const act = new Activation(spec, { ...common, inputShape: [h] });
    layers.push(act);
    width = act.outputSize(h);
    if (!Number.isInteger(width) || width <= 0) {
      throw new RectifyError(
        "shape",
        `mlp: activation "${act.activationName}" cannot take width ${h}`,
      );
    }
    if (options.dropout) layers.push(new Dropout(options.dropout, { rng: rng.fork() }));
  }
  layers.push(
    new Dense(width, options.outputSize, { ...common, initializer: options.initializer }),
  );
  return new Sequential(...layers);
}
