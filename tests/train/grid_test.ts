import assert from "node:assert/strict";
import { splitSpecList, zeros } from "../../mod.ts";
import { BAR_ORIENTATIONS, bars, moons, xor } from "../../datasets/mod.ts";
import { decodeModel } from "../../models/mod.ts";
import {
  cellCost,
  defineGrid,
  expandSweep,
  type GridResult,
  type GridSpec,
  mergeResults,
  parseShard,
  runGrid,
  shardCells,
} from "../../train/mod.ts";
import { startGridWorkers } from "../../train/grid.ts";

const data = [{ name: "xor", train: xor({ n: 96, seed: 0 }), val: xor({ n: 32, seed: 1 }) }];
const small: GridSpec = {
  data,
  architectures: [[6]],
  activations: ["relu", "tanh"],
  optimizers: ["adam:lr=[1e-3,1e-2]"],
  seeds: [0, 1],
  epochs: 2,
  batchSize: 16,
};

/** Results without the wall-clock fields, for exact comparison. */
function bits(r: GridResult) {
  return r.results.map((c) => ({
    ...c,
    seconds: 0,
    history: c.history.map((m) => ({ ...m, seconds: 0 })),
  }));
}

Deno.test("expandSweep() expands value lists in order and keeps the written text", async (t) => {
  const cases: [string, string[]][] = [
    ["relu", ["relu"]],
    ["adam:lr=[1e-4,1e-3,1e-2]", ["adam:lr=1e-4", "adam:lr=1e-3", "adam:lr=1e-2"]],
    ["sgd:lr=[0.01,0.1],momentum=0.9", ["sgd:lr=0.01,momentum=0.9", "sgd:lr=0.1,momentum=0.9"]],
    [
      "sgd:lr=[0.01, 0.1],momentum=[0,0.9]",
      [
        "sgd:lr=0.01,momentum=0",
        "sgd:lr=0.01,momentum=0.9",
        "sgd:lr=0.1,momentum=0",
        "sgd:lr=0.1,momentum=0.9",
      ],
    ],
    ['{"name":"adam","options":{"betas":[0.9,0.99]}}', [
      '{"name":"adam","options":{"betas":[0.9,0.99]}}',
    ]],
  ];
  for (const [spec, want] of cases) {
    await t.step(spec, () => assert.deepEqual(expandSweep(spec), want));
  }
  await t.step("bad lists name the spec and what was expected", () => {
    assert.throws(() => expandSweep("adam:lr=[1e-3"), /"\[" without "\]"/);
    assert.throws(() => expandSweep("adam:lr=1e-3]"), /"\]" without "\["/);
    assert.throws(() => expandSweep("adam:lr=[]"), /one or more plain values/);
    assert.throws(() => expandSweep("adam:lr=[0.1,0.1]"), /"lr" lists 0\.1 twice/);
    assert.throws(() => expandSweep("[relu,elu]"), /a value list goes in an option/);
  });
  await t.step("splitSpecList() keeps a list's commas inside its spec", () => {
    assert.deepEqual(splitSpecList("adam:lr=[1e-4,1e-3],relu,sgd:lr=[0.01,0.1],momentum=0.9"), [
      "adam:lr=[1e-4,1e-3]",
      "relu",
      "sgd:lr=[0.01,0.1],momentum=0.9",
    ]);
  });
});

Deno.test("defineGrid() orders cells, validates every axis and fingerprints cells, settings and data", async (t) => {
  const grid = await defineGrid(small);
  await t.step("order: activation × optimizer (sweep expanded) × seed, run ids by position", () => {
    assert.deepEqual(
      grid.cells.map((c) => `${c.run} ${c.activation} ${c.optimizer} ${c.seed}`),
      [
        "r01 relu adam:lr=1e-3 0",
        "r02 relu adam:lr=1e-3 1",
        "r03 relu adam:lr=1e-2 0",
        "r04 relu adam:lr=1e-2 1",
        "r05 tanh adam:lr=1e-3 0",
        "r06 tanh adam:lr=1e-3 1",
        "r07 tanh adam:lr=1e-2 0",
        "r08 tanh adam:lr=1e-2 1",
      ],
    );
    assert.deepEqual(grid.varying, []);
  });
  await t.step("the fingerprint changes with the settings and with one byte of data", async () => {
    assert.equal((await defineGrid(small)).fingerprint, grid.fingerprint);
    assert.notEqual((await defineGrid({ ...small, epochs: 3 })).fingerprint, grid.fingerprint);
    const x = data[0].train.x.slice();
    x[5] += 1;
    const changed = [{ ...data[0], train: { ...data[0].train, x } }];
    assert.notEqual((await defineGrid({ ...small, data: changed })).fingerprint, grid.fingerprint);
  });
  await t.step("bad grids fail naming the field and the value", async () => {
    const bad: [Partial<GridSpec>, RegExp][] = [
      [{ activations: [] }, /activations must hold at least one value/],
      [{ seeds: [0, 0] }, /seeds lists a seed twice/],
      [{ seeds: [-1] }, /seeds must be integers >= 0, got -1/],
      [{ architectures: [[0]] }, /positive integer widths, got \[0\]/],
      [{ epochs: 1.5 }, /epochs must be an integer >= 0, got 1.5/],
      [{ optimizers: ["adam:lr=[1e-3,1e-3]"] }, /lists 1e-3 twice/],
      [{ optimizers: ["adam", "adam"] }, /optimizers lists "adam" twice/],
      [{ activations: ["relu", "rleu"] }, /rleu/],
      [{ data: [data[0], data[0]] }, /dataset "xor" is listed twice/],
    ];
    for (const [patch, re] of bad) {
      await assert.rejects(defineGrid({ ...small, ...patch } as GridSpec), re);
    }
  });
});

Deno.test("shardCells() puts every cell in exactly one shard, balanced by expected cost", async () => {
  const grid = await defineGrid({
    data: [...data, { name: "moons", train: moons({ n: 300, seed: 0 }) }],
    architectures: [[4], [16, 16], [32]],
    activations: ["relu", "elu", "tanh"],
    seeds: [0, 1, 2],
    epochs: 1,
  });
  assert.deepEqual(grid.varying, ["dataset", "layers"]);
  const costs = grid.cells.map((c) => cellCost(grid, c));
  for (const count of [1, 2, 3, 4, 7]) {
    const shards = Array.from(
      { length: count },
      (_, i) => shardCells(grid, { index: i + 1, count }),
    );
    const runs = shards.flat().map((c) => c.run).sort();
    assert.deepEqual(runs, grid.cells.map((c) => c.run).sort(), `count ${count}: exactly once`);
    const loads = shards.map((s) => s.reduce((sum, c) => sum + costs[c.index], 0));
    // greedy largest-first: no shard exceeds another by more than the largest cell
    assert.ok(Math.max(...loads) - Math.min(...loads) <= Math.max(...costs), `count ${count}`);
    assert.deepEqual(shardCells(grid, { index: 1, count }), shards[0], "deterministic");
  }
  assert.throws(() => parseShard("0/3"), /1 <= i <= n/);
  assert.throws(() => parseShard("4/3"), /got "4\/3"/);
  assert.deepEqual(parseShard(" 3/3 "), { index: 3, count: 3 });
});

Deno.test("runGrid() gives the same bits with jobs 1 and 2, and shards merge into the whole grid", async (t) => {
  const grid = await defineGrid(small);
  const one = await runGrid(grid, { jobs: 1 });
  const starts: string[] = [];
  const two = await runGrid(grid, { jobs: 2, onCellStart: (c) => starts.push(c.run) });
  await t.step("jobs 2 ran every cell in workers, with identical results", () => {
    assert.equal(starts.length, 8);
    assert.deepEqual(bits(two), bits(one));
    assert.ok(one.results.every((r) => r.status === "done" && r.history.length === 2));
  });
  await t.step("workers started ahead are taken by the next pool; the rest are ended", async () => {
    const end = startGridWorkers(3);
    const ahead = await runGrid(grid, { jobs: 2 });
    assert.deepEqual(bits(ahead), bits(one));
    assert.equal(end(), 1);
    assert.equal(end(), 0);
    assert.equal(startGridWorkers(2)(), 2);
  });
  const parts: GridResult[] = [];
  for (const index of [1, 2, 3]) {
    parts.push(await runGrid(grid, { jobs: index === 2 ? 2 : 1, shard: { index, count: 3 } }));
  }
  await t.step("three shards merge into the whole grid's results", () => {
    assert.deepEqual(parts.map((p) => p.results.length), [3, 3, 2]);
    const merged = mergeResults(parts);
    assert.deepEqual(bits(merged), bits(one));
    assert.deepEqual(merged.missing, []);
  });
  await t.step("missing, duplicated and foreign parts are refused by name", async () => {
    assert.throws(() => mergeResults([parts[0], parts[2]]), (e: Error) => {
      assert.match(e.message, /3 of 8 cells are missing: r02 \(xor \[6\] relu \| adam:lr=1e-3/);
      return true;
    });
    assert.throws(
      () => mergeResults([parts[0], parts[1], parts[2], { ...parts[1], source: "again" }]),
      /3 cells are in more than one part: r02 .* in part 2 and again/,
    );
    const other = await runGrid({ ...small, epochs: 1 }, {
      jobs: 1,
      shard: { index: 1, count: 3 },
    });
    assert.throws(
      () => mergeResults([parts[0], parts[1], { ...other, source: "elsewhere" }]),
      /elsewhere is from another grid/,
    );
    const partial = mergeResults([parts[0], parts[2]], { allowPartial: true });
    assert.deepEqual(partial.missing, parts[1].results.map((r) => r.run));
    assert.equal(partial.results.length, 5);
  });
});

Deno.test("runGrid() on an architecture axis (an MLP and a CNN): the same bits and model files with jobs 1 and 2, shards merge", async (t) => {
  const images = {
    name: "bars",
    train: bars({ n: 64, size: 8, seed: 0 }),
    val: bars({ n: 32, size: 8, seed: 1 }),
    model: {
      preprocessing: null,
      // no inputShape: a CNN's file records the data's image shape
      labels: { task: "classification" as const, outputs: [...BAR_ORIENTATIONS] },
    },
  };
  const grid = await defineGrid({
    data: [images],
    architectures: [[6], "conv:3x3,padding=1,act,pool:2,conv:4x3,act,gap"],
    activations: ["relu", "elu"],
    optimizers: ["adam:lr=0.01"],
    seeds: [0, 1],
    epochs: 2,
    batchSize: 16,
  });
  const cnn = grid.cells.filter((c) => c.arch !== undefined);
  await t.step("the CNN cells fill the act slots and are measured on their model", () => {
    assert.deepEqual(grid.varying, ["layers"]);
    assert.equal(cnn.length, 4);
    const mlp = grid.shapes.get("r01")!, conv = grid.shapes.get(cnn[0].run)!;
    assert.deepEqual([mlp.activationLayers, mlp.weightLayers], [1, 2]);
    assert.equal(mlp.multiplyAdds, 64 * 6 + 6 * 4);
    // two activation slots, two convolutions and the appended output layer
    assert.deepEqual([conv.activationLayers, conv.weightLayers], [2, 3]);
    // conv 3x3 1->3 at 8x8, conv 3x3 3->4 at 2x2 (after pool:2 and no padding), dense 4->4
    assert.equal(conv.multiplyAdds, 27 * 64 + 108 * 4 + 16);
    assert.ok(cellCost(grid, cnn[0]) > cellCost(grid, grid.cells[0]));
  });
  const run = async (jobs: number, shard?: { index: number; count: number }) => {
    const files = new Map<string, Uint8Array>();
    const result = await runGrid(grid, {
      jobs,
      shard: shard ?? null,
      onModel: (c, file) => void files.set(c.run, file),
    });
    return { result, files };
  };
  const one = await run(1);
  const two = await run(2);
  await t.step("jobs 2 gives jobs 1's bits and model files, byte for byte", () => {
    assert.ok(one.result.results.every((r) => r.status === "done" && r.history.length === 2));
    assert.deepEqual(bits(two.result), bits(one.result));
    assert.equal(one.files.size, 8);
    assert.deepEqual([...two.files.keys()].sort(), [...one.files.keys()].sort());
    for (const [k, v] of one.files) assert.deepEqual(two.files.get(k), v, k);
  });
  await t.step("each model file loads, with the CNN's image input and the labels", () => {
    for (const c of grid.cells) {
      const m = decodeModel(one.files.get(c.run)!, c.run);
      assert.deepEqual(m.architecture.inputShape, c.arch ? [1, 8, 8] : [64]);
      assert.deepEqual(m.labels?.outputs, [...BAR_ORIENTATIONS]);
      const out = m.model.call(zeros(c.arch ? [2, 1, 8, 8] : [2, 64]));
      assert.deepEqual(out.shape, [2, 4]);
    }
  });
  await t.step("three shards of the grid merge into its rows", async () => {
    const parts: GridResult[] = [];
    for (const index of [1, 2, 3]) {
      parts.push((await run(index === 2 ? 2 : 1, { index, count: 3 })).result);
    }
    assert.deepEqual(bits(mergeResults(parts)), bits(one.result));
  });
  await t.step("an architecture without a slot, or on plain features, is refused", async () => {
    await assert.rejects(
      defineGrid({
        data: [images],
        architectures: ["conv:2x3,relu,gap"],
        activations: ["relu", "elu"],
      }),
      /architecture "conv:2x3,relu,gap" has no "act" slot, so its 2 activations would train the same network/,
    );
    await assert.rejects(
      defineGrid({ data, architectures: ["conv:2x3,act,gap"] }),
      /architecture "conv:2x3,act,gap" needs image data \(\[C, H, W\]\), but dataset "xor" has 2 plain features/,
    );
  });
});
