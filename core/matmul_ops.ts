/**
 * Matrix products: `matmul` (batched, broadcast) and the fused `affine` of a dense layer.
 *
 * @module
 */

import { type Data, getBackend, jsBackend } from "./backend.ts";
import { fmtShape, RectifyError } from "./errors.ts";
import { broadcastShapes, sizeOf, sliceShape, stridesOf } from "./shape.ts";
import { allocEmpty } from "./storage.ts";
import { _gradDestination, _record, type BackwardRule } from "./autograd.ts";
import { Tensor } from "./tensor.ts";
import { requireTensor } from "./_check.ts";
import { add, dataAs, kernelData, resultDtype } from "./ops.ts";
import { sumToShape } from "./reduce_ops.ts";

/**
 * `a·b` with either operand read transposed. In a backward rule, `input` is
 * the op input whose gradient this is: an unbatched product may then be
 * written straight into that input's gradient buffer (see
 * `_gradDestination`). @internal
 */
export function matmulRaw(
  a: Tensor,
  b: Tensor,
  aShape: readonly number[],
  bShape: readonly number[],
  transA: boolean,
  transB: boolean,
  op: string,
  input = -1,
): Tensor {
  const dtype = resultDtype(a, b);
  const ar = aShape.length, br = bShape.length;
  const batchA = sliceShape(aShape, 0, ar - 2), batchB = sliceShape(bShape, 0, br - 2);
  const batch = broadcastShapes(batchA, batchB, op);
  const nb = sizeOf(batch);
  // a batch runs on views of the storage, which only host memory has: made current then
  const ad = nb === 1 ? kernelData(a, dtype) : dataAs(a, dtype);
  const bd = nb === 1 ? kernelData(b, dtype) : dataAs(b, dtype);
  const m = transA ? aShape[ar - 1] : aShape[ar - 2];
  const ka = transA ? aShape[ar - 2] : aShape[ar - 1];
  const kb = transB ? bShape[br - 1] : bShape[br - 2];
  const n = transB ? bShape[br - 2] : bShape[br - 1];
  if (ka !== kb) {
    throw new RectifyError(
      "shape",
      `${op}: inner dimensions differ: ${fmtShape(aShape)} @ ${fmtShape(bShape)} (${ka} vs ${kb})`,
    );
  }
  const out = (input >= 0 && nb === 1 ? _gradDestination(input, dtype, m * n) : null) ??
    allocEmpty(dtype, nb * m * n, "tensor");
  if (nb === 1) getBackend().matmul(ad, bd, out, m, ka, n, { transA, transB });
  else matmulBatched(ad, bd, out, batchA, batchB, batch, m, ka, n, transA, transB);
  return new Tensor(out, [...batch, m, n]);
}

/** The products of a broadcast batch, each on views of the operands' and output's storage. */
function matmulBatched(
  ad: Data,
  bd: Data,
  out: Data,
  batchA: readonly number[],
  batchB: readonly number[],
  batch: readonly number[],
  m: number,
  ka: number,
  n: number,
  transA: boolean,
  transB: boolean,
): void {
  // views are host storage; a backend with device memory is not handed views
  const be = getBackend().toHost === undefined ? getBackend() : jsBackend;
  const aMat = m * ka, bMat = ka * n, nb = sizeOf(batch);
  const aStr = batchStrides(batchA, batch), bStr = batchStrides(batchB, batch);
  const idx = new Array<number>(batch.length).fill(0);
  for (let t = 0; t < nb; t++) {
    let ao = 0, bo = 0;
    for (let d = 0; d < batch.length; d++) {
      ao += idx[d] * aStr[d];
      bo += idx[d] * bStr[d];
    }
    be.matmul(
      ad.subarray(ao * aMat, (ao + 1) * aMat),
      bd.subarray(bo * bMat, (bo + 1) * bMat),
      out.subarray(t * m * n, (t + 1) * m * n),
      m,
      ka,
      n,
      { transA, transB },
    );
    for (let d = batch.length - 1; d >= 0; d--) {
      if (++idx[d] < batch[d]) break;
      idx[d] = 0;
    }
  }
}

function batchStrides(shape: readonly number[], batch: readonly number[]): number[] {
  const st = stridesOf(shape);
  const out = new Array<number>(batch.length).fill(0);
  for (let i = 0; i < shape.length; i++) {
    const bi = batch.length - shape.length + i;
    out[bi] = shape[i] === 1 ? 0 : st[i];
  }
  return out;
}

/**
 * Matrix product of 2-D tensors, or batched with broadcast batch dimensions.
 * The backward runs `g·Bᵀ` and `Aᵀ·g` without materialising transposes.
 *
 * @example
 * ```ts
 * import { matmul, tensor } from "@rectify/core";
 * console.log(matmul(tensor([[1, 2]]), tensor([[3], [4]])).toArray()); // [[11]]
 * ```
 */
export function matmul(a: Tensor, b: Tensor): Tensor {
  requireTensor(a, "matmul", "a");
  requireTensor(b, "matmul", "b");
  if (a.ndim < 2 || b.ndim < 2) {
    throw new RectifyError(
      "shape",
      `matmul: both operands need at least 2 dimensions, got ${fmtShape(a.shape)} and ${
        fmtShape(b.shape)
      }`,
    );
  }
  const out = matmulRaw(a, b, a.shape, b.shape, false, false, "matmul");
  return _record("matmul", [a, b], out, matmulRule(a, b));
}

function matmulRule(a: Tensor, b: Tensor): BackwardRule {
  return (g, ctx) => [
    ctx.needsInputGrad[0]
      ? sumToShape(matmulRaw(g, b, g.shape, b.shape, false, true, "matmul", 0), a.shape)
      : null,
    ctx.needsInputGrad[1]
      ? sumToShape(matmulRaw(a, g, a.shape, g.shape, true, false, "matmul", 1), b.shape)
      : null,
  ];
}

/**
 * Dense-layer forward `x @ w + b` (x `[batch, in]`, w `[in, out]`, b `[out]`
 * or null) in one fused backend kernel when the backend has one. The tape
 * is the same as `add(matmul(x, w), b)`: a `"matmul"` node and an `"add"`
 * node with the same backward rules (the intermediate product is not kept:
 * only the graph refers to it, and its rules never read its values).
 *
 * @example
 * ```ts
 * import { affine, tensor } from "@rectify/core";
 * const y = affine(tensor([[1, 2]]), tensor([[1, 0], [0, 1]]), tensor([10, 20]));
 * console.log(y.toArray()); // [[11, 22]]
 * ```
 */
export function affine(x: Tensor, w: Tensor, b: Tensor | null): Tensor {
  const be = getBackend();
  if (
    !be.linear || !(x instanceof Tensor) || !(w instanceof Tensor) || x.ndim !== 2 ||
    w.ndim !== 2 || x.shape[1] !== w.shape[0] || x.dtype !== w.dtype ||
    (b !== null && (!(b instanceof Tensor) || b.ndim !== 1 || b.shape[0] !== w.shape[1] ||
      b.dtype !== x.dtype))
  ) {
    const y = matmul(x, w);
    return b === null ? y : add(y, b);
  }
  const [m, k] = x.shape;
  const n = w.shape[1];
  const out = allocEmpty(x.dtype, m * n, "tensor");
  be.linear(x.storage, w.storage, b === null ? null : b.storage, out, m, k, n);
  const product = _record("matmul", [x, w], new Tensor(out, [m, n]), matmulRule(x, w));
  if (b === null) return product;
  return _record("add", [product, b], new Tensor(out, [m, n]), (g) => [
    sumToShape(g, product.shape),
    sumToShape(g, b.shape),
  ]);
}
