// Shape helpers: sizes of dimension ranges and plain copies of (frozen) shapes.
import assert from "node:assert/strict";
import { checkShape, sizeOf, sliceShape } from "../../core/shape.ts";
import { tensor } from "../../mod.ts";

Deno.test("sizeOf: the whole shape, or the dimensions [start, end)", () => {
  assert.equal(sizeOf([2, 3, 4]), 24);
  assert.equal(sizeOf([]), 1);
  assert.equal(sizeOf([2, 3, 4], 1), 12);
  assert.equal(sizeOf([2, 3, 4], 0, 2), 6);
  assert.equal(sizeOf([2, 3, 4], 1, 2), 3);
  assert.equal(sizeOf([2, 3, 4], 2, 1), 1);
  assert.equal(sizeOf([2, 0, 4], 1), 0);
});

Deno.test("sliceShape: a plain, unfrozen copy of dimensions [start, end), as Array.slice", () => {
  const shape = tensor([[1, 2, 3], [4, 5, 6]]).reshape([1, 2, 3]).shape;
  assert.ok(Object.isFrozen(shape));
  for (const [s, e] of [[0, 3], [0, 1], [1, 3], [2, 3], [3, 3], [0, 0], [2, 1], [0, -1]]) {
    const got = sliceShape(shape, s, e);
    assert.deepEqual(got, shape.slice(s, Math.max(e, 0)), `[${s}, ${e})`);
    assert.ok(!Object.isFrozen(got));
  }
  assert.deepEqual(sliceShape(shape), [1, 2, 3]);
  assert.deepEqual(sliceShape(shape, 1), [2, 3]);
  const copy = checkShape(shape, "test");
  copy.push(7);
  assert.deepEqual(shape, [1, 2, 3]);
});
