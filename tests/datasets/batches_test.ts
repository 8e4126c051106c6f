import assert from "node:assert/strict";
import { batches, spiral, teacher, xor } from "../../datasets/mod.ts";
import { RectifyError, Rng } from "../../mod.ts";

Deno.test("batches() covers every row once per call, in order without shuffle", () => {
  const ds = xor({ n: 10, seed: 0 });
  const got = [...batches(ds, { batchSize: 4 })];
  assert.deepEqual(got.map((b) => b.size), [4, 4, 2]);
  assert.deepEqual(got.flatMap((b) => Array.from(b.indices)), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  const b = got[1];
  assert.deepEqual(b.x.shape, [4, 2]);
  assert.deepEqual(b.y.shape, [4]);
  for (let i = 0; i < 4; i++) {
    const r = b.indices[i];
    assert.deepEqual(
      Array.from(b.x.data.subarray(i * 2, i * 2 + 2)),
      Array.from(ds.x.subarray(r * 2, r * 2 + 2)),
    );
    assert.equal(b.y.data[i], ds.y[r]);
  }
});

Deno.test("batches() with shuffle is a seeded permutation, and dropLast drops the short batch", () => {
  const ds = spiral({ seed: 0 });
  const order = (seed: number) =>
    [...batches(ds, { batchSize: 32, shuffle: true, rng: new Rng(seed) })].flatMap((b) =>
      Array.from(b.indices)
    );
  const a = order(3);
  assert.deepEqual(a, order(3), "same seed, same order");
  assert.notDeepEqual(a, order(4));
  assert.deepEqual([...a].sort((p, q) => p - q), Array.from({ length: ds.rows }, (_, i) => i));
  // the order is the generator's Fisher–Yates permutation of 0..rows-1 (the trainer's)
  const ref = new Rng(3).shuffle(Int32Array.from({ length: ds.rows }, (_, i) => i));
  assert.deepEqual(a, Array.from(ref));
  const dropped = [...batches(ds, { batchSize: 64, dropLast: true })];
  assert.ok(dropped.every((b) => b.size === 64));
  assert.equal(dropped.length, Math.floor(ds.rows / 64));
});

Deno.test("batches() gives regression targets as [size, targets]", () => {
  const ds = teacher({ n: 20, inputSize: 3, hidden: [4], seed: 0 });
  const [b] = batches(ds, { batchSize: 8 });
  assert.deepEqual(b.y.shape, [8, ds.targets]);
});

Deno.test("batches() rejects a bad batch size and shuffle without a generator", () => {
  const ds = xor({ n: 8, seed: 0 });
  assert.throws(() => [...batches(ds, { batchSize: 0 })], RangeError);
  assert.throws(
    () => [...batches(ds, { shuffle: true })],
    (e: unknown) => e instanceof RectifyError && /shuffle needs rng/.test(e.message),
  );
});
