import assert from "node:assert/strict";
import {
  accuracy,
  argmax,
  confusionMatrix,
  r2Score,
  RectifyError,
  rmse,
  tensor,
  zeros,
} from "../../mod.ts";

Deno.test("argmax() picks the first largest index along the last axis", async (t) => {
  await t.step("rows of a [batch, classes] tensor", () => {
    assert.deepEqual([...argmax(tensor([[0.1, 2, -1], [3, 0, 3], [-5, -4, -4.5]]))], [1, 0, 1]);
  });
  await t.step("a vector gives one index", () => {
    assert.deepEqual([...argmax(tensor([1, 7, 7]))], [1]);
  });
  await t.step("rank 3: one index per vector along the last axis", () => {
    const x = tensor([[[1, 0], [0, 1]], [[2, 3], [5, 4]]]);
    assert.deepEqual([...argmax(x)], [0, 1, 1, 0]);
  });
  await t.step("NaN counts as the largest value, as in PyTorch", () => {
    assert.deepEqual([...argmax(tensor([[1, NaN, 5], [NaN, 9, 1], [0, 1, NaN]]))], [1, 0, 2]);
  });
  await t.step("agrees with indexOf(Math.max(...row)) on 50 rows of scores", () => {
    const rows = 50, k = 7;
    const values = Array.from(
      { length: rows },
      (_, i) => Array.from({ length: k }, (_, j) => Math.sin(i * 7.3 + j * 1.9) * 10),
    );
    const x = tensor(values);
    const expected = values.map((r) => r.indexOf(Math.max(...r)));
    assert.deepEqual([...argmax(x)], expected);
  });
  await t.step("refuses a non-tensor and an empty last axis", () => {
    assert.throws(
      () => argmax([1, 2] as never),
      (e) => e instanceof RectifyError && /Tensor/.test(e.message),
    );
    assert.throws(() => argmax(zeros([3, 0])), /non-empty last axis, got shape \[3, 0\]/);
  });
});

Deno.test("accuracy() compares predicted classes with labels", async (t) => {
  await t.step("from logits", () => {
    assert.equal(accuracy(tensor([[2, 0], [0, 1], [5, 1], [0, 3]]), [0, 1, 1, 1]), 0.75);
  });
  await t.step("from class indices (arrays, typed arrays, rank-1 tensors)", () => {
    assert.equal(accuracy([0, 2, 1], new Float32Array([0, 2, 2])), 2 / 3);
    assert.equal(accuracy(tensor([1, 1]), tensor([1, 1])), 1);
  });
  await t.step("clear errors for mismatched lengths, empty input and non-class labels", () => {
    assert.throws(
      () => accuracy([0, 1], [0, 1, 1]),
      (e) =>
        e instanceof RectifyError && e.code === "shape" &&
        /2 predictions for 3 labels/.test(e.message),
    );
    assert.throws(() => accuracy([], []), RangeError);
    assert.throws(
      () => accuracy([0, 1.5], [0, 1]),
      /predicted\[1\] is 1.5, expected a class index/,
    );
    assert.throws(() => accuracy([0, 1], [0, -1]), /labels\[1\] is -1/);
    assert.throws(
      () => accuracy("01" as never, [0, 1]),
      /must be a Tensor or an array of numbers, got string/,
    );
  });
});

Deno.test("confusionMatrix() counts true class × predicted class", async (t) => {
  await t.step("rows are true classes, columns predictions", () => {
    assert.deepEqual(confusionMatrix([0, 1, 1, 2], [0, 1, 2, 2]), [[1, 0, 0], [0, 1, 0], [
      0,
      1,
      1,
    ]]);
  });
  await t.step("from logits, with a fixed class count; rows sum to the support", () => {
    const logits = tensor([[3, 0, 0], [0, 3, 0], [0, 3, 0], [3, 0, 0], [0, 0, 3]]);
    const labels = [0, 1, 0, 0, 1];
    const m = confusionMatrix(logits, labels, { classes: 4 });
    assert.deepEqual(m, [[2, 1, 0, 0], [0, 1, 1, 0], [0, 0, 0, 0], [0, 0, 0, 0]]);
    assert.deepEqual(m.map((r) => r.reduce((a, b) => a + b)), [3, 2, 0, 0]);
    const diag = m.reduce((s, r, i) => s + r[i], 0);
    assert.equal(diag / labels.length, accuracy(logits, labels));
  });
  await t.step("refuses a class index beyond classes and a bad class count", () => {
    assert.throws(
      () => confusionMatrix([0, 3], [0, 1], { classes: 3 }),
      /class index 3 is out of range for classes = 3/,
    );
    assert.throws(() => confusionMatrix([0], [0], { classes: 0 }), RangeError);
  });
});

Deno.test("rmse() and r2Score() match their definitions", async (t) => {
  await t.step("rmse of a hand-worked case", () => {
    assert.equal(rmse([1, 2, 3, 4], [1, 2, 3, 6]), 1);
    assert.equal(rmse(tensor([[1, 1], [1, 1]]), [0, 0, 2, 2]), 1);
  });
  await t.step("r2Score: 1 - SSE/SST (SST = 8.75, SSE = 1)", () => {
    assert.ok(Math.abs(r2Score([1, 2, 3, 4], [1, 2, 3, 5]) - (1 - 1 / 8.75)) < 1e-15);
    assert.equal(r2Score([2.75, 2.75, 2.75, 2.75], [1, 2, 3, 5]), 0);
    assert.ok(r2Score([5, 3, 2, 1], [1, 2, 3, 5]) < 0);
  });
  await t.step("r2Score averages per output ([n, 2] tensor); constant targets score 1 or 0", () => {
    // output 0: targets 1,2,3 predicted 1,2,4 -> SSE 1, SST 2 -> 0.5; output 1: perfect -> 1
    const p = tensor([[1, 10], [2, 20], [4, 30]]);
    assert.equal(r2Score(p, [1, 10, 2, 20, 3, 30]), 0.75);
    assert.equal(r2Score([1, 2, 3, 4, 5, 6], [1, 2, 3, 4, 5, 6], { outputs: 3 }), 1);
    assert.equal(r2Score([7, 7], [7, 7]), 1);
    assert.equal(r2Score([7, 8], [7, 7]), 0);
  });
  await t.step("clear errors", () => {
    assert.throws(() => rmse([1], [1, 2]), /rmse: got 1 predictions for 2 targets/);
    assert.throws(
      () => r2Score([1, 2, 3], [1, 2, 3], { outputs: 2 }),
      /outputs must be an integer >= 1 dividing the 3 values, got 2/,
    );
  });
});
