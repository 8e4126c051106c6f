/**
 * The `wasm` backend's gemm kernels in two JavaScript runtimes: Deno and Node.js, the same
 * module bytes and the same script, in alternating processes (issue 18). Node.js runs
 * WebAssembly with V8's trap handler, so its loads and stores carry no bounds checks; Deno runs
 * it without, so each carries a compare and branch (denoland/deno#35658). The difference between
 * the two is what those checks cost the micro-kernel, with everything else equal but the V8
 * version.
 *
 * Each process times, in interleaved rounds: the register-resident `f32x4.relaxed_madd` loop of
 * `bench/wasm_peak.ts` (12 accumulators), then `packB` + `packA` + `gemm` on 128×784×256 (the
 * Dense 784→256 forward at batch 128) and 512³, with each micro-kernel (`$mk`, which broadcasts
 * A by shuffles, and `$mkSplat`, by `load32_splat`). Prints medians as GFLOP/s and as a
 * fraction of that process's peak.
 *
 * Run: `deno run -A bench/runtimes.ts [rounds] [--pairs N] [--node CMD]`, where CMD runs
 * Node.js ≥ 22 (relaxed SIMD without flags), e.g. `--node "npx -y node@24"`; default `node`.
 * Without a Node.js that runs the module, it says so and times Deno alone.
 *
 * @module
 */

import { parseArgs } from "node:util";
import { assemble, peakWat } from "./_wat.ts";
import { WASM_RELAXED } from "../plugins/backends/_wasm_bytes.ts";
import { decode } from "../plugins/backends/_wasm_kernels.ts";

const args = parseArgs({
  args: Deno.args,
  allowPositionals: true,
  options: {
    pairs: { type: "string", default: "4" },
    node: { type: "string", default: "node" },
  },
});
const rounds = Number(args.positionals[0] ?? 11);
const pairs = Number(args.values.pairs);

/** The script both runtimes run: `runner.mjs DIR ROUNDS`, one JSON line out. */
const RUNNER = `
import { readFileSync } from "node:fs";
const argv = typeof Deno !== "undefined" ? Deno.args : process.argv.slice(2);
const [dir, rounds] = [argv[0], Number(argv[1])];
const load = (f) => new WebAssembly.Instance(new WebAssembly.Module(readFileSync(dir + "/" + f)), {}).exports;
const kern = load("kernels.wasm"), peak = load("peak.wasm");
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
kern.memory.grow(200);
const mem = new Float32Array(kern.memory.buffer);
for (let i = 0; i < 3 << 18; i++) mem[i] = ((i * 7919) % 1000) / 1000 - 0.5;
function gemm(m, k, n, splat) {
  const offA = 0, offB = m * k * 4 + 64, offP = offB + k * n * 4 + 64;
  const offQ = offP + k * n * 4 + 64, offC = offQ + m * k * 4 + 64;
  const t0 = performance.now();
  kern.packB(offB, offP, k, n, 0, n);
  kern.packA(offA, k * 4, 4, offQ, m, k);
  kern.gemm(offQ, offP, offC, m, k, n, 0, 0, n, 0, splat);
  return (2 * m * k * n) / ((performance.now() - t0) * 1e6);
}
const rows = { peak: [], "128x784x256 $mk": [], "128x784x256 $mkSplat": [], "512^3 $mk": [], "512^3 $mkSplat": [] };
for (let r = 0; r < rounds + 3; r++) {
  const t0 = performance.now();
  peak.run(${1 << 17});
  const p = ${8 * 8 * 12 * (1 << 17)} / ((performance.now() - t0) * 1e6);
  const g = [gemm(128, 784, 256, 0), gemm(128, 784, 256, 1), gemm(512, 512, 512, 0), gemm(512, 512, 512, 1)];
  if (r < 3) continue;
  rows.peak.push(p);
  Object.keys(rows).slice(1).forEach((key, i) => rows[key].push(g[i]));
}
const runtime = typeof Deno !== "undefined"
  ? "Deno " + Deno.version.deno + " (V8 " + Deno.version.v8 + ")"
  : "Node.js " + process.version + " (V8 " + process.versions.v8 + ")";
console.log(JSON.stringify({ runtime, medians: Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, median(v)])) }));
`;

interface Result {
  runtime: string;
  medians: Record<string, number>;
}

const dir = await Deno.makeTempDir({ prefix: "rectify-runtimes-" });
try {
  await Deno.writeFile(`${dir}/kernels.wasm`, decode(WASM_RELAXED));
  await Deno.writeFile(`${dir}/peak.wasm`, assemble(peakWat(12, true), true));
  await Deno.writeTextFile(`${dir}/runner.mjs`, RUNNER);
  const run = async (cmd: string[]): Promise<Result | string> => {
    try {
      const out = await new Deno.Command(cmd[0], {
        args: [...cmd.slice(1), `${dir}/runner.mjs`, dir, String(rounds)],
        stdout: "piped",
        stderr: "piped",
      }).output();
      const text = new TextDecoder().decode(out.stdout).trim().split("\n").at(-1) ?? "";
      if (!out.success || !text.startsWith("{")) {
        return new TextDecoder().decode(out.stderr).trim().split("\n").slice(-3).join(" ");
      }
      return JSON.parse(text) as Result;
    } catch (e) {
      return (e as Error).message;
    }
  };
  const deno = [Deno.execPath(), "run", "--allow-read"];
  const node = args.values.node.split(/\s+/);
  const cpu = (() => {
    try {
      return Deno.readTextFileSync("/proc/cpuinfo").match(/model name\s*:\s*(.*)/)?.[1] ?? "?";
    } catch {
      return "?";
    }
  })();
  console.log(
    `${new Date().toISOString()}, ${cpu}, load ${
      Deno.loadavg().map((l) => l.toFixed(2)).join(" ")
    }, ${pairs} pairs of processes, ${rounds} rounds each (medians; % of that process's peak)`,
  );
  let nodeMissing = "";
  for (let p = 0; p < pairs; p++) {
    for (const cmd of nodeMissing ? [deno] : [deno, node]) {
      const r = await run(cmd);
      if (typeof r === "string") {
        nodeMissing = r;
        console.log(`  ${cmd.join(" ")}: did not run the module (${r}); Deno alone from here`);
        continue;
      }
      const peak = r.medians.peak;
      const cells = Object.entries(r.medians).slice(1).map(([k, v]) =>
        `${k} ${v.toFixed(1)} (${(100 * v / peak).toFixed(0)}%)`
      );
      console.log(`  ${r.runtime.padEnd(42)} peak ${peak.toFixed(1)} | ${cells.join(" | ")}`);
    }
  }
} finally {
  await Deno.remove(dir, { recursive: true });
}
