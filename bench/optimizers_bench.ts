/**
 * One `Optimizer.step()` of every built-in optimizer over 1M float32
 * parameters (four tensors: 512×1024, 1024×256, 256×512 and the rest as a
 * bias-like vector), gradients set once. Run: `deno bench bench/optimizers_bench.ts`.
 * `deno run bench/optimizers_bench.ts [steps]` instead times `steps` (default 30)
 * steps of each and prints the median and minimum (Deno.bench reports no median).
 *
 * @module
 */

import { Optimizer, optimizerPlugins, Rng, type Tensor, tensor } from "../mod.ts";

const SIZES = [512 * 1024, 1024 * 256, 256 * 512];
SIZES.push(1_000_000 - SIZES.reduce((a, b) => a + b, 0));

function makeParams(): [string, Tensor][] {
  const rng = new Rng(0);
  return SIZES.map((n, i) => {
    const data = new Float32Array(n);
    const grad = new Float32Array(n);
    for (let k = 0; k < n; k++) {
      data[k] = rng.normal() * 0.1;
      grad[k] = rng.normal() * 0.01;
    }
    const p = tensor(data, { shape: [n], requiresGrad: true });
    p.grad = tensor(grad, { shape: [n] });
    return [`p${i}`, p];
  });
}

const OPTIONS: Record<string, string> = {
  sgd: "sgd:lr=0.01,momentum=0.9",
  rmsprop: "rmsprop:lr=0.001",
  adagrad: "adagrad",
  adadelta: "adadelta",
  adam: "adam",
  adamw: "adamw",
  adamax: "adamax",
  nadam: "nadam",
  radam: "radam",
  rprop: "rprop",
  lion: "lion",
  lamb: "lamb",
};

for (const plugin of optimizerPlugins) {
  const params = makeParams();
  const opt = new Optimizer(params, OPTIONS[plugin.name] ?? plugin.name);
  opt.step(); // allocate state and buffers outside the timing
  Deno.bench({
    group: "optimizer step, 1M float32 params",
    name: plugin.name,
    baseline: plugin.name === "sgd",
    fn: () => opt.step(),
  });
}

if (import.meta.main) {
  const steps = Number(Deno.args[0] ?? 30);
  console.log(`optimizer step, 1M float32 params, ${steps} steps each: median / min (ms)`);
  for (const plugin of optimizerPlugins) {
    const opt = new Optimizer(makeParams(), OPTIONS[plugin.name] ?? plugin.name);
    opt.step();
    const times: number[] = [];
    for (let i = 0; i < steps; i++) {
      const t0 = performance.now();
      opt.step();
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const mid = times.length >> 1;
    const median = times.length % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
    console.log(
      `${plugin.name.padEnd(9)} ${median.toFixed(2).padStart(7)} ${
        times[0].toFixed(2).padStart(7)
      }`,
    );
  }
}
