import { defineGradient, type GradientPlugin, type RemovableHandle } from "../../core/mod.ts";
import { sumSquares } from "../_sum.ts";

/**
 * What `gradNormMonitor`'s `read()` returns: for each parameter, by dotted
 * name (`"0.weight"`), the L2 norm of its gradient at every backward pass
 * since attach or `reset()`, oldest first.
 */
export type GradNormReport = Record<string, number[]>;

/**
 * Records the L2 norm √(Σ g²) of the gradient of every parameter at every
 * backward pass (one entry per step in the usual zeroGrad / backward / step
 * loop), to spot vanishing or exploding gradients. It does not change any
 * gradient. It sees the gradient of each backward pass as it reaches the
 * parameter (before accumulation into `.grad`), after tensor hooks
 * registered before it (e.g. `gradientNoise` attached earlier). Covers the
 * parameters present when attached.
 *
 * `read()` returns a {@linkcode GradNormReport} (a fresh copy);
 * `reset()` empties it.
 *
 * @example
 * ```ts
 * import { type GradNormReport, mlp, Rng, tensor } from "@rectify/core";
 * const model = mlp({ inputSize: 2, hidden: [3], outputSize: 1, rng: new Rng(0) });
 * const norms = model.applyGradient<GradNormReport>("gradNormMonitor");
 * model.call(tensor([[1, 2]])).sum().backward();
 * console.log(Object.keys(norms.read())); // ["0.weight", "0.bias", "2.weight", "2.bias"]
 * ```
 */
export const gradNormMonitor: GradientPlugin<Record<string, never>> = defineGradient({
  name: "gradNormMonitor",
  version: "1.0.0",
  description: "records the L2 gradient norm of every parameter per backward pass",
  defaults: {},
  create: () => ({
    attach(model) {
      const history = new Map<string, number[]>();
      const handles: RemovableHandle[] = [];
      for (const [name, p] of model.namedParameters()) {
        if (!p.requiresGrad) continue;
        const list: number[] = [];
        history.set(name, list);
        handles.push(p.registerHook((g) => {
          list.push(Math.sqrt(sumSquares(g.data)));
        }));
      }
      return {
        remove() {
          for (const h of handles) h.remove();
        },
        read(): GradNormReport {
          const out: GradNormReport = {};
          for (const [name, list] of history) out[name] = [...list];
          return out;
        },
        reset() {
          for (const list of history.values()) list.length = 0;
        },
      };
    },
  }),
});
