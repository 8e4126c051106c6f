/**
 * The best validation loss so far, for early stopping and `saveBest`
 * (Keras's EarlyStopping rule: an epoch improves when its loss is below the
 * best by more than `minDelta`). @internal
 *
 * @module
 */

import type { TensorJSON } from "../core/module.ts";

/** Tracks the best epoch and the epochs since. @internal */
export class BestTracker {
  /** The best epoch and its loss, or null before the first observation. */
  best: { epoch: number; valLoss: number } | null = null;
  /** The model's weights at the best epoch, when known. */
  weights: Record<string, TensorJSON> | null = null;
  #bad = 0;
  #minDelta: number;
  #patience: number | null;

  constructor(options: { minDelta: number; patience: number | null }) {
    this.#minDelta = options.minDelta;
    this.#patience = options.patience;
  }

  /** Forget everything. */
  reset(): void {
    this.best = null;
    this.weights = null;
    this.#bad = 0;
  }

  /** Record an epoch's loss: whether it improved, and whether patience ran out. */
  observe(epoch: number, valLoss: number): { improved: boolean; stop: boolean } {
    const improved = Number.isFinite(valLoss) &&
      (this.best === null || valLoss < this.best.valLoss - this.#minDelta);
    if (improved) {
      this.best = { epoch, valLoss };
      this.weights = null;
      this.#bad = 0;
    } else this.#bad++;
    return { improved, stop: this.#patience !== null && this.#bad >= this.#patience };
  }
}
