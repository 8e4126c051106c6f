import assert from "node:assert/strict";
import { RectifyError } from "../../mod.ts";
import {
  BAR_ORIENTATIONS,
  bars,
  featureStats,
  loadBuiltinDataset,
  parseCsvDataset,
  standardize,
  trainValSplit,
  withShape,
} from "../../datasets/mod.ts";

Deno.test("loadBuiltinDataset('digits') is also 8x8 one-channel images; other sets are flat", async () => {
  const digits = await loadBuiltinDataset("digits");
  assert.deepEqual(digits.shape, [1, 8, 8]);
  assert.equal(digits.features, 64);
  // the shape survives splitting and standardising
  const { train, val } = trainValSplit(digits, { seed: 0 });
  assert.deepEqual(standardize(train, featureStats(train)).shape, [1, 8, 8]);
  assert.deepEqual(val.shape, [1, 8, 8]);
  assert.equal((await loadBuiltinDataset("iris")).shape, undefined);
});

Deno.test("bars() is seeded: same seed, same bits; another seed differs", () => {
  const a = bars({ n: 64, seed: 3 }), b = bars({ n: 64, seed: 3 }), c = bars({ n: 64, seed: 4 });
  assert.deepEqual(new Uint8Array(a.x.buffer), new Uint8Array(b.x.buffer));
  assert.deepEqual(a.y, b.y);
  assert.notDeepEqual(a.x, c.x);
  assert.deepEqual([a.rows, a.features, a.classes, a.shape], [64, 256, 4, [1, 16, 16]]);
  assert.deepEqual(a.labelNames, BAR_ORIENTATIONS);
  assert.deepEqual(bars({ n: 5, size: 9, seed: 0 }).shape, [1, 9, 9]);
});

Deno.test("bars() draws one bar per image whose orientation is the label", () => {
  const size = 12, ds = bars({ n: 200, size, noise: 0, seed: 7 });
  const counts = [0, 0, 0, 0];
  for (let i = 0; i < ds.rows; i++) {
    const on: [number, number][] = [];
    for (let p = 0; p < size * size; p++) {
      const v = ds.x[i * size * size + p];
      assert.ok(v === 0 || v === 1);
      if (v === 1) on.push([Math.floor(p / size), p % size]);
    }
    assert.ok(on.length >= size / 2 && on.length <= size - 2, `bar length ${on.length}`);
    const rows = new Set(on.map((q) => q[0])).size, cols = new Set(on.map((q) => q[1])).size;
    const diag = new Set(on.map((q) => q[0] - q[1])).size;
    const anti = new Set(on.map((q) => q[0] + q[1])).size;
    // exactly one of the four line families holds all the bar's pixels
    const family = [rows === 1, cols === 1, diag === 1, anti === 1].indexOf(true);
    assert.equal(family, ds.y[i], `image ${i}`);
    counts[ds.y[i]]++;
  }
  assert.deepEqual(counts, [50, 50, 50, 50]);
});

Deno.test("bars() and withShape() reject bad options naming the value", () => {
  assert.throws(() => bars({ size: 3 }), /bars: size must be >= 4, got 3/);
  assert.throws(() => bars({ n: 0 }), /bars: n must be a positive integer, got 0/);
  assert.throws(() => bars({ noise: -1 }), /bars: noise must be a finite number >= 0, got -1/);
  const ds = parseCsvDataset("a,b,c,d,label\n0,1,1,0,1\n1,0,0,1,0\n");
  assert.deepEqual(withShape(ds, [1, 2, 2]).shape, [1, 2, 2]);
  assert.equal(withShape(ds, [4, 1, 1]).x, ds.x, "the data is shared, not copied");
  assert.throws(
    () => withShape(ds, [1, 3, 3]),
    (e) =>
      e instanceof RectifyError && e.code === "shape" &&
      /shape \[1,3,3\] holds 9 values, but .* has 4 features per row/.test(e.message),
  );
  assert.throws(() => withShape(ds, [1, 0, 4]), TypeError);
});
