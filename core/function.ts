/**
 * Custom differentiable functions in the spirit of `torch.autograd.Function`.
 *
 * @module
 */

import { RectifyError } from "./errors.ts";
import { _record, noGrad } from "./autograd.ts";
import { Tensor } from "./tensor.ts";

/** What `forward` and `backward` of a custom function share. */
export interface FunctionContext {
  /** Save tensors for the backward pass. */
  save(...tensors: Tensor[]): void;
  /** The tensors saved by `forward`. */
  readonly saved: Tensor[];
  /** Free-form values for the backward pass (shapes, options, masks). */
  readonly data: Record<string, unknown>;
  /** Which inputs need a gradient. */
  readonly needsInputGrad: readonly boolean[];
}

/** Definition given to {@linkcode defineFunction}. */
export interface FunctionDefinition<A extends Tensor[]> {
  /** Op name recorded on the tape; gradient overrides use it (e.g. `"relu"`). */
  name: string;
  /** Compute the output (runs with the tape off). */
  forward(ctx: FunctionContext, ...inputs: A): Tensor;
  /** Gradient of each input given the output gradient (null for none). */
  backward(ctx: FunctionContext, grad: Tensor): Tensor | (Tensor | null)[];
}

/**
 * Define a differentiable function from a forward and a backward rule. The
 * function's `name` is the op name on the tape, so
 * `withGradientOverride({ [name]: rule }, ...)` can replace its backward.
 *
 * @example ReLU from scratch
 * ```ts
 * import { defineFunction, tensor } from "@rectify/core";
 * const myRelu = defineFunction({
 *   name: "myRelu",
 *   forward(ctx, x) {
 *     const mask = x.gt(0);
 *     ctx.save(mask);
 *     return x.mul(mask);
 *   },
 *   backward(ctx, g) {
 *     return g.mul(ctx.saved[0]);
 *   },
 * });
 * const x = tensor([-1, 2], { requiresGrad: true });
 * myRelu(x).sum().backward();
 * console.log(x.grad!.toArray()); // [0, 1]
 * ```
 */
export function defineFunction<A extends Tensor[]>(
  definition: FunctionDefinition<A>,
): (...inputs: A) => Tensor {
  const { name, forward, backward } = definition;
  if (typeof name !== "string" || name === "") {
    throw new RectifyError(
      "option",
      `defineFunction: name must be a non-empty string, got ${name}`,
    );
  }
  if (typeof forward !== "function" || typeof backward !== "function") {
    throw new RectifyError(
      "option",
      `defineFunction "${name}": forward and backward must be functions`,
    );
  }
  return (...inputs: A): Tensor => {
    for (const [i, t] of inputs.entries()) {
      if (!(t instanceof Tensor)) {
        throw new RectifyError("dtype", `${name}: input ${i} must be a Tensor, got ${typeof t}`);
      }
    }
    const saved: Tensor[] = [];
    const ctx: FunctionContext = {
      save: (...ts) => void saved.push(...ts),
      saved,
      data: {},
      needsInputGrad: inputs.map((t) => t.requiresGrad),
    };
    const out = noGrad(() => forward(ctx, ...inputs));
    if (!(out instanceof Tensor)) {
      throw new RectifyError(
        "autograd",
        `${name}: forward must return a Tensor, got ${typeof out}`,
      );
    }
    const result = out.isLeaf && !inputs.includes(out) ? out : out.detach();
    return _record(
      name,
      inputs,
      result,
      (g) => {
        const r = backward(ctx, g);
        const list = Array.isArray(r) ? r : [r];
        if (list.length !== inputs.length) {
          throw new RectifyError(
            "autograd",
            `${name}: backward returned ${list.length} gradients for ${inputs.length} inputs`,
          );
        }
        return list;
      },
      saved,
      ctx.data,
    );
  };
}
