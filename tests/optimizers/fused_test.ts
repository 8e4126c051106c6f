// Each built-in optimizer's one-pass step (its rule, written once) equals the
// optax-style chain of the public transforms it composes, bit for bit, in
// float32 and float64, with parameters that miss a gradient at some steps:
// the loops round exactly where the chain stores a value.
//
// The Adam family computes as torch.optim does, which a chain can only match
// where the order of two scalings makes no rounding difference: adam folds
// lr into its step size (`−lr/(1 − beta1ᵗ)`) where the chain scales by lr
// last, and adam, nadam and radam round `wd·p` before adding it where
// `addWeightDecay` does not. Scaling by a power of two is exact, so their
// specs run with lr and weightDecay rounded to powers of two (POW2). AdamW
// decays the parameter before adding the update (`param.mul_(1 − lr·wd)`),
// which no single update reproduces bit for bit: its chain is checked to
// within rounding.
import assert from "node:assert/strict";
import {
  addDecayedWeights,
  addWeightDecay,
  chain,
  createRegistry,
  defaultRegistry,
  defineOptimizer,
  type GradientTransform,
  Optimizer,
  type Options,
  type PluginSpec,
  Rng,
  scale,
  scaleByAdadelta,
  scaleByAdagrad,
  scaleByAdam,
  scaleByAdamax,
  scaleByLearningRate,
  scaleByLion,
  scaleByNadam,
  scaleByRadam,
  scaleByRms,
  scaleByRprop,
  scaleByTrustRatio,
  Tensor,
  trace,
} from "../../mod.ts";
import { RUN_SPECS } from "./fixtures/make_golden.ts";

// deno-lint-ignore no-explicit-any
type O = Record<string, any>;

/** The chain of public transforms each built-in optimizer is. */
const CHAINS: Record<string, (o: O) => GradientTransform[]> = {
  adam: (o) => [addWeightDecay(o.weightDecay), scaleByAdam(o), scaleByLearningRate()],
  adamw: (o) => [scaleByAdam(o), addDecayedWeights(o.weightDecay), scaleByLearningRate()],
  sgd: (o) => [
    ...(o.maximize ? [scale(-1)] : []),
    addWeightDecay(o.weightDecay),
    trace(o as { momentum: number }),
    scaleByLearningRate(),
  ],
  rmsprop: (o) => [
    addWeightDecay(o.weightDecay),
    scaleByRms(o),
    ...(o.momentum > 0 ? [trace({ momentum: o.momentum })] : []),
    scaleByLearningRate(),
  ],
  adagrad: (o) => [addWeightDecay(o.weightDecay), scaleByAdagrad(o), scaleByLearningRate()],
  adamax: (o) => [addWeightDecay(o.weightDecay), scaleByAdamax(o), scaleByLearningRate()],
  nadam: (o) => [addWeightDecay(o.weightDecay), scaleByNadam(o), scaleByLearningRate()],
  radam: (o) => [addWeightDecay(o.weightDecay), scaleByRadam(o), scaleByLearningRate()],
  lion: (o) => [scaleByLion(o), addDecayedWeights(o.weightDecay), scaleByLearningRate()],
  adadelta: (o) => [addWeightDecay(o.weightDecay), scaleByAdadelta(o), scaleByLearningRate()],
  rprop: (o) => [scaleByRprop({ ...o, initialStep: o.lr }), scale(-1)],
  lamb: (o) => [
    scaleByAdam(o),
    addDecayedWeights(o.weightDecay),
    scaleByTrustRatio(),
    scaleByLearningRate(),
  ],
};

/** The specs the golden record covers (every branch of every optimizer), but adamw's. */
const SPECS = RUN_SPECS.filter((s) => !s.startsWith("adamw"));

/** The optimizers whose specs run with lr and weightDecay rounded to powers of two. */
const POW2 = new Set(["adam", "nadam", "radam"]);

/** `spec` as it runs here: with POW2's optimizers, lr and weightDecay rounded to powers of two. */
function runSpec(spec: string): PluginSpec {
  const { plugin, options } = defaultRegistry.resolve("optimizer", spec);
  if (!POW2.has(plugin.name)) return spec;
  const pow2 = (x: number) => x === 0 ? 0 : 2 ** Math.round(Math.log2(x));
  const o = options as O;
  return { name: plugin.name, options: { ...o, lr: pow2(o.lr), weightDecay: pow2(o.weightDecay) } };
}

function rand(n: number, rng: Rng, f64: boolean): Float32Array | Float64Array {
  const a = f64 ? new Float64Array(n) : new Float32Array(n);
  for (let i = 0; i < n; i++) a[i] = rng.uniform() * 2 - 1;
  return a;
}

Deno.test("every built-in optimizer has a chain of public transforms tested against it", () => {
  const tested = new Set(RUN_SPECS.map((s) => s.split(":")[0]));
  for (const name of defaultRegistry.list("optimizer")) {
    assert.ok(name in CHAINS && tested.has(name), `${name}: add its chain and specs here`);
  }
});

/**
 * 8 steps of `spec` and of its chain on two parameters (p0 has no gradient at
 * step 3; lr halves at step 5); `check` compares the parameters after each.
 */
function race(
  spec: PluginSpec,
  f64: boolean,
  check: (a: Tensor, b: Tensor, what: string) => void,
): void {
  const { plugin, options } = defaultRegistry.resolve("optimizer", spec);
  const name = plugin.name;
  const registry = createRegistry();
  registry.register(defineOptimizer({
    name: "asChain",
    version: "1.0.0",
    description: `${name} as a chain`,
    defaults: options as Options,
    create: (o) => chain(...CHAINS[name](o)),
  }));
  const rng = new Rng(5);
  const sizes = [7, 130];
  const start = sizes.map((n) => rand(n, rng, f64));
  const make = () => start.map((d, j) => new Tensor(d.slice(), [sizes[j]], { requiresGrad: true }));
  const pa = make(), pb = make();
  const oa = new Optimizer(pa.map((p, j): [string, Tensor] => [`p${j}`, p]), spec, { registry });
  const ob = new Optimizer(pb.map((p, j): [string, Tensor] => [`p${j}`, p]), "asChain", {
    registry,
  });
  for (let step = 1; step <= 8; step++) {
    // 8 steps: radam rectifies from step 7 (beta2 = 0.999); p0 has no gradient at step 3
    if (step === 5) [oa, ob].forEach((o) => o.setLr(o.groups[0].lr * 0.5));
    sizes.forEach((n, j) => {
      const g = step === 3 && j === 0 ? null : rand(n, rng, f64);
      pa[j].grad = g && new Tensor(g, [n]);
      pb[j].grad = g && new Tensor(g.slice(), [n]);
    });
    oa.step();
    ob.step();
    pa.forEach((p, j) => check(p, pb[j], `p${j} after step ${step}`));
  }
}

Deno.test("each optimizer's one-pass step equals the chain of its transforms bit for bit", async (t) => {
  for (const spec of SPECS) {
    for (const f64 of [false, true]) {
      await t.step(`${spec} ${f64 ? "float64" : "float32"}`, () => {
        race(runSpec(spec), f64, (a, b, what) => assert.deepEqual(a.data, b.data, what));
      });
    }
  }
});

Deno.test("adamw's step equals its chain up to rounding (torch decays the parameter first)", async (t) => {
  for (const spec of RUN_SPECS.filter((s) => s.startsWith("adamw"))) {
    for (const f64 of [false, true]) {
      await t.step(`${spec} ${f64 ? "float64" : "float32"}`, () => {
        const tol = f64 ? 1e-14 : 1e-6;
        race(spec, f64, (a, b, what) => {
          for (let i = 0; i < a.size; i++) {
            const x = a.data[i], y = b.data[i];
            assert.ok(
              Math.abs(x - y) <= tol * Math.max(1, Math.abs(x)),
              `${what} [${i}]: ${x} vs ${y}`,
            );
          }
        });
      });
    }
  }
});
