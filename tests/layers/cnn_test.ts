import assert from "node:assert/strict";
import {
  Activation,
  avgPool2d,
  cnn,
  conv2d,
  jsBackend,
  maxPool2d,
  Optimizer,
  Rng,
  setBackend,
  softmaxCrossEntropy,
  StepArena,
  type Tensor,
  tensor,
} from "../../mod.ts";
import { backends } from "../backend/_backends.ts";
import { assertGradcheck, randn } from "./_check.ts";

function digitsLike(n: number, seed: number): [Tensor, Int32Array] {
  const rng = new Rng(seed);
  const x = new Float32Array(n * 64);
  for (let i = 0; i < x.length; i++) x[i] = rng.uniform();
  const y = new Int32Array(n);
  for (let i = 0; i < n; i++) y[i] = i % 10;
  return [tensor(x, { shape: [n, 1, 8, 8] }), y];
}

function smallCnn(rng = new Rng(0)) {
  return cnn({
    inputShape: [1, 8, 8],
    layers: [
      { type: "conv2d", outChannels: 8, kernelSize: 3, padding: 1 },
      { type: "batchNorm2d" },
      "relu",
      { type: "maxPool2d", kernelSize: 2 },
      { type: "conv2d", outChannels: 16, kernelSize: 3, padding: "same", groups: 2 },
      { name: "leakyRelu", options: { alpha: 0.1 } },
      { type: "avgPool2d", kernelSize: 3, stride: 2, padding: 1, countIncludePad: false },
      { type: "dropout2d", p: 0.1 },
      { type: "globalAvgPool2d" },
    ],
    outputSize: 10,
    rng,
  });
}

Deno.test("cnn() infers every layer's input shape and names parameters as PyTorch", () => {
  const model = smallCnn();
  const names = model.namedParameters().map(([n, t]) => `${n}:${t.shape}`);
  assert.deepEqual(names, [
    "0.weight:8,1,3,3",
    "0.bias:8",
    "1.gamma:8",
    "1.beta:8",
    "4.weight:16,4,3,3",
    "4.bias:16",
    "9.weight:16,10",
    "9.bias:10",
  ]);
  assert.deepEqual(model.call(digitsLike(3, 1)[0]).shape, [3, 10]);
  // building probed shapes in eval mode: no batch was counted
  const bn = model.layers[1] as unknown as { numBatchesTracked: Tensor };
  assert.equal(bn.numBatchesTracked.item(), 1);
});

Deno.test("cnn(): channel-axis activations change the channel count; flatten before dense", () => {
  const model = cnn({
    inputShape: [2, 6, 6],
    layers: [
      { type: "conv2d", outChannels: 3, kernelSize: 3 },
      { name: "crelu", options: { axis: 1 } },
      { type: "conv2d", outChannels: 8, kernelSize: 3 },
      { name: "maxout", options: { axis: 1, pieces: 2 } },
      { type: "flatten" },
      { type: "dense", outFeatures: 5 },
    ],
  });
  assert.deepEqual(model.namedParameters().map(([n, t]) => `${n}:${t.shape}`), [
    "0.weight:3,2,3,3",
    "0.bias:3",
    "2.weight:8,6,3,3",
    "2.bias:8",
    "5.weight:16,5",
    "5.bias:5",
  ]);
  assert.throws(
    () => cnn({ inputShape: [1, 4, 4], layers: [{ type: "dense", outFeatures: 2 }] }),
    /add "flatten" or "globalAvgPool2d"/,
  );
  assert.throws(() => cnn({ inputShape: [4, 4], layers: [] }), /inputShape must be \[C, H, W\]/);
});

Deno.test("activations on NCHW: prelu per channel ([C, 1, 1]), crelu and maxout on axis 1 gradcheck", async (t) => {
  const x = randn([2, 4, 3, 3], 5);
  await t.step("prelu, one slope per channel", () => {
    const act = new Activation({ name: "prelu", options: { sharedAxes: [2, 3] } }, {
      inputShape: [4, 3, 3],
      dtype: "float64",
    });
    const alpha = act.namedParameters()[0][1];
    assert.deepEqual(alpha.shape, [4, 1, 1]);
    alpha.data.set([0.1, 0.2, -0.3, 0.5]);
    assertGradcheck("prelu", (xx) => act.call(xx), [x, alpha]);
  });
  for (
    const spec of [{ name: "crelu", options: { axis: 1 } }, {
      name: "maxout",
      options: { axis: 1, pieces: 2 },
    }]
  ) {
    await t.step(spec.name, () => {
      const act = new Activation(spec, { dtype: "float64" });
      assertGradcheck(spec.name, (xx) => act.call(xx), [x]);
    });
  }
});

Deno.test("a whole CNN gradchecks in float64 (conv, batch norm, pools, activations, dense)", () => {
  const model = cnn({
    inputShape: [2, 7, 7],
    layers: [
      { type: "conv2d", outChannels: 4, kernelSize: 3, padding: 1, stride: 2 },
      { type: "batchNorm2d" },
      "tanh",
      { type: "conv2d", outChannels: 4, kernelSize: 2, dilation: 2, groups: 2 },
      { type: "layerNorm" },
      "softplus",
      { type: "maxPool2d", kernelSize: 2, ceilMode: true },
    ],
    outputSize: 3,
    dtype: "float64",
    rng: new Rng(2),
  });
  const x = randn([3, 2, 7, 7], 8);
  assertGradcheck("cnn", (xx) => model.call(xx), [x, ...model.parameters()]);
});

/** Forward and backward of conv2d and both pools on float32 data, on the current backend. */
function convRound(seed: number): Float32Array[] {
  const x = randn([3, 6, 9, 10], seed).to("float32").detach();
  x.requiresGrad = true;
  const w = randn([8, 3, 3, 3], seed + 1).to("float32").detach();
  w.requiresGrad = true;
  const b = randn([8], seed + 2).to("float32").detach();
  b.requiresGrad = true;
  const y = conv2d(x, w, b, { padding: [1, 1], groups: 2, stride: [1, 2] });
  const p = maxPool2d(y, [3, 3], { stride: [2, 2], padding: [1, 1], ceilMode: true });
  const q = avgPool2d(y, [2, 2], { countIncludePad: false, padding: [1, 1] });
  const up = randn(p.shape, seed + 3, false).to("float32");
  const uq = randn(q.shape, seed + 4, false).to("float32");
  p.mul(up).sum().add(q.mul(uq).sum()).backward();
  return [y.data, p.data, q.data, x.grad!.data, w.grad!.data, b.grad!.data] as Float32Array[];
}

Deno.test("conv and pooling kernels agree on every backend (float32)", async (t) => {
  const prev = setBackend(jsBackend);
  const ref = convRound(20);
  setBackend(prev);
  for (const be of backends) {
    await t.step(be.name, () => {
      const p = setBackend(be);
      try {
        const got = convRound(20);
        const names = ["y", "maxPool", "avgPool", "dx", "dw", "db"];
        got.forEach((a, i) => {
          assert.equal(a.length, ref[i].length);
          for (let j = 0; j < a.length; j++) {
            const e = ref[i][j];
            assert.ok(
              Math.abs(a[j] - e) <= 1e-4 + 1e-4 * Math.abs(e),
              `${names[i]}[${j}]: ${a[j]} vs ${e}`,
            );
          }
        });
      } finally {
        setBackend(p);
      }
    });
  }
});

Deno.test("StepArena: a CNN training step reaches a steady state on every backend", async (t) => {
  for (const be of backends) {
    await t.step(be.name, () => {
      const prev = setBackend(be);
      try {
        const model = smallCnn(new Rng(1));
        const opt = new Optimizer(Object.fromEntries(model.namedParameters()), "adam");
        const [x, y] = digitsLike(16, 3);
        const arena = new StepArena();
        const made: number[] = [], used: number[] = [], losses: number[] = [];
        for (let s = 0; s < 6; s++) {
          opt.zeroGrad({ setToNone: false });
          losses.push(arena.run(() => {
            const l = softmaxCrossEntropy(model.call(x), y);
            l.backward();
            return l.item();
          }));
          opt.step();
          made.push(arena.stats().slabsMade);
          used.push(arena.stats().lastRunBytes);
        }
        // the first step has no .grad yet and computes the weight gradients in their own
        // buffers; the later ones (zeroed, not None) take blocks for them and add: from the
        // second step on the same bytes, and after one more merge no new slab
        assert.deepEqual(made.slice(3), [made[2], made[2], made[2]]);
        assert.equal(new Set(used.slice(1)).size, 1);
        assert.ok(losses[5] < losses[0], `loss ${losses[0]} -> ${losses[5]}`);
        arena.dispose();
      } finally {
        setBackend(prev);
      }
    });
  }
});

Deno.test("every registered activation works on NCHW images and gradchecks in float64", async (t) => {
  const { defaultRegistry } = await import("../../mod.ts");
  const names = defaultRegistry.list("activation");
  assert.ok(names.length >= 25, `only ${names.length} activations`);
  for (const name of names) {
    await t.step(name, () => {
      // channel-axis forms for the two that change the size of an axis (FORMAT.md's cnn rule)
      const options = name === "crelu" || name === "maxout" ? { axis: 1 } : {};
      const act = new Activation({ name, options }, { dtype: "float64", inputShape: [4, 3, 5] });
      act.eval(); // rrelu: its deterministic evaluation slope
      const x = randn([2, 4, 3, 5], 17);
      const y = act.call(x);
      const c = name === "crelu" ? 8 : name === "maxout" ? 2 : 4;
      assert.deepEqual(y.shape, [2, c, 3, 5]);
      assertGradcheck(name, (xx) => act.call(xx), [x, ...act.parameters()]);
    });
  }
});
