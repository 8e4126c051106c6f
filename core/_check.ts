/**
 * Argument checks shared by ops, losses and layers. @internal
 *
 * @module
 */

import { RectifyError } from "./errors.ts";
import { Tensor } from "./tensor.ts";

/** Describe a value for an error message (`a string`, `null`, `Float32Array`). */
export function describe(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "object") return (v as object).constructor?.name ?? "an object";
  return typeof v;
}

/** Throw a `dtype` error unless `x` is a Tensor. */
export function requireTensor(x: unknown, op: string, arg = "input"): Tensor {
  if (!(x instanceof Tensor)) {
    throw new RectifyError("dtype", `${op}: ${arg} must be a Tensor, got ${describe(x)}`);
  }
  return x;
}
