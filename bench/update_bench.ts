/**
 * The adam plugin's `"adam"` op as a backend kernel (`Backend.kernel("adam")`): the
 * `wasm` backend's f64x2 SIMD kernel against the js loop, interleaved (one
 * run of each per round, medians). Rows: `Optimizer.step()` of adam and adamw
 * over 1M float32 parameters (the four tensors of `optimizers_bench.ts`);
 * one adam step over the parameters of a 784-256-256-10 MLP (≈269K); and the
 * whole MLP training step (batch 128, `bench/_mlp.ts`) on the wasm backend
 * with and without its update kernel.
 *
 * Run: `deno run -A bench/update_bench.ts [rounds]` (default 40).
 *
 * @module
 */

import {
  type Backend,
  defaultRegistry,
  jsBackend,
  mlp,
  Optimizer,
  Rng,
  setBackend,
  type Tensor,
  tensor,
} from "../mod.ts";
import { mlpStep } from "./_mlp.ts";

const rounds = Number(Deno.args[0] ?? 40);
const wasm: Backend = defaultRegistry.create("backend", "wasm");
/** The wasm backend without its "adam" kernel: the optimizer runs the plugin's js loop. */
const wasmNoUpdate: Backend = {
  ...wasm,
  name: "wasm (no adam kernel)",
  kernel: (name) => (name === "adam" ? undefined : wasm.kernel?.(name)),
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Parameters with gradients set once: the given sizes, seeded. */
function params(sizes: readonly number[]): [string, Tensor][] {
  const rng = new Rng(0);
  return sizes.map((n, i) => {
    const data = new Float32Array(n), grad = new Float32Array(n);
    for (let k = 0; k < n; k++) {
      data[k] = rng.normal() * 0.1;
      grad[k] = rng.normal() * 0.01;
    }
    const p = tensor(data, { shape: [n], requiresGrad: true });
    p.grad = tensor(grad, { shape: [n] });
    return [`p${i}`, p];
  });
}

/** Run each contender once per round (order alternating), return the medians in ms. */
function interleave(fns: (() => void)[]): number[] {
  for (const f of fns) for (let i = 0; i < 3; i++) f(); // warm up
  const times: number[][] = fns.map(() => []);
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 ? [...fns.keys()].reverse() : [...fns.keys()];
    for (const j of order) {
      const t0 = performance.now();
      fns[j]();
      times[j].push(performance.now() - t0);
    }
  }
  return times.map(median);
}

function optStep(spec: string, sizes: readonly number[], be: Backend): () => void {
  const opt = new Optimizer(params(sizes), spec);
  return () => {
    const prev = setBackend(be);
    try {
      opt.step();
    } finally {
      setBackend(prev);
    }
  };
}

const ONE_M = [512 * 1024, 1024 * 256, 256 * 512];
ONE_M.push(1_000_000 - ONE_M.reduce((a, b) => a + b, 0));
const mlpSizes = mlp({ inputSize: 784, hidden: [256, 256], outputSize: 10, rng: new Rng(0) })
  .parameters().map((p) => p.data.length);
const mlpCount = mlpSizes.reduce((a, b) => a + b, 0);

console.log(`median of ${rounds} interleaved rounds, ms (js loop | wasm kernel | speedup)`);
const row = (label: string, [a, b]: number[]) =>
  console.log(
    `${label.padEnd(44)} ${a.toFixed(3).padStart(8)} ${b.toFixed(3).padStart(8)} ${
      (a / b).toFixed(2).padStart(6)
    }x`,
  );
for (const spec of ["adam", "adamw"]) {
  row(
    `${spec} step, 1M params`,
    interleave([optStep(spec, ONE_M, jsBackend), optStep(spec, ONE_M, wasm)]),
  );
}
row(
  `adam step, 784-256-256-10 params (${mlpCount})`,
  interleave([
    optStep("adam:lr=0.001", mlpSizes, jsBackend),
    optStep("adam:lr=0.001", mlpSizes, wasm),
  ]),
);
const sizes = [784, 256, 256, 10];
const before = mlpStep(sizes, 128, "adam:lr=0.001", wasmNoUpdate);
const after = mlpStep(sizes, 128, "adam:lr=0.001", wasm);
row("MLP train step, batch 128, wasm (update off|on)", interleave([before, after]));
