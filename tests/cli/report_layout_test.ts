/**
 * The report's layout in a real browser: headless Chromium (Debian's
 * `chromium`, driven by puppeteer-core) opens reports of 2, 28 and 100
 * configurations at 1280 and 1920 px and measures them. Skipped, visibly,
 * where no Chromium is installed (`.ci/run` installs it).
 */

import assert from "node:assert/strict";
import { renderReport } from "../../cli/_report.ts";
import { rankRuns } from "../../cli/_summary.ts";
import { GRIDS, syntheticRuns } from "./_report_fixture.ts";

function findChromium(): string | null {
  const env = Deno.env.get("CHROMIUM_PATH") ?? Deno.env.get("PUPPETEER_EXECUTABLE_PATH");
  const names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];
  const dirs = (Deno.env.get("PATH") ?? "").split(":").filter(Boolean);
  for (const p of [env, ...names.flatMap((n) => dirs.map((d) => `${d}/${n}`))]) {
    if (!p) continue;
    try {
      if (Deno.statSync(p).isFile) return p;
    } catch { /* not here */ }
  }
  return null;
}

const chromium = findChromium();

interface Measures {
  scrollWidth: number;
  innerWidth: number;
  tableWidth: number;
  wrapWidth: number;
  rowsShown: number;
  shrunk: number[][];
  overflowing: number;
}

// Runs in the page (a string: the test is type-checked without the DOM library).
const MEASURE = `(() => {
  // every row, as after "Show all"
  const all = document.querySelector("#all-rows");
  if (all) all.checked = true;
  const svgs = [...document.querySelectorAll("svg.marks")];
  const right = document.body.getBoundingClientRect().right;
  return {
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
    tableWidth: document.querySelector("table.ranking").getBoundingClientRect().width,
    wrapWidth: (document.querySelector(".table-wrap") ?? document.body).clientWidth,
    rowsShown: [...document.querySelectorAll("table.ranking tbody tr")]
      .filter((r) => r.offsetHeight > 0).length,
    // a chart drawn smaller than laid out would shrink its text
    shrunk: svgs.map((s) => [s.width.baseVal.value, s.getBoundingClientRect().width])
      .filter(([natural, shown]) => shown < natural - 0.5),
    // no chart sticks out of the content column
    overflowing: svgs.filter((s) => s.getBoundingClientRect().right > right + 1).length,
  };
})()`;

Deno.test({
  name: chromium
    ? "report layout in headless Chromium: no sideways scroll, charts at full size, table within the page"
    : "report layout in headless Chromium (SKIPPED: no chromium found; apt-get install chromium)",
  ignore: chromium === null,
  async fn(t) {
    // dev-only: resolved by this test alone, never by the library or the CLI
    const { default: puppeteer } = await import("npm:puppeteer-core@^24.31.0");
    const dir = await Deno.makeTempDir();
    const browser = await puppeteer.launch({
      executablePath: chromium!,
      args: ["--no-sandbox", "--disable-gpu"],
    });
    try {
      const page = await browser.newPage();
      const requests: string[] = [];
      page.on("request", (r) => requests.push(r.url()));
      for (const [n, shape] of Object.entries(GRIDS)) {
        const runs = syntheticRuns(shape);
        const file = `${dir}/report-${n}.html`;
        const html = await renderReport(runs, rankRuns(runs, 0.9), {
          command: "rectify compare",
          dataset: "synthetic",
          target: 0.9,
          created: "now",
          seconds: 1,
        });
        await Deno.writeTextFile(file, html);
        const url = `file://${file}`;
        for (const width of [1280, 1920]) {
          await t.step(`${n} configurations at ${width} px`, async () => {
            requests.length = 0;
            await page.setViewport({ width, height: 1000 });
            await page.goto(url, { waitUntil: "load" });
            const m = await page.evaluate(MEASURE) as Measures;
            assert.ok(
              m.scrollWidth <= m.innerWidth,
              `page scrolls sideways: ${m.scrollWidth} > ${m.innerWidth}`,
            );
            assert.ok(
              m.tableWidth <= m.wrapWidth + 0.5,
              `table ${m.tableWidth} px in ${m.wrapWidth}`,
            );
            assert.equal(m.rowsShown, Number(n));
            assert.deepEqual(m.shrunk, [], "charts drawn at their laid-out size");
            assert.equal(m.overflowing, 0);
            assert.deepEqual(requests.filter((u) => u !== url), [], "no request but the page");
          });
        }
      }
    } finally {
      await browser.close();
      await Deno.remove(dir, { recursive: true });
    }
  },
});
