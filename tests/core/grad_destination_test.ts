// A backward rule writes a parameter's gradient straight into its gradient
// buffer when nothing else can see it (core/autograd.ts `_gradDestination`),
// and into a block of its own whenever something could: these tests pin both.
import assert from "node:assert/strict";
import {
  type Backend,
  conv2d,
  type Data,
  jsBackend,
  matmul,
  setBackend,
  StepArena,
  type Tensor,
  tensor,
  withGradientOverride,
} from "../../mod.ts";

/** The js backend, noting the output array of every `Aᵀ·B` matmul (a weight gradient). */
function spy(): { backend: Backend; outs: Data[] } {
  const outs: Data[] = [];
  const backend: Backend = {
    ...jsBackend,
    name: "js-spy",
    matmul(a, b, out, m, k, n, o = {}) {
      if (o.transA) outs.push(out);
      jsBackend.matmul(a, b, out, m, k, n, o);
    },
  };
  return { backend, outs };
}

function withBackend<T>(b: Backend, fn: () => T): T {
  const prev = setBackend(b);
  try {
    return fn();
  } finally {
    setBackend(prev);
  }
}

const X = [[1, 2, 3], [4, 5, 6]];
const W = [[1, -1], [0.5, 2], [-3, 1]];
// d/dW of sum(X·W) = Xᵀ·1
const XT_ONES = [[5, 5], [7, 7], [9, 9]];

Deno.test("a weight's gradient is computed in its gradient buffer, with or without an arena", async (t) => {
  for (const arena of [null, new StepArena()]) {
    await t.step(arena ? "in a StepArena" : "plain", () => {
      const { backend, outs } = spy();
      withBackend(backend, () => {
        const x = tensor(X, { dtype: "float32" });
        const w = tensor(W, { dtype: "float32", requiresGrad: true });
        const body = () => matmul(x, w).sum().backward();
        for (let step = 0; step < 3; step++) {
          w.zeroGrad();
          outs.length = 0;
          if (arena) arena.run(body);
          else body();
          assert.equal(outs.length, 1);
          assert.equal(outs[0], w.grad!.storage, `step ${step}: the product went elsewhere`);
          assert.deepEqual(w.grad!.toArray(), XT_ONES);
        }
      });
      arena?.dispose();
    });
  }
});

Deno.test("a gradient something else can see gets a block of its own, and the sums stay right", async (t) => {
  const plus = (d: number) => XT_ONES.map((r) => r.map((v) => v + d));
  // whether the product may be computed in the buffer: never under a hook (the hook's input is
  // not the gradient); with two ops, as their first contribution, summed into a new block after
  const cases: [string, (w: Tensor, x: Tensor) => Tensor, number[][], boolean | null][] = [
    [
      "a hook on the weight",
      (w, x) => {
        w.registerHook((g) => g.mul(2));
        return matmul(x, w).sum();
      },
      XT_ONES.map((r) => r.map((v) => 2 * v)),
      false,
    ],
    ["the weight used by two ops", (w, x) => matmul(x, w).sum().add(w.mul(3).sum()), plus(3), null],
  ];
  for (const [name, f, expected, handed] of cases) {
    await t.step(name, () => {
      const { backend, outs } = spy();
      withBackend(backend, () => {
        const w = tensor(W, { dtype: "float32", requiresGrad: true });
        f(w, tensor(X, { dtype: "float32" })).backward();
        assert.deepEqual(w.grad!.toArray(), expected);
        if (handed !== null) assert.equal(outs[0] === w.grad!.storage, handed);
      });
    });
  }
  await t.step("the weight as both inputs of one matmul", () => {
    const { backend } = spy();
    withBackend(backend, () => {
      const w = tensor([[1, 2], [3, 4]], { dtype: "float32", requiresGrad: true });
      matmul(w, w).sum().backward();
      // 1·wᵀ (row sums of w) + wᵀ·1 (column sums of w)
      assert.deepEqual(w.grad!.toArray(), [[7, 11], [9, 13]]);
    });
  });
  await t.step("a gradient already there is added to, not overwritten", () => {
    const { backend, outs } = spy();
    withBackend(backend, () => {
      const x = tensor(X, { dtype: "float32" });
      const w = tensor(W, { dtype: "float32", requiresGrad: true });
      matmul(x, w).sum().backward();
      const kept = w.grad!.storage;
      matmul(x, w).sum().backward();
      assert.equal(w.grad!.storage, kept);
      assert.notEqual(outs[1], kept);
      assert.deepEqual(w.grad!.toArray(), XT_ONES.map((r) => r.map((v) => 2 * v)));
    });
  });
  await t.step(
    "under a gradient override of matmul: its result, whatever it does with the rule's",
    () => {
      const { backend } = spy();
      withBackend(backend, () => {
        const cases: [number, number[][]][] = [[1, XT_ONES], [
          2,
          XT_ONES.map((r) => r.map((v) => 2 * v)),
        ]];
        for (const [scale, expected] of cases) {
          const w = tensor(W, { dtype: "float32", requiresGrad: true });
          const x = tensor(X, { dtype: "float32" });
          withGradientOverride({
            matmul: (g, ctx) =>
              ctx.original(g).map((gi) => (gi === null || scale === 1 ? gi : gi.mul(scale))),
          }, () => matmul(x, w).sum()).backward();
          assert.deepEqual(w.grad!.toArray(), expected);
        }
      });
    },
  );
  await t.step("backward twice through a kept graph", () => {
    const x = tensor(X);
    const w = tensor(W, { requiresGrad: true });
    const y = matmul(x, w).sum();
    y.backward(undefined, { retainGraph: true });
    y.backward();
    assert.deepEqual(w.grad!.toArray(), XT_ONES.map((r) => r.map((v) => 2 * v)));
  });
});

Deno.test("conv2d computes its weight and bias gradients in their buffers, zeroed first", async (t) => {
  const xs = Array.from({ length: 2 * 2 * 5 * 5 }, (_, i) => Math.sin(i));
  const ws = Array.from({ length: 3 * 2 * 3 * 3 }, (_, i) => Math.cos(i));
  // a kernel that only looks: what the rule hands "conv2dBackwardWeight", then the js loop runs
  const seen: { outs: Data[]; zeroed: boolean }[] = [];
  const backend: Backend = {
    ...jsBackend,
    name: "js-conv-spy",
    kernel: (name) =>
      name === "conv2dBackwardWeight"
        ? (_ins, outs) => {
          seen.push({ outs: [...outs], zeroed: outs.every((d) => d.every((v) => v === 0)) });
          return false;
        }
        : undefined,
  };
  const run = (arena: StepArena | null) => {
    const x = tensor(xs, { dtype: "float32" }).reshape([2, 2, 5, 5]);
    const w = tensor(ws, { dtype: "float32" }).reshape([3, 2, 3, 3]);
    w.requiresGrad = true;
    const b = tensor([0.1, -0.2, 0.3], { dtype: "float32", requiresGrad: true });
    const grads: number[][] = [];
    for (let step = 0; step < 3; step++) {
      w.zeroGrad();
      b.zeroGrad();
      seen.length = 0;
      const body = () => {
        const y = conv2d(x, w, b, { padding: [1, 1] });
        y.mul(y).sum().backward();
      };
      if (arena) arena.run(body);
      else body();
      assert.equal(seen.length, 1);
      assert.equal(seen[0].outs[0], w.grad!.storage, `step ${step}: dW went elsewhere`);
      assert.equal(seen[0].outs[1], b.grad!.storage, `step ${step}: db went elsewhere`);
      // in an arena the buffers hold the previous step's gradients until zeroed
      assert.ok(seen[0].zeroed, `step ${step}: the outputs were not zeroed`);
      grads.push([...w.grad!.data, ...b.grad!.data]);
    }
    return grads;
  };
  let plain: number[][] = [];
  await t.step("plain", () => {
    plain = withBackend(backend, () => run(null));
    assert.deepEqual(plain[0], plain[2]);
  });
  await t.step("in a StepArena: the same values", () => {
    const arena = new StepArena();
    assert.deepEqual(withBackend(backend, () => run(arena)), plain);
    arena.dispose();
  });
});
