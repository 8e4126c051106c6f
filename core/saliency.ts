/**
 * Saliency maps: the gradient of a class score with respect to the input.
 *
 * @module
 */

import { fmtShape, RectifyError } from "./errors.ts";
import type { Module } from "./module.ts";
import { withGradient } from "./override.ts";
import { defaultRegistry, type Registry } from "./registry.ts";
import { alloc } from "./storage.ts";
import { Tensor } from "./tensor.ts";

/**
 * How ReLU gradients are treated by {@linkcode saliency}: `"vanilla"`, or a
 * mode the registry maps to a gradient plugin (`registry.defaults.saliency`;
 * the built-ins provide `"guided"` and `"deconvnet"`).
 */
export type SaliencyMode = string;

/** Options of {@linkcode saliency}. */
export interface SaliencyOptions {
  /**
   * `"vanilla"` (plain gradient, Simonyan et al. 2013), `"guided"` (guided
   * backprop: g·[x > 0]·[g > 0] at every relu, Springenberg et al. 2014) or
   * `"deconvnet"` (max(g, 0) at every relu, Zeiler & Fergus 2014). Default
   * `"vanilla"`.
   */
  mode?: SaliencyMode;
  /** Registry whose `defaults.saliency` maps the mode to a gradient plugin (default: `defaultRegistry`). */
  registry?: Registry;
}

/**
 * d(Σ over the batch of `model(input)[:, targetClass]`) / d`input`, with the
 * relu backward rule chosen by `mode` (through the gradient plugin the
 * registry names for it, an override of the relu op). The target
 * indexes the last axis of the output. Returns a new tensor of the input's
 * shape and dtype; neither `input` nor the parameters' `.grad` are touched
 * (parameters are excluded from the graph while it runs).
 *
 * The model runs in its current mode: call `model.eval()` first if it has
 * dropout or batch norm.
 *
 * @example
 * ```ts
 * import { mlp, Rng, saliency, tensor } from "@rectify/core";
 * const model = mlp({ inputSize: 3, hidden: [5], outputSize: 2, rng: new Rng(0) });
 * const map = saliency(model, tensor([[1, -2, 0.5]]), 1, { mode: "guided" });
 * console.log(map.shape); // [1, 3]
 * ```
 */
export function saliency(
  model: Module,
  input: Tensor,
  targetClass: number,
  options: SaliencyOptions = {},
): Tensor {
  const mode = options.mode ?? "vanilla";
  const registry = options.registry ?? defaultRegistry;
  const modes = registry.defaults.saliency ?? {};
  if (mode !== "vanilla" && !Object.hasOwn(modes, mode)) {
    const known = ["vanilla", ...Object.keys(modes)].map((m) => JSON.stringify(m)).join(", ");
    throw new RectifyError(
      "option",
      `saliency: mode must be one of ${known}, got ${JSON.stringify(mode)}`,
    );
  }
  if (!(input instanceof Tensor)) {
    throw new RectifyError("dtype", `saliency: input must be a Tensor, got ${typeof input}`);
  }
  const x = new Tensor(
    input.dtype === "float64" ? new Float64Array(input.data) : new Float32Array(input.data),
    input.shape,
    {
      requiresGrad: true,
    },
  );
  const params = model.parameters().filter((p) => p.isLeaf && p.requiresGrad);
  for (const p of params) p.requiresGrad = false;
  try {
    const run = (): void => {
      const out = model.call(x);
      const k = out.shape[out.ndim - 1];
      if (out.ndim === 0 || !Number.isInteger(targetClass) || targetClass < 0 || targetClass >= k) {
        throw new RectifyError(
          "option",
          `saliency: targetClass must be an integer in [0, ${(k ?? 1) - 1}] for output shape ${
            fmtShape(out.shape)
          }, got ${targetClass}`,
        );
      }
      if (!out.requiresGrad) return;
      out.slice(out.ndim - 1, targetClass, targetClass + 1).sum().backward();
    };
    if (mode === "vanilla") run();
    else withGradient(modes[mode], run, { registry });
  } finally {
    for (const p of params) p.requiresGrad = true;
  }
  return x.grad ?? new Tensor(alloc(x.dtype, x.size), x.shape);
}
