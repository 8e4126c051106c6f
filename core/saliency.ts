/**
 * Saliency maps: the gradient of a class score with respect to the input.
 *
 * @module
 */

import { fmtShape, RectifyError } from "./errors.ts";
import type { Module } from "./module.ts";
import { withGradient } from "./override.ts";
import type { Registry } from "./registry.ts";
import { alloc, Tensor } from "./tensor.ts";

/** How ReLU gradients are treated by {@linkcode saliency}. */
export type SaliencyMode = "vanilla" | "guided" | "deconvnet";

/** Options of {@linkcode saliency}. */
export interface SaliencyOptions {
  /**
   * `"vanilla"` (plain gradient, Simonyan et al. 2013), `"guided"` (guided
   * backprop: g·[x > 0]·[g > 0] at every relu, Springenberg et al. 2014) or
   * `"deconvnet"` (max(g, 0) at every relu, Zeiler & Fergus 2014). Default
   * `"vanilla"`.
   */
  mode?: SaliencyMode;
  /** Registry holding the `guidedBackprop` / `deconvnet` gradient plugins (default: `defaultRegistry`). */
  registry?: Registry;
}

const PLUGIN_OF: Record<SaliencyMode, string | null> = {
  vanilla: null,
  guided: "guidedBackprop",
  deconvnet: "deconvnet",
};

/**
 * d(Σ over the batch of `model(input)[:, targetClass]`) / d`input`, with the
 * relu backward rule chosen by `mode` (through the gradient plugins
 * `guidedBackprop` / `deconvnet`, i.e. overrides of op `"relu"`). The target
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
  if (!Object.hasOwn(PLUGIN_OF, mode)) {
    throw new RectifyError(
      "option",
      `saliency: mode must be "vanilla", "guided" or "deconvnet", got ${JSON.stringify(mode)}`,
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
    const plugin = PLUGIN_OF[mode];
    if (plugin === null) run();
    else withGradient(plugin, run, { registry: options.registry });
  } finally {
    for (const p of params) p.requiresGrad = true;
  }
  return x.grad ?? new Tensor(alloc(x.dtype, x.size), x.shape);
}
