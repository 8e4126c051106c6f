import assert from "node:assert/strict";
import {
  defaultRegistry,
  type GradContext,
  RectifyError,
  type Tensor,
  tensor,
  withGradient,
  withGradientOverride,
} from "../../mod.ts";
import { _overrideDepth } from "../../core/autograd.ts";

const relu = defaultRegistry.create("activation", "relu");
const X = [-2, -0.5, 0, 1, 3];
const G = [4, -1, 2, -3, 5];

/** d(Σ G·relu(x))/dx for a graph recorded now. */
function reluGrad(): number[] {
  const x = tensor(X, { requiresGrad: true });
  relu.forward(x).mul(tensor(G)).sum().backward();
  return Array.from(x.grad!.data);
}

const PLAIN = [0, 0, 0, -3, 5];

Deno.test("withGradientOverride replaces the named op's backward inside the scope only", () => {
  assert.deepEqual(reluGrad(), PLAIN);
  const inside = withGradientOverride({ relu: (g) => g.mul(2) }, () => reluGrad());
  assert.deepEqual(inside, G.map((v) => 2 * v));
  assert.equal(_overrideDepth(), 0);
  assert.deepEqual(reluGrad(), PLAIN, "no trace after the scope");
});

Deno.test("withGradientOverride leaves no trace when the body throws", () => {
  assert.throws(
    () =>
      withGradientOverride({ relu: (g) => g.mul(0) }, () => {
        throw new Error("body failed");
      }),
    /body failed/,
  );
  assert.equal(_overrideDepth(), 0);
  assert.deepEqual(reluGrad(), PLAIN);
});

Deno.test("the rule is chosen at record time: backward after the scope still uses it", () => {
  const x = tensor(X, { requiresGrad: true });
  const y = withGradientOverride({ relu: (g) => g.mul(-1) }, () => relu.forward(x));
  assert.equal(_overrideDepth(), 0);
  y.mul(tensor(G)).sum().backward();
  assert.deepEqual(Array.from(x.grad!.data), G.map((v) => -v));
  // and a graph recorded outside a scope is not affected by a scope active at backward time
  const x2 = tensor(X, { requiresGrad: true });
  const y2 = relu.forward(x2);
  withGradientOverride({ relu: (g) => g.mul(0) }, () => y2.mul(tensor(G)).sum().backward());
  assert.deepEqual(Array.from(x2.grad!.data), PLAIN);
});

Deno.test("nested scopes compose: the inner override wraps the outer via ctx.original", () => {
  const seen: string[] = [];
  const outer = (g: Tensor, ctx: GradContext) => {
    seen.push("outer");
    assert.equal(ctx.op, "relu");
    return ctx.original(g)[0]!.add(1); // plain rule + 1
  };
  const inner = (g: Tensor, ctx: GradContext) => {
    seen.push("inner");
    return ctx.original(g)[0]!.mul(10); // (plain + 1) * 10
  };
  const both = withGradientOverride(
    { relu: outer },
    () => withGradientOverride({ relu: inner }, () => reluGrad()),
  );
  assert.deepEqual(seen, ["inner", "outer"]);
  assert.deepEqual(both, PLAIN.map((v) => (v + 1) * 10));
  const onlyOuter = withGradientOverride({ relu: outer }, () => reluGrad());
  assert.deepEqual(onlyOuter, PLAIN.map((v) => v + 1));
  assert.equal(_overrideDepth(), 0);
});

Deno.test("overrides for other ops leave relu alone; ctx.saved is what the forward saved", () => {
  assert.deepEqual(withGradientOverride({ tanh: (g) => g.mul(0) }, () => reluGrad()), PLAIN);
  let saved: number[] = [];
  withGradientOverride({
    relu: (g, ctx) => {
      saved = Array.from(ctx.saved[0].data);
      return ctx.original(g);
    },
  }, () => reluGrad());
  assert.deepEqual(saved, [0, 0, 0, 1, 3]);
});

Deno.test("withGradientOverride rejects async bodies and bad overrides without leaking", async () => {
  let promise: Promise<unknown> | null = null;
  assert.throws(
    // deno-lint-ignore no-explicit-any
    () => withGradientOverride({ relu: (g) => g }, (() => (promise = Promise.resolve(1))) as any),
    (e: unknown) => e instanceof RectifyError && /synchronous/.test(e.message),
  );
  await promise;
  assert.equal(_overrideDepth(), 0);
  assert.throws(
    // deno-lint-ignore no-explicit-any
    () => withGradientOverride({ relu: 3 } as any, () => 1),
    (e: unknown) =>
      e instanceof RectifyError && /override for op "relu" must be a function/.test(e.message),
  );
  assert.equal(_overrideDepth(), 0);
});

Deno.test("withGradient scopes a gradient plugin and cleans up on throw", () => {
  assert.deepEqual(withGradient("linearRelu", () => reluGrad()), G);
  assert.throws(() =>
    withGradient("deconvnet", () => {
      throw new Error("x");
    })
  );
  assert.equal(_overrideDepth(), 0);
  assert.throws(
    () => withGradient("deadUnitMonitor", () => 1),
    (e: unknown) => e instanceof RectifyError && /pass \{ model \}/.test(e.message),
  );
});
