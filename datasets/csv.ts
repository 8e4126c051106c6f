/**
 * CSV loading: a header row, numeric feature columns and one label column.
 * Every problem is a `RectifyError` with code `"csv"` naming the file, line
 * and column and what was expected.
 *
 * @module
 */

import { parse } from "csv-parse/sync";
import { RectifyError } from "../core/errors.ts";
import type { Dataset, Task } from "./dataset.ts";

/** Options of {@linkcode parseCsvDataset} and {@linkcode loadCsv}. */
export interface CsvOptions {
  /** Name of the label column (default `"label"`). */
  label?: string;
  /**
   * `"classification"` (labels are class indices 0..K-1 or text class names),
   * `"regression"` (labels are numbers), or `"auto"` (default): classification
   * when every label is a non-negative integer or any label is text.
   */
  task?: Task | "auto";
  /** File name used in messages and as the dataset name (default `"<csv>"`). */
  file?: string;
}

function csvError(file: string, line: number, column: number, what: string): RectifyError {
  return new RectifyError("csv", `${file}:${line}:${column}: ${what}`, {
    details: { file, line, column },
  });
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Largest float32 magnitude; beyond it a value would be stored as Infinity. */
const FLOAT32_MAX = 3.4028234663852886e38;
/** The largest class index a label may hold (at most 65536 classes). */
const MAX_CLASS_INDEX = 65535;

function overflows(v: number): boolean {
  return !(Math.abs(v) <= FLOAT32_MAX);
}

/**
 * Parse CSV text with a header row into a {@linkcode Dataset}. Feature cells
 * must be numbers; the label column may hold numbers or class names.
 *
 * @example Parsing a small table
 * ```ts
 * import { parseCsvDataset } from "@rectify/core/datasets";
 * const ds = parseCsvDataset("a,b,label\n1,2,0\n3,4,1\n", { file: "tiny.csv" });
 * console.log(ds.rows, ds.features, ds.classes); // 2 2 2
 * ```
 */
export function parseCsvDataset(text: string, options: CsvOptions = {}): Dataset {
  const file = options.file ?? "<csv>";
  const labelName = options.label ?? "label";
  const table = _parseCsvTable(text, { file, label: labelName });
  const { x, rows, features, featureNames, lineOf, headerLine, labelColumn: labelCol } = table;
  const rawLabels = table.labels!;
  const allNumeric = rawLabels.every((v) => NUMBER.test(v));
  let task = options.task ?? "auto";
  if (task === "auto") {
    task = !allNumeric || rawLabels.every((v) => Number.isInteger(Number(v)) && Number(v) >= 0)
      ? "classification"
      : "regression";
  }
  const y = new Float32Array(rows);
  if (task === "regression") {
    for (let r = 0; r < rows; r++) {
      if (!allNumeric || !NUMBER.test(rawLabels[r])) {
        throw csvError(
          file,
          lineOf[r],
          labelCol + 1,
          `expected a numeric target in column "${labelName}", got ${JSON.stringify(rawLabels[r])}`,
        );
      }
      y[r] = Number(rawLabels[r]);
      if (overflows(y[r])) {
        throw csvError(
          file,
          lineOf[r],
          labelCol + 1,
          `expected a target in float32 range (|x| <= 3.4e38) in column "${labelName}", got ${
            rawLabels[r]
          }`,
        );
      }
    }
    return {
      name: baseName(file),
      x,
      y,
      rows,
      features,
      targets: 1,
      task,
      classes: 0,
      featureNames,
    };
  }
  if (allNumeric) {
    let max = 0;
    for (let r = 0; r < rows; r++) {
      const v = Number(rawLabels[r]);
      if (!Number.isInteger(v) || v < 0 || v > MAX_CLASS_INDEX) {
        throw csvError(
          file,
          lineOf[r],
          labelCol + 1,
          `expected a class index (an integer in [0, ${MAX_CLASS_INDEX}]) in column "${labelName}", got ${
            rawLabels[r]
          }`,
        );
      }
      y[r] = v;
      if (v > max) max = v;
    }
    checkClasses(file, headerLine, labelCol, labelName, new Set(y).size, rawLabels[0]);
    return {
      name: baseName(file),
      x,
      y,
      rows,
      features,
      targets: 1,
      task,
      classes: max + 1,
      featureNames,
    };
  }
  const names = [...new Set(rawLabels)].sort();
  checkClasses(file, headerLine, labelCol, labelName, names.length, rawLabels[0]);
  const index = new Map(names.map((n, i) => [n, i]));
  for (let r = 0; r < rows; r++) y[r] = index.get(rawLabels[r])!;
  return {
    name: baseName(file),
    x,
    y,
    rows,
    features,
    targets: 1,
    task,
    classes: names.length,
    featureNames,
    labelNames: names,
  };
}

/** Refuse empty or duplicate column names: a later column would shadow an earlier one. */
function checkHeader(
  file: string,
  line: number,
  header: string[],
  labelName: string | null,
): void {
  const first = new Map<string, number>();
  header.forEach((name, c) => {
    if (name === "") {
      throw csvError(file, line, c + 1, `column ${c + 1} of the header has no name`);
    }
    const prev = first.get(name);
    if (prev !== undefined) {
      throw csvError(
        file,
        line,
        c + 1,
        name === labelName
          ? `the label column "${name}" appears twice in the header (columns ${prev + 1} and ${
            c + 1
          }); which one is the target would be a guess: rename one`
          : `duplicate column name "${name}" (columns ${prev + 1} and ${
            c + 1
          }); every column needs its own name`,
      );
    }
    first.set(name, c);
  });
}

/** A classification dataset needs at least two classes present. */
function checkClasses(
  file: string,
  line: number,
  labelCol: number,
  labelName: string,
  present: number,
  example: string,
): void {
  if (present >= 2) return;
  throw csvError(
    file,
    line,
    labelCol + 1,
    `every row has the same label ${
      JSON.stringify(example)
    } in column "${labelName}": a classification dataset needs at least two classes ` +
      `(training on one class reaches 100% accuracy without learning anything)`,
  );
}

function baseName(file: string): string {
  const b = file.split(/[\\/]/).pop() ?? file;
  return b.replace(/\.csv$/i, "");
}

/**
 * Read a CSV file (path or URL) and parse it with {@linkcode parseCsvDataset}.
 * A missing or unreadable file is a `RectifyError` with code `"io"`.
 *
 * @example Loading a file
 * ```ts ignore
 * import { loadCsv } from "@rectify/core/datasets";
 * const ds = await loadCsv("my_data.csv", { label: "species" });
 * console.log(ds.rows);
 * ```
 */
export async function loadCsv(path: string | URL, options: CsvOptions = {}): Promise<Dataset> {
  const file = options.file ?? (path instanceof URL ? path.pathname : path);
  const text = await readText(path, file);
  return parseCsvDataset(text, { ...options, file });
}

/** Read a local path, `file:` URL, or fetch any other URL. @internal */
export async function readText(path: string | URL, shown: string): Promise<string> {
  try {
    if (path instanceof URL && path.protocol !== "file:") {
      const res = await fetch(path);
      if (!res.ok) throw new Error(`HTTP ${res.status} ${res.statusText}`);
      return await res.text();
    }
    return await Deno.readTextFile(path);
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) {
      throw new RectifyError("io", `Cannot read ${shown}: no such file`, { cause: e });
    }
    throw new RectifyError("io", `Cannot read ${shown}: ${(e as Error).message}`, { cause: e });
  }
}

/** A parsed CSV table: numeric features and, when a label column is named, its raw cells. @internal */
export interface CsvTable {
  /** Features, `rows × features`. */
  x: Float32Array;
  /** Data rows. */
  rows: number;
  /** Feature columns. */
  features: number;
  /** Feature column names. */
  featureNames: string[];
  /** The label column's cells, or null without a label column. */
  labels: string[] | null;
  /** Index of the label column in the header (-1 without one). */
  labelColumn: number;
  /** The line each row ends on. */
  lineOf: number[];
  /** The line the header ends on. */
  headerLine: number;
}

/**
 * Parse the header and numeric feature columns; the label column (when
 * `label` is not null) must exist (unless `labelOptional`) and its cells are
 * kept as text. Every problem is a `RectifyError` with code `"csv"`. @internal
 */
export function _parseCsvTable(
  text: string,
  options: { file: string; label: string | null; labelOptional?: boolean },
): CsvTable {
  const { file } = options;
  let labelName = options.label;
  if (text.trim() === "") {
    throw csvError(file, 1, 1, "the file is empty; expected a header row and data rows");
  }
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      bom: true,
    }) as { record: string[]; info: { lines: number } }[];
  } catch (e) {
    const err = e as { lines?: number; column?: number | string; index?: number; message: string };
    const line = typeof err.lines === "number" ? err.lines : 1;
    const column = typeof err.index === "number" ? err.index + 1 : 1;
    throw csvError(file, line, column, `malformed CSV: ${err.message}`);
  }
  if (records.length === 0) {
    throw csvError(file, 1, 1, "the file is empty; expected a header row and data rows");
  }
  const header = records[0].record;
  const headerLine = records[0].info.lines;
  if (labelName !== null && options.labelOptional && !header.includes(labelName)) labelName = null;
  checkHeader(file, headerLine, header, labelName);
  const labelCol = labelName === null ? -1 : header.indexOf(labelName);
  if (labelName !== null && labelCol < 0) {
    throw csvError(
      file,
      headerLine,
      header.length + 1,
      `missing label column "${labelName}"; the header has ${header.length} columns: ${
        header.join(", ")
      } (choose one with --label)`,
    );
  }
  if (records.length === 1) {
    throw csvError(file, headerLine + 1, 1, "no data rows after the header");
  }
  if (header.length < (labelCol < 0 ? 1 : 2)) {
    throw csvError(file, headerLine, 1, "expected at least one feature column besides the label");
  }
  const rows = records.length - 1;
  const features = header.length - (labelCol < 0 ? 0 : 1);
  const x = new Float32Array(rows * features);
  const rawLabels: string[] = new Array(rows);
  const lineOf: number[] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const { record, info } = records[r + 1];
    // info.lines is the line the record ends on; records here are one line each unless quoted.
    const line = info.lines;
    lineOf[r] = line;
    if (record.length !== header.length) {
      throw csvError(
        file,
        line,
        Math.min(record.length, header.length) + 1,
        `ragged row: expected ${header.length} fields like the header, got ${record.length}`,
      );
    }
    let f = 0;
    for (let c = 0; c < record.length; c++) {
      const cell = record[c];
      if (c === labelCol) {
        if (cell === "") {
          throw csvError(
            file,
            line,
            c + 1,
            `expected a label in column "${header[c]}", got an empty cell`,
          );
        }
        rawLabels[r] = cell;
        continue;
      }
      if (!NUMBER.test(cell)) {
        throw csvError(
          file,
          line,
          c + 1,
          `expected a number in column "${header[c]}", got ${JSON.stringify(cell)}`,
        );
      }
      const v = Number(cell);
      if (overflows(v)) {
        throw csvError(
          file,
          line,
          c + 1,
          `expected a number in float32 range (|x| <= 3.4e38) in column "${
            header[c]
          }", got ${cell}`,
        );
      }
      x[r * features + f++] = v;
    }
  }
  const featureNames = header.filter((_, c) => c !== labelCol);
  return {
    x,
    rows,
    features,
    featureNames,
    labels: labelCol < 0 ? null : rawLabels,
    labelColumn: labelCol,
    lineOf,
    headerLine,
  };
}
