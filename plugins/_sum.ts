/**
 * Float64 sums over a storage array shared by the built-in plugins. The loop
 * is compiled once per array type (`storageLoops`: a loop that meets both
 * `Float32Array` and `Float64Array` reads boxed numbers), and its four
 * partial sums live in a `Float64Array` rather than in local variables:
 * V8's mid-tier compiler (Maglev) boxes a floating-point loop variable on
 * every iteration, which in a per-step hook was most of a training step's
 * garbage; a typed-array slot is never boxed, and four independent sums run
 * faster in either tier. @internal
 *
 * @module
 */

import { type Data, type Kernel, runKernel } from "../core/mod.ts";
import { loopFor, storageLoops } from "./optimizers/_rule.ts";

// the factory is recompiled from its source per type: everything it uses is made inside it
const squares = storageLoops(() => {
  const acc = new Float64Array(4);
  return function squares(d: Data): number {
    acc.fill(0);
    const n = d.length, n4 = n & ~3;
    let i = 0;
    for (; i < n4; i += 4) {
      acc[0] += d[i] * d[i];
      acc[1] += d[i + 1] * d[i + 1];
      acc[2] += d[i + 2] * d[i + 2];
      acc[3] += d[i + 3] * d[i + 3];
    }
    for (; i < n; i++) acc[0] += d[i] * d[i];
    return acc[0] + acc[1] + acc[2] + acc[3];
  };
});

const squaresReference: Kernel = ([d], [out]) => {
  out[0] = loopFor(squares, d)(d);
};

/** Where the `"sumSquares"` op writes its answer. */
const sum = new Float64Array(1);

/**
 * `Σ x²` over `d`, in float64 (four interleaved partial sums, then added):
 * the `"sumSquares"` op, on the current backend's kernel of that name if any
 * (the wasm backend's, on the float32 blocks where a step's gradients live,
 * gives these bits), else this loop.
 */
export function sumSquares(d: Data): number {
  runKernel("sumSquares", [d], [sum], [], squaresReference);
  return sum[0];
}
