/**
 * A pool of module Workers running grid cells: each worker loads the same
 * plugins and backend, receives the data once, then runs one cell at a time
 * through the same `runCell` as the sequential path. @internal
 *
 * @module
 */

import { RectifyError } from "../core/errors.ts";
import type { Dataset } from "../datasets/dataset.ts";
import type { EpochMetrics, StepInfo } from "./trainer.ts";
import type { CellOutcome, CellSettings, CellSetup, ModelFileInfo } from "./_cell.ts";

/** What a worker gets before its first cell. @internal */
export interface WorkerInit {
  /** Plugin specifiers to load. */
  plugins: string[];
  /** Name of the backend to use (the caller's current one). */
  backend: string;
  /** The grid's data, with what its model files store (absent: no model files are made). */
  data: { name: string; train: Dataset; val: Dataset | null; model?: ModelFileInfo }[];
  /** Settings shared by the cells. */
  settings: CellSettings;
  /** [kind, spec] pairs every cell uses: checked once at start. */
  specs: [string, string][];
}

/** Messages from a worker. @internal */
export type WorkerMessage =
  | { type: "ready" }
  | { type: "init-failed"; message: string }
  | { type: "step"; run: string; info: StepInfo }
  | { type: "epoch"; run: string; metrics: EpochMetrics }
  | { type: "done"; run: string; outcome: CellOutcome };

/** Messages to a worker. @internal */
export type WorkerRequest =
  | { type: "init"; init: WorkerInit; stop: SharedArrayBuffer }
  | { type: "cell"; cell: CellSetup & { run: string } };

/** Options of {@linkcode runPool}. @internal */
export interface PoolOptions<C extends CellSetup & { run: string }> {
  workerUrl: URL;
  jobs: number;
  /** Cells, in dispatch order. */
  queue: C[];
  init: Omit<WorkerInit, "specs">;
  signal?: AbortSignal;
  onStart(cell: C): void;
  onEpoch(cell: C, m: EpochMetrics): void;
  onStep(cell: C, info: StepInfo): void;
  onEnd(cell: C, outcome: CellOutcome): void | Promise<void>;
}

/** Workers started ahead of their pool, by module URL. */
const ahead = new Map<string, Worker[]>();

/**
 * Start `n` workers of `url` now, for the next {@linkcode runPool} of that
 * URL to take instead of starting its own (their modules load meanwhile).
 * Returns what ends those no pool took (and says how many): call it when
 * done, whatever happened. @internal
 */
export function startAhead(url: URL, n: number): () => number {
  const list = ahead.get(url.href) ?? [];
  ahead.set(url.href, list);
  const mine = Array.from({ length: n }, () => new Worker(url, { type: "module" }));
  list.push(...mine);
  return () => {
    let ended = 0;
    for (const w of mine) {
      const i = list.indexOf(w);
      if (i >= 0) {
        list.splice(i, 1);
        w.terminate();
        ended++;
      }
    }
    return ended;
  };
}

/** Run the queue on `jobs` workers; resolves when every dispatched cell has ended. @internal */
export async function runPool<C extends CellSetup & { run: string }>(
  o: PoolOptions<C>,
): Promise<void> {
  const stop = new SharedArrayBuffer(4);
  const flag = new Int32Array(stop);
  const onAbort = () => Atomics.store(flag, 0, 1);
  if (o.signal?.aborted) onAbort();
  o.signal?.addEventListener("abort", onAbort);
  const specs = new Map<string, [string, string]>();
  for (const c of o.queue) {
    const pairs: [string, string][] = [
      ["activation", c.activation],
      ["optimizer", c.optimizer],
      ["initializer", c.init],
    ];
    if (c.schedule !== null) pairs.push(["schedule", c.schedule]);
    for (const g of c.gradients ?? []) pairs.push(["gradient", g]);
    for (const p of pairs) specs.set(p.join("\0"), p);
  }
  const init: WorkerInit = { ...o.init, specs: [...specs.values()] };
  const live = new Set<Worker>();
  let next = 0;
  let fatal: Error | null = null;
  const take = (): C | undefined =>
    fatal || Atomics.load(flag, 0) || next >= o.queue.length ? undefined : o.queue[next++];

  const start = (): Promise<Worker> =>
    new Promise((resolve, reject) => {
      const w = ahead.get(o.workerUrl.href)?.shift() ?? new Worker(o.workerUrl, { type: "module" });
      live.add(w);
      w.onmessage = (e: MessageEvent<WorkerMessage>) => {
        if (e.data.type === "ready") resolve(w);
        else if (e.data.type === "init-failed") {
          reject(
            new RectifyError("plugin-load", `A grid worker could not start: ${e.data.message}`),
          );
        }
      };
      w.onerror = (e: ErrorEvent) => {
        e.preventDefault();
        reject(new RectifyError("plugin-load", `A grid worker could not start: ${e.message}`));
      };
      w.postMessage({ type: "init", init, stop } satisfies WorkerRequest);
    });

  const runOn = (w: Worker, cell: C): Promise<{ outcome: CellOutcome; crashed: boolean }> =>
    new Promise((resolve) => {
      const t0 = performance.now();
      const history: EpochMetrics[] = [];
      w.onmessage = (e: MessageEvent<WorkerMessage>) => {
        const m = e.data;
        if (m.type === "step" && m.run === cell.run) o.onStep(cell, m.info);
        else if (m.type === "epoch" && m.run === cell.run) {
          history.push(m.metrics);
          o.onEpoch(cell, m.metrics);
        } else if (m.type === "done" && m.run === cell.run) {
          resolve({ outcome: m.outcome, crashed: false });
        }
      };
      w.onerror = (e: ErrorEvent) => {
        e.preventDefault();
        resolve({
          outcome: {
            status: "failed",
            failure: `its worker crashed: ${e.message}`,
            history,
            seconds: (performance.now() - t0) / 1000,
          },
          crashed: true,
        });
      };
      w.postMessage({ type: "cell", cell } satisfies WorkerRequest);
    });

  const lane = async () => {
    let w: Worker | null = null;
    try {
      for (let cell = take(); cell !== undefined; cell = take()) {
        if (w === null) w = await start();
        o.onStart(cell);
        const { outcome, crashed } = await runOn(w, cell);
        await o.onEnd(cell, outcome);
        if (crashed) {
          w.terminate();
          live.delete(w);
          w = null;
        }
      }
    } catch (e) {
      fatal ??= e as Error;
    }
  };
  try {
    await Promise.all(Array.from({ length: o.jobs }, lane));
  } finally {
    o.signal?.removeEventListener("abort", onAbort);
    for (const w of live) w.terminate();
  }
  if (fatal) throw fatal;
}
