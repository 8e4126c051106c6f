/**
 * `compare --grid grid.json`: the whole grid from a file, validated with
 * errors naming the file, the key and what was expected. @internal
 *
 * @module
 */

import { RectifyError } from "../core/errors.ts";
import { closestNames } from "../core/spec.ts";
import { readText } from "../datasets/csv.ts";

/** One dataset of a grid file: a built-in or generated name, or a CSV file. @internal */
export type GridFileDataset = { dataset: string } | { data: string; label?: string };

/** A parsed grid file (lists already checked for shape, specs not yet resolved). @internal */
export interface GridFile {
  datasets: GridFileDataset[];
  valSplit?: number;
  standardize?: boolean;
  dataSeed?: number;
  architectures?: (number[] | string)[];
  activations?: string[];
  optimizers?: string[];
  initializers?: string[];
  schedules?: (string | null)[];
  seeds?: number[];
  epochs?: number;
  batchSize?: number;
  loss?: "auto" | "crossEntropy" | "mse";
  onNan?: "stop" | "skip";
  target?: number;
}

/** The keys a grid file may hold, with what each expects. @internal */
export const GRID_FILE_KEYS: Record<keyof GridFile, string> = {
  datasets:
    'a non-empty list of dataset names ("digits") or CSV files ({"data": "file.csv", "label": "label"})',
  valSplit: "a number in [0, 1)",
  standardize: "true or false",
  dataSeed: "an integer >= 0 (the validation split and generated data; default: the first seed)",
  architectures:
    'a non-empty list of hidden-width lists (MLPs) or --arch strings (CNNs, on image data), e.g. [[64, 32], [128]] or ["conv:8x3,act,pool:2,gap", "conv:16x3,act,gap"]',
  activations: 'a non-empty list of activation specs, e.g. ["relu", "leakyRelu:alpha=[0.01,0.2]"]',
  optimizers: 'a non-empty list of optimizer specs, e.g. ["adam:lr=[1e-4,1e-3,1e-2]"]',
  initializers: 'a non-empty list of initializer specs, e.g. ["glorotUniform", "heNormal"]',
  schedules: 'a non-empty list of schedule specs or null for none, e.g. [null, "cosine:tMax=10"]',
  seeds: "a non-empty list of distinct integers >= 0",
  epochs: "an integer >= 0",
  batchSize: "an integer >= 1",
  loss: '"auto", "crossEntropy" or "mse"',
  onNan: '"stop" or "skip"',
  target: "a number in (0, 1]",
};

/** Parse and check a grid file's text. @internal */
export function parseGridFile(text: string, shown: string): GridFile {
  const fail = (why: string): never => {
    throw new RectifyError("usage", `--grid ${shown}: ${why}`);
  };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return fail(`not valid JSON (${(e as Error).message})`);
  }
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    return fail(`expected a JSON object with keys such as "datasets" and "activations"`);
  }
  const obj = raw as Record<string, unknown>;
  const keys = Object.keys(GRID_FILE_KEYS);
  for (const k of Object.keys(obj)) {
    if (!keys.includes(k)) {
      fail(
        `unknown key "${k}"; did you mean ${
          closestNames(k, keys, 2).map((c) => `"${c}"`).join(" or ")
        }? (keys: ${keys.join(", ")})`,
      );
    }
  }
  const bad = (key: keyof GridFile): never =>
    fail(`"${key}" must be ${GRID_FILE_KEYS[key]}, got ${JSON.stringify(obj[key])}`);
  const nonEmpty = <T>(key: keyof GridFile, ok: (v: unknown) => boolean): T[] | undefined => {
    const v = obj[key];
    if (v === undefined) return undefined;
    if (!Array.isArray(v) || v.length === 0 || !v.every(ok)) bad(key);
    return v as T[];
  };
  const isInt = (v: unknown, min: number) =>
    typeof v === "number" && Number.isSafeInteger(v) && v >= min;
  const isSpec = (v: unknown) => typeof v === "string" && v.trim() !== "";
  const out: GridFile = { datasets: [] };
  if (obj.datasets === undefined) fail(`"datasets" is required: ${GRID_FILE_KEYS.datasets}`);
  out.datasets = nonEmpty<string | { data: string; label?: string }>("datasets", (d) =>
    isSpec(d) ||
    (d !== null && typeof d === "object" && !Array.isArray(d) &&
      typeof (d as { data?: unknown }).data === "string" &&
      Object.keys(d).every((k) => k === "data" || k === "label") &&
      ((d as { label?: unknown }).label === undefined ||
        typeof (d as { label?: unknown }).label === "string")))!.map((d) =>
      typeof d === "string" ? { dataset: d } : d
    );
  if (obj.valSplit !== undefined) {
    const v = obj.valSplit;
    if (typeof v !== "number" || !(v >= 0 && v < 1)) bad("valSplit");
    out.valSplit = v as number;
  }
  if (obj.standardize !== undefined) {
    if (typeof obj.standardize !== "boolean") bad("standardize");
    out.standardize = obj.standardize as boolean;
  }
  if (obj.dataSeed !== undefined) {
    if (!isInt(obj.dataSeed, 0)) bad("dataSeed");
    out.dataSeed = obj.dataSeed as number;
  }
  out.architectures = nonEmpty<number[] | string>(
    "architectures",
    (a) => isSpec(a) || (Array.isArray(a) && a.every((w) => isInt(w, 1))),
  );
  out.activations = nonEmpty<string>("activations", isSpec);
  out.optimizers = nonEmpty<string>("optimizers", isSpec);
  out.initializers = nonEmpty<string>("initializers", isSpec);
  out.schedules = nonEmpty<string | null>("schedules", (s) => s === null || isSpec(s));
  out.seeds = nonEmpty<number>("seeds", (s) => isInt(s, 0));
  if (out.seeds && new Set(out.seeds).size !== out.seeds.length) bad("seeds");
  if (obj.epochs !== undefined) {
    if (!isInt(obj.epochs, 0)) bad("epochs");
    out.epochs = obj.epochs as number;
  }
  if (obj.batchSize !== undefined) {
    if (!isInt(obj.batchSize, 1)) bad("batchSize");
    out.batchSize = obj.batchSize as number;
  }
  if (obj.loss !== undefined) {
    if (!["auto", "crossEntropy", "mse"].includes(obj.loss as string)) bad("loss");
    out.loss = obj.loss as GridFile["loss"];
  }
  if (obj.onNan !== undefined) {
    if (obj.onNan !== "stop" && obj.onNan !== "skip") bad("onNan");
    out.onNan = obj.onNan as "stop" | "skip";
  }
  if (obj.target !== undefined) {
    const v = obj.target;
    if (typeof v !== "number" || !(v > 0 && v <= 1)) bad("target");
    out.target = v as number;
  }
  for (const k of Object.keys(out) as (keyof GridFile)[]) if (out[k] === undefined) delete out[k];
  return out;
}

/** Read and parse a grid file. @internal */
export async function readGridFile(path: string): Promise<GridFile> {
  return parseGridFile(await readText(path, path), path);
}
