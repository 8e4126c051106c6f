import assert from "node:assert/strict";
import { parse } from "csv-parse/sync";
import {
  type DeadUnitReport,
  mlp,
  Optimizer,
  Rng,
  softmaxCrossEntropy,
  tensor,
} from "../../mod.ts";

const FEATURES = 64;
const text = await Deno.readTextFile(new URL("../../data/digits.csv", import.meta.url));
const rows: string[][] = parse(text, { from_line: 2 });
const X = new Float32Array(rows.length * FEATURES);
const Y = rows.map((r, i) => {
  for (let j = 0; j < FEATURES; j++) X[i * FEATURES + j] = Number(r[j]) / 16;
  return Number(r[FEATURES]);
});

/**
 * Train a 64-32-32-10 MLP on all digits with plain SGD at a deliberately large
 * learning rate (0.75; 0.05 trains this model well), 10 epochs of batches of
 * 32. The monitor is reset at the start of every epoch, so its report covers
 * every training sample of the last epoch.
 */
function train(activation: string): { report: DeadUnitReport; loss: number } {
  const rng = new Rng(0);
  const model = mlp({
    inputSize: FEATURES,
    hidden: [32, 32],
    outputSize: 10,
    activation,
    initializer: "heNormal",
    rng,
  });
  const opt = new Optimizer(model.namedParameters(), "sgd:lr=0.75");
  const monitor = model.applyGradient<DeadUnitReport>("deadUnitMonitor");
  const idx = [...Y.keys()];
  let loss = NaN;
  for (let epoch = 0; epoch < 10; epoch++) {
    rng.shuffle(idx);
    monitor.reset();
    for (let i = 0; i < idx.length; i += 32) {
      const b = idx.slice(i, i + 32);
      const x = new Float32Array(b.length * FEATURES);
      b.forEach((r, k) => x.set(X.subarray(r * FEATURES, (r + 1) * FEATURES), k * FEATURES));
      opt.zeroGrad();
      const l = softmaxCrossEntropy(
        model.call(tensor(x, { shape: [b.length, FEATURES] })),
        b.map((r) => Y[r]),
      );
      l.backward();
      opt.step();
      loss = l.item();
    }
  }
  const report = monitor.read();
  monitor.remove();
  return { report, loss };
}

function summary(r: DeadUnitReport): string {
  return r.map((l) =>
    `layer ${l.name}: ${l.dead}/${l.units} dead (${(100 * l.fraction).toFixed(1)}%)`
  )
    .join(", ");
}

Deno.test("dying ReLU: a large learning rate kills > 40% of relu units; leakyRelu keeps them all", () => {
  const relu = train("relu");
  const leaky = train("leakyRelu:alpha=0.2");
  const dead = relu.report.reduce((s, l) => s + l.dead, 0);
  const units = relu.report.reduce((s, l) => s + l.units, 0);
  console.log(`relu:      ${summary(relu.report)}; overall ${(100 * dead / units).toFixed(1)}%`);
  console.log(`leakyRelu: ${summary(leaky.report)}; final batch loss ${leaky.loss.toFixed(4)}`);
  assert.deepEqual(relu.report.map((l) => [l.name, l.units, l.samples]), [["1", 32, Y.length], [
    "3",
    32,
    Y.length,
  ]]);
  assert.ok(dead / units > 0.4, `relu dead fraction ${dead / units} is not above 0.4`);
  assert.ok(Number.isFinite(leaky.loss), "the leakyRelu run did not diverge");
  assert.deepEqual(leaky.report.map((l) => [l.name, l.units, l.dead]), [["1", 32, 0], [
    "3",
    32,
    0,
  ]]);
});
