/**
 * Why `sliceShape` copies shapes with a loop: tensors' shapes are frozen
 * arrays, and V8 runs `Array.prototype.slice` on a frozen array on its slow
 * runtime path. A copy of a 2-dimensional shape, a plain or frozen array,
 * by `slice()`, by spread and by `sliceShape`. And what a tensor's shape
 * costs it: `Object.freeze` of a fresh copy (what `new Tensor` did for every
 * tensor) against `frozenShape` of a shape that is frozen already (another
 * tensor's, which it now shares) and of a plain one; and `new Tensor` on
 * each.
 *
 * Run: `deno bench bench/shape_bench.ts`
 *
 * @module
 */

import { frozenShape, sliceShape } from "../core/shape.ts";
import { Tensor } from "../core/tensor.ts";

const plain = [32, 64];
const frozen = Object.freeze([32, 64]);
let sink = 0;

for (const [name, shape] of [["plain", plain], ["frozen", frozen]] as const) {
  Deno.bench({ name: `${name} shape: slice()`, group: name, baseline: true }, () => {
    sink += shape.slice().length;
  });
  Deno.bench({ name: `${name} shape: [...shape]`, group: name }, () => {
    sink += [...shape].length;
  });
  Deno.bench({ name: `${name} shape: sliceShape()`, group: name }, () => {
    sink += sliceShape(shape).length;
  });
}

Deno.bench({ name: "Object.freeze(sliceShape(frozen))", group: "freeze", baseline: true }, () => {
  sink += Object.freeze(sliceShape(frozen)).length;
});
Deno.bench({ name: "frozenShape(frozen)", group: "freeze" }, () => {
  sink += frozenShape(frozen, "bench").length;
});
Deno.bench({ name: "frozenShape(plain)", group: "freeze" }, () => {
  sink += frozenShape(plain, "bench").length;
});
const data = new Float32Array(32 * 64);
Deno.bench({ name: "new Tensor(data, frozen)", group: "tensor", baseline: true }, () => {
  sink += new Tensor(data, frozen).size;
});
Deno.bench({ name: "new Tensor(data, plain)", group: "tensor" }, () => {
  sink += new Tensor(data, plain).size;
});

addEventListener("unload", () => {
  if (sink < 0) console.log(sink);
});
