// Helpers of the layer tests: seeded float64 inputs and a gradcheck that fails with its message.
import assert from "node:assert/strict";
import { gradcheck, type GradcheckOptions, Rng, type Tensor, tensor } from "../../mod.ts";

/** A float64 tensor of seeded normal values (distinct almost surely: no pooling ties). */
export function randn(shape: readonly number[], seed: number, requiresGrad = true): Tensor {
  const rng = new Rng(seed);
  const n = shape.reduce((a, b) => a * b, 1);
  const d = new Float64Array(n);
  for (let i = 0; i < n; i++) d[i] = rng.normal();
  return tensor(d, { shape, requiresGrad });
}

/** Assert that autograd matches central differences for `fn` at `inputs`. */
export function assertGradcheck(
  what: string,
  fn: (...xs: Tensor[]) => Tensor,
  inputs: readonly Tensor[],
  options: GradcheckOptions = {},
): void {
  const r = gradcheck(fn, inputs, { atol: 1e-6, rtol: 1e-5, ...options });
  assert.ok(r.ok, `${what}: ${r.message}`);
}
