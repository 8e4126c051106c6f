import assert from "node:assert/strict";
import {
  Activation,
  type Backend,
  type Data,
  defaultRegistry,
  Dense,
  jsBackend,
  mlp,
  type Module,
  Optimizer,
  RectifyError,
  Rng,
  Sequential,
  setBackend,
  softmaxCrossEntropy,
  StepArena,
  Tensor,
  tensor,
  withoutArena,
  zeros,
} from "../../mod.ts";

function batch(rows: number, features: number, seed: number): [Tensor, Int32Array] {
  const rng = new Rng(seed);
  const x = new Float32Array(rows * features);
  for (let i = 0; i < x.length; i++) x[i] = rng.uniform() * 2 - 1;
  return [new Tensor(x, [rows, features]), Int32Array.from({ length: rows }, (_, i) => i % 3)];
}

function prelu(): Module {
  const rng = new Rng(3);
  return new Sequential(
    new Dense(6, 16, { rng }),
    new Activation("prelu"),
    new Dense(16, 16, { rng }),
    new Activation("elu"),
    new Dense(16, 3, { rng }),
  );
}

const models: [string, () => Module][] = [
  ["relu mlp", () => mlp({ inputSize: 6, hidden: [16, 16], outputSize: 3, rng: new Rng(1) })],
  [
    "batchNorm + dropout mlp",
    () =>
      mlp({
        inputSize: 6,
        hidden: [16],
        outputSize: 3,
        rng: new Rng(2),
        batchNorm: true,
        dropout: 0.2,
        activation: "gelu",
      }),
  ],
  ["prelu (parameters built on the first forward)", prelu],
];

/** Train `steps` steps, in an arena or not; returns the parameters' bits. */
function train(make: () => Module, steps: number, arena: StepArena | null): Float32Array[] {
  const model = make();
  const opt = new Optimizer(Object.fromEntries(model.namedParameters()), "adam:lr=0.01");
  const [x, y] = batch(10, 6, 9);
  for (let s = 0; s < steps; s++) {
    opt.zeroGrad();
    const body = () => softmaxCrossEntropy(model.call(x), y).backward();
    if (arena) arena.run(body);
    else body();
    opt.step();
  }
  return model.namedParameters().map(([, p]) => new Float32Array(p.data));
}

function backends(): [string, Backend][] {
  const list: [string, Backend][] = [["js", jsBackend]];
  if (defaultRegistry.has("backend", "wasm")) {
    list.push(["wasm", defaultRegistry.create("backend", "wasm:minElementwise=0,minMatmulWork=0")]);
  }
  return list;
}

Deno.test("StepArena: training in an arena gives the same bits as without", async (t) => {
  for (const [bname, backend] of backends()) {
    for (const [name, make] of models) {
      await t.step(`${bname}: ${name}`, () => {
        const prev = setBackend(backend);
        try {
          const arena = new StepArena();
          const a = train(make, 12, arena);
          const b = train(make, 12, null);
          assert.equal(a.length, b.length);
          for (let i = 0; i < a.length; i++) {
            assert.deepEqual(new Uint32Array(a[i].buffer), new Uint32Array(b[i].buffer));
          }
          const st = arena.stats();
          assert.equal(st.runs, 12);
          assert.ok(st.slabs <= 2, `slabs held: ${st.slabs}`);
          arena.dispose();
        } finally {
          setBackend(prev);
        }
      });
    }
  }
});

Deno.test("StepArena: steady state makes no new slab and reuses the same bytes", () => {
  const model = mlp({ inputSize: 6, hidden: [32], outputSize: 3, rng: new Rng(4) });
  const opt = new Optimizer(Object.fromEntries(model.namedParameters()), "sgd:lr=0.1");
  const [x, y] = batch(8, 6, 1);
  const arena = new StepArena();
  const made: number[] = [], used: number[] = [];
  for (let s = 0; s < 6; s++) {
    opt.zeroGrad();
    arena.run(() => softmaxCrossEntropy(model.call(x), y).backward());
    opt.step();
    made.push(arena.stats().slabsMade);
    used.push(arena.stats().lastRunBytes);
  }
  // the first run may need several slabs; the second merges them into one; then nothing new
  assert.deepEqual(made.slice(2), [made[1], made[1], made[1], made[1]]);
  assert.equal(new Set(used).size, 1);
  assert.ok(used[0] > 0);
  assert.equal(arena.stats().slabs, 1);
  arena.dispose();
  assert.equal(arena.stats().slabs, 0);
});

Deno.test("StepArena: a tensor of an ended run fails clearly when used", async (t) => {
  const arena = new StepArena();
  const x = tensor([[1, -2, 3], [4, 5, -6]]);
  const y = arena.run(() => x.mul(2));
  await t.step("valid until the next run", () => {
    assert.deepEqual(y.toArray(), [[2, -4, 6], [8, 10, -12]]);
  });
  const view = y.reshape([3, 2]); // made outside a run, on the arena's storage
  arena.run(() => x.add(1));
  await t.step("expired after the next run starts, views too", () => {
    for (const z of [y, view]) {
      assert.throws(() => z.data, (e: unknown) => {
        assert.ok(e instanceof RectifyError);
        assert.equal(e.code, "arena");
        assert.match(e.message, /Tensor \[(2, 3|3, 2)\] \(float32\)/);
        assert.match(e.message, /clone\(\) it inside the run/);
        return true;
      });
    }
    assert.throws(() => y.add(1), RectifyError);
    // shape, size and dtype stay readable for error messages
    assert.deepEqual(y.shape, [2, 3]);
    assert.equal(y.size, 6);
  });
  await t.step("the inputs made outside the arena are untouched", () => {
    assert.deepEqual(x.toArray(), [[1, -2, 3], [4, 5, -6]]);
  });
  arena.dispose();
});

Deno.test("StepArena: what must outlive the step does", async (t) => {
  await t.step("withoutArena keeps a tensor made in a run", () => {
    const arena = new StepArena();
    const x = tensor([1, 2, 3]);
    const kept = arena.run(() => withoutArena(() => x.mul(3)));
    arena.run(() => x.mul(5));
    arena.run(() => x.mul(7));
    assert.deepEqual(kept.toArray(), [3, 6, 9]);
    arena.dispose();
  });
  await t.step("leaf gradients are outside the arena", () => {
    const arena = new StepArena();
    const w = tensor([1, -1, 2], { requiresGrad: true });
    arena.run(() => w.mul(w).sum().backward());
    const g = w.grad!;
    arena.run(() => w.mul(3).sum());
    assert.deepEqual(g.toArray(), [2, -2, 4]);
    arena.dispose();
  });
  await t.step("zeroGrad(): one gradient buffer per leaf, the old .grad expires", () => {
    const arena = new StepArena();
    const w = tensor([1, -1, 2], { requiresGrad: true });
    const grads: Tensor[] = [];
    const buffers: Data[] = [];
    for (let s = 1; s <= 3; s++) {
      w.zeroGrad();
      arena.run(() => w.mul(w).mul(s).sum().backward());
      grads.push(w.grad!);
      buffers.push(w.grad!.data);
    }
    assert.deepEqual(w.grad!.toArray(), [6, -6, 12]);
    assert.equal(grads[0] === grads[2], false);
    assert.throws(() => grads[0].data, /StepArena run that has ended/);
    assert.throws(() => grads[1].data, /StepArena run that has ended/);
    // the same buffer every run: nothing allocated for gradients per step
    assert.equal(buffers[0], buffers[2]);
    assert.equal(buffers[2].length, 3);
    arena.dispose();
    assert.deepEqual(w.grad!.toArray(), [6, -6, 12], "readable after dispose");
  });
  await t.step("gradients accumulate across runs while .grad is kept", () => {
    const arena = new StepArena();
    const w = tensor([1, 2], { requiresGrad: true });
    arena.run(() => w.mul(3).sum().backward());
    arena.run(() => w.mul(4).sum().backward());
    assert.deepEqual(w.grad!.toArray(), [7, 7]);
    w.zeroGrad({ setToNone: false });
    arena.run(() => w.mul(5).sum().backward());
    assert.deepEqual(w.grad!.toArray(), [5, 5]);
    arena.dispose();
  });
  await t.step("activation parameters built lazily in a run survive it", () => {
    const arena = new StepArena();
    const act = new Activation("prelu");
    const x = tensor([[-1, 2], [3, -4]]);
    arena.run(() => act.call(x));
    arena.run(() => act.call(x));
    const [[name, alpha]] = act.namedParameters();
    assert.equal(name, "alpha");
    assert.doesNotThrow(() => alpha.data); // not arena storage: the runs did not expire it
    arena.dispose();
  });
  await t.step("a raw prelu instance builds its slopes outside the run", () => {
    const arena = new StepArena();
    const act = defaultRegistry.create("activation", "prelu");
    const x = tensor([[-1, 2], [3, -4]]);
    arena.run(() => act.forward(x));
    const y = arena.run(() => act.forward(x));
    assert.deepEqual(y.toArray(), [[-0.25, 2], [3, -1]]);
    assert.doesNotThrow(() => act.parameters!().alpha.data);
    arena.dispose();
  });
  await t.step("storage handed out again is zeroed where the op needs zeros", () => {
    const arena = new StepArena();
    arena.run(() => tensor([[7, 7, 7, 7]]).mul(9)); // leave non-zero bytes behind
    const z = arena.run(() => zeros([1, 4]).add(zeros([4])));
    assert.deepEqual(z.toArray(), [[0, 0, 0, 0]]);
    arena.dispose();
  });
});

Deno.test("StepArena: misuse fails with a clear error", async (t) => {
  const arena = new StepArena();
  await t.step("a run inside its own run", () => {
    assert.throws(() => arena.run(() => arena.run(() => 1)), /already running/);
  });
  await t.step("an async body", () => {
    assert.throws(() => arena.run(() => Promise.resolve(1)), /runs are synchronous/);
  });
  await t.step("dispose inside the run", () => {
    assert.throws(() => arena.run(() => arena.dispose()), /inside the arena's own run/);
  });
  await t.step("run after dispose", () => {
    arena.dispose();
    assert.throws(() => arena.run(() => 1), /was disposed/);
  });
  await t.step("nested arenas: the inner one serves its run, the outer one resumes", () => {
    const outer = new StepArena(), inner = new StepArena();
    const x = tensor([1, 2]);
    const [a, b, c] = outer.run(() => {
      const a = x.mul(2);
      const b = inner.run(() => x.mul(3));
      const c = x.mul(4);
      return [a, b, c];
    });
    inner.run(() => x.mul(1));
    assert.deepEqual(a.toArray(), [2, 4]);
    assert.deepEqual(c.toArray(), [4, 8]);
    assert.throws(() => b.data, /StepArena run that has ended/);
    outer.dispose();
    inner.dispose();
  });
});
