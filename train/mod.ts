/**
 * The rectify trainer: epochs, seeded minibatches, optimizer and schedule
 * plugins, evaluation, per-epoch metrics and checkpoint/resume.
 *
 * @example Train on the spiral
 * ```ts
 * import { Trainer } from "@rectify/core/train";
 * import { spiral } from "@rectify/core/datasets";
 * const { history } = await new Trainer({ train: spiral({ seed: 0 }), hidden: [16], epochs: 2 }).run();
 * console.log(history[1].trainLoss < history[0].trainLoss * 2); // true
 * ```
 *
 * @module
 */

export {
  type Checkpoint,
  type EpochMetrics,
  type LossName,
  type StepInfo,
  type TrainConfig,
  Trainer,
  type TrainerOptions,
  type TrainResult,
  writeFileAtomic,
} from "./trainer.ts";
import { useBuiltins } from "../plugins/mod.ts";

// Loaded alone, this entry still finds the built-ins in `defaultRegistry`.
useBuiltins();
