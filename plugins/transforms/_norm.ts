/**
 * Global p-norms over lists of buffers, as torch.nn.utils.clip_grad_norm_. @internal
 *
 * @module
 */

import type { Data } from "../../core/mod.ts";
import { fail } from "./_check.ts";
import { sumSquares } from "../_sum.ts";

/** A norm type: 1, 2, 3, any p > 0, or `"inf"`. */
export type NormType = number | "inf";

/** Check a norm type and return p (`Infinity` for `"inf"`). */
export function normOrder(who: string, normType: NormType): number {
  if (normType === "inf" || normType === Infinity) return Infinity;
  if (typeof normType !== "number" || !(normType > 0) || !Number.isFinite(normType)) {
    fail(who, `normType must be a number > 0 or "inf", got ${JSON.stringify(normType)}`);
  }
  return normType;
}

/** `(Σ |x|^p)^(1/p)` over every element of every buffer (`max |x|` for p = ∞), in float64. */
export function globalNorm(buffers: readonly Data[], p: number): number {
  if (p === Infinity) {
    let m = 0;
    for (const b of buffers) {
      for (let i = 0; i < b.length; i++) {
        const a = Math.abs(b[i]);
        if (a > m || a !== a) m = a;
      }
    }
    return m;
  }
  let s = 0;
  if (p === 2) {
    for (const b of buffers) s += sumSquares(b);
    return Math.sqrt(s);
  }
  if (p === 1) {
    for (const b of buffers) for (let i = 0; i < b.length; i++) s += Math.abs(b[i]);
    return s;
  }
  for (const b of buffers) for (let i = 0; i < b.length; i++) s += Math.abs(b[i]) ** p;
  return s ** (1 / p);
}

/** torch's clip coefficient: `maxNorm / (total + 1e-6)`, or 1 when that is >= 1. */
export function clipCoefficient(total: number, maxNorm: number): number {
  const coef = maxNorm / (total + 1e-6);
  return coef < 1 ? coef : 1;
}

/** Multiply every buffer by `k` in place. */
export function scaleAll(buffers: readonly Data[], k: number): void {
  for (const b of buffers) for (let i = 0; i < b.length; i++) b[i] *= k;
}

/**
 * The trust ratio `max(‖p‖, minNorm) / ‖u‖` of one tensor (Euclidean norms,
 * summed in float64), or 1 when either norm is 0 (LAMB uses it too).
 */
export function trustRatio(p: Data, u: Data, minNorm: number): number {
  let pp = 0, uu = 0;
  for (let i = 0; i < u.length; i++) {
    pp += p[i] * p[i];
    uu += u[i] * u[i];
  }
  const pn = Math.max(Math.sqrt(pp), minNorm), un = Math.sqrt(uu);
  return pn === 0 || un === 0 ? 1 : pn / un;
}
