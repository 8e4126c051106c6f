// Kernel benches for the backends: `deno task bench`. Claims in bench/README.md cite these.
import { type Backend, defaultRegistry, jsBackend } from "../mod.ts";
import { benchOptimizer, mlpStep } from "./_mlp.ts";

const wasm: Backend = defaultRegistry.create("backend", "wasm");
const backends: [string, Backend][] = [["js", jsBackend], ["wasm", wasm]];

function rand(n: number): Float32Array {
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = Math.sin(i * 12.9898) * 0.5;
  return out;
}

// The three layouts of a Dense(784, 256) layer at batch 128.
const [m, k, n] = [128, 784, 256];
const x = rand(m * k), w = rand(k * n), g = rand(m * n);
const y = new Float32Array(m * n), dx = new Float32Array(m * k), dw = new Float32Array(k * n);
for (const [name, be] of backends) {
  Deno.bench({
    group: "x·W 128x784x256",
    name,
    baseline: name === "js",
    fn: () => be.matmul(x, w, y, m, k, n),
  });
  Deno.bench({
    group: "g·Wᵀ 128x256x784",
    name,
    baseline: name === "js",
    fn: () => be.matmul(g, w, dx, m, n, k, { transB: true }),
  });
  Deno.bench({
    group: "xᵀ·g 784x128x256",
    name,
    baseline: name === "js",
    fn: () => be.matmul(x, g, dw, k, m, n, { transA: true }),
  });
}

const big = rand(512 * 512), out = new Float32Array(512 * 512);
for (const [name, be] of backends) {
  Deno.bench({
    group: "matmul 512³",
    name,
    baseline: name === "js",
    fn: () => be.matmul(big, big, out, 512, 512, 512),
  });
}

const opt = benchOptimizer();
for (const [name, be] of backends) {
  const step = mlpStep([784, 64, 64, 10], 32, opt, be);
  Deno.bench({
    group: `MLP 784-64-64-10 batch 32 step (${opt})`,
    name,
    baseline: name === "js",
    fn: () => void step(),
  });
}
