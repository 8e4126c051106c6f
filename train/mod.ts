/**
 * The rectify trainer: epochs, seeded minibatches, optimizer and schedule
 * plugins, evaluation, per-epoch metrics and checkpoint/resume; and the
 * architecture strings of convolutional networks (`parseArch`).
 *
 * @example Train on the spiral
 * ```ts
 * import { Trainer } from "@rectify/core/train";
 * import { spiral } from "@rectify/core/datasets";
 * const { history } = await new Trainer({ train: spiral({ seed: 0 }), hidden: [16], epochs: 2 }).run();
 * console.log(history[1].trainLoss < history[0].trainLoss * 2); // true
 * ```
 *
 * Grids: {@linkcode runGrid} runs every combination of datasets,
 * architectures, activations, optimizers (with swept options),
 * initializers, schedules and seeds on every core or as one shard of many;
 * {@linkcode mergeResults} joins the shards.
 *
 * @module
 */

export {
  type BestWeights,
  type Checkpoint,
  type EpochMetrics,
  type Evaluation,
  type LossName,
  type StepInfo,
  type TrainConfig,
  Trainer,
  type TrainerOptions,
  type TrainResult,
  writeFileAtomic,
} from "./trainer.ts";
export {
  ARCH_TOKENS,
  type ArchLayer,
  archLayers,
  type ArchLayersOptions,
  parseArch,
} from "./arch.ts";
export { lrRangeTest, type LrRangeTestOptions, type LrRangeTestResult } from "./lr_find.ts";
export {
  cellCost,
  cellName,
  type CellOutcome,
  type CellResult,
  type CellSettings,
  type CellSetup,
  type CellShape,
  type CellStatus,
  defineGrid,
  expandSweep,
  type Grid,
  type GridAxis,
  type GridCell,
  type GridData,
  type GridResult,
  type GridSpec,
  type MergeOptions,
  mergeResults,
  type ModelFileInfo,
  parseShard,
  runGrid,
  type RunGridOptions,
  type Shard,
  shardCells,
} from "./grid.ts";
import { useBuiltins } from "../plugins/mod.ts";

// Loaded alone, this entry still finds the built-ins in `defaultRegistry`.
useBuiltins();
