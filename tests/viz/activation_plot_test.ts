import assert from "node:assert/strict";
import { createRegistry, defineActivation, type Tensor } from "../../mod.ts";
import { isElementwise, plotActivations, sampleActivation } from "../../viz/mod.ts";

Deno.test("sampleActivation() splits relu's derivative at the kink and uses autograd", () => {
  const s = sampleActivation("relu", { samples: 201 });
  assert.deepEqual(s.kinks, [0]);
  assert.equal(s.derivative.length, 2);
  assert.ok(s.derivative[0].x.every((x) => x < 0));
  assert.ok(s.derivative[0].y.every((d) => d === 0));
  assert.ok(s.derivative[1].y.every((d) => d === 1));
  assert.equal(s.kinkGrads[0], 0);
  assert.equal(sampleActivation("relu:gradAtKink=0.5").kinkGrads[0], 0.5);
});

Deno.test("sampleActivation() derivative matches finite differences for tanh", () => {
  const s = sampleActivation("tanh", { samples: 41 });
  assert.equal(s.derivative.length, 1);
  const { x, y } = s.derivative[0];
  for (let i = 0; i < x.length; i++) {
    const h = 1e-6, fd = (Math.tanh(x[i] + h) - Math.tanh(x[i] - h)) / (2 * h);
    assert.ok(Math.abs(fd - y[i]) < 1e-6, `${x[i]}: ${y[i]} vs ${fd}`);
  }
});

Deno.test("sampleActivation() splits at undeclared jumps of the function and derivative", () => {
  const reg = createRegistry();
  reg.register(defineActivation({
    name: "step1",
    version: "1.0.0",
    description: "x + (x > 1)",
    defaults: {},
    create: () => ({ forward: (x: Tensor) => x.add(x.gt(1)) }),
  }));
  const s = sampleActivation("step1", { registry: reg, samples: 401 });
  assert.equal(s.function.length, 2);
  assert.ok(s.function[0].x.at(-1)! <= 1 && s.function[1].x[0] > 1);
});

Deno.test("plotActivations() renders each element-wise activation and an index", async () => {
  const reg = createRegistry();
  reg.register(defineActivation({
    name: "rowSoftmax",
    version: "1.0.0",
    description: "softmax (not element-wise)",
    defaults: {},
    create: () => ({ forward: (x: Tensor) => x.softmax() }),
  }));
  assert.equal(isElementwise("rowSoftmax", { registry: reg }), false);
  const files = await plotActivations({
    registry: reg,
    names: ["relu", "rowSoftmax"],
    samples: 51,
  });
  assert.deepEqual(Object.keys(files), ["relu.svg", "index.html"]);
  assert.match(files["relu.svg"], /^<svg/);
  assert.match(files["index.html"], /Not element-wise, not plotted: rowSoftmax/);
});
