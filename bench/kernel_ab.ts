/**
 * A backend kernel's worth in a training step, in one checkout: the MLP step
 * of `bench/_mlp.ts` on two instances of a backend, one of them without the
 * kernels named (their ops run on the owners' reference loops), interleaved
 * per round. Prints the median step time of each and their ratio.
 *
 * Run: `deno run -A bench/kernel_ab.ts <op[,op...]> [rounds] [sizes] [batch] [optimizer] [backend]`
 * e.g. `deno run -A bench/kernel_ab.ts softmaxCrossEntropy 250 64,64,32,10 32`
 * (defaults: 250 rounds, 64-64-32-10, batch 32, adam lr 0.001, wasm). Each
 * round runs 20 steps of each (2 at batch 128 and above).
 *
 * @module
 */

import { type Backend, defaultRegistry } from "../mod.ts";
import { mlpStep } from "./_mlp.ts";

const [ops, roundsArg, sizesArg, batchArg, optArg, backendArg] = Deno.args;
if (!ops) {
  throw new Error(
    "usage: kernel_ab.ts <op[,op...]> [rounds] [sizes] [batch] [optimizer] [backend]",
  );
}
const off = new Set(ops.split(","));
const rounds = Number(roundsArg ?? 250);
const sizes = (sizesArg ?? "64,64,32,10").split(",").map(Number);
const batch = Number(batchArg ?? 32);
const optimizer = optArg ?? "adam:lr=0.001";
const spec = backendArg ?? "wasm";

const withKernels = defaultRegistry.create("backend", spec);
const base = defaultRegistry.create("backend", spec);
for (const op of off) {
  if (base.kernel?.(op) === undefined) throw new Error(`${spec} has no kernel "${op}"`);
}
const without: Backend = {
  ...base,
  kernel: (name) => off.has(name) ? undefined : base.kernel!(name),
};
const steps = [
  mlpStep(sizes, batch, optimizer, without),
  mlpStep(sizes, batch, optimizer, withKernels),
];
const calls = batch >= 128 ? 2 : 20;
const times: number[][] = [[], []];
for (let r = 0; r < rounds + 20; r++) {
  for (const i of r % 2 ? [1, 0] : [0, 1]) {
    const t0 = performance.now();
    for (let c = 0; c < calls; c++) steps[i]();
    if (r >= 20) times[i].push((performance.now() - t0) / calls);
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const [a, b] = times.map(median);
console.log(
  `MLP ${sizes.join("-")} batch ${batch}, ${optimizer}, ${spec}: without ${[...off].join(", ")} ` +
    `${(a * 1000).toFixed(1)} µs, with ${(b * 1000).toFixed(1)} µs, with/without ${
      (b / a).toFixed(3)
    } (medians of ${rounds} rounds of ${calls} steps)`,
);
