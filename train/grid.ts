/**
 * Grids of training runs: every combination of datasets, architectures,
 * activations, optimizers, initializers, schedules and seeds, with value
 * lists in specs expanding into sweeps; run on every core (Workers), split
 * into shards for a job runner, and merged back.
 *
 * @module
 */

import { RectifyError } from "../core/errors.ts";
import { defaultRegistry } from "../core/registry.ts";
import { parseSpec } from "../core/spec.ts";
import type { PluginKind } from "../core/plugin.ts";
import { getBackend } from "../core/backend.ts";
import type { Dataset } from "../datasets/dataset.ts";
import type { EpochMetrics, LossName, StepInfo } from "./trainer.ts";
import {
  type CellOutcome,
  type CellSettings,
  type CellSetup,
  type CellShape,
  cellShape,
  type CellStatus,
  cellTrainer,
  type ModelFileInfo,
  runCell,
} from "./_cell.ts";
import { runPool, startAhead } from "./_pool.ts";
import { type ArchLayer, parseArch } from "./arch.ts";

export type { CellOutcome, CellSettings, CellSetup, CellShape, CellStatus, ModelFileInfo };

/** A dataset of a grid: a name (unique in the grid) and its training and validation parts. */
export interface GridData {
  /** Name shown in labels and stored in the grid (e.g. `"digits"`). */
  name: string;
  /** Training data. */
  train: Dataset;
  /** Validation data, or null. */
  val?: Dataset | null;
  /**
   * What the model files of this dataset's cells store besides the weights:
   * the preprocessing (standardisation statistics of the raw features) and
   * the labels (see `RunGridOptions.onModel`); a CNN's image input shape is
   * the data's unless given here.
   */
  model?: ModelFileInfo;
}

/**
 * What a grid is made of. Each list is an axis; the cells are every
 * combination, in the order dataset × architecture × activation × optimizer ×
 * initializer × schedule × seed. A spec option may hold a value list
 * (`"adam:lr=[1e-4,1e-3,1e-2]"`), which expands into one cell per value
 * (see {@linkcode expandSweep}).
 */
export interface GridSpec {
  /** Datasets (at least one). */
  data: readonly GridData[];
  /**
   * Architectures: hidden layer widths of an MLP (`[64, 32]`), or a
   * convolutional network as an architecture string (`"conv:8x3,act,pool:2,gap"`,
   * see `parseArch`) whose `act` slots each activation fills, for image data
   * (default `[[32]]`).
   */
  architectures?: readonly (readonly number[] | string)[];
  /** Activation specs (default `["relu"]`). */
  activations?: readonly string[];
  /** Optimizer specs (default `["sgd:lr=0.1,momentum=0.9"]`). */
  optimizers?: readonly string[];
  /** Initializer specs (default `["glorotUniform"]`). */
  initializers?: readonly string[];
  /** Schedule specs, null for none (default `[null]`). */
  schedules?: readonly (string | null)[];
  /** Model seeds (default `[0]`). */
  seeds?: readonly number[];
  /** Epochs per cell (default 10). */
  epochs?: number;
  /** Minibatch size (default 32). */
  batchSize?: number;
  /** Loss (default `"auto"`). */
  loss?: LossName;
  /** What a NaN/Inf step does (default `"stop"`: the cell ends as diverged). */
  onNan?: "stop" | "skip";
  /**
   * Gradient plugin settings, each a list of specs applied together (`[]`:
   * none), e.g. `[[], ["gradientNoise:eta=0.01"]]` (default `[[]]`).
   */
  gradients?: readonly (readonly string[])[];
  /** Early stopping of every cell (needs validation data; default none). */
  earlyStopping?: { patience: number; minDelta?: number } | null;
}

/** One cell of a grid: its position and run id, and the setup it trains (sweeps expanded). */
export interface GridCell extends CellSetup {
  /** Position in the whole grid, from 0. */
  index: number;
  /** Run id, `r01`, `r02`, ... (by position; the same in every shard). */
  run: string;
}

/**
 * A grid's axes that hold more than one value (besides activation,
 * optimizer, initializer and seed, always shown); `gradient` also when its
 * one setting applies a gradient plugin.
 */
export type GridAxis = "dataset" | "layers" | "schedule" | "gradient";

/** A validated, expanded grid. */
export interface Grid {
  /** Every cell, in grid order. */
  readonly cells: readonly GridCell[];
  /** Settings shared by every cell. */
  readonly settings: Readonly<CellSettings>;
  /** Identifies the grid: its cells, settings and the bytes of its data (hex). */
  readonly fingerprint: string;
  /** The optional axes with more than one value. */
  readonly varying: readonly GridAxis[];
  /** The data, by name. */
  readonly data: ReadonlyMap<string, GridData>;
  /** Each cell's network, measured on the model built while checking the grid, by run id. */
  readonly shapes: ReadonlyMap<string, CellShape>;
}

/** Shard `index` of `count` (both from 1, `index <= count`). */
export interface Shard {
  /** Which shard, from 1. */
  index: number;
  /** How many shards. */
  count: number;
}

/** The result of one cell: how its training ended, and its metrics. */
export interface CellResult extends Omit<CellOutcome, "model"> {
  /** Run id of the cell. */
  run: string;
}

/** The results of a grid, a shard of one, or a merge of shards. */
export interface GridResult {
  /** The grid's fingerprint. */
  fingerprint: string;
  /** Every cell of the whole grid (not only the shard's). */
  cells: GridCell[];
  /** Which shard this is, or null for the whole grid. */
  shard: Shard | null;
  /** Results of the cells run, in grid order. */
  results: CellResult[];
  /** Run ids of the cells of the whole grid with no result (a shard's other cells, or a partial merge). */
  missing: string[];
  /** Whether a stop signal ended the run early (the unfinished cells are `interrupted`). */
  interrupted: boolean;
  /** Where it came from (a folder), for messages. */
  source?: string;
}

/** Options of {@linkcode runGrid}. */
export interface RunGridOptions {
  /**
   * Cells run at once, each in a Worker (default: the number of cores,
   * capped by the number of cells; 1 runs them one after another on this
   * thread). Results are identical for every value.
   */
  jobs?: number;
  /** Run only this shard's cells (default: all). */
  shard?: Shard | null;
  /**
   * Plugin module specifiers each worker loads before its cells (the
   * `--plugin` list): the plugins the specs name must be registered in the
   * default registry here, and loadable there.
   */
  plugins?: readonly string[];
  /** Stops every cell after its current epoch (the unfinished cells end `interrupted`). */
  signal?: AbortSignal;
  /** A cell starts. */
  onCellStart?: (cell: GridCell) => void;
  /** A cell finished an epoch. */
  onEpoch?: (cell: GridCell, metrics: EpochMetrics) => void;
  /** A cell's step finished (throttled in workers). */
  onStep?: (cell: GridCell, info: StepInfo) => void;
  /** A cell ended. */
  onCellEnd?: (cell: GridCell, result: CellResult) => void;
  /**
   * Receives the trained model of each cell that finished (`done`, at least
   * one epoch) as a model file: safetensors bytes with the architecture and
   * its dataset's `model` info, loadable with `loadModel`/`decodeModel` of
   * `@rectify/core/models`. Workers encode it; it is awaited before the
   * cell's `onCellEnd`. Absent: no model files are made.
   */
  onModel?: (cell: GridCell, file: Uint8Array) => void | Promise<void>;
}

const SCALAR = /^[^\[\],]+$/;

function topLevelSplit(text: string, what: string): string[] {
  const parts: string[] = [];
  let depth = 0, from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "[") depth++;
    else if (c === "]") {
      depth--;
      if (depth < 0) {
        throw new RectifyError("spec", `Invalid sweep ${what}: "]" without "["`);
      }
    } else if (c === "," && depth === 0) {
      parts.push(text.slice(from, i));
      from = i + 1;
    }
  }
  if (depth !== 0) throw new RectifyError("spec", `Invalid sweep ${what}: "[" without "]"`);
  parts.push(text.slice(from));
  return parts;
}

/**
 * Expand a spec whose options hold value lists into one spec per
 * combination (the first list varies slowest); a spec without lists comes
 * back alone. Values keep the text they were written with.
 *
 * @example Expand a learning-rate sweep
 * ```ts
 * import { expandSweep } from "@rectify/core/train";
 * console.log(expandSweep("sgd:lr=[0.01,0.1],momentum=0.9"));
 * // ["sgd:lr=0.01,momentum=0.9", "sgd:lr=0.1,momentum=0.9"]
 * ```
 */
export function expandSweep(spec: string): string[] {
  const s = spec.trim();
  if (s.startsWith("{") || (!s.includes("[") && !s.includes("]"))) return [s];
  const what = JSON.stringify(spec);
  const colon = s.indexOf(":");
  if (colon < 0) {
    throw new RectifyError(
      "spec",
      `Invalid sweep ${what}: a value list goes in an option, as in "adam:lr=[1e-4,1e-3]"`,
    );
  }
  const name = s.slice(0, colon).trim();
  const choices = topLevelSplit(s.slice(colon + 1), what).map((raw) => {
    const part = raw.trim();
    const m = /^([^=\[\]]+)=\s*\[(.*)\]$/s.exec(part);
    if (!m) {
      if (part.includes("[") || part.includes("]")) {
        throw new RectifyError(
          "spec",
          `Invalid sweep ${what}: expected key=[v1,v2,...], got ${JSON.stringify(part)}`,
        );
      }
      return [part];
    }
    const key = m[1].trim();
    const values = m[2].split(",").map((v) => v.trim());
    if (values.length === 0 || values.some((v) => !SCALAR.test(v))) {
      throw new RectifyError(
        "spec",
        `Invalid sweep ${what}: the list of "${key}" must hold one or more plain values separated by commas, got [${
          m[2]
        }]`,
      );
    }
    const seen = new Set<string>();
    for (const v of values) {
      if (seen.has(v)) {
        throw new RectifyError("spec", `Invalid sweep ${what}: "${key}" lists ${v} twice`);
      }
      seen.add(v);
    }
    return values.map((v) => `${key}=${v}`);
  });
  let out: string[][] = [[]];
  for (const c of choices) out = out.flatMap((prefix) => c.map((v) => [...prefix, v]));
  return out.map((parts) => `${name}:${parts.join(",")}`);
}

function list<T>(name: string, v: readonly T[] | undefined, def: T[]): T[] {
  if (v === undefined) return def;
  if (!Array.isArray(v)) throw new TypeError(`Grid: ${name} must be an array, got ${typeof v}`);
  if (v.length === 0) throw new RangeError(`Grid: ${name} must hold at least one value, got []`);
  return [...v];
}

function specs(name: string, v: readonly string[] | undefined, def: string): string[] {
  const out: string[] = [];
  for (const s of list(name, v, [def])) {
    if (typeof s !== "string" || s.trim() === "") {
      throw new TypeError(
        `Grid: ${name} must hold non-empty spec strings, got ${JSON.stringify(s)}`,
      );
    }
    for (const e of expandSweep(s)) {
      if (out.includes(e)) throw new RangeError(`Grid: ${name} lists "${e}" twice`);
      out.push(e);
    }
  }
  return out;
}

function positive(name: string, v: number | undefined, def: number, min: number): number {
  if (v === undefined) return def;
  if (typeof v !== "number" || !Number.isInteger(v) || v < min) {
    throw new RangeError(`Grid: ${name} must be an integer >= ${min}, got ${JSON.stringify(v)}`);
  }
  return v;
}

async function sha256(parts: (string | ArrayBufferView)[]): Promise<string> {
  const enc = new TextEncoder();
  const chunks = parts.map((p) =>
    typeof p === "string"
      ? enc.encode(p)
      : new Uint8Array(p.buffer, p.byteOffset, p.byteLength).slice()
  );
  const total = chunks.reduce((n, c) => n + c.length + 8, 0);
  const all = new Uint8Array(total);
  let off = 0;
  for (const c of chunks) {
    new DataView(all.buffer).setFloat64(off, c.length); // length prefix: parts cannot run together
    all.set(c, off + 8);
    off += c.length + 8;
  }
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", all));
  return [...digest.slice(0, 12)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Validate a grid and expand it into cells (sweeps included), with its
 * fingerprint. Every spec is resolved in the default registry here, so a
 * typo fails before anything runs.
 *
 * @example Two activations × two learning rates × two seeds
 * ```ts
 * import { defineGrid } from "@rectify/core/train";
 * import { xor } from "@rectify/core/datasets";
 * const grid = await defineGrid({
 *   data: [{ name: "xor", train: xor({ n: 64, seed: 0 }) }],
 *   activations: ["relu", "tanh"],
 *   optimizers: ["adam:lr=[1e-3,1e-2]"],
 *   seeds: [0, 1],
 * });
 * console.log(grid.cells.length, grid.cells[1].optimizer); // 8 "adam:lr=1e-3"
 * ```
 */
export async function defineGrid(spec: GridSpec): Promise<Grid> {
  if (spec === null || typeof spec !== "object") {
    throw new TypeError(`Grid: expected an object, got ${spec === null ? "null" : typeof spec}`);
  }
  const data = list("data", spec.data, []);
  if (data.length === 0) throw new RangeError("Grid: data must hold at least one dataset");
  const byName = new Map<string, GridData>();
  for (const d of data) {
    if (!d || typeof d.name !== "string" || d.name === "" || !d.train) {
      throw new TypeError("Grid: each data entry needs a name and a train dataset");
    }
    if (byName.has(d.name)) throw new RangeError(`Grid: dataset "${d.name}" is listed twice`);
    byName.set(d.name, d);
  }
  const architectures = list("architectures", spec.architectures, [[32]]).map((a) => {
    if (typeof a === "string") return { hidden: [] as number[], arch: a, layers: parseArch(a) };
    if (!Array.isArray(a) || a.some((w) => !Number.isInteger(w) || w < 1)) {
      throw new RangeError(
        `Grid: each architecture must be an architecture string like "conv:8x3,act,gap" or a list of positive integer widths, got ${
          JSON.stringify(a)
        }`,
      );
    }
    return { hidden: [...a], arch: undefined, layers: null };
  });
  if (new Set(architectures.map((a) => a.arch ?? a.hidden.join(","))).size < architectures.length) {
    throw new RangeError("Grid: architectures lists an architecture twice");
  }
  const activations = specs("activations", spec.activations, "relu");
  const optimizers = specs("optimizers", spec.optimizers, "sgd:lr=0.1,momentum=0.9");
  const initializers = specs("initializers", spec.initializers, "glorotUniform");
  const schedules: (string | null)[] = [];
  for (const s of list("schedules", spec.schedules, [null])) {
    if (s === null) schedules.push(null);
    else schedules.push(...specs("schedules", [s], ""));
  }
  const gradients: string[][] = [];
  for (const g of list<readonly string[]>("gradients", spec.gradients, [[]])) {
    if (!Array.isArray(g)) {
      throw new TypeError(
        `Grid: gradients must hold lists of gradient specs, got ${JSON.stringify(g)}`,
      );
    }
    const set = g.length === 0 ? [] : specs("gradients", g, "");
    if (gradients.some((x) => x.join(",") === set.join(","))) {
      throw new RangeError(`Grid: gradients lists [${set.join(", ")}] twice`);
    }
    gradients.push(set);
  }
  const seeds = list("seeds", spec.seeds, [0]);
  for (const s of seeds) {
    if (!Number.isSafeInteger(s) || s < 0) {
      throw new RangeError(`Grid: seeds must be integers >= 0, got ${JSON.stringify(s)}`);
    }
  }
  if (new Set(seeds).size !== seeds.length) throw new RangeError("Grid: seeds lists a seed twice");
  const settings: CellSettings = {
    epochs: positive("epochs", spec.epochs, 10, 0),
    batchSize: positive("batchSize", spec.batchSize, 32, 1),
    loss: spec.loss ?? "auto",
    onNan: spec.onNan ?? "stop",
  };
  if (spec.earlyStopping) {
    settings.earlyStopping = {
      patience: spec.earlyStopping.patience,
      minDelta: spec.earlyStopping.minDelta ?? 0,
    };
  }
  for (const a of activations) defaultRegistry.resolve("activation", a);
  for (const o of optimizers) defaultRegistry.resolve("optimizer", o);
  for (const i of initializers) defaultRegistry.resolve("initializer", i);
  for (const s of schedules) if (s !== null) defaultRegistry.resolve("schedule", s);
  for (const g of gradients.flat()) defaultRegistry.resolve("gradient", g);
  for (const a of architectures) checkArch(a.arch, a.layers, activations, byName);
  const total = byName.size * architectures.length * activations.length * optimizers.length *
    initializers.length * schedules.length * gradients.length * seeds.length;
  const width = Math.max(2, String(total).length);
  const cells: GridCell[] = [];
  for (const d of byName.keys()) {
    for (const { hidden, arch } of architectures) {
      for (const activation of activations) {
        for (const optimizer of optimizers) {
          for (const init of initializers) {
            for (const schedule of schedules) {
              for (const g of gradients) {
                for (const seed of seeds) {
                  const index = cells.length;
                  cells.push({
                    index,
                    run: `r${String(index + 1).padStart(width, "0")}`,
                    dataset: d,
                    hidden: [...hidden],
                    ...(arch === undefined ? {} : { arch }),
                    activation,
                    optimizer,
                    init,
                    schedule,
                    seed,
                    ...(g.length ? { gradients: [...g] } : {}),
                  });
                }
              }
            }
          }
        }
      }
    }
  }
  // A trainer per distinct data × architecture × spec set finds what resolve cannot
  // (labels against the loss, an optimizer's own checks); it is built and dropped.
  // Each network is measured on the first trainer built for it.
  const checked = new Set<string>();
  const measured = new Map<string, CellShape>();
  const shapes = new Map<string, CellShape>();
  for (const c of cells) {
    const net = JSON.stringify([c.dataset, c.arch ?? c.hidden, c.activation]);
    const k = JSON.stringify([net, c.optimizer, c.init, c.schedule, c.gradients ?? []]);
    if (!checked.has(k)) {
      checked.add(k);
      const d = byName.get(c.dataset)!;
      const trainer = cellTrainer(c, d, settings);
      try {
        if (!measured.has(net)) {
          measured.set(
            net,
            cellShape(trainer, c.arch === undefined ? [d.train.features] : d.train.shape!),
          );
        }
      } finally {
        trainer.dispose();
      }
    }
    shapes.set(c.run, measured.get(net)!);
  }
  const varying: GridAxis[] = [];
  if (byName.size > 1) varying.push("dataset");
  if (architectures.length > 1) varying.push("layers");
  if (schedules.length > 1) varying.push("schedule");
  if (gradients.length > 1 || gradients[0].length > 0) varying.push("gradient");
  const dataParts: (string | ArrayBufferView)[] = [];
  for (const d of byName.values()) {
    for (const part of [d.train, d.val ?? null]) {
      if (part === null) dataParts.push("none");
      else {
        dataParts.push(
          JSON.stringify([part.name, part.rows, part.features, part.targets, part.task]),
          part.x,
          part.y,
        );
      }
    }
  }
  const fingerprint = await sha256([
    JSON.stringify({
      format: "rectify-grid",
      version: 1,
      settings,
      cells: cells.map(cellKey),
    }),
    ...dataParts,
  ]);
  return { cells, settings, fingerprint, varying, data: byName, shapes };
}

/**
 * An architecture string needs image data, and an activation slot unless
 * the grid has one activation (a network with fixed activations would train
 * the same for each).
 */
function checkArch(
  text: string | undefined,
  layers: readonly ArchLayer[] | null,
  activations: readonly string[],
  data: ReadonlyMap<string, GridData>,
): void {
  if (text === undefined || layers === null) return;
  for (const d of data.values()) {
    if (d.train.shape?.length !== 3) {
      throw new TypeError(
        `Grid: architecture "${text}" needs image data ([C, H, W]), but dataset "${d.name}" has ${d.train.features} plain features (give it hidden widths, an MLP)`,
      );
    }
  }
  if (activations.length > 1 && !layers.some((l) => l.type === "act")) {
    throw new RangeError(
      `Grid: architecture "${text}" has no "act" slot, so its ${activations.length} activations would train the same network (put "act" where the activation goes, e.g. conv:16x3,act,pool:2)`,
    );
  }
}

function cellKey(c: GridCell): unknown[] {
  const key = [
    c.run,
    c.dataset,
    c.arch ?? c.hidden,
    c.activation,
    c.optimizer,
    c.init,
    c.schedule,
    c.seed,
  ];
  return c.gradients?.length ? [...key, c.gradients] : key;
}

/**
 * Parse a shard argument `"i/n"` (1 <= i <= n), as in `jest --shard=1/3`.
 *
 * @example
 * ```ts
 * import { parseShard } from "@rectify/core/train";
 * console.log(parseShard("2/3")); // { index: 2, count: 3 }
 * ```
 */
export function parseShard(text: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(String(text));
  const index = m ? Number(m[1]) : NaN, count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) {
    throw new RangeError(
      `shard must be i/n with 1 <= i <= n (e.g. 1/3), got ${JSON.stringify(text)}`,
    );
  }
  return { index, count };
}

/**
 * The expected cost of a cell, in multiply-adds: epochs × training rows ×
 * multiply-adds of one example's forward pass through its network's weight
 * layers (weights of an MLP; weights × output positions of a convolution),
 * since forward and backward are proportional to it.
 *
 * @example
 * ```ts
 * import { cellCost, defineGrid } from "@rectify/core/train";
 * import { xor } from "@rectify/core/datasets";
 * const grid = await defineGrid({ data: [{ name: "xor", train: xor({ n: 64, seed: 0 }) }], architectures: [[8], [64]], epochs: 1 });
 * console.log(cellCost(grid, grid.cells[0]) < cellCost(grid, grid.cells[1])); // true
 * ```
 */
export function cellCost(grid: Grid, cell: GridCell): number {
  const d = grid.data.get(cell.dataset)!;
  const evalRows = d.train.rows + (d.val?.rows ?? 0) / 3; // evaluation is forward only
  return grid.settings.epochs * evalRows * grid.shapes.get(cell.run)!.multiplyAdds;
}

/**
 * The cells of one shard: a deterministic split balanced by
 * {@linkcode cellCost} (largest cells first, each to the shard with the least
 * cost so far; ties by position), so every cell is in exactly one shard.
 * Returned in grid order.
 *
 * @example
 * ```ts
 * import { defineGrid, shardCells } from "@rectify/core/train";
 * import { xor } from "@rectify/core/datasets";
 * const grid = await defineGrid({ data: [{ name: "xor", train: xor({ n: 64, seed: 0 }) }], seeds: [0, 1, 2, 3, 4] });
 * const sizes = [1, 2, 3].map((index) => shardCells(grid, { index, count: 3 }).length);
 * console.log(sizes); // [2, 2, 1]
 * ```
 */
export function shardCells(grid: Grid, shard: Shard): GridCell[] {
  if (!Number.isInteger(shard.count) || shard.count < 1) {
    throw new RangeError(`shard count must be an integer >= 1, got ${shard.count}`);
  }
  if (!Number.isInteger(shard.index) || shard.index < 1 || shard.index > shard.count) {
    throw new RangeError(
      `shard index must be an integer in [1, ${shard.count}], got ${shard.index}`,
    );
  }
  const order = [...grid.cells].map((c) => ({ c, cost: cellCost(grid, c) }))
    .sort((a, b) => b.cost - a.cost || a.c.index - b.c.index);
  const load = new Array<number>(shard.count).fill(0);
  const mine: GridCell[] = [];
  for (const { c, cost } of order) {
    let best = 0;
    for (let s = 1; s < shard.count; s++) if (load[s] < load[best]) best = s;
    load[best] += cost;
    if (best === shard.index - 1) mine.push(c);
  }
  return mine.sort((a, b) => a.index - b.index);
}

/**
 * The plugin modules a worker loads: those given, plus the module each
 * loaded plugin the cells name came from (a plugin loaded earlier in this
 * process, e.g. by another command, is known to the registry by its origin).
 */
function workerPlugins(cells: readonly GridCell[], given: readonly string[]): string[] {
  const out = new Set(given);
  const named: [PluginKind, string][] = [];
  for (const c of cells) {
    named.push(["activation", c.activation], ["optimizer", c.optimizer], ["initializer", c.init]);
    if (c.schedule !== null) named.push(["schedule", c.schedule]);
    for (const g of c.gradients ?? []) named.push(["gradient", g]);
    for (const l of c.arch === undefined ? [] : parseArch(c.arch)) {
      if (l.type === "activation") named.push(["activation", l.activation]);
    }
  }
  for (const [kind, spec] of named) {
    const origin = defaultRegistry.origin(kind, parseSpec(spec).name);
    if (origin !== null) out.add(origin);
  }
  return [...out];
}

/** A dataset's own fields, without extras (e.g. `teacher`'s network) that cannot go to a worker. */
function plainData(d: Dataset): Dataset {
  const { name, x, y, rows, features, targets, task, classes, featureNames, labelNames, shape } = d;
  return {
    name,
    x,
    y,
    rows,
    features,
    targets,
    task,
    classes,
    featureNames,
    ...(labelNames ? { labelNames } : {}),
    ...(shape ? { shape } : {}),
  };
}

/** The grid worker's module. */
const WORKER_URL = new URL("./_worker.ts", import.meta.url);

/**
 * Start `n` grid workers now, so that their modules load while the caller
 * reads data and builds the grid; the next {@linkcode runGrid} that runs
 * workers takes them first. Returns what ends those it did not take (and
 * says how many): call it when done, whatever happened. @internal
 */
export function startGridWorkers(n: number): () => number {
  return startAhead(WORKER_URL, n);
}

function defaultJobs(cells: number): number {
  const cores = typeof navigator !== "undefined" && navigator.hardwareConcurrency > 0
    ? navigator.hardwareConcurrency
    : 1;
  return Math.max(1, Math.min(cores, cells));
}

/**
 * Run a grid (or one shard of it): each cell trains independently from its
 * own seed, so the results are the same bits whatever `jobs` is and whichever
 * shard runs a cell. A cell that fails (an error other than divergence) is
 * recorded as `failed` with the message; the others still run.
 *
 * @example Two activations on two workers
 * ```ts
 * import { runGrid } from "@rectify/core/train";
 * import { xor } from "@rectify/core/datasets";
 * const result = await runGrid(
 *   { data: [{ name: "xor", train: xor({ n: 64, seed: 0 }) }], activations: ["relu", "tanh"], epochs: 2 },
 *   { jobs: 2 },
 * );
 * console.log(result.results.map((r) => [r.run, r.status, r.history.length]));
 * // [["r01", "done", 2], ["r02", "done", 2]]
 * ```
 */
export async function runGrid(
  spec: GridSpec | Grid,
  options: RunGridOptions = {},
): Promise<GridResult> {
  const grid = "fingerprint" in spec ? spec as Grid : await defineGrid(spec as GridSpec);
  const shard = options.shard ?? null;
  const cells = shard ? shardCells(grid, shard) : [...grid.cells];
  const jobs = options.jobs === undefined ? defaultJobs(cells.length) : options.jobs;
  if (!Number.isInteger(jobs) || jobs < 1) {
    throw new RangeError(`runGrid: jobs must be an integer >= 1, got ${JSON.stringify(jobs)}`);
  }
  const results = new Map<string, CellResult>();
  const finish = async (cell: GridCell, o: CellOutcome) => {
    const { model, ...outcome } = o;
    if (model) await options.onModel?.(cell, model);
    const r: CellResult = { run: cell.run, ...outcome };
    results.set(cell.run, r);
    options.onCellEnd?.(cell, r);
  };
  // a CNN's file records its image input shape: the data's, unless the model info gives one
  const modelInfo = (d: GridData): ModelFileInfo | undefined =>
    options.onModel
      ? { ...(d.train.shape ? { inputShape: [...d.train.shape] } : {}), ...d.model }
      : undefined;
  const stopped = () => options.signal?.aborted === true;
  if (jobs === 1 || cells.length <= 1) {
    for (const cell of cells) {
      if (stopped()) break;
      options.onCellStart?.(cell);
      const d = grid.data.get(cell.dataset)!;
      const model = modelInfo(d);
      await finish(
        cell,
        await runCell(cell, d, grid.settings, {
          onEpoch: (m) => options.onEpoch?.(cell, m),
          onStep: options.onStep ? (i) => options.onStep!(cell, i) : undefined,
          stopped,
          ...(model ? { model } : {}),
        }),
      );
    }
  } else {
    // Largest cells first keeps the workers busy to the end; the order changes no bits.
    const queue = [...cells].sort((a, b) =>
      cellCost(grid, b) - cellCost(grid, a) || a.index - b.index
    );
    await runPool({
      workerUrl: WORKER_URL,
      jobs: Math.min(jobs, cells.length),
      queue,
      init: {
        plugins: workerPlugins(cells, options.plugins ?? []),
        backend: getBackend().name,
        data: [...grid.data.values()].map((d) => {
          const model = modelInfo(d);
          return {
            name: d.name,
            train: plainData(d.train),
            val: d.val ? plainData(d.val) : null,
            ...(model ? { model } : {}),
          };
        }),
        settings: { ...grid.settings },
      },
      signal: options.signal,
      onStart: (cell) => options.onCellStart?.(cell),
      onEpoch: (cell, m) => options.onEpoch?.(cell, m),
      onStep: (cell, i) => options.onStep?.(cell, i),
      onEnd: finish,
    });
  }
  const ordered = cells.map((c) => results.get(c.run)).filter((r): r is CellResult => !!r);
  const have = new Set(ordered.map((r) => r.run));
  return {
    fingerprint: grid.fingerprint,
    cells: grid.cells.map((c) => ({ ...c, hidden: [...c.hidden] })),
    shard,
    results: ordered,
    missing: grid.cells.filter((c) => !have.has(c.run)).map((c) => c.run),
    interrupted: stopped() || ordered.some((r) => r.status === "interrupted"),
  };
}

/** Options of {@linkcode mergeResults}. */
export interface MergeOptions {
  /** Accept an incomplete set: the result's `missing` lists what no part holds (default false). */
  allowPartial?: boolean;
}

/**
 * A cell's name for messages: its run id and what it trains.
 *
 * @example
 * ```ts
 * import { cellName, defineGrid } from "@rectify/core/train";
 * import { xor } from "@rectify/core/datasets";
 * const grid = await defineGrid({ data: [{ name: "xor", train: xor({ n: 64, seed: 0 }) }], architectures: [[8]] });
 * console.log(cellName(grid.cells[0])); // "r01 (xor [8] relu | sgd:lr=0.1,momentum=0.9 | glorotUniform, seed 0)"
 * ```
 */
export function cellName(cell: GridCell): string {
  const parts = [cell.activation, cell.optimizer, cell.init];
  if (cell.schedule) parts.push(cell.schedule);
  if (cell.gradients?.length) parts.push(cell.gradients.join(","));
  return `${cell.run} (${cell.dataset} ${cell.arch ?? `[${cell.hidden.join(",")}]`} ${
    parts.join(" | ")
  }, seed ${cell.seed})`;
}

function listNames(names: string[], limit = 12): string {
  return names.length <= limit
    ? names.join(", ")
    : `${names.slice(0, limit).join(", ")} and ${names.length - limit} more`;
}

/**
 * Merge the results of shards of one grid into the result a single run
 * would give: it refuses parts of another grid (their fingerprint differs),
 * a cell present in two parts, and, unless `allowPartial`, missing cells,
 * naming them.
 *
 * @example Merge two shards
 * ```ts
 * import { defineGrid, mergeResults, runGrid } from "@rectify/core/train";
 * import { xor } from "@rectify/core/datasets";
 * const grid = await defineGrid({ data: [{ name: "xor", train: xor({ n: 64, seed: 0 }) }], seeds: [0, 1, 2], epochs: 1 });
 * const parts = [];
 * for (const index of [1, 2]) parts.push(await runGrid(grid, { jobs: 1, shard: { index, count: 2 } }));
 * const merged = mergeResults(parts);
 * console.log(merged.results.map((r) => r.run), merged.missing); // ["r01", "r02", "r03"] []
 * ```
 */
export function mergeResults(parts: readonly GridResult[], options: MergeOptions = {}): GridResult {
  if (!parts || parts.length === 0) {
    throw new RangeError("mergeResults: give at least one result to merge");
  }
  const name = (i: number) => parts[i].source ?? `part ${i + 1}`;
  const first: GridResult = parts[0];
  for (let i = 1; i < parts.length; i++) {
    if (parts[i].fingerprint !== first.fingerprint) {
      throw new RectifyError(
        "merge",
        `Cannot merge: ${name(i)} is from another grid (fingerprint ${
          parts[i].fingerprint
        }, expected ${first.fingerprint} as in ${name(0)})`,
      );
    }
  }
  const owner = new Map<string, number>();
  const byRun = new Map<string, CellResult>();
  const dup: string[] = [];
  const cells = new Map(first.cells.map((c) => [c.run, c]));
  parts.forEach((p, i) => {
    for (const r of p.results) {
      if (!cells.has(r.run)) {
        throw new RectifyError(
          "merge",
          `Cannot merge: ${
            name(i)
          } holds run ${r.run}, which is not a cell of grid ${first.fingerprint}`,
        );
      }
      const prev = owner.get(r.run);
      if (prev !== undefined) {
        dup.push(`${cellName(cells.get(r.run)!)} in ${name(prev)} and ${name(i)}`);
      }
      owner.set(r.run, i);
      byRun.set(r.run, r);
    }
  });
  if (dup.length) {
    throw new RectifyError(
      "merge",
      `Cannot merge: ${dup.length} cell${dup.length > 1 ? "s are" : " is"} in more than one part: ${
        listNames(dup, 6)
      }`,
    );
  }
  const missing = first.cells.filter((c) => !byRun.has(c.run));
  if (missing.length && !options.allowPartial) {
    throw new RectifyError(
      "merge",
      `Cannot merge: ${missing.length} of ${first.cells.length} cells are missing: ${
        listNames(missing.map(cellName))
      } (merge the shards that hold them, or allow a partial merge)`,
      { details: { missing: missing.map((c) => c.run) } },
    );
  }
  return {
    fingerprint: first.fingerprint,
    cells: first.cells.map((c) => ({ ...c, hidden: [...c.hidden] })),
    shard: null,
    results: first.cells.map((c) => byRun.get(c.run)).filter((r): r is CellResult => !!r),
    missing: missing.map((c) => c.run),
    interrupted: parts.some((p) => p.interrupted),
  };
}
