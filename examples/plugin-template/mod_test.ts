import assert from "node:assert/strict";
import { createRegistry, mlp, Optimizer, Rng, softmaxCrossEntropy, tensor } from "@rectify/core";
import { assertPluginOk, checkActivation } from "@rectify/core/testing";
import { plugins, swishBeta } from "./mod.ts";

Deno.test("swishBeta passes the rectify plugin kit", () => {
  const result = checkActivation(swishBeta, {
    options: { beta: 1.5 },
    invalid: [{ beta: 0 }, { beta: -1 }, { beta: Infinity }],
  });
  assertPluginOk(result);
  assert.ok(result.checks.find((c) => c.name === "gradcheck")!.message.includes('"beta"'));
});

Deno.test("swishBeta with learnable=false passes the kit and exposes no parameter", () => {
  assertPluginOk(checkActivation(swishBeta, { options: { learnable: false } }));
  const act = createRegistry();
  act.register(swishBeta);
  assert.deepEqual(act.create("activation", "swishBeta:learnable=false").parameters?.(), {});
});

Deno.test("swishBeta matches x * sigmoid(beta * x)", () => {
  const registry = createRegistry();
  registry.register(swishBeta);
  const x = [-30, -2, -0.5, 0, 0.5, 2, 30];
  const y = registry.create("activation", "swishBeta:beta=1.7", { dtype: "float64" })
    .forward(tensor(x, { dtype: "float64" })).toArray() as number[];
  x.forEach((v, i) => {
    const want = v / (1 + Math.exp(-1.7 * v));
    assert.ok(
      Math.abs(y[i] - want) <= 1e-15 * Math.max(1, Math.abs(want)),
      `x=${v}: ${y[i]} vs ${want}`,
    );
  });
});

Deno.test("swishBeta's beta is a model parameter that an optimizer trains", async () => {
  const registry = createRegistry();
  assert.deepEqual(
    await registry.load(new URL("./mod.ts", import.meta.url).href),
    plugins.map((p) => p.name),
  );
  const model = mlp({
    inputSize: 2,
    hidden: [6],
    outputSize: 2,
    activation: "swishBeta",
    registry,
    rng: new Rng(3),
  });
  const named = Object.fromEntries(model.namedParameters());
  const beta = named["1.beta"];
  assert.ok(beta, `no beta among ${Object.keys(named)}`);
  const opt = new Optimizer(model.namedParameters(), "sgd:lr=0.5", { registry });
  const x = tensor([[0, 0], [0, 1], [1, 0], [1, 1]]);
  const loss = () => softmaxCrossEntropy(model.call(x), [0, 1, 1, 0]);
  const first = loss().item();
  for (let i = 0; i < 40; i++) {
    opt.zeroGrad();
    loss().backward();
    opt.step();
  }
  assert.notEqual(beta.item(), 1, "beta did not move");
  assert.ok(loss().item() < first, "loss did not fall");
});
