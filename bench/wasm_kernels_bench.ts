/**
 * Medians of the element-wise WebAssembly kernels run directly on data that
 * already lies in the instance's memory (no copies in or out), next to a plain
 * copy of the same 4 MiB inside that memory, interleaved in one process.
 * `deno bench` reports averages, and the machine is noisy: medians of
 * interleaved rounds compare better. Each timed call follows an untimed one of
 * the same contender, so all of them start from the same (warm) caches.
 *
 * Run: `deno run --allow-read bench/wasm_kernels_bench.ts [rounds] [baseline...]`
 * where each `baseline` is another copy of `plugins/backends/_wasm_bytes.ts`
 * (e.g. an older one from `git show`) whose kernels are timed alongside the
 * current ones, labelled by file name.
 *
 * @module
 */

import { WASM_RELAXED } from "../plugins/backends/_wasm_bytes.ts";

const rounds = Number(Deno.args[0] ?? 101);
const baselines = Deno.args.slice(1);
const N = 1 << 20;
const BYTES = N * 4;

function decode(b64: string): Uint8Array<ArrayBuffer> {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

type Kernels = Record<string, (...args: number[]) => void> & { memory: WebAssembly.Memory };

function instantiate(b64: string): Kernels {
  const inst = new WebAssembly.Instance(new WebAssembly.Module(decode(b64)), {});
  const ex = inst.exports as unknown as Kernels;
  // operands a, b, out, copy destination: 4 MiB each
  ex.memory.grow(Math.ceil((4 * BYTES) / 65536));
  const f = new Float32Array(ex.memory.buffer);
  let s = 1;
  for (let i = 0; i < 2 * N; i++) {
    s = (s * 1103515245 + 12345) >>> 0;
    f[i] = (s / 2 ** 31 - 1) * 4;
  }
  return ex;
}

const A = 0, B = BYTES, O = 2 * BYTES, C = 3 * BYTES;
const unary = ["relu", "neg", "relu6", "leakyRelu", "elu", "sigmoid", "gelu"];
const binary = ["reluBackward", "add", "maximum", "eluBackward"];
const P: Record<string, number[]> = { leakyRelu: [0.01], elu: [1], eluBackward: [1] };

function contenders(tag: string, ex: Kernels): [string, () => void][] {
  const f = new Float32Array(ex.memory.buffer);
  const out: [string, () => void][] = [
    [`${tag} copy f.set(subarray)`, () => f.set(f.subarray(A / 4, A / 4 + N), C / 4)],
    [`${tag} copy f.copyWithin`, () => f.copyWithin(C / 4, A / 4, A / 4 + N)],
  ];
  for (const k of unary) {
    const [p0 = 0, p1 = 0, p2 = 0] = P[k] ?? [];
    out.push([`${tag} ${k}`, () => ex[k](A, O, N, p0, p1, p2)]);
  }
  for (const k of binary) {
    const [p0 = 0, p1 = 0, p2 = 0] = P[k] ?? [];
    out.push([`${tag} ${k}`, () => ex[k](A, B, O, N, p0, p1, p2)]);
  }
  out.push([`${tag} relu in place`, () => ex.relu(O, O, N, 0, 0, 0)]);
  return out;
}

const all = contenders("new", instantiate(WASM_RELAXED));
for (const path of baselines) {
  const url = new URL(path, `file://${Deno.cwd()}/`).href;
  const old = (await import(url)) as { WASM_RELAXED: string };
  const tag = path.replace(/^.*\//, "").replace(/\.ts$/, "");
  all.push(...contenders(tag, instantiate(old.WASM_RELAXED)));
}
const times = all.map(() => [] as number[]);
for (let r = 0; r < rounds + 10; r++) {
  all.forEach(([, fn], i) => {
    fn(); // the same cache state for everyone: operands just touched
    const t0 = performance.now();
    fn();
    const dt = performance.now() - t0;
    if (r >= 10) times[i].push(dt);
  });
}
const median = (a: number[]) => [...a].sort((p, q) => p - q)[a.length >> 1];
// the faster of the two copies in the current module's memory
const copy = Math.min(median(times[0]), median(times[1]));
console.log(`${rounds} interleaved rounds, 1M float32 in wasm memory (relaxed module)`);
all.forEach(([name], i) => {
  const m = median(times[i]);
  console.log(`${name.padEnd(30)} median ${m.toFixed(3)} ms  (${(m / copy).toFixed(2)}× copy)`);
});
