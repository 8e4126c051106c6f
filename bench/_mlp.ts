// One training step of an MLP on rectify's public API (shared by the benches).
import {
  type Backend,
  defaultRegistry,
  mlp,
  Optimizer,
  Rng,
  setBackend,
  softmaxCrossEntropy,
  StepArena,
  Tensor,
} from "../mod.ts";

/**
 * Build model, optimizer and a fixed batch; returns a function running one
 * step. With `arena` (the default, as the Trainer) forward and backward run in
 * a `StepArena` and the gradient buffers are kept: no allocation per step.
 */
export function mlpStep(
  sizes: readonly number[],
  batch: number,
  optimizer: string,
  backend: Backend,
  arena = true,
): () => number {
  const rng = new Rng(42);
  // built on the backend, as the Trainer builds under the run's backend: parameters and
  // optimizer state live in its memory where it lends blocks
  const before = setBackend(backend);
  let model, opt;
  try {
    model = mlp({
      inputSize: sizes[0],
      hidden: sizes.slice(1, -1),
      outputSize: sizes[sizes.length - 1],
      activation: "relu",
      rng,
    });
    opt = new Optimizer(Object.fromEntries(model.namedParameters()), optimizer);
  } finally {
    setBackend(before);
  }
  // the batch in the backend's memory where it lends blocks, as the Trainer gathers each batch
  // into its step arena (and as PyTorch's input tensor lives in PyTorch's memory): a plain array
  // would be copied in by the forward and the weight-gradient matmuls at every step (b128: 0.967×
  // the step's CPU time with it in storage, bench/README.md)
  const x =
    (backend.allocate?.(batch * sizes[0]) ?? new Float32Array(batch * sizes[0])) as Float32Array;
  for (let i = 0; i < x.length; i++) x[i] = rng.uniform();
  const input = new Tensor(x, [batch, sizes[0]]);
  const targets = Int32Array.from({ length: batch }, (_, i) => i % sizes[sizes.length - 1]);
  return trainingStep(model, opt, input, targets, backend, arena);
}

/**
 * One training step of `model` on a fixed batch, as the `Trainer` runs one: `zeroGrad`
 * (`setToNone` as given), forward and backward in a `StepArena` unless `arena` is false, the
 * optimizer's step, all on `backend`; returns the loss.
 */
export function trainingStep(
  model: { call(x: Tensor): Tensor },
  opt: Optimizer,
  input: Tensor,
  targets: Int32Array,
  backend: Backend,
  arena = true,
  setToNone = true,
): () => number {
  const steps = arena ? new StepArena() : null;
  const zero = { setToNone };
  const body = () => {
    const loss = softmaxCrossEntropy(model.call(input), targets);
    loss.backward();
    return loss.data[0];
  };
  return () => {
    const prev = setBackend(backend);
    try {
      opt.zeroGrad(zero);
      const value = steps === null ? body() : steps.run(body);
      opt.step();
      return value;
    } finally {
      setBackend(prev);
    }
  };
}

/** The optimizer spec the benches use: adam when registered, else sgd with momentum. */
export function benchOptimizer(): string {
  return defaultRegistry.has("optimizer", "adam") ? "adam:lr=0.001" : "sgd:lr=0.01,momentum=0.9";
}
