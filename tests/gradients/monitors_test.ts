import assert from "node:assert/strict";
import {
  Activation,
  cnn,
  type DeadUnitReport,
  Dense,
  gradcheck,
  type GradNormReport,
  mlp,
  type Module,
  RectifyError,
  Rng,
  Sequential,
  tensor,
} from "../../mod.ts";

function model(seed = 0): Sequential {
  return mlp({ inputSize: 5, hidden: [6, 4], outputSize: 3, rng: new Rng(seed), dtype: "float64" });
}

const X = tensor([[0.5, -1, 2, 0, 1], [1, 1, -0.5, 0.25, -2], [-1, 0.3, 0.7, 1.5, 0]], {
  dtype: "float64",
});

function step(m: Module, scale = 1): Record<string, number[]> {
  m.zeroGrad();
  m.call(X).mul(scale).sum().backward();
  return Object.fromEntries(m.namedParameters().map(([n, p]) => [n, Array.from(p.grad!.data)]));
}

Deno.test("gradNormMonitor records the L2 norm of every parameter's gradient per step", () => {
  const m = model();
  const plain = step(m);
  const h = m.applyGradient<GradNormReport>("gradNormMonitor");
  const direct: Record<string, number[]> = {};
  for (const scale of [1, -3, 0.5]) {
    const grads = step(m, scale);
    for (const [n, g] of Object.entries(grads)) {
      (direct[n] ??= []).push(Math.sqrt(g.reduce((s, v) => s + v * v, 0)));
    }
    if (scale === 1) assert.deepEqual(grads, plain, "the monitor changes no gradient");
  }
  const report = h.read();
  assert.deepEqual(Object.keys(report), [
    "0.weight",
    "0.bias",
    "2.weight",
    "2.bias",
    "4.weight",
    "4.bias",
  ]);
  for (const [n, list] of Object.entries(direct)) {
    assert.equal(report[n].length, 3);
    report[n].forEach((v, i) =>
      assert.ok(Math.abs(v - list[i]) <= 1e-12 * (1 + list[i]), `${n}[${i}]`)
    );
  }
  h.reset();
  assert.deepEqual(h.read()["0.weight"], []);
  h.remove();
  step(m);
  assert.deepEqual(h.read()["0.weight"], [], "nothing recorded after remove()");
});

Deno.test("gradNormMonitor and deadUnitMonitor leave gradients exact (gradcheck, float64)", () => {
  const m = model(4);
  const a = m.applyGradient("gradNormMonitor");
  const b = m.applyGradient("deadUnitMonitor");
  const x = tensor(X.toArray() as number[][], { dtype: "float64", requiresGrad: true });
  const res = gradcheck((xi) => m.call(xi), [x]);
  assert.ok(res.ok, res.message);
  a.remove();
  b.remove();
});

function fixedLayer(act: string): Sequential {
  // unit 0 input = x0, unit 1 input = -x0 - 1 (never > 0 for x0 >= -1), unit 2 = x1 (0 or less)
  const d = new Dense(2, 3, { dtype: "float64" });
  d.weight.data.set([1, -1, 0, 0, 0, 1]);
  d.bias!.data.set([0, -1, 0]);
  return new Sequential(d, new Activation(act), new Dense(3, 1, { dtype: "float64" }));
}

Deno.test("deadUnitMonitor counts units whose input was <= 0 for every sample since reset", async (t) => {
  for (const act of ["relu", "tanh", "sigmoid"]) {
    await t.step(act, () => {
      const m = fixedLayer(act);
      const h = m.applyGradient<DeadUnitReport>("deadUnitMonitor");
      assert.deepEqual(h.read(), [], "no layer reported before any data");
      m.call(tensor([[2, 0], [-1, -3]], { dtype: "float64" }));
      assert.deepEqual(h.read(), [{ name: "1", units: 3, dead: 2, fraction: 2 / 3, samples: 2 }]);
      m.call(tensor([[0.5, 0.1]], { dtype: "float64" }));
      assert.deepEqual(h.read(), [{ name: "1", units: 3, dead: 1, fraction: 1 / 3, samples: 3 }]);
      h.reset();
      m.call(tensor([[-0.5, 0]], { dtype: "float64" }));
      assert.deepEqual(h.read()[0], { name: "1", units: 3, dead: 3, fraction: 1, samples: 1 });
      h.remove();
      m.call(tensor([[5, 5]], { dtype: "float64" }));
      assert.equal(h.read()[0].dead, 3, "nothing observed after remove()");
    });
  }
});

Deno.test("deadUnitMonitor reports every Activation layer by dotted name, in model order", () => {
  const inner = new Sequential(new Dense(5, 6, { rng: new Rng(1) }), new Activation("relu"));
  const m = new Sequential(inner, new Dense(6, 4, { rng: new Rng(2) }), new Activation("tanh"));
  const h = m.applyGradient<DeadUnitReport>("deadUnitMonitor");
  m.call(tensor(X.toArray() as number[][]));
  assert.deepEqual(h.read().map((l) => [l.name, l.units, l.samples]), [["0.1", 6, 3], ["2", 4, 3]]);
});

Deno.test("gradientNoise is seeded: same seed, same gradients; another seed differs", () => {
  const noisy = (seed: number) => {
    const m = model();
    const h = m.applyGradient(`gradientNoise:eta=0.5,seed=${seed}`);
    const g = [step(m), step(m)];
    h.remove();
    return g;
  };
  const plain = step(model());
  const a = noisy(3), b = noisy(3), c = noisy(4);
  assert.deepEqual(a, b);
  assert.notDeepEqual(a, c);
  assert.notDeepEqual(a[0], plain);
  assert.notDeepEqual(a[0], a[1], "fresh noise every step");
  const m = model();
  m.applyGradient("gradientNoise:seed=1").remove();
  assert.deepEqual(step(m), plain, "remove() restores plain gradients");
});

Deno.test("gradientNoise variance anneals as eta / (1 + t)^gamma", () => {
  const d = new Dense(50, 40, { dtype: "float64", rng: new Rng(0) });
  const eta = 0.8, gamma = 0.55;
  d.applyGradient({ name: "gradientNoise", options: { eta, gamma, seed: 11 } });
  const x = tensor(new Float64Array(50), { shape: [1, 50] }); // zero input: the true weight gradient is 0
  for (let t = 0; t < 10; t++) {
    d.zeroGrad();
    d.call(x).sum().backward();
    const g = d.weight.grad!.data;
    let s = 0;
    for (let i = 0; i < g.length; i++) s += g[i] * g[i];
    const std = Math.sqrt(s / g.length);
    const expected = Math.sqrt(eta / (1 + t) ** gamma);
    // 2000 samples: the std estimate is within ~5 standard errors (1.6% each)
    assert.ok(Math.abs(std / expected - 1) < 0.08, `t=${t}: std ${std}, expected ${expected}`);
  }
});

Deno.test("gradient plugins reject bad options and unknown names", () => {
  const m = model();
  assert.throws(
    () => m.applyGradient("gradientNoise:eta=-1"),
    (e: unknown) =>
      e instanceof RectifyError && /eta must be a finite number >= 0, got -1/.test(e.message),
  );
  assert.throws(() => m.applyGradient("guidedBackprob"), /did you mean "guidedBackprop"/);
});

Deno.test("deadUnitMonitor counts channels of conv feature maps: dead = <= 0 at every position of every example", () => {
  const model = cnn({
    inputShape: [1, 3, 3],
    layers: [{ type: "conv2d", outChannels: 3, kernelSize: 1 }, "relu"],
    rng: new Rng(0),
  });
  const [[, w], [, b]] = model.namedParameters();
  w.data.set([1, 1, -1]);
  b.data.set([0, -100, 0]);
  const monitor = model.applyGradient<DeadUnitReport>("deadUnitMonitor");
  const x = new Float32Array(18).fill(-1);
  x[0] = 2; // one position of one example is positive
  model.call(tensor(x, { shape: [2, 1, 3, 3] }));
  // channel 0 is alive at that one position only, channel 1 never (bias -100), channel 2 everywhere else
  assert.deepEqual(monitor.read(), [{ name: "1", units: 3, dead: 1, fraction: 1 / 3, samples: 2 }]);
  monitor.reset();
  model.call(tensor(new Float32Array(18).fill(-1), { shape: [2, 1, 3, 3] }));
  assert.equal(monitor.read()[0].dead, 2, "without the positive pixel channel 0 is dead too");
  monitor.remove();
});

Deno.test("deadUnitMonitor agrees with a direct count over many batches, resets and a change of width", () => {
  const m = new Sequential(new Activation("relu"));
  const monitor = m.applyGradient<DeadUnitReport>("deadUnitMonitor");
  const rng = new Rng(7);
  // per unit, whether any input since the last reset (or width change) was > 0
  let seen: boolean[] = [], samples = 0;
  const feed = (shape: number[], positive: number) => {
    const n = shape.reduce((a, b) => a * b, 1), units = shape.length >= 3 ? shape[1] : n / shape[0];
    const positions = n / (shape[0] * units);
    if (seen.length !== units) seen = new Array(units).fill(false), samples = 0;
    const x = Float64Array.from({ length: n }, () => rng.uniform() < positive ? 1 : -rng.uniform());
    for (let i = 0; i < n; i++) if (x[i] > 0) seen[Math.floor(i / positions) % units] = true;
    samples += shape[0];
    m.call(tensor(x, { shape, dtype: "float64" }));
    const dead = seen.filter((s) => !s).length;
    assert.deepEqual(monitor.read(), [
      { name: "0", units, dead, fraction: dead / units, samples },
    ], `after a batch of ${JSON.stringify(shape)}`);
  };
  for (let b = 0; b < 6; b++) feed([4, 40], 0.01 * b);
  monitor.reset(), seen = new Array(40).fill(false), samples = 0;
  for (let b = 0; b < 4; b++) feed([3, 40], 0.02);
  for (let b = 0; b < 5; b++) feed([2, 6, 3, 2], 0.01 * b); // channels: a new width starts over
  monitor.reset(), seen = new Array(6).fill(false), samples = 0;
  feed([2, 6, 3, 2], 0.05);
  monitor.remove();
});

Deno.test("gradNormMonitor covers convolution weights and biases", () => {
  const model = cnn({
    inputShape: [2, 5, 5],
    layers: [{ type: "conv2d", outChannels: 3, kernelSize: 3 }, "relu", { type: "flatten" }],
    outputSize: 2,
    rng: new Rng(1),
    dtype: "float64",
  });
  const norms = model.applyGradient<GradNormReport>("gradNormMonitor");
  const x = tensor(Array.from({ length: 100 }, (_, i) => Math.sin(i)), {
    shape: [2, 2, 5, 5],
    dtype: "float64",
  });
  model.call(x).sum().backward();
  const report = norms.read();
  assert.deepEqual(Object.keys(report), ["0.weight", "0.bias", "3.weight", "3.bias"]);
  for (const [name, p] of model.namedParameters()) {
    const expected = Math.sqrt(Array.from(p.grad!.data).reduce((s, g) => s + g * g, 0));
    assert.ok(Math.abs(report[name][0] - expected) < 1e-12 * (1 + expected), name);
  }
  norms.remove();
});
