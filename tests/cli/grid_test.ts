import assert from "node:assert/strict";
import { parse } from "csv-parse/sync";
import { parseHTML } from "linkedom";
import { loadModel } from "../../models/mod.ts";
import { exists, runCli } from "./_run.ts";
import { tempDir } from "../_temp.ts";

const GRID = [
  "--dataset",
  "iris",
  "--standardize",
  "--layers",
  "6",
  "--activation",
  "relu,tanh",
  "--optimizer",
  "adam:lr=[1e-3,3e-2],sgd:lr=0.1,momentum=0.9",
  "--epochs",
  "3",
  "--repeats",
  "2",
  "--batch-size",
  "16",
];

/** metrics.csv rows without the timing column. */
async function rows(dir: string): Promise<string[][]> {
  const all = parse(await Deno.readTextFile(`${dir}/metrics.csv`)) as string[][];
  const t = all[0].indexOf("seconds");
  assert.ok(t > 0);
  return all.map((r) => r.filter((_, i) => i !== t));
}

/** summary.json's ranking without timings. */
async function ranking(dir: string): Promise<unknown> {
  const s = JSON.parse(await Deno.readTextFile(`${dir}/summary.json`));
  return s.table.map((r: Record<string, unknown>) => ({ ...r, seconds: null }));
}

Deno.test("cli compare --jobs 2 writes the same rows as --jobs 1; --shard 3 ways merges into the same rows", async (t) => {
  await using tmp = await tempDir();
  const dir = tmp.path;
  const whole1 = await runCli(["compare", ...GRID, "--jobs", "1", "--out", `${dir}/j1`]);
  assert.equal(whole1.code, 0, whole1.stderr);
  const whole2 = await runCli(["compare", ...GRID, "--jobs", "2", "--out", `${dir}/j2`]);
  assert.equal(whole2.code, 0, whole2.stderr);

  await t.step("--jobs 2: identical metrics.csv rows and ranking, timing aside", async () => {
    assert.match(whole2.stdout, /Running 2 at a time \(--jobs 2\)/);
    const a = await rows(`${dir}/j1`);
    assert.equal(a.length, 1 + 12 * 3);
    assert.deepEqual(await rows(`${dir}/j2`), a);
    assert.deepEqual(await ranking(`${dir}/j2`), await ranking(`${dir}/j1`));
  });

  for (const i of [1, 2, 3]) {
    const r = await runCli(["compare", ...GRID, "--shard", `${i}/3`, "--out", `${dir}/s${i}`]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, new RegExp(`Shard ${i}/3 of grid [0-9a-f]{24}: 4 runs`));
  }
  const shardSummary = JSON.parse(await Deno.readTextFile(`${dir}/s2/summary.json`));
  await t.step("a shard's folder is a normal output folder marked with the grid", async () => {
    assert.equal(shardSummary.grid.shard, "2/3");
    assert.equal(shardSummary.grid.cells, 12);
    assert.equal(shardSummary.grid.missing.length, 8);
    assert.ok(await exists(`${dir}/s2/report.html`));
    const whole = JSON.parse(await Deno.readTextFile(`${dir}/j1/summary.json`));
    assert.equal(shardSummary.grid.fingerprint, whole.grid.fingerprint);
  });

  const merged = await runCli([
    "merge",
    "--out",
    `${dir}/m`,
    `${dir}/s3`,
    `${dir}/s1`,
    `${dir}/s2`,
  ]);
  await t.step("merge writes the rows and ranking of the single run", async () => {
    assert.equal(merged.code, 0, merged.stderr);
    assert.deepEqual(await rows(`${dir}/m`), await rows(`${dir}/j1`));
    assert.deepEqual(await ranking(`${dir}/m`), await ranking(`${dir}/j1`));
    const s = JSON.parse(await Deno.readTextFile(`${dir}/m/summary.json`));
    assert.equal(s.grid.shard, null);
    assert.deepEqual(s.grid.missing, []);
    assert.doesNotMatch(s.command, /--shard|--out/);
    assert.match(merged.stdout, /Report: {2}.*report\.html/);
  });

  await t.step("missing, duplicated and foreign shards are refused by name", async () => {
    const missing = await runCli(["merge", "--out", `${dir}/x1`, `${dir}/s1`, `${dir}/s3`]);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /4 of 12 cells are missing: r\d\d \(iris \[6\] /);
    assert.equal(await exists(`${dir}/x1/metrics.csv`), false);
    const dup = await runCli([
      "merge",
      "--out",
      `${dir}/x2`,
      `${dir}/s1`,
      `${dir}/s2`,
      `${dir}/s3`,
      `${dir}/s1`,
    ]);
    assert.equal(dup.code, 1);
    assert.match(dup.stderr, /4 cells are in more than one part: r01 .* in .*s1 and .*s1/);
    const foreign = await runCli([
      "compare",
      ...GRID.map((a) => (a === "3" ? "2" : a)),
      "--shard",
      "2/3",
      "--out",
      `${dir}/f2`,
    ]);
    assert.equal(foreign.code, 0, foreign.stderr);
    const f = await runCli(["merge", "--out", `${dir}/x3`, `${dir}/s1`, `${dir}/f2`, `${dir}/s3`]);
    assert.equal(f.code, 1);
    assert.match(f.stderr, /f2 is from another grid \(fingerprint [0-9a-f]+, expected [0-9a-f]+/);
    const notShard = await runCli(["merge", "--out", `${dir}/x4`, `${dir}/s1`, dir]);
    assert.equal(notShard.code, 1);
    assert.match(notShard.stderr, /has no results\.json/);
    const self = await runCli([
      "merge",
      "--overwrite",
      "--out",
      `${dir}/s1`,
      `${dir}/s1`,
      `${dir}/s2`,
      `${dir}/s3`,
    ]);
    assert.equal(self.code, 2);
    assert.match(self.stderr, /merge --out .*s1 is one of the folders it merges/);
    assert.ok(await exists(`${dir}/s1/results.json`), "the shard is left as it was");
  });

  await t.step("--allow-partial merges what is there and says what is missing", async () => {
    const p = await runCli([
      "merge",
      "--allow-partial",
      "--out",
      `${dir}/p`,
      `${dir}/s1`,
      `${dir}/s3`,
    ]);
    assert.equal(p.code, 0, p.stderr);
    assert.match(p.stderr, /Partial merge: 4 of 12 runs are missing:\n {2}r\d\d \(/);
    const got = await rows(`${dir}/p`);
    const want = await rows(`${dir}/j1`);
    const runs = new Set(got.slice(1).map((r) => r[0]));
    assert.equal(runs.size, 8);
    assert.deepEqual(got.slice(1), want.slice(1).filter((r) => runs.has(r[0])));
  });
});

Deno.test("cli compare: a sweep expands into runs and the report groups it by best value", async () => {
  await using tmp = await tempDir();
  const dir = tmp.path;
  const r = await runCli(["compare", ...GRID, "--out", dir]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /12 runs: 2 activations × 3 optimizers × 1 initializers × 2 seeds/);
  // deno-lint-ignore no-explicit-any
  const { document } = parseHTML(await Deno.readTextFile(`${dir}/report.html`)) as any;
  const sections = [...document.querySelectorAll("section.sweep")];
  assert.equal(sections.length, 1, "one sweep: lr of adam (sgd has one lr)");
  assert.equal(sections[0].getAttribute("data-option"), "lr");
  const groups = [...sections[0].querySelectorAll("tbody tr")].map((tr) =>
    // deno-lint-ignore no-explicit-any
    [...(tr as any).querySelectorAll("td")].map((td: any) => td.textContent)
  );
  assert.deepEqual(groups.map((g) => g[0]), [
    "relu | adam:lr=* | glorotUniform",
    "tanh | adam:lr=* | glorotUniform",
  ]);
  const summary = JSON.parse(await Deno.readTextFile(`${dir}/summary.json`));
  for (const g of groups) {
    const act = g[0].split(" | ")[0];
    const rows = summary.table.filter((t: { activation: string; optimizer: string }) =>
      t.activation === act && t.optimizer.startsWith("adam")
    );
    const best = rows.reduce((a: { finalValAccuracy: { mean: number } }, b: typeof a) =>
      b.finalValAccuracy.mean > a.finalValAccuracy.mean ? b : a
    );
    assert.equal(Number(g[1]), Number(best.optimizer.replace("adam:lr=", "")));
  }
  assert.ok(sections[0].querySelector("figure svg"), "a chart of accuracy against lr");
});

Deno.test("cli compare --jobs 2: a failing run is reported by name, the others are written", async () => {
  await using tmp = await tempDir();
  const dir = tmp.path;
  const plugin = `${dir}/boom.ts`;
  await Deno.writeTextFile(
    plugin,
    `export default {
  kind: "activation", name: "boom", apiVersion: 1, version: "1.0.0", description: "fails when told",
  defaults: { fail: false },
  create: (o) => ({ forward: (x) => { if (o.fail) throw new Error("boom in forward"); return x.mul(1); } }),
};\n`,
  );
  const r = await runCli([
    "compare",
    "--plugin",
    plugin,
    "--dataset",
    "iris",
    "--layers",
    "4",
    "--activation",
    "relu,boom:fail=true,boom",
    "--optimizer",
    "adam",
    "--epochs",
    "2",
    "--jobs",
    "2",
    "--out",
    `${dir}/out`,
  ]);
  assert.equal(r.code, 1, r.stderr);
  assert.match(
    r.stderr,
    /1 run failed \(the others are written\):\n {2}r02 \(.*boom:fail=true.*\): boom in forward/,
  );
  const csv = await rows(`${dir}/out`);
  assert.deepEqual([...new Set(csv.slice(1).map((x) => x[0]))], ["r01", "r03"]);
  const s = JSON.parse(await Deno.readTextFile(`${dir}/out/summary.json`));
  assert.deepEqual(s.runs.map((x: { status: string }) => x.status), ["done", "failed", "done"]);
  assert.match(s.table.at(-1).activation, /boom:fail=true/);
});

Deno.test("cli compare --grid FILE: the whole grid from a file, validated with clear errors", async (t) => {
  await using tmp = await tempDir();
  const dir = tmp.path;
  const write = async (name: string, grid: unknown) => {
    await Deno.writeTextFile(`${dir}/${name}`, JSON.stringify(grid));
    return `${dir}/${name}`;
  };
  await t.step("datasets × architectures × activations × schedules", async () => {
    const file = await write("grid.json", {
      datasets: ["iris", "xor"],
      standardize: true,
      architectures: [[4], [8, 4]],
      activations: ["relu"],
      optimizers: ["adam:lr=[1e-3,1e-2]"],
      schedules: [null],
      seeds: [3],
      epochs: 1,
      batchSize: 16,
    });
    const r = await runCli(["compare", "--grid", file, "--out", `${dir}/g`]);
    assert.equal(r.code, 0, r.stderr);
    const csv = await rows(`${dir}/g`);
    assert.deepEqual(csv[0].slice(0, 7), [
      "run",
      "activation",
      "optimizer",
      "init",
      "dataset",
      "layers",
      "seed",
    ]);
    assert.deepEqual(
      csv.slice(1).map((x) => `${x[0]} ${x[4]} ${x[5]} ${x[2]} ${x[6]}`),
      [
        "r01 iris 4 adam:lr=1e-3 3",
        "r02 iris 4 adam:lr=1e-2 3",
        "r03 iris 8,4 adam:lr=1e-3 3",
        "r04 iris 8,4 adam:lr=1e-2 3",
        "r05 xor 4 adam:lr=1e-3 3",
        "r06 xor 4 adam:lr=1e-2 3",
        "r07 xor 8,4 adam:lr=1e-3 3",
        "r08 xor 8,4 adam:lr=1e-2 3",
      ],
    );
    // the one-layer runs leave the second layer's columns empty
    const h2 = csv[0].indexOf("dead_fraction_h2");
    assert.equal(csv[1][h2], "");
    assert.notEqual(csv[3][h2], "");
  });
  const bad: [string, unknown, RegExp][] = [
    [
      "typo",
      { datasets: ["iris"], activation: ["relu"] },
      /unknown key "activation"; did you mean "activations"/,
    ],
    ["no datasets", { activations: ["relu"] }, /"datasets" is required/],
    [
      "wrong type",
      { datasets: ["iris"], seeds: [0, "1"] },
      /"seeds" must be a non-empty list of distinct integers >= 0, got \[0,"1"\]/,
    ],
    ["empty list", { datasets: ["iris"], optimizers: [] }, /"optimizers" must be a non-empty list/],
    ["bad spec", { datasets: ["iris"], activations: ["rleu"] }, /rleu/],
    ["bad sweep", { datasets: ["iris"], optimizers: ["adam:lr=[0.1"] }, /"\[" without "\]"/],
    ["unknown dataset", { datasets: ["irsi"] }, /unknown --dataset "irsi"/],
    ["not json", "{", /not valid JSON/],
  ];
  for (const [name, grid, re] of bad) {
    await t.step(name, async () => {
      const file = typeof grid === "string"
        ? (await Deno.writeTextFile(`${dir}/bad.json`, grid), `${dir}/bad.json`)
        : await write("bad.json", grid);
      const r = await runCli(["compare", "--grid", file, "--out", `${dir}/bad`]);
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, re);
      assert.equal(await exists(`${dir}/bad`), false);
    });
  }
  await t.step("grid flags next to --grid are refused", async () => {
    const file = await write("ok.json", { datasets: ["iris"] });
    const r = await runCli(["compare", "--grid", file, "--activation", "elu", "--epochs", "2"]);
    assert.equal(r.code, 2);
    assert.match(
      r.stderr,
      /--grid takes the whole grid from .*ok\.json; remove --activation, --epochs/,
    );
  });
});

Deno.test("cli compare --jobs/--shard and merge refuse bad values before any output", async (t) => {
  await using tmp = await tempDir();
  const dir = tmp.path;
  const cases: [string, string[], RegExp][] = [
    [
      "--jobs 0",
      ["compare", "--dataset", "iris", "--jobs", "0"],
      /--jobs must be an integer >= 1, got "0"/,
    ],
    [
      "--shard 0/2",
      ["compare", "--dataset", "iris", "--shard", "0/2"],
      /--shard must be i\/n with 1 <= i <= n \(e\.g\. 1\/3\), got "0\/2"/,
    ],
    ["--shard 3", ["compare", "--dataset", "iris", "--shard", "3"], /--shard must be i\/n/],
    ["merge without --out", ["merge", dir], /merge needs --out DIR/],
    [
      "merge without folders",
      ["merge", "--out", `${dir}/m`],
      /merge needs the shards' output folders/,
    ],
  ];
  for (const [name, args, re] of cases) {
    await t.step(name, async () => {
      const r = await runCli([...args, ...(args[0] === "compare" ? ["--out", `${dir}/o`] : [])]);
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, re);
      assert.equal(await exists(`${dir}/o`), false);
      assert.equal(await exists(`${dir}/m`), false);
    });
  }
});

Deno.test("cli compare of CNNs (--arch, grid.json architectures): --jobs 2 and merged shards write --jobs 1's rows and model files", async (t) => {
  await using tmp = await tempDir();
  const dir = tmp.path;
  const arch = "conv:3x3,padding=1,act,pool:2,conv:4x3,act,gap";
  const flags = [
    "--dataset",
    "digits",
    "--standardize",
    "--arch",
    arch,
    "--activation",
    "relu,elu",
    "--optimizer",
    "adam:lr=0.01",
    "--repeats",
    "2",
    "--epochs",
    "1",
  ];
  const j1 = await runCli(["compare", ...flags, "--jobs", "1", "--out", `${dir}/j1`]);
  assert.equal(j1.code, 0, j1.stderr);
  const j2 = await runCli(["compare", ...flags, "--jobs", "2", "--out", `${dir}/j2`]);
  assert.equal(j2.code, 0, j2.stderr);
  const models = ["r01", "r02", "r03", "r04"].map((r) => `model-${r}.safetensors`);
  await t.step("--jobs 2: the rows and every model file of --jobs 1, byte for byte", async () => {
    assert.match(j2.stdout, new RegExp(`Model: --arch ${arch} \\(\\d+ parameters\\)`));
    assert.match(j2.stdout, /4 runs: 2 activations × 1 optimizers × 1 initializers × 2 seeds/);
    assert.match(j2.stdout, /Models: {2}.*model-rNN\.safetensors \(one per run\)/);
    assert.deepEqual(await rows(`${dir}/j2`), await rows(`${dir}/j1`));
    for (const m of models) {
      assert.deepEqual(
        await Deno.readFile(`${dir}/j2/${m}`),
        await Deno.readFile(`${dir}/j1/${m}`),
      );
    }
  });
  await t.step(
    "each run's model file loads and predicts raw digits (its own standardisation)",
    async () => {
      const m = await loadModel(`${dir}/j2/model-r03.safetensors`);
      assert.deepEqual(m.architecture.inputShape, [1, 8, 8]);
      assert.equal(m.preprocessing?.standardize?.mean.length, 64);
      const digits = new URL("../../data/digits.csv", import.meta.url).pathname;
      const p = await runCli([
        "predict",
        "--model",
        `${dir}/j2/model-r03.safetensors`,
        "--data",
        digits,
        "--label",
        "label",
        "--out",
        `${dir}/pred.csv`,
      ]);
      assert.equal(p.code, 0, p.stderr);
      assert.match(p.stdout, /Accuracy: /);
    },
  );
  await t.step(
    "grid.json: an MLP and a CNN in 3 shards merge into the whole grid, models copied",
    async () => {
      const file = `${dir}/grid.json`;
      await Deno.writeTextFile(
        file,
        JSON.stringify({
          datasets: ["digits"],
          standardize: true,
          architectures: [[8], arch],
          activations: ["relu", "tanh"],
          optimizers: ["adam:lr=0.01"],
          epochs: 1,
        }),
      );
      const whole = await runCli(["compare", "--grid", file, "--jobs", "2", "--out", `${dir}/g`]);
      assert.equal(whole.code, 0, whole.stderr);
      const csv = await rows(`${dir}/g`);
      const layers = csv[0].indexOf("layers");
      assert.deepEqual(csv.slice(1).map((r) => r[layers]), ["8", "8", arch, arch]);
      for (const i of [1, 2, 3]) {
        const r = await runCli([
          "compare",
          "--grid",
          file,
          "--shard",
          `${i}/3`,
          "--out",
          `${dir}/s${i}`,
        ]);
        assert.equal(r.code, 0, r.stderr);
      }
      const m = await runCli(["merge", "--out", `${dir}/m`, `${dir}/s1`, `${dir}/s2`, `${dir}/s3`]);
      assert.equal(m.code, 0, m.stderr);
      assert.deepEqual(await rows(`${dir}/m`), csv);
      for (const f of models) {
        assert.deepEqual(
          await Deno.readFile(`${dir}/m/${f}`),
          await Deno.readFile(`${dir}/g/${f}`),
        );
      }
    },
  );
  await t.step("an architecture with fixed activations is labelled fixed", async () => {
    const r = await runCli([
      "compare",
      "--dataset",
      "digits",
      "--arch",
      "conv:2x3,relu,gap",
      "--epochs",
      "1",
      "--out",
      `${dir}/fixed`,
    ]);
    assert.equal(r.code, 0, r.stderr);
    const csv = await rows(`${dir}/fixed`);
    assert.equal(csv[1][csv[0].indexOf("activation")], "fixed");
  });
});
