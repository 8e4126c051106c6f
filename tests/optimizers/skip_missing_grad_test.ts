import assert from "node:assert/strict";
import { defaultRegistry, Optimizer, Rng, Tensor } from "../../mod.ts";

function param(n: number, rng: Rng, f64: boolean): Tensor {
  const d = f64 ? new Float64Array(n) : new Float32Array(n);
  for (let i = 0; i < n; i++) d[i] = rng.uniform() * 2 - 1;
  return new Tensor(d, [n], { requiresGrad: true });
}

function grad(n: number, rng: Rng, f64: boolean): Tensor {
  const d = f64 ? new Float64Array(n) : new Float32Array(n);
  for (let i = 0; i < n; i++) d[i] = rng.uniform() * 2 - 1;
  return new Tensor(d, [n]);
}

// weight decay everywhere it exists: a frozen parameter must not even decay
const spec = (name: string): string =>
  ({
    sgd: "sgd:lr=0.1,momentum=0.9,weightDecay=0.01",
    adam: "adam:lr=0.01,weightDecay=0.01",
    adamw: "adamw:lr=0.01,weightDecay=0.1",
    lion: "lion:lr=0.001,weightDecay=0.1",
    lamb: "lamb:lr=0.01,weightDecay=0.1",
  } as Record<string, string>)[name] ?? `${name}:lr=0.01`;

Deno.test("Optimizer.step skips parameters without a gradient, as torch.optim", async (t) => {
  for (const name of defaultRegistry.list("optimizer")) {
    for (const f64 of [false, true]) {
      await t.step(`${name} ${f64 ? "float64" : "float32"}`, () => {
        const rng = new Rng(3);
        const a = param(9, rng, f64), b = param(5, rng, f64), frozen = param(4, rng, f64);
        const solo = new Tensor(a.data.slice(), [9], { requiresGrad: true });
        const soloB = new Tensor(b.data.slice(), [5], { requiresGrad: true });
        const frozen0 = frozen.data.slice();
        const opt = new Optimizer({ a, b, frozen }, spec(name));
        const ref = new Optimizer({ a: solo, b: soloB }, spec(name));
        let bBefore = b.data.slice();
        for (let step = 1; step <= 8; step++) {
          const ga = grad(9, rng, f64), gb = grad(5, rng, f64);
          // `frozen` never has a gradient; `b` has none at steps 4 and 5
          const bSkips = step === 4 || step === 5;
          a.grad = ga;
          b.grad = bSkips ? null : gb;
          frozen.grad = null;
          solo.grad = ga;
          soloB.grad = bSkips ? null : gb;
          bBefore = b.data.slice();
          opt.step();
          ref.step();
          assert.deepEqual(frozen.data, frozen0, `frozen parameter moved at step ${step}`);
          if (bSkips) {
            assert.deepEqual(b.data, bBefore, `b moved without a gradient at step ${step}`);
          } else assert.notDeepEqual(b.data, bBefore, `b did not move at step ${step}`);
          // the others step exactly as in an optimizer that never held the frozen parameter
          assert.deepEqual(a.data, solo.data, `a differs at step ${step}`);
          assert.deepEqual(b.data, soloB.data, `b differs at step ${step}`);
        }
        // as torch.optim: a parameter that never had a gradient has no state at all; the
        // others have every buffer of the rule
        const state = opt.stateDict().groups[0].state!;
        assert.deepEqual(Object.keys(state).sort(), ["a", "b"], "state only for a and b");
        assert.deepEqual(Object.keys(state.a), Object.keys(state.b));
        assert.ok(Object.keys(state.a).length > 0, `${name} keeps buffers`);
      });
    }
  }
});

Deno.test("Optimizer.step: a group without any gradient does not count a step", () => {
  const rng = new Rng(1);
  const w = param(3, rng, false);
  const opt = new Optimizer({ w }, "adam:lr=0.1");
  opt.step();
  assert.equal(opt.stateDict().groups[0].step, 0);
  w.grad = grad(3, rng, false);
  opt.step();
  assert.equal(opt.stateDict().groups[0].step, 1);
});
