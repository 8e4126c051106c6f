/**
 * The models behind tests/models/fixtures/*.safetensors: seeded, with
 * running statistics and slopes moved off their initial values so every
 * tensor matters. `make_fixtures.ts` writes them; `torch_test.ts` checks the
 * committed files are still what these functions save.
 */
import { cnn, mlp, type Module, Rng } from "../../mod.ts";
import type { SaveModelOptions } from "../../models/mod.ts";
import { BatchNorm, BatchNorm2d } from "../../mod.ts";

/** Give every buffer and parameter seeded values (running variances positive). */
function perturb(model: Module, seed: number): void {
  const rng = new Rng(seed);
  for (const [, t] of model.namedParameters()) {
    for (let i = 0; i < t.size; i++) t.data[i] += 0.2 * (rng.uniform() - 0.5);
  }
  for (const [, m] of model.namedModules()) {
    if (m instanceof BatchNorm || m instanceof BatchNorm2d) {
      for (let i = 0; i < m.runningMean.size; i++) {
        m.runningMean.data[i] = rng.uniform() - 0.5;
        m.runningVar.data[i] = 0.5 + rng.uniform();
      }
    }
  }
}

/** A fixture: a model and how it is saved. */
export interface Fixture {
  model: Module;
  options: SaveModelOptions;
}

/** The fixtures by file name (without `.safetensors`). */
export function fixtures(): Record<string, Fixture> {
  const mlpF32 = mlp({
    inputSize: 4,
    hidden: [8, 6],
    outputSize: 3,
    activation: "prelu",
    batchNorm: true,
    rng: new Rng(1),
  });
  perturb(mlpF32, 11);
  const cnnF32 = cnn({
    inputShape: [2, 6, 6],
    layers: [
      { type: "conv2d", outChannels: 4, kernelSize: 3, padding: 1 },
      { type: "batchNorm2d" },
      "relu",
      { type: "maxPool2d", kernelSize: 2 },
      { type: "conv2d", outChannels: 4, kernelSize: 3, padding: "same", groups: 2 },
      "elu",
      { type: "avgPool2d", kernelSize: 3 },
      { type: "flatten" },
    ],
    outputSize: 5,
    rng: new Rng(2),
  });
  perturb(cnnF32, 12);
  const mlpF64 = mlp({
    inputSize: 5,
    hidden: [7],
    outputSize: 2,
    activation: "tanh",
    dtype: "float64",
    rng: new Rng(3),
  });
  perturb(mlpF64, 13);
  return {
    mlp_f32: {
      model: mlpF32,
      options: {
        preprocessing: { standardize: { mean: [5.8, 3.0, 3.8, 1.2], std: [0.8, 0.4, 1.8, 0.8] } },
        labels: { task: "classification", outputs: ["setosa", "versicolor", "virginica"] },
      },
    },
    cnn_f32: { model: cnnF32, options: { inputShape: [2, 6, 6] } },
    mlp_f64: { model: mlpF64, options: {} },
  };
}
