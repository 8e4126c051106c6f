import assert from "node:assert/strict";
import { RectifyError, Rng } from "../../mod.ts";
import { type Dataset, parseCsvDataset } from "../../datasets/mod.ts";
import { mutateText, numberText, pick } from "./_fuzz.ts";
import { type BadCase, report, runMatrix } from "./_matrix.ts";

const BASE = [
  "sepal_length,sepal_width,petal_length,petal_width,label",
  "5.1,3.5,1.4,0.2,0",
  "4.9,3.0,1.4,0.2,0",
  "7.0,3.2,4.7,1.4,1",
  "6.4,3.2,4.5,1.5,1",
  "6.3,3.3,6.0,2.5,2",
  "5.8,2.7,5.1,1.9,2",
];
const TEXT_LABELS = ["a,b,label", "1,2,cat", "3,4,dog", "5,6,cat", "-1.5,2e3,bird"];
const REGRESSION = ["x1,x2,label", "0.5,1,0.25", "1.5,-2,3.75", "2,0,-1.5"];

/** Properties every accepted CSV must have. */
function checkDataset(ds: Dataset, text: string): string | null {
  if (!(ds.rows >= 1 && ds.features >= 1)) return `rows ${ds.rows}, features ${ds.features}`;
  if (ds.x.length !== ds.rows * ds.features) return `x has ${ds.x.length} values`;
  if (ds.y.length !== ds.rows * ds.targets) return `y has ${ds.y.length} values`;
  for (const v of ds.x) if (!Number.isFinite(v)) return `feature value ${v} accepted`;
  for (const v of ds.y) if (!Number.isFinite(v)) return `label value ${v} accepted`;
  if (ds.task === "classification") {
    if (!(Number.isInteger(ds.classes) && ds.classes >= 1 && ds.classes <= 100000)) {
      return `class count ${ds.classes} accepted`;
    }
    for (const v of ds.y) {
      if (!Number.isInteger(v) || v < 0 || v >= ds.classes) return `label ${v} of ${ds.classes}`;
    }
  }
  void text;
  return null;
}

type Mutation = (rng: Rng, lines: string[][]) => void;

const cell = (rng: Rng, lines: string[][]): [number, number] => {
  if (lines.length < 2) lines.push(["1", "2"]);
  const r = 1 + rng.int(lines.length - 1);
  if (lines[r].length === 0) lines[r].push("0");
  return [r, rng.int(lines[r].length)];
};

/** Structured mutations: each names a way users' files go wrong. */
const MUTATIONS: Record<string, Mutation> = {
  "drop cell": (rng, l) => {
    const [r, c] = cell(rng, l);
    l[r].splice(c, 1);
  },
  "duplicate cell": (rng, l) => {
    const [r, c] = cell(rng, l);
    l[r].splice(c, 0, l[r][c]);
  },
  "empty cell": (rng, l) => {
    const [r, c] = cell(rng, l);
    l[r][c] = "";
  },
  "NaN/Inf text": (rng, l) => {
    const [r, c] = cell(rng, l);
    l[r][c] = pick(rng, ["NaN", "nan", "Infinity", "-Infinity", "inf", "-inf", "null", "NA"]);
  },
  "huge number": (rng, l) => {
    const [r, c] = cell(rng, l);
    l[r][c] = pick(rng, ["1e39", "-1e39", "1e999", "3.5e38", "1e308", "9".repeat(60), "1e-50"]);
  },
  "random number text": (rng, l) => {
    const [r, c] = cell(rng, l);
    l[r][c] = numberText(rng);
  },
  "stray quote": (rng, l) => {
    const [r, c] = cell(rng, l);
    const s = l[r][c];
    const at = rng.int(s.length + 1);
    l[r][c] = s.slice(0, at) + '"' + s.slice(at);
  },
  "quoted cell": (rng, l) => {
    const [r, c] = cell(rng, l);
    l[r][c] = `"${l[r][c]}"`;
  },
  "quoted comma": (rng, l) => {
    const [r, c] = cell(rng, l);
    l[r][c] = `"${l[r][c]},1"`;
  },
  "extra column": (rng, l) => {
    const [r] = cell(rng, l);
    l[r].push(numberText(rng));
  },
  "header column dropped": (rng, l) => {
    l[0].splice(rng.int(l[0].length), 1);
  },
  "label renamed": (_rng, l) => {
    const i = l[0].indexOf("label");
    if (i >= 0) l[0][i] = "Label";
  },
  "duplicate header name": (rng, l) => {
    l[0][rng.int(l[0].length)] = l[0][0];
  },
  "label out of range": (rng, l) => {
    const i = l[0].indexOf("label");
    const [r] = cell(rng, l);
    if (i >= 0 && i < l[r].length) l[r][i] = pick(rng, ["-1", "1.5", "1e30", "4294967296", "-0"]);
  },
  "only header": (_rng, l) => {
    l.length = 1;
  },
  "tiny value": (rng, l) => {
    const [r, c] = cell(rng, l);
    l[r][c] = pick(rng, ["1e-46", "-1e-46", "5e-324"]);
  },
};

function render(rng: Rng, lines: string[][]): string {
  const eol = pick(rng, ["\n", "\n", "\r\n", "\r"]);
  const rows = lines.map((r) => r.join(","));
  if (rng.int(4) === 0) rows.splice(rng.int(rows.length + 1), 0, pick(rng, ["", " ", ",,,,"]));
  let s = rows.join(eol) + (rng.int(2) ? eol : "");
  if (rng.int(6) === 0) s = "\ufeff" + s;
  return s;
}

Deno.test("parseCsvDataset: structured mutations give a valid dataset or a csv error with file:line:column", () => {
  const rng = new Rng(9001);
  const names = Object.keys(MUTATIONS);
  const N = 4000;
  let rejected = 0;
  const misses: string[] = [];
  const perKind = new Map<string, number>();
  for (let i = 0; i < N; i++) {
    const base = pick(rng, [BASE, BASE, TEXT_LABELS, REGRESSION]).map((l) => l.split(","));
    const applied: string[] = [];
    for (let k = 0; k < 1 + rng.int(3); k++) {
      const m = pick(rng, names);
      applied.push(m);
      MUTATIONS[m](rng, base);
    }
    const text = render(rng, base);
    try {
      const ds = parseCsvDataset(text, { file: "fuzz.csv" });
      const p = checkDataset(ds, text);
      if (p) misses.push(`[${applied}] accepted with ${p}: ${JSON.stringify(text)}`);
    } catch (e) {
      if (
        e instanceof RectifyError && e.code === "csv" && /^fuzz\.csv:\d+:\d+: /.test(e.message)
      ) {
        rejected++;
        for (const m of applied) perKind.set(m, (perKind.get(m) ?? 0) + 1);
      } else {
        misses.push(
          `[${applied}] threw ${(e as Error)?.constructor?.name}: ${(e as Error).message}`,
        );
      }
    }
  }
  report("CSV input (structured mutations)", rejected + misses.length, rejected);
  assert.deepEqual(misses.slice(0, 6), [], `${misses.length} misses`);
  assert.ok(rejected > N / 4, `only ${rejected} rejected`);
});

Deno.test("parseCsvDataset: random byte-level mutations never escape as anything but a csv error", () => {
  const rng = new Rng(9002);
  const N = 4000;
  let rejected = 0;
  const misses: string[] = [];
  const seeds = [BASE.join("\n"), TEXT_LABELS.join("\r\n"), REGRESSION.join("\n") + "\n"];
  for (let i = 0; i < N; i++) {
    let text = pick(rng, seeds);
    const rounds = 1 + rng.int(6);
    for (let k = 0; k < rounds; k++) text = mutateText(rng, text);
    if (rng.int(10) === 0) {
      // raw bytes decoded as text, as a binary file would be
      const bytes = new Uint8Array(1 + rng.int(64));
      for (let j = 0; j < bytes.length; j++) bytes[j] = rng.int(256);
      text = new TextDecoder().decode(bytes);
    }
    try {
      const ds = parseCsvDataset(text, { file: "bytes.csv" });
      const p = checkDataset(ds, text);
      if (p) misses.push(`accepted with ${p}: ${JSON.stringify(text)}`);
    } catch (e) {
      if (
        e instanceof RectifyError && e.code === "csv" && /^bytes\.csv:\d+:\d+: /.test(e.message)
      ) {
        rejected++;
      } else {
        misses.push(
          `threw ${(e as Error)?.constructor?.name}: ${(e as Error).message}: ${
            JSON.stringify(text)
          }`,
        );
      }
    }
  }
  report("CSV input (byte-level mutations)", rejected + misses.length, rejected);
  assert.deepEqual(misses.slice(0, 6), [], `${misses.length} misses`);
});

Deno.test("parseCsvDataset: hand-written bad files name the line, column and what was expected", async () => {
  const f = (text: string, label?: string, task?: "classification") => () =>
    parseCsvDataset(text, {
      file: "bad.csv",
      ...(label ? { label } : {}),
      ...(task ? { task } : {}),
    });
  const cases: BadCase[] = [
    { name: "empty file", run: f(""), code: "csv", match: /^bad\.csv:1:1: .*empty/ },
    { name: "only whitespace", run: f(" \n\n "), code: "csv", match: /empty/ },
    { name: "only a BOM", run: f("\ufeff"), code: "csv" },
    { name: "only header", run: f("a,label\n"), code: "csv", match: /no data rows/ },
    {
      name: "missing label column",
      run: f("a,b\n1,2\n"),
      code: "csv",
      match: /missing label column "label"/,
    },
    { name: "--label typo", run: f("a,kind\n1,2\n", "knid"), code: "csv", match: /"knid"/ },
    {
      name: "ragged short row",
      run: f("a,b,label\n1,2,0\n1,0\n"),
      code: "csv",
      match: /^bad\.csv:3:\d+: ragged row: expected 3/,
    },
    {
      name: "ragged long row",
      run: f("a,b,label\n1,2,0,9\n"),
      code: "csv",
      match: /^bad\.csv:2:\d+: ragged/,
    },
    {
      name: "non-numeric cell",
      run: f("a,b,label\n1,2,0\n1,x,0\n"),
      code: "csv",
      match: /^bad\.csv:3:2: expected a number in column "b", got "x"/,
    },
    {
      name: "NaN cell",
      run: f("a,label\nNaN,0\n"),
      code: "csv",
      match: /^bad\.csv:2:1: expected a number/,
    },
    {
      name: "Infinity cell",
      run: f("a,label\nInfinity,0\n"),
      code: "csv",
      match: /^bad\.csv:2:1:/,
    },
    {
      name: "overflowing cell 1e39",
      run: f("a,label\n1e39,0\n"),
      code: "csv",
      match: /^bad\.csv:2:1:.*1e39/,
    },
    {
      name: "overflowing cell 1e999",
      run: f("a,label\n1,0\n1e999,1\n"),
      code: "csv",
      match: /^bad\.csv:3:1:/,
    },
    { name: "empty feature cell", run: f("a,label\n,0\n"), code: "csv", match: /^bad\.csv:2:1:/ },
    {
      name: "empty label",
      run: f("a,label\n1,\n"),
      code: "csv",
      match: /^bad\.csv:2:2: expected a label/,
    },
    {
      name: "unclosed quote",
      run: f('a,label\n"1,0\n'),
      code: "csv",
      match: /^bad\.csv:\d+:\d+: malformed CSV/,
    },
    {
      name: "quote inside field",
      run: f('a,label\n1"2,0\n'),
      code: "csv",
      match: /^bad\.csv:2:\d+:/,
    },
    {
      name: "negative class index",
      run: f("a,label\n1,0\n2,-1\n", undefined, "classification"),
      code: "csv",
      match: /^bad\.csv:3:2:/,
    },
    {
      name: "huge class index",
      run: f("a,label\n1,0\n2,1e30\n"),
      code: "csv",
      match: /^bad\.csv:3:2:/,
    },
    {
      name: "overflowing regression target",
      run: f("a,label\n1,0.5\n2,1e39\n"),
      code: "csv",
      match: /^bad\.csv:3:2:/,
    },
    { name: "header only label", run: f("label\n1\n"), code: "csv", match: /feature column/ },
    {
      name: "CRLF ragged row",
      run: f("a,b,label\r\n1,2,0\r\n1,0\r\n"),
      code: "csv",
      match: /^bad\.csv:3:/,
    },
    {
      name: "BOM + ragged row",
      run: f("\ufeffa,b,label\n1,2,0\n1,0\n"),
      code: "csv",
      match: /^bad\.csv:3:/,
    },
    {
      name: "blank lines then ragged",
      run: f("a,b,label\n\n1,2,0\n\n1\n"),
      code: "csv",
      match: /^bad\.csv:5:/,
    },
    { name: "binary garbage", run: f("\u0000\u0001\u0002,\u0003\n\u0004"), code: "csv" },
  ];
  await runMatrix("CSV input (hand-written bad files)", cases);
});
