/**
 * The WebAssembly SIMD multiply-add peak of this machine on one thread, and
 * the `wasm` backend's matmuls as a fraction of it (issue 18).
 *
 * The peak: a register-resident loop of `A` independent accumulators, each
 * updated by `f32x4.relaxed_madd` (one fused instruction where the CPU has
 * FMA), or by `f32x4.mul` then `f32x4.add` (plain SIMD128), 8 updates per
 * accumulator per iteration; the best over A = 8, 10, 12, 14 (enough to
 * cover the FMA latency on every x86 core, within x86's 16 vector registers)
 * counts 8 flops per update (4 lanes, multiply and add).
 *
 * The matmuls, on the backend as a user calls them (copies in and out
 * included), on the backend with operands and result in its storage (as a
 * training step's: no copies), and on the bare kernels (`packB` + `gemm` on operands already in
 * the module's memory): Dense(784, 256) at batch 128 in its three layouts
 * (forward A·B, input gradient A·Bᵀ, weight gradient Aᵀ·B) and 512³. The
 * bare kernels run the shuffle micro-kernel, and `splat` the other one (see
 * `wasm/kernels.ts`); the backend runs the one it chose at first use
 * (printed). `B in place`: B read where it lies instead of packed.
 *
 * Prints medians (and, for the matmuls, the best round: on a shared machine the
 * long matmuls are disturbed more often than the short peak loops).
 *
 * Run: `deno run -A bench/wasm_peak.ts [rounds] [--only REGEXP] [baseline...]` (`-A`: the
 * CPU model is read from `/proc/cpuinfo`; `--only`: the matmul rows whose name matches, e.g.
 * `"512"`: fewer contenders between two calls of one, so less of its data is evicted), each
 * `baseline` another copy of `plugins/backends/_wasm_bytes.ts` (e.g. from
 * `git show main:plugins/backends/_wasm_bytes.ts > /tmp/old.ts`) whose bare
 * kernels are timed in the same rounds, interleaved, labelled by file name.
 *
 * @module
 */

import { parseArgs } from "node:util";
import { assemble, peakWat } from "./_wat.ts";
import { type Backend, defaultRegistry, Rng } from "../mod.ts";
import { WASM_RELAXED, WASM_SIMD } from "../plugins/backends/_wasm_bytes.ts";
import { chosenGemmKernel, decode } from "../plugins/backends/_wasm_kernels.ts";

const args = parseArgs({
  args: Deno.args,
  allowPositionals: true,
  options: { only: { type: "string", default: "" } },
});
const rounds = Number(args.positionals[0] ?? 41);
const baselines = args.positionals.slice(1);
/** Only the matmul contenders whose name matches (all by default). */
const only = new RegExp(args.values.only);
const median = (xs: number[]) => [...xs].sort((p, q) => p - q)[xs.length >> 1];

// ---- the peak ---------------------------------------------------------------

function compile(wat: string, relaxed: boolean): (n: number) => number {
  const inst = new WebAssembly.Instance(new WebAssembly.Module(assemble(wat, relaxed)), {});
  return inst.exports.run as (n: number) => number;
}

const ACCS = [8, 10, 12, 14];
const ITERS = 1 << 17;
const peaks: { name: string; flops: number; run: () => unknown }[] = [];
for (const relaxed of [true, false]) {
  for (const acc of ACCS) {
    let run: (n: number) => number;
    try {
      run = compile(peakWat(acc, relaxed), relaxed);
    } catch (e) {
      console.log(`${relaxed ? "relaxed_madd" : "mul+add"}: unavailable (${(e as Error).message})`);
      break;
    }
    peaks.push({
      name: `${relaxed ? "relaxed_madd" : "mul+add"} ×${acc}`,
      flops: 8 * 8 * acc * ITERS,
      run: () => run(ITERS),
    });
  }
}

// ---- the matmuls --------------------------------------------------------------

interface Shape {
  name: string;
  m: number;
  k: number;
  n: number;
  transA: boolean;
  transB: boolean;
}
const SHAPES: Shape[] = [
  { name: "Dense 784→256 b128 fwd, A·B", m: 128, k: 784, n: 256, transA: false, transB: false },
  { name: "Dense 784→256 b128 dX, A·Bᵀ", m: 128, k: 256, n: 784, transA: false, transB: true },
  { name: "Dense 784→256 b128 dW, Aᵀ·B", m: 784, k: 128, n: 256, transA: true, transB: false },
  { name: "512³, A·B", m: 512, k: 512, n: 512, transA: false, transB: false },
];

const rng = new Rng(0);
const rand = (n: number) => Float32Array.from({ length: n }, () => rng.normal());

type Kernels = {
  memory: WebAssembly.Memory;
  gemm(...args: number[]): void;
  packA?(a: number, rs: number, ps: number, dst: number, m: number, k: number): void;
  packB(b: number, dst: number, k: number, n: number, trans: number, ld?: number): void;
};

/**
 * The bare kernels of one module on one shape, operands already in memory:
 * packA (where the module has it), packB unless `inPlace` (B read where it
 * lies: modules with packA, B not transposed), gemm.
 */
function bare(b64: string, s: Shape, inPlace = false, splat = 0): () => void {
  const ex = new WebAssembly.Instance(new WebAssembly.Module(decode(b64)), {})
    .exports as unknown as Kernels;
  const { m, k, n } = s;
  const nPad = (n + 31) & ~31, mPad = (m + 31) & ~31;
  const offA = 0, offB = offA + m * k * 4, offP = offB + k * n * 4 + 64;
  const offQ = offP + k * nPad * 4 + 64, offC = offQ + mPad * k * 4 + 64;
  const end = offC + m * n * 4 + 64;
  ex.memory.grow(Math.ceil(end / 65536));
  const f = new Float32Array(ex.memory.buffer);
  f.set(rand(m * k), offA >> 2);
  f.set(rand(k * n), offB >> 2);
  const rs = s.transA ? 4 : k * 4, ps = s.transA ? m * 4 : 4;
  const packA = ex.packA;
  if (packA === undefined) {
    // the gemm before packA (rectify ≤ 0.1): A read in place
    return () => {
      ex.packB(offB, offP, k, n, s.transB ? 1 : 0);
      ex.gemm(offA, rs, ps, offP, offC, m, k, n, 0, 0, n);
    };
  }
  return () => {
    if (!inPlace) ex.packB(offB, offP, k, n, s.transB ? 1 : 0, 0);
    packA(offA, rs, ps, offQ, m, k);
    ex.gemm(offQ, inPlace ? offB : offP, offC, m, k, n, 0, 0, n, inPlace ? n * 4 : 0, splat);
  };
}

const wasm: Backend = defaultRegistry.create("backend", "wasm");
const simd: Backend = defaultRegistry.create("backend", "wasm:relaxed=false");
function viaBackend(be: Backend, s: Shape): () => void {
  const a = rand(s.m * s.k), b = rand(s.k * s.n), out = new Float32Array(s.m * s.n);
  const opts = { transA: s.transA, transB: s.transB };
  return () => be.matmul(a, b, out, s.m, s.k, s.n, opts);
}

/**
 * The backend with A, B and C in its storage (`allocate` blocks), as a training step's operands
 * live there (the Trainer's parameters, optimizer state and step arena): the gemm runs in
 * place, no copies (null where the backend lends no blocks).
 */
function inStorage(be: Backend, s: Shape): (() => void) | null {
  const block = (n: number) => be.allocate?.(n) ?? null;
  const a = block(s.m * s.k), b = block(s.k * s.n), out = block(s.m * s.n);
  if (a === null || b === null || out === null) return null;
  a.set(rand(s.m * s.k));
  b.set(rand(s.k * s.n));
  const opts = { transA: s.transA, transB: s.transB };
  return () => be.matmul(a, b, out, s.m, s.k, s.n, opts);
}

const mm: { name: string; flops: number; run: () => unknown }[] = [];
const modules: [string, string][] = [["relaxed", WASM_RELAXED], ["simd", WASM_SIMD]];
for (const path of baselines) {
  const url = new URL(path, `file://${Deno.cwd()}/`).href;
  const old = (await import(url)) as { WASM_RELAXED: string };
  modules.push([path.replace(/^.*\//, "").replace(/\.ts$/, ""), old.WASM_RELAXED]);
}
for (const s of SHAPES) {
  const flops = 2 * s.m * s.k * s.n;
  mm.push({ name: `${s.name}: backend (relaxed)`, flops, run: viaBackend(wasm, s) });
  mm.push({ name: `${s.name}: backend (simd)`, flops, run: viaBackend(simd, s) });
  const resident = inStorage(wasm, s);
  if (resident) mm.push({ name: `${s.name}: backend, in storage`, flops, run: resident });
  for (const [tag, b64] of modules) {
    mm.push({ name: `${s.name}: kernels (${tag})`, flops, run: bare(b64, s) });
  }
  mm.push({
    name: `${s.name}: kernels, splat (relaxed)`,
    flops,
    run: bare(WASM_RELAXED, s, false, 1),
  });
  if (!s.transB) {
    mm.push({ name: `${s.name}: kernels, B in place`, flops, run: bare(WASM_RELAXED, s, true) });
  }
}

// ---- interleaved rounds ---------------------------------------------------------

const all = [...peaks, ...mm.filter((c) => only.test(c.name))];
const times = all.map(() => [] as number[]);
for (let r = 0; r < rounds + 5; r++) {
  all.forEach((c, i) => {
    const t0 = performance.now();
    c.run();
    const dt = performance.now() - t0;
    if (r >= 5) times[i].push(dt);
  });
}
const gf = (i: number) => all[i].flops / (median(times[i]) * 1e6);
const best = (pre: string) =>
  Math.max(0, ...peaks.map((p, i) => (p.name.startsWith(pre) ? gf(i) : 0)));
const peakRelaxed = best("relaxed_madd"), peakPlain = best("mul+add");
const cpu = (() => {
  try {
    return Deno.readTextFileSync("/proc/cpuinfo").match(/model name\s*:\s*(.*)/)?.[1] ?? "?";
  } catch {
    return "?";
  }
})();
const load = (() => {
  try {
    return Deno.loadavg().map((l) => l.toFixed(2)).join(" ");
  } catch {
    return "?";
  }
})();
console.log(
  `${new Date().toISOString()}, ${cpu}, load ${load}, V8 ${Deno.version.v8}, ` +
    `${rounds} interleaved rounds (medians)`,
);
console.log(
  `backend micro-kernel chosen at first use: relaxed ${chosenGemmKernel(true) ?? "not yet"}, ` +
    `simd ${chosenGemmKernel(false) ?? "not yet"}`,
);
peaks.forEach((p, i) =>
  console.log(`  peak ${p.name.padEnd(20)} ${gf(i).toFixed(1).padStart(7)} GFLOP/s`)
);
console.log(
  `peak: relaxed_madd ${peakRelaxed.toFixed(1)} GFLOP/s, mul+add ${peakPlain.toFixed(1)} GFLOP/s`,
);
all.slice(peaks.length).forEach((c, i) => {
  const j = peaks.length + i;
  const g = gf(j), gBest = c.flops / (Math.min(...times[j]) * 1e6);
  const peak = c.name.includes("(simd)") ? peakPlain : peakRelaxed;
  console.log(
    `  ${c.name.padEnd(54)} ${median(times[j]).toFixed(3).padStart(8)} ms ${
      g.toFixed(1).padStart(6)
    } GFLOP/s ${(100 * g / peak).toFixed(0).padStart(3)}% of peak | best ${
      gBest.toFixed(1).padStart(5)
    } GFLOP/s ${(100 * gBest / peak).toFixed(0).padStart(3)}%`,
  );
});
