/**
 * Shared machinery of element-wise activations: a forward kernel and a
 * backward kernel over whole typed arrays (no per-element closures), wrapped
 * as a recorded op named after the plugin. @internal
 *
 * @module
 */

import {
  type ActivationKernel,
  alloc,
  type Data,
  defineFunction,
  getBackend,
  Tensor,
} from "../../core/mod.ts";

/** Kernels of an element-wise activation. */
export interface ElementwiseKernels {
  /** Op name on the tape (the plugin name, so gradient overrides can target it). */
  name: string;
  /** `y[i] = f(x[i])` for all i. */
  forward(x: Data, y: Data): void;
  /**
   * `out[i] = g[i] · f'(·)` for all i. `saved` is the input or the output,
   * as chosen by `saves`.
   */
  backward(saved: Data, g: Data, out: Data): void;
  /**
   * What the backward needs: `"output"` lets the input be freed after the
   * forward pass (relu, leakyRelu, elu, sigmoid, tanh...), `"input"` keeps it.
   */
  saves: "input" | "output";
  /**
   * Backend kernels computing exactly the same as `forward` / `backward`
   * (see `Backend.activation`); used when the current backend has them.
   */
  backendKernels?: { forward: ActivationKernel; backward?: ActivationKernel };
}

/**
 * The bits of a float32 array as int32 (same memory), for branchless kernels:
 * with random signs a `x > 0 ? … : …` loop mispredicts half its branches and
 * runs ~10x slower than integer masking (see `bench/activations_bench.ts`).
 */
export function bitsOf(a: Float32Array): Int32Array {
  return new Int32Array(a.buffer, a.byteOffset, a.length);
}

/** Build a differentiable element-wise activation from its kernels. */
export function elementwise(k: ElementwiseKernels): (x: Tensor) => Tensor {
  return defineFunction({
    name: k.name,
    forward(ctx, x: Tensor) {
      const y = alloc(x.dtype, x.size);
      const be = getBackend();
      const bk = k.backendKernels;
      if (!(bk && be.activation && be.activation(bk.forward, [x.data], y))) k.forward(x.data, y);
      const out = new Tensor(y, x.shape);
      ctx.save(k.saves === "output" ? out : x);
      return out;
    },
    backward(ctx, g) {
      const saved = ctx.saved[0];
      const out = alloc(g.dtype, g.size);
      const be = getBackend();
      const bk = k.backendKernels?.backward;
      if (!(bk && be.activation && be.activation(bk, [saved.data, g.data], out))) {
        k.backward(saved.data, g.data, out);
      }
      return new Tensor(out, g.shape);
    },
  });
}
