/**
 * The adam plugin's `"adam"` op as a backend kernel (`Backend.kernel("adam")`): the
 * `wasm` backend's f32x4 SIMD kernel against the js loop, interleaved (one
 * run of each per round, medians). Rows: `Optimizer.step()` of adam and adamw
 * over 1M float32 parameters (the four tensors of `optimizers_bench.ts`);
 * one adam step over the parameters of a 784-256-256-10 MLP (≈269K); and the
 * whole MLP training step (batch 128, `bench/_mlp.ts`) on the wasm backend
 * with and without its update kernel.
 *
 * With `--vs <rev>` it first times the bare `adam` export of this module
 * against the one embedded at git revision `<rev>`
 * (`plugins/backends/_wasm_bytes.ts` there, e.g. `main` before the f32x4
 * kernel), on the parameter counts of the 784-64-64-10 and 784-256-256-10
 * MLPs, interleaved.
 *
 * Run: `deno run -A bench/update_bench.ts [rounds] [--vs <rev>]` (default 40).
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
import { WASM_RELAXED } from "../plugins/backends/_wasm_bytes.ts";

const vsAt = Deno.args.indexOf("--vs");
const vs = vsAt >= 0 ? Deno.args[vsAt + 1] : undefined;
const rounds = Number(Deno.args.find((a, i) => /^\d+$/.test(a) && i !== vsAt + 1) ?? 40);
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

type AdamExport = (...args: number[]) => void;

/** The `adam` export and memory of the relaxed module in `b64`. */
function adamOf(b64: string): { adam: AdamExport; memory: WebAssembly.Memory } {
  const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  const x = new WebAssembly.Instance(new WebAssembly.Module(bytes), {}).exports;
  return { adam: x.adam as AdamExport, memory: x.memory as WebAssembly.Memory };
}

/** One bare adam export call over n elements (p, g, m, v at the start of its memory). */
function bareAdam(k: { adam: AdamExport; memory: WebAssembly.Memory }, n: number): () => void {
  const bytes = 4 * n * 5 + 64;
  const pages = Math.ceil((bytes - k.memory.buffer.byteLength) / 65536);
  if (pages > 0) k.memory.grow(pages);
  const f = new Float32Array(k.memory.buffer), rng = new Rng(1);
  for (let i = 0; i < 4 * n; i++) f[i] = i < n ? rng.normal() * 0.1 : rng.uniform() * 1e-3;
  const b1 = 0.9, b2 = 0.999;
  let step = 0;
  return () => {
    step = step % 1000 + 1;
    const bc1 = 1 - b1 ** step, bc2 = Math.sqrt(1 - b2 ** step);
    k.adam(
      0,
      4 * n,
      8 * n,
      12 * n,
      12 * n,
      n,
      b1,
      b2,
      1 - b1,
      1 - b2,
      bc1,
      bc2,
      1e-8,
      0,
      0,
      -1e-3,
      0,
    );
  };
}

if (vs !== undefined) {
  const old = new TextDecoder().decode(
    new Deno.Command("git", { args: ["show", `${vs}:plugins/backends/_wasm_bytes.ts`] })
      .outputSync().stdout,
  );
  const tmp = await Deno.makeTempFile({ suffix: ".ts" });
  await Deno.writeTextFile(tmp, old);
  const { WASM_RELAXED: OLD } = await import(`file://${tmp}`) as { WASM_RELAXED: string };
  await Deno.remove(tmp);
  const small = mlp({ inputSize: 784, hidden: [64, 64], outputSize: 10, rng: new Rng(0) })
    .parameters().reduce((a, p) => a + p.data.length, 0);
  const big = mlp({ inputSize: 784, hidden: [256, 256], outputSize: 10, rng: new Rng(0) })
    .parameters().reduce((a, p) => a + p.data.length, 0);
  console.log(
    `bare adam export, median of ${rounds} interleaved rounds, µs (${vs} | this | speedup)`,
  );
  for (const n of [small, big]) {
    const [a, b] = interleave([bareAdam(adamOf(OLD), n), bareAdam(adamOf(WASM_RELAXED), n)]);
    console.log(
      `${`adam over ${n} float32`.padEnd(44)} ${(a * 1e3).toFixed(1).padStart(8)} ${
        (b * 1e3).toFixed(1).padStart(8)
      } ${(a / b).toFixed(2).padStart(6)}x`,
    );
  }
}

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
