/**
 * Synthetic comparison results for report tests: a grid of configurations
 * with plausible, seeded learning curves, so that the report's layout can be
 * checked at any grid size without training.
 */

import { Rng } from "../../mod.ts";
import type { RunRecord } from "../../cli/_summary.ts";

/** What to make. */
export interface GridShape {
  activations: string[];
  optimizers: string[];
  inits?: string[];
  seeds?: number;
  epochs?: number;
  /** Hidden layers (dead fractions) and dense layers (gradient norms). */
  hidden?: number;
  task?: "classification" | "regression";
  classes?: number;
}

/** The ten activations and lr-swept optimizers used to build grids of 2 to 100 cells. */
export const ACTIVATIONS = [
  "relu",
  "leakyRelu",
  "elu",
  "selu",
  "gelu",
  "tanh",
  "sigmoid",
  "silu",
  "mish",
  "softplus",
];

/** 2, 28 and 100 configurations, as in the issue. */
export const GRIDS: Record<string, GridShape> = {
  2: { activations: ["relu", "tanh"], optimizers: ["adam"], seeds: 2 },
  28: {
    activations: ACTIVATIONS.slice(0, 7),
    optimizers: ["adam", "sgd:lr=0.05,momentum=0.9", "rmsprop:lr=0.01", "adamw"],
  },
  100: {
    activations: ACTIVATIONS,
    optimizers: [
      "adam:lr=0.001",
      "adam:lr=0.01",
      "sgd:lr=0.05,momentum=0.9",
      "sgd:lr=0.2",
      "rmsprop",
    ],
    inits: ["glorotUniform", "heNormal"],
  },
};

/** Runs of every cell of the grid, in the CLI's order (activation, optimizer, init, seed). */
export function syntheticRuns(shape: GridShape): RunRecord[] {
  const inits = shape.inits ?? ["glorotUniform"];
  const seeds = shape.seeds ?? 1;
  const epochs = shape.epochs ?? 15;
  const hidden = shape.hidden ?? 2;
  const task = shape.task ?? "classification";
  const classes = shape.classes ?? 3;
  const rng = new Rng(42);
  const runs: RunRecord[] = [];
  for (const activation of shape.activations) {
    for (const optimizer of shape.optimizers) {
      for (const init of inits) {
        // each configuration has its own plateau and speed; seeds scatter around it
        const plateau = 0.55 + 0.44 * rng.uniform();
        const speed = 0.15 + 0.5 * rng.uniform();
        for (let s = 0; s < seeds; s++) {
          const run = `r${String(runs.length + 1).padStart(2, "0")}`;
          const history = [];
          for (let epoch = 1; epoch <= epochs; epoch++) {
            const progress = 1 - Math.exp(-speed * epoch);
            const noise = (rng.uniform() - 0.5) * 0.02;
            const acc = Math.min(1, 0.3 + (plateau - 0.3) * progress + noise);
            const loss = 1.1 * (1 - progress) + (1 - plateau) * 0.8 + Math.abs(noise);
            history.push({
              epoch,
              trainLoss: loss * 0.9,
              valLoss: loss,
              valAccuracy: task === "classification" ? acc : null,
              valRmse: task === "regression" ? Math.sqrt(loss) : null,
              valR2: task === "regression" ? 1 - loss : null,
              lr: 0.01,
              deadFraction: Array.from({ length: hidden }, () => rng.uniform() * 0.3),
              gradNorm: Array.from(
                { length: hidden + 1 },
                (_, l) => (0.5 + rng.uniform()) / (l + 1),
              ),
              seconds: 0.01,
            });
          }
          const n = 60, last = history.at(-1)!.valAccuracy ?? 0;
          const confusion = task === "classification"
            ? Array.from({ length: classes }, (_, t) =>
              Array.from({ length: classes }, (_, p) => {
                const right = Math.round((n / classes) * last);
                return p === t ? right : p === (t + 1) % classes ? n / classes - right : 0;
              }))
            : null;
          runs.push({
            run,
            activation,
            optimizer,
            init,
            seed: s,
            history,
            seconds: 0.1,
            failure: null,
            task,
            confusion,
          });
        }
      }
    }
  }
  return runs;
}
