/**
 * Teacher-student: a fixed random ReLU network (the teacher) labels Gaussian
 * inputs; a student with the same architecture can represent the targets
 * exactly, so its loss can fall toward zero, while a narrower student cannot.
 * A standard object in the theory of ReLU networks.
 *
 * Run: `deno run --allow-read examples/teacher_student.ts`
 *
 * @module
 */

import { teacher, trainValSplit } from "../datasets/mod.ts";
import { Trainer } from "../train/mod.ts";

const hidden = [16];
const data = teacher({ n: 2000, inputSize: 8, hidden, seed: 0 });
const { train, val } = trainValSplit(data, { valFraction: 0.2, seed: 0 });
let variance = 0;
for (const y of val.y) variance += y * y / val.rows;
let mean = 0;
for (const y of val.y) mean += y / val.rows;
variance -= mean * mean;
console.log(`target variance on validation: ${variance.toFixed(4)}`);
for (const width of [16, 4]) {
  const trainer = new Trainer({
    train,
    val,
    hidden: [width],
    activation: "relu",
    initializer: "heNormal",
    optimizer: "adam:lr=0.01",
    epochs: 40,
    batchSize: 32,
    seed: 1,
  });
  const { history } = await trainer.run();
  const m = history.at(-1)!;
  console.log(
    `student width ${width}${width === hidden[0] ? " (teacher's)" : ""}: val mse ${
      m.valLoss!.toFixed(5)
    } = ${(100 * m.valLoss! / variance).toFixed(2)}% of the target variance`,
  );
}
