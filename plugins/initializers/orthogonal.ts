import {
  allocData,
  defineInitializer,
  type DType,
  fmtShape,
  type InitializerPlugin,
  RectifyError,
  Tensor,
} from "../../core/mod.ts";
import { checkPositive } from "./_check.ts";

/**
 * (Semi-)orthogonal initialisation (Saxe, McClelland & Ganguli 2014, "Exact
 * solutions to the nonlinear dynamics of learning in deep linear neural
 * networks"), as torch.nn.init.orthogonal_: a seeded Gaussian matrix
 * `rows × cols` (rows = shape[0], cols = the product of the rest) is
 * orthonormalised by QR (modified Gram–Schmidt, run twice for accuracy, with
 * a positive diagonal of R — torch's sign fix), then scaled by `gain`. For a
 * dense kernel `[in, out]`: if in ≥ out then Wᵀ·W = gain²·I, otherwise
 * W·Wᵀ = gain²·I.
 *
 * @example
 * ```ts
 * import { defaultRegistry, Rng } from "@rectify/core";
 * const w = defaultRegistry.create("initializer", "orthogonal", { rng: new Rng(0) })([3, 2]);
 * const d = w.data;
 * console.log(Math.abs(d[0] * d[1] + d[2] * d[3] + d[4] * d[5]) < 1e-6); // true
 * ```
 */
export const orthogonal: InitializerPlugin<{ gain: number }> = defineInitializer({
  name: "orthogonal",
  version: "1.0.0",
  description: "gain * a random (semi-)orthogonal matrix",
  defaults: { gain: 1 },
  validate({ gain }) {
    checkPositive("orthogonal", "gain", gain);
  },
  create({ gain }, ctx) {
    return (shape, options) => {
      if (shape.length < 2) {
        throw new RectifyError(
          "shape",
          `orthogonal: needs a shape with at least 2 dimensions, got ${fmtShape(shape)}`,
        );
      }
      const dtype: DType = options?.dtype ?? ctx.dtype;
      const rng = options?.rng ?? ctx.rng;
      const rows = shape[0];
      const size = shape.reduce((x, y) => x * y, 1);
      const cols = rows === 0 ? 0 : size / rows;
      const flat = new Float64Array(size);
      for (let i = 0; i < size; i++) flat[i] = rng.normal();
      // Orthonormalise the k vectors of length n of the tall matrix (n >= k).
      const tall = rows >= cols;
      const n = tall ? rows : cols, k = tall ? cols : rows;
      const q = new Float64Array(n * k); // q[j*n + i]: vector j
      for (let j = 0; j < k; j++) {
        for (let i = 0; i < n; i++) q[j * n + i] = tall ? flat[i * cols + j] : flat[j * cols + i];
      }
      orthonormalise(q, n, k);
      const out = allocData(dtype, size);
      for (let j = 0; j < k; j++) {
        for (let i = 0; i < n; i++) {
          const v = gain * q[j * n + i];
          if (tall) out[i * cols + j] = v;
          else out[j * cols + i] = v;
        }
      }
      return new Tensor(out, shape);
    };
  },
});

/** Modified Gram–Schmidt with one re-orthogonalisation pass, in place. */
function orthonormalise(q: Float64Array, n: number, k: number): void {
  for (let j = 0; j < k; j++) {
    const vj = j * n;
    for (let pass = 0; pass < 2; pass++) {
      for (let p = 0; p < j; p++) {
        const vp = p * n;
        let dot = 0;
        for (let i = 0; i < n; i++) dot += q[vp + i] * q[vj + i];
        for (let i = 0; i < n; i++) q[vj + i] -= dot * q[vp + i];
      }
    }
    let norm = 0;
    for (let i = 0; i < n; i++) norm += q[vj + i] * q[vj + i];
    norm = Math.sqrt(norm);
    if (norm === 0) {
      throw new RectifyError("numeric", "orthogonal: the random matrix is rank-deficient");
    }
    for (let i = 0; i < n; i++) q[vj + i] /= norm;
  }
}
