import assert from "node:assert/strict";
import { exists, runCli } from "../cli/_run.ts";
import { BROKEN_MODULES, writeModules } from "./_plugins.ts";
import { report } from "./_matrix.ts";
import { tempDir } from "../_temp.ts";

interface CliCase {
  name: string;
  args: string[];
  /** Expected exit status: 2 usage, 1 failure. */
  code: 1 | 2;
  match: RegExp;
  /** Files that must be byte-identical afterwards. */
  untouched?: string[];
}

/** Run at most `n` at a time (each is a subprocess). */
async function pool<T, R>(items: T[], n: number, f: (x: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: n }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await f(items[i]);
    }
  }));
  return out;
}

Deno.test("cli: every bad invocation exits 2 (usage) or 1 (failure) with a one-line error, no stack, no output", async () => {
  await using tmp = await tempDir();
  const dir = tmp.path;
  const mods = await writeModules(dir);
  const csv = async (name: string, text: string) => {
    await Deno.writeTextFile(`${dir}/${name}`, text);
    return `${dir}/${name}`;
  };
  const xor = ["--dataset", "xor", "--layers", "4", "--epochs", "2"];
  // a real checkpoint, then broken copies of it
  const good = `${dir}/good.json`;
  const made = await runCli(["train", ...xor, "--checkpoint", good, "--out", `${dir}/made`]);
  assert.equal(made.code, 0, made.stderr);
  const text = await Deno.readTextFile(good);
  const truncated = await csv("truncated.json", text.slice(0, Math.floor(text.length * 0.6)));
  const at = text.indexOf('"data":[') + /\d\d\d/.exec(text.slice(text.indexOf('"data":[')))!.index +
    1;
  const flipped = await csv(
    "flipped.json",
    text.slice(0, at) + String((Number(text[at]) + 1) % 10) + text.slice(at + 1),
  );
  const t = "train";
  const cases: CliCase[] = [
    { name: "unknown flag", args: [t, "--bogus"], code: 2, match: /Unknown option '--bogus'/ },
    {
      name: "unknown command",
      args: ["frobnicate"],
      code: 2,
      match: /unknown command "frobnicate"/,
    },
    {
      name: "epochs abc",
      args: [t, ...xor, "--epochs", "abc"],
      code: 2,
      match: /--epochs must be an integer >= 1, got "abc"/,
    },
    { name: "epochs -1", args: [t, ...xor, "--epochs", "-1"], code: 2, match: /--epochs/ },
    {
      name: "batch size 0",
      args: [t, ...xor, "--batch-size", "0"],
      code: 2,
      match: /--batch-size must be an integer >= 1/,
    },
    { name: "layers 0", args: [t, ...xor, "--layers", "0"], code: 2, match: /--layers must be/ },
    {
      name: "layers a,b",
      args: [t, ...xor, "--layers", "a,b"],
      code: 2,
      match: /--layers must be/,
    },
    {
      name: "val-split 1",
      args: [t, ...xor, "--val-split", "1"],
      code: 2,
      match: /--val-split must be a number in \[0, 1\)/,
    },
    {
      name: "val-split NaN",
      args: [t, ...xor, "--val-split", "NaN"],
      code: 2,
      match: /--val-split/,
    },
    { name: "seed x", args: [t, ...xor, "--seed", "x"], code: 2, match: /--seed/ },
    { name: "loss mae", args: [t, ...xor, "--loss", "mae"], code: 2, match: /--loss must be/ },
    {
      name: "on-nan maybe",
      args: [t, ...xor, "--on-nan", "maybe"],
      code: 2,
      match: /--on-nan must be stop or skip, got "maybe"/,
    },
    {
      name: "data and dataset",
      args: [t, ...xor, "--data", "x.csv"],
      code: 2,
      match: /exactly one of --data/,
    },
    { name: "no data", args: [t, "--epochs", "1"], code: 2, match: /exactly one of --data/ },
    {
      name: "unknown dataset",
      args: [t, "--dataset", "mnist"],
      code: 2,
      match: /unknown --dataset "mnist"; expected one of/,
    },
    {
      name: "label with dataset",
      args: [t, ...xor, "--label", "y"],
      code: 2,
      match: /--label applies to --data only/,
    },
    {
      name: "activation typo",
      args: [t, ...xor, "--activation", "rleu"],
      code: 2,
      match: /Unknown activation "rleu"; did you mean .*"relu"/,
    },
    {
      name: "optimizer option value",
      args: [t, ...xor, "--optimizer", "sgd:lr=-1"],
      code: 2,
      match: /Cannot create "sgd": lr must be >= 0, got -1/,
    },
    {
      name: "optimizer option typo",
      args: [t, ...xor, "--optimizer", "sgd:lrr=1"],
      code: 2,
      match: /unknown option "lrr".*did you mean "lr"/,
    },
    {
      name: "spec without value",
      args: [t, ...xor, "--optimizer", "sgd:lr"],
      code: 2,
      match: /expected key=value, got "lr"/,
    },
    {
      name: "spec inherited key",
      args: [t, ...xor, "--activation", "relu:toString=1"],
      code: 2,
      match: /unknown option "toString"/,
    },
    {
      name: "initializer typo",
      args: [t, ...xor, "--init", "heNromal"],
      code: 2,
      match: /did you mean "heNormal"/,
    },
    {
      name: "schedule typo",
      args: [t, ...xor, "--schedule", "cosnie"],
      code: 2,
      match: /Unknown schedule "cosnie"/,
    },
    {
      name: "two activations for train",
      args: [t, ...xor, "--activation", "relu,tanh"],
      code: 2,
      match: /train takes one --activation/,
    },
    {
      name: "compare repeats 0",
      args: ["compare", ...xor, "--repeats", "0"],
      code: 2,
      match: /--repeats/,
    },
    {
      name: "compare target 2",
      args: ["compare", ...xor, "--target", "2"],
      code: 2,
      match: /--target/,
    },
    {
      name: "missing CSV",
      args: [t, "--data", `${dir}/nope.csv`],
      code: 1,
      match: /Cannot read .*nope\.csv: no such file/,
    },
    {
      name: "NaN cell",
      args: [t, "--data", await csv("nan.csv", "a,label\n1,0\nNaN,1\n")],
      code: 1,
      match: /nan\.csv:3:1: expected a number in column "a", got "NaN"/,
    },
    {
      name: "overflowing cell",
      args: [t, "--data", await csv("big.csv", "a,label\n1,0\n1e39,1\n")],
      code: 1,
      match: /big\.csv:3:1: expected a number in float32 range/,
    },
    {
      name: "BOM CRLF ragged",
      args: [t, "--data", await csv("bom.csv", "\ufeffa,b,label\r\n1,2,0\r\n\r\n3,1\r\n")],
      code: 1,
      match: /bom\.csv:4:\d+: ragged row/,
    },
    {
      name: "unclosed quote",
      args: [t, "--data", await csv("quote.csv", 'a,label\n"1,0\n2,1\n')],
      code: 1,
      match: /quote\.csv:\d+:\d+: malformed CSV/,
    },
    {
      name: "huge class index",
      args: [t, "--data", await csv("cls.csv", "a,label\n1,0\n2,70000\n")],
      code: 1,
      match: /cls\.csv:3:2: expected a class index/,
    },
    {
      name: "label column typo",
      args: [t, "--data", await csv("lab.csv", "a,kind\n1,0\n"), "--label", "knid"],
      code: 1,
      match: /lab\.csv:1:3: missing label column "knid"/,
    },
    {
      name: "resume missing",
      args: [t, ...xor, "--resume", `${dir}/none.json`],
      code: 1,
      match: /Cannot resume from .*none\.json: no such file/,
    },
    {
      name: "resume truncated",
      args: [t, ...xor, "--resume", truncated],
      code: 1,
      match: /not valid JSON \(truncated or corrupted\?\)/,
      untouched: [truncated],
    },
    {
      name: "resume flipped digit",
      args: [t, ...xor, "--resume", flipped],
      code: 1,
      match: /checksum does not match/,
      untouched: [flipped],
    },
    {
      name: "resume another setup",
      args: [t, ...xor, "--layers", "5", "--resume", good],
      code: 1,
      match: /belongs to another setup \(hidden: checkpoint has \[4\], this run \[5\]\)/,
      untouched: [good],
    },
    {
      name: "resume into another checkpoint",
      args: [t, ...xor, "--resume", truncated, "--checkpoint", good],
      code: 1,
      match: /truncated/,
      untouched: [good, truncated],
    },
    {
      name: "plugin missing",
      args: [t, ...xor, "--plugin", `${dir}/nope.ts`],
      code: 1,
      match: /Cannot load plugin from ".*nope\.ts": importing it failed/,
    },
    {
      name: "plugin create(k=2) throws",
      args: [t, ...xor, "--plugin", mods["flaky.ts"], "--activation", "flaky:k=2"],
      code: 1,
      match:
        /Cannot create activation "flaky" \(loaded from ".*flaky\.ts"\): its create\(\) failed: k = 2 is not supported/,
    },
  ];
  // every broken module is tried in-process (plugin_load_test.ts); through the CLI, a few of each sort
  const viaCli = [
    "throws_on_import.ts",
    "syntax_error.ts",
    "missing_import.ts",
    "exports_number.ts",
    "future_api.ts",
    "create_throws.ts",
    "half_good.ts",
    "takes_builtin_name.ts",
  ];
  for (const [file, , reason] of BROKEN_MODULES.filter(([f]) => viaCli.includes(f))) {
    cases.push({
      name: `plugin ${file}`,
      args: [t, ...xor, "--plugin", mods[file]],
      code: 1,
      match: new RegExp(
        `Cannot load plugin from ".*${file.replace(".", "\\.")}": .*${reason.source}`,
      ),
    });
  }
  const before = new Map<string, string>();
  for (const c of cases) {
    for (const f of c.untouched ?? []) before.set(f, await Deno.readTextFile(f));
  }
  const misses = (await pool(cases.map((c, i) => ({ c, i })), 4, async ({ c, i }) => {
    const out = `${dir}/out-${i}`;
    const r = await runCli([...c.args, "--out", out]);
    const why: string[] = [];
    if (r.code !== c.code) why.push(`exit ${r.code}, expected ${c.code}`);
    if (!r.stderr.startsWith("error: ")) why.push(`stderr does not start with "error: "`);
    if (!c.match.test(r.stderr)) why.push(`stderr does not match ${c.match}`);
    if (/^\s+at /m.test(r.stderr + r.stdout)) why.push("a stack trace was printed");
    if (await exists(out)) why.push("an output folder was created");
    for (const f of c.untouched ?? []) {
      if ((await Deno.readTextFile(f)) !== before.get(f)) why.push(`${f} was changed`);
    }
    return why.length ? `${c.name}: ${why.join("; ")}\n${r.stderr}` : null;
  })).filter((m) => m !== null);
  report(
    "CLI invocations (usage 2 / failure 1, no stack, no output)",
    cases.length,
    cases.length - misses.length,
  );
  assert.deepEqual(misses, []);
});
