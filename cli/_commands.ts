/**
 * The CLI commands: argument parsing, validation before any output, the run
 * loop, and the outputs. @internal
 *
 * @module
 */

import { parseArgs } from "node:util";
import { RectifyError } from "../core/errors.ts";
import { defaultRegistry } from "../core/registry.ts";
import { setBackend } from "../core/backend.ts";
import { splitSpecList } from "../core/spec.ts";
import {
  type BuiltinDatasetName,
  builtinDatasetNames,
  loadBuiltinDataset,
} from "../datasets/builtin.ts";
import { loadCsv } from "../datasets/csv.ts";
import type { Dataset } from "../datasets/dataset.ts";
import { bars, moons, spiral, teacher, xor } from "../datasets/generators.ts";
import { featureStats, standardize, trainValSplit } from "../datasets/transforms.ts";
import { type EpochMetrics, type LossName, Trainer, writeFileAtomic } from "../train/trainer.ts";
import { type ArchLayer, parseArch } from "../train/arch.ts";
import {
  cellName,
  type CellResult,
  defineGrid,
  type Grid,
  type GridAxis,
  type GridCell,
  type GridData,
  type GridResult,
  type GridSpec,
  mergeResults,
  parseShard,
  runGrid,
  type Shard,
  shardCells,
  startGridWorkers,
} from "../train/grid.ts";
import { type ModelFileInfo, trainEpochs } from "../train/_cell.ts";
import { checkWritableTarget } from "../train/_files.ts";
import {
  AXIS_COLUMNS,
  metricsColumns,
  MetricsCsv,
  metricsText,
  type RunKey,
} from "./_metrics_csv.ts";
import { Progress, wantsBar } from "./_progress.ts";
import { formatTable, rankRuns, type RunRecord } from "./_summary.ts";
import { readGridFile } from "./_grid_file.ts";
import {
  COMPARE_HELP,
  LIST_HELP,
  LR_FIND_HELP,
  MAIN_HELP,
  MERGE_HELP,
  PLOT_HELP,
  TRAIN_HELP,
} from "./_help.ts";
import { suggestFlag } from "./_suggest.ts";
import { formatPluginList, kindOf, pluginRecords } from "./_list.ts";
import { PLUGIN_KINDS } from "../core/plugin.ts";
import { exportCommand, modelInfo, predictCommand } from "./_models.ts";

/** Where the CLI writes. @internal */
export interface CliIO {
  /** Normal output. */
  out(text: string): void;
  /** Errors. */
  err(text: string): void;
}

const GENERATED = ["spiral", "xor", "moons", "teacher", "bars"] as const;

/** @internal */
export function usage(message: string): RectifyError {
  return new RectifyError("usage", message);
}

/**
 * `--backend NAME` (js, wasm, webgpu, or a backend plugin's name): make it the
 * backend every kernel runs on. Creating it may fail (webgpu without an
 * adapter says so, and how to get one).
 */
function useBackendFlag(name: string | undefined): void {
  if (name === undefined) return;
  if (!defaultRegistry.has("backend", name)) {
    throw usage(
      `--backend must be one of ${defaultRegistry.list("backend").join(", ")}, got ${
        JSON.stringify(name)
      }`,
    );
  }
  setBackend(defaultRegistry.create("backend", name));
}

const COMMON = {
  data: { type: "string" },
  dataset: { type: "string" },
  label: { type: "string" },
  layers: { type: "string" },
  arch: { type: "string" },
  activation: { type: "string" },
  optimizer: { type: "string" },
  init: { type: "string" },
  schedule: { type: "string" },
  loss: { type: "string" },
  epochs: { type: "string" },
  "batch-size": { type: "string" },
  seed: { type: "string" },
  backend: { type: "string" },
  "val-split": { type: "string" },
  standardize: { type: "boolean" },
  "on-nan": { type: "string" },
  gradient: { type: "string", multiple: true },
  patience: { type: "string" },
  "min-delta": { type: "string" },
  plugin: { type: "string", multiple: true },
  "plugin-timeout": { type: "string" },
  out: { type: "string" },
  verbose: { type: "boolean", short: "v" },
  overwrite: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

const TRAIN_OPTIONS = {
  ...COMMON,
  checkpoint: { type: "string" },
  resume: { type: "string" },
  "save-best": { type: "string" },
} as const;

const COMPARE_OPTIONS = {
  ...COMMON,
  repeats: { type: "string" },
  target: { type: "string" },
  jobs: { type: "string" },
  shard: { type: "string" },
  grid: { type: "string" },
} as const;

const MERGE_OPTIONS = {
  out: { type: "string" },
  "allow-partial": { type: "boolean" },
  overwrite: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

const LR_FIND_OPTIONS = {
  data: { type: "string" },
  dataset: { type: "string" },
  label: { type: "string" },
  "val-split": { type: "string" },
  standardize: { type: "boolean" },
  layers: { type: "string" },
  activation: { type: "string" },
  optimizer: { type: "string" },
  init: { type: "string" },
  "batch-size": { type: "string" },
  seed: { type: "string" },
  backend: { type: "string" },
  "min-lr": { type: "string" },
  "max-lr": { type: "string" },
  steps: { type: "string" },
  plugin: { type: "string", multiple: true },
  "plugin-timeout": { type: "string" },
  out: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

const LIST_OPTIONS = {
  plugin: { type: "string", multiple: true },
  "plugin-timeout": { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

const PLOT_OPTIONS = {
  activation: { type: "string" },
  from: { type: "string" },
  to: { type: "string" },
  samples: { type: "string" },
  plugin: { type: "string", multiple: true },
  "plugin-timeout": { type: "string" },
  out: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** @internal */
export function parse<T extends Record<string, { type: "string" | "boolean"; multiple?: boolean }>>(
  command: string,
  args: string[],
  options: T,
) {
  return parseWith(command, args, options, false).values;
}

function parseWith<
  T extends Record<string, { type: "string" | "boolean"; multiple?: boolean }>,
>(command: string, args: string[], options: T, allowPositionals: boolean) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals });
  } catch (e) {
    const msg = (e as Error).message.replace(/\. To specify a positional argument.*$/s, "");
    const flag = msg.match(/^Unknown option '([^']+)'/)?.[1];
    const hint = flag === undefined ? null : suggestFlag(flag, Object.keys(options));
    const [spec, why] = hint?.split(/ \((.*)\)$/) ?? [];
    throw usage(
      `${command}: ${msg}${
        hint ? `; did you mean ${spec}?${why ? ` (${why})` : ""}` : ""
      } (see "${command} --help")`,
    );
  }
}

function int(
  name: string,
  v: string | undefined,
  def: number,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
  why = "",
): number {
  if (v === undefined) return def;
  const n = Number(v);
  if (!/^[+-]?\d+$/.test(v.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
    const tooBig = /^\+?\d+$/.test(v.trim()) && !(n <= max);
    const range = !tooBig
      ? `>= ${min}`
      : max === Number.MAX_SAFE_INTEGER
      ? `in [${min}, 2^53 - 1] (safe integers)`
      : `in [${min}, ${max}]${why}`;
    throw usage(`--${name} must be an integer ${range}, got ${JSON.stringify(v)}`);
  }
  return n;
}

function float(
  name: string,
  v: string | undefined,
  def: number,
  ok: (x: number) => boolean,
  range: string,
): number {
  if (v === undefined) return def;
  const n = Number(v);
  if (v.trim() === "" || !Number.isFinite(n) || !ok(n)) {
    throw usage(`--${name} must be a number ${range}, got ${JSON.stringify(v)}`);
  }
  return n;
}

function onNanOf(v: string | undefined): "stop" | "skip" {
  if (v === undefined) return "stop";
  if (v !== "stop" && v !== "skip") {
    throw usage(`--on-nan must be stop or skip, got ${JSON.stringify(v)}`);
  }
  return v;
}

/** @internal */
export function layersOf(v: string | undefined): number[] {
  if (v === undefined) return [64];
  const parts = v.split(",").map((s) => s.trim());
  if (parts.some((p) => !/^\d+$/.test(p) || Number(p) < 1)) {
    throw usage(
      `--layers must be comma-separated positive widths like 64,32, got ${JSON.stringify(v)}`,
    );
  }
  return parts.map(Number);
}

/**
 * The model options: `--layers` (an MLP) or `--arch` (a CNN, parsed after the
 * plugins are loaded so their activations may appear in it), never both.
 * `--activation` fills the architecture's `act` slots, so it needs one.
 */
function modelOf(
  v: { layers?: string; arch?: string; activation?: string },
): { hidden: number[]; arch: string | null } {
  if (v.arch !== undefined && v.layers !== undefined) {
    throw usage(
      `give --layers (an MLP) or --arch (a convolutional network), not both; got --layers ${v.layers} and --arch ${v.arch}`,
    );
  }
  return { hidden: layersOf(v.layers), arch: v.arch ?? null };
}

/** An architecture needs images: say which datasets are, before any run is built. */
function checkImages(arch: readonly ArchLayer[] | null, setup: DataSetup): void {
  const ds = setup.train;
  if (arch !== null && ds.shape?.length !== 3) {
    throw usage(
      `--arch needs image data ([C, H, W]: --dataset digits or bars), but ${ds.name} has ${ds.features} plain features (use --layers for an MLP)`,
    );
  }
}

/** The parsed `--arch`, checked against `--activation`. @internal */
export function archOf(
  text: string | null,
  activation: string | undefined,
): ArchLayer[] | null {
  if (text === null) return null;
  const arch = parseArch(text);
  if (activation !== undefined && !arch.some((l) => l.type === "act")) {
    throw usage(
      `--activation ${activation} has no slot to fill: --arch ${
        JSON.stringify(text)
      } has no "act" token (put "act" where the activation goes, e.g. conv:16x3,act,pool:2)`,
    );
  }
  return arch;
}

function specList(name: string, v: string | undefined, def: string): string[] {
  const list = splitSpecList(v ?? def);
  if (list.length === 0) throw usage(`--${name} needs at least one spec, got ${JSON.stringify(v)}`);
  return list;
}

/**
 * The values of `--gradient`: one list of specs per flag (a comma list is
 * applied together; `none` is no rewrite). @internal
 */
function gradientFlags(values: readonly string[] | undefined): string[][] {
  return (values ?? []).map((v) => {
    const list = splitSpecList(v);
    if (list.length === 0) throw usage(`--gradient needs a spec, got ${JSON.stringify(v)}`);
    return list.filter((spec) => spec !== "none");
  });
}

function earlyStoppingOf(
  v: { patience?: string; "min-delta"?: string },
): { patience: number; minDelta: number } | null {
  if (v.patience === undefined) {
    if (v["min-delta"] !== undefined) throw usage("--min-delta applies with --patience N only");
    return null;
  }
  return {
    patience: int("patience", v.patience, 1, 1),
    minDelta: float("min-delta", v["min-delta"], 0, (x) => x >= 0, ">= 0"),
  };
}

function needsValidation(setup: DataSetup, flags: string[]): void {
  if (flags.length > 0 && setup.val === null) {
    throw usage(
      `${flags.join(" and ")} watch${
        flags.length > 1 ? "" : "es"
      } the validation loss, so it needs a validation split (--val-split > 0)`,
    );
  }
}

/** Default of --plugin-timeout, in seconds. */
const PLUGIN_TIMEOUT_S = 30;

/** @internal */
export async function loadPlugins(
  specs: readonly string[] | undefined,
  timeout: string | undefined,
  io: CliIO,
): Promise<void> {
  const seconds = float(
    "plugin-timeout",
    timeout,
    PLUGIN_TIMEOUT_S,
    (x) => x > 0 && x <= 86400,
    "of seconds in (0, 86400]",
  );
  for (const spec of specs ?? []) {
    const names = await defaultRegistry.load(spec, { timeoutMs: seconds * 1000 });
    io.out(`Loaded plugin${names.length > 1 ? "s" : ""} ${names.join(", ")} from ${spec}\n`);
  }
}

interface DataSetup {
  train: Dataset;
  val: Dataset | null;
  description: string;
  /** How the data were prepared (recorded in checkpoints and checked on resume). */
  preprocessing: Record<string, unknown>;
  /** What each run's model file stores besides the weights. */
  model: ModelFileInfo;
}

async function loadData(
  v: {
    data?: string;
    dataset?: string;
    label?: string;
    "val-split"?: string;
    standardize?: boolean;
  },
  seed: number,
  hidden: number[],
): Promise<DataSetup> {
  if ((v.data === undefined) === (v.dataset === undefined)) {
    throw usage("give exactly one of --data FILE.csv or --dataset NAME");
  }
  if (v.label !== undefined && v.data === undefined) throw usage("--label applies to --data only");
  const valSplit = float("val-split", v["val-split"], 0.2, (x) => x >= 0 && x < 1, "in [0, 1)");
  let ds: Dataset;
  if (v.data !== undefined) {
    ds = await loadCsv(v.data, { label: v.label ?? "label" });
  } else {
    const name = v.dataset!;
    if ((builtinDatasetNames as readonly string[]).includes(name)) {
      ds = await loadBuiltinDataset(name as BuiltinDatasetName);
    } else if (name === "spiral") ds = spiral({ seed });
    else if (name === "xor") ds = xor({ n: 400, seed });
    else if (name === "moons") ds = moons({ n: 400, seed });
    else if (name === "teacher") ds = teacher({ n: 1000, inputSize: 10, hidden, seed });
    else if (name === "bars") ds = bars({ n: 1000, seed });
    else {
      const all = [...builtinDatasetNames, ...GENERATED];
      throw usage(`unknown --dataset "${name}"; expected one of ${all.join(", ")}`);
    }
  }
  const split = valSplit > 0
    ? trainValSplit(ds, { valFraction: valSplit, seed })
    : { train: ds, val: null };
  let { train, val } = split;
  const stats = v.standardize ? featureStats(train) : null;
  if (stats) {
    train = standardize(train, stats);
    if (val) val = standardize(val, stats);
  }
  const preprocessing = { valSplit, standardize: stats };
  const description = `${ds.name}: ${ds.rows} rows, ${ds.features} features${
    ds.shape ? ` (images [${ds.shape.join(", ")}])` : ""
  }, ${
    ds.task === "classification" ? `${ds.classes} classes` : `${ds.targets} regression target(s)`
  }; ${train.rows} train / ${val?.rows ?? 0} validation (seed ${seed})${
    v.standardize ? ", standardised" : ""
  }`;
  return {
    train,
    val,
    description,
    preprocessing,
    model: modelInfo(ds, stats, v.label ?? "label"),
  };
}

/** Largest model the CLI builds: a checkpoint holds every weight as JSON text (V8 caps strings at 512 MiB). */
const MAX_PARAMETERS = 20_000_000;

/** Refuse, before allocating, an MLP too large to train and checkpoint in one process. */
function checkModelSize(setup: DataSetup, hidden: readonly number[], loss: LossName): void {
  const t = setup.train;
  const outputs = t.task === "classification" && loss !== "mse"
    ? Math.max(t.classes, setup.val?.classes ?? 0)
    : t.targets;
  const widths = [t.features, ...hidden, outputs];
  let count = 0;
  for (let i = 1; i < widths.length; i++) count += widths[i - 1] * widths[i] + widths[i];
  if (count > MAX_PARAMETERS) {
    throw usage(
      `--layers ${hidden.join(",")} on ${t.features} features makes a model of ${
        count.toLocaleString("en-US")
      } parameters; ` +
        `the CLI trains models of at most ${MAX_PARAMETERS.toLocaleString("en-US")} ` +
        `(checkpoints and reports hold every weight as text): use narrower layers`,
    );
  }
}

/** The same limit for an architecture, counted on the built model. */
function checkArchSize(count: number, archText: string): void {
  if (count > MAX_PARAMETERS) {
    throw usage(
      `--arch ${archText} makes a model of ${count.toLocaleString("en-US")} parameters; ` +
        `the CLI trains models of at most ${MAX_PARAMETERS.toLocaleString("en-US")} ` +
        `(checkpoints and reports hold every weight as text): use fewer channels or pool earlier`,
    );
  }
}

/** The files a run writes into --out; an --overwrite (or a --resume) replaces exactly these. */
const RUN_OUTPUTS = [
  "metrics.csv",
  "summary.json",
  "report.html",
  "results.json",
  "model.safetensors",
] as const;

/** compare's model files, one per run. */
const RUN_MODEL = /^model-r\d+\.safetensors$/;

/** The model file of a compare run (`model.safetensors` for train). */
function runModelFile(run: string): string {
  return `model-${run}.safetensors`;
}

/**
 * Make the output folder ready before anything is trained: a new or empty
 * folder is used as is; a folder holding anything else is refused, so two
 * runs never mix, unless the run replaces it (--overwrite, or --resume of
 * the run that wrote it), which removes the earlier run's outputs first.
 */
async function prepareOut(
  outDir: string,
  options: { replace: boolean; flag: string },
): Promise<void> {
  const info = await Deno.stat(outDir).catch((e) => {
    if (e instanceof Deno.errors.NotFound) return null;
    throw new RectifyError("io", `Cannot use --out ${outDir}: ${(e as Error).message}`, {
      cause: e,
    });
  });
  if (info && !info.isDirectory) {
    throw usage(`--out ${outDir} is a file; give a folder (new or empty)`);
  }
  if (info) {
    const entries = (await Array.fromAsync(Deno.readDir(outDir))).map((e) => e.name).sort();
    if (entries.length > 0 && !options.replace) {
      const shown = entries.slice(0, 6).join(", ") + (entries.length > 6 ? ", ..." : "");
      throw usage(
        `--out ${outDir} is not empty (${shown}); rectify never mixes two runs in one folder: ` +
          `choose a new --out, or pass ${options.flag} to replace the earlier run's ${
            RUN_OUTPUTS.join(", ")
          } (and model-rNN.safetensors)`,
      );
    }
    for (const name of [...RUN_OUTPUTS, ...entries.filter((e) => RUN_MODEL.test(e))]) {
      await Deno.remove(`${outDir}/${name}`).catch((e) => {
        if (e instanceof Deno.errors.NotFound) return;
        throw new RectifyError("io", `Cannot replace ${outDir}/${name}: ${(e as Error).message}`, {
          cause: e,
        });
      });
    }
    return;
  }
  await Deno.mkdir(outDir, { recursive: true }).catch((e) => {
    throw new RectifyError("io", `Cannot create output folder ${outDir}: ${(e as Error).message}`, {
      cause: e,
    });
  });
}

function defaultOut(): string {
  const stamp = new Date().toISOString().replace(/\.\d+Z$/, "").replace(/[:T]/g, "-");
  return `./rectify-out/${stamp}`;
}

/** Exit status after a stop signal, as a shell reports it (128 + signal number). */
const SIGNAL_EXIT: Record<string, number> = { SIGINT: 130, SIGTERM: 143 };

/**
 * Listen for SIGINT/SIGTERM while training: the first asks the runs to stop
 * after their current epoch (whose checkpoint and metrics row are written
 * whole); a second one exits at once. Checkpoints are written atomically, so
 * either way the last one on disk is complete.
 */
function listenForStop(
  io: CliIO,
): { signal: string | null; abort: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const state = { signal: null as string | null, abort: controller.signal, dispose: () => {} };
  const signals: Deno.Signal[] = Deno.build.os === "windows" ? ["SIGINT"] : ["SIGINT", "SIGTERM"];
  const handlers: [Deno.Signal, () => void][] = [];
  for (const sig of signals) {
    const handler = () => {
      if (state.signal !== null) Deno.exit(SIGNAL_EXIT[sig]);
      state.signal = sig;
      controller.abort();
      io.err(
        `\nReceived ${sig}: stopping after the current epoch (send it again to stop at once)\n`,
      );
    };
    try {
      Deno.addSignalListener(sig, handler);
      handlers.push([sig, handler]);
    } catch { /* signal not supported here */ }
  }
  state.dispose = () => {
    for (const [sig, h] of handlers) Deno.removeSignalListener(sig, h);
  };
  return state;
}

function doneNote(
  r: {
    status?: string;
    failure: string | null;
    history: EpochMetrics[];
    seconds: number;
    stopped?: string;
  },
): string {
  if (r.status === "failed") return `FAILED — ${r.failure}`;
  if (r.failure) return `diverged — ${r.failure}`;
  const last = r.history.at(-1);
  if (!last) return "no epochs";
  return `done in ${r.seconds.toFixed(1)}s, train_loss ${last.trainLoss.toFixed(4)}${
    last.valLoss !== null ? `, val_loss ${last.valLoss.toFixed(4)}` : ""
  }${last.valAccuracy !== null ? `, val_acc ${(last.valAccuracy * 100).toFixed(2)}%` : ""}${
    last.valRmse !== null ? `, val_rmse ${last.valRmse.toPrecision(4)}` : ""
  }${last.valR2 !== null ? `, val_r2 ${last.valR2.toFixed(3)}` : ""}${skippedNote(r.history)}${
    r.stopped ? `; ${r.stopped}` : ""
  }`;
}

/** Grid facts written into summary.json and results.json. */
interface GridInfo {
  fingerprint: string;
  shard: Shard | null;
  cells: GridCell[];
  results: CellResult[];
  missing: string[];
  varying: GridAxis[];
  /** The compare command without --shard, --jobs and --out (the same for every shard). */
  command: string;
}

/** What one output folder holds, besides the runs. */
interface OutputInfo {
  command: string;
  dataset: string;
  target: number;
  seconds: number;
  columns: string[];
  /** Class names for the report's confusion matrices. */
  classNames?: readonly string[];
  /** The model files written into the folder. */
  models: string[];
  grid?: GridInfo;
}

/** results.json: what `merge` reads back. */
const RESULTS_FORMAT = "rectify-grid-results";

/**
 * Write metrics.csv (whole, in run order, replacing the live one), summary.json,
 * report.html and, for a grid, results.json; print the ranking. The one
 * definition of a finished output folder: `train`, `compare` and `merge`.
 */
async function writeOutputs(
  outDir: string,
  runs: RunRecord[],
  info: OutputInfo,
  io: CliIO,
): Promise<void> {
  const table = rankRuns(runs, info.target);
  const created = new Date().toISOString();
  const summary = {
    command: info.command,
    created,
    dataset: info.dataset,
    seconds: info.seconds,
    target: info.target,
    columns: info.columns,
    ...(info.grid
      ? {
        grid: {
          fingerprint: info.grid.fingerprint,
          cells: info.grid.cells.length,
          shard: info.grid.shard ? `${info.grid.shard.index}/${info.grid.shard.count}` : null,
          missing: info.grid.missing,
        },
      }
      : {}),
    best: table[0] ?? null,
    table,
    runs: runs.map((r) => ({
      run: r.run,
      activation: r.activation,
      optimizer: r.optimizer,
      init: r.init,
      ...(r.dataset !== undefined ? { dataset: r.dataset } : {}),
      ...(r.layers !== undefined ? { layers: r.layers } : {}),
      ...(r.schedule !== undefined ? { schedule: r.schedule } : {}),
      ...(r.gradient ? { gradient: r.gradient } : {}),
      seed: r.seed,
      epochs: r.history.length,
      seconds: r.seconds,
      status: r.status ?? (r.failure ? "diverged" : "done"),
      failure: r.failure,
      final: r.history.at(-1) ?? null,
      confusion: r.confusion,
    })),
  };
  // imported here: the charting library takes a second to load, which every error path skips
  const { renderReport } = await import("./_report.ts");
  const html = await renderReport(runs, table, {
    command: info.command,
    dataset: info.dataset,
    target: info.target,
    created,
    seconds: info.seconds,
    classNames: info.classNames,
  });
  const csvPath = `${outDir}/metrics.csv`;
  await writeFileAtomic(csvPath, metricsText(info.columns, runs));
  await writeFileAtomic(`${outDir}/summary.json`, JSON.stringify(summary, null, 2) + "\n");
  await writeFileAtomic(`${outDir}/report.html`, html);
  if (info.grid) {
    const g = info.grid;
    await writeFileAtomic(
      `${outDir}/results.json`,
      JSON.stringify({
        format: RESULTS_FORMAT,
        version: 1,
        fingerprint: g.fingerprint,
        shard: g.shard,
        command: g.command,
        dataset: info.dataset,
        target: info.target,
        columns: info.columns,
        varying: g.varying,
        cells: g.cells,
        missing: g.missing,
        results: g.results,
      }) + "\n",
    );
  }
  io.out(`\n${formatTable(table, info.target)}\n\n`);
  const models = info.models.length === 0
    ? ""
    : runs.length === 1
    ? `Model:   ${outDir}/${info.models[0]}\n`
    : `Models:  ${outDir}/model-rNN.safetensors (${
      info.models.length === runs.length
        ? "one per run"
        : `one per finished run: ${info.models.length} of ${runs.length}`
    })\n`;
  io.out(
    `Metrics: ${csvPath}\nSummary: ${outDir}/summary.json\nReport:  ${outDir}/report.html\n${models}${
      info.grid ? `Results: ${outDir}/results.json (for merge)\n` : ""
    }`,
  );
}

function skippedNote(history: readonly { skippedSteps?: number }[]): string {
  const n = history.reduce((sum, m) => sum + (m.skippedSteps ?? 0), 0);
  return n > 0 ? `, ${n} step${n > 1 ? "s" : ""} skipped (NaN/Inf, --on-nan skip)` : "";
}

/**
 * The activation column of a run: the spec, or "fixed" when the architecture
 * (a `parseArch` string) has no `act` slot and names its own activations.
 */
function slotLabel(arch: string | null | undefined, activation: string): string {
  return arch == null || splitSpecList(arch).includes("act") ? activation : "fixed";
}

function parameterCount(trainer: Trainer): number {
  return trainer.model.parameters().reduce((n, p) => n + p.size, 0);
}

/** "Model: ..." with the parameter count, for an architecture. */
function modelLine(archText: string | null, parameters: number): string {
  return archText === null ? "" : `Model: --arch ${archText} (${parameters} parameters)\n`;
}

function commandLine(args: string[]): string {
  return [
    "rectify",
    ...args.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replaceAll("'", "'\\''")}'`)),
  ]
    .join(" ");
}

/** The command without the options that do not change results (--shard, --jobs, --out). */
function gridCommand(args: string[]): string {
  const kept: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (["--shard", "--jobs", "--out"].includes(a)) i++;
    else if (!/^--(shard|jobs|out)=/.test(a)) kept.push(a);
  }
  return commandLine(kept);
}

/** `train`. @internal */
export async function trainCommand(args: string[], io: CliIO): Promise<number> {
  const v = parse("train", args, TRAIN_OPTIONS);
  if (!v.help) useBackendFlag(v.backend);
  if (v.help) {
    io.out(TRAIN_HELP);
    return 0;
  }
  const seed = int("seed", v.seed, 0, 0);
  const { hidden, arch: archText } = modelOf(v);
  const epochs = int("epochs", v.epochs, 10, 1);
  const batchSize = int("batch-size", v["batch-size"], 32, 1);
  const loss = (v.loss ?? "auto") as LossName;
  if (!["auto", "crossEntropy", "mse"].includes(loss)) {
    throw usage(`--loss must be auto, crossEntropy or mse, got ${JSON.stringify(v.loss)}`);
  }
  const onNan = onNanOf(v["on-nan"]);
  const gradients = gradientFlags(v.gradient).flat();
  const earlyStopping = earlyStoppingOf(v);
  if (v.checkpoint === "" || v.resume === "") {
    throw usage(`--${v.checkpoint === "" ? "checkpoint" : "resume"} needs a file path, got ""`);
  }
  const one = (name: string, value: string | undefined, def: string) => {
    const list = specList(name, value, def);
    if (list.length > 1) {
      throw usage(`train takes one --${name}, got ${list.length} (use compare for lists)`);
    }
    if (list[0].includes("[")) {
      throw usage(
        `train takes one --${name}, got the value list ${list[0]} (use compare for sweeps)`,
      );
    }
    return list[0];
  };
  const activation = one("activation", v.activation, "relu");
  const optimizer = one("optimizer", v.optimizer, "sgd:lr=0.05,momentum=0.9");
  const init = one("init", v.init, "glorotUniform");
  await loadPlugins(v.plugin, v["plugin-timeout"], io);
  const arch = archOf(archText, v.activation);
  const setup = await loadData(v, seed, hidden);
  checkImages(arch, setup);
  needsValidation(setup, [
    ...(earlyStopping ? ["--patience"] : []),
    ...(v["save-best"] !== undefined ? ["--save-best"] : []),
  ]);
  if (arch === null) checkModelSize(setup, hidden, loss);
  const checkpoint = v.checkpoint ?? v.resume ?? null;
  const progress = new Progress({
    tty: wantsBar(),
    write: io.out,
    runs: 1,
    verbose: v.verbose ?? false,
  });
  const trainer = new Trainer({
    train: setup.train,
    val: setup.val,
    hidden,
    arch,
    activation,
    optimizer,
    initializer: init,
    schedule: v.schedule ?? null,
    loss,
    epochs,
    batchSize,
    seed,
    checkpoint,
    onNan,
    onStep: (info) => progress.step("r01", info),
    gradients,
    earlyStopping,
    saveBest: v["save-best"] ?? null,
    preprocessing: setup.preprocessing,
  });
  if (v.resume) await trainer.loadCheckpoint(v.resume);
  // every target is checked before anything is trained or printed
  if (checkpoint) {
    await checkWritableTarget(
      checkpoint,
      "checkpoint",
      v.checkpoint === undefined
        ? `: to continue from it, add --checkpoint NEW.json and the new checkpoints go there`
        : "",
    );
  }
  if (arch !== null) checkArchSize(parameterCount(trainer), archText!);
  const outDir = v.out ?? defaultOut();
  await prepareOut(outDir, {
    replace: v.overwrite === true || v.resume !== undefined,
    flag: "--overwrite",
  });
  if (v.resume) io.out(`Resuming from ${v.resume} after epoch ${trainer.epoch}\n`);
  const key: RunKey = {
    run: "r01",
    activation: slotLabel(archText, activation),
    optimizer,
    init,
    seed,
  };
  if (gradients.length > 0) key.gradient = gradients.join(",");
  io.out(`Data: ${setup.description}\n${modelLine(archText, parameterCount(trainer))}`);
  const t0 = performance.now();
  const columns = metricsColumns(
    trainer.activationLayers.length,
    trainer.denseLayers.length,
    trainer.config.loss === "crossEntropy",
    key.gradient !== undefined ? ["gradient"] : [],
  );
  const csv = await MetricsCsv.create(`${outDir}/metrics.csv`, columns);
  const stop = listenForStop(io);
  let outcome;
  try {
    for (const m of trainer.history) await csv.append(key, m);
    progress.start(key.run, runLabel(key), trainer.epochs, trainer.epoch);
    try {
      outcome = await trainEpochs(trainer, {
        failFast: true,
        val: setup.val,
        stopped: () => stop.signal !== null,
        model: setup.model,
        onEpoch: async (m) => {
          await csv.append(key, m);
          progress.epoch(key.run, m);
        },
      });
    } catch (e) {
      progress.end(key.run, "failed");
      throw e;
    }
  } finally {
    csv.close();
    stop.dispose();
    trainer.dispose();
  }
  const best = trainer.best;
  if (outcome.status === "interrupted") {
    progress.end(key.run, `interrupted by ${stop.signal} after epoch ${trainer.epoch}`);
    io.err(
      `Interrupted by ${stop.signal}: ${outDir}/metrics.csv holds every finished epoch (0 of 1 runs complete); no report was written.${
        checkpoint
          ? ` The checkpoint ${checkpoint} is complete: continue with --resume ${checkpoint}.`
          : ""
      }\n`,
    );
    return SIGNAL_EXIT[stop.signal!] ?? 1;
  }
  progress.end(key.run, doneNote(outcome));
  const models = outcome.model ? ["model.safetensors"] : [];
  if (outcome.model) await writeFileAtomic(`${outDir}/model.safetensors`, outcome.model);
  await writeOutputs(outDir, [{
    ...key,
    ...outcome,
    task: outcome.task ?? "classification",
    confusion: outcome.confusion ?? null,
  }], {
    command: commandLine(["train", ...args]),
    dataset: setup.description,
    target: 0.9,
    seconds: (performance.now() - t0) / 1000,
    columns,
    classNames: setup.train.labelNames,
    models,
  }, io);
  if (v["save-best"] !== undefined && best) {
    io.out(
      `Best:    ${v["save-best"]} (epoch ${best.epoch}, val_loss ${best.valLoss.toFixed(4)})\n`,
    );
  }
  return 0;
}

function runLabel(key: RunKey): string {
  return [
    ...(key.dataset !== undefined ? [key.dataset] : []),
    ...(key.layers !== undefined ? [`[${key.layers}]`] : []),
    key.activation,
    key.optimizer,
    ...(key.init === "glorotUniform" ? [] : [key.init]),
    ...(key.schedule ? [key.schedule] : []),
    ...(key.gradient ? [key.gradient] : []),
    `seed ${key.seed}`,
  ].join(" / ");
}

/** The CSV/summary key of a cell: the optional axes only where the grid varies them. */
function keyOf(cell: GridCell, varying: readonly GridAxis[]): RunKey {
  const key: RunKey = {
    run: cell.run,
    activation: slotLabel(cell.arch, cell.activation),
    optimizer: cell.optimizer,
    init: cell.init,
    seed: cell.seed,
  };
  if (varying.includes("dataset")) key.dataset = cell.dataset;
  if (varying.includes("layers")) key.layers = cell.arch ?? cell.hidden.join(",");
  if (varying.includes("schedule")) key.schedule = cell.schedule ?? "";
  if (varying.includes("gradient")) key.gradient = cell.gradients?.join(",") || "none";
  return key;
}

function gridColumns(grid: Grid): string[] {
  const shapes = [...grid.shapes.values()];
  const loss = grid.settings.loss;
  const tasks = new Set(
    [...grid.data.values()].map((d) =>
      loss === "auto" ? d.train.task === "classification" : loss === "crossEntropy"
    ),
  );
  return metricsColumns(
    Math.max(...shapes.map((s) => s.activationLayers)),
    Math.max(...shapes.map((s) => s.weightLayers)),
    tasks.size > 1 ? "both" : tasks.has(true),
    AXIS_COLUMNS.filter((a) => grid.varying.includes(a)),
  );
}

function recordsOf(
  cells: readonly GridCell[],
  results: readonly CellResult[],
  varying: readonly GridAxis[],
): RunRecord[] {
  const byRun = new Map(cells.map((c) => [c.run, c]));
  return results.map((r) => ({
    ...keyOf(byRun.get(r.run)!, varying),
    history: r.history,
    seconds: r.seconds,
    failure: r.failure,
    status: r.status,
    // a cell that failed before its trainer was built: its metrics say the task
    task: r.task ?? (r.history.some((m) => m.valRmse !== null) ? "regression" : "classification"),
    confusion: r.confusion ?? null,
  }));
}

/** Flags that define the grid, which --grid takes from its file instead. */
const GRID_FLAGS = [
  "data",
  "dataset",
  "label",
  "layers",
  "arch",
  "activation",
  "optimizer",
  "init",
  "schedule",
  "loss",
  "epochs",
  "batch-size",
  "seed",
  "val-split",
  "standardize",
  "on-nan",
  "repeats",
  "target",
  "gradient",
  "patience",
  "min-delta",
] as const;

/** The grid of `compare`, from its flags or from --grid FILE, with the data loaded. */
async function compareGrid(
  v: ReturnType<typeof parse<typeof COMPARE_OPTIONS>>,
): Promise<{ spec: GridSpec; description: string; target: number; arch: string | null }> {
  if (v.grid !== undefined) {
    const given = GRID_FLAGS.filter((f) => v[f] !== undefined);
    if (given.length) {
      throw usage(
        `--grid takes the whole grid from ${v.grid}; remove ${
          given.map((f) => `--${f}`).join(", ")
        } (${
          given.some((f) => ["gradient", "patience", "min-delta"].includes(f))
            ? "a grid file has no gradient or early-stopping settings yet"
            : "or put it in the file"
        })`,
      );
    }
    const file = await readGridFile(v.grid);
    const seeds = file.seeds ?? [0];
    const dataSeed = file.dataSeed ?? seeds[0];
    const architectures = file.architectures ?? [[64]];
    const mlps = architectures.filter((a): a is number[] => Array.isArray(a));
    const base = v.grid.replace(/[^/\\]*$/, "");
    const data: GridData[] = [];
    const descriptions: string[] = [];
    for (const d of file.datasets) {
      const setup = await loadData(
        {
          ...("data" in d
            ? { data: /^([a-z]+:|\/)/i.test(d.data) ? d.data : base + d.data, label: d.label }
            : { dataset: d.dataset }),
          "val-split": file.valSplit === undefined ? undefined : String(file.valSplit),
          standardize: file.standardize,
        },
        dataSeed,
        mlps[0] ?? [64],
      );
      for (const hidden of mlps) checkModelSize(setup, hidden, file.loss ?? "auto");
      const name = "data" in d ? setup.train.name : d.dataset;
      if (data.some((x) => x.name === name)) {
        throw usage(`--grid ${v.grid}: dataset "${name}" is listed twice`);
      }
      data.push({ name, train: setup.train, val: setup.val, model: setup.model });
      descriptions.push(setup.description);
    }
    return {
      spec: {
        data,
        architectures,
        activations: file.activations ?? ["relu"],
        optimizers: file.optimizers ?? ["sgd:lr=0.05,momentum=0.9"],
        initializers: file.initializers ?? ["glorotUniform"],
        schedules: file.schedules ?? [null],
        seeds,
        epochs: file.epochs ?? 10,
        batchSize: file.batchSize ?? 32,
        loss: file.loss ?? "auto",
        onNan: file.onNan ?? "stop",
      },
      description: descriptions.join("; "),
      target: file.target ?? 0.9,
      arch: null,
    };
  }
  const seed = int("seed", v.seed, 0, 0);
  const { hidden, arch: archText } = modelOf(v);
  const epochs = int("epochs", v.epochs, 10, 1);
  const batchSize = int("batch-size", v["batch-size"], 32, 1);
  const repeats = int("repeats", v.repeats, 1, 1);
  if (seed + repeats - 1 > Number.MAX_SAFE_INTEGER) {
    throw usage(
      `--seed ${seed} with --repeats ${repeats} runs seeds up to ${
        seed + repeats - 1
      }, above 2^53 - 1`,
    );
  }
  const target = float("target", v.target, 0.9, (x) => x > 0 && x <= 1, "in (0, 1]");
  const loss = (v.loss ?? "auto") as LossName;
  if (!["auto", "crossEntropy", "mse"].includes(loss)) {
    throw usage(`--loss must be auto, crossEntropy or mse, got ${JSON.stringify(v.loss)}`);
  }
  const onNan = onNanOf(v["on-nan"]);
  const activations = specList("activation", v.activation, "relu");
  const optimizers = specList("optimizer", v.optimizer, "sgd:lr=0.05,momentum=0.9");
  const inits = specList("init", v.init, "glorotUniform");
  const gradients = v.gradient === undefined ? [[]] : gradientFlags(v.gradient);
  const earlyStopping = earlyStoppingOf(v);
  const arch = archOf(archText, v.activation);
  const setup = await loadData(v, seed, hidden);
  checkImages(arch, setup);
  if (arch === null) checkModelSize(setup, hidden, loss);
  needsValidation(setup, earlyStopping ? ["--patience"] : []);
  return {
    spec: {
      data: [{ name: setup.train.name, train: setup.train, val: setup.val, model: setup.model }],
      architectures: [archText ?? hidden],
      activations,
      optimizers,
      initializers: inits,
      schedules: [v.schedule ?? null],
      seeds: Array.from({ length: repeats }, (_, r) => seed + r),
      epochs,
      batchSize,
      loss,
      onNan,
      gradients,
      earlyStopping,
    },
    description: setup.description,
    target,
    arch: archText,
  };
}

/** "2 activations × 3 optimizers × 1 initializers × 2 seeds" (sweeps expanded). */
function axesLine(grid: Grid): string {
  const count = (f: (c: GridCell) => unknown) =>
    new Set(grid.cells.map((c) => JSON.stringify(f(c)))).size;
  const parts: [number, string][] = [
    [count((c) => c.dataset), "datasets"],
    [count((c) => c.arch ?? c.hidden), "architectures"],
    [count((c) => c.activation), "activations"],
    [count((c) => c.optimizer), "optimizers"],
    [count((c) => c.init), "initializers"],
    [count((c) => c.schedule), "schedules"],
    [grid.varying.includes("gradient") ? count((c) => c.gradients ?? []) : 1, "gradient settings"],
    [count((c) => c.seed), "seeds"],
  ];
  const always = ["activations", "optimizers", "initializers", "seeds"];
  return parts
    .filter(([n, name]) =>
      n > 1 || always.includes(name) ||
      (name === "gradient settings" && grid.varying.includes("gradient"))
    )
    .map(([n, name]) => `${n} ${name}`)
    .join(" × ");
}

/** The size limit for each architecture string of a grid, measured on its built model. */
function checkArchSizes(grid: Grid): void {
  const seen = new Set<string>();
  for (const c of grid.cells) {
    if (c.arch === undefined || seen.has(c.arch)) continue;
    seen.add(c.arch);
    checkArchSize(grid.shapes.get(c.run)!.parameters, c.arch);
  }
}

/** A library RangeError/TypeError about the grid, as a usage error. */
async function checkedGrid(spec: GridSpec, where: string): Promise<Grid> {
  try {
    return await defineGrid(spec);
  } catch (e) {
    if (e instanceof RangeError || e instanceof TypeError) {
      throw usage(`${where}${(e as Error).message.replace(/^Grid: /, "")}`);
    }
    throw e;
  }
}

/** `compare`. @internal */
export async function compareCommand(args: string[], io: CliIO): Promise<number> {
  const v = parse("compare", args, COMPARE_OPTIONS);
  if (!v.help) useBackendFlag(v.backend);
  if (v.help) {
    io.out(COMPARE_HELP);
    return 0;
  }
  let shard: Shard | null = null;
  if (v.shard !== undefined) {
    try {
      shard = parseShard(v.shard);
    } catch (e) {
      throw usage(`--${(e as Error).message}`);
    }
  }
  const jobsFlag = v.jobs === undefined ? undefined : int("jobs", v.jobs, 1, 1);
  const jobsWanted = jobsFlag ?? navigator.hardwareConcurrency ?? 1;
  // With --jobs, the workers load their modules while this thread reads the data and
  // builds the grid (a grid of fewer cells ends the ones it does not use).
  const endWorkers = startGridWorkers(jobsWanted > 1 ? jobsWanted : 0);
  try {
    return await compareWith(v, args, shard, jobsWanted, io);
  } finally {
    endWorkers();
  }
}

async function compareWith(
  v: ReturnType<typeof parse<typeof COMPARE_OPTIONS>>,
  args: string[],
  shard: Shard | null,
  jobsWanted: number,
  io: CliIO,
): Promise<number> {
  await loadPlugins(v.plugin, v["plugin-timeout"], io);
  const { spec, description, target, arch } = await compareGrid(v);
  // Every spec is resolved and every distinct setup built before anything is written.
  const grid = await checkedGrid(spec, v.grid !== undefined ? `--grid ${v.grid}: ` : "");
  checkArchSizes(grid);
  const cells = shard ? shardCells(grid, shard) : [...grid.cells];
  const jobs = Math.max(1, Math.min(jobsWanted, cells.length));
  const outDir = v.out ?? defaultOut();
  await prepareOut(outDir, { replace: v.overwrite === true, flag: "--overwrite" });
  io.out(
    `Data: ${description}\n${
      modelLine(arch, grid.shapes.get(grid.cells[0].run)!.parameters)
    }${grid.cells.length} runs: ${axesLine(grid)}, ${grid.settings.epochs} epochs each${
      shard
        ? `\nShard ${shard.index}/${shard.count} of grid ${grid.fingerprint}: ${cells.length} runs (${
          cells.map((c) => c.run).join(", ")
        })`
        : ""
    }${jobs > 1 ? `\nRunning ${jobs} at a time (--jobs ${jobs})` : ""}\n`,
  );
  const t0 = performance.now();
  const columns = gridColumns(grid);
  const csv = await MetricsCsv.create(`${outDir}/metrics.csv`, columns);
  const progress = new Progress({
    tty: wantsBar(),
    write: io.out,
    runs: cells.length,
    totalEpochs: cells.length * grid.settings.epochs,
    verbose: v.verbose ?? false,
  });
  const stop = listenForStop(io);
  const key = (c: GridCell) => keyOf(c, grid.varying);
  let started = 0;
  let writes = Promise.resolve();
  let result: GridResult;
  const models: string[] = [];
  try {
    result = await runGrid(grid, {
      jobs,
      shard,
      plugins: v.plugin ?? [],
      signal: stop.abort,
      onModel: async (c, file) => {
        await writeFileAtomic(`${outDir}/${runModelFile(c.run)}`, file);
        models.push(runModelFile(c.run));
      },
      onCellStart: (c) => {
        // Every lane has its first cell: load the report's charting library while the cells
        // train (with --jobs, on the otherwise idle main thread) rather than after them; not
        // sooner, where its loading would hold up the workers' first cells.
        if (++started === jobs) import("./_report.ts").catch(() => {});
        progress.start(c.run, runLabel(key(c)), grid.settings.epochs);
      },
      onStep: (c, info) => progress.step(c.run, info),
      onEpoch: (c, m) => {
        writes = writes.then(() => csv.append(key(c), m));
        progress.epoch(c.run, m);
      },
      onCellEnd: (c, r) =>
        progress.end(
          c.run,
          r.status === "interrupted"
            ? `interrupted by ${stop.signal} after epoch ${r.history.length}`
            : doneNote(r),
        ),
    });
    await writes;
  } finally {
    csv.close();
    stop.dispose();
  }
  if (stop.signal !== null) {
    const done = result.results.filter((r) => r.status !== "interrupted").length;
    io.err(
      `Interrupted by ${stop.signal}: ${outDir}/metrics.csv holds every finished epoch (${done} of ${cells.length} runs complete); no report was written.\n`,
    );
    return SIGNAL_EXIT[stop.signal] ?? 1;
  }
  await writeOutputs(outDir, recordsOf(grid.cells, result.results, grid.varying), {
    command: commandLine(["compare", ...args]),
    dataset: description,
    classNames: grid.data.size === 1 ? [...grid.data.values()][0].train.labelNames : undefined,
    target,
    seconds: (performance.now() - t0) / 1000,
    columns,
    models: models.sort(),
    grid: {
      fingerprint: grid.fingerprint,
      shard,
      cells: result.cells,
      results: result.results,
      missing: result.missing,
      varying: [...grid.varying],
      command: gridCommand(["compare", ...args]),
    },
  }, io);
  return reportFailed(result.results, grid.cells, io);
}

function reportFailed(
  results: readonly CellResult[],
  cells: readonly GridCell[],
  io: CliIO,
): number {
  const failed = results.filter((r) => r.status === "failed");
  if (failed.length === 0) return 0;
  const byRun = new Map(cells.map((c) => [c.run, c]));
  io.err(
    `${failed.length} run${failed.length > 1 ? "s" : ""} failed (the others are written):\n${
      failed.map((r) => `  ${cellName(byRun.get(r.run)!)}: ${r.failure}\n`).join("")
    }`,
  );
  return 1;
}

interface ResultsFile extends GridResult {
  command: string;
  dataset: string;
  target: number;
  columns: string[];
  varying: GridAxis[];
}

async function readResults(dir: string): Promise<ResultsFile> {
  const path = `${dir}/results.json`;
  let text: string;
  try {
    text = await Deno.readTextFile(path);
  } catch (e) {
    throw new RectifyError(
      "merge",
      `Cannot merge ${dir}: ${
        e instanceof Deno.errors.NotFound
          ? "it has no results.json (is it the output folder of a compare run?)"
          : (e as Error).message
      }`,
      { cause: e },
    );
  }
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new RectifyError(
      "merge",
      `Cannot merge ${dir}: ${path} is not valid JSON (${(e as Error).message})`,
    );
  }
  if (
    raw?.format !== RESULTS_FORMAT || raw.version !== 1 || !Array.isArray(raw.cells) ||
    !Array.isArray(raw.results)
  ) {
    throw new RectifyError(
      "merge",
      `Cannot merge ${dir}: ${path} is not a ${RESULTS_FORMAT} file of version 1`,
    );
  }
  return { ...(raw as unknown as ResultsFile), interrupted: false, source: dir };
}

/** Copy each run's model file from the folder that holds its result; returns the names copied. */
async function copyModels(parts: readonly ResultsFile[], outDir: string): Promise<string[]> {
  const names: string[] = [];
  for (const p of parts) {
    for (const r of p.results) {
      const name = runModelFile(r.run);
      const bytes = await Deno.readFile(`${p.source}/${name}`).catch((e) => {
        if (e instanceof Deno.errors.NotFound) return null;
        throw new RectifyError("io", `Cannot read ${p.source}/${name}: ${(e as Error).message}`, {
          cause: e,
        });
      });
      if (bytes === null) continue;
      await writeFileAtomic(`${outDir}/${name}`, bytes);
      names.push(name);
    }
  }
  return names.sort();
}

/** `merge`. @internal */
export async function mergeCommand(args: string[], io: CliIO): Promise<number> {
  const { values: v, positionals: dirs } = parseWith("merge", args, MERGE_OPTIONS, true);
  if (v.help) {
    io.out(MERGE_HELP);
    return 0;
  }
  if (v.out === undefined) throw usage("merge needs --out DIR (the merged output folder)");
  if (dirs.length === 0) {
    throw usage("merge needs the shards' output folders: merge --out DIR DIR1 DIR2 ...");
  }
  const t0 = performance.now();
  const parts = await Promise.all(dirs.map(readResults));
  const merged = mergeResults(parts, { allowPartial: v["allow-partial"] === true });
  const first = parts[0];
  for (const p of parts.slice(1)) {
    if (p.target !== first.target) {
      throw new RectifyError(
        "merge",
        `Cannot merge: ${p.source} ranks by --target ${p.target}, ${first.source} by ${first.target}`,
      );
    }
  }
  const out = await Deno.realPath(v.out).catch(() => null);
  for (const dir of dirs) {
    if (out !== null && out === await Deno.realPath(dir)) {
      throw usage(`merge --out ${v.out} is one of the folders it merges; give a new folder`);
    }
  }
  await prepareOut(v.out, { replace: v.overwrite === true, flag: "--overwrite" });
  const models = await copyModels(parts, v.out);
  const shardSeconds = parts.reduce((s, p) => s + p.results.reduce((a, r) => a + r.seconds, 0), 0);
  io.out(
    `Merging ${parts.length} folder${
      parts.length > 1 ? "s" : ""
    } of grid ${merged.fingerprint}: ${merged.results.length} of ${merged.cells.length} runs\n`,
  );
  if (merged.missing.length) {
    const byRun = new Map(merged.cells.map((c) => [c.run, c]));
    io.err(
      `Partial merge: ${merged.missing.length} of ${merged.cells.length} runs are missing:\n${
        merged.missing.map((r) => `  ${cellName(byRun.get(r)!)}\n`).join("")
      }`,
    );
  }
  await writeOutputs(v.out, recordsOf(merged.cells, merged.results, first.varying), {
    command: first.command,
    dataset: first.dataset,
    target: first.target,
    seconds: shardSeconds,
    columns: first.columns,
    models,
    grid: {
      fingerprint: merged.fingerprint,
      shard: null,
      cells: merged.cells,
      results: merged.results,
      missing: merged.missing,
      varying: first.varying,
      command: first.command,
    },
  }, io);
  io.out(`Merged in ${((performance.now() - t0) / 1000).toFixed(1)}s\n`);
  return reportFailed(merged.results, merged.cells, io);
}

/** Most sample points `plot` takes. */
const MAX_PLOT_SAMPLES = 100_000;

/** `plot`. @internal */
export async function plotCommand(args: string[], io: CliIO): Promise<number> {
  const v = parse("plot", args, PLOT_OPTIONS);
  if (v.help) {
    io.out(PLOT_HELP);
    return 0;
  }
  const from = float("from", v.from, -5, () => true, "");
  const to = float("to", v.to, 5, (x) => x > from, `greater than --from (${from})`);
  const samples = int(
    "samples",
    v.samples,
    2001,
    3,
    MAX_PLOT_SAMPLES,
    " (a plot is a few thousand pixels wide; more points only use memory)",
  );
  await loadPlugins(v.plugin, v["plugin-timeout"], io);
  const names = v.activation === undefined
    ? undefined
    : specList("activation", v.activation, "relu");
  for (const n of names ?? []) defaultRegistry.resolve("activation", n);
  const { plotActivations } = await import("../viz/activation_plot.ts");
  const files = await plotActivations({ from, to, samples, names });
  const outDir = v.out ?? "./rectify-out/activations";
  await Deno.mkdir(outDir, { recursive: true });
  const fileName = (n: string) => n.replace(/[^A-Za-z0-9_.-]+/g, "_");
  for (const [name, text] of Object.entries(files)) {
    await writeFileAtomic(`${outDir}/${fileName(name)}`, text);
  }
  const svgs = Object.keys(files).filter((f) => f.endsWith(".svg"));
  io.out(
    `Wrote ${svgs.length} activation plots (${svgs.join(", ")})\nIndex: ${outDir}/index.html\n`,
  );
  return 0;
}

/** `list [kind]`. @internal */
export async function listCommand(args: string[], io: CliIO): Promise<number> {
  const { values: v, positionals } = parseWith("list", args, LIST_OPTIONS, true);
  if (v.help) {
    io.out(LIST_HELP);
    return 0;
  }
  if (positionals.length > 1) {
    throw usage(`list takes at most one kind, got ${positionals.join(" ")}`);
  }
  const kinds = positionals.length === 1 ? [kindOf(positionals[0])] : PLUGIN_KINDS;
  if (v.json) {
    await loadPlugins(v.plugin, v["plugin-timeout"], { out: () => {}, err: io.err });
    io.out(JSON.stringify(pluginRecords(defaultRegistry, kinds), null, 2) + "\n");
    return 0;
  }
  await loadPlugins(v.plugin, v["plugin-timeout"], io);
  io.out(formatPluginList(defaultRegistry, kinds));
  return 0;
}

/** `lr-find`. @internal */
export async function lrFindCommand(args: string[], io: CliIO): Promise<number> {
  const v = parse("lr-find", args, LR_FIND_OPTIONS);
  if (!v.help) useBackendFlag(v.backend);
  if (v.help) {
    io.out(LR_FIND_HELP);
    return 0;
  }
  const seed = int("seed", v.seed, 0, 0);
  const hidden = layersOf(v.layers);
  const batchSize = int("batch-size", v["batch-size"], 32, 1);
  const steps = int("steps", v.steps, 200, 5);
  const minLr = float("min-lr", v["min-lr"], 1e-7, (x) => x > 0, "> 0");
  const maxLr = float(
    "max-lr",
    v["max-lr"],
    10,
    (x) => x > minLr,
    `greater than --min-lr (${minLr})`,
  );
  const optimizers = specList("optimizer", v.optimizer, "sgd:momentum=0.9");
  const activation = specList("activation", v.activation, "relu");
  const init = specList("init", v.init, "glorotUniform");
  if (activation.length > 1 || init.length > 1) {
    throw usage("lr-find takes one --activation and one --init (the optimizers are compared)");
  }
  await loadPlugins(v.plugin, v["plugin-timeout"], io);
  const setup = await loadData(v, seed, hidden);
  // the model every optimizer starts from, built as train builds it
  const trainer = new Trainer({
    train: setup.train,
    val: setup.val,
    hidden,
    activation: activation[0],
    initializer: init[0],
    batchSize,
    seed,
    optimizer: optimizers[0],
  });
  trainer.dispose();
  for (const spec of optimizers) defaultRegistry.resolve("optimizer", spec);
  const { lrRangeTest } = await import("../train/lr_find.ts");
  const { lrFindChart, lrFindPage, lrFindTable } = await import("./_lr_find.ts");
  io.out(`Data: ${setup.description}\n`);
  const sweeps = optimizers.map((optimizer) => ({
    optimizer,
    ...lrRangeTest({
      model: trainer.model,
      train: setup.train,
      optimizer,
      minLr,
      maxLr,
      steps,
      batchSize,
      seed,
    }),
  }));
  const outDir = v.out ?? defaultOut();
  await Deno.mkdir(outDir, { recursive: true }).catch((e) => {
    throw new RectifyError("io", `Cannot create output folder ${outDir}: ${(e as Error).message}`, {
      cause: e,
    });
  });
  const svg = await lrFindChart(sweeps);
  await writeFileAtomic(`${outDir}/lr-find.svg`, svg);
  await writeFileAtomic(
    `${outDir}/lr-find.html`,
    lrFindPage(svg, sweeps, {
      command: commandLine(["lr-find", ...args]),
      dataset: setup.description,
    }),
  );
  await writeFileAtomic(
    `${outDir}/lr-find.json`,
    JSON.stringify({ dataset: setup.description, minLr, maxLr, steps, sweeps }, null, 2) + "\n",
  );
  io.out(`\n${lrFindTable(sweeps)}\n\n`);
  io.out(
    `Plot: ${outDir}/lr-find.svg\nPage: ${outDir}/lr-find.html\nData: ${outDir}/lr-find.json\n`,
  );
  return 0;
}

/** Dispatch a command line. @internal */
export async function dispatch(args: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    io.out(MAIN_HELP);
    return command === undefined ? 2 : 0;
  }
  if (command === "train") return await trainCommand(rest, io);
  if (command === "compare") return await compareCommand(rest, io);
  if (command === "plot") return await plotCommand(rest, io);
  if (command === "merge") return await mergeCommand(rest, io);
  if (command === "list") return await listCommand(rest, io);
  if (command === "lr-find") return await lrFindCommand(rest, io);
  if (command === "predict") return await predictCommand(rest, io);
  if (command === "export") return await exportCommand(rest, io);
  throw usage(
    `unknown command "${command}"; expected train, compare, merge, lr-find, plot, list, predict or export (see --help)`,
  );
}
