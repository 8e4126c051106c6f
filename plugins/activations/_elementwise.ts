/**
 * Shared machinery of element-wise activations: a forward kernel and a
 * backward kernel over whole typed arrays (no per-element closures), wrapped
 * as a recorded op named after the plugin. @internal
 *
 * @module
 */

import {
  type ActivationKernel,
  allocData,
  type Data,
  defineFunction,
  getBackend,
  jsBackend,
  RectifyError,
  Tensor,
} from "../../core/mod.ts";

/** Kernels of an element-wise activation. */
export interface ElementwiseKernels {
  /** Op name on the tape (the plugin name, so gradient overrides can target it). */
  name: string;
  /**
   * What the backward needs: `"output"` lets the input be freed after the
   * forward pass (relu, leakyRelu, elu, sigmoid, tanh...), `"input"` keeps it.
   */
  saves: "input" | "output";
  /**
   * Named backend kernels (see `Backend.activation`) and their parameters;
   * the current backend's kernel runs when it has one, else the js
   * reference kernel. A direction without a named kernel needs its loop below.
   */
  backendKernels?: {
    forward?: ActivationKernel;
    backward?: ActivationKernel;
    params?: readonly number[];
  };
  /** `y[i] = f(x[i])` for all i (when there is no forward kernel). */
  forward?(x: Data, y: Data): void;
  /**
   * `out[i] = g[i] · f'(·)` for all i (when there is no backward kernel).
   * `saved` is the input or the output, as chosen by `saves`.
   */
  backward?(saved: Data, g: Data, out: Data): void;
}

function run(
  kernel: ActivationKernel | undefined,
  params: readonly number[] | undefined,
  loop: ((a: Data, b: Data, out: Data) => void) | undefined,
  inputs: Data[],
  out: Data,
): void {
  if (kernel !== undefined) {
    const be = getBackend();
    if (be.activation && be.activation(kernel, inputs, out, params)) return;
    if (jsBackend.activation!(kernel, inputs, out, params)) return;
  }
  if (loop === undefined) {
    throw new RectifyError("plugin", `activation kernel "${kernel}" is not implemented`);
  }
  out.fill(0); // the plugin's own loop may rely on zeros (arena storage is not zeroed)
  loop(inputs[0], inputs[1], out);
}

/** Build a differentiable element-wise activation from its kernels. */
export function elementwise(k: ElementwiseKernels): (x: Tensor) => Tensor {
  const bk = k.backendKernels;
  const fw = k.forward === undefined ? undefined : (x: Data, _: Data, y: Data) => k.forward!(x, y);
  return defineFunction({
    name: k.name,
    forward(ctx, x: Tensor) {
      const y = allocData(x.dtype, x.size);
      run(bk?.forward, bk?.params, fw, [x.data], y);
      const out = new Tensor(y, x.shape);
      ctx.save(k.saves === "output" ? out : x);
      return out;
    },
    backward(ctx, g) {
      const saved = ctx.saved[0];
      const out = allocData(g.dtype, g.size);
      run(bk?.backward, bk?.params, k.backward, [saved.data, g.data], out);
      return new Tensor(out, g.shape);
    },
  });
}
