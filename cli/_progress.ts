/**
 * Progress display: a bar per run on a terminal (epochs, loss, ETA); when the
 * output is not a terminal (or NO_COLOR / CI is set) one summary line per
 * run, plus a line per epoch with `verbose`. @internal
 *
 * @module
 */

import type { EpochMetrics, StepInfo } from "../train/trainer.ts";

/** Where progress goes and how. @internal */
export interface ProgressOptions {
  /** Draw a bar (terminal) or print lines. */
  tty: boolean;
  /** Output sink. */
  write: (text: string) => void;
  /** Total number of runs. */
  runs: number;
  /** Also print a line when a run starts and after every epoch (`--verbose`). */
  verbose?: boolean;
  /** Bar width in characters (default 24). */
  width?: number;
}

function env(name: string): string | undefined {
  try {
    return Deno.env.get(name);
  } catch {
    return undefined;
  }
}

/** Whether stdout should get a live bar: a terminal, and neither NO_COLOR nor CI set. @internal */
export function wantsBar(): boolean {
  let tty = false;
  try {
    tty = Deno.stdout.isTerminal();
  } catch {
    tty = false;
  }
  return tty && !env("NO_COLOR") && !env("CI");
}

function fmtSeconds(s: number): string {
  if (!Number.isFinite(s)) return "?";
  if (s < 60) return `${s.toFixed(s < 10 ? 1 : 0)}s`;
  return `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, "0")}s`;
}

/** Per-run progress. @internal */
export class Progress {
  #o: ProgressOptions;
  #run = 0;
  #label = "";
  #epochs = 0;
  #epochTimes: number[] = [];
  #epoch = 0;
  #lastDraw = 0;
  #loss = NaN;
  #valAcc: number | null = null;

  constructor(options: ProgressOptions) {
    this.#o = options;
  }

  /** A run starts. */
  start(label: string, epochs: number, done = 0): void {
    this.#run++;
    this.#label = label;
    this.#epochs = epochs;
    this.#epoch = done;
    this.#epochTimes = [];
    this.#loss = NaN;
    this.#valAcc = null;
    if (this.#o.tty) this.#draw(0, 1);
    else if (this.#o.verbose) {
      this.#o.write(`[${this.#run}/${this.#o.runs}] ${label}: ${epochs} epochs\n`);
    }
  }

  /** A step finished (redraws the bar at most every 100 ms). */
  step(info: StepInfo): void {
    if (!this.#o.tty) return;
    this.#loss = info.loss;
    const now = performance.now();
    if (now - this.#lastDraw < 100) return;
    this.#lastDraw = now;
    this.#draw(info.step, info.steps);
  }

  /** An epoch finished. */
  epoch(m: EpochMetrics): void {
    this.#epoch = m.epoch;
    this.#epochTimes.push(m.seconds);
    this.#loss = m.trainLoss;
    this.#valAcc = m.valAccuracy;
    if (this.#o.tty) {
      this.#draw(1, 1);
      return;
    }
    if (!this.#o.verbose) return;
    const parts = [
      `[${this.#run}/${this.#o.runs}] ${this.#label}`,
      `epoch ${m.epoch}/${this.#epochs}`,
      `train_loss ${m.trainLoss.toFixed(4)}`,
    ];
    if (m.valLoss !== null) parts.push(`val_loss ${m.valLoss.toFixed(4)}`);
    if (m.valAccuracy !== null) parts.push(`val_acc ${m.valAccuracy.toFixed(4)}`);
    parts.push(`${m.seconds.toFixed(2)}s`);
    this.#o.write(parts.join("  ") + "\n");
  }

  /** The run ended (with a note such as the final accuracy or the failure). */
  end(note: string): void {
    if (this.#o.tty) {
      this.#o.write(`\r\x1b[2K[${this.#run}/${this.#o.runs}] ${this.#label}: ${note}\n`);
    } else this.#o.write(`[${this.#run}/${this.#o.runs}] ${this.#label}: ${note}\n`);
  }

  #draw(step: number, steps: number): void {
    const width = this.#o.width ?? 24;
    const doneEpochs = this.#epoch + (step < steps ? step / steps : 0);
    const frac = this.#epochs > 0 ? Math.min(1, doneEpochs / this.#epochs) : 1;
    const full = Math.round(frac * width);
    const bar = "█".repeat(full) + "░".repeat(width - full);
    const avg = this.#epochTimes.length
      ? this.#epochTimes.reduce((a, b) => a + b, 0) / this.#epochTimes.length
      : NaN;
    const eta = avg * (this.#epochs - doneEpochs);
    const acc = this.#valAcc === null ? "" : `  val_acc ${this.#valAcc.toFixed(3)}`;
    this.#o.write(
      `\r\x1b[2K[${this.#run}/${this.#o.runs}] ${this.#label} ${bar} ${this.#epoch}/${this.#epochs}  loss ${
        Number.isFinite(this.#loss) ? this.#loss.toFixed(4) : "-"
      }${acc}  ETA ${fmtSeconds(eta)}`,
    );
  }
}
