/**
 * Medians of relu forward on 1,048,576 float32 elements next to plain copies
 * of the same size, interleaved in one process (`deno bench` reports averages
 * and percentiles, not medians).
 *
 * Run: `deno run bench/relu_vs_copy.ts [rounds]`
 *
 * @module
 */

import { defaultRegistry, getBackend, noGrad, randn, Rng, StepArena } from "../mod.ts";

const rounds = Number(Deno.args[0] ?? 201);
const x = randn([1024, 1024], { rng: new Rng(0) });
const relu = defaultRegistry.create("activation", "relu");
const dst = new Float32Array(x.size);
// Inside a training step: the input is a tensor in the backend's storage (made
// in a run of an arena that does not run again) and the output comes from the
// step's arena, as a layer's activations do in a StepArena step.
const resident = new StepArena().run(() => x.clone());
const steps = new StepArena();
const contenders: [string, () => unknown][] = [
  ["copy dst.set(src)", () => dst.set(x.data)],
  ["copy new Float32Array(src)", () => new Float32Array(x.data)],
  ["relu forward", () => noGrad(() => relu.forward(x))],
  ["relu forward in a StepArena", () => steps.run(() => noGrad(() => relu.forward(resident)))],
];
const times = contenders.map(() => [] as number[]);
for (let r = 0; r < rounds + 10; r++) {
  contenders.forEach(([, fn], i) => {
    const t0 = performance.now();
    fn();
    const dt = performance.now() - t0;
    if (r >= 10) times[i].push(dt);
  });
}
const median = (a: number[]) => [...a].sort((p, q) => p - q)[a.length >> 1];
const copy = median(times[0]);
console.log(`backend ${getBackend().name}, ${rounds} interleaved rounds, 1M float32`);
contenders.forEach(([name], i) => {
  const m = median(times[i]);
  console.log(
    `${name.padEnd(28)} median ${m.toFixed(3)} ms  (${(m / copy).toFixed(2)}× dst.set copy)`,
  );
});
