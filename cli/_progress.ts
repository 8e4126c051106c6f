/**
 * Progress display: a bar on a terminal (the run's epochs, loss and ETA, or
 * the whole grid's when several runs train at once); when the output is not
 * a terminal (or NO_COLOR / CI is set) one summary line per run, plus a line
 * per epoch with `verbose`. @internal
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
  /** Epochs of all runs together (default: summed as runs start). */
  totalEpochs?: number;
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

interface Active {
  ordinal: number;
  label: string;
  epochs: number;
  epoch: number;
  fraction: number;
  loss: number;
  valAcc: number | null;
  epochTimes: number[];
}

/**
 * Progress of the runs of a command, one or several at a time (`--jobs`):
 * plain lines (`[k/N] label  epoch e/E ...`) when not on a terminal; on a
 * terminal one live line, the run's bar when one run is active, else the
 * whole grid's bar with the active runs. Runs are keyed by id. @internal
 */
export class Progress {
  #o: ProgressOptions;
  #started = 0;
  #ended = 0;
  #active = new Map<string, Active>();
  #lastDraw = 0;
  #t0 = performance.now();
  #epochsDone = 0;
  #epochsTotal = 0;

  constructor(options: ProgressOptions) {
    this.#o = options;
    this.#epochsTotal = options.totalEpochs ?? 0;
  }

  /** A run starts (`done`: epochs it already has, e.g. resumed). */
  start(id: string, label: string, epochs: number, done = 0): void {
    const a: Active = {
      ordinal: ++this.#started,
      label,
      epochs,
      epoch: done,
      fraction: 0,
      loss: NaN,
      valAcc: null,
      epochTimes: [],
    };
    this.#active.set(id, a);
    if (this.#o.totalEpochs === undefined) this.#epochsTotal += epochs - done;
    if (this.#o.tty) this.#draw(true);
    else if (this.#o.verbose) {
      this.#o.write(`[${a.ordinal}/${this.#o.runs}] ${label}: ${epochs} epochs\n`);
    }
  }

  /** A step finished (redraws at most every 100 ms). */
  step(id: string, info: StepInfo): void {
    const a = this.#active.get(id);
    if (!this.#o.tty || !a) return;
    a.loss = info.loss;
    a.fraction = info.step < info.steps ? info.step / info.steps : 0;
    this.#draw(false);
  }

  /** An epoch finished. */
  epoch(id: string, m: EpochMetrics): void {
    const a = this.#active.get(id);
    if (!a) return;
    a.epoch = m.epoch;
    a.fraction = 0;
    a.epochTimes.push(m.seconds);
    a.loss = m.trainLoss;
    a.valAcc = m.valAccuracy;
    this.#epochsDone++;
    if (this.#o.tty) {
      this.#draw(this.#active.size === 1);
      return;
    }
    if (!this.#o.verbose) return;
    const parts = [
      `[${a.ordinal}/${this.#o.runs}] ${a.label}`,
      `epoch ${m.epoch}/${a.epochs}`,
      `train_loss ${m.trainLoss.toFixed(4)}`,
    ];
    if (m.valLoss !== null) parts.push(`val_loss ${m.valLoss.toFixed(4)}`);
    if (m.valAccuracy !== null) parts.push(`val_acc ${m.valAccuracy.toFixed(4)}`);
    parts.push(`${m.seconds.toFixed(2)}s`);
    this.#o.write(parts.join("  ") + "\n");
  }

  /** The run ended (with a note such as the final accuracy or the failure). */
  end(id: string, note: string): void {
    const a = this.#active.get(id);
    if (!a) return;
    this.#active.delete(id);
    this.#ended++;
    this.#epochsTotal -= a.epochs - a.epoch; // epochs it will not run
    const line = `[${a.ordinal}/${this.#o.runs}] ${a.label}: ${note}\n`;
    if (this.#o.tty) {
      this.#o.write(`\r\x1b[2K${line}`);
      if (this.#active.size) this.#draw(true);
    } else this.#o.write(line);
  }

  #draw(force: boolean): void {
    const now = performance.now();
    if (!force && now - this.#lastDraw < 100) return;
    this.#lastDraw = now;
    const width = this.#o.width ?? 24;
    const bar = (frac: number) => {
      const full = Math.round(Math.min(1, Math.max(0, frac)) * width);
      return "█".repeat(full) + "░".repeat(width - full);
    };
    if (this.#active.size === 1) {
      const a = [...this.#active.values()][0];
      const doneEpochs = a.epoch + a.fraction;
      const frac = a.epochs > 0 ? doneEpochs / a.epochs : 1;
      const avg = a.epochTimes.length
        ? a.epochTimes.reduce((x, y) => x + y, 0) / a.epochTimes.length
        : NaN;
      const acc = a.valAcc === null ? "" : `  val_acc ${a.valAcc.toFixed(3)}`;
      this.#o.write(
        `\r\x1b[2K[${a.ordinal}/${this.#o.runs}] ${a.label} ${
          bar(frac)
        } ${a.epoch}/${a.epochs}  loss ${
          Number.isFinite(a.loss) ? a.loss.toFixed(4) : "-"
        }${acc}  ETA ${fmtSeconds(avg * (a.epochs - doneEpochs))}`,
      );
      return;
    }
    // several at once: the whole run's progress, ETA from the epoch rate so far
    const running = [...this.#active.values()];
    const partial = running.reduce((x, a) => x + a.fraction, 0);
    const done = this.#epochsDone + partial;
    const frac = this.#epochsTotal > 0 ? done / this.#epochsTotal : 0;
    const rate = done / ((now - this.#t0) / 1000);
    const eta = rate > 0 ? (this.#epochsTotal - done) / rate : NaN;
    const cols = (() => {
      try {
        const c = Deno.consoleSize().columns;
        return c >= 40 ? c : 120;
      } catch {
        return 120;
      }
    })();
    const who = running.map((a) => `${a.label} ${a.epoch}/${a.epochs}`).join(", ");
    let text = `[${this.#ended}/${this.#o.runs} done] ${
      bar(frac)
    } ${this.#epochsDone}/${this.#epochsTotal} epochs  ETA ${fmtSeconds(eta)}  running: ${who}`;
    if (text.length > cols - 1) text = text.slice(0, Math.max(10, cols - 2)) + "…";
    this.#o.write(`\r\x1b[2K${text}`);
  }
}
