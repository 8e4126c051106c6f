/**
 * Why `sliceShape` copies shapes with a loop: tensors' shapes are frozen
 * arrays, and V8 runs `Array.prototype.slice` on a frozen array on its slow
 * runtime path. A copy of a 2-dimensional shape, a plain or frozen array,
 * by `slice()`, by spread and by `sliceShape`.
 *
 * Run: `deno bench bench/shape_bench.ts`
 *
 * @module
 */

import { sliceShape } from "../core/shape.ts";

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

addEventListener("unload", () => {
  if (sink < 0) console.log(sink);
});
