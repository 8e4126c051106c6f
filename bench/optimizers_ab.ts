/**
 * Two checkouts of rectify in one process, interleaved: the MLP training step
 * with Adam (784-256-256-10 batch 128 and 784-64-64-10 batch 32, on the wasm
 * and js backends, as `bench:peers` runs it; the demo grid's 64-64-32-10 batch
 * 32 on wasm), the same steps with SGD (momentum 0.9) on wasm, and one
 * `Optimizer.step()` of every built-in over 1M float32 parameters. Times are
 * process CPU time (`process.cpuUsage`) per step, medians over rounds (20
 * steps a round for the batch-32 steps) that alternate which checkout goes
 * first, so other processes on a busy machine disturb both sides alike.
 *
 * Run: `deno run -A bench/optimizers_ab.ts <other checkout> [rounds] [mlp|opt]`
 * (e.g. a `git archive <commit> | tar -x -C /tmp/old` of the commit before a change).
 *
 * @module
 */

import process from "node:process";

const [otherRoot, roundsArg, only] = Deno.args;
if (!otherRoot) throw new Error("usage: optimizers_ab.ts <other checkout> [rounds] [mlp|opt]");
const rounds = Number(roundsArg ?? 15);
const here = new URL("..", import.meta.url).pathname;
const root = (r: string) => r.endsWith("/") ? r : r + "/";
// deno-lint-ignore no-explicit-any
type Lib = any;
const A: Lib = await import(root(otherRoot) + "mod.ts");
const B: Lib = await import(here + "mod.ts");
const stepA = (await import(root(otherRoot) + "bench/_mlp.ts")).mlpStep;
const stepB = (await import(here + "bench/_mlp.ts")).mlpStep;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

function ab(label: string, fa: () => unknown, fb: () => unknown, calls = 1): void {
  for (let i = 0; i < 3 * calls; i++) {
    fa();
    fb();
  }
  const ta: number[] = [], tb: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const pair: [() => unknown, number[]][] = r % 2 ? [[fb, tb], [fa, ta]] : [[fa, ta], [fb, tb]];
    for (const [f, t] of pair) {
      const t0 = process.cpuUsage();
      for (let c = 0; c < calls; c++) f();
      const d = process.cpuUsage(t0);
      t.push((d.user + d.system) / 1000 / calls);
    }
  }
  const a = median(ta), b = median(tb);
  console.log(
    `${label.padEnd(40)} other ${a.toFixed(3).padStart(8)}  this ${b.toFixed(3).padStart(8)}  ` +
      `this/other ${(b / a).toFixed(3)}`,
  );
}

function optimizerStep(M: Lib, spec: string, backend: unknown): () => void {
  const rng = new M.Rng(0);
  const sizes = [512 * 1024, 1024 * 256, 256 * 512];
  sizes.push(1_000_000 - sizes.reduce((x, y) => x + y, 0));
  const params = sizes.map((n, i) => {
    const d = new Float32Array(n), g = new Float32Array(n);
    for (let k = 0; k < n; k++) {
      d[k] = rng.normal() * 0.1;
      g[k] = rng.normal() * 0.01;
    }
    const p = M.tensor(d, { shape: [n], requiresGrad: true });
    p.grad = M.tensor(g, { shape: [n] });
    return [`p${i}`, p];
  });
  const opt = new M.Optimizer(params, spec);
  return () => {
    const prev = M.setBackend(backend);
    try {
      opt.step();
    } finally {
      M.setBackend(prev);
    }
  };
}

const wasmA = A.defaultRegistry.create("backend", "wasm");
const wasmB = B.defaultRegistry.create("backend", "wasm");
console.log(`CPU ms per step, medians of ${rounds} interleaved rounds`);
if (!only || only === "mlp") {
  const mlps: [string, number[], number][] = [
    ["784-256-256-10 b128", [784, 256, 256, 10], 128],
    ["784-64-64-10 b32", [784, 64, 64, 10], 32],
    ["64-64-32-10 b32", [64, 64, 32, 10], 32],
  ];
  for (const [name, sizes, batch] of mlps) {
    const calls = batch < 128 ? 20 : 1;
    for (const [be, a, b] of [["wasm", wasmA, wasmB], ["js", A.jsBackend, B.jsBackend]]) {
      if (be === "js" && sizes[0] < 784) continue;
      for (
        const opt of be === "js" ? ["adam:lr=0.001"] : ["adam:lr=0.001", "sgd:lr=0.05,momentum=0.9"]
      ) {
        ab(
          `MLP ${name} ${opt.split(":")[0]} step, ${be}`,
          stepA(sizes, batch, opt, a),
          stepB(sizes, batch, opt, b),
          calls,
        );
      }
    }
  }
}
if (!only || only === "opt") {
  for (const p of B.optimizerPlugins as { name: string }[]) {
    const spec = p.name === "sgd" ? "sgd:lr=0.01,momentum=0.9" : p.name;
    ab(`1M params, ${spec}`, optimizerStep(A, spec, wasmA), optimizerStep(B, spec, wasmB));
  }
  ab(
    "1M params, adam (js)",
    optimizerStep(A, "adam", A.jsBackend),
    optimizerStep(B, "adam", B.jsBackend),
  );
}
