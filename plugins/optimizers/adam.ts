import {
  type Data,
  defineOptimizer,
  type Kernel,
  type OptimizerPlugin,
  runKernel,
  type UpdateRule,
} from "../../core/mod.ts";
import { checkAdamFamily } from "../_check.ts";
import {
  ADAM_DEFAULTS,
  type AdamFamilyOptions,
  loopFor,
  type MomentOptions,
  type RuleDefinition,
  type RuleLoop,
  storageLoops,
  updateInPlace,
} from "./_rule.ts";

/**
 * Adam's state for one parameter (torch.optim.Adam's `state[p]`): `expAvg`
 * (`exp_avg`, the first moment m), `expAvgSq` (`exp_avg_sq`, the second
 * moment v) and, with amsgrad, `maxExpAvgSq` (`max_exp_avg_sq`, the running
 * maximum of v). The step count is the group's.
 */
export type AdamState = { expAvg: Data; expAvgSq: Data; maxExpAvgSq?: Data };

/** Options of {@linkcode adamDefinition}. */
export interface AdamDefinitionOptions extends MomentOptions {
  /** Added to the bias-corrected root of the second moment. */
  eps: number;
  /** Use the running maximum of the second moment. */
  amsgrad: boolean;
  /** AdamW: add `weightDecay·p` to the Adam direction instead of the gradient. */
  decoupled: boolean;
}

/**
 * The `"adam"` op (one Adam / AdamW step in place), which a backend may
 * serve with a faster kernel (`Backend.kernel("adam")`; the `wasm` backend
 * runs it in f32x4 SIMD); this loop defines it. Inputs `[p, g, m, v, vmax]`,
 * outputs `[out, m, v, vmax]` (`out` is `p` for a step; `vmax` is `v` itself
 * without amsgrad), params `[k, b1, b2, a1, a2, bc1, bc2Sqrt, eps, cwd, dwd,
 * amsgrad (0/1)]` with `k = −lr`. Per element, op by op as
 * torch.optim.Adam / AdamW 1.13 (`_single_tensor_adam(w)`):
 *
 * ```
 * m, v: the moments of g (+ cwd·p)  (MomentStep, _rule.ts)
 * vv = amsgrad ? (vmax = max(vmax, v)) : v
 * p' = dwd ≠ 0 ? p·(1 + k·dwd) : p             (param.mul_(1 − lr·wd))
 * den = sqrt(vv) / bc2Sqrt + eps                ((v.sqrt() / bc2_sqrt).add_(eps))
 * out = p' + ((k / bc1)·m) / den                (param.addcdiv_(m, den, value=−lr/bc1))
 * ```
 *
 * On float32 arrays every operation is float32 arithmetic (`fr` after each
 * + − × ÷ and sqrt; no fused multiply-add) and the per-step scalars
 * `k/bc1`, `1 + k·dwd`, `bc2Sqrt`, `eps` (and the moments' betas) are
 * rounded to float32 once, as ATen casts them; float64 arrays take the same
 * operations in float64. A kernel must give these bits.
 */
const adamLoops = storageLoops((fr, moment) =>
  function adam(p: Data, g: Data, out: Data, m: Data, v: Data, vm: Data, c: number[]) {
    const k = c[0], b1 = c[1], b2 = c[2], a1 = c[3], a2 = c[4], bc1 = c[5], bc2Sqrt = c[6];
    const eps = c[7], cwd = c[8], dwd = c[9], ams = c[10] !== 0;
    moment(p, g, m, v, cwd, b1, a1, b2, a2);
    const step = fr(k / bc1), bc2 = fr(bc2Sqrt), e = fr(eps), decay = fr(1 + k * dwd);
    for (let i = 0; i < p.length; i++) {
      let vv = v[i];
      if (ams) {
        if (vv > vm[i]) vm[i] = vv;
        vv = vm[i];
      }
      const pi = dwd !== 0 ? fr(p[i] * decay) : p[i];
      const den = fr(fr(fr(Math.sqrt(vv)) / bc2) + e);
      out[i] = fr(pi + fr(fr(step * m[i]) / den));
    }
  }
);

/**
 * The js reference of the `"adam"` op (arrays and params as documented at
 * {@linkcode adamDefinition}): what a backend's `"adam"` kernel must compute.
 *
 * @example One Adam step on the current backend, this loop as the fallback
 * ```ts
 * import { adamReference, runKernel } from "@rectify/core";
 * const p = new Float32Array([1, 2]), g = new Float32Array([0.5, -0.5]);
 * const m = new Float32Array(2), v = new Float32Array(2);
 * const [b1, b2, lr, step] = [0.9, 0.999, 0.1, 1];
 * const params = [-lr, b1, b2, 1 - b1, 1 - b2, 1 - b1 ** step, Math.sqrt(1 - b2 ** step), 1e-8, 0, 0, 0];
 * runKernel("adam", [p, g, m, v, v], [p, m, v, v], params, adamReference);
 * console.log(p); // about [0.9, 2.1]
 * ```
 */
export const adamReference: Kernel = ([p, g, m, v, vm], [out], params) => {
  loopFor(adamLoops, p)(p, g, out, m, v, vm, params as number[]);
};

const adamLoop: RuleLoop<AdamState> = (p, g, out, s, c) =>
  loopFor(adamLoops, p)(p, g, out, s.expAvg, s.expAvgSq, s.maxExpAvgSq ?? s.expAvgSq, c);

/**
 * Adam's rule, written once: state {@linkcode AdamState}; the coefficients
 * of a step are the `"adam"` op's params: `[k, b1, b2, a1, a2, bc1, bc2Sqrt,
 * eps, cwd, dwd, amsgrad]`.
 */
export function adamDefinition(o: AdamDefinitionOptions): RuleDefinition<AdamState> {
  const { beta1: b1, beta2: b2, eps, amsgrad, weightDecay: wd, decoupled } = o;
  return {
    buffers: {
      expAvg: { torch: "exp_avg", v01: "mu" },
      expAvgSq: { torch: "exp_avg_sq", v01: "nu" },
      ...(amsgrad ? { maxExpAvgSq: { torch: "max_exp_avg_sq", v01: "nuMax" } } : {}),
    },
    size: 11,
    begin(c, ctx) {
      c[0] = -ctx.lr;
      c[1] = b1;
      c[2] = b2;
      c[3] = 1 - b1;
      c[4] = 1 - b2;
      c[5] = 1 - b1 ** ctx.step;
      c[6] = Math.sqrt(1 - b2 ** ctx.step);
      c[7] = eps;
      c[8] = decoupled ? 0 : wd;
      c[9] = decoupled ? wd : 0;
      c[10] = amsgrad ? 1 : 0;
    },
    loops: { float32: adamLoop, float64: adamLoop },
  };
}

/**
 * The Adam direction of gradient `g` into `out` (no weight decay, `k` = 1,
 * so the step size is `1 / (1 − beta1ᵗ)`): for LAMB.
 */
export function adamDirection(g: Data, out: Data, s: AdamState, c: number[]): void {
  out.set(g);
  updateInPlace({ float32: adamLoop, float64: adamLoop }, out, s, c);
}

/** Adam / AdamW's optimizer rule: one `"adam"` op per parameter (the backend's kernel if any). */
function adamRule(o: AdamDefinitionOptions): UpdateRule<AdamState, number[]> {
  const def = adamDefinition(o);
  const c = new Array<number>(def.size).fill(0);
  const inputs: Data[] = [], outputs: Data[] = [];
  return {
    buffers: def.buffers,
    kernelOnly: true,
    begin(ctx) {
      def.begin(c, ctx, {});
      return c;
    },
    apply(p, g, s, params) {
      const m = s.expAvg, v = s.expAvgSq, vm = s.maxExpAvgSq ?? v;
      inputs.length = outputs.length = 0;
      inputs.push(p, g, m, v, vm);
      outputs.push(p, m, v, vm);
      runKernel("adam", inputs, outputs, params, adamReference);
    },
  };
}

/**
 * Adam (Kingma & Ba 2015, "Adam: A Method for Stochastic Optimization") with
 * the AMSGrad variant (Reddi, Kale & Kumar 2018, "On the Convergence of Adam
 * and Beyond") and L2 weight decay, exactly as torch.optim.Adam 1.13:
 *
 * ```
 * g += wd·p                          (L2 penalty added to the gradient)
 * m = beta1·m + (1 − beta1)·g;  v = beta2·v + (1 − beta2)·g²
 * vv = amsgrad ? (vMax = max(vMax, v)) : v
 * p -= (lr / (1 − beta1ᵗ)) · m / (sqrt(vv) / sqrt(1 − beta2ᵗ) + eps)
 * ```
 *
 * On float32 parameters each operation is float32 arithmetic in torch's
 * order, with `lr / (1 − beta1ᵗ)` and the other scalars rounded to float32
 * once per step, as torch.optim computes a float32 tensor's step (the
 * `"adam"` op at {@linkcode adamReference}).
 *
 * State per parameter: `expAvg` (torch `exp_avg`), `expAvgSq` (`exp_avg_sq`),
 * with amsgrad `maxExpAvgSq` (`max_exp_avg_sq`). Reads `lr` at every step;
 * the other options are fixed when the optimizer is made. Each step is one
 * `"adam"` op per parameter ({@linkcode adamReference}, or the backend's
 * kernel). `scaleByAdam` is the same rule as a transform.
 *
 * @example
 * ```ts
 * import { Optimizer, tensor } from "@rectify/core";
 * const w = tensor([1, -2], { requiresGrad: true });
 * const opt = new Optimizer({ w }, "adam:lr=0.01,amsgrad=true");
 * w.mul(w).sum().backward();
 * opt.step();
 * console.log(w.toArray());
 * ```
 */
export const adam: OptimizerPlugin<
  AdamFamilyOptions & {
    amsgrad: boolean;
  }
> = defineOptimizer({
  name: "adam",
  version: "1.0.0",
  description: "Adam / AMSGrad with L2 weight decay (torch.optim.Adam)",
  defaults: { ...ADAM_DEFAULTS, amsgrad: false },
  validate: (o) => checkAdamFamily("adam", o),
  create: ({ beta1, beta2, eps, weightDecay, amsgrad }) =>
    adamRule({ beta1, beta2, eps, amsgrad, weightDecay, decoupled: false }),
});

export { adamRule };
