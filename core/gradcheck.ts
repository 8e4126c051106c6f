/**
 * Finite-difference gradient checking in float64.
 *
 * @module
 */

import { RectifyError } from "./errors.ts";
import { Rng } from "./rng.ts";
import { noGrad } from "./autograd.ts";
import { Tensor } from "./tensor.ts";

/** Options of {@linkcode gradcheck}. */
export interface GradcheckOptions {
  /** Central-difference step (default 1e-6). */
  eps?: number;
  /** Absolute tolerance (default 1e-6). */
  atol?: number;
  /** Relative tolerance (default 1e-6). */
  rtol?: number;
  /** Seed of the random projection of the output (default 0). */
  seed?: number;
}

/** The outcome of {@linkcode gradcheck}. */
export interface GradcheckResult {
  /** True when every element matched. */
  ok: boolean;
  /** Largest |analytic − numeric|. */
  maxAbsError: number;
  /** The element with the largest violation, when any. */
  worst: { input: number; index: number; analytic: number; numeric: number } | null;
  /** Human-readable summary. */
  message: string;
}

/**
 * Compare the autograd gradient of `fn` with central finite differences in
 * float64. The output is projected on a fixed random vector `w` (seeded), so
 * the check covers the vector-Jacobian product `wᵀ·J` for every input element.
 * Inputs must be float64 tensors with `requiresGrad: true`.
 *
 * @example
 * ```ts
 * import { gradcheck, tensor } from "@rectify/core";
 * const x = tensor([0.5, -1.5], { dtype: "float64", requiresGrad: true });
 * const r = gradcheck((a) => a.mul(a).exp(), [x]);
 * console.log(r.ok); // true
 * ```
 */
export function gradcheck(
  fn: (...inputs: Tensor[]) => Tensor,
  inputs: readonly Tensor[],
  options: GradcheckOptions = {},
): GradcheckResult {
  const eps = options.eps ?? 1e-6, atol = options.atol ?? 1e-6, rtol = options.rtol ?? 1e-6;
  for (const [i, t] of inputs.entries()) {
    if (t.dtype !== "float64") {
      throw new RectifyError("dtype", `gradcheck: input ${i} must be float64, got ${t.dtype}`);
    }
  }
  const probe = noGrad(() => fn(...inputs));
  const rng = new Rng(options.seed ?? 0);
  const w = new Float64Array(probe.size);
  for (let i = 0; i < w.length; i++) w[i] = rng.uniform() * 2 - 1;
  const weight = new Tensor(w, probe.shape);
  const project = (): number => {
    const y = noGrad(() => fn(...inputs));
    let s = 0;
    for (let i = 0; i < w.length; i++) s += y.data[i] * w[i];
    return s;
  };
  for (const t of inputs) t.grad = null;
  const y = fn(...inputs);
  if (y.requiresGrad) y.backward(weight);
  let maxAbs = 0;
  let worst: GradcheckResult["worst"] = null;
  let worstRatio = 0;
  for (const [i, t] of inputs.entries()) {
    if (!t.requiresGrad) continue;
    const analytic = t.grad?.data ?? new Float64Array(t.size);
    for (let j = 0; j < t.size; j++) {
      const orig = t.data[j];
      t.data[j] = orig + eps;
      const fp = project();
      t.data[j] = orig - eps;
      const fm = project();
      t.data[j] = orig;
      const numeric = (fp - fm) / (2 * eps);
      const err = Math.abs(analytic[j] - numeric);
      const allowed = atol + rtol * Math.abs(numeric);
      if (err > maxAbs) maxAbs = err;
      const ratio = err / allowed;
      if (worst === null || !(ratio <= worstRatio)) {
        worstRatio = ratio;
        worst = { input: i, index: j, analytic: analytic[j], numeric };
      }
    }
    t.grad = null;
  }
  const ok = worst === null || (worstRatio <= 1 && Number.isFinite(maxAbs));
  const message = ok
    ? `gradcheck passed (max abs error ${maxAbs.toExponential(2)})`
    : `gradcheck failed: input ${worst!.input} element ${worst!.index}: analytic ${
      worst!.analytic
    } vs numeric ${worst!.numeric} (abs error ${
      Math.abs(worst!.analytic - worst!.numeric).toExponential(2)
    }, atol ${atol}, rtol ${rtol})`;
  return { ok, maxAbsError: maxAbs, worst, message };
}
