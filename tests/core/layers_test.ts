import assert from "node:assert/strict";
import {
  Activation,
  BatchNorm,
  defaultRegistry,
  Dense,
  Dropout,
  gradcheck,
  jsBackend,
  mlp,
  mse,
  ones,
  randn,
  RectifyError,
  Rng,
  Sequential,
  setBackend,
  sigmoidBinaryCrossEntropy,
  softmaxCrossEntropy,
  type Tensor,
  tensor,
  wasmSimdSupported,
} from "../../mod.ts";

const rng = new Rng(11);

Deno.test("Dense computes x @ W + b with W [in, out] and is gradchecked", () => {
  const d = new Dense(3, 2, { dtype: "float64", rng });
  d.weight.data.set([1, 2, 3, 4, 5, 6]);
  d.bias!.data.set([0.5, -0.5]);
  assert.deepEqual(d.call(tensor([[1, 1, 1]], { dtype: "float64" })).toArray(), [[9.5, 11.5]]);
  const x = randn([4, 3], { rng, dtype: "float64", requiresGrad: true });
  const res = gradcheck((a, w, b) => a.matmul(w).add(b), [x, d.weight, d.bias!]);
  assert.ok(res.ok, res.message);
});

Deno.test("Dense keeps float32 parameters in the backend's blocks where it lends them", () => {
  const wasm = wasmSimdSupported() ? defaultRegistry.create("backend", "wasm") : null;
  for (const be of [jsBackend, ...(wasm ? [wasm] : [])]) {
    const prev = setBackend(be);
    try {
      const lends = be.allocate?.(1) ?? null;
      if (lends) be.free!(lends);
      const d = new Dense(5, 3, { rng: new Rng(4) });
      const plain = new Dense(5, 3, { rng: new Rng(4), dtype: "float64" });
      for (const p of [d.weight, d.bias!]) {
        // a lent block is a view of the backend's shared memory; the js backend lends none
        assert.equal(p.data.buffer instanceof SharedArrayBuffer, lends !== null, be.name);
      }
      // the same initial values either way (the initializer's, copied)
      assert.deepEqual(d.weight.toArray(), new Dense(5, 3, { rng: new Rng(4) }).weight.toArray());
      assert.ok(d.bias!.data.every((v) => v === 0));
      assert.ok(!(plain.weight.data.buffer instanceof SharedArrayBuffer), "float64 stays plain");
    } finally {
      setBackend(prev);
    }
  }
});

Deno.test("Dense rejects inputs of the wrong width, naming both", () => {
  assert.throws(
    () => new Dense(3, 2).call(ones([4, 5])),
    (e: unknown) =>
      e instanceof RectifyError &&
      /input shape \[4, 5\] has 5 features, expected 3/.test(e.message),
  );
});

Deno.test("BatchNorm normalises in training (gradchecked) and uses running stats in eval", () => {
  const bn = new BatchNorm(3, { dtype: "float64" });
  const x = randn([5, 3], { rng, dtype: "float64", requiresGrad: true });
  const res = gradcheck((a, g, b) => {
    const saved = [bn.runningMean.data.slice(), bn.runningVar.data.slice()];
    bn.gamma.data.set(g.data);
    bn.beta.data.set(b.data);
    const y = bn.call(a);
    bn.runningMean.data.set(saved[0]);
    bn.runningVar.data.set(saved[1]);
    return y;
  }, [x, bn.gamma, bn.beta]);
  assert.ok(res.ok, res.message);
  const y = bn.call(x);
  const colMean = y.mean(0).data;
  for (const v of colMean) assert.ok(Math.abs(v) < 1e-9);
  bn.eval();
  const z = bn.call(tensor([[0, 0, 0]], { dtype: "float64" }));
  for (let i = 0; i < 3; i++) {
    const expect = -bn.runningMean.data[i] / Math.sqrt(bn.runningVar.data[i] + bn.eps);
    assert.ok(Math.abs(z.data[i] - expect) < 1e-12);
  }
});

Deno.test("Dropout is seeded, scales by 1/(1-p) and is the identity in eval", () => {
  const a = new Dropout(0.5, { rng: new Rng(1) }).call(ones([1000]));
  const b = new Dropout(0.5, { rng: new Rng(1) }).call(ones([1000]));
  assert.deepEqual([...a.data], [...b.data]);
  assert.ok([...a.data].every((v) => v === 0 || v === 2));
  const kept = [...a.data].filter((v) => v === 2).length;
  assert.ok(kept > 400 && kept < 600, `kept ${kept}`);
  const d = new Dropout(0.5).eval();
  assert.deepEqual(d.call(ones([3])).toArray(), [1, 1, 1]);
  assert.throws(() => new Dropout(1), /p must be in \[0, 1\), got 1/);
});

Deno.test("Module: stable dotted names, train/eval propagate, state dict round trip", () => {
  const m = mlp({ inputSize: 4, hidden: [5, 3], outputSize: 2, rng: new Rng(2) });
  assert.deepEqual(m.namedParameters().map(([n]) => n), [
    "0.weight",
    "0.bias",
    "2.weight",
    "2.bias",
    "4.weight",
    "4.bias",
  ]);
  m.eval();
  assert.ok(m.namedModules().every(([, c]) => !c.training));
  const sd = JSON.parse(JSON.stringify(m.stateDict()));
  const m2 = mlp({ inputSize: 4, hidden: [5, 3], outputSize: 2, rng: new Rng(99) });
  m2.loadStateDict(sd);
  const x = randn([2, 4], { rng });
  assert.deepEqual([...m2.call(x).data], [...m.call(x).data]);
  assert.throws(
    () => m2.loadStateDict({ ...sd, "0.weight": { shape: [1], dtype: "float32", data: [1] } }),
    /has shape \[1\] in the state, expected \[4, 5\]/,
  );
});

Deno.test("Activation wraps a plugin spec; Sequential chains", () => {
  const s = new Sequential(new Activation("relu"), new Activation("sigmoid"));
  assert.deepEqual(s.call(tensor([-1, 0])).toArray(), [0.5, 0.5]);
});

Deno.test("losses match closed forms and are gradchecked", async (t) => {
  await t.step("softmaxCrossEntropy", () => {
    const z = randn([4, 3], { rng, dtype: "float64", requiresGrad: true });
    const res = gradcheck((a) => softmaxCrossEntropy(a, [0, 2, 1, 2]), [z]);
    assert.ok(res.ok, res.message);
    const l = softmaxCrossEntropy(tensor([[0, 0]], { dtype: "float64" }), [1]).item();
    assert.ok(Math.abs(l - Math.LN2) < 1e-15);
  });
  await t.step("mse", () => {
    const a = randn([3, 2], { rng, dtype: "float64", requiresGrad: true });
    const b = randn([3, 2], { rng, dtype: "float64", requiresGrad: true });
    assert.ok(gradcheck((p, q) => mse(p, q), [a, b]).ok);
    assert.equal(mse(tensor([1, 2]), tensor([1, 4])).item(), 2);
  });
  await t.step("sigmoidBinaryCrossEntropy", () => {
    const a = randn([3, 2], { rng, dtype: "float64", requiresGrad: true });
    const t01 = tensor([[0, 1], [1, 1], [0, 0]], { dtype: "float64" });
    const res = gradcheck((p) => sigmoidBinaryCrossEntropy(p, t01), [a]);
    assert.ok(res.ok, res.message);
  });
  await t.step("stable for logits of magnitude 1e4 in float32", () => {
    const z = tensor([[1e4, -1e4], [-1e4, 1e4]]);
    const l1 = softmaxCrossEntropy(z, [1, 0]).item();
    const l2 = sigmoidBinaryCrossEntropy(z, tensor([[0, 1], [1, 0]])).item();
    assert.ok(Number.isFinite(l1) && Number.isFinite(l2));
    assert.ok(Math.abs(l1 - 2e4) / 2e4 < 1e-6);
  });
  await t.step("bad targets name the index and range", () => {
    assert.throws(
      () => softmaxCrossEntropy(tensor([[0, 0]]), [2]),
      /target 0 is 2, expected an integer class in \[0, 1\]/,
    );
  });
});

Deno.test("a trained MLP reaches zero error on XOR", () => {
  const model = mlp({ inputSize: 2, hidden: [8], outputSize: 2, rng: new Rng(0) });
  const x = tensor([[0, 0], [0, 1], [1, 0], [1, 1]]);
  const params = model.parameters();
  for (let i = 0; i < 300; i++) {
    for (const p of params) p.grad = null;
    softmaxCrossEntropy(model.call(x), [0, 1, 1, 0]).backward();
    for (const p of params) for (let j = 0; j < p.size; j++) p.data[j] -= 0.5 * p.grad!.data[j];
  }
  const logits = model.call(x) as Tensor;
  const pred = [0, 1, 2, 3].map((i) => (logits.data[i * 2 + 1] > logits.data[i * 2] ? 1 : 0));
  assert.deepEqual(pred, [0, 1, 1, 0]);
});
