import assert from "node:assert/strict";
import { parseHTML } from "linkedom";
import { renderReport } from "../../cli/_report.ts";
import {
  COLOUR_MODE_LIMIT,
  curvePoints,
  fitAxis,
  styleOf,
  withLabelPositions,
} from "../../cli/_report_charts.ts";
import { rankRuns, tableCells } from "../../cli/_summary.ts";
import { ACTIVATIONS, GRIDS, type GridShape, syntheticRuns } from "./_report_fixture.ts";

const INFO = {
  command: "rectify compare",
  dataset: "synthetic",
  target: 0.9,
  created: "now",
  seconds: 1,
};

// deno-lint-ignore no-explicit-any
type Doc = any;

async function page(shape: GridShape): Promise<{ html: string; document: Doc }> {
  const runs = syntheticRuns(shape);
  const html = await renderReport(runs, rankRuns(runs, 0.9), INFO);
  return { html, document: (parseHTML(html) as Doc).document };
}

Deno.test("report style: colour and dash per configuration, grey context beyond the colour limit", async (t) => {
  await t.step("28 configurations: every line coloured by activation, dashed by optimizer", () => {
    const table = rankRuns(syntheticRuns(GRIDS[28]), 0.9);
    const style = styleOf(table);
    assert.equal(style.mode, "colour");
    assert.equal(style.colourTitle, "activation");
    assert.equal(style.dashTitle, "optimizer");
    assert.equal(style.colourLegend.length, 7);
    assert.equal(style.dashLegend.length, 4);
    // the pair (colour, dash) identifies a configuration
    const pairs = new Set([...style.byConfig.values()].map((s) => `${s.colour}/${s.dash}`));
    assert.equal(pairs.size, 28);
    assert.equal(style.top, 3);
  });
  await t.step(
    "100 configurations: top 5 coloured with distinct (colour, dash), the rest grey",
    () => {
      const table = rankRuns(syntheticRuns(GRIDS[100]), 0.9);
      assert.ok(table.length > COLOUR_MODE_LIMIT);
      const style = styleOf(table);
      assert.equal(style.mode, "context");
      assert.equal(style.dashTitle, "optimizer · init");
      const top = [...style.byConfig.values()].filter((s) => s.top);
      assert.deepEqual(top.map((s) => s.rank), [1, 2, 3, 4, 5]);
      assert.equal(new Set(top.map((s) => `${s.colour}/${s.dash}`)).size, 5);
      assert.ok(style.colourLegend.length <= 5 && style.dashLegend.length <= 5);
      assert.ok([...style.byConfig.values()].filter((s) => !s.top).every((s) => s.dash === null));
    },
  );
  await t.step("one activation: the settings get the colours, no dash", () => {
    const style = styleOf(
      rankRuns(syntheticRuns({ activations: ["relu"], optimizers: ["adam", "sgd", "lion"] }), 0.9),
    );
    assert.equal(style.colourTitle, "optimizer");
    assert.equal(style.dashTitle, null);
    assert.equal(new Set([...style.byConfig.values()].map((s) => s.colour)).size, 3);
  });
});

Deno.test("fitAxis() fits the settled epochs, so runs at 97–99% are not squeezed by epoch 1 at 30%", () => {
  const runs = syntheticRuns({
    activations: ["relu", "gelu", "elu"],
    optimizers: ["adam"],
    epochs: 20,
  });
  for (const [i, r] of runs.entries()) {
    r.history.forEach((m, e) => (m.valAccuracy = e === 0 ? 0.3 : 0.97 + 0.01 * i + 0.0001 * e));
  }
  const table = rankRuns(runs, 0.9);
  const style = styleOf(table);
  const points = curvePoints(runs, style, (m) => m.valAccuracy);
  const axis = fitAxis(points, style, { bounds: [0, 1] });
  assert.ok(axis.domain[0] > 0.9, `domain ${axis.domain}`);
  assert.ok(axis.domain[1] <= 1);
  assert.ok(axis.clipped, "the 30% points fall outside and are reported as cut off");
  assert.equal(axis.from, 6);
  // without an outlying start the whole range is kept
  for (const r of runs) r.history[0].valAccuracy = 0.96;
  const calm = fitAxis(curvePoints(runs, style, (m) => m.valAccuracy), style, { bounds: [0, 1] });
  assert.equal(calm.clipped, false);
  // a minimum span keeps one validation example from looking like a trend
  const wide = fitAxis(points, style, { bounds: [0, 1], minSpan: 0.05 });
  assert.ok(wide.domain[1] - wide.domain[0] >= 0.05 && wide.domain[1] <= 1, `${wide.domain}`);
});

Deno.test("fitAxis() keeps the whole curve of a single configuration", () => {
  const runs = syntheticRuns({ activations: ["relu"], optimizers: ["adam"], epochs: 12 });
  runs[0].history.forEach((m, e) => (m.valAccuracy = e === 0 ? 0.3 : 0.9));
  const style = styleOf(rankRuns(runs, 0.9));
  const axis = fitAxis(curvePoints(runs, style, (m) => m.valAccuracy), style, { bounds: [0, 1] });
  assert.ok(axis.domain[0] < 0.3 && !axis.clipped, `${axis.domain}`);
});

Deno.test("withLabelPositions() keeps rank labels 12 px apart and inside the axis", () => {
  const runs = syntheticRuns({
    activations: ACTIVATIONS.slice(0, 5),
    optimizers: ["adam"],
    epochs: 5,
  });
  for (const r of runs) for (const m of r.history) m.valLoss = 0.5; // every line ends at the same value
  const table = rankRuns(runs, 0.9);
  const style = styleOf(table);
  const points = curvePoints(runs, style, (m) => m.valLoss);
  const placed = withLabelPositions(points, 5, [0, 1], 300, false)
    .filter((p) => p.ly !== undefined).map((p) => p.ly! * 300).sort((a, b) => a - b);
  assert.equal(placed.length, style.top);
  for (let i = 1; i < placed.length; i++) assert.ok(placed[i] - placed[i - 1] >= 12 - 1e-9);
  assert.ok(placed.every((px) => px >= 0 && px <= 300));
});

Deno.test("renderReport() sections, table and legends at 2, 28 and 100 configurations", async (t) => {
  for (const [n, shape] of Object.entries(GRIDS)) {
    const { html, document } = await page(shape);
    await t.step(`${n}: self-contained: no scripts, no external resources`, () => {
      assert.equal(document.querySelectorAll("script, link, img, iframe, object, embed").length, 0);
      assert.doesNotMatch(html, /\b(src|href)\s*=\s*["']?(https?:)?\/\//i);
      assert.doesNotMatch(html, /url\((?!#)|@import/); // url(#clip1) is an in-page reference
    });
    await t.step(`${n}: the curve charts in order, and a table row per configuration`, () => {
      const metrics = [...document.querySelectorAll("figure[data-metric]")].map((f: Doc) =>
        f.getAttribute("data-metric")
      );
      assert.deepEqual(metrics, [
        "valAccuracy",
        "valLoss",
        "trainLoss",
        "deadFraction",
        "gradNorm",
      ]);
      assert.equal(document.querySelectorAll("table.ranking tbody tr").length, Number(n));
      const hidden = document.querySelectorAll("table.ranking tr.more").length;
      assert.equal(hidden, Number(n) > 25 ? Number(n) - 20 : 0);
    });
    await t.step(`${n}: legends list at most 10 entries each and no label is truncated`, () => {
      for (const fig of document.querySelectorAll("figure.chart")) {
        for (const legend of fig.querySelectorAll("g.role-legend")) {
          const labels = [...legend.querySelectorAll("g.role-legend-label text")].map((x: Doc) =>
            x.textContent
          );
          assert.ok(labels.length <= 10, `${labels.length} legend entries: ${labels.join(", ")}`);
        }
        for (
          const text of fig.querySelectorAll(
            "g.role-legend-label text, g.role-legend-title text, g.role-title-text text",
          )
        ) {
          assert.ok(!text.textContent.includes("…"), `truncated legend text "${text.textContent}"`);
        }
      }
    });
    await t.step(
      `${n}: overview heatmap from 4 configurations on, confusion matrices of the best and last`,
      () => {
        assert.equal(
          document.querySelectorAll('[data-chart="overview"]').length,
          Number(n) >= 4 ? 1 : 0,
        );
        const confusion = [...document.querySelectorAll('[data-chart="confusion"] figcaption')].map(
          (f: Doc) => f.textContent,
        );
        assert.equal(confusion.length, 2);
        assert.match(confusion[0], /^#1 \(best\)/);
        assert.match(confusion[1], new RegExp(`^#${n} \\(last-ranked\\)`));
      },
    );
  }
});

Deno.test("renderReport() of a regression shows RMSE and R², no accuracy and no confusion matrix", async () => {
  const runs = syntheticRuns({
    activations: ["relu", "tanh"],
    optimizers: ["adam", "sgd"],
    task: "regression",
    seeds: 2,
  });
  const table = rankRuns(runs, 0.9);
  // ranked by mean final RMSE, lower first
  for (let i = 1; i < table.length; i++) {
    assert.ok(table[i - 1].finalValRmse.mean! <= table[i].finalValRmse.mean!);
  }
  const { head } = tableCells(table, 0.9);
  assert.ok(head.includes("final val RMSE") && head.includes("final val R²"));
  assert.ok(!head.some((h) => /acc|epochs to/.test(h)), head.join(", "));
  const { document } = parseHTML(await renderReport(runs, table, INFO)) as Doc;
  const metrics = [...document.querySelectorAll("figure[data-metric]")].map((f: Doc) =>
    f.getAttribute("data-metric")
  );
  assert.deepEqual(metrics, ["valRmse", "valR2", "trainLoss", "deadFraction", "gradNorm"]);
  assert.equal(document.querySelectorAll('[data-chart="confusion"]').length, 0);
  assert.match(
    document.querySelector('[data-chart="overview"] figcaption').textContent,
    /validation RMSE/,
  );
});
