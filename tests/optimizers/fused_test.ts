import assert from "node:assert/strict";
import { type Data, defaultRegistry, type GradientTransform, Rng } from "../../mod.ts";

function rand(n: number, rng: Rng, f64: boolean): Data {
  const a = f64 ? new Float64Array(n) : new Float32Array(n);
  for (let i = 0; i < n; i++) a[i] = rng.uniform() * 2 - 1;
  return a;
}

const SPECS = [
  "adam",
  "adam:lr=0.01,weightDecay=0.1",
  "adam:lr=0.02,amsgrad=true,weightDecay=0.01",
  "adamw",
  "adamw:lr=0.05,weightDecay=0.3,amsgrad=true",
  "sgd",
  "sgd:momentum=0.9",
  "sgd:momentum=0.9,nesterov=true,weightDecay=0.01",
  "sgd:momentum=0.8,dampening=0.3,weightDecay=0.2,maximize=true",
  "sgd:weightDecay=0.1,maximize=true",
  "rmsprop",
  "rmsprop:weightDecay=0.1,momentum=0.9",
  "rmsprop:centered=true,alpha=0.9",
  "rmsprop:centered=true,momentum=0.5,weightDecay=0.01",
  "adagrad",
  "adagrad:lrDecay=0.1,weightDecay=0.05,initialAccumulatorValue=0.1",
  "adamax",
  "adamax:weightDecay=0.1,beta2=0.9",
  "nadam",
  "nadam:weightDecay=0.1,momentumDecay=0.01",
  "radam",
  "radam:weightDecay=0.1,beta2=0.5",
  "lion",
  "lion:weightDecay=0.5,beta1=0.8",
  "adadelta",
  "adadelta:weightDecay=0.1,rho=0.5,eps=1e-4",
];

Deno.test("every optimizer with a fused path: fused steps equal the chain bit for bit", () => {
  const withFused = defaultRegistry.list("optimizer").filter((name) =>
    (defaultRegistry.create("optimizer", name) as GradientTransform).fused !== undefined
  );
  const tested = new Set(SPECS.map((s) => s.split(":")[0]));
  for (const name of withFused) assert.ok(tested.has(name), `${name} has a fused path: test it`);
});

Deno.test("fused steps equal the chain (update, then params += updates) bit for bit", async (t) => {
  for (const spec of SPECS) {
    for (const f64 of [false, true]) {
      await t.step(`${spec} ${f64 ? "float64" : "float32"}`, () => {
        const tr = defaultRegistry.create("optimizer", spec) as GradientTransform;
        assert.ok(tr.fused, `${spec} has a fused path`);
        const rng = new Rng(5);
        const sizes = [7, 130];
        const pa = sizes.map((n) => rand(n, rng, f64));
        const pb = pa.map((p) => p.slice());
        const ctx0 = { step: 1, lr: 0.01 };
        const sa = tr.init(pa, ctx0), sb = tr.init(pb, ctx0);
        for (let step = 1; step <= 8; step++) {
          // 8 steps: radam rectifies from step 7 (beta2 = 0.999)
          const ctx = { step, lr: 0.01 * step };
          // a missing gradient (null) counts as zero
          const grads = sizes.map((n, j) => (step === 3 && j === 0 ? null : rand(n, rng, f64)));
          const ups = grads.map((g, j) => g === null ? pa[j].slice().fill(0) : g.slice());
          tr.update(ups, sa, pa, ctx);
          pa.forEach((p, j) => {
            for (let i = 0; i < p.length; i++) p[i] += ups[j][i];
          });
          tr.fused!(pb, grads, sb, ctx);
          assert.deepEqual(pb, pa, `parameters after step ${step}`);
          assert.deepEqual(sb, sa, `state after step ${step}`);
        }
      });
    }
  }
});
