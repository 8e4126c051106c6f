import assert from "node:assert/strict";
import {
  AvgPool2d,
  avgPool2d,
  Flatten,
  GlobalAvgPool2d,
  MaxPool2d,
  maxPool2d,
  type Pool2dOptions,
  tensor,
} from "../../mod.ts";
import { assertGradcheck, randn } from "./_check.ts";

const KERNELS: [number, number][] = [[2, 2], [3, 3], [3, 2], [1, 1]];
const STRIDES: ([number, number] | undefined)[] = [undefined, [1, 1], [2, 1], [3, 3]];
const PADDINGS: [number, number][] = [[0, 0], [1, 1], [1, 0]];

/** Every valid option combination on odd-sized inputs (windows that do not divide). */
function* combinations(): Generator<
  [number, number][] | [[number, number], Pool2dOptions, string]
> {
  for (const k of KERNELS) {
    for (const s of STRIDES) {
      for (const p of PADDINGS) {
        if (2 * p[0] > k[0] || 2 * p[1] > k[1]) continue;
        for (const ceilMode of [false, true]) {
          const o: Pool2dOptions = { padding: p, ceilMode };
          if (s) o.stride = s;
          yield [k, o, `k=${k} s=${s ?? "k"} p=${p} ceil=${ceilMode}`];
        }
      }
    }
  }
}

Deno.test("maxPool2d() gradchecks in float64 for every option combination on odd sizes", () => {
  let seed = 1, ran = 0;
  for (
    const [k, o, what] of combinations() as Generator<[[number, number], Pool2dOptions, string]>
  ) {
    const x = randn([2, 3, 7, 5], seed++);
    assertGradcheck(`maxPool2d ${what}`, (xx) => maxPool2d(xx, k, o), [x]);
    ran++;
  }
  assert.ok(ran >= 40, `only ${ran} combinations`);
});

Deno.test("avgPool2d() gradchecks in float64 for every option combination, both divisor rules", () => {
  let seed = 100, ran = 0;
  for (
    const [k, o, what] of combinations() as Generator<[[number, number], Pool2dOptions, string]>
  ) {
    for (const countIncludePad of [true, false]) {
      const x = randn([2, 2, 7, 5], seed++);
      const opts = { ...o, countIncludePad };
      assertGradcheck(`avgPool2d ${what} incl=${countIncludePad}`, (xx) => avgPool2d(xx, k, opts), [
        x,
      ]);
      ran++;
    }
  }
  assert.ok(ran >= 80, `only ${ran} combinations`);
});

Deno.test("maxPool2d() sends a tied window's whole gradient to its first maximum", () => {
  // overlapping 2x2 windows, stride 1, over a constant image: each window's first element wins
  const x = tensor(new Float64Array(9).fill(1), { shape: [1, 1, 3, 3], requiresGrad: true });
  maxPool2d(x, [2, 2], { stride: [1, 1] }).sum().backward();
  assert.deepEqual(x.grad!.toArray(), [[[[1, 1, 0], [1, 1, 0], [0, 0, 0]]]]);
});

Deno.test("maxPool2d() never lets padding win, also for all-negative inputs", () => {
  const x = tensor([-5, -4, -3, -2], { shape: [1, 1, 2, 2], dtype: "float64", requiresGrad: true });
  const y = maxPool2d(x, [2, 2], { stride: [1, 1], padding: [1, 1] });
  assert.deepEqual(y.toArray(), [[[[-5, -4, -4], [-3, -2, -2], [-3, -2, -2]]]]);
  y.sum().backward();
  assert.deepEqual(x.grad!.toArray(), [[[[1, 2], [2, 4]]]]);
});

Deno.test("pooling output sizes follow PyTorch, ceil mode included", async (t) => {
  for (
    const [h, k, s, p, ceil, want] of [
      [7, 2, 2, 0, false, 3],
      [7, 2, 2, 0, true, 4],
      [5, 2, 2, 1, true, 3], // the last window would start in the bottom padding: dropped
      [10, 3, 2, 0, true, 5],
      [11, 5, 3, 2, true, 5], // as the conformance case of that shape
    ] as const
  ) {
    await t.step(`H=${h} k=${k} s=${s} p=${p} ceil=${ceil}`, () => {
      const o = {
        stride: [s, s] as [number, number],
        padding: [p, p] as [number, number],
        ceilMode: ceil,
      };
      assert.deepEqual(maxPool2d(randn([1, 1, h, h], 1, false), [k, k], o).shape, [
        1,
        1,
        want,
        want,
      ]);
      assert.deepEqual(avgPool2d(randn([1, 1, h, h], 1, false), [k, k], o).shape, [
        1,
        1,
        want,
        want,
      ]);
    });
  }
});

Deno.test("avgPool2d() divisors: padding counted or not; ceil windows past the padding clipped", () => {
  const ones = tensor(new Float64Array(9).fill(1), { shape: [1, 1, 3, 3] });
  const incl = avgPool2d(ones, [2, 2], { padding: [1, 1] });
  assert.deepEqual(incl.toArray(), [[[[0.25, 0.5], [0.5, 1]]]]);
  const excl = avgPool2d(ones, [2, 2], { padding: [1, 1], countIncludePad: false });
  assert.deepEqual(excl.toArray(), [[[[1, 1], [1, 1]]]]);
  // 3 columns, k 2, s 2, ceil: the second window covers column 2 and nothing past it
  const ceil = avgPool2d(ones, [2, 2], { ceilMode: true });
  assert.deepEqual(ceil.toArray(), [[[[1, 1], [1, 1]]]]);
});

Deno.test("pooling rejects bad options with clear errors", () => {
  const x = randn([1, 1, 4, 4], 1, false);
  assert.throws(() => maxPool2d(x, [2, 2], { padding: [2, 2] }), /at most half the kernel size/);
  assert.throws(() => maxPool2d(x, [0, 2]), /kernelSize must be a pair of integers >= 1/);
  assert.throws(() => avgPool2d(randn([4, 4], 1, false), [2, 2]), TypeError);
  assert.throws(() => new MaxPool2d(2, { padding: 3 }), RangeError);
});

Deno.test("MaxPool2d / AvgPool2d layers take numbers or pairs", () => {
  const x = randn([2, 3, 9, 8], 4);
  assert.deepEqual(new MaxPool2d(3, { stride: 2, padding: 1 }).call(x).shape, [2, 3, 5, 4]);
  assert.deepEqual(new AvgPool2d([2, 3], { ceilMode: true }).call(x).shape, [2, 3, 5, 3]);
});

Deno.test("GlobalAvgPool2d: [N, C, H, W] -> [N, C] means, gradchecked", () => {
  const x = randn([2, 3, 5, 7], 9);
  const y = new GlobalAvgPool2d().call(x);
  assert.deepEqual(y.shape, [2, 3]);
  let s = 0;
  for (let i = 0; i < 35; i++) s += x.data[i];
  assert.ok(Math.abs(y.data[0] - s / 35) < 1e-12);
  assertGradcheck("GlobalAvgPool2d", (xx) => new GlobalAvgPool2d().call(xx), [x]);
  assert.throws(() => new GlobalAvgPool2d().call(randn([2, 3], 1, false)), TypeError);
});

Deno.test("Flatten: row-major [N, C·H·W], 2-D unchanged, gradchecked", () => {
  const x = randn([2, 3, 2, 2], 2);
  const y = new Flatten().call(x);
  assert.deepEqual(y.shape, [2, 12]);
  assert.deepEqual(Array.from(y.data), Array.from(x.data));
  const z = randn([4, 7], 3);
  assert.equal(new Flatten().call(z), z);
  assertGradcheck("Flatten", (xx) => new Flatten().call(xx).mul(xx.reshape([2, 12])), [x]);
});
