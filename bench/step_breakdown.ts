/**
 * Where one MLP training step's time goes (issue 18): the `bench:peers` MLP
 * steps (784-256-256-10 batch 128 and 784-64-64-10 batch 32, Adam, in a
 * `StepArena` as the `Trainer` runs them) on the `wasm` backend, with every
 * call into the backend timed: each matmul layout (forward `x·W + b`, the
 * backward's `g·Wᵀ` and `Xᵀ·g`), the activation's forward and backward
 * kernels, element-wise ops, the bias gradients (`sumAxis`), the Adam
 * update. The loss (core's own loops, no backend call) is timed alone on
 * logits of the step's shape, forward and backward in a `StepArena`. "copies" estimates what the wasm gemm and
 * Adam kernels spend copying operands into WebAssembly memory and results
 * back: a `Float32Array.set` of the same lengths, timed alongside (arrays in
 * the backend's storage, a shared memory, are read in place and not counted). "outside
 * the backend" is the step (timed unwrapped, interleaved) less every backend
 * call: autograd, tensors, the arena, the optimizer's JS, the timing itself.
 *
 * Medians over the rounds of each piece's time per step, in µs.
 *
 * Run: `deno run --allow-read --allow-sys bench/step_breakdown.ts [rounds] [--steps N]
 * [--backend SPEC] [--only SIZES]`
 *
 * @module
 */

import { parseArgs } from "node:util";
import {
  type Backend,
  type Data,
  defaultRegistry,
  type Kernel,
  setBackend,
  softmaxCrossEntropy,
  StepArena,
  Tensor,
} from "../mod.ts";
import { benchOptimizer, mlpStep } from "./_mlp.ts";

const args = parseArgs({
  args: Deno.args,
  allowPositionals: true,
  options: {
    steps: { type: "string", default: "20" },
    backend: { type: "string", default: "wasm" },
    only: { type: "string", default: "" },
  },
});
const ROUNDS = Number(args.positionals[0] ?? 15);
const STEPS = Number(args.values.steps);

/** Per-step totals of each backend call key, for the step being timed. */
class Timer {
  /** key -> µs in this step; keys in order of first appearance. */
  us = new Map<string, number>();
  calls = new Map<string, number>();
  /** key -> lengths a wasm kernel copies in and out per call (for the copy estimate). */
  copies = new Map<string, number[]>();
  time<T>(key: string, copied: () => number[], fn: () => T): T {
    const t0 = performance.now();
    const r = fn();
    const dt = (performance.now() - t0) * 1e3;
    this.us.set(key, (this.us.get(key) ?? 0) + dt);
    this.calls.set(key, (this.calls.get(key) ?? 0) + 1);
    if (!this.copies.has(key)) this.copies.set(key, copied());
    return r;
  }
}

const shape = (...d: number[]) => d.join("×");

/** Whether `d` lives in a wasm backend's storage (the only shared memory a step's arrays use). */
const resident = (d: Data) => d.buffer instanceof SharedArrayBuffer;

/**
 * Lengths the wasm gemm copies: with the output in storage, the operands that are not there;
 * otherwise both operands in (and C when accumulating) and the result out.
 */
function gemmCopies(
  a: Data,
  b: Data,
  out: Data,
  m: number,
  k: number,
  n: number,
  accumulate: boolean,
): number[] {
  if (resident(out)) return [...(resident(a) ? [] : [m * k]), ...(resident(b) ? [] : [k * n])];
  return [m * k, k * n, m * n, ...(accumulate ? [m * n] : [])];
}

/** `be` with every call timed into `t`. */
function timed(be: Backend, t: Timer): Backend {
  const wrapped = new Map<string, Kernel | undefined>();
  return {
    ...be,
    name: be.name,
    matmul: (a, b, out, m, k, n, o = {}) => {
      const layout = o.transA ? "Aᵀ·B" : o.transB ? "A·Bᵀ" : "A·B";
      const what = o.transA ? "dW = Xᵀ·g" : o.transB ? "dX = g·Wᵀ" : "x·W";
      const key = `matmul ${layout} (${what}) ${shape(m, k, n)}${o.accumulate ? " +=" : ""}`;
      return t.time(
        key,
        () => gemmCopies(a, b, out, m, k, n, o.accumulate ?? false),
        () => be.matmul(a, b, out, m, k, n, o),
      );
    },
    linear: (x, w, bias, out, m, k, n) =>
      t.time(
        `linear x·W + b ${shape(m, k, n)}`,
        () => [...gemmCopies(x, w, out, m, k, n, false), ...(resident(out) ? [] : [n])],
        () => be.linear!(x, w, bias, out, m, k, n),
      ),
    binary: (op, a, b, out) =>
      t.time(
        `binary ${op} ${a.length === b.length ? a.length : `${a.length},${b.length}`}`,
        () => [],
        () => be.binary(op, a, b, out),
      ),
    unary: (op, x, out) => t.time(`unary ${op} ${x.length}`, () => [], () => be.unary(op, x, out)),
    sumAxis: (x, out, outer, len, inner) =>
      t.time(
        `sumAxis ${shape(outer, len, inner)}`,
        () => [],
        () => be.sumAxis(x, out, outer, len, inner),
      ),
    maxAxis: (x, out, am, outer, len, inner) =>
      t.time(
        `maxAxis ${shape(outer, len, inner)}`,
        () => [],
        () => be.maxAxis(x, out, am, outer, len, inner),
      ),
    kernel: (name) => {
      if (!wrapped.has(name)) {
        const k = be.kernel?.(name);
        wrapped.set(
          name,
          k &&
            ((inputs: readonly Data[], outputs: readonly Data[], params: readonly number[]) =>
              t.time(
                `kernel ${name} ${outputs[0].length}`,
                // Adam copies p, g, m, v in and p, m, v out unless all are in its storage
                () =>
                  name !== "adam" || inputs.slice(0, 4).every(resident)
                    ? []
                    : new Array(7).fill(inputs[0].length),
                () => k(inputs, outputs, params),
              )),
        );
      }
      return wrapped.get(name);
    },
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The loss alone: softmax cross-entropy forward and backward on `[batch, classes]` logits. */
function lossRun(be: Backend, batch: number, classes: number): () => void {
  const z = new Tensor(new Float32Array(batch * classes).map((_, i) => Math.sin(i)), [
    batch,
    classes,
  ], { requiresGrad: true });
  const targets = Int32Array.from({ length: batch }, (_, i) => i % classes);
  const arena = new StepArena();
  return () => {
    const prev = setBackend(be);
    try {
      arena.run(() => {
        z.grad = null;
        softmaxCrossEntropy(z, targets).backward();
      });
    } finally {
      setBackend(prev);
    }
  };
}

/** What the copy estimate of a key takes: `Float32Array.set` of its lengths, µs per call. */
function copyTimer(lengths: number[]): () => number {
  const src = lengths.map((n) => new Float32Array(n).fill(1));
  const dst = lengths.map((n) => new Float32Array(n));
  return () => {
    const t0 = performance.now();
    for (let i = 0; i < src.length; i++) dst[i].set(src[i]);
    return (performance.now() - t0) * 1e3;
  };
}

interface Piece {
  key: string;
  calls: number;
  us: number;
  copyUs: number;
}

async function breakdown(sizes: number[], batch: number): Promise<void> {
  const be = defaultRegistry.create("backend", args.values.backend);
  // a backend with a worker (wasm threads=2) starts it asynchronously: give it the event loop
  const wantsThreads = /threads=[2-9]/.test(args.values.backend);
  for (let i = 0; i < 100 && wantsThreads && be.threads!() < 2; i++) {
    await new Promise((r) => setTimeout(r, 20));
  }
  const t = new Timer();
  const plain = mlpStep(sizes, batch, benchOptimizer(), be);
  const wrapped = mlpStep(sizes, batch, benchOptimizer(), timed(be, t));
  const loss = lossRun(be, batch, sizes[sizes.length - 1]);
  for (let i = 0; i < 20; i++) plain(), wrapped(), loss();
  const stepUs: number[] = [], wrappedUs: number[] = [], lossUs: number[] = [];
  const perKey = new Map<string, number[]>();
  const copyUs = new Map<string, number[]>();
  const copyRuns = new Map<string, () => number>();
  for (let r = 0; r < ROUNDS; r++) {
    // interleaved: STEPS plain steps, STEPS timed steps, the copy estimates
    let t0 = performance.now();
    for (let s = 0; s < STEPS; s++) plain();
    stepUs.push((performance.now() - t0) * 1e3 / STEPS);
    t.us.clear();
    t.calls.clear();
    t0 = performance.now();
    for (let s = 0; s < STEPS; s++) wrapped();
    wrappedUs.push((performance.now() - t0) * 1e3 / STEPS);
    t0 = performance.now();
    for (let s = 0; s < STEPS; s++) loss();
    lossUs.push((performance.now() - t0) * 1e3 / STEPS);
    for (const [key, us] of t.us) {
      if (!perKey.has(key)) perKey.set(key, []);
      perKey.get(key)!.push(us / STEPS);
      const lens = t.copies.get(key)!;
      if (lens.length > 0 && be.name === "wasm") {
        if (!copyRuns.has(key)) copyRuns.set(key, copyTimer(lens));
        const run = copyRuns.get(key)!, calls = t.calls.get(key)! / STEPS;
        let sum = 0;
        for (let s = 0; s < STEPS; s++) sum += run();
        if (!copyUs.has(key)) copyUs.set(key, []);
        copyUs.get(key)!.push(sum / STEPS * calls);
      }
    }
  }
  const calls = new Map([...t.calls].map(([k, c]) => [k, c / STEPS]));
  const pieces: Piece[] = [...perKey].map(([key, xs]) => ({
    key,
    calls: calls.get(key) ?? 0,
    us: median(xs),
    copyUs: copyUs.has(key) ? median(copyUs.get(key)!) : 0,
  }));
  const step = median(stepUs), inBackend = pieces.reduce((s, p) => s + p.us, 0);
  const copies = pieces.reduce((s, p) => s + p.copyUs, 0);
  const pct = (us: number) => `${(100 * us / step).toFixed(1)}%`;
  console.log(
    `\n### MLP ${sizes.join("-")}, batch ${batch}, ${benchOptimizer()}, ${args.values.backend}${
      be.threads ? ` (${be.threads()} thread(s) for large matmuls)` : ""
    }: ` +
      `step ${(step / 1e3).toFixed(3)} ms (timed wrapper ${
        (median(wrappedUs) / 1e3).toFixed(3)
      } ms)\n`,
  );
  console.log("| piece | calls / step | µs / step | share | of which copies (est.) µs |");
  console.log("| --- | --: | --: | --: | --: |");
  for (const p of pieces) {
    const c = p.copyUs > 0 ? p.copyUs.toFixed(1) : "";
    console.log(`| ${p.key} | ${p.calls} | ${p.us.toFixed(1)} | ${pct(p.us)} | ${c} |`);
  }
  console.log(
    `| **all backend calls** | | ${inBackend.toFixed(1)} | ${pct(inBackend)} | ` +
      `${copies.toFixed(1)} |`,
  );
  console.log(
    `| **outside the backend** (autograd, tensors, arena, optimizer JS, timing) | | ` +
      `${(step - inBackend).toFixed(1)} | ${pct(step - inBackend)} | |`,
  );
  const lossMedian = median(lossUs);
  console.log(
    `| of which the loss, forward + backward (timed alone) | 1 | ${lossMedian.toFixed(1)} | ` +
      `${pct(lossMedian)} | |`,
  );
}

const load = Deno.loadavg().map((x) => x.toFixed(2)).join(" ");
console.log(
  `step breakdown, ${new Date().toISOString()}, Deno ${Deno.version.deno}, load ${load}, ` +
    `${ROUNDS} rounds of ${STEPS} steps`,
);
if ("784-256-256-10".includes(args.values.only)) await breakdown([784, 256, 256, 10], 128);
if ("784-64-64-10".includes(args.values.only)) await breakdown([784, 64, 64, 10], 32);
console.log(`\nload after: ${Deno.loadavg().map((x) => x.toFixed(2)).join(" ")}`);
