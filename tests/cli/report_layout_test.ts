/**
 * The report's layout in a real browser: headless Chromium (Debian's
 * `chromium`) opens reports of 2, 28 and 100 configurations at 1280 and
 * 1920 px, and `tests/browser/measure.ts` (puppeteer-core, with its own
 * config and lock file: a dev-only dependency no main command resolves)
 * measures them. Skipped, visibly, where no Chromium is installed
 * (`.ci/run` installs it).
 */

import assert from "node:assert/strict";
import { renderReport } from "../../cli/_report.ts";
import { rankRuns } from "../../cli/_summary.ts";
import { GRIDS, syntheticRuns } from "./_report_fixture.ts";
import type { Measures } from "../browser/measures.ts";
import { findChromium } from "../browser/chromium.ts";
import { tempDir } from "../_temp.ts";

const chromium = findChromium();
const WIDTHS = [1280, 1920];

Deno.test({
  name: chromium
    ? "report layout in headless Chromium: no sideways scroll, charts at full size, table within the page"
    : "report layout in headless Chromium (SKIPPED: no chromium found; apt-get install chromium)",
  ignore: chromium === null,
  async fn(t) {
    await using tmp = await tempDir();
    const dir = tmp.path;
    const files: Record<string, string> = {};
    for (const [n, shape] of Object.entries(GRIDS)) {
      const runs = syntheticRuns(shape);
      files[n] = `${dir}/report-${n}.html`;
      await Deno.writeTextFile(
        files[n],
        await renderReport(runs, rankRuns(runs, 0.9), {
          command: "rectify compare",
          dataset: "synthetic",
          target: 0.9,
          created: "now",
          seconds: 1,
        }),
      );
    }
    const browserDir = new URL("../browser/", import.meta.url);
    const run = await new Deno.Command(Deno.execPath(), {
      args: [
        "run",
        "-A",
        "--check",
        "measure.ts",
        chromium!,
        WIDTHS.join(","),
        ...Object.values(files),
      ],
      cwd: browserDir,
      stdout: "piped",
      stderr: "piped",
      env: { NO_COLOR: "1" },
    }).output();
    const stdout = new TextDecoder().decode(run.stdout);
    assert.equal(run.code, 0, stdout + new TextDecoder().decode(run.stderr));
    const measured = stdout.trim().split("\n").map((l) => JSON.parse(l) as Measures);
    for (const [n, file] of Object.entries(files)) {
      for (const width of WIDTHS) {
        await t.step(`${n} configurations at ${width} px`, () => {
          const m = measured.find((x) => x.file === file && x.width === width)!;
          assert.ok(m, `no measurement of ${file} at ${width}`);
          assert.ok(
            m.scrollWidth <= m.innerWidth,
            `page scrolls sideways: ${m.scrollWidth} > ${m.innerWidth}`,
          );
          assert.ok(
            m.tableWidth <= m.wrapWidth + 0.5,
            `table ${m.tableWidth} px in ${m.wrapWidth}`,
          );
          assert.equal(m.rows, Number(n));
          assert.equal(m.rowsShown, Number(n), "every row shows after 'show all'");
          assert.deepEqual(m.shrunk, [], "charts drawn at their laid-out size");
          assert.equal(m.overflowing, 0);
          assert.deepEqual(m.requests, [], "no request but the page");
        });
      }
    }
  },
});

Deno.test("puppeteer-core stays a dev-only dependency: in tests/browser/'s lock, not the root's", async () => {
  const root = new URL("../../", import.meta.url);
  const lock = await Deno.readTextFile(new URL("deno.lock", root));
  assert.ok(!lock.includes("puppeteer"), "the root deno.lock names puppeteer");
  const config = JSON.parse(await Deno.readTextFile(new URL("deno.json", root)));
  assert.ok(config.exclude?.includes("tests/browser/"), "deno.json excludes tests/browser/");
  assert.ok(!JSON.stringify(config.imports).includes("puppeteer"));
});
