import assert from "node:assert/strict";
import { parse } from "csv-parse/sync";
import { parseHTML } from "linkedom";
import { runCli } from "./_run.ts";
import { tempDir } from "../_temp.ts";

interface El {
  getAttribute(name: string): string | null;
  querySelectorAll(sel: string): ArrayLike<unknown>;
}

Deno.test("cli compare writes metrics.csv, a self-contained report and summary.json", async (t) => {
  await using tmp = await tempDir();
  const dir = tmp.path;
  const out = `${dir}/out`;
  const r = await runCli([
    "compare",
    "--dataset",
    "iris",
    "--standardize",
    "--layers",
    "8,6",
    "--activation",
    "relu,sigmoid",
    "--optimizer",
    "sgd:lr=0.1,momentum=0.9",
    "--epochs",
    "3",
    "--repeats",
    "2",
    "--batch-size",
    "16",
    "--out",
    out,
  ]);
  assert.equal(r.code, 0, r.stderr);

  await t.step("progress degrades to plain lines when stdout is not a terminal", () => {
    assert.ok(!r.stdout.includes("\r"), "no carriage returns");
    assert.ok(!r.stdout.includes("\x1b["), "no escape sequences");
    // one summary line per run; per-epoch lines only with --verbose
    // the counter counts finished runs: with --jobs (default: the cores) any run may end first
    assert.match(r.stdout, /\[[1-4]\/4\] relu \/ sgd:lr=0\.1,momentum=0\.9 \/ seed 0: done in /);
    assert.equal(r.stdout.match(/^\[[1-4]\/4\] .*: done in /gm)?.length, 4, "one line per run");
    assert.doesNotMatch(r.stdout, /epoch 1\/3/);
    assert.match(r.stdout, /Report: {2}.*report\.html/);
  });

  const csvText = await Deno.readTextFile(`${out}/metrics.csv`);
  const rows = parse(csvText, { columns: true }) as Record<string, string>[];
  await t.step("metrics.csv has the documented header and one row per run per epoch", () => {
    const header = csvText.split("\n")[0].split(",");
    assert.deepEqual(header, [
      "run",
      "activation",
      "optimizer",
      "init",
      "seed",
      "epoch",
      "train_loss",
      "val_loss",
      "val_accuracy",
      "lr",
      "dead_fraction_h1",
      "dead_fraction_h2",
      "grad_norm_l1",
      "grad_norm_l2",
      "grad_norm_l3",
      "seconds",
    ]);
    assert.equal(rows.length, 2 * 2 * 3);
    assert.deepEqual([...new Set(rows.map((x) => x.run))], ["r01", "r02", "r03", "r04"]);
    for (const row of rows) {
      assert.ok(Number(row.val_accuracy) >= 0 && Number(row.val_accuracy) <= 1);
      assert.ok(Number(row.grad_norm_l1) > 0);
    }
  });

  const summary = JSON.parse(await Deno.readTextFile(`${out}/summary.json`));
  // deno-lint-ignore no-explicit-any
  const { document } = parseHTML(await Deno.readTextFile(`${out}/report.html`)) as any;
  await t.step("report.html parses and has one chart per metric, offline", () => {
    const metrics = ([...document.querySelectorAll("figure[data-metric]")] as El[]).map((f) =>
      f.getAttribute("data-metric")
    );
    assert.deepEqual(metrics, ["valAccuracy", "valLoss", "trainLoss", "deadFraction", "gradNorm"]);
    for (const f of [...document.querySelectorAll("figure[data-metric]")] as El[]) {
      assert.equal(f.querySelectorAll("svg").length, 1, f.getAttribute("data-metric")!);
    }
    assert.equal(document.querySelectorAll("script").length, 0);
    assert.equal(document.querySelectorAll("link, img, iframe").length, 0);
  });

  await t.step(
    "the table's best run is the configuration with the best mean final accuracy",
    () => {
      const finals = new Map<string, number[]>();
      for (const row of rows.filter((x) => x.epoch === "3")) {
        const key = `${row.activation} | ${row.optimizer} | ${row.init}`;
        finals.set(key, [...(finals.get(key) ?? []), Number(row.val_accuracy)]);
      }
      const means = [...finals].map(([k, v]) => [k, v.reduce((a, b) => a + b) / v.length] as const);
      const bestMean = Math.max(...means.map(([, m]) => m));
      const best = document.querySelector("table.ranking tr.best")!.getAttribute("data-config");
      assert.equal(best, summary.best.config);
      assert.ok(Math.abs(summary.best.finalValAccuracy.mean - bestMean) < 1e-12);
      assert.equal(means.find(([k]) => k === best)![1], bestMean);
      assert.equal(summary.table.length, 2);
      assert.equal(summary.runs.length, 4);
    },
  );

  await t.step("summary.json holds each run's final validation confusion matrix", () => {
    for (const run of summary.runs) {
      const m: number[][] = run.confusion;
      assert.equal(m.length, 3); // iris classes
      const total = m.flat().reduce((a, b) => a + b, 0);
      assert.equal(total, 30); // 20% of 150 rows
      const correct = m.reduce((a, row, i) => a + row[i], 0);
      assert.equal(correct / total, run.final.valAccuracy);
    }
    assert.equal(document.querySelectorAll('[data-chart="confusion"]').length, 2);
  });
});

Deno.test("cli compare on a regression dataset reports RMSE and R² instead of accuracy", async (t) => {
  await using tmp = await tempDir();
  const dir = tmp.path;
  const out = `${dir}/out`;
  const r = await runCli([
    "compare",
    "--dataset",
    "teacher",
    "--layers",
    "8",
    "--activation",
    "relu,tanh",
    "--optimizer",
    "adam",
    "--epochs",
    "2",
    "--out",
    out,
  ]);
  assert.equal(r.code, 0, r.stderr);
  const csvText = await Deno.readTextFile(`${out}/metrics.csv`);
  const rows = parse(csvText, { columns: true }) as Record<string, string>[];
  await t.step(
    "metrics.csv has val_rmse and val_r2, no val_accuracy; RMSE² is the MSE loss",
    () => {
      const header = csvText.split("\n")[0].split(",");
      assert.deepEqual(header.slice(6, 11), ["train_loss", "val_loss", "val_rmse", "val_r2", "lr"]);
      assert.ok(!header.includes("val_accuracy"));
      assert.equal(rows.length, 4);
      for (const row of rows) {
        const rmse = Number(row.val_rmse), loss = Number(row.val_loss);
        assert.ok(Math.abs(rmse * rmse - loss) < 1e-5 * loss, `${rmse}² vs ${loss}`);
        assert.ok(Number(row.val_r2) <= 1);
      }
    },
  );
  await t.step("the table and summary rank by RMSE and show R²", async () => {
    assert.match(r.stdout, /final val RMSE +best val RMSE +final val R² +best val R²/);
    assert.doesNotMatch(r.stdout, /val acc/);
    const summary = JSON.parse(await Deno.readTextFile(`${out}/summary.json`));
    const finals = rows.filter((x) => x.epoch === "2").map((x) => Number(x.val_rmse));
    assert.equal(summary.best.finalValRmse.mean, Math.min(...finals));
    assert.equal(summary.runs[0].confusion, null);
  });
  await t.step("report.html charts validation RMSE and R²", async () => {
    // deno-lint-ignore no-explicit-any
    const { document } = parseHTML(await Deno.readTextFile(`${out}/report.html`)) as any;
    const metrics = ([...document.querySelectorAll("figure[data-metric]")] as El[]).map((f) =>
      f.getAttribute("data-metric")
    );
    assert.deepEqual(metrics, ["valRmse", "valR2", "trainLoss", "deadFraction", "gradNorm"]);
    assert.ok(document.querySelector("table.ranking").textContent.includes("final val RMSE"));
  });
});
