import assert from "node:assert/strict";
import {
  activationPlugins,
  createRegistry,
  gradcheck,
  Maxout,
  randn,
  Rng,
  type Tensor,
} from "../../mod.ts";

const registry = createRegistry();

/** Random float64 input with every element at least `gap` away from the kinks. */
function awayFromKinks(
  shape: number[],
  kinks: readonly number[],
  rng: Rng,
  scale = 3,
  gap = 1e-2,
): Tensor {
  const x = randn(shape, { rng, dtype: "float64", requiresGrad: true });
  for (let i = 0; i < x.size; i++) {
    let v = x.data[i] * scale;
    for (const k of kinks) if (Math.abs(v - k) < gap) v = k + (v >= k ? 4 : -4) * gap;
    x.data[i] = v;
  }
  return x;
}

interface GradCase {
  spec: string | { name: string; options: Record<string, unknown> };
  shape?: number[];
  scale?: number;
}

// Every plugin with its defaults, plus option sets that take other code paths
// (input-saving backward, other slopes, other axes, the softplus cut-off).
const cases: GradCase[] = [
  ...activationPlugins.map((p): GradCase => ({ spec: p.name })),
  { spec: "relu:gradAtKink=0.5" },
  { spec: "leakyRelu:alpha=0.2" },
  { spec: "leakyRelu:alpha=-0.3" },
  { spec: "leakyRelu:alpha=0.2,gradAtKink=0.5" },
  { spec: "elu:alpha=0.5" },
  { spec: "celu:alpha=2" },
  { spec: "relu6:gradAtKink=1" },
  { spec: "relu6", scale: 6 },
  { spec: "hardTanh:minVal=-2,maxVal=0.5" },
  { spec: "hardTanh:gradAtKink=0.3" },
  { spec: "thresholdedRelu:theta=0.5,gradAtKink=1" },
  { spec: "gelu:approximate=tanh" },
  { spec: "gelu", scale: 8 },
  { spec: "swish:beta=2" },
  { spec: "swish:beta=-0.5" },
  { spec: "softplus:beta=2,threshold=3" },
  { spec: "softplus:threshold=Infinity", scale: 10 },
  { spec: "hardSigmoid", scale: 5 },
  { spec: "hardSwish", scale: 5 },
  { spec: "rrelu:lower=0.1,upper=0.3" },
  { spec: "softmax:axis=0", shape: [3, 4, 5] },
  { spec: "softmax:axis=1", shape: [3, 4, 5] },
  { spec: "logSoftmax:axis=0", shape: [3, 4, 5] },
  { spec: "logSoftmax:axis=-2", shape: [3, 4, 5] },
  { spec: "crelu:axis=0", shape: [3, 4, 5] },
  { spec: "crelu:axis=1", shape: [3, 4, 5] },
  { spec: "maxout:pieces=3,axis=1", shape: [2, 6, 5] },
  { spec: "maxout:pieces=4", shape: [3, 8] },
  { spec: "maxout:pieces=2,axis=0", shape: [4, 3] },
];

Deno.test("every activation passes gradcheck in float64 away from its kinks", async (t) => {
  for (const c of cases) {
    const label = typeof c.spec === "string" ? c.spec : JSON.stringify(c.spec);
    await t.step(`${label} on [${c.shape ?? [4, 6]}]`, () => {
      const { plugin, options } = registry.resolve("activation", c.spec);
      const act = registry.create("activation", c.spec, { dtype: "float64", rng: new Rng(1) });
      act.train?.(false); // rrelu: the randomized mode draws new slopes on every call
      const kinks = plugin.kinks?.(options) ?? [];
      const x = awayFromKinks(c.shape ?? [4, 6], kinks, new Rng(label.length), c.scale);
      const inputs = [x, ...Object.values(act.parameters?.() ?? {})];
      const r = gradcheck((a) => act.forward(a), inputs, { rtol: 1e-6 });
      assert.ok(r.ok, r.message);
    });
  }
});

Deno.test("prelu passes gradcheck for x and its slope alpha under several sharedAxes", async (t) => {
  const table: { shape: number[]; sharedAxes: number[]; alphaShape: number[] }[] = [
    { shape: [5, 4], sharedAxes: [], alphaShape: [4] },
    { shape: [5, 4], sharedAxes: [1], alphaShape: [1] },
    { shape: [7], sharedAxes: [], alphaShape: [1] },
    { shape: [3, 4, 5], sharedAxes: [], alphaShape: [4, 5] },
    { shape: [3, 4, 5], sharedAxes: [1], alphaShape: [1, 5] },
    { shape: [3, 4, 5], sharedAxes: [2], alphaShape: [4, 1] },
    { shape: [3, 4, 5], sharedAxes: [1, 2], alphaShape: [1, 1] },
  ];
  for (const row of table) {
    await t.step(`input [${row.shape}] sharedAxes [${row.sharedAxes}]`, () => {
      const act = registry.create(
        "activation",
        { name: "prelu", options: { sharedAxes: row.sharedAxes } },
        { dtype: "float64" },
      );
      act.build!(row.shape.slice(1));
      const alpha = act.parameters!().alpha;
      assert.deepEqual(alpha.shape, row.alphaShape);
      const rng = new Rng(row.shape.length * 10 + row.sharedAxes.length);
      for (let i = 0; i < alpha.size; i++) alpha.data[i] = 0.1 + 0.5 * rng.uniform();
      const x = awayFromKinks(row.shape, [0], rng);
      const r = gradcheck((a) => act.forward(a), [x, alpha]);
      assert.ok(r.ok, r.message);
    });
  }
});

Deno.test("prelu builds alpha from the first forward when build was not called", () => {
  const act = registry.create("activation", "prelu:sharedAxes=1", { dtype: "float64" });
  assert.deepEqual(act.parameters!(), {});
  const x = awayFromKinks([2, 3, 4], [0], new Rng(3));
  act.forward(x);
  assert.deepEqual(act.parameters!().alpha.shape, [1, 4]);
  const r = gradcheck((a) => act.forward(a), [x, act.parameters!().alpha]);
  assert.ok(r.ok, r.message);
});

Deno.test("Maxout layer passes gradcheck for its input, weights and bias", async (t) => {
  for (const [inF, units, pieces] of [[4, 3, 2], [5, 2, 4], [3, 1, 3]]) {
    await t.step(`Maxout(${inF}, ${units}, ${pieces})`, () => {
      const rng = new Rng(inF * 100 + units * 10 + pieces);
      const layer = new Maxout(inF, units, pieces, { dtype: "float64", rng });
      for (let i = 0; i < layer.bias!.size; i++) layer.bias!.data[i] = rng.normal();
      const x = randn([6, inF], { rng, dtype: "float64", requiresGrad: true });
      const r = gradcheck((a) => layer.call(a), [x, layer.weight, layer.bias!]);
      assert.ok(r.ok, r.message);
      assert.deepEqual(layer.call(x).shape, [6, units]);
    });
  }
});
