/**
 * The second core: rectify `wasm` with `threads: 2` (split forced on:
 * `calibrate: false`) against one thread, interleaved, on matmul 512³ and the
 * 784-256-256-10 batch-128 Adam step (in a `StepArena`, as the Trainer runs
 * it). Prints medians and best times; the split only pays when the other
 * core is free, which is why the backend calibrates by default.
 *
 * Run: `deno run --allow-read --allow-env --allow-sys bench/threads_bench.ts [rounds]`
 *
 * @module
 */

import { type Backend, defaultRegistry, matmul, Rng, setBackend, Tensor } from "../mod.ts";
import { benchOptimizer, mlpStep } from "./_mlp.ts";

const rounds = Number(Deno.args[0] ?? 60);
const one = defaultRegistry.create("backend", "wasm");
const two = defaultRegistry.create("backend", "wasm:threads=2,calibrate=false");
for (let i = 0; i < 100 && two.threads!() < 2; i++) await new Promise((r) => setTimeout(r, 20));
if (two.threads!() < 2) {
  console.log("threads=2 did not start a worker here (no shared memory or worker threads)");
  Deno.exit(0);
}
const rng = new Rng(0);
const a = new Tensor(new Float32Array(512 * 512).map(() => rng.uniform()), [512, 512]);
const mm = (be: Backend) => () => {
  const p = setBackend(be);
  try {
    matmul(a, a);
  } finally {
    setBackend(p);
  }
};
const opt = benchOptimizer();
const contenders: [string, () => unknown][] = [
  ["matmul 512³, 1 thread", mm(one)],
  ["matmul 512³, 2 threads", mm(two)],
  ["784-256-256-10 b128 step, 1 thread", mlpStep([784, 256, 256, 10], 128, opt, one)],
  ["784-256-256-10 b128 step, 2 threads", mlpStep([784, 256, 256, 10], 128, opt, two)],
];
const times = contenders.map(() => [] as number[]);
for (let r = 0; r < rounds + 5; r++) {
  contenders.forEach(([, fn], i) => {
    const t0 = performance.now();
    fn();
    const dt = performance.now() - t0;
    if (r >= 5) times[i].push(dt);
  });
}
const median = (xs: number[]) => [...xs].sort((p, q) => p - q)[xs.length >> 1];
console.log(`${new Date().toISOString()}, ${rounds} interleaved rounds, optimizer ${opt}`);
contenders.forEach(([name], i) => {
  const m = median(times[i]), best = Math.min(...times[i]);
  const gflops = name.startsWith("matmul")
    ? `  ${(2 * 512 ** 3 / m / 1e6).toFixed(1)} GFLOP/s`
    : "";
  console.log(`${name.padEnd(38)} median ${m.toFixed(3)} ms  best ${best.toFixed(3)} ms${gflops}`);
});
Deno.exit(0); // the worker thread would keep the process alive
