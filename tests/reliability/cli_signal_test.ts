import assert from "node:assert/strict";
import { parse } from "csv-parse/sync";
import { runCli } from "../cli/_run.ts";
import { tempDir } from "../_temp.ts";

const CLI = new URL("../../cli.ts", import.meta.url).pathname;
const EPOCHS = 60;
const ARGS = [
  "train",
  "--dataset",
  "digits",
  "--standardize",
  "--layers",
  "8",
  "--optimizer",
  "sgd:lr=0.05,momentum=0.9",
  "--epochs",
  String(EPOCHS),
  "--batch-size",
  "64",
  "--seed",
  "7",
];

/** metrics.csv rows without the wall-clock `seconds` column. */
async function metricsWithoutSeconds(dir: string): Promise<string[][]> {
  const rows = parse(await Deno.readTextFile(`${dir}/metrics.csv`)) as string[][];
  const sec = rows[0].indexOf("seconds");
  assert.ok(sec >= 0, "metrics.csv has a seconds column");
  return rows.map((r) => r.filter((_, i) => i !== sec));
}

async function finalWeights(checkpoint: string): Promise<string> {
  const c = JSON.parse(await Deno.readTextFile(checkpoint));
  return JSON.stringify({ epoch: c.epoch, model: c.model, optimizer: c.optimizer, rng: c.rng });
}

async function completeLines(path: string): Promise<number> {
  try {
    const t = await Deno.readTextFile(path);
    return t.split("\n").length - 1;
  } catch {
    return 0;
  }
}

Deno.test("cli train: SIGTERM mid-run keeps every finished epoch; --resume ends bit-identical to uninterrupted runs in other processes", async () => {
  await using tmp = await tempDir();
  const dir = tmp.path;
  // two uninterrupted runs, in two processes at once
  const [a, b] = await Promise.all(
    ["a", "b"].map((n) =>
      runCli([...ARGS, "--checkpoint", `${dir}/${n}.json`, "--out", `${dir}/out-${n}`])
    ),
  );
  assert.equal(a.code, 0, a.stderr);
  assert.equal(b.code, 0, b.stderr);

  // the same run, killed with SIGTERM once a few epochs are written
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", CLI, ...ARGS, "--checkpoint", `${dir}/c.json`, "--out", `${dir}/out-c`],
    stdout: "piped",
    stderr: "piped",
    stdin: "null",
    env: { NO_COLOR: "1" },
  }).spawn();
  const deadline = Date.now() + 60_000;
  while ((await completeLines(`${dir}/out-c/metrics.csv`)) < 1 + 3 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 20));
  }
  child.kill("SIGTERM");
  const killed = await child.output();
  const stderr = new TextDecoder().decode(killed.stderr);
  assert.equal(killed.code, 143, `exit status after SIGTERM; stderr: ${stderr}`);
  assert.match(stderr, /Received SIGTERM: stopping after the current epoch/);
  assert.match(stderr, /continue with --resume .*c\.json/);
  assert.ok(!/^\s+at /m.test(stderr), "no stack trace");

  // a valid metrics.csv holding exactly the finished epochs, and a complete checkpoint of the last one
  const partial = await metricsWithoutSeconds(`${dir}/out-c`);
  const checkpoint = JSON.parse(await Deno.readTextFile(`${dir}/c.json`));
  const done = checkpoint.epoch;
  assert.ok(done >= 3 && done < EPOCHS, `stopped after epoch ${done} of ${EPOCHS}`);
  assert.equal(partial.length, 1 + done, "one metrics row per finished epoch");
  assert.deepEqual(
    partial.slice(1).map((r) => Number(r[5])),
    Array.from({ length: done }, (_, i) => i + 1),
  );
  const full = await metricsWithoutSeconds(`${dir}/out-a`);
  assert.deepEqual(
    partial,
    full.slice(0, 1 + done),
    "finished epochs equal the uninterrupted run's",
  );
  assert.deepEqual(
    [...Deno.readDirSync(`${dir}/out-c`)].map((e) => e.name),
    ["metrics.csv"],
    "no report",
  );

  // resume to the end
  const resumed = await runCli([...ARGS, "--resume", `${dir}/c.json`, "--out", `${dir}/out-c2`]);
  assert.equal(resumed.code, 0, resumed.stderr);
  assert.match(resumed.stdout, new RegExp(`Resuming from .*c\\.json after epoch ${done}`));

  const weightsA = await finalWeights(`${dir}/a.json`);
  assert.equal(
    await finalWeights(`${dir}/b.json`),
    weightsA,
    "same seed, two processes: same weights",
  );
  assert.equal(
    await finalWeights(`${dir}/c.json`),
    weightsA,
    "interrupted + resumed: same weights",
  );
  assert.deepEqual(
    await metricsWithoutSeconds(`${dir}/out-b`),
    full,
    "two processes: same metrics",
  );
  assert.deepEqual(await metricsWithoutSeconds(`${dir}/out-c2`), full, "resumed: same metrics");
  console.log(
    `[reliability] SIGTERM after epoch ${done}/${EPOCHS}: exit 143, metrics.csv ${done} rows, checkpoint epoch ${done}; resume: final weights and metrics bit-identical to 2 uninterrupted processes`,
  );
});
