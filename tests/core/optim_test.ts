import assert from "node:assert/strict";
import {
  addWeightDecay,
  chain,
  createRegistry,
  defineOptimizer,
  Optimizer,
  scaleByAdam,
  scaleByLearningRate,
  tensor,
} from "../../mod.ts";

Deno.test("scaleByLearningRate takes a number, a step function, or a Schedule plugin", async (t) => {
  const run = (lr: Parameters<typeof scaleByLearningRate>[0], step: number, groupLr = 0.5) => {
    const tr = scaleByLearningRate(lr);
    const u = [new Float64Array([2])];
    tr.update(u, tr.init(u, { step, lr: groupLr }), u, { step, lr: groupLr });
    return u[0][0];
  };
  await t.step("number", () => assert.equal(run(0.1, 1), -0.2));
  await t.step("group lr", () => assert.equal(run(undefined, 1), -1));
  await t.step("function of the step", () => assert.equal(run((s) => 1 / s, 4), -0.5));
  await t.step("schedule plugin instance, stepped per epoch", () => {
    const sched = createRegistry().create("schedule", "step:stepSize=1,gamma=0.5");
    assert.equal(run(sched, 1), -1);
    sched.step();
    assert.equal(run(sched, 2), -0.5);
  });
});

Deno.test("a user-registered chain optimizer trains through Optimizer", () => {
  const reg = createRegistry();
  reg.register(defineOptimizer({
    name: "adamL2",
    version: "1.0.0",
    description: "adam with L2",
    defaults: { lr: 0.1, weightDecay: 1e-3 },
    create: ({ weightDecay }) =>
      chain(
        addWeightDecay(weightDecay),
        scaleByAdam({ beta1: 0.9, beta2: 0.999, eps: 1e-8, amsgrad: false }),
        scaleByLearningRate(),
      ),
  }));
  const w = tensor([3, -2], { requiresGrad: true });
  const opt = new Optimizer({ w }, "adamL2:lr=0.1", { registry: reg });
  for (let i = 0; i < 200; i++) {
    opt.zeroGrad();
    w.mul(w).sum().backward();
    opt.step();
  }
  assert.ok(Math.abs(w.data[0]) < 0.05 && Math.abs(w.data[1]) < 0.05, `w = ${w.data}`);
});
