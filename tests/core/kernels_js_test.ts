import assert from "node:assert/strict";
import { expandInto } from "../../core/shape.ts";
import { jsBackend } from "../../core/backend.ts";
import { maxPool2dReference } from "../../core/pool_ops.ts";

// core's js loops with fast paths, each against the plainest loop that
// computes the same thing (the conformance suite checks them against PyTorch).

function rand(n: number, seed: number): Float32Array {
  const out = new Float32Array(n);
  let s = seed >>> 0;
  for (let i = 0; i < n; i++) {
    s = (s * 1664525 + 1013904223) >>> 0;
    out[i] = s / 2 ** 32 - 0.5;
  }
  return out;
}

/** Broadcast by the definition: each output index mapped to its source index. */
function naiveExpand(src: Float32Array, shape: number[], outShape: number[]): Float32Array {
  const n = outShape.reduce((a, b) => a * b, 1);
  const out = new Float32Array(n);
  const full = [...new Array(outShape.length - shape.length).fill(1), ...shape];
  for (let i = 0; i < n; i++) {
    let rest = i, si = 0, stride = 1;
    const idx = new Array(outShape.length);
    for (let d = outShape.length - 1; d >= 0; d--) {
      idx[d] = rest % outShape[d];
      rest = Math.floor(rest / outShape[d]);
    }
    for (let d = outShape.length - 1; d >= 0; d--) {
      if (full[d] !== 1) si += idx[d] * stride;
      stride *= full[d];
    }
    out[i] = src[si];
  }
  return out;
}

Deno.test("expandInto gives what broadcasting means, for every pattern of kept and broadcast axes", () => {
  const cases: [number[], number[]][] = [
    [[1, 3, 1, 1], [2, 3, 4, 5]], // a per-channel value over NCHW
    [[2, 3, 1, 1], [2, 3, 4, 4]], // global pooling's gradient
    [[3, 1], [2, 3, 4]],
    [[1, 3, 1], [2, 3, 4]],
    [[2, 1, 4], [2, 3, 4]],
    [[4], [3, 4]], // trailing row (the bias path)
    [[1], [2, 2]],
    [[2, 1, 3, 1], [2, 5, 3, 2]],
    [[1, 1, 3], [2, 1, 3]],
    [[3, 1], [3, 0]], // empty output
  ];
  for (const [shape, outShape] of cases) {
    const src = rand(shape.reduce((a, b) => a * b, 1), shape.length * 31 + outShape[0]);
    const out = new Float32Array(outShape.reduce((a, b) => a * b, 1)).fill(NaN);
    expandInto(src, shape, outShape, out);
    assert.deepEqual(out, naiveExpand(src, shape, outShape), `[${shape}] -> [${outShape}]`);
  }
});

Deno.test("sumAxis: row sums (inner 1) give the bits of adding into the output one by one", () => {
  for (const [outer, len] of [[5, 16], [1, 1000], [7, 3], [0, 4], [3, 0]]) {
    for (const f64 of [false, true]) {
      const x = f64 ? Float64Array.from(rand(outer * len, 3)) : rand(outer * len, 3);
      const got = f64 ? new Float64Array(outer) : new Float32Array(outer);
      const want = f64 ? new Float64Array(outer) : new Float32Array(outer);
      got.fill(NaN);
      jsBackend.sumAxis(x, got, outer, len, 1);
      for (let o = 0; o < outer; o++) for (let l = 0; l < len; l++) want[o] += x[o * len + l];
      assert.deepEqual(got, want, `${f64 ? "float64" : "float32"} ${outer}x${len}`);
    }
  }
});

Deno.test("maxPool2d: the unrolled 2x2 path picks what the window loop picks (ties, NaN, -Infinity)", () => {
  const planes = 3, h = 6, w = 7;
  const x = rand(planes * h * w, 9);
  // ties (first wins), a NaN (it wins from where it appears), -Infinity everywhere in one window
  x[1] = x[0];
  x[8] = NaN;
  x[2 * w + 2] =
    x[2 * w + 3] =
    x[3 * w + 2] =
    x[3 * w + 3] =
      -Infinity;
  for (const [sh, sw] of [[2, 2], [1, 1], [2, 3]]) {
    const ho = Math.floor((h - 2) / sh) + 1, wo = Math.floor((w - 2) / sw) + 1;
    const p = [planes, h, w, ho, wo, 2, 2, sh, sw, 0, 0, 1];
    const y = new Float32Array(planes * ho * wo), at = new Float32Array(y.length);
    maxPool2dReference([x], [y, at], p);
    for (let q = 0, o = 0; q < planes; q++) {
      for (let i = 0; i < ho; i++) {
        for (let j = 0; j < wo; j++, o++) {
          let best = -Infinity, where = i * sh * w + j * sw;
          for (let r = i * sh; r < i * sh + 2; r++) {
            for (let c = j * sw; c < j * sw + 2; c++) {
              const v = x[q * h * w + r * w + c];
              if (v > best || (v !== v && best === best)) [best, where] = [v, r * w + c];
            }
          }
          assert.ok(Object.is(y[o], Math.fround(best)), `stride ${sh}x${sw} output ${o}`);
          assert.equal(at[o], where, `stride ${sh}x${sw} index ${o}`);
        }
      }
    }
  }
});
