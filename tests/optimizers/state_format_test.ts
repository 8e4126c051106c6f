// The optimizer state dict, format 2: readable (buffers by parameter and by
// name, torch's names documented), refused with a clear error when it does
// not fit, and rectify 0.1's dicts still accepted.
import assert from "node:assert/strict";
import {
  addDecayedWeights,
  chain,
  createRegistry,
  type Data,
  defaultRegistry,
  defineOptimizer,
  isUpdateRule,
  Optimizer,
  type OptimizerProduct,
  type OptimizerStateDict,
  RectifyError,
  scaleByAdam,
  scaleByLearningRate,
  tensor,
  type UpdateRule,
} from "../../mod.ts";
import { bits, model, optimizerFor, train } from "./_train.ts";

/** A fresh registry of the built-ins plus an optimizer `name` that makes `create()`. */
function registryWith(name: string, create: () => OptimizerProduct, lr = 0.1) {
  const registry = createRegistry();
  registry.register(defineOptimizer({
    name,
    version: "1.0.0",
    description: `${name} (test)`,
    defaults: { lr },
    create,
  }));
  return registry;
}

/** torch.optim's `state[p]` keys of each built-in's buffers (lion and lamb: common ports). */
const TORCH_NAMES: Record<string, Record<string, string>> = {
  "sgd:momentum=0.9": { momentumBuffer: "momentum_buffer" },
  "adagrad": { sum: "sum" },
  "rmsprop:centered=true,momentum=0.9": {
    squareAvg: "square_avg",
    gradAvg: "grad_avg",
    momentumBuffer: "momentum_buffer",
  },
  "adadelta": { squareAvg: "square_avg", accDelta: "acc_delta" },
  "adam:amsgrad=true": { expAvg: "exp_avg", expAvgSq: "exp_avg_sq", maxExpAvgSq: "max_exp_avg_sq" },
  "adamw": { expAvg: "exp_avg", expAvgSq: "exp_avg_sq" },
  "adamax": { expAvg: "exp_avg", expInf: "exp_inf" },
  "nadam": { expAvg: "exp_avg", expAvgSq: "exp_avg_sq" },
  "radam": { expAvg: "exp_avg", expAvgSq: "exp_avg_sq" },
  "rprop": { prev: "prev", stepSize: "step_size" },
  "lion": { expAvg: "exp_avg" },
  "lamb": { expAvg: "exp_avg", expAvgSq: "exp_avg_sq" },
};

Deno.test("every built-in optimizer is a rule whose buffers name their torch.optim equivalents", () => {
  const covered = new Set(Object.keys(TORCH_NAMES).map((s) => s.split(":")[0]));
  assert.deepEqual([...covered].sort(), defaultRegistry.list("optimizer").sort());
  for (const [spec, names] of Object.entries(TORCH_NAMES)) {
    const rule = defaultRegistry.create("optimizer", spec);
    assert.ok(isUpdateRule(rule), `${spec} is an UpdateRule`);
    const torch = Object.fromEntries(Object.entries(rule.buffers).map(([k, s]) => [k, s.torch]));
    assert.deepEqual(torch, names, spec);
  }
  const nadam = defaultRegistry.create("optimizer", "nadam") as UpdateRule;
  assert.equal(nadam.scalars?.muProduct.torch, "mu_product");
});

Deno.test("Optimizer.stateDict(): buffers by parameter name and buffer name, none for a parameter without a gradient", () => {
  const w = tensor([1, -2], { requiresGrad: true }), frozen = tensor([3], { requiresGrad: true });
  const opt = new Optimizer({ w, frozen }, "adam:lr=0.1");
  w.mul(w).sum().backward(); // g = [2, -4]
  opt.step();
  const sd = JSON.parse(JSON.stringify(opt.stateDict()));
  assert.deepEqual(sd, {
    version: 2,
    optimizer: "adam",
    groups: [{
      names: ["w", "frozen"],
      options: { lr: 0.1, beta1: 0.9, beta2: 0.999, eps: 1e-8, weightDecay: 0, amsgrad: false },
      lr: 0.1,
      baseLr: 0.1,
      step: 1,
      state: {
        w: {
          expAvg: [2, -4].map((g) => Math.fround((1 - 0.9) * g)),
          expAvgSq: [2, -4].map((g) => Math.fround((1 - 0.999) * g * g)),
        },
      },
    }],
  });
});

Deno.test("Optimizer.stateDict() of a chain: the transform's state with per-parameter buffers by name", () => {
  const registry = registryWith(
    "myAdamw",
    () => chain(scaleByAdam(), addDecayedWeights(0.1), scaleByLearningRate()),
  );
  const w = tensor([1, -2], { requiresGrad: true });
  const opt = new Optimizer({ w }, "myAdamw", { registry });
  w.mul(w).sum().backward();
  opt.step();
  const g = opt.stateDict().groups[0];
  assert.equal(g.state, undefined);
  const inner = (g.transform as { inner: Record<string, unknown>[] }).inner;
  assert.deepEqual(Object.keys(inner[0]), ["expAvg", "expAvgSq"]);
  assert.deepEqual(Object.keys((inner[0].expAvg as { $buffers: object }).$buffers), ["w"]);
});

Deno.test("a transform keeping per-parameter buffers in a plain array is refused with the fix", () => {
  const registry = registryWith("plainArrays", () =>
    chain({
      // deno-lint-ignore no-explicit-any
      init: (params) => ({ m: params.map((p) => new Float32Array(p.length)) as any }),
      update() {},
    }, scaleByLearningRate()));
  const w = tensor([1], { requiresGrad: true });
  const opt = new Optimizer({ w }, "plainArrays", { registry });
  w.mul(w).sum().backward();
  assert.throws(
    () => opt.step(),
    (e: unknown) =>
      e instanceof RectifyError && e.code === "plugin" &&
      /state\.inner\[0\]\.m is a plain array .* paramBuffers\(params\)/.test(e.message),
  );
});

function trained(spec: string): { opt: Optimizer; sd: OptimizerStateDict } {
  const m = model();
  const opt = optimizerFor(m, spec);
  train(m, opt, 3);
  return { opt, sd: JSON.parse(JSON.stringify(opt.stateDict())) };
}

Deno.test("Optimizer.loadStateDict() refuses what does not fit, naming it, and changes nothing", async (t) => {
  const cases: [string, (sd: OptimizerStateDict) => void, RegExp][] = [
    [
      "an unknown version",
      (sd) => ((sd as { version: number }).version = 3),
      /version 3, expected 2/,
    ],
    [
      "a missing buffer",
      (sd) => delete sd.groups[0].state!["0.weight"].expAvgSq,
      /"expAvgSq" of "0\.weight" must be 24 numbers/,
    ],
    [
      "a short buffer",
      (sd) => sd.groups[0].state!["0.bias"].expAvg.pop(),
      /"expAvg" of "0\.bias" must be 6 numbers/,
    ],
    [
      "an unknown buffer",
      (sd) => (sd.groups[0].state!["0.bias"].momentum = [1]),
      /has "momentum", expected \[expAvg,expAvgSq\]/,
    ],
    [
      "an unknown parameter",
      (sd) => (sd.groups[0].state!["9.weight"] = {}),
      /unknown parameter "9\.weight"/,
    ],
    ["another optimizer", (sd) => (sd.optimizer = "sgd"), /it is for optimizer "sgd"/],
  ];
  for (const [what, spoil, message] of cases) {
    await t.step(what, () => {
      const { opt, sd } = trained("adam:lr=0.01");
      const before = JSON.stringify(opt.stateDict());
      spoil(sd);
      assert.throws(
        () => opt.loadStateDict(sd),
        (e: unknown) =>
          e instanceof RectifyError && e.code === "checkpoint" && message.test(e.message),
      );
      assert.equal(JSON.stringify(opt.stateDict()), before);
    });
  }
});

Deno.test("a rectify 0.1 state dict of a chain (keys mu, nu) loads and continues bit-identically", () => {
  const registry = registryWith("myAdam", () => chain(scaleByAdam(), scaleByLearningRate()), 0.01);
  const ref = model();
  const optRef = optimizerFor(ref, "myAdam", { registry });
  train(ref, optRef, 5);
  // the same dict as 0.1 wrote it: no version, `state`, scaleByAdam's buffers as mu and nu
  const v2 = optRef.stateDict().groups[0];
  const inner = (v2.transform as { inner: Record<string, unknown>[] }).inner;
  const old = {
    optimizer: "myAdam",
    groups: [{
      ...v2,
      transform: undefined,
      state: { inner: [{ mu: inner[0].expAvg, nu: inner[0].expAvgSq }, {}] },
    }],
  };
  const m = model();
  m.loadStateDict(ref.stateDict());
  const opt = optimizerFor(m, "myAdam", { registry });
  opt.loadStateDict(JSON.parse(JSON.stringify(old)));
  train(ref, optRef, 5);
  train(m, opt, 5);
  assert.deepEqual(bits(m), bits(ref));
});

Deno.test("a rectify 0.1 state dict for a rule without 0.1 names is refused clearly", () => {
  const rule: UpdateRule<{ m: Data }, number> = {
    buffers: { m: {} },
    begin: (ctx) => ctx.lr,
    apply(p, g, _s, lr) {
      for (let i = 0; i < p.length; i++) p[i] -= lr * g[i];
    },
  };
  const registry = registryWith("newRule", () => rule);
  const w = tensor([1], { requiresGrad: true });
  const opt = new Optimizer({ w }, "newRule", { registry });
  const old = {
    optimizer: "newRule",
    groups: [{
      names: ["w"],
      options: { lr: 0.1 },
      lr: 0.1,
      baseLr: 0.1,
      step: 1,
      state: { m: {} },
    }],
  } as unknown as OptimizerStateDict;
  assert.throws(
    () => opt.loadStateDict(old),
    /cannot load state: rectify 0\.1 state has no counterpart for buffer "m"/,
  );
});

Deno.test("rprop: each parameter's steps start at the group's lr when its state is made (torch)", () => {
  const w = tensor([1, -1], { requiresGrad: true }), late = tensor([1], { requiresGrad: true });
  const opt = new Optimizer({ w, late }, "rprop:lr=0.01");
  opt.setLr(0.05); // e.g. a schedule applied before the first step
  w.grad = tensor([1, -1]);
  opt.step();
  assert.deepEqual(
    Array.from(w.data),
    [1 - Math.fround(0.05), -1 + Math.fround(0.05)].map(Math.fround),
  );
  opt.setLr(0.2); // later lr changes do not reach w's steps, but do reach a new parameter's
  w.grad = tensor([1, -1]);
  late.grad = tensor([1]);
  opt.step();
  const sd = opt.stateDict().groups[0].state!;
  const grown = Math.fround(Math.fround(0.05) * 1.2); // stored in float32 after each step
  assert.deepEqual(sd.w.stepSize, [grown, grown]);
  assert.deepEqual(sd.late.stepSize, [Math.fround(0.2)]);
});
