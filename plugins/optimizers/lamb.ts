import { ADAM_DEFAULTS, type AdamFamilyOptions } from "./_rule.ts";
import {
  type Data,
  defineOptimizer,
  type OptimizerPlugin,
  type UpdateRule,
} from "../../core/mod.ts";
import { checkAdamFamily } from "../_check.ts";
import { trustRatio } from "../transforms/_norm.ts";
import { adamDefinition, adamDirection, type AdamState } from "./adam.ts";

/** Options of {@linkcode lambRule}. */
type LambOptions = Omit<AdamFamilyOptions, "lr">;

/**
 * LAMB's rule: Adam's direction (its rule, no weight decay, into a scratch
 * array), plus `wd·p`, scaled by the trust ratio, times −lr, added to p. Each
 * stage is stored in the parameter's precision, as the chain
 * scaleByAdam → addDecayedWeights → scaleByTrustRatio → scaleByLearningRate.
 */
function lambRule(o: LambOptions): UpdateRule<AdamState, number[]> {
  const adamDef = adamDefinition({ ...o, amsgrad: false, weightDecay: 0, decoupled: false });
  const c = new Array<number>(adamDef.size + 1).fill(0);
  let scratch32 = new Float32Array(0), scratch64 = new Float64Array(0);
  const scratch = (p: Data): Data => {
    const n = p.length;
    if (p instanceof Float32Array) {
      if (scratch32.length < n) scratch32 = new Float32Array(n);
      return scratch32.subarray(0, n);
    }
    if (scratch64.length < n) scratch64 = new Float64Array(n);
    return scratch64.subarray(0, n);
  };
  return {
    buffers: adamDef.buffers,
    begin(ctx) {
      adamDef.begin(c, ctx, {});
      c[adamDef.size] = -ctx.lr;
      return c;
    },
    apply(p, g, s, c) {
      const u = scratch(p), wd = o.weightDecay, k = c[c.length - 1];
      adamDirection(g, u, s, c);
      if (wd !== 0) { for (let i = 0; i < u.length; i++) u[i] += wd * p[i]; }
      const ratio = trustRatio(p, u, 0);
      if (ratio !== 1) { for (let i = 0; i < u.length; i++) u[i] *= ratio; }
      for (let i = 0; i < u.length; i++) {
        u[i] *= k;
        p[i] += u[i];
      }
    },
  };
}

/**
 * LAMB, layer-wise adaptive moments (You et al. 2020, "Large Batch
 * Optimization for Deep Learning: Training BERT in 76 minutes",
 * arXiv:1904.00962, Algorithm 2), with bias correction as in the paper's final
 * version. Not part of torch 1.13:
 *
 * ```
 * m, v as Adam;  r = (m / (1 − beta1ᵗ)) / (sqrt(v / (1 − beta2ᵗ)) + eps)
 * u = r + wd·p
 * p -= lr · (‖p‖ / ‖u‖) · u         (per tensor; ratio 1 if either norm is 0)
 * ```
 *
 * State per parameter: Adam's `expAvg` and `expAvgSq`. Reads `lr` at every
 * step; the other options are fixed when it is made.
 *
 * @example
 * ```ts
 * import { Optimizer, tensor } from "@rectify/core";
 * const w = tensor([1, -2], { requiresGrad: true });
 * const opt = new Optimizer({ w }, "lamb:lr=0.001,weightDecay=0.01");
 * w.mul(w).sum().backward();
 * opt.step();
 * console.log(w.toArray());
 * ```
 */
export const lamb: OptimizerPlugin<AdamFamilyOptions> = defineOptimizer({
  name: "lamb",
  version: "1.0.0",
  description: "LAMB layer-wise trust ratio on Adam (You et al. 2020)",
  defaults: { ...ADAM_DEFAULTS, eps: 1e-6 },
  validate: (o) => checkAdamFamily("lamb", o),
  create: (o) => lambRule(o),
});
