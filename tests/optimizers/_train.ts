/** A tiny deterministic training loop shared by the optimizer tests. */

import {
  mlp,
  type Module,
  Optimizer,
  type OptimizerOptions,
  type PluginSpec,
  Rng,
  softmaxCrossEntropy,
  type Tensor,
  tensor,
} from "../../mod.ts";

/** A 4 → 6 → 3 MLP with fixed weights from the seed. */
export function model(seed = 7): Module {
  return mlp({ inputSize: 4, hidden: [6], outputSize: 3, activation: "tanh", rng: new Rng(seed) });
}

const rng = new Rng(99);
const X: Tensor = tensor(
  Array.from({ length: 8 }, () => Array.from({ length: 4 }, () => rng.normal())),
);
const Y = [0, 1, 2, 0, 1, 2, 1, 0];

/** Run `steps` optimizer steps on the fixed batch. */
export function train(m: Module, opt: Optimizer, steps: number): void {
  for (let s = 0; s < steps; s++) {
    opt.zeroGrad();
    softmaxCrossEntropy(m.call(X), Y).backward();
    opt.step();
  }
}

/** A fresh optimizer over a model's named parameters. */
export function optimizerFor(m: Module, spec: PluginSpec, options?: OptimizerOptions): Optimizer {
  return new Optimizer(m.namedParameters(), spec, options);
}

/** Every parameter's raw bits, by name. */
export function bits(m: Module): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const [n, p] of m.namedParameters()) {
    out[n] = Array.from(new Uint32Array(p.data.buffer, p.data.byteOffset, p.data.byteLength / 4));
  }
  return out;
}

/** Per built-in optimizer, options that switch on every stateful branch (momentum, amsgrad, ...). */
export const STATEFUL_SPECS: Record<string, string> = {
  sgd: "sgd:lr=0.1,momentum=0.9,nesterov=true,weightDecay=0.01",
  adagrad: "adagrad:lr=0.05,lrDecay=0.01,initialAccumulatorValue=0.1,weightDecay=0.01",
  rmsprop: "rmsprop:lr=0.01,momentum=0.5,centered=true,weightDecay=0.01",
  adadelta: "adadelta:lr=1,weightDecay=0.01",
  adam: "adam:lr=0.01,amsgrad=true,weightDecay=0.01",
  adamw: "adamw:lr=0.01,weightDecay=0.1",
  adamax: "adamax:lr=0.01,weightDecay=0.01",
  nadam: "nadam:lr=0.01,weightDecay=0.01",
  radam: "radam:lr=0.01,weightDecay=0.01",
  rprop: "rprop:lr=0.01",
  lion: "lion:lr=0.001,weightDecay=0.1",
  lamb: "lamb:lr=0.01,weightDecay=0.01",
};
