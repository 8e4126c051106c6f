/**
 * Exact sampling from a standard normal restricted to [a, b] by rejection
 * (Robert 1995, "Simulation of truncated normal variables"). @internal
 *
 * @module
 */

import type { Rng } from "../../core/mod.ts";

const SQRT_2PI = Math.sqrt(2 * Math.PI);

/** One draw of N(0, 1) conditioned on a <= z <= b (a < b, finite). */
export function truncatedStandardNormal(rng: Rng, a: number, b: number): number {
  if (a >= 0) return upperTail(rng, a, b);
  if (b <= 0) return -upperTail(rng, -b, -a);
  if (b - a >= SQRT_2PI) {
    // The interval holds 0 and is wide: plain rejection accepts often.
    for (;;) {
      const z = rng.normal();
      if (z >= a && z <= b) return z;
    }
  }
  // Narrow interval around 0: uniform proposal, accept with exp(-z²/2).
  for (;;) {
    const z = a + (b - a) * rng.uniform();
    if (rng.uniform() <= Math.exp(-0.5 * z * z)) return z;
  }
}

/** N(0, 1) restricted to [a, b] with 0 <= a < b. */
function upperTail(rng: Rng, a: number, b: number): number {
  const root = Math.sqrt(a * a + 4);
  const lambda = (a + root) / 2;
  // Robert's rule: uniform proposal for narrow intervals, translated exponential otherwise.
  const uniformBetter = b - a < (2 * Math.sqrt(Math.E) / (a + root)) *
      Math.exp((a * a - a * root) / 4);
  if (uniformBetter) {
    for (;;) {
      const z = a + (b - a) * rng.uniform();
      if (rng.uniform() <= Math.exp(0.5 * (a * a - z * z))) return z;
    }
  }
  for (;;) {
    const z = a - Math.log(1 - rng.uniform()) / lambda;
    if (z > b) continue;
    const d = z - lambda;
    if (rng.uniform() <= Math.exp(-0.5 * d * d)) return z;
  }
}
