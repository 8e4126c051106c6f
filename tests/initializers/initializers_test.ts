import assert from "node:assert/strict";
import {
  calculateGain,
  createRegistry,
  defaultRegistry,
  initializerPlugins,
  type PluginSpec,
  RectifyError,
  Rng,
  type Tensor,
} from "../../mod.ts";

function sample(spec: PluginSpec, shape: number[], seed = 1, dtype?: "float64"): Tensor {
  return defaultRegistry.create("initializer", spec, { rng: new Rng(seed), dtype })(shape);
}

function stats(t: Tensor): { mean: number; std: number; min: number; max: number } {
  let s = 0, min = Infinity, max = -Infinity;
  for (const x of t.data) {
    s += x;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  const mean = s / t.size;
  let v = 0;
  for (const x of t.data) v += (x - mean) ** 2;
  return { mean, std: Math.sqrt(v / t.size), min, max };
}

Deno.test("calculateGain() matches torch.nn.init.calculate_gain", async (t) => {
  const cases: [string, number | undefined, number][] = [
    ["linear", undefined, 1],
    ["identity", undefined, 1],
    ["sigmoid", undefined, 1],
    ["tanh", undefined, 5 / 3],
    ["relu", undefined, Math.SQRT2],
    ["leakyRelu", undefined, Math.sqrt(2 / (1 + 0.01 ** 2))],
    ["leakyRelu", 0.2, Math.sqrt(2 / 1.04)],
    ["leaky_relu", 0.2, Math.sqrt(2 / 1.04)],
    ["selu", undefined, 0.75],
  ];
  for (const [name, param, want] of cases) {
    await t.step(`${name}(${param ?? ""})`, () => assert.equal(calculateGain(name, param), want));
  }
  assert.throws(() => calculateGain("swishy"), (e: unknown) => {
    assert.ok(e instanceof RectifyError);
    assert.equal(
      e.message,
      'calculateGain: unknown nonlinearity "swishy"; expected one of linear, identity, sigmoid, tanh, relu, leakyRelu, selu',
    );
    return true;
  });
});

Deno.test("every initializer is deterministic per seed and differs across seeds", async (t) => {
  for (const p of initializerPlugins) {
    await t.step(p.name, () => {
      const a = sample(p.name, [16, 8], 3),
        b = sample(p.name, [16, 8], 3),
        c = sample(p.name, [16, 8], 4);
      assert.deepEqual(Array.from(a.data), Array.from(b.data));
      const constant = ["zeros", "ones", "constant"].includes(p.name);
      assert.equal(Array.from(a.data).join() === Array.from(c.data).join(), constant);
    });
  }
});

Deno.test("initializers use the dense kernel fans [in, out], and mode=fanOut for he*", async (t) => {
  const [fi, fo] = [400, 100];
  const cases: [PluginSpec, number][] = [
    ["heNormal", Math.SQRT2 / Math.sqrt(fi)],
    ["heNormal:mode=fanOut", Math.SQRT2 / Math.sqrt(fo)],
    ["heUniform:nonlinearity=tanh", (5 / 3) / Math.sqrt(fi)],
    ["heUniform:nonlinearity=leakyRelu,alpha=0.5,mode=fanOut", Math.sqrt(2 / 1.25) / Math.sqrt(fo)],
    ["glorotNormal:gain=2", 2 * Math.sqrt(2 / (fi + fo))],
    ["glorotUniform", Math.sqrt(2 / (fi + fo))],
    ["lecunNormal", 1 / Math.sqrt(fi)],
    ["lecunUniform", 1 / Math.sqrt(fi)],
  ];
  for (const [spec, std] of cases) {
    await t.step(String(spec), () => {
      const s = stats(sample(spec, [fi, fo]));
      assert.ok(Math.abs(s.mean) < 6 * std / 200, `mean ${s.mean}`);
      assert.ok(Math.abs(s.std / std - 1) < 0.02, `std ${s.std} vs ${std}`);
    });
  }
});

Deno.test("uniform, normal, constant and ones produce their distributions", () => {
  const u = stats(sample("uniform:low=-1,high=3", [200, 100]));
  assert.ok(u.min >= -1 && u.max < 3 && Math.abs(u.mean - 1) < 0.02);
  const n = stats(sample("normal:mean=2,std=0.5", [200, 100]));
  assert.ok(Math.abs(n.mean - 2) < 0.01 && Math.abs(n.std - 0.5) < 0.01);
  assert.deepEqual(Array.from(sample("constant:value=-2.5", [3]).data), [-2.5, -2.5, -2.5]);
  assert.deepEqual(Array.from(sample("ones", [2, 2]).data), [1, 1, 1, 1]);
});

Deno.test("truncatedNormal stays within the absolute cut-offs, also for a far tail", async (t) => {
  const phi = (x: number) => Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI);
  // Φ by Simpson integration of φ (accurate to far below the tolerance here).
  const Phi = (x: number) => {
    const lo = -12, n = 20000, h = (x - lo) / n;
    let s = phi(lo) + phi(x);
    for (let i = 1; i < n; i++) s += (i % 2 ? 4 : 2) * phi(lo + i * h);
    return s * h / 3;
  };
  const cases: [number, number, number, number][] = [
    [0, 1, -2, 2], // symmetric, wide
    [1, 0.5, 0, 2], // asymmetric
    [0, 1, 3, 4], // upper tail only: mass ~0.13%
    [0, 1, -6, -5.5], // narrow far lower tail
    [0, 1, -0.1, 0.2], // narrow around 0
  ];
  for (const [mean, std, a, b] of cases) {
    await t.step(`mean=${mean} std=${std} [${a}, ${b}]`, () => {
      const x = sample(
        { name: "truncatedNormal", options: { mean, std, a, b } },
        [100, 100],
        5,
        "float64",
      );
      const s = stats(x);
      const al = (a - mean) / std, be = (b - mean) / std, Z = Phi(be) - Phi(al);
      const wantMean = mean + std * (phi(al) - phi(be)) / Z;
      const wantVar = std ** 2 *
        (1 + (al * phi(al) - be * phi(be)) / Z - ((phi(al) - phi(be)) / Z) ** 2);
      assert.ok(s.min >= a && s.max <= b, `range [${s.min}, ${s.max}]`);
      const se = Math.sqrt(wantVar / x.size);
      assert.ok(Math.abs(s.mean - wantMean) < 6 * se, `mean ${s.mean} vs ${wantMean}`);
      assert.ok(
        Math.abs(s.std / Math.sqrt(wantVar) - 1) < 0.03,
        `std ${s.std} vs ${Math.sqrt(wantVar)}`,
      );
    });
  }
});

Deno.test("orthogonal gives WᵀW = gain²·I (tall) or WWᵀ = gain²·I (wide)", async (t) => {
  for (
    const [rows, cols, gain] of [[50, 20, 1], [20, 50, 2], [30, 30, 0.5], [1, 8, 1], [8, 1, 1]]
  ) {
    await t.step(`${rows}x${cols} gain=${gain}`, () => {
      const w = sample(`orthogonal:gain=${gain}`, [rows, cols], 9, "float64").data;
      const tall = rows >= cols, m = tall ? cols : rows;
      let worst = 0;
      for (let a = 0; a < m; a++) {
        for (let b = 0; b < m; b++) {
          let dot = 0;
          if (tall) { for (let i = 0; i < rows; i++) dot += w[i * cols + a] * w[i * cols + b]; }
          else for (let j = 0; j < cols; j++) dot += w[a * cols + j] * w[b * cols + j];
          worst = Math.max(worst, Math.abs(dot - (a === b ? gain * gain : 0)));
        }
      }
      assert.ok(worst < 1e-12, `max deviation ${worst}`);
    });
  }
  assert.throws(
    () => sample("orthogonal", [5]),
    (e: unknown) => e instanceof RectifyError && e.code === "shape",
  );
});

Deno.test("initializers reject bad options clearly", () => {
  const reg = createRegistry();
  const bad: [string, string][] = [
    [
      "heNormal:nonlinearity=swish",
      'Cannot create "heNormal": nonlinearity must be one of linear, identity, sigmoid, tanh, relu, leakyRelu, selu, got "swish"',
    ],
    [
      "heUniform:mode=fan_in",
      'Cannot create "heUniform": mode must be "fanIn" or "fanOut", got "fan_in"',
    ],
    ["uniform:low=1,high=0", 'Cannot create "uniform": high must be >= low (1), got 0'],
    ["normal:std=-1", 'Cannot create "normal": std must be >= 0, got -1'],
    ["truncatedNormal:a=1,b=1", 'Cannot create "truncatedNormal": b must be > a (1), got 1'],
    ["truncatedNormal:std=0", 'Cannot create "truncatedNormal": std must be > 0, got 0'],
    ["orthogonal:gain=0", 'Cannot create "orthogonal": gain must be > 0, got 0'],
    ["glorotNormal:gain=-1", 'Cannot create "glorotNormal": gain must be > 0, got -1'],
    [
      "lecunNormal:gain=1",
      'Cannot create "lecunNormal": unknown option "gain" (it takes no options)',
    ],
  ];
  for (const [spec, message] of bad) {
    assert.throws(() => reg.create("initializer", spec), { message }, spec);
  }
});
