import assert from "node:assert/strict";
import {
  Activation,
  Dense,
  type Module,
  Rng,
  saliency,
  Sequential,
  tensor,
  withGradient,
} from "../../mod.ts";
import { _overrideDepth } from "../../core/autograd.ts";

/**
 * x = [1, -1]; h = x·W1 + b1 = [0.5, -2, 2]; relu; out = relu(h)·W2 = -1.5.
 * dout/drelu = W2 = [1, 3, -1]; [h > 0] = [1, 0, 1].
 */
function tiny(): Sequential {
  const d1 = new Dense(2, 3, { dtype: "float64" });
  d1.weight.data.set([1, -1, 2, 0.5, 1, -1]);
  d1.bias!.data.set([0, 0, -1]);
  const d2 = new Dense(3, 1, { dtype: "float64" });
  d2.weight.data.set([1, 3, -1]);
  return new Sequential(d1, new Activation("relu"), d2);
}

// dx = W1 · g, with g the gradient at the relu input chosen by each rule.
const CASES: [string, string | null, number[], number[]][] = [
  ["plain (vanilla)", null, [1, 0, -1], [-1, 1.5]],
  ["guidedBackprop: g·[x>0]·[g>0]", "guidedBackprop", [1, 0, 0], [1, 0.5]],
  ["deconvnet: max(g, 0)", "deconvnet", [1, 3, 0], [-2, 3.5]],
  ["linearRelu: identity", "linearRelu", [1, 3, -1], [-4, 4.5]],
];

function inputGrad(model: Module): number[] {
  const x = tensor([[1, -1]], { dtype: "float64", requiresGrad: true });
  model.call(x).sum().backward();
  return Array.from(x.grad!.data);
}

Deno.test("relu gradient rewrites match hand-computed gradients", async (t) => {
  for (const [label, plugin, _g, dx] of CASES) {
    await t.step(`${label} as a scope`, () => {
      const model = tiny();
      const got = plugin === null ? inputGrad(model) : withGradient(plugin, () => inputGrad(model));
      assert.deepEqual(got, dx);
    });
    await t.step(`${label} via model.applyGradient, undone by remove()`, () => {
      const model = tiny();
      const h = plugin === null ? null : model.applyGradient(plugin);
      assert.deepEqual(inputGrad(model), dx);
      assert.equal(h?.read(), undefined);
      h?.remove();
      assert.deepEqual(inputGrad(model), CASES[0][3]);
      assert.equal(_overrideDepth(), 0);
    });
  }
});

Deno.test("the first Dense sees the rewritten relu gradient (weight grad = x^T g)", async (t) => {
  for (const [label, plugin, g] of CASES) {
    await t.step(label, () => {
      const model = tiny();
      const run = () => inputGrad(model);
      if (plugin === null) run();
      else withGradient(plugin, run);
      const w1 = (model.layers[0] as Dense).weight.grad!.data;
      // x = [1, -1]: row 0 of dW1 is g, row 1 is -g (0 stays +0)
      assert.deepEqual(Array.from(w1), [...g, ...g.map((v) => (v === 0 ? 0 : -v))]);
    });
  }
});

Deno.test("saliency() uses the same rules and leaves parameter gradients alone", async (t) => {
  const modes = [["vanilla", CASES[0][3]], ["guided", CASES[1][3]], [
    "deconvnet",
    CASES[2][3],
  ]] as const;
  for (const [mode, dx] of modes) {
    await t.step(mode, () => {
      const model = tiny();
      const x = tensor([[1, -1]], { dtype: "float64" });
      const map = saliency(model, x, 0, { mode });
      assert.deepEqual(Array.from(map.data), dx);
      assert.deepEqual(map.shape, [1, 2]);
      assert.equal(x.grad, null);
      for (const p of model.parameters()) {
        assert.equal(p.grad, null);
        assert.ok(p.requiresGrad, "parameters still require grad afterwards");
      }
    });
  }
});

Deno.test("saliency() sums over the batch rows of the target class only", () => {
  const rng = new Rng(5);
  const model = new Sequential(
    new Dense(3, 6, { rng, dtype: "float64" }),
    new Activation("relu"),
    new Dense(6, 4, { rng, dtype: "float64" }),
  );
  const rows = [[0.3, -1, 2], [1, 0.5, -0.2]];
  const both = saliency(model, tensor(rows, { dtype: "float64" }), 2);
  for (let r = 0; r < 2; r++) {
    const x = tensor([rows[r]], { dtype: "float64", requiresGrad: true });
    model.call(x).slice(1, 2, 3).sum().backward();
    assert.deepEqual(Array.from(both.data.slice(r * 3, r * 3 + 3)), Array.from(x.grad!.data));
  }
});

Deno.test("saliency() rejects a bad mode or target with clear messages", () => {
  const model = tiny();
  const x = tensor([[1, -1]], { dtype: "float64" });
  assert.throws(() => saliency(model, x, 1), /targetClass must be an integer in \[0, 0\].*got 1/);
  assert.throws(() => saliency(model, x, 0.5), /targetClass/);
  // deno-lint-ignore no-explicit-any
  assert.throws(() => saliency(model, x, 0, { mode: "smooth" as any }), /mode must be/);
  for (const p of model.parameters()) assert.ok(p.requiresGrad);
  assert.equal(_overrideDepth(), 0);
});
