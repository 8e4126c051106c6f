/**
 * The machinery every element-wise activation is built with, built-in or
 * third-party: a forward and a backward, each a reference loop over whole
 * typed arrays that defines the op and, optionally, an op name under which
 * the current backend may bring a faster kernel (see `runKernel`).
 *
 * @module
 */

import {
  type Data,
  defineFunction,
  emptyData,
  type Kernel,
  runKernel,
  syncHost,
  Tensor,
} from "../../core/mod.ts";

/**
 * One direction (forward or backward) of an element-wise activation.
 *
 * @example A forward asking the backend for a kernel named "squarePlus"
 * ```ts
 * import type { Data, ElementwiseStep } from "@rectify/core";
 * const forward: ElementwiseStep = {
 *   kernel: "squarePlus",
 *   reference([x]: readonly Data[], [y]: readonly Data[], [b]: readonly number[]) {
 *     for (let i = 0; i < y.length; i++) y[i] = (x[i] + Math.sqrt(x[i] * x[i] + b)) / 2;
 *   },
 * };
 * console.log(forward.kernel); // "squarePlus"
 * ```
 */
export interface ElementwiseStep {
  /**
   * Op name the current backend is asked for a kernel under
   * (`findKernel(kernel)`: one registered with `registerKernel` for the
   * backend's name, else the backend's own). Without it, `reference` always
   * runs. A kernel must give `reference`'s results (the plugin kit checks it).
   */
  kernel?: string;
  /**
   * The loop that defines the op, over whole arrays: the forward reads `[x]`
   * and writes `[y]`; the backward reads `[saved, g]` (`saved` the input or
   * the output, as chosen by `saves`) and writes `[dx]` with
   * `dx[i] = g[i] · f'(·)`. Both get the definition's `params`. It must write
   * every output element (not rely on its initial contents) and handle float32 and
   * float64 arrays; the return value is ignored.
   */
  reference: Kernel;
}

/**
 * An element-wise activation, as {@linkcode elementwise} takes it.
 *
 * @example Softsign, its maths in two loops
 * ```ts
 * import type { Data, ElementwiseDefinition } from "@rectify/core";
 * const softsign: ElementwiseDefinition = {
 *   name: "softsign",
 *   saves: "input",
 *   forward: {
 *     reference([x]: readonly Data[], [y]: readonly Data[]) {
 *       for (let i = 0; i < y.length; i++) y[i] = x[i] / (1 + Math.abs(x[i]));
 *     },
 *   },
 *   backward: {
 *     reference([x, g]: readonly Data[], [dx]: readonly Data[]) {
 *       for (let i = 0; i < dx.length; i++) dx[i] = g[i] / (1 + Math.abs(x[i])) ** 2;
 *     },
 *   },
 * };
 * console.log(softsign.saves); // "input"
 * ```
 */
export interface ElementwiseDefinition {
  /** Op name on the tape (the plugin name, so gradient overrides can target it). */
  name: string;
  /**
   * What the backward reads besides g: `"output"` lets the input be freed
   * after the forward pass (relu, leakyRelu, elu, sigmoid, tanh...),
   * `"input"` keeps it.
   */
  saves: "input" | "output";
  /** Numbers both directions get as `params` (options, in an order the plugin documents). */
  params?: readonly number[];
  /** `y = f(x)`. */
  forward: ElementwiseStep;
  /** `dx = g · f'(·)`. */
  backward: ElementwiseStep;
}

function run(step: ElementwiseStep, inputs: Data[], out: Data, params: readonly number[]): void {
  if (step.kernel === undefined) {
    for (const d of inputs) syncHost(d);
    step.reference(inputs, [out], params);
  } else runKernel(step.kernel, inputs, [out], params, step.reference);
}

/**
 * Build a differentiable element-wise activation from its definition: a
 * recorded op named `def.name` whose forward and backward run the current
 * backend's kernel for their op names when it has one (and does not decline
 * these arrays), else their reference loops. This is how every built-in
 * element-wise activation is made; a third-party plugin uses it the same way.
 *
 * @example A plugin built from two loops
 * ```ts
 * import { type Data, defaultRegistry, defineActivation, elementwise, tensor } from "@rectify/core";
 * const bentIdentity = defineActivation({
 *   name: "bentIdentityDoc",
 *   version: "1.0.0",
 *   description: "(sqrt(x² + 1) − 1)/2 + x",
 *   defaults: {},
 *   create: () => ({
 *     forward: elementwise({
 *       name: "bentIdentityDoc",
 *       saves: "input",
 *       forward: {
 *         reference([x]: readonly Data[], [y]: readonly Data[]) {
 *           for (let i = 0; i < y.length; i++) y[i] = (Math.sqrt(x[i] * x[i] + 1) - 1) / 2 + x[i];
 *         },
 *       },
 *       backward: {
 *         reference([x, g]: readonly Data[], [dx]: readonly Data[]) {
 *           for (let i = 0; i < dx.length; i++) {
 *             dx[i] = g[i] * (x[i] / (2 * Math.sqrt(x[i] * x[i] + 1)) + 1);
 *           }
 *         },
 *       },
 *     }),
 *   }),
 * });
 * defaultRegistry.register(bentIdentity);
 * const f = defaultRegistry.create("activation", "bentIdentityDoc");
 * const x = tensor([0, 1], { requiresGrad: true });
 * f.forward(x).sum().backward();
 * console.log(x.grad!.toArray()); // [1, 1.3535...]
 * ```
 */
export function elementwise(def: ElementwiseDefinition): (x: Tensor) => Tensor {
  const { forward, backward } = def;
  const params = def.params ?? [];
  return defineFunction({
    name: def.name,
    forward(ctx, x: Tensor) {
      const y = emptyData(x.dtype, x.size);
      run(forward, [x.storage], y, params);
      const out = new Tensor(y, x.shape);
      ctx.save(def.saves === "output" ? out : x);
      return out;
    },
    backward(ctx, g) {
      const saved = ctx.saved[0];
      const out = emptyData(g.dtype, g.size);
      run(backward, [saved.storage, g.storage], out, params);
      return new Tensor(out, g.shape);
    },
  });
}
