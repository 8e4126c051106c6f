import { type Data, defineOptimizer, type OptimizerPlugin, RectifyError } from "../../core/mod.ts";
import { type RuleDefinition, storageLoops, updateRule } from "./_rule.ts";

/** SGD's state for one parameter: `momentumBuffer` (torch `momentum_buffer`) when momentum ≠ 0. */
export type SgdState = { momentumBuffer?: Data };

/** Options of {@linkcode sgdDefinition}. */
export interface SgdDefinitionOptions {
  /** Momentum factor (0: none, no state). */
  momentum: number;
  /** Dampening of the gradient in the momentum buffer. */
  dampening: number;
  /** Nesterov momentum. */
  nesterov: boolean;
  /** L2 penalty added to the gradient. */
  weightDecay: number;
  /** Ascend instead of descend (the gradient's sign is flipped first). */
  maximize: boolean;
}

const sgdLoops = storageLoops((fr) =>
  function sgd(p: Data, g: Data, out: Data, s: SgdState, c: number[]) {
    const k = c[0], wd = c[1], m = c[2], decay = c[3], damp1 = c[4], nesterov = c[5] !== 0;
    const maximize = c[6] !== 0;
    // without momentum there is no buffer: a loop of its own (a buffer update inside a
    // branch makes V8's loop about twice as slow)
    if (m === 0) {
      for (let i = 0; i < p.length; i++) {
        const pi = p[i];
        let u = g[i];
        if (maximize) u = -u;
        if (wd !== 0) u = fr(u + wd * pi);
        out[i] = pi + fr(u * k);
      }
      return;
    }
    const b = s.momentumBuffer as Data;
    for (let i = 0; i < p.length; i++) {
      const pi = p[i];
      let u = g[i];
      if (maximize) u = -u;
      if (wd !== 0) u = fr(u + wd * pi);
      const bi = fr(decay * b[i] + damp1 * u);
      b[i] = bi;
      u = nesterov ? fr(u + m * bi) : bi;
      out[i] = pi + fr(u * k);
    }
  }
);

/**
 * SGD's rule, written once: `u = ±g + wd·p`; with momentum
 * `buf = t == 1 ? u : momentum·buf + (1 − dampening)·u`,
 * `u = nesterov ? u + momentum·buf : buf`; `p += k·u` (k = −lr).
 * Coefficients `[k, wd, momentum, buffer decay, gradient factor, nesterov,
 * maximize]`: the decay and factor are `momentum` and `1 − dampening`,
 * except at the group's first step: −0 and 1, so the fresh (zero) buffer
 * becomes u exactly (−0·0 + u = u for every u), torch's clone of the gradient.
 */
export function sgdDefinition(o: SgdDefinitionOptions): RuleDefinition<SgdState> {
  const { momentum, dampening, nesterov, weightDecay, maximize } = o;
  return {
    buffers: momentum === 0 ? {} : {
      momentumBuffer: { torch: "momentum_buffer", v01: "momentumBuffer" },
    },
    size: 7,
    begin(c, ctx) {
      const first = ctx.step === 1;
      c[0] = -ctx.lr;
      c[1] = weightDecay;
      c[2] = momentum;
      c[3] = first ? -0 : momentum;
      c[4] = first ? 1 : 1 - dampening;
      c[5] = nesterov ? 1 : 0;
      c[6] = maximize ? 1 : 0;
    },
    loops: sgdLoops,
  };
}

/**
 * Stochastic gradient descent with momentum, dampening, Nesterov momentum
 * (Sutskever et al. 2013), L2 weight decay and `maximize`, exactly as
 * torch.optim.SGD 1.13:
 *
 * ```
 * if maximize: g = -g;  g += wd·p
 * buf = t == 1 ? g : momentum·buf + (1 − dampening)·g
 * g = nesterov ? g + momentum·buf : buf;  p -= lr·g
 * ```
 *
 * State per parameter: `momentumBuffer` (torch `momentum_buffer`) when
 * momentum ≠ 0. Reads `lr` at every step; the other options are fixed when
 * it is made. `trace` is its momentum as a transform.
 *
 * @example
 * ```ts
 * import { Optimizer, tensor } from "@rectify/core";
 * const w = tensor([1], { requiresGrad: true });
 * const opt = new Optimizer({ w }, "sgd:lr=0.1,momentum=0.9,nesterov=true");
 * w.mul(w).sum().backward();
 * opt.step();
 * ```
 */
export const sgd: OptimizerPlugin<{
  lr: number;
  momentum: number;
  dampening: number;
  nesterov: boolean;
  weightDecay: number;
  maximize: boolean;
}> = defineOptimizer({
  name: "sgd",
  version: "1.0.0",
  description: "SGD with momentum / Nesterov / weight decay (torch.optim.SGD)",
  defaults: {
    lr: 0.01,
    momentum: 0,
    dampening: 0,
    nesterov: false,
    weightDecay: 0,
    maximize: false,
  },
  validate({ lr, momentum, dampening, nesterov, weightDecay }) {
    const bad = (why: string): never => {
      throw new RectifyError("option", `Cannot create "sgd": ${why}`);
    };
    if (!(lr >= 0)) bad(`lr must be >= 0, got ${lr}`);
    if (!(momentum >= 0)) bad(`momentum must be >= 0, got ${momentum}`);
    if (!(weightDecay >= 0)) bad(`weightDecay must be >= 0, got ${weightDecay}`);
    if (nesterov && (momentum <= 0 || dampening !== 0)) {
      bad(
        `nesterov needs momentum > 0 and dampening = 0, got momentum ${momentum}, dampening ${dampening}`,
      );
    }
  },
  create: (o) => updateRule(sgdDefinition(o)),
});
