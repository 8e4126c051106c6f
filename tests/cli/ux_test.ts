// The CLI's discoverability and training aids (issue 17), run in-process.
import assert from "node:assert/strict";
import { parse } from "csv-parse/sync";
import { dispatch } from "../../cli/_commands.ts";
import { defaultRegistry, PLUGIN_KINDS, RectifyError } from "../../mod.ts";
import { tempDir } from "../_temp.ts";

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "", err = "";
  const io = { out: (t: string) => (out += t), err: (t: string) => (err += t) };
  try {
    return { code: await dispatch(args, io), out, err };
  } catch (e) {
    // exit statuses as cli.ts gives them
    if (e instanceof RectifyError) {
      return {
        code: ["usage", "spec", "registry", "option"].includes(e.code) ? 2 : 1,
        out,
        err: e.message,
      };
    }
    throw e;
  }
}

const core = new URL("../../mod.ts", import.meta.url).href;
// a third-party gradient plugin: relu passes no gradient (so hidden layers stop learning)
const GRADIENT_PLUGIN = `import { defineGradient } from "${core}";
export default defineGradient({
  name: "uxFrozenRelu",
  version: "2.1.0",
  description: "relu passes no gradient",
  defaults: { factor: 0 },
  create: ({ factor }) => ({ overrides: { relu: (g) => g.mul(factor) } }),
});
`;

Deno.test("cli list prints every registered plugin by kind with version, description and defaults", async () => {
  const r = await cli(["list"]);
  assert.equal(r.code, 0);
  for (const kind of PLUGIN_KINDS) {
    const names = defaultRegistry.list(kind);
    assert.match(r.out, new RegExp(`^${kind} \\(${names.length}\\)$`, "m"));
    for (const name of names) {
      const p = defaultRegistry.get(kind, name);
      assert.match(r.out, new RegExp(`^  ${name} +${p.version.replaceAll(".", "\\.")}  `, "m"));
    }
  }
  assert.match(
    r.out,
    /defaults: lr=0\.001,beta1=0\.9,beta2=0\.999,eps=1e-8,weightDecay=0,amsgrad=false/,
  );
  const one = await cli(["list", "optimizers"]);
  assert.match(one.out, /^optimizer \(12\)/);
  assert.doesNotMatch(one.out, /^activation/m);
  const json = JSON.parse((await cli(["list", "schedule", "--json"])).out);
  assert.deepEqual(json.map((p: { name: string }) => p.name), defaultRegistry.list("schedule"));
  assert.equal(json[0].origin, null);
  const bad = await cli(["list", "optimzer"]);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /unknown plugin kind "optimzer".*did you mean "optimizer"/);
});

Deno.test("cli list shows a --plugin-loaded plugin with where it came from", async () => {
  await using tmp = await tempDir();
  const dir = tmp.path;
  await Deno.writeTextFile(`${dir}/frozen.ts`, GRADIENT_PLUGIN);
  const r = await cli(["list", "gradient", "--plugin", `${dir}/frozen.ts`]);
  assert.equal(r.code, 0, r.err);
  assert.match(
    r.out,
    /uxFrozenRelu +2\.1\.0 +relu passes no gradient \[loaded from .*frozen\.ts\]/,
  );
  assert.match(r.out, /defaults: factor=0/);

  // and --gradient applies it in train and as a grid axis in compare
  const c = await cli([
    "compare",
    "--dataset",
    "xor",
    "--layers",
    "8",
    "--epochs",
    "3",
    "--gradient",
    "none",
    "--gradient",
    "uxFrozenRelu",
    "--gradient",
    "gradientNoise:eta=0.01,gamma=0.55",
    "--out",
    `${dir}/c`,
  ]);
  assert.equal(c.code, 0, c.err);
  assert.match(c.out, /3 runs: .* × 3 gradient settings × 1 seeds/);
  const rows = parse(await Deno.readTextFile(`${dir}/c/metrics.csv`), {
    columns: true,
  }) as Record<
    string,
    string
  >[];
  assert.deepEqual(
    [...new Set(rows.map((row) => row.gradient))],
    ["none", "uxFrozenRelu", "gradientNoise:eta=0.01,gamma=0.55"],
  );
  const lastOf = (g: string) => rows.filter((row) => row.gradient === g).at(-1)!;
  // frozen relu: the first layer's gradient norm is 0 at every epoch
  for (const row of rows.filter((row) => row.gradient === "uxFrozenRelu")) {
    assert.equal(Number(row.grad_norm_l1), 0);
  }
  assert.ok(Number(lastOf("none").grad_norm_l1) > 0);
  assert.notEqual(
    lastOf("none").train_loss,
    lastOf("gradientNoise:eta=0.01,gamma=0.55").train_loss,
  );
  const summary = JSON.parse(await Deno.readTextFile(`${dir}/c/summary.json`));
  assert.equal(summary.table.length, 3);

  const t = await cli([
    "train",
    "--dataset",
    "xor",
    "--layers",
    "8",
    "--epochs",
    "2",
    "--gradient",
    "uxFrozenRelu",
    "--out",
    `${dir}/t`,
  ]);
  assert.equal(t.code, 0, t.err);
  const trows = parse(await Deno.readTextFile(`${dir}/t/metrics.csv`), {
    columns: true,
  }) as Record<
    string,
    string
  >[];
  assert.deepEqual(trows.map((row) => Number(row.grad_norm_l1)), [0, 0]);
  const unknown = await cli(["train", "--dataset", "xor", "--gradient", "gradientNoize"]);
  assert.equal(unknown.code, 2);
  assert.match(unknown.err, /did you mean "gradientNoise"/);
});

Deno.test("cli help says where to find the plugins, and compare --help lists --init once", async () => {
  for (const command of ["train", "compare", "plot", "lr-find"]) {
    const r = await cli([command, "--help"]);
    assert.match(r.out, /rectify list/, command);
  }
  const main = await cli(["--help"]);
  assert.match(main.out, /list +list every plugin/);
  const compare = (await cli(["compare", "--help"])).out;
  assert.equal(compare.match(/^ +--init /gm)?.length, 1, compare);
  const train = (await cli(["train", "--help"])).out;
  assert.equal(train.match(/^ +--init /gm)?.length, 1, train);
});

Deno.test("cli unknown flags suggest the closest flag or the spec option they mean", async (t) => {
  const cases: [string[], RegExp][] = [
    [["train", "--lr", "0.1"], /Unknown option '--lr'; did you mean --optimizer adam:lr=…\?/],
    [["compare", "--learning-rate=0.1"], /did you mean --optimizer adam:lr=…\?/],
    [["train", "--momentum", "0.9"], /did you mean --optimizer sgd:lr=0\.05,momentum=…\?/],
    [["compare", "--activaton", "relu"], /did you mean --activation\?/],
    [["train", "--batch", "8"], /did you mean --batch-size\?/],
    [["train", "--early-stopping"], /did you mean --patience N\?/],
    [["plot", "--sample", "9"], /did you mean --samples\?/],
    [["train", "--zzzzzz"], /Unknown option '--zzzzzz' \(see "train --help"\)/],
  ];
  for (const [args, pattern] of cases) {
    await t.step(args.join(" "), async () => {
      const r = await cli(args);
      assert.equal(r.code, 2);
      assert.match(r.err, pattern);
    });
  }
});

Deno.test("cli refuses --epochs 0 before writing anything", async () => {
  await using tmp = await tempDir();
  const dir = tmp.path;
  for (const command of ["train", "compare"]) {
    const r = await cli([
      command,
      "--dataset",
      "xor",
      "--epochs",
      "0",
      "--out",
      `${dir}/${command}`,
    ]);
    assert.equal(r.code, 2);
    assert.match(r.err, /--epochs must be an integer >= 1, got "0"/);
  }
  assert.deepEqual([...Deno.readDirSync(dir)], []);
});

Deno.test("cli piped output is one line per run; --verbose adds a line per epoch", async () => {
  await using tmp = await tempDir();
  const dir = tmp.path;
  const args = ["compare", "--dataset", "xor", "--layers", "4", "--epochs", "5"];
  const quiet = await cli([...args, "--activation", "relu,tanh", "--out", `${dir}/q`]);
  assert.equal(quiet.code, 0, quiet.err);
  assert.doesNotMatch(quiet.out, /epoch \d+\/5/);
  assert.equal(quiet.out.match(/^\[\d\/2\] .*: done in/gm)?.length, 2);
  const verbose = await cli([...args, "--verbose", "--out", `${dir}/v`]);
  assert.equal(verbose.out.match(/epoch \d\/5 +train_loss/g)?.length, 5);
});

Deno.test("cli train --patience stops early, restores the best epoch and --save-best writes it", async () => {
  await using tmp = await tempDir();
  const dir = tmp.path;
  const r = await cli([
    "train",
    "--dataset",
    "iris",
    "--standardize",
    "--layers",
    "32",
    "--optimizer",
    "adam:lr=0.05",
    "--epochs",
    "80",
    "--patience",
    "4",
    "--min-delta",
    "0.001",
    "--save-best",
    `${dir}/best.json`,
    "--out",
    `${dir}/out`,
  ]);
  assert.equal(r.code, 0, r.err);
  const m = r.out.match(
    /early stopping: .* for 4 epochs; best epoch (\d+) \(val_loss ([\d.]+)\), its weights restored/,
  );
  assert.ok(m, r.out);
  const rows = parse(await Deno.readTextFile(`${dir}/out/metrics.csv`), {
    columns: true,
  }) as Record<
    string,
    string
  >[];
  assert.ok(rows.length < 80);
  assert.equal(rows.length, Number(m[1]) + 4, "stopped 4 epochs after the best");
  const best = JSON.parse(await Deno.readTextFile(`${dir}/best.json`));
  assert.equal(best.epoch, Number(m[1]));
  assert.equal(best.valLoss, Number(rows[best.epoch - 1].val_loss));
  assert.match(r.out, /Best: +.*best\.json \(epoch \d+, val_loss/);
  const noVal = await cli(["train", "--dataset", "iris", "--val-split", "0", "--patience", "3"]);
  assert.equal(noVal.code, 2);
  assert.match(noVal.err, /needs a validation split/);
});

Deno.test("cli lr-find writes the loss-against-lr plot and suggests an lr per optimizer", async () => {
  await using tmp = await tempDir();
  const dir = tmp.path;
  const r = await cli([
    "lr-find",
    "--dataset",
    "iris",
    "--standardize",
    "--layers",
    "16",
    "--optimizer",
    "sgd:momentum=0.9,adam",
    "--steps",
    "80",
    "--out",
    dir,
  ]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^sgd:momentum=0\.9 +\d/m);
  assert.match(r.out, /^adam +\d/m);
  const svg = await Deno.readTextFile(`${dir}/lr-find.svg`);
  assert.ok(svg.startsWith("<svg") && svg.includes("learning rate"));
  assert.ok((await Deno.readTextFile(`${dir}/lr-find.html`)).includes(svg));
  const data = JSON.parse(await Deno.readTextFile(`${dir}/lr-find.json`));
  assert.equal(data.sweeps.length, 2);
  for (const s of data.sweeps) {
    assert.ok(s.suggestion >= 1e-7 && s.suggestion <= 10);
    const printed = r.out.match(new RegExp(`^${s.optimizer.replace(/[.]/g, "\\.")} +(\\S+)`, "m"))!;
    assert.equal(Number(printed[1]), Number(s.suggestion.toPrecision(3)));
  }
});
