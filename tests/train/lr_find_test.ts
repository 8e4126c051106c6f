import assert from "node:assert/strict";
import { mlp, Rng } from "../../mod.ts";
import { spiral } from "../../datasets/mod.ts";
import { lrRangeTest } from "../../train/mod.ts";

const data = spiral({ pointsPerClass: 40, seed: 0 });
const model = () => mlp({ inputSize: 2, hidden: [16], outputSize: 3, rng: new Rng(1) });

Deno.test("lrRangeTest() sweeps lr geometrically, restores the weights and suggests an lr before the divergence", () => {
  const m = model();
  const before = JSON.stringify(m.stateDict());
  const r = lrRangeTest({
    model: m,
    train: data,
    optimizer: "sgd",
    minLr: 1e-4,
    maxLr: 100,
    steps: 120,
  });
  assert.equal(JSON.stringify(m.stateDict()), before, "weights restored");
  assert.ok(Math.abs(r.lrs[0] - 1e-4) < 1e-12);
  for (let i = 1; i < r.lrs.length; i++) {
    assert.ok(
      Math.abs(Math.log(r.lrs[i] / r.lrs[i - 1]) - Math.log(1e6) / 119) < 1e-9,
      "geometric",
    );
  }
  // plain SGD at lr 100 diverges on this problem: the test stops before the end
  assert.ok(r.diverged && r.lrs.length < 120, `diverged after ${r.lrs.length} steps`);
  const last = r.lrs.at(-1)!;
  assert.ok(r.steepest !== null && r.steepest > 1e-4 && r.steepest < last);
  assert.ok(r.minOver10 > 1e-5 && r.minOver10 < last / 10);
  assert.equal(r.suggestion, r.steepest);
  // the smoothed loss at the steepest point is falling, and well below the start
  const i = r.lrs.indexOf(r.steepest!);
  assert.ok(r.smoothed[i + 1] < r.smoothed[i - 1]);
  // training a fresh model at the suggestion beats training at minLr
  const lossAfter = (lr: number) => {
    const res = lrRangeTest({
      model: model(),
      train: data,
      optimizer: "sgd",
      minLr: lr,
      maxLr: lr * 1.0001,
      steps: 60,
    });
    return res.smoothed.at(-1)!;
  };
  assert.ok(lossAfter(r.suggestion) < lossAfter(1e-4));
  // same inputs, same bits
  const again = lrRangeTest({
    model: model(),
    train: data,
    optimizer: "sgd",
    minLr: 1e-4,
    maxLr: 100,
    steps: 120,
  });
  assert.deepEqual(again.losses, r.losses);
});

Deno.test("lrRangeTest() rejects bad ranges", () => {
  const m = model();
  assert.throws(
    () => lrRangeTest({ model: m, train: data, optimizer: "sgd", minLr: 1, maxLr: 0.1 }),
    /maxLr must be > minLr/,
  );
  assert.throws(
    () => lrRangeTest({ model: m, train: data, optimizer: "sgd", steps: 2 }),
    /steps must be/,
  );
  assert.throws(
    () => lrRangeTest({ model: m, train: data, optimizer: "sgd", minLr: -1 }),
    RangeError,
  );
});
