import assert from "node:assert/strict";
import {
  Activation,
  Dense,
  gradcheck,
  type Module,
  RectifyError,
  Rng,
  Sequential,
  type Tensor,
  tensor,
} from "../../mod.ts";

function net(): Sequential {
  const rng = new Rng(3);
  return new Sequential(
    new Dense(3, 4, { rng, dtype: "float64" }),
    new Activation("tanh"),
    new Dense(4, 2, { rng, dtype: "float64" }),
  );
}

const X = [[0.5, -1, 2], [1.5, 0.25, -0.75]];

function gradsOf(model: Module, seed = [[1, -2], [0.5, 3]]): { x: number[]; w: number[] } {
  model.zeroGrad();
  const x = tensor(X, { dtype: "float64", requiresGrad: true });
  model.call(x).backward(tensor(seed, { dtype: "float64" }));
  const w = model.namedParameters().find(([n]) => n === "0.weight")![1];
  return { x: Array.from(x.grad!.data), w: Array.from(w.grad!.data) };
}

Deno.test("registerFullBackwardHook sees dL/dinput and dL/doutput of the module", () => {
  const model = net();
  const layer = model.layers[2] as Dense;
  let seen: { gi: number[]; go: number[] } | null = null;
  layer.registerFullBackwardHook((m, gi, go) => {
    assert.equal(m, layer);
    seen = { gi: Array.from(gi!.data), go: Array.from(go.data) };
  });
  const seed = [[1, -2], [0.5, 3]];
  gradsOf(model, seed);
  // dL/doutput is the seed; dL/dinput = seed @ W^T, computed directly.
  const w = layer.weight.data;
  const expected: number[] = [];
  for (let r = 0; r < 2; r++) {
    for (let i = 0; i < 4; i++) expected.push(seed[r][0] * w[i * 2] + seed[r][1] * w[i * 2 + 1]);
  }
  assert.ok(seen);
  const s = seen as { gi: number[]; go: number[] };
  assert.deepEqual(s.go, seed.flat());
  s.gi.forEach((v, i) => assert.ok(Math.abs(v - expected[i]) < 1e-12, `gi[${i}]`));
});

Deno.test("a full backward hook may replace gradInput, and remove() restores plain gradients", () => {
  const model = net();
  const plain = gradsOf(model);
  const h = model.layers[1].registerFullBackwardHook((_m, gi) => gi!.mul(0));
  const hooked = gradsOf(model);
  assert.ok(hooked.x.every((v) => v === 0), "input gradient zeroed through the hook");
  assert.ok(hooked.w.every((v) => v === 0), "first layer gets no gradient");
  h.remove();
  h.remove(); // harmless twice
  assert.deepEqual(gradsOf(model), plain);
});

Deno.test("several full backward hooks chain in registration order", () => {
  const model = net();
  const plain = gradsOf(model);
  const order: string[] = [];
  const layer = model.layers[0];
  layer.registerFullBackwardHook((_m, gi) => {
    order.push("a");
    return gi!.mul(2);
  });
  layer.registerFullBackwardHook((_m, gi) => {
    order.push("b");
    return gi!.add(1);
  });
  const g = gradsOf(model);
  assert.deepEqual(order, ["a", "b"]);
  g.x.forEach((v, i) => assert.ok(Math.abs(v - (2 * plain.x[i] + 1)) < 1e-12));
  assert.deepEqual(g.w, plain.w, "parameter gradients are not affected by gradInput");
});

Deno.test("full backward hook gets gradInput null when the input needs no gradient", () => {
  const model = net();
  const calls: (Tensor | null)[] = [];
  model.layers[0].registerFullBackwardHook((_m, gi, go) => {
    calls.push(gi);
    assert.deepEqual(go.shape, [2, 4]);
  });
  model.call(tensor(X, { dtype: "float64" })).sum().backward();
  assert.deepEqual(calls, [null]);
  model.layers[0].registerFullBackwardHook(() => tensor([[0]]));
  assert.throws(
    () => model.call(tensor(X, { dtype: "float64" })).sum().backward(),
    (e: unknown) =>
      e instanceof RectifyError && /module "0" \(Dense\)/.test(e.message) &&
      /does not require a gradient/.test(e.message),
  );
});

Deno.test("tensor hooks and a module backward hook compose in the documented order", () => {
  const model = net();
  const layer = model.layers[2];
  const order: string[] = [];
  const x = tensor(X, { dtype: "float64", requiresGrad: true });
  const h1 = model.layers[1].call(model.layers[0].call(x));
  h1.registerHook((g) => {
    order.push("input tensor hook");
    return g.add(100);
  });
  layer.registerFullBackwardHook((_m, gi, go) => {
    order.push("module hook");
    assert.ok(go.data.every((v) => v === 3), "module hook sees the output hook's result");
    return gi!.mul(0);
  });
  const y = layer.call(h1);
  y.registerHook((g) => {
    order.push("output tensor hook");
    return g.mul(3);
  });
  let seenAtInput: number[] = [];
  h1.registerHook((g) => void (seenAtInput = Array.from(g.data)));
  y.sum().backward();
  assert.deepEqual(order, ["output tensor hook", "module hook", "input tensor hook"]);
  assert.ok(seenAtInput.every((v) => v === 100), "input hooks see the replaced gradInput");
});

Deno.test("a throwing hook names the module's dotted path and the hook kind, and the model stays usable", () => {
  const inner = new Sequential(new Dense(3, 4, { rng: new Rng(0) }), new Activation("relu"));
  const model = new Sequential(inner, new Dense(4, 2, { rng: new Rng(1) }));
  const x = tensor(X, { requiresGrad: true });
  const hb = inner.layers[1].registerFullBackwardHook(() => {
    throw new Error("boom");
  });
  assert.throws(
    () => model.call(x).sum().backward(),
    (e: unknown) =>
      e instanceof RectifyError && e.code === "autograd" &&
      e.message.includes('full backward hook on module "0.1" (Activation) threw: boom'),
  );
  assert.equal(x.grad, null, "no partial gradient reaches the leaves");
  hb.remove();
  const hf = inner.layers[0].registerForwardHook(() => {
    throw new Error("bad");
  });
  assert.throws(
    () => model.call(x),
    (e: unknown) =>
      e instanceof RectifyError && e.message.includes('forward hook on module "0.0" (Dense)'),
  );
  hf.remove();
  model.call(x).sum().backward();
  assert.deepEqual(x.grad!.shape, [2, 3]);
});

Deno.test("a full backward hook returning the wrong shape is a clear error", () => {
  const model = net();
  model.layers[1].registerFullBackwardHook(() => tensor([1, 2, 3], { dtype: "float64" }));
  assert.throws(
    () => gradsOf(model),
    (e: unknown) =>
      e instanceof RectifyError &&
      /module "1" \(Activation\) must return a Tensor of shape \[2, 4\]/
        .test(e.message),
  );
});

Deno.test("an observing full backward hook leaves gradients exact (gradcheck, float64)", () => {
  const model = net();
  let calls = 0;
  for (const l of model.layers) l.registerFullBackwardHook(() => void calls++);
  const x = tensor(X, { dtype: "float64", requiresGrad: true });
  const res = gradcheck((a) => model.call(a), [x]);
  assert.ok(res.ok, res.message);
  assert.ok(calls > 0);
});
