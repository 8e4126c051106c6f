import assert from "node:assert/strict";
import { Optimizer, RectifyError, tensor } from "../../mod.ts";
import { model } from "./_train.ts";

Deno.test("Optimizer groups: no weight decay on biases", () => {
  const m = model();
  const named = m.namedParameters();
  const before = new Map(named.map(([n, p]) => [n, Float64Array.from(p.data)]));
  const opt = new Optimizer(named, "sgd:lr=0.1,weightDecay=0.5", {
    groups: [{ params: "*.bias", options: { weightDecay: 0 } }],
  });
  assert.deepEqual(opt.groups.map((g) => g.options.weightDecay), [0, 0.5]);
  assert.deepEqual(opt.groups[0].names, ["0.bias", "2.bias"]);
  for (const [, p] of named) p.grad = tensor(new Array(p.size).fill(1), { shape: p.shape });
  opt.step();
  for (const [n, p] of named) {
    const b = before.get(n)!;
    for (let i = 0; i < p.size; i++) {
      // float32 buffers: g (+ wd·p), then × −lr, then p + u, each rounded.
      const g = n.endsWith("bias") ? 1 : Math.fround(1 + 0.5 * b[i]);
      const want = Math.fround(b[i] + Math.fround(g * -0.1));
      assert.equal(p.data[i], want, `${n}[${i}]`);
    }
  }
});

Deno.test("Optimizer groups: a smaller lr for the first layer, also under a schedule", () => {
  const m = model();
  const named = m.namedParameters();
  const opt = new Optimizer(named, "sgd:lr=0.1", {
    groups: [{ params: "0.*", options: { lr: 0.01 } }],
  });
  assert.deepEqual(opt.groups.map((g) => [g.names, g.lr]), [
    [["0.weight", "0.bias"], 0.01],
    [["2.weight", "2.bias"], 0.1],
  ]);
  const before = new Map(named.map(([n, p]) => [n, Float64Array.from(p.data)]));
  for (const [, p] of named) p.grad = tensor(new Array(p.size).fill(1), { shape: p.shape });
  opt.step();
  for (const [n, p] of named) {
    const lr = n.startsWith("0.") ? 0.01 : 0.1;
    assert.equal(p.data[0], Math.fround(before.get(n)![0] + Math.fround(-lr)), n);
  }
  opt.applySchedule({ lr: (base) => base / 2, step() {}, state: () => null, load() {} });
  assert.deepEqual(opt.groups.map((g) => g.lr), [0.005, 0.05]);
});

Deno.test("Optimizer groups: a RegExp selector works, and the first matching group wins", () => {
  const m = model();
  const opt = new Optimizer(m.namedParameters(), "adam", {
    groups: [{ params: /^2\./, options: { lr: 0.5 } }, {
      params: "*.weight",
      options: { lr: 0.2 },
    }],
  });
  assert.deepEqual(opt.groups.map((g) => [g.names, g.lr]), [
    [["2.weight", "2.bias"], 0.5],
    [["0.weight"], 0.2],
    [["0.bias"], 0.001],
  ]);
});

Deno.test("Optimizer groups: a pattern matching no parameter is a clear error", () => {
  const m = model();
  assert.throws(
    () =>
      new Optimizer(m.namedParameters(), "adam", {
        groups: [{ params: "*.gamma", options: { lr: 1 } }],
      }),
    (e: unknown) => {
      assert.ok(e instanceof RectifyError);
      assert.equal(e.code, "option");
      assert.match(e.message, /parameter group pattern \*\.gamma matches no parameter/);
      assert.match(e.message, /0\.weight, 0\.bias, 2\.weight, 2\.bias/);
      return true;
    },
  );
});

Deno.test("Optimizer groups: an unknown option in a group is rejected", () => {
  const m = model();
  assert.throws(
    () =>
      new Optimizer(m.namedParameters(), "sgd", {
        groups: [{ params: "*.bias", options: { decay: 0 } }],
      }),
    /Cannot create "sgd": unknown option "decay"/,
  );
});
