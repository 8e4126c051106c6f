/**
 * Measure report pages in headless Chromium (puppeteer-core, a dev-only
 * dependency that lives here with its own deno.json and lock file, so that no
 * main command resolves it). Used by `tests/cli/report_layout_test.ts`.
 *
 * Run: `deno run -A measure.ts CHROMIUM WIDTHS FILE.html...` (WIDTHS like
 * `1280,1920`); prints one JSON line per file and width.
 *
 * @module
 */

import puppeteer from "npm:puppeteer-core@^24.31.0";
import type { Measures } from "./measures.ts";

// Runs in the page.
const MEASURE = `(() => {
  // every row, as after "Show all"
  const all = document.querySelector("#all-rows");
  if (all) all.checked = true;
  const svgs = [...document.querySelectorAll("svg.marks")];
  const right = document.body.getBoundingClientRect().right;
  const rows = [...document.querySelectorAll("table.ranking tbody tr")];
  return {
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
    tableWidth: document.querySelector("table.ranking").getBoundingClientRect().width,
    wrapWidth: (document.querySelector(".table-wrap") ?? document.body).clientWidth,
    rows: rows.length,
    rowsShown: rows.filter((r) => r.offsetHeight > 0).length,
    shrunk: svgs.map((s) => [s.width.baseVal.value, s.getBoundingClientRect().width])
      .filter(([natural, shown]) => shown < natural - 0.5),
    overflowing: svgs.filter((s) => s.getBoundingClientRect().right > right + 1).length,
  };
})()`;

const [chromium, widths, ...files] = Deno.args;
const browser = await puppeteer.launch({
  executablePath: chromium,
  args: ["--no-sandbox", "--disable-gpu"],
});
try {
  const page = await browser.newPage();
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  for (const file of files) {
    const url = new URL(`file://${file}`).href;
    for (const width of widths.split(",").map(Number)) {
      requests.length = 0;
      await page.setViewport({ width, height: 1000 });
      await page.goto(url, { waitUntil: "load" });
      const m = await page.evaluate(MEASURE) as Omit<
        Measures,
        "file" | "width" | "requests"
      >;
      const other = requests.filter((u) => u !== url);
      console.log(JSON.stringify({ file, width, ...m, requests: other }));
    }
  }
} finally {
  await browser.close();
}
