import assert from "node:assert/strict";
import {
  addDecayedWeights,
  addWeightDecay,
  chain,
  clipByGlobalNorm,
  createRegistry,
  defineOptimizer,
  scaleByAdam,
  scaleByLearningRate,
} from "../../mod.ts";
import { bits, model, optimizerFor, train } from "./_train.ts";

Deno.test("a user-registered chain optimizer trains exactly like the built-in it recomposes", () => {
  // adam folds lr into its step size and rounds wd·p (torch's operations), the
  // chain scales by lr last: with lr and wd powers of two both round alike
  const registry = createRegistry();
  registry.register(defineOptimizer({
    name: "myAdam",
    version: "1.0.0",
    description: "Adam with L2 weight decay as a chain",
    defaults: { lr: 2 ** -7, weightDecay: 2 ** -4 },
    create: ({ weightDecay }) =>
      chain(
        addWeightDecay(weightDecay),
        scaleByAdam({ beta1: 0.9, beta2: 0.999 }),
        scaleByLearningRate(),
      ),
  }));
  const a = model(), b = model();
  train(a, optimizerFor(a, "myAdam", { registry }), 15);
  train(b, optimizerFor(b, { name: "adam", options: { lr: 2 ** -7, weightDecay: 2 ** -4 } }), 15);
  assert.deepEqual(bits(a), bits(b));
  assert.notDeepEqual(bits(a), bits(model()));
});

Deno.test("a chain of AdamW's transforms trains like adamw up to rounding", () => {
  // torch's AdamW decays the parameter before adding the update
  const registry = createRegistry();
  registry.register(defineOptimizer({
    name: "myAdamw",
    version: "1.0.0",
    description: "AdamW as a chain",
    defaults: { lr: 0.01, weightDecay: 0.1 },
    create: ({ weightDecay }) =>
      chain(
        scaleByAdam({ beta1: 0.9, beta2: 0.999 }),
        addDecayedWeights(weightDecay),
        scaleByLearningRate(),
      ),
  }));
  const a = model(), b = model();
  train(a, optimizerFor(a, "myAdamw", { registry }), 15);
  train(b, optimizerFor(b, "adamw:lr=0.01,weightDecay=0.1", { registry }), 15);
  const pa = a.namedParameters(), pb = new Map(b.namedParameters());
  for (const [n, p] of pa) {
    const q = pb.get(n)!;
    for (let i = 0; i < p.size; i++) {
      assert.ok(
        Math.abs(p.data[i] - q.data[i]) <= 1e-5,
        `${n}[${i}]: ${p.data[i]} vs ${q.data[i]}`,
      );
    }
  }
  assert.notDeepEqual(bits(a), bits(model()));
});

Deno.test("chain(clipByGlobalNorm, scaleByAdam, scaleByLearningRate) clips before the moments see the gradient", () => {
  const lr = 0.1, b1 = 0.9, b2 = 0.999, eps = 1e-8;
  const t = chain(
    clipByGlobalNorm(1),
    scaleByAdam({ beta1: b1, beta2: b2, eps }),
    scaleByLearningRate(lr),
  );
  const p = [new Float64Array([0.5, -1]), new Float64Array([2])];
  const grads = [[[3, 4], [0]], [[0.1, -0.2], [0.3]], [[-6, 0], [8]]];
  const m = [[0, 0], [0]], v = [[0, 0], [0]];
  let state = null;
  for (let step = 1; step <= grads.length; step++) {
    const g = grads[step - 1];
    const norm = Math.sqrt(g.flat().reduce((s, x) => s + x * x, 0));
    const coef = Math.min(1, 1 / (norm + 1e-6));
    const want = g.map((gk, k) =>
      gk.map((x, i) => {
        const c = x * coef;
        m[k][i] = b1 * m[k][i] + (1 - b1) * c;
        v[k][i] = b2 * v[k][i] + (1 - b2) * c * c;
        const mHat = m[k][i] / (1 - b1 ** step), vHat = v[k][i] / (1 - b2 ** step);
        return -lr * mHat / (Math.sqrt(vHat) + eps);
      })
    );
    const u = g.map((gk) => Float64Array.from(gk));
    const ctx = { step, lr };
    state ??= t.init(p, ctx);
    t.update(u, state, p, ctx);
    u.forEach((uk, k) =>
      uk.forEach((x, i) =>
        assert.ok(Math.abs(x - want[k][i]) < 1e-12, `step ${step}: ${x} vs ${want[k][i]}`)
      )
    );
  }
});

Deno.test("chain() applies transforms left to right", () => {
  const p = [new Float64Array([2])];
  const ctx = { step: 1, lr: 0.5 };
  const l2First = chain(addWeightDecay(1), scaleByLearningRate());
  const u1 = [new Float64Array([1])];
  l2First.update(u1, l2First.init(p, ctx), p, ctx);
  assert.equal(u1[0][0], -(1 + 2) * 0.5);
  const lrFirst = chain(scaleByLearningRate(), addWeightDecay(1));
  const u2 = [new Float64Array([1])];
  lrFirst.update(u2, lrFirst.init(p, ctx), p, ctx);
  assert.equal(u2[0][0], -0.5 + 2);
});
