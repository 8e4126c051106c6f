import assert from "node:assert/strict";
import { exists, runCli } from "./_run.ts";
import { tempDir } from "../_temp.ts";

const MALFORMED: [string, string, RegExp][] = [
  [
    "ragged row",
    "a,b,label\n1,2,0\n3,4\n5,6,1\n",
    /ragged row\.csv:3:3: ragged row: expected 3 fields/,
  ],
  [
    "non-numeric cell",
    "a,b,label\n1,2,0\n3,x4,1\n",
    /non-numeric cell\.csv:3:2: expected a number in column "b", got "x4"/,
  ],
  [
    "missing label column",
    "a,b,target\n1,2,0\n3,4,1\n",
    /missing label column\.csv:1:4: missing label column "label"/,
  ],
  ["empty file", "", /empty file\.csv:1:1: the file is empty/],
];

Deno.test("cli fails on malformed CSVs with file, line and column and leaves no output", async (t) => {
  await using tmp = await tempDir();
  const dir = tmp.path;
  for (const [name, text, pattern] of MALFORMED) {
    await t.step(name, async () => {
      const file = `${dir}/${name}.csv`;
      await Deno.writeTextFile(file, text);
      const out = `${dir}/out-${name.replaceAll(" ", "-")}`;
      const r = await runCli(["train", "--data", file, "--epochs", "1", "--out", out]);
      assert.equal(r.code, 1, r.stderr);
      assert.match(r.stderr, pattern);
      assert.ok(!r.stderr.includes("    at "), "no stack trace");
      assert.ok(!(await exists(out)), "no partial report");
    });
  }
});

Deno.test("cli rejects a wrong plugin spec with the closest names and leaves no output", async (t) => {
  await using tmp = await tempDir();
  const dir = tmp.path;
  const cases: [string, string[], RegExp][] = [
    [
      "activation",
      ["--activation", "relu,sigmoidd"],
      /Unknown activation "sigmoidd"; did you mean "sigmoid"/,
    ],
    ["optimizer", ["--optimizer", "sdg:lr=0.1"], /Unknown optimizer "sdg"; did you mean "sgd"/],
    [
      "initializer",
      ["--init", "heNormall"],
      /Unknown initializer "heNormall"; did you mean "heNormal"/,
    ],
    [
      "option",
      ["--activation", "relu:gradAtKnk=1"],
      /unknown option "gradAtKnk".*did you mean "gradAtKink"/,
    ],
  ];
  for (const [name, args, pattern] of cases) {
    await t.step(name, async () => {
      const out = `${dir}/${name}`;
      const r = await runCli([
        "compare",
        "--dataset",
        "xor",
        "--epochs",
        "1",
        "--out",
        out,
        ...args,
      ]);
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, pattern);
      assert.ok(!r.stderr.includes("    at "), "no stack trace");
      assert.ok(!(await exists(out)), "no partial report");
    });
  }
  await t.step("a plugin module that does not exist", async () => {
    const out = `${dir}/plugin`;
    const r = await runCli([
      "train",
      "--dataset",
      "xor",
      "--plugin",
      `${dir}/nope.ts`,
      "--out",
      out,
    ]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /Cannot load plugin from ".*nope\.ts"/);
    assert.ok(!(await exists(out)));
  });
});

Deno.test("cli usage errors exit 2 and --help works on every subcommand", async (t) => {
  for (const cmd of ["train", "compare", "plot"]) {
    await t.step(`${cmd} --help`, async () => {
      const r = await runCli([cmd, "--help"]);
      assert.equal(r.code, 0);
      assert.match(r.stdout, /Usage:/);
      assert.match(r.stdout, /Examples:/);
    });
    await t.step(`${cmd} with an unknown flag`, async () => {
      const r = await runCli([cmd, "--frobnicate", "3"]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /Unknown option '--frobnicate'/);
    });
  }
  await t.step("bad values", async () => {
    for (
      const [args, pattern] of [
        [
          ["train", "--dataset", "xor", "--epochs", "two"],
          /--epochs must be an integer >= 1, got "two"/,
        ],
        [["train", "--dataset", "xor", "--layers", "8,,4"], /--layers must be comma-separated/],
        [["train"], /give exactly one of --data FILE\.csv or --dataset NAME/],
        [["train", "--dataset", "mnist"], /unknown --dataset "mnist"/],
        [
          ["train", "--dataset", "xor", "--activation", "relu,tanh"],
          /train takes one --activation/,
        ],
        [["fit"], /unknown command "fit"/],
      ] as [string[], RegExp][]
    ) {
      const r = await runCli(args);
      assert.equal(r.code, 2, `${args.join(" ")}: ${r.stderr}`);
      assert.match(r.stderr, pattern);
    }
  });
});
