/**
 * Scalar helpers shared by several activation plugins' reference loops:
 * overflow-safe logistic (sigmoid, silu, swish, softplus, mish) and softplus
 * (softplus, mish), and the standard normal CDF/PDF (exact GELU). @internal
 *
 * @module
 */

/** The bits of a float32 array, as an Int32Array view of the same memory. */
export function bits(a: Float32Array): Int32Array {
  return new Int32Array(a.buffer, a.byteOffset, a.length);
}

/** σ(v) = 1 / (1 + e^−v) without overflow for any finite v. */
export function logistic(v: number): number {
  if (v >= 0) return 1 / (1 + Math.exp(-v));
  const e = Math.exp(v);
  return e / (1 + e);
}

/** ln(1 + e^v) without overflow: max(v, 0) + ln(1 + e^−|v|). */
export function softplusScalar(v: number): number {
  return v > 0 ? v + Math.log1p(Math.exp(-v)) : Math.log1p(Math.exp(v));
}

const TWO_OVER_SQRT_PI = 1.1283791670955126;
const INV_SQRT_PI = 0.5641895835477563;
const INV_SQRT_2 = 0.7071067811865476;
/** 1/√(2π), the standard normal density at 0. */
export const INV_SQRT_2PI = 0.3989422804014327;

/**
 * erf(z) for 0 ≤ z < 3 from the series with positive terms
 * erf(z) = 2/√π · e^(−z²) · Σₙ (2z²)ⁿ z / (1·3·…·(2n+1)) (Abramowitz & Stegun 7.1.6).
 */
function erfSeries(z: number): number {
  const z2 = 2 * z * z;
  let term = z;
  let sum = z;
  for (let n = 1; n < 200; n++) {
    term *= z2 / (2 * n + 1);
    sum += term;
    if (term < 1e-17 * sum) break;
  }
  return TWO_OVER_SQRT_PI * Math.exp(-z * z) * sum;
}

/**
 * erfc(z) for z ≥ 3 from the continued fraction
 * erfc(z) = e^(−z²)/√π · 1/(z + (1/2)/(z + 1/(z + (3/2)/(z + …)))) (A&S 7.1.14),
 * evaluated with the modified Lentz method.
 */
function erfcFraction(z: number): number {
  if (z > 27.3) return 0;
  const tiny = 1e-300;
  let f = z, c = z, d = 0;
  for (let n = 1; n < 500; n++) {
    const a = n / 2;
    d = z + a * d;
    if (d === 0) d = tiny;
    c = z + a / c;
    if (c === 0) c = tiny;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return (Math.exp(-z * z) * INV_SQRT_PI) / f;
}

/** Φ(x), the standard normal CDF, accurate to about 1e-16 relative for any x. */
export function normalCdf(x: number): number {
  const z = Math.abs(x) * INV_SQRT_2;
  if (z < 3) {
    const e = erfSeries(z);
    return x >= 0 ? 0.5 + 0.5 * e : 0.5 - 0.5 * e;
  }
  const c = erfcFraction(z);
  return x >= 0 ? 1 - 0.5 * c : 0.5 * c;
}

/** φ(x) = e^(−x²/2) / √(2π). */
export function normalPdf(x: number): number {
  return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
}
