import {
  allocData,
  defaultRegistry,
  fmtShape,
  type InitializerFn,
  Module,
  type PluginSpec,
  RectifyError,
  type Registry,
  Rng,
  Tensor,
} from "../../core/mod.ts";
import { maxoutOp } from "./_maxout.ts";

/** Options of {@linkcode Maxout}. */
export interface MaxoutOptions {
  /** Kernel initializer spec or function (default `"glorotUniform"`, on `[in, units·pieces]`). */
  initializer?: PluginSpec | InitializerFn;
  /** Add a bias per piece (default true); initialised to zeros. */
  bias?: boolean;
  /** Generator for the initializer (default `new Rng(0)`). */
  rng?: Rng;
  /** Element type (default `"float32"`). */
  dtype?: "float32" | "float64";
  /** Registry for initializer specs. */
  registry?: Registry;
}

/**
 * A maxout layer (Goodfellow et al. 2013, "Maxout networks"): `units` outputs,
 * each the max of `pieces` affine functions of the input,
 * hⱼ(x) = maxₖ (x·W[:, j·pieces + k] + b[j·pieces + k]).
 *
 * The weight is `[in, units·pieces]` and the bias `[units·pieces]`; the pieces
 * of unit j are the contiguous columns `j·pieces … j·pieces + pieces − 1`.
 * Derivative: through the winning piece only (the first on ties), so dW and
 * db are non-zero only in the winning columns.
 *
 * @example
 * ```ts
 * import { Maxout, Rng, zeros } from "@rectify/core";
 * const layer = new Maxout(4, 3, 2, { rng: new Rng(0) });
 * console.log(layer.call(zeros([5, 4])).shape, layer.weight.shape); // [5, 3] [4, 6]
 * ```
 */
export class Maxout extends Module {
  /** Kernel `[in, units·pieces]`. */
  readonly weight: Tensor;
  /** Bias `[units·pieces]`, or null. */
  readonly bias: Tensor | null;
  /** Input width. */
  readonly inFeatures: number;
  /** Output width. */
  readonly units: number;
  /** Affine pieces per unit. */
  readonly pieces: number;
  #op: (x: Tensor) => Tensor;

  /** Make a maxout layer with `units` outputs of `pieces` linear pieces each. */
  constructor(inFeatures: number, units: number, pieces: number, options: MaxoutOptions = {}) {
    super();
    for (const [k, v] of [["in features", inFeatures], ["units", units], ["pieces", pieces]]) {
      if (!Number.isInteger(v) || (v as number) <= 0) {
        throw new RectifyError("shape", `Maxout: ${k} must be a positive integer, got ${v}`);
      }
    }
    this.inFeatures = inFeatures;
    this.units = units;
    this.pieces = pieces;
    const dtype = options.dtype ?? "float32";
    const rng = options.rng ?? new Rng(0);
    const width = units * pieces;
    const init = typeof options.initializer === "function"
      ? options.initializer
      : (options.registry ?? defaultRegistry).create(
        "initializer",
        options.initializer ?? "glorotUniform",
        { rng, dtype },
      );
    const w = init([inFeatures, width], { dtype, rng });
    if (w.shape.join(",") !== `${inFeatures},${width}`) {
      throw new RectifyError(
        "shape",
        `Maxout: initializer returned shape ${
          fmtShape(w.shape)
        }, expected [${inFeatures}, ${width}]`,
      );
    }
    w.requiresGrad = true;
    this.weight = this.registerParameter("weight", w);
    this.bias = options.bias === false ? null : this.registerParameter(
      "bias",
      new Tensor(allocData(dtype, width), [width], { requiresGrad: true }),
    );
    this.#op = maxoutOp(pieces, -1);
  }

  /** `maxout(x @ W + b)` over groups of `pieces` columns. */
  forward(x: Tensor): Tensor {
    if (x.shape[x.ndim - 1] !== this.inFeatures) {
      throw new RectifyError(
        "shape",
        `Maxout(${this.inFeatures}, ${this.units}, ${this.pieces}): input shape ${
          fmtShape(x.shape)
        } has ${x.shape[x.ndim - 1]} features, expected ${this.inFeatures}`,
      );
    }
    const z = x.matmul(this.weight);
    return this.#op(this.bias ? z.add(this.bias) : z);
  }
}
