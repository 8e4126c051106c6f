/**
 * `deno task bench:heap`: trains the 784-256-256-10 MLP (batch 128, Adam,
 * relu) for 1,000 steps on one fixed batch and prints `Deno.memoryUsage()`
 * (heapUsed, external, rss) every 100 steps, each sample after forced
 * garbage collections and a 30 ms pause for V8 to free ArrayBuffer backing
 * stores (the task passes `--v8-flags=--expose-gc`; without it the samples
 * are taken after the pause only). The timed steps exclude the pauses. A flat column means no memory is
 * retained per step; the step time shows what allocation costs.
 *
 * Each sample also reports the ArrayBuffer bytes the following step
 * allocates: the growth of `external` over that one step, just after the
 * collection (V8 frees no ArrayBuffer in between unless it collects).
 *
 * Modes (one run each, in turn): `zeroGrad()` (grads set to null, a fresh
 * gradient array per parameter per step), `zeroGrad({ setToNone: false })`
 * (the same gradient buffers every step), and `zeroGrad()` with a
 * `StepArena` around forward and backward (activations, intermediate
 * gradients and each parameter's gradient buffer reused every step: the
 * steady state allocates no ArrayBuffer).
 *
 * Flags: `--steps N` (default 1000), `--every N` (default 100),
 * `--backend wasm|js` (default wasm), `--out FILE` (JSON, default none).
 *
 * @module
 */

import { parseArgs } from "node:util";
import {
  defaultRegistry,
  jsBackend,
  mlp,
  Optimizer,
  Rng,
  setBackend,
  softmaxCrossEntropy,
  StepArena,
  Tensor,
} from "../mod.ts";

const args = parseArgs({
  options: {
    steps: { type: "string", default: "1000" },
    every: { type: "string", default: "100" },
    backend: { type: "string", default: "wasm" },
    out: { type: "string" },
  },
});
const STEPS = Number(args.values.steps), EVERY = Number(args.values.every);
const backend = args.values.backend === "js"
  ? jsBackend
  : defaultRegistry.create("backend", args.values.backend!);
const gc = (globalThis as { gc?: () => void }).gc;

interface Sample {
  step: number;
  heapUsedMiB: number;
  externalMiB: number;
  rssMiB: number;
  msPerStep: number;
  /** ArrayBuffer bytes the next step allocated (external growth over it, no GC in between). */
  allocatedKiB: number;
}

/**
 * Full GC, a pause (V8 frees ArrayBuffer backing stores on a background
 * thread after the GC), and another full GC.
 */
async function settle(): Promise<void> {
  gc?.();
  await new Promise((r) => setTimeout(r, 30));
  gc?.();
}

const MiB = (b: number) => Math.round((b / 2 ** 20) * 100) / 100;

type Mode = "zeroGrad()" | "zeroGrad({ setToNone: false })" | "zeroGrad() + StepArena";

async function run(mode: Mode): Promise<Sample[]> {
  const setToNone = mode !== "zeroGrad({ setToNone: false })";
  const arena = mode === "zeroGrad() + StepArena" ? new StepArena() : null;
  const rng = new Rng(42);
  const sizes = [784, 256, 256, 10], batch = 128;
  const model = mlp({
    inputSize: 784,
    hidden: [256, 256],
    outputSize: 10,
    activation: "relu",
    rng,
  });
  const opt = new Optimizer(Object.fromEntries(model.namedParameters()), "adam:lr=0.001");
  const x = new Float32Array(batch * sizes[0]).map(() => rng.uniform());
  const input = new Tensor(x, [batch, sizes[0]]);
  const targets = Int32Array.from({ length: batch }, (_, i) => i % 10);
  const samples: Sample[] = [];
  const prev = setBackend(backend);
  try {
    let t0 = performance.now();
    for (let step = 0; step <= STEPS; step++) {
      if (step % EVERY === 0) {
        const ms = step === 0 ? 0 : (performance.now() - t0) / EVERY;
        await settle();
        const m = Deno.memoryUsage();
        samples.push({
          step,
          heapUsedMiB: MiB(m.heapUsed),
          externalMiB: MiB(m.external),
          rssMiB: MiB(m.rss),
          msPerStep: Math.round(ms * 1000) / 1000,
          allocatedKiB: 0,
        });
        t0 = performance.now();
      }
      if (step === STEPS) break;
      const ext0 = step % EVERY === 0 ? Deno.memoryUsage().external : 0;
      opt.zeroGrad({ setToNone });
      const body = () => softmaxCrossEntropy(model.call(input), targets).backward();
      if (arena) arena.run(body);
      else body();
      opt.step();
      if (step % EVERY === 0) {
        samples[samples.length - 1].allocatedKiB =
          Math.round((Deno.memoryUsage().external - ext0) / 1024 * 10) / 10;
      }
    }
  } finally {
    setBackend(prev);
    arena?.dispose();
  }
  return samples;
}

console.log(
  `heap over ${STEPS} steps, MLP 784-256-256-10 batch 128 Adam, backend ${backend.name}, ` +
    `${new Date().toISOString()}, Deno ${Deno.version.deno}, forced GC: ${gc ? "yes" : "no"}`,
);
const results: Record<string, Sample[]> = {};
const modes: Mode[] = [
  "zeroGrad()",
  "zeroGrad({ setToNone: false })",
  "zeroGrad() + StepArena",
];
for (const label of modes) {
  const samples = await run(label);
  results[label] = samples;
  console.log(`\n${label}`);
  console.log(
    "  step   heapUsed MiB   external MiB   rss MiB   ms/step (last 100)   next step allocates KiB",
  );
  for (const s of samples) {
    console.log(
      `  ${String(s.step).padStart(4)}   ${s.heapUsedMiB.toFixed(2).padStart(12)}   ${
        s.externalMiB.toFixed(2).padStart(12)
      }   ${s.rssMiB.toFixed(1).padStart(7)}   ${
        (s.step ? s.msPerStep.toFixed(3) : "-").padStart(18)
      }   ${s.step < STEPS ? s.allocatedKiB.toFixed(1).padStart(23) : ""}`,
    );
  }
  const after = samples.filter((s) => s.step >= 2 * EVERY);
  const span = (k: keyof Sample) =>
    Math.max(...after.map((s) => s[k])) - Math.min(...after.map((s) => s[k]));
  console.log(
    `  from step ${2 * EVERY}: heapUsed spread ${span("heapUsedMiB").toFixed(2)} MiB, ` +
      `external spread ${span("externalMiB").toFixed(2)} MiB, rss spread ${
        span("rssMiB").toFixed(1)
      } MiB`,
  );
}
if (args.values.out) {
  await Deno.writeTextFile(
    args.values.out,
    JSON.stringify({ date: new Date().toISOString(), backend: backend.name, results }, null, 2) +
      "\n",
  );
}
