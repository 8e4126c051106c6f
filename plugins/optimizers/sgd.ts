import {
  addWeightDecay,
  chain,
  defineOptimizer,
  type GradientTransform,
  type OptimizerPlugin,
  RectifyError,
  scaleByLearningRate,
  trace,
} from "../../core/mod.ts";
import { fusedSgd, withFused } from "./_fused.ts";

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
  create({ momentum, dampening, nesterov, weightDecay, maximize }) {
    const parts: GradientTransform[] = [];
    if (maximize) parts.push(negate());
    const traceIndex = parts.length + 1;
    parts.push(
      addWeightDecay(weightDecay),
      trace({ momentum, dampening, nesterov }),
      scaleByLearningRate(),
    );
    return withFused(
      chain(...parts),
      fusedSgd({ maximize, weightDecay, momentum, dampening, nesterov, traceIndex }),
    );
  },
});

function negate(): GradientTransform {
  return {
    init: () => ({}),
    update(updates) {
      for (const u of updates) for (let i = 0; i < u.length; i++) u[i] = -u[i];
    },
  };
}
