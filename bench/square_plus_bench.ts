/**
 * A third-party plugin's own kernel (`examples/plugins/square_plus.ts`):
 * squarePlus forward and forward+backward on 1,048,576 float32 elements
 * (`[1024, 1024]`, N(0, 3²) values) on the wasm backend, three ways:
 *
 * - `reference loops` (the baseline): the plugin's js loops, which run on any
 *   backend without a kernel for its op names;
 * - `registered wasm kernel`: the same plugin after
 *   `registerSquarePlusKernels()`, its hand-written WebAssembly SIMD module
 *   (same bits);
 * - `composed of core ops`: `x.add(x.mul(x).add(b).sqrt()).mul(0.5)`, how
 *   the plugin was written before it had loops (five recorded ops).
 *
 * Run: `deno bench --allow-read bench/square_plus_bench.ts`
 */

import {
  type Backend,
  defaultRegistry,
  getBackend,
  ones,
  randn,
  Rng,
  setBackend,
  type Tensor,
} from "../mod.ts";
import squarePlus, { registerSquarePlusKernels } from "../examples/plugins/square_plus.ts";

const SHAPE = [1024, 1024];
if (!defaultRegistry.has("activation", "squarePlus")) defaultRegistry.register(squarePlus);
const act = defaultRegistry.create("activation", "squarePlus");
const B = 4;
const composed = (x: Tensor) => x.add(x.mul(x).add(B).sqrt()).mul(0.5);

const wasm: Backend = defaultRegistry.create("backend", "wasm");
// the same kernels under another name: nothing is registered for it, so the loops run
const plain: Backend = { ...wasm, name: "wasm (no squarePlus kernel)" };
registerSquarePlusKernels(wasm.name);
const previous = getBackend();

const x = randn(SHAPE, { rng: new Rng(0) }).mul(3);
const xg = randn(SHAPE, { rng: new Rng(0) }).mul(3);
xg.requiresGrad = true;
const upstream = ones(SHAPE);

const ways: [string, Backend, (x: Tensor) => Tensor][] = [
  ["reference loops", plain, (t) => act.forward(t)],
  ["registered wasm kernel", wasm, (t) => act.forward(t)],
  ["composed of core ops", wasm, composed],
];
for (const [name, be, f] of ways) {
  Deno.bench({
    group: "squarePlus forward (1M float32)",
    name,
    baseline: be === plain,
    fn() {
      setBackend(be);
      f(x);
      setBackend(previous);
    },
  });
  Deno.bench({
    group: "squarePlus forward+backward (1M float32)",
    name,
    baseline: be === plain,
    fn() {
      setBackend(be);
      f(xg).backward(upstream);
      xg.grad = null;
      setBackend(previous);
    },
  });
}
