import assert from "node:assert/strict";
import { Activation, createRegistry, randn, Rng, tensor } from "../../mod.ts";

const registry = createRegistry();

Deno.test("rrelu() in training mode draws one slope per element in [lower, upper]", () => {
  const act = registry.create("activation", "rrelu:lower=0.1,upper=0.3", { rng: new Rng(5) });
  const x = randn([50, 40], { rng: new Rng(1), dtype: "float64", requiresGrad: true });
  const y = act.forward(x);
  y.sum().backward();
  const slopes = new Set<number>();
  for (let i = 0; i < x.size; i++) {
    const v = x.data[i];
    if (v > 0) {
      assert.equal(y.data[i], v);
      assert.equal(x.grad!.data[i], 1);
    } else {
      const a = y.data[i] / v;
      assert.ok(a >= 0.1 && a <= 0.3, `slope ${a} outside [0.1, 0.3]`);
      assert.ok(Math.abs(x.grad!.data[i] - a) < 1e-12, "the gradient is the drawn slope");
      slopes.add(a);
    }
  }
  assert.ok(slopes.size > 900, `expected distinct slopes per element, got ${slopes.size}`);
  let mean = 0;
  for (const a of slopes) mean += a / slopes.size;
  assert.ok(Math.abs(mean - 0.2) < 0.01, `mean slope ${mean}`);
});

Deno.test("rrelu() in evaluation mode uses the fixed slope (lower + upper)/2", () => {
  const act = registry.create("activation", "rrelu:lower=0.1,upper=0.3");
  act.train!(false);
  const x = tensor([-2, -0, 0, 3], { requiresGrad: true, dtype: "float64" });
  const y = act.forward(x);
  y.sum().backward();
  assert.deepEqual(Array.from(y.data), [-0.4, -0, 0, 3]);
  assert.deepEqual(Array.from(x.grad!.data), [0.2, 0.2, 0.2, 1]);
});

Deno.test("rrelu() is bit-for-bit reproducible under a seed and differs across seeds", () => {
  const x = randn([8, 16], { rng: new Rng(2) });
  const run = (seed: number) => {
    const act = registry.create("activation", "rrelu", { rng: new Rng(seed) });
    return [Array.from(act.forward(x).data), Array.from(act.forward(x).data)];
  };
  const [a1, a2] = run(7);
  const [b1, b2] = run(7);
  assert.deepEqual(a1, b1);
  assert.deepEqual(a2, b2);
  assert.notDeepEqual(a1, a2, "each call draws new slopes");
  assert.notDeepEqual(run(8)[0], a1);
});

Deno.test("Activation('rrelu') follows the module's train()/eval() mode", () => {
  const layer = new Activation("rrelu:lower=0.1,upper=0.3", { rng: new Rng(3) });
  const x = tensor([-1, -1, -1, -1, -1, -1]);
  const train = Array.from(layer.call(x).data);
  assert.ok(new Set(train).size > 1, "training draws different slopes");
  layer.eval();
  assert.deepEqual(Array.from(layer.call(x).data), new Array(6).fill(Math.fround(-0.2)));
  layer.train();
  assert.ok(new Set(Array.from(layer.call(x).data)).size > 1);
});
