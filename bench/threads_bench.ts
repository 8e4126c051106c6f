/**
 * The second core: rectify `wasm` with `threads: 2` (split forced on:
 * `calibrate: false`) against one thread, interleaved, on matmul 512³, the
 * Adam update of the 784-256-256-10 MLP's parameters alone (the `"adam"` op
 * on each of its six arrays: 269,322 elements; the worker takes half of each
 * array of at least 2^15), and that MLP's batch-128 Adam step (in a
 * `StepArena`, as the Trainer runs it). The Adam update runs twice: on plain
 * arrays, and with the moments in the backend's storage (as the optimizer
 * keeps them there). Prints medians and best times; the split only pays when the other
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

/**
 * One Adam update of arrays shaped like the 784-256-256-10 MLP's parameters, on `be`; with
 * `storage`, the moments in the backend's storage blocks, as the optimizer keeps them.
 */
function adamUpdate(be: Backend, storage = false): () => void {
  const kernel = be.kernel!("adam")!;
  const arrays = [784 * 256, 256, 256 * 256, 256, 256 * 10, 10].map((n) =>
    [0, 1, 2, 3].map((i) => {
      const a = (storage && i >= 2 ? be.allocate!(n) : null) ?? new Float32Array(n);
      for (let j = 0; j < n; j++) a[j] = rng.uniform() * 0.1;
      return a;
    })
  );
  const params = [-1e-3, 0.9, 0.999, 0.1, 0.001, 0.1, Math.sqrt(0.001), 1e-8, 0, 0, 0];
  return () => {
    for (const [p, g, m, v] of arrays) kernel([p, g, m, v, v], [p, m, v, v], params);
  };
}
const contenders: [string, () => unknown][] = [
  ["matmul 512³, 1 thread", mm(one)],
  ["matmul 512³, 2 threads", mm(two)],
  ["adam update, 269,322 params, 1 thread", adamUpdate(one)],
  ["adam update, 269,322 params, 2 threads", adamUpdate(two)],
  ["adam update, moments in storage, 1 thread", adamUpdate(one, true)],
  ["adam update, moments in storage, 2 threads", adamUpdate(two, true)],
  ["784-256-256-10 b128 step, 1 thread", mlpStep([784, 256, 256, 10], 128, opt, one)],
  ["784-256-256-10 b128 step, 2 threads", mlpStep([784, 256, 256, 10], 128, opt, two)],
  ["784-64-64-10 b32 step, 1 thread", mlpStep([784, 64, 64, 10], 32, opt, one)],
  ["784-64-64-10 b32 step, 2 threads", mlpStep([784, 64, 64, 10], 32, opt, two)],
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
const load = Deno.loadavg().map((x) => x.toFixed(2)).join(" ");
console.log(
  `${new Date().toISOString()}, ${rounds} interleaved rounds, optimizer ${opt}, load after ${load}`,
);
contenders.forEach(([name], i) => {
  const m = median(times[i]), best = Math.min(...times[i]);
  const gflops = name.startsWith("matmul")
    ? `  ${(2 * 512 ** 3 / m / 1e6).toFixed(1)} GFLOP/s`
    : "";
  console.log(`${name.padEnd(38)} median ${m.toFixed(3)} ms  best ${best.toFixed(3)} ms${gflops}`);
});
Deno.exit(0); // the worker thread would keep the process alive
