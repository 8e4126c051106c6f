import assert from "node:assert/strict";
import { parseAllDocuments } from "yaml";
import { parseGridFile } from "../../cli/_grid_file.ts";
import { tempDir } from "../_temp.ts";

// docs/scaling.md's Kubernetes Indexed Job and CI matrix, run as written (on a tiny grid,
// with the local CLI for jsr:@rectify/core/cli and temporary folders for the volumes).

const root = new URL("../../", import.meta.url);
const doc = await Deno.readTextFile(new URL("docs/scaling.md", root));
const yamlBlocks = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);
const CLI = `"${Deno.execPath()}" run -A "${new URL("cli.ts", root).pathname}"`;
const TINY = {
  datasets: ["iris"],
  standardize: true,
  architectures: [[4]],
  activations: ["relu", "tanh"],
  optimizers: ["adam:lr=[1e-3,1e-2]"],
  seeds: [0, 1],
  epochs: 1,
};

async function sh(script: string, env: Record<string, string>, cwd?: string) {
  const out = await new Deno.Command("sh", {
    args: ["-c", script.replaceAll("deno run -A jsr:@rectify/core/cli", CLI)],
    env: { NO_COLOR: "1", ...env },
    cwd,
    stdout: "piped",
    stderr: "piped",
  }).output();
  const dec = new TextDecoder();
  return { code: out.code, text: dec.decode(out.stdout) + dec.decode(out.stderr) };
}

Deno.test("docs/scaling.md: the Indexed Job's shards and the merge step run as written", async () => {
  const k8s = yamlBlocks.find((b) => b.includes("kind: Job"));
  assert.ok(k8s, "a Job manifest");
  const docs = parseAllDocuments(k8s).map((d) => d.toJS());
  const config = docs.find((d) => d.kind === "ConfigMap");
  const job = docs.find((d) => d.kind === "Job");
  assert.doesNotThrow(() => parseGridFile(config.data["grid.json"], "ConfigMap grid.json"));
  assert.equal(job.spec.completionMode, "Indexed");
  const pod = job.spec.template.spec;
  const container = pod.containers[0];
  const shards = Number(container.env.find((e: { name: string }) => e.name === "SHARDS").value);
  assert.equal(shards, job.spec.completions, "SHARDS = completions");
  assert.equal(
    pod.volumes.find((v: { name: string }) => v.name === "grid").configMap.name,
    config.metadata.name,
  );
  const script: string = container.args[0];
  assert.match(script, /JOB_COMPLETION_INDEX/);

  await using tmp = await tempDir();
  const dir = tmp.path;
  await Deno.mkdir(`${dir}/grid`);
  await Deno.mkdir(`${dir}/results`);
  await Deno.writeTextFile(`${dir}/grid/grid.json`, JSON.stringify(TINY));
  const local = (s: string) =>
    s.replaceAll("/grid/", `${dir}/grid/`).replaceAll("/results", `${dir}/results`);
  for (let index = 0; index < shards; index++) {
    const r = await sh(local(script), {
      JOB_COMPLETION_INDEX: String(index),
      SHARDS: String(shards),
    });
    assert.equal(r.code, 0, r.text);
    assert.match(r.text, new RegExp(`Shard ${index + 1}/${shards} of grid`));
  }
  const merge = /deno run -A jsr:@rectify\/core\/cli merge [^"]*/.exec(doc)?.[0];
  assert.ok(merge, "the merge command");
  const r = await sh(local(merge), {});
  assert.equal(r.code, 0, r.text);
  const summary = JSON.parse(await Deno.readTextFile(`${dir}/results/merged/summary.json`));
  assert.equal(summary.grid.cells, 8);
  assert.deepEqual(summary.grid.missing, []);
});

Deno.test("docs/scaling.md: the CI matrix's shard and merge steps run as written", async () => {
  const ci = yamlBlocks.find((b) => b.includes("matrix:"));
  assert.ok(ci, "a CI workflow");
  const wf = parseAllDocuments(ci)[0].toJS();
  const values: number[] = wf.jobs.shard.strategy.matrix.shard;
  const run = wf.jobs.shard.steps.find((s: { run?: string }) => s.run?.includes("compare")).run;
  const mergeRun = wf.jobs.merge.steps.find((s: { run?: string }) => s.run?.includes("merge")).run;
  assert.deepEqual(wf.jobs.merge.needs, "shard");
  assert.match(run, new RegExp(`--shard \\$\\{\\{ matrix.shard \\}\\}/${values.length}`));
  await using tmp = await tempDir();
  const dir = tmp.path;
  await Deno.writeTextFile(`${dir}/grid.json`, JSON.stringify(TINY));
  await Deno.mkdir(`${dir}/shards`);
  for (const v of values) {
    const r = await sh(run.replaceAll("${{ matrix.shard }}", String(v)), {}, dir);
    assert.equal(r.code, 0, r.text);
    await Deno.rename(`${dir}/shard-${v}`, `${dir}/shards/shard-${v}`); // upload + download-artifact
  }
  const r = await sh(mergeRun, {}, dir);
  assert.equal(r.code, 0, r.text);
  const summary = JSON.parse(await Deno.readTextFile(`${dir}/merged/summary.json`));
  assert.deepEqual(summary.grid.missing, []);
});
