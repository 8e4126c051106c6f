/**
 * The playground in a real browser: headless Chromium (Debian's `chromium`)
 * driven by `tests/browser/playground.ts` (puppeteer-core, with its own
 * deno.json and lock). Trains spiral with relu and leakyRelu side by side,
 * pauses and steps with the keyboard, loads plugins by URL, and keeps a
 * screenshot in `rectify-out/playground/`. Skipped, visibly, where no
 * Chromium is installed (`.ci/run` installs it).
 */
import assert from "node:assert/strict";
import { servePlayground } from "../../playground/serve.ts";
import { findChromium } from "../browser/chromium.ts";

interface Row {
  name: string;
  step: number;
  loss: number;
  firstLoss: number;
  bestLoss: number;
  dead: number[];
  gradPoints: number;
}

interface Seen {
  early: Row[];
  late: Row[];
  stepped: Row[];
  timings: { firstStep: number; catalog: number };
  layout: {
    scrollWidth: number;
    innerWidth: number;
    unlabelled: string[];
    activations: number;
    reluOptions: string[];
  };
  plugin: { bad: string; missing: string; good: string; rows: Row[]; error: string; hash: string };
  demo: Row[];
  external: string[];
  errors: string[];
}

const chromium = findChromium();
/** The README's dying-ReLU comparison (its hash, after the server's address). */
const DYING_RELU = "#data=spiral&layers0=8,8,8&layers1=8,8,8&act0=relu&act1=leakyRelu:alpha=0.2" +
  "&opt0=adam:lr=0.3&opt1=adam:lr=0.3&init0=heUniform&init1=heUniform&run=1";
const OUT = new URL("../../rectify-out/playground/", import.meta.url).pathname;

Deno.test({
  name: chromium
    ? "playground in headless Chromium: relu and leakyRelu train side by side, monitors update, plugins load by URL"
    : "playground in headless Chromium (SKIPPED: no chromium found; apt-get install chromium)",
  ignore: chromium === null,
  async fn() {
    await Deno.mkdir(OUT, { recursive: true });
    const ac = new AbortController();
    let base = "";
    const server = servePlayground({
      port: 0,
      plugins: new URL("./fixtures/", import.meta.url).pathname,
      signal: ac.signal,
      onListen: (u) => base = u,
    });
    try {
      const page =
        `${base}#data=spiral&act0=relu&act1=leakyRelu&opt0=adam:lr=0.01&opt1=adam:lr=0.01&run=1`;
      const run = await new Deno.Command(Deno.execPath(), {
        args: [
          "run",
          "-A",
          "--check",
          "playground.ts",
          chromium!,
          page,
          `${OUT}screenshot.png`,
          base + DYING_RELU,
          `${OUT}dying-relu.png`,
        ],
        cwd: new URL("../browser/", import.meta.url),
        stdout: "piped",
        stderr: "piped",
        env: { NO_COLOR: "1" },
      }).output();
      const stdout = new TextDecoder().decode(run.stdout);
      assert.equal(run.code, 0, stdout + new TextDecoder().decode(run.stderr));
      const seen = JSON.parse(stdout.trim().split("\n").pop()!) as Seen;
      await Deno.writeTextFile(`${OUT}seen.json`, JSON.stringify(seen, null, 2));
      console.log(
        `page load → first training step: ${seen.timings.firstStep.toFixed(0)} ms ` +
          `(catalog of plugins at ${
            seen.timings.catalog.toFixed(0)
          } ms); screenshot ${OUT}screenshot.png`,
      );
      assert.deepEqual(seen.errors, []);
      assert.deepEqual(seen.external, [], "requests to other hosts");
      // both configurations trained, step for step, and the loss fell
      assert.deepEqual(seen.late.map((r) => r.name), ["A: relu", "B: leakyRelu"]);
      assert.equal(seen.late[0].step, seen.late[1].step);
      for (const r of seen.late) {
        assert.ok(r.step >= 600, `${r.name}: ${r.step} steps`);
        assert.ok(r.loss < 0.7 * r.firstLoss, `${r.name}: loss ${r.firstLoss} → ${r.loss}`);
      }
      // the monitors update: more gradient-norm points later, dead fractions per hidden layer
      for (let i = 0; i < 2; i++) {
        assert.ok(seen.late[i].gradPoints > seen.early[i].gradPoints);
        assert.equal(seen.late[i].dead.length, 2);
        assert.ok(seen.late[i].dead.every((f) => f >= 0 && f <= 1));
      }
      // pause (Enter on the focused Train/Pause button), then one step (Enter on Step)
      assert.equal(seen.stepped[0].step, seen.late[0].step + 1);
      // readable at 1280 px, every control labelled, every activation and relu's gradAtKink offered
      assert.ok(seen.layout.scrollWidth <= seen.layout.innerWidth, JSON.stringify(seen.layout));
      assert.deepEqual(seen.layout.unlabelled, []);
      assert.ok(seen.layout.activations >= 25, `${seen.layout.activations} activations`);
      assert.deepEqual(seen.layout.reluOptions, ["gradAtKink"]);
      // plugins by URL: the same errors as --plugin, and a loaded activation trains
      assert.match(
        seen.plugin.bad,
        /Cannot load plugin from ".*future_plugin\.js": plugin "fromTheFuture" declares apiVersion 99/,
      );
      assert.match(
        seen.plugin.missing,
        /Cannot load plugin from ".*no_such_plugin\.js": importing it failed/,
      );
      assert.match(seen.plugin.good, /Loaded squarePlus from .*square_plus\.js/);
      assert.equal(seen.plugin.rows[1].name, "B: squarePlus");
      assert.equal(seen.plugin.rows[1].step, 2);
      assert.equal(seen.plugin.error, "");
      assert.match(
        seen.plugin.hash,
        /plugin=http%3A%2F%2F127\.0\.0\.1%3A\d+%2Fplugins%2Fsquare_plus\.js/,
      );
      // the dying-ReLU link: relu's last hidden layer dies, so its output is the same for every
      // point and its loss can go no lower than chance (ln 3 on three balanced classes; how
      // close to ln 3 it is by now depends on how many steps ran); leakyRelu learns
      const [relu, leaky] = seen.demo;
      assert.equal(relu.dead[2], 1, JSON.stringify(seen.demo));
      assert.ok(relu.loss > Math.log(3) - 0.01, `relu's loss ${relu.loss}`);
      assert.ok(leaky.dead[2] < 1, JSON.stringify(seen.demo));
      assert.ok(leaky.bestLoss < 0.8, `leakyRelu's best loss ${leaky.bestLoss}`);
    } finally {
      ac.abort();
      await server.finished;
    }
  },
});

Deno.test("the README's dying-ReLU link is the one the browser test runs", async () => {
  const readme = await Deno.readTextFile(new URL("../../README.md", import.meta.url));
  assert.ok(readme.includes(`http://127.0.0.1:8787/${DYING_RELU}`));
});
