/**
 * The CLI commands: argument parsing, validation before any output, the run
 * loop, and the outputs. @internal
 *
 * @module
 */

import { parseArgs } from "node:util";
import { RectifyError } from "../core/errors.ts";
import { defaultRegistry } from "../core/registry.ts";
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
import { type LossName, Trainer, writeFileAtomic } from "../train/trainer.ts";
import { type ArchLayer, parseArch } from "../train/arch.ts";
import { checkWritableTarget } from "../train/_files.ts";
import { metricsColumns, MetricsCsv, type RunKey } from "./_metrics_csv.ts";
import { Progress, wantsBar } from "./_progress.ts";
import { formatTable, rankRuns, type RunRecord } from "./_summary.ts";
import {
  COMPARE_HELP,
  LIST_HELP,
  LR_FIND_HELP,
  MAIN_HELP,
  PLOT_HELP,
  TRAIN_HELP,
} from "./_help.ts";
import { suggestFlag } from "./_suggest.ts";
import { formatPluginList, kindOf, pluginRecords } from "./_list.ts";
import { PLUGIN_KINDS } from "../core/plugin.ts";
import {
  exportCommand,
  type ModelInfo,
  modelInfo,
  predictCommand,
  saveRunModel,
} from "./_models.ts";

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
  model: ModelInfo;
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
function checkArchSize(trainer: Trainer, archText: string): void {
  const count = trainer.model.parameters().reduce((n, p) => n + p.size, 0);
  if (count > MAX_PARAMETERS) {
    throw usage(
      `--arch ${archText} makes a model of ${count.toLocaleString("en-US")} parameters; ` +
        `the CLI trains models of at most ${MAX_PARAMETERS.toLocaleString("en-US")} ` +
        `(checkpoints and reports hold every weight as text): use fewer channels or pool earlier`,
    );
  }
}

/** The files a run writes into --out; an --overwrite (or a --resume) replaces exactly these. */
const RUN_OUTPUTS = ["metrics.csv", "summary.json", "report.html", "model.safetensors"] as const;

/** compare's model files, one per run. */
const RUN_MODEL = /^model-r\d+\.safetensors$/;

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
      const shown = entries.slice(0, 4).join(", ") + (entries.length > 4 ? ", ..." : "");
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

interface Plan {
  key: RunKey;
  trainer: Trainer;
}

/** Exit status after a stop signal, as a shell reports it (128 + signal number). */
const SIGNAL_EXIT: Record<string, number> = { SIGINT: 130, SIGTERM: 143 };

/**
 * Listen for SIGINT/SIGTERM while training: the first asks the run loop to
 * stop after the current epoch (whose checkpoint and metrics row are written
 * whole); a second one exits at once. Checkpoints are written atomically, so
 * either way the last one on disk is complete.
 */
function listenForStop(io: CliIO): { signal: string | null; dispose(): void } {
  const state = { signal: null as string | null, dispose: () => {} };
  const signals: Deno.Signal[] = Deno.build.os === "windows" ? ["SIGINT"] : ["SIGINT", "SIGTERM"];
  const handlers: [Deno.Signal, () => void][] = [];
  for (const sig of signals) {
    const handler = () => {
      if (state.signal !== null) Deno.exit(SIGNAL_EXIT[sig]);
      state.signal = sig;
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

async function runPlans(
  plans: Plan[],
  setup: DataSetup,
  outDir: string,
  io: CliIO,
  options: {
    command: string;
    target: number;
    failFast: boolean;
    resumed?: boolean;
    checkpoint?: string | null;
    verbose?: boolean;
    /** Model file name of a run, inside the output folder. */
    modelFile: (key: RunKey) => string;
  },
): Promise<{ runs: RunRecord[]; exit: number }> {
  const t0 = performance.now();
  const first = plans[0].trainer;
  const csvPath = `${outDir}/metrics.csv`;
  const csv = await MetricsCsv.create(
    csvPath,
    metricsColumns(
      first.activationLayers.length,
      first.denseLayers.length,
      first.config.loss === "crossEntropy",
      plans.some((p) => p.key.gradient !== undefined),
    ),
  );
  const progress = new Progress({
    tty: wantsBar(),
    write: io.out,
    runs: plans.length,
    verbose: options.verbose ?? false,
  });
  const runs: RunRecord[] = [];
  const stop = listenForStop(io);
  try {
    for (const { key, trainer } of plans) {
      for (const m of trainer.history) await csv.append(key, m);
      const label = `${key.activation} / ${key.optimizer}${
        key.init === "glorotUniform" ? "" : ` / ${key.init}`
      }${key.gradient ? ` / ${key.gradient}` : ""} / seed ${key.seed}`;
      progress.start(label, trainer.epochs, trainer.epoch);
      const r0 = performance.now();
      let failure: string | null = null;
      const onEpoch = async (m: Parameters<typeof csv.append>[1]) => {
        await csv.append(key, m);
        progress.epoch(m);
      };
      try {
        while (!trainer.done && stop.signal === null) {
          const m = await trainer.step();
          await onEpoch(m);
        }
      } catch (e) {
        if (e instanceof RectifyError && e.code === "numeric" && !options.failFast) {
          failure = e.message;
        } else {
          progress.end(`failed`);
          throw e;
        }
      }
      if (stop.signal !== null && !trainer.done) {
        progress.end(`interrupted by ${stop.signal} after epoch ${trainer.epoch}`);
        break;
      }
      const last = trainer.history.at(-1);
      const note = failure
        ? `diverged — ${failure}`
        : last
        ? `done in ${((performance.now() - r0) / 1000).toFixed(1)}s, train_loss ${
          last.trainLoss.toFixed(4)
        }${last.valLoss !== null ? `, val_loss ${last.valLoss.toFixed(4)}` : ""}${
          last.valAccuracy !== null ? `, val_acc ${(last.valAccuracy * 100).toFixed(2)}%` : ""
        }${last.valRmse !== null ? `, val_rmse ${last.valRmse.toPrecision(4)}` : ""}${
          last.valR2 !== null ? `, val_r2 ${last.valR2.toFixed(3)}` : ""
        }${skippedNote(trainer.history)}${trainer.stopped ? `; ${trainer.stopped}` : ""}`
        : "no epochs";
      progress.end(note);
      if (failure === null && last) {
        await saveRunModel(trainer, setup.model, `${outDir}/${options.modelFile(key)}`);
      }
      const classification = trainer.config.loss === "crossEntropy";
      runs.push({
        ...key,
        history: [...trainer.history],
        seconds: (performance.now() - r0) / 1000,
        failure,
        task: classification ? "classification" : "regression",
        confusion: classification && setup.val && !failure && last
          ? trainer.evaluate(setup.val).confusion
          : null,
      });
      trainer.dispose();
    }
  } finally {
    csv.close();
    stop.dispose();
  }
  if (stop.signal !== null) {
    const done = plans.filter((p) => p.trainer.done).length;
    io.err(
      `Interrupted by ${stop.signal}: ${csvPath} holds every finished epoch (${done} of ${plans.length} runs complete); no report was written.${
        options.checkpoint
          ? ` The checkpoint ${options.checkpoint} is complete: continue with --resume ${options.checkpoint}.`
          : ""
      }\n`,
    );
    return { runs, exit: SIGNAL_EXIT[stop.signal] ?? 1 };
  }
  const table = rankRuns(runs, options.target);
  const seconds = (performance.now() - t0) / 1000;
  const created = new Date().toISOString();
  const summary = {
    command: options.command,
    created,
    dataset: setup.description,
    seconds,
    target: options.target,
    columns: csv.columns,
    best: table[0] ?? null,
    table,
    runs: runs.map((r) => ({
      run: r.run,
      activation: r.activation,
      optimizer: r.optimizer,
      init: r.init,
      ...(r.gradient ? { gradient: r.gradient } : {}),
      seed: r.seed,
      epochs: r.history.length,
      seconds: r.seconds,
      failure: r.failure,
      final: r.history.at(-1) ?? null,
      confusion: r.confusion,
    })),
  };
  // imported here: the charting library takes a second to load, which every error path skips
  const { renderReport } = await import("./_report.ts");
  const html = await renderReport(runs, table, {
    command: options.command,
    dataset: setup.description,
    target: options.target,
    created,
    seconds,
    classNames: setup.train.labelNames,
  });
  await writeFileAtomic(`${outDir}/summary.json`, JSON.stringify(summary, null, 2) + "\n");
  await writeFileAtomic(`${outDir}/report.html`, html);
  io.out(`\n${formatTable(table, options.target)}\n\n`);
  const models = plans.length > 1
    ? `Models:  ${outDir}/model-rNN.safetensors (one per run)`
    : `Model:   ${outDir}/${options.modelFile(plans[0].key)}`;
  io.out(
    `Metrics: ${csvPath}\nSummary: ${outDir}/summary.json\nReport:  ${outDir}/report.html\n${models}\n`,
  );
  return { runs, exit: 0 };
}

function skippedNote(history: readonly { skippedSteps?: number }[]): string {
  const n = history.reduce((sum, m) => sum + (m.skippedSteps ?? 0), 0);
  return n > 0 ? `, ${n} step${n > 1 ? "s" : ""} skipped (NaN/Inf, --on-nan skip)` : "";
}

/** The activation column of a run: the spec, or "fixed" when the architecture names its own. */
function slotLabel(arch: readonly ArchLayer[] | null, activation: string): string {
  return arch === null || arch.some((l) => l.type === "act") ? activation : "fixed";
}

/** "Model: ..." with the parameter count, for an architecture. */
function modelLine(trainer: Trainer | undefined, archText: string | null): string {
  if (archText === null || trainer === undefined) return "";
  const params = trainer.model.parameters().reduce((n, p) => n + p.size, 0);
  return `Model: --arch ${archText} (${params} parameters)\n`;
}

function commandLine(args: string[]): string {
  return [
    "rectify",
    ...args.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replaceAll("'", "'\\''")}'`)),
  ]
    .join(" ");
}

/** `train`. @internal */
export async function trainCommand(args: string[], io: CliIO): Promise<number> {
  const v = parse("train", args, TRAIN_OPTIONS);
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
  if (arch !== null) checkArchSize(trainer, archText!);
  const outDir = v.out ?? defaultOut();
  await prepareOut(outDir, {
    replace: v.overwrite === true || v.resume !== undefined,
    flag: "--overwrite",
  });
  if (v.resume) io.out(`Resuming from ${v.resume} after epoch ${trainer.epoch}\n`);
  const key: RunKey = {
    run: "r01",
    activation: slotLabel(arch, activation),
    optimizer,
    init,
    seed,
  };
  if (gradients.length > 0) key.gradient = gradients.join(",");
  io.out(`Data: ${setup.description}\n${modelLine(trainer, archText)}`);
  const { exit } = await runPlans([{ key, trainer }], setup, outDir, io, {
    command: commandLine(["train", ...args]),
    target: 0.9,
    failFast: true,
    checkpoint,
    verbose: v.verbose,
    modelFile: () => "model.safetensors",
  });
  if (exit === 0 && v["save-best"] !== undefined && trainer.best) {
    io.out(
      `Best:    ${v["save-best"]} (epoch ${trainer.best.epoch}, val_loss ${
        trainer.best.valLoss.toFixed(4)
      })\n`,
    );
  }
  return exit;
}

/** `compare`. @internal */
export async function compareCommand(args: string[], io: CliIO): Promise<number> {
  const v = parse("compare", args, COMPARE_OPTIONS);
  if (v.help) {
    io.out(COMPARE_HELP);
    return 0;
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
  const gradientAxis = v.gradient === undefined ? [[]] : gradientFlags(v.gradient);
  const earlyStopping = earlyStoppingOf(v);
  await loadPlugins(v.plugin, v["plugin-timeout"], io);
  const arch = archOf(archText, v.activation);
  const setup = await loadData(v, seed, hidden);
  checkImages(arch, setup);
  if (arch === null) checkModelSize(setup, hidden, loss);
  needsValidation(setup, earlyStopping ? ["--patience"] : []);
  // Build every run before writing anything: a bad spec fails here, leaving no output.
  const plans: Plan[] = [];
  for (const activation of activations) {
    for (const optimizer of optimizers) {
      for (const init of inits) {
        for (const gradients of gradientAxis) {
          for (let r = 0; r < repeats; r++) {
            const runSeed = seed + r;
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
              seed: runSeed,
              onNan,
              gradients,
              earlyStopping,
              preprocessing: setup.preprocessing,
            });
            const run = `r${String(plans.length + 1).padStart(2, "0")}`;
            const key: RunKey = {
              run,
              activation: slotLabel(arch, activation),
              optimizer,
              init,
              seed: runSeed,
            };
            if (v.gradient !== undefined) key.gradient = gradients.join(",") || "none";
            plans.push({ key, trainer });
          }
        }
      }
    }
  }
  if (arch !== null) checkArchSize(plans[0].trainer, archText!);
  const outDir = v.out ?? defaultOut();
  await prepareOut(outDir, { replace: v.overwrite === true, flag: "--overwrite" });
  io.out(
    `Data: ${setup.description}\n${
      modelLine(plans[0].trainer, archText)
    }${plans.length} runs: ${activations.length} activations × ${optimizers.length} optimizers × ${inits.length} initializers${
      v.gradient === undefined ? "" : ` × ${gradientAxis.length} gradient settings`
    } × ${repeats} seeds, ${epochs} epochs each\n`,
  );
  const { exit } = await runPlans(plans, setup, outDir, io, {
    command: commandLine(["compare", ...args]),
    target,
    failFast: false,
    verbose: v.verbose,
    modelFile: (key) => `model-${key.run}.safetensors`,
  });
  return exit;
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
  if (command === "list") return await listCommand(rest, io);
  if (command === "lr-find") return await lrFindCommand(rest, io);
  if (command === "predict") return await predictCommand(rest, io);
  if (command === "export") return await exportCommand(rest, io);
  throw usage(
    `unknown command "${command}"; expected train, compare, lr-find, plot, list, predict or export (see --help)`,
  );
}
