import assert from "node:assert/strict";
import { activationPlugins, createRegistry, type GradContext, Rng, tensor } from "../../mod.ts";
import { _popOverrides, _pushOverrides } from "../../core/autograd.ts";

const registry = createRegistry();

Deno.test("every activation is finite for |x| up to 1e4 in float32, forward and backward", async (t) => {
  const values = [-1e4, -3000, -100, -40, -1, -1e-3, 0, 1, 40, 100, 3000, 1e4, -9999, 9999];
  for (const p of activationPlugins) {
    await t.step(p.name, () => {
      const act = registry.create("activation", p.name, { rng: new Rng(0) });
      const x = tensor([values, [...values].reverse()], { requiresGrad: true });
      const y = act.forward(x);
      y.backward(tensor(y.toArray() as number[][]).mul(0).add(1));
      for (const v of y.data) assert.ok(Number.isFinite(v), `${p.name}: output ${v}`);
      for (const v of x.grad!.data) assert.ok(Number.isFinite(v), `${p.name}: gradient ${v}`);
    });
  }
});

Deno.test("saturating activations have the right limits at ±1e4", async (t) => {
  const table: [string, number, number][] = [
    ["sigmoid", 0, 1],
    ["tanh", -1, 1],
    ["softplus", 0, 1e4],
    ["softplus:threshold=Infinity", 0, 1e4],
    ["elu", -1, 1e4],
    ["selu", -1.7580993408473766, 1.0507009873554805e4],
    ["mish", 0, 1e4],
    ["gelu", 0, 1e4],
    ["gelu:approximate=tanh", 0, 1e4],
    ["silu", 0, 1e4],
  ];
  for (const [spec, lo, hi] of table) {
    await t.step(spec, () => {
      const y = registry.create("activation", spec).forward(tensor([-1e4, 1e4]));
      assert.ok(Math.abs(y.data[0] - lo) <= 1e-6 * Math.max(1, Math.abs(lo)), `${y.data[0]}`);
      assert.ok(Math.abs(y.data[1] - hi) <= 1e-6 * Math.abs(hi), `${y.data[1]}`);
    });
  }
  const s = registry.create("activation", "softmax").forward(tensor([[1e4, -1e4, 1e4]]));
  assert.deepEqual(Array.from(s.data), [0.5, 0, 0.5]);
});

Deno.test("the tape records each activation under its plugin name", async (t) => {
  for (const p of activationPlugins) {
    await t.step(p.name, () => {
      const act = registry.create("activation", p.name);
      const y = act.forward(tensor([[0.5, -1.5, 2, -3]], { requiresGrad: true }));
      assert.equal(y.node?.op, p.name);
    });
  }
});

Deno.test("relu, leakyRelu, relu6, elu, selu, celu, sigmoid and tanh save only their output", async (t) => {
  for (const name of ["relu", "leakyRelu", "relu6", "elu", "selu", "celu", "sigmoid", "tanh"]) {
    await t.step(name, () => {
      let saved: readonly unknown[] = [];
      const scope = {
        [name]: (g: Parameters<GradContext["original"]>[0], ctx: GradContext) => {
          saved = ctx.saved;
          return ctx.original(g);
        },
      };
      _pushOverrides(scope);
      try {
        const x = tensor([-1, 0.5, 2], { requiresGrad: true });
        const y = registry.create("activation", name).forward(x);
        y.sum().backward();
        assert.equal(saved.length, 1);
        assert.equal(saved[0], y, "the saved tensor is the output");
      } finally {
        _popOverrides(scope);
      }
    });
  }
});

Deno.test("gradAtKink sets the derivative at the kinks (default: PyTorch's)", async (t) => {
  const table: [string, number[], number[]][] = [
    ["relu", [0], [0]],
    ["relu:gradAtKink=0.5", [0, -1, 1], [0.5, 0, 1]],
    ["leakyRelu:alpha=0.2", [0], [0.2]],
    ["leakyRelu:alpha=0.2,gradAtKink=0.5", [0, -1, 1], [0.6, 0.2, 1]],
    ["leakyRelu:alpha=0.2,gradAtKink=1", [0], [1]],
    ["relu6", [0, 6, 3], [0, 0, 1]],
    ["relu6:gradAtKink=1", [0, 6, 7], [1, 1, 0]],
    ["hardTanh", [-1, 1, 0], [0, 0, 1]],
    ["hardTanh:gradAtKink=0.25", [-1, 1, 2], [0.25, 0.25, 0]],
    ["thresholdedRelu", [1, 2, 0.5], [0, 1, 0]],
    ["thresholdedRelu:gradAtKink=0.75", [1], [0.75]],
  ];
  for (const [spec, xs, grads] of table) {
    await t.step(spec, () => {
      const x = tensor(xs, { requiresGrad: true });
      registry.create("activation", spec).forward(x).sum().backward();
      assert.deepEqual(Array.from(x.grad!.data), grads.map(Math.fround));
    });
  }
});

Deno.test("relu and leakyRelu float32 fast paths match the float64 kernels, NaN and ±Inf included", async (t) => {
  const special = [-Infinity, -2, -0, 0, 1e-45, -1e-45, 3, Infinity, NaN];
  const rng = new Rng(9);
  const values = [...special, ...Array.from({ length: 200 }, () => rng.normal() * 3)].map(
    Math.fround,
  );
  for (const spec of ["relu", "leakyRelu", "leakyRelu:alpha=0.3"]) {
    await t.step(spec, () => {
      const act = registry.create("activation", spec);
      const run = (dtype: "float32" | "float64") => {
        const x = tensor(values, { dtype, requiresGrad: true });
        const y = act.forward(x);
        y.backward(tensor(values.map((_, i) => (i % 3) - 1.5), { dtype }));
        return [Array.from(y.data), Array.from(x.grad!.data)];
      };
      const [y32, g32] = run("float32");
      const [y64, g64] = run("float64");
      for (let i = 0; i < values.length; i++) {
        if (Number.isNaN(values[i])) {
          assert.ok(Number.isNaN(y32[i]), "NaN propagates");
          continue;
        }
        assert.equal(y32[i], Math.fround(y64[i]), `y at x = ${values[i]}`);
        assert.equal(g32[i], Math.fround(g64[i]), `grad at x = ${values[i]}`);
      }
      if (spec === "relu") {
        assert.ok(Object.is(y32[0], 0) && Object.is(y32[2], 0), "relu(-Inf) = relu(-0) = +0");
      }
    });
  }
});
