// The webgpu backend on the machine's WebGPU adapter (lavapipe, a software device, in CI): its
// kernels against the js reference, tensors resident on the device across a training step (the
// readbacks counted), and digits trained as on wasm. Ignored, with the reason, without an adapter.
import assert from "node:assert/strict";
import {
  defaultRegistry,
  mlp,
  Optimizer,
  registerKernel,
  Rng,
  setBackend,
  softmaxCrossEntropy,
  StepArena,
  syncHost,
  Tensor,
  tensor,
  wgslElementwise,
} from "../../mod.ts";
import { loadBuiltinDataset, standardize, trainValSplit } from "../../datasets/mod.ts";
import { Trainer } from "../../train/mod.ts";
import { assertPluginOk, checkActivation, checkBackend } from "../../testing/mod.ts";
import squarePlus from "../../examples/plugins/square_plus.ts";
import { webgpuTest } from "./_webgpu.ts";

function rand(n: number, rng: Rng, scale = 1): Float32Array {
  return new Float32Array(n).map(() => (rng.uniform() * 2 - 1) * scale);
}

webgpuTest("webgpu: the backend plugin passes the plugin kit against the js kernels", () => {
  // WGSL rounds every float32 operation, so the adam kernel is checked within 1e-5, not bitwise
  assertPluginOk(checkBackend(defaultRegistry.get("backend", "webgpu"), { adamRtol: 1e-5 }));
});

webgpuTest(
  "webgpu: every built-in activation passes the plugin kit, its WGSL kernels included",
  async (be, t) => {
    for (const name of defaultRegistry.list("activation")) {
      await t.step(name, () => {
        const result = checkActivation(defaultRegistry.get("activation", name), { backend: be });
        assertPluginOk(result);
      });
    }
  },
);

webgpuTest(
  "webgpu: a third-party activation brings its WGSL kernel with registerKernel; the kit checks it",
  (be) => {
    const removes = [
      registerKernel(
        "webgpu",
        "squarePlus",
        wgslElementwise(`let s = sqrt(x0 * x0 + p0);
          y0 = select(p0 / (2.0 * (s - x0)), (x0 + s) * 0.5, x0 >= 0.0);`),
      ),
      registerKernel(
        "webgpu",
        "squarePlusBackward",
        wgslElementwise(`let s = sqrt(x0 * x0 + p0);
          y0 = x1 * select(p0 / (2.0 * s * (s - x0)), (1.0 + x0 / s) * 0.5, x0 >= 0.0);`),
      ),
    ];
    try {
      const result = checkActivation(squarePlus, { backend: be });
      assertPluginOk(result);
      const kernels = result.checks.find((c) => c.name === "kernels")!;
      assert.match(kernels.message ?? "", /squarePlus/);
      // a kernel wrong somewhere is caught: the textbook formula gives NaN at x = -Inf
      const naive = wgslElementwise("y0 = (x0 + sqrt(x0 * x0 + p0)) / 2.0;");
      removes.push(registerKernel("webgpu", "squarePlus", naive, { replace: true }));
      const bad = checkActivation(squarePlus, { backend: be });
      assert.equal(bad.checks.find((c) => c.name === "kernels")!.ok, false);
    } finally {
      for (const r of removes.reverse()) r();
    }
    assert.throws(() => wgslElementwise("x0 * 2.0"), TypeError);
  },
);

webgpuTest("webgpu: matmul in every layout and linear agree with the js kernels", (be) => {
  const rng = new Rng(3);
  const js = defaultRegistry.create("backend", "js");
  for (const [m, k, n] of [[1, 1, 1], [33, 65, 17], [64, 20, 9], [5, 130, 40]]) {
    for (const transA of [false, true]) {
      for (const transB of [false, true]) {
        for (const accumulate of [false, true]) {
          const a = rand(m * k, rng), b = rand(k * n, rng), init = rand(m * n, rng);
          const got = init.slice(), want = init.slice();
          const o = { transA, transB, accumulate };
          be.matmul(a, b, got, m, k, n, o);
          be.toHost!(got);
          js.matmul(a, b, want, m, k, n, o);
          for (let i = 0; i < got.length; i++) {
            assert.ok(Math.abs(got[i] - want[i]) <= 1e-5 * Math.sqrt(k) * 4, `${m}x${k}x${n}`);
          }
        }
      }
    }
    const x = rand(m * k, rng), w = rand(k * n, rng), bias = rand(n, rng);
    const got = new Float32Array(m * n), want = new Float32Array(m * n);
    be.linear!(x, w, bias, got, m, k, n);
    be.toHost!(got);
    js.linear!(x, w, bias, want, m, k, n);
    for (let i = 0; i < got.length; i++) assert.ok(Math.abs(got[i] - want[i]) < 1e-4);
  }
});

/** A digits-sized MLP and a batch, on `be`. */
function digitsStep(seed: number) {
  const rng = new Rng(seed);
  const model = mlp({ inputSize: 64, hidden: [32], outputSize: 10, rng: new Rng(seed) });
  const x = tensor(Array.from({ length: 32 }, () => Array.from(rand(64, rng))));
  const y = Array.from({ length: 32 }, (_, i) => i % 10);
  return { model, x, y };
}

webgpuTest("webgpu: a training step reads back nothing but the loss the user asks for", (be) => {
  const prev = setBackend(be);
  try {
    const { model, x, y } = digitsStep(1);
    for (const [spec, arena] of [["adam:lr=0.01", false], ["sgd:lr=0.1,momentum=0.9", true]]) {
      const opt = new Optimizer(model.namedParameters(), spec as string);
      const steps = new StepArena();
      const losses: number[] = [];
      for (let step = 0; step < 4; step++) {
        const before = be.stats();
        const body = () => {
          const loss = softmaxCrossEntropy(model.call(x), y);
          loss.backward();
          opt.step();
          opt.zeroGrad();
          return loss.item();
        };
        losses.push(arena ? steps.run(body) : body());
        const after = be.stats();
        assert.equal(
          after.readbacks - before.readbacks,
          1,
          `${spec} step ${step}: readbacks ${
            after.readbacks - before.readbacks
          }, expected 1 (the loss)`,
        );
        // from the second step on, parameters, gradients and optimizer state stay on the
        // device: a step uploads only the two arrays made on the host for it (the targets'
        // class indices and the backward seed 1)
        if (step > 0) {
          assert.equal(after.uploads - before.uploads, 2, `${spec} step ${step} uploads`);
        }
      }
      assert.ok(losses[3] < losses[0], `${spec}: the loss falls (${losses})`);
      steps.dispose();
    }
  } finally {
    setBackend(prev);
  }
});

webgpuTest("webgpu: a step gives the same parameters as js within float32 tolerance", (be) => {
  const run = (backend: typeof be | null) => {
    const prev = backend === null ? null : setBackend(backend);
    try {
      const { model, x, y } = digitsStep(2);
      const opt = new Optimizer(model.namedParameters(), "adam:lr=0.01");
      for (let s = 0; s < 3; s++) {
        softmaxCrossEntropy(model.call(x), y).backward();
        opt.step();
        opt.zeroGrad();
      }
      return model.namedParameters().map(([n, p]) => [n, Array.from(p.data)] as const);
    } finally {
      if (prev !== null) setBackend(prev);
    }
  };
  const prev = setBackend(defaultRegistry.create("backend", "js"));
  let want;
  try {
    want = run(null);
  } finally {
    setBackend(prev);
  }
  const got = run(be);
  for (let j = 0; j < want.length; j++) {
    const [name, w] = want[j], g = got[j][1];
    for (let i = 0; i < w.length; i++) {
      assert.ok(Math.abs(g[i] - w[i]) <= 1e-4 + 1e-4 * Math.abs(w[i]), `${name}[${i}]`);
    }
  }
});

webgpuTest(
  "webgpu: host reads see device results (Tensor.data, syncHost), host writes reach the device",
  (be) => {
    const prev = setBackend(be);
    try {
      const a = tensor([1, 2, 3]);
      const b = a.mul(2);
      assert.deepEqual(Array.from(b.data), [2, 4, 6]);
      b.data[0] = 10; // the host copy is current now; the next kernel uploads it
      assert.deepEqual(b.add(1).toArray(), [11, 5, 7]);
      const out = new Float32Array(3);
      be.binary("sub", new Float32Array([5, 5, 5]), new Float32Array([1, 2, 3]), out);
      assert.deepEqual(Array.from(syncHost(out)), [4, 3, 2]);
      // float64 stays on the js kernels
      const d = tensor([1, 2], { dtype: "float64" }).mul(3);
      assert.deepEqual(d.toArray(), [3, 6]);
      assert.ok(d.storage instanceof Float64Array);
      const t = new Tensor(new Float32Array([1, 2, 3, 4]), [2, 2]);
      assert.deepEqual(t.matmul(t).toArray(), [[7, 10], [15, 22]]);
    } finally {
      setBackend(prev);
    }
  },
);

webgpuTest(
  "webgpu: digits MLP trains to the accuracy wasm reaches (same seed, within noise)",
  async (be) => {
    const digits = standardize(await loadBuiltinDataset("digits"));
    const { train, val } = trainValSplit(digits, { valFraction: 0.2, seed: 0 });
    const accuracyOn = async (backend: string) => {
      const prev = setBackend(
        backend === "webgpu" ? be : defaultRegistry.create("backend", backend),
      );
      try {
        const trainer = new Trainer({
          train,
          val,
          hidden: [32],
          activation: "relu",
          optimizer: "adam:lr=0.01",
          epochs: 8,
          batchSize: 32,
          seed: 3,
        });
        const { history } = await trainer.run();
        return history.at(-1)!.valAccuracy!;
      } finally {
        setBackend(prev);
      }
    };
    const wasm = await accuracyOn("wasm"), gpu = await accuracyOn("webgpu");
    console.log(`digits val accuracy: wasm ${wasm.toFixed(4)}, webgpu ${gpu.toFixed(4)}`);
    assert.ok(wasm > 0.9, `wasm ${wasm}`);
    assert.ok(Math.abs(gpu - wasm) <= 0.02, `webgpu ${gpu} vs wasm ${wasm}`);
  },
);
