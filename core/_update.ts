/**
 * The reference (js) fused optimizer updates behind `Backend.update`: one
 * loop per parameter that reads it once, updates its state and applies the
 * step. The `adam` and `adamw` optimizers run these when the current backend
 * has no faster kernel. @internal
 *
 * @module
 */

import { RectifyError } from "./errors.ts";

/** A float32 or float64 array (same as `Data`, without the import cycle). */
type Arr = Float32Array | Float64Array;

/**
 * Named fused optimizer updates (see `Backend.update`). `"adam"` is one
 * Adam / AdamW step in place; arrays `[p, g, m, v, vmax]` of one length
 * (`vmax` is `v` itself without amsgrad), params
 * `[b1, b2, a1, a2, bc1, bc2Sqrt, eps, cwd, dwd, k, amsgrad]` (see
 * {@linkcode jsUpdate}).
 *
 * @example One Adam step on the current backend, the js kernel as fallback
 * ```ts
 * import { getBackend, jsBackend } from "@rectify/core";
 * const p = new Float32Array([1, 2]), g = new Float32Array([0.5, -0.5]);
 * const m = new Float32Array(2), v = new Float32Array(2);
 * const [b1, b2, lr, step] = [0.9, 0.999, 0.1, 1];
 * const params = [b1, b2, 1 - b1, 1 - b2, 1 - b1 ** step, Math.sqrt(1 - b2 ** step), 1e-8, 0, 0, -lr, 0];
 * if (!getBackend().update?.("adam", [p, g, m, v, v], params)) {
 *   jsBackend.update!("adam", [p, g, m, v, v], params);
 * }
 * console.log(p); // about [0.9, 2.1]
 * ```
 */
export type UpdateKernel = "adam";

const fr = Math.fround;

/**
 * One float32 Adam step. Every value is rounded (`Math.fround`) where the
 * unfused chain stores it into a Float32Array, so the result is
 * bit-identical to the chain; a null `g` is a zero gradient.
 */
export function adam32(
  p: Arr,
  g: Arr | null,
  m: Arr,
  v: Arr,
  vm: Arr,
  ams: boolean,
  b1: number,
  b2: number,
  a1: number,
  a2: number,
  bc1: number,
  bc2Sqrt: number,
  eps: number,
  cwd: number,
  dwd: number,
  k: number,
): void {
  for (let i = 0; i < p.length; i++) {
    const pi = p[i];
    let gi = g === null ? 0 : g[i];
    if (cwd !== 0) gi = fr(gi + cwd * pi);
    const mi = fr(b1 * m[i] + a1 * gi), vi = fr(b2 * v[i] + a2 * gi * gi);
    m[i] = mi;
    v[i] = vi;
    let vv = vi;
    if (ams) {
      if (vi > vm[i]) vm[i] = vi;
      vv = vm[i];
    }
    let u = fr((mi / bc1) / (Math.sqrt(vv) / bc2Sqrt + eps));
    if (dwd !== 0) u = fr(u + dwd * pi);
    p[i] = pi + fr(u * k);
  }
}

/** One float64 Adam step (the same expressions, without rounding); a null `g` is zero. */
export function adam64(
  p: Arr,
  g: Arr | null,
  m: Arr,
  v: Arr,
  vm: Arr,
  ams: boolean,
  b1: number,
  b2: number,
  a1: number,
  a2: number,
  bc1: number,
  bc2Sqrt: number,
  eps: number,
  cwd: number,
  dwd: number,
  k: number,
): void {
  for (let i = 0; i < p.length; i++) {
    const pi = p[i];
    let gi = g === null ? 0 : g[i];
    if (cwd !== 0) gi = gi + cwd * pi;
    const mi = b1 * m[i] + a1 * gi, vi = b2 * v[i] + a2 * gi * gi;
    m[i] = mi;
    v[i] = vi;
    let vv = vi;
    if (ams) {
      if (vi > vm[i]) vm[i] = vi;
      vv = vm[i];
    }
    let u = (mi / bc1) / (Math.sqrt(vv) / bc2Sqrt + eps);
    if (dwd !== 0) u = u + dwd * pi;
    p[i] = pi + u * k;
  }
}

/**
 * The js update kernels: `"adam"` runs {@linkcode adam32} when `p` is a
 * Float32Array, else {@linkcode adam64}. Always true (every kernel exists).
 */
export function jsUpdate(
  kernel: UpdateKernel,
  arrays: readonly Arr[],
  params: readonly number[],
): boolean {
  if (kernel !== "adam") {
    throw new RectifyError("option", `update kernel: unknown kernel "${kernel}", expected "adam"`);
  }
  if (arrays.length !== 5 || params.length !== 11) {
    throw new RectifyError(
      "usage",
      `update kernel "adam": expected 5 arrays [p, g, m, v, vmax] and 11 params, got ` +
        `${arrays.length} arrays and ${params.length} params`,
    );
  }
  const [p, g, m, v, vm] = arrays;
  const [b1, b2, a1, a2, bc1, bc2Sqrt, eps, cwd, dwd, k, ams] = params;
  const n = p.length;
  if (g.length !== n || m.length !== n || v.length !== n || vm.length !== n) {
    throw new RectifyError(
      "shape",
      `update kernel "adam": arrays [p, g, m, v, vmax] must have one length, got ` +
        `[${arrays.map((a) => a.length).join(", ")}]`,
    );
  }
  if (p instanceof Float32Array) {
    adam32(p, g, m, v, vm, ams !== 0, b1, b2, a1, a2, bc1, bc2Sqrt, eps, cwd, dwd, k);
  } else adam64(p, g, m, v, vm, ams !== 0, b1, b2, a1, a2, bc1, bc2Sqrt, eps, cwd, dwd, k);
  return true;
}
