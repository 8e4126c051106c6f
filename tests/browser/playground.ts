/**
 * Drive the playground in headless Chromium (puppeteer-core, a dev-only
 * dependency kept here with its own deno.json and lock so that no main
 * command resolves it). Used by `tests/playground/browser_test.ts`.
 *
 * Run: `deno run -A playground.ts CHROMIUM PAGE_URL SCREENSHOT.png DEMO_URL
 * DEMO.png`; prints one JSON object of what it saw.
 *
 * @module
 */

import puppeteer, { type Page } from "npm:puppeteer-core@^24.31.0";

interface Row {
  name: string;
  step: number;
  loss: number;
  firstLoss: number;
  bestLoss: number;
  dead: number[];
  gradPoints: number;
}

const ROWS = `[...document.querySelectorAll("#summary-body tr")].map((tr) => ({
  name: tr.querySelector("th").textContent,
  step: Number(tr.dataset.step),
  loss: Number(tr.dataset.loss),
  firstLoss: Number(tr.dataset.firstLoss),
  bestLoss: Number(tr.dataset.bestLoss),
  dead: JSON.parse(tr.dataset.dead),
  gradPoints: Number(tr.dataset.gradPoints),
}))`;

async function rows(page: Page): Promise<Row[]> {
  return await page.evaluate(ROWS) as Row[];
}

async function waitSteps(page: Page, steps: number): Promise<void> {
  await page.waitForFunction(
    `[...document.querySelectorAll("#summary-body tr")].length === 2 &&
     [...document.querySelectorAll("#summary-body tr")].every((tr) => Number(tr.dataset.step) >= ${steps})`,
    { timeout: 60_000 },
  );
}

async function pluginStatus(page: Page, url: string): Promise<string> {
  await page.$eval("#plugin-status", (e) => e.textContent = "");
  await page.evaluate(`document.querySelector("#plugin-url").value = ""`);
  await page.type("#plugin-url", url);
  await page.keyboard.press("Enter");
  await page.waitForFunction(`document.querySelector("#plugin-status").textContent !== ""`);
  return await page.$eval("#plugin-status", (e) => e.textContent ?? "");
}

const [chromium, url, screenshot, demoUrl, demoShot] = Deno.args;
const browser = await puppeteer.launch({
  executablePath: chromium,
  args: ["--no-sandbox", "--disable-gpu"],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 1000 });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(url, { waitUntil: "load" });
  await waitSteps(page, 20);
  const early = await rows(page);
  await waitSteps(page, 600);
  const timings = await page.evaluate("globalThis.playgroundTimings") as Record<string, number>;
  // pause with the keyboard: focus the Train/Pause button and press Enter
  await page.focus("#train");
  await page.keyboard.press("Enter");
  await page.waitForFunction(
    `document.querySelector("#train").getAttribute("aria-pressed") === "false"`,
  );
  await new Promise((r) => setTimeout(r, 300));
  const paused = await rows(page);
  await page.focus("#step");
  await page.keyboard.press("Enter");
  await page.waitForFunction(
    `Number(document.querySelector("#summary-body tr").dataset.step) === ${paused[0].step + 1}`,
  );
  const stepped = await rows(page);
  const layout = await page.evaluate(`({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
    unlabelled: [...document.querySelectorAll("input, select")].filter((e) =>
      !(e.labels && e.labels.length) && !e.getAttribute("aria-label")).map((e) => e.id),
    activations: document.querySelector("#activation-0").options.length,
    reluOptions: [...document.querySelectorAll("#activation-0-options input")].map((e) => e.dataset.option),
  })`);
  await page.screenshot({ path: screenshot, fullPage: true });
  // plugins by URL
  const bad = await pluginStatus(page, "/plugins/future_plugin.js");
  const missing = await pluginStatus(page, "/plugins/no_such_plugin.js");
  const good = await pluginStatus(page, "/plugins/square_plus.js");
  await page.select("#activation-1", "squarePlus");
  await page.waitForFunction(
    `document.querySelector("#summary-body tr:nth-child(2) th").textContent.includes("squarePlus")`,
  );
  await page.click("#step");
  await page.click("#step");
  await page.waitForFunction(
    `Number(document.querySelector("#summary-body tr:nth-child(2)").dataset.step) === 2`,
  );
  const plugin = await rows(page);
  const pluginError = await page.$eval("#error-1", (e) => e.textContent);
  const hash = await page.evaluate("location.hash") as string;
  // the README's dying-ReLU link, in a fresh page
  const demoPage = await browser.newPage();
  await demoPage.setViewport({ width: 1280, height: 1000 });
  demoPage.on("request", (r) => requests.push(r.url()));
  await demoPage.goto(demoUrl, { waitUntil: "load" });
  await waitSteps(demoPage, 800);
  await demoPage.click("#train");
  await new Promise((r) => setTimeout(r, 300));
  const demo = await rows(demoPage);
  await demoPage.screenshot({ path: demoShot, fullPage: true });
  const origin = new URL(url).origin;
  console.log(JSON.stringify({
    early,
    late: paused,
    stepped,
    timings,
    layout,
    plugin: { bad, missing, good, rows: plugin, error: pluginError, hash },
    demo,
    external: requests.filter((r) => !r.startsWith(origin) && !r.startsWith("data:")),
    errors,
  }));
} finally {
  await browser.close();
}
