import assert from "node:assert/strict";
import { RectifyError } from "../../mod.ts";
import {
  checkLabels,
  circles,
  featureStats,
  loadBuiltinDataset,
  moons,
  parseCsvDataset,
  spiral,
  standardize,
  teacher,
  trainValSplit,
  xor,
} from "../../datasets/mod.ts";

function csvError(fn: () => unknown): RectifyError {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof RectifyError, String(e));
    assert.equal(e.code, "csv");
    return e;
  }
  assert.fail("expected a csv error");
}

Deno.test("parseCsvDataset() reads numeric features and integer or text labels", () => {
  const ds = parseCsvDataset("a,label,b\n1,0,2\n3,2,4.5\n", { file: "t.csv" });
  assert.deepEqual([ds.rows, ds.features, ds.classes, ds.task], [2, 2, 3, "classification"]);
  assert.deepEqual([...ds.x], [1, 2, 3, 4.5]);
  assert.deepEqual(ds.featureNames, ["a", "b"]);
  const named = parseCsvDataset("x,species\n1,b\n2,a\n3,b\n", { label: "species" });
  assert.deepEqual(named.labelNames, ["a", "b"]);
  assert.deepEqual([...named.y], [1, 0, 1]);
  const reg = parseCsvDataset("x,label\n1,0.5\n2,1.5\n");
  assert.equal(reg.task, "regression");
});

Deno.test("parseCsvDataset() names file, line and column of each problem", async (t) => {
  const cases: [string, string, Record<string, unknown>, RegExp][] = [
    ["ragged row", "a,b,label\n1,2,0\n\n1,2\n", { line: 4, column: 3 }, /ragged row/],
    ["non-numeric cell", "a,b,label\n1,2,0\n1,NaNx,1\n", { line: 3, column: 2 }, /"NaNx"/],
    ["missing label", "a,b\n1,2\n", { line: 1, column: 3 }, /missing label column "label"/],
    ["empty file", "  \n", { line: 1, column: 1 }, /empty/],
    ["header only", "a,label\n", { line: 2, column: 1 }, /no data rows/],
    ["negative class", "a,label\n1,0\n2,-1\n", { line: 3, column: 2 }, /class index/],
    ["unclosed quote", 'a,label\n1,"0\n', { line: 2 }, /malformed CSV/],
  ];
  for (const [name, text, where, pattern] of cases) {
    await t.step(name, () => {
      const e = csvError(() =>
        parseCsvDataset(text, {
          file: "d.csv",
          task: name === "negative class" ? "classification" : "auto",
        })
      );
      assert.match(e.message, pattern);
      assert.match(e.message, /^d\.csv:\d+:\d+: /);
      for (const [k, v] of Object.entries(where)) {
        assert.equal(e.details[k], v, `${k} in ${e.message}`);
      }
      assert.equal(e.details.file, "d.csv");
    });
  }
});

Deno.test("loadBuiltinDataset() loads the shipped real datasets", async () => {
  const expected = {
    digits: [1797, 64, 10],
    iris: [150, 4, 3],
    wine: [178, 13, 3],
    breastCancer: [569, 30, 2],
  };
  for (const [name, shape] of Object.entries(expected)) {
    const ds = await loadBuiltinDataset(name as keyof typeof expected);
    assert.deepEqual([ds.rows, ds.features, ds.classes], shape, name);
    assert.equal(ds.name, name);
  }
});

Deno.test("generators are deterministic under a seed and differ across seeds", () => {
  for (
    const make of [
      (s: number) => spiral({ seed: s }),
      (s: number) => xor({ seed: s }),
      (s: number) => moons({ seed: s }),
      (s: number) => circles({ seed: s }),
    ]
  ) {
    const a = make(1), b = make(1), c = make(2);
    assert.deepEqual(a.x, b.x);
    assert.deepEqual(a.y, b.y);
    assert.notDeepEqual(a.x, c.x);
    assert.ok([...a.y].every((v) => Number.isInteger(v) && v >= 0 && v < a.classes));
  }
  const x = xor({ n: 500, noise: 0, seed: 0 });
  for (let i = 0; i < x.rows; i++) {
    assert.equal(x.y[i], (x.x[2 * i] > 0) !== (x.x[2 * i + 1] > 0) ? 1 : 0);
  }
});

Deno.test("circles() puts class 0 on the unit circle and class 1 on the factor circle", () => {
  const c = circles({ n: 101, noise: 0, factor: 0.3, seed: 0 });
  assert.equal(c.rows, 101);
  for (let i = 0; i < c.rows; i++) {
    const r = Math.hypot(c.x[2 * i], c.x[2 * i + 1]);
    assert.ok(Math.abs(r - (c.y[i] === 0 ? 1 : 0.3)) < 1e-6, `row ${i}: radius ${r}`);
  }
  assert.equal([...c.y].filter((v) => v === 0).length, 50);
  assert.throws(() => circles({ factor: 1 }), /factor must be in \(0, 1\), got 1/);
});

Deno.test("teacher() targets are the teacher network's outputs", () => {
  const ds = teacher({ n: 50, inputSize: 3, hidden: [5, 4], seed: 3 });
  assert.equal(ds.task, "regression");
  const names = ds.teacher.namedParameters().map(([n, p]) => `${n}:${p.shape}`);
  assert.deepEqual(names, [
    "0.weight:3,5",
    "0.bias:5",
    "2.weight:5,4",
    "2.bias:4",
    "4.weight:4,1",
    "4.bias:1",
  ]);
  // Recompute the first target by hand from the teacher's weights.
  const [w1, b1, w2, b2, w3, b3] = ds.teacher.parameters().map((p) => p.data);
  const relu = (v: number) => Math.max(v, 0);
  const h1 = [0, 1, 2, 3, 4].map((j) =>
    relu(b1[j] + [0, 1, 2].reduce((s, i) => s + ds.x[i] * w1[i * 5 + j], 0))
  );
  const h2 = [0, 1, 2, 3].map((j) =>
    relu(b2[j] + h1.reduce((s, h, i) => s + h * w2[i * 4 + j], 0))
  );
  const y = b3[0] + h2.reduce((s, h, i) => s + h * w3[i], 0);
  assert.ok(Math.abs(y - ds.y[0]) < 1e-5, `${y} vs ${ds.y[0]}`);
  assert.ok(new Set(ds.y).size > 10, "targets vary");
});

Deno.test("standardize(), trainValSplit() and checkLabels()", () => {
  const ds = spiral({ seed: 0 });
  const { train, val } = trainValSplit(ds, { valFraction: 0.25, seed: 4 });
  assert.deepEqual([train.rows, val.rows], [225, 75]);
  const again = trainValSplit(ds, { valFraction: 0.25, seed: 4 });
  assert.deepEqual(again.val.x, val.x);
  const z = standardize(train, featureStats(train));
  const st = featureStats(z);
  for (const m of st.mean) assert.ok(Math.abs(m) < 1e-6);
  for (const s of st.std) assert.ok(Math.abs(s - 1) < 1e-5);
  checkLabels(ds, 3);
  assert.throws(
    () => checkLabels(ds, 2),
    (e) =>
      e instanceof RectifyError && e.code === "data" &&
      /label 2, expected a class index in \[0, 1\]/.test(e.message),
  );
  assert.throws(
    () => trainValSplit(ds, { valFraction: 1 }),
    /valFraction must be in \[0, 1\), got 1/,
  );
});
