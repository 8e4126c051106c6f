/**
 * Forward and forward+backward of every built-in activation on 1,048,576
 * float32 elements (`[1024, 1024]`, N(0, 3²) values), each group relative to
 * relu; plus plain `Float32Array` copies of the same size (`dst.set(src)`, the
 * baseline, and the allocating `new Float32Array(src)`) next to relu's forward,
 * plain and inside a `StepArena` run (input and output in the backend's storage).
 *
 * Run: `deno bench bench/activations_bench.ts`
 */

import {
  activationPlugins,
  createRegistry,
  ones,
  randn,
  Rng,
  StepArena,
  type Tensor,
} from "../mod.ts";

const N = 1 << 20;
const SHAPE = [1024, 1024];
const registry = createRegistry();
const x = randn(SHAPE, { rng: new Rng(0) }).mul(3);
const src = x.data as Float32Array;

function make(name: string) {
  const act = registry.create("activation", name, { rng: new Rng(1) });
  act.build?.(SHAPE.slice(1));
  act.train?.(name !== "rrelu"); // rrelu: its deterministic evaluation mode, like the others
  return act;
}

const dst = new Float32Array(N);
Deno.bench({
  group: "relu forward vs a copy",
  name: "Float32Array copy (dst.set(src))",
  baseline: true,
  fn() {
    dst.set(src);
  },
});

Deno.bench({
  group: "relu forward vs a copy",
  name: "Float32Array copy (new Float32Array(src))",
  fn() {
    new Float32Array(src);
  },
});

const reluRef = make("relu");
Deno.bench({
  group: "relu forward vs a copy",
  name: "relu forward",
  fn() {
    reluRef.forward(x);
  },
});

// inside a training step: input in the backend's storage (made in a run of an arena that does
// not run again), output from the step's arena
const resident = new StepArena().run(() => x.clone());
const steps = new StepArena();
Deno.bench({
  group: "relu forward vs a copy",
  name: "relu forward in a StepArena",
  fn() {
    steps.run(() => reluRef.forward(resident));
  },
});

for (const plugin of activationPlugins) {
  const name = plugin.name;
  const act = make(name);
  Deno.bench({
    group: "forward (1M float32)",
    name,
    baseline: name === "relu",
    fn() {
      act.forward(x);
    },
  });

  const xg = randn(SHAPE, { rng: new Rng(0) }).mul(3);
  xg.requiresGrad = true;
  let upstream: Tensor | null = null;
  Deno.bench({
    group: "forward+backward (1M float32)",
    name,
    baseline: name === "relu",
    fn() {
      const y = act.forward(xg);
      upstream ??= ones(y.shape);
      y.backward(upstream);
      xg.grad = null;
      for (const p of Object.values(act.parameters?.() ?? {})) p.grad = null;
    },
  });
}

if (x.size !== N) throw new Error(`expected ${N} elements, got ${x.size}`);
