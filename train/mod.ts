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
 * Grids: {@linkcode runGrid} runs every combination of datasets,
 * architectures, activations, optimizers (with swept options),
 * initializers, schedules and seeds on every core or as one shard of many;
 * {@linkcode mergeResults} joins the shards.
 *
 * @module
 */

export * from "./trainer.ts";
export * from "./grid.ts";
