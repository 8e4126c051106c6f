/**
 * Tensor creation: constants, ranges, identity and seeded random tensors.
 *
 * @module
 */

import { RectifyError } from "./errors.ts";
import type { Rng } from "./rng.ts";
import { checkShape, sizeOf } from "./shape.ts";
import { alloc } from "./storage.ts";
import { Tensor, type TensorOptions } from "./tensor.ts";

function make(
  shape: readonly number[],
  value: number,
  options: TensorOptions,
  what: string,
): Tensor {
  const s = checkShape(shape, what);
  const d = alloc(options.dtype ?? "float32", sizeOf(s), what);
  if (value !== 0) d.fill(value);
  return new Tensor(d, s, { requiresGrad: options.requiresGrad ?? false });
}

/**
 * A tensor of zeros.
 *
 * @example
 * ```ts
 * import { zeros } from "@rectify/core";
 * console.log(zeros([2, 2]).toArray()); // [[0, 0], [0, 0]]
 * ```
 */
export function zeros(shape: readonly number[], options: TensorOptions = {}): Tensor {
  return make(shape, 0, options, "zeros");
}

/**
 * A tensor of ones.
 *
 * @example
 * ```ts
 * import { ones } from "@rectify/core";
 * console.log(ones([3]).toArray()); // [1, 1, 1]
 * ```
 */
export function ones(shape: readonly number[], options: TensorOptions = {}): Tensor {
  return make(shape, 1, options, "ones");
}

/**
 * A tensor filled with one value.
 *
 * @example
 * ```ts
 * import { full } from "@rectify/core";
 * console.log(full([2], 7).toArray()); // [7, 7]
 * ```
 */
export function full(shape: readonly number[], value: number, options: TensorOptions = {}): Tensor {
  if (typeof value !== "number") {
    throw new RectifyError("dtype", `full: value must be a number, got ${typeof value}`);
  }
  return make(shape, value, options, "full");
}

/**
 * `[start, start + step, ...)` up to `end` (exclusive), like `numpy.arange`.
 *
 * @example
 * ```ts
 * import { arange } from "@rectify/core";
 * console.log(arange(0, 1, 0.25).toArray()); // [0, 0.25, 0.5, 0.75]
 * ```
 */
export function arange(start: number, end: number, step = 1, options: TensorOptions = {}): Tensor {
  if (!(step !== 0 && Number.isFinite(step)) || !Number.isFinite(start) || !Number.isFinite(end)) {
    throw new RectifyError(
      "option",
      `arange: start, end must be finite and step non-zero, got ${start}, ${end}, ${step}`,
    );
  }
  const n = Math.max(0, Math.ceil((end - start) / step));
  const d = alloc(options.dtype ?? "float32", n, "arange");
  for (let i = 0; i < n; i++) d[i] = start + i * step;
  return new Tensor(d, [n], { requiresGrad: options.requiresGrad ?? false });
}

/**
 * Identity matrix.
 *
 * @example
 * ```ts
 * import { eye } from "@rectify/core";
 * console.log(eye(2).toArray()); // [[1, 0], [0, 1]]
 * ```
 */
export function eye(n: number, options: TensorOptions = {}): Tensor {
  const t = make([n, n], 0, options, "eye");
  for (let i = 0; i < n; i++) t.data[i * n + i] = 1;
  return t;
}

/** Options of the random creation functions. */
export interface RandomOptions extends TensorOptions {
  /** The generator to draw from (required: every random thing takes a seed). */
  rng: Rng;
}

/**
 * Standard normal samples from a seeded generator.
 *
 * @example
 * ```ts
 * import { randn, Rng } from "@rectify/core";
 * const x = randn([2, 3], { rng: new Rng(0) });
 * console.log(x.shape); // [2, 3]
 * ```
 */
export function randn(shape: readonly number[], options: RandomOptions): Tensor {
  const t = make(shape, 0, options, "randn");
  const rng = requireRng(options, "randn");
  for (let i = 0; i < t.data.length; i++) t.data[i] = rng.normal();
  return t;
}

/**
 * Uniform samples in [0, 1) from a seeded generator.
 *
 * @example
 * ```ts
 * import { rand, Rng } from "@rectify/core";
 * const x = rand([4], { rng: new Rng(1) });
 * console.log(x.size); // 4
 * ```
 */
export function rand(shape: readonly number[], options: RandomOptions): Tensor {
  const t = make(shape, 0, options, "rand");
  const rng = requireRng(options, "rand");
  for (let i = 0; i < t.data.length; i++) t.data[i] = rng.uniform();
  return t;
}

function requireRng(options: RandomOptions, what: string): Rng {
  if (!options || !options.rng || typeof options.rng.uniform !== "function") {
    throw new RectifyError("option", `${what}: options.rng (a seeded Rng) is required`);
  }
  return options.rng;
}
