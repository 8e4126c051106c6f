import assert from "node:assert/strict";
import {
  Activation,
  cnn,
  defineActivation,
  Dense,
  mlp,
  noGrad,
  RectifyError,
  Rng,
  Sequential,
  type Tensor,
  tensor,
} from "../../mod.ts";
import {
  architectureOf,
  decodeModel,
  encodeModel,
  encodeSafetensors,
  exportOnnx,
  loadModel,
  parseSafetensors,
  predict,
  saveModel,
} from "../../models/mod.ts";
import { createRegistry } from "../../mod.ts";

function outputs(model: Sequential, x: Tensor): number[] {
  model.eval();
  return noGrad(() => Array.from(model.call(x).data));
}

Deno.test("encodeSafetensors/parseSafetensors round-trip F32, F64 and I64 with metadata", () => {
  const bytes = encodeSafetensors(
    new Map(
      [
        ["a", { dtype: "F32", shape: [2, 2], data: [1, -2.5, 3, 1e-3] }],
        ["b", { dtype: "F64", shape: [3], data: [Math.PI, -0, 1e-300] }],
        ["n", { dtype: "I64", shape: [], data: [42] }],
      ] as const,
    ),
    { hello: "world" },
  );
  const n = Number(new DataView(bytes.buffer).getBigUint64(0, true));
  assert.equal(n % 8, 0, "the header is padded to 8 bytes");
  const st = parseSafetensors(bytes, "mem");
  assert.deepEqual(st.metadata, { hello: "world" });
  assert.deepEqual(
    Array.from(st.tensors.get("a")!.data),
    Array.from(new Float32Array([1, -2.5, 3, 1e-3])),
  );
  assert.deepEqual(Array.from(st.tensors.get("b")!.data), [Math.PI, -0, 1e-300]);
  assert.deepEqual(st.tensors.get("n"), { dtype: "I64", shape: [], data: new Float64Array([42]) });
});

Deno.test("saveModel/loadModel: an MLP round-trips bit-exactly in float32 and float64", async (t) => {
  for (const dtype of ["float32", "float64"] as const) {
    await t.step(dtype, async () => {
      const model = mlp({
        inputSize: 3,
        hidden: [6, 5],
        outputSize: 4,
        activation: "leakyRelu:alpha=0.2",
        batchNorm: true,
        dropout: 0.1,
        dtype,
        rng: new Rng(7),
      });
      const path = await Deno.makeTempFile({ suffix: ".safetensors" });
      try {
        await saveModel(model, path);
        const loaded = await loadModel(path);
        assert.equal(loaded.architecture.dtype, dtype);
        const x = tensor([[0.5, -1, 2], [3, 0, -0.25]], { dtype });
        assert.deepEqual(outputs(loaded.model, x), outputs(model, x));
        const st = parseSafetensors(await Deno.readFile(path), path);
        assert.deepEqual(st.tensors.get("0.weight")!.shape, [6, 3], "Linear weight is [out, in]");
        assert.equal(st.tensors.get("0.weight")!.dtype, dtype === "float32" ? "F32" : "F64");
        assert.equal(st.tensors.get("1.num_batches_tracked")!.dtype, "I64");
        assert.deepEqual(
          [...st.tensors.keys()].filter((k) => k.startsWith("1.")),
          ["1.weight", "1.bias", "1.running_mean", "1.running_var", "1.num_batches_tracked"],
        );
        // the loaded model saves to the same bytes
        assert.deepEqual(encodeModel(loaded.model), await Deno.readFile(path));
      } finally {
        await Deno.remove(path);
      }
    });
  }
});

Deno.test("saveModel/loadModel: a CNN with every layer type round-trips", () => {
  const model = cnn({
    inputShape: [2, 8, 8],
    layers: [
      { type: "conv2d", outChannels: 4, kernelSize: [3, 2], stride: [1, 2], padding: [1, 0] },
      { type: "batchNorm2d", momentum: null },
      { type: "activation", activation: { name: "prelu", options: { sharedAxes: [2, 3] } } },
      { type: "maxPool2d", kernelSize: 2, ceilMode: true },
      { type: "dropout2d", p: 0.2 },
      { type: "conv2d", outChannels: 4, kernelSize: 3, padding: "same", groups: 2, bias: false },
      { type: "layerNorm" },
      "elu",
      { type: "avgPool2d", kernelSize: 2, countIncludePad: false, padding: 1 },
      { type: "globalAvgPool2d" },
      { type: "dense", outFeatures: 6 },
      "crelu",
      { type: "dropout", p: 0.1 },
    ],
    outputSize: 3,
    rng: new Rng(3),
  });
  const bytes = encodeModel(model, { inputShape: [2, 8, 8] });
  const loaded = decodeModel(bytes, "cnn");
  assert.deepEqual(loaded.architecture, architectureOf(model, { inputShape: [2, 8, 8] }));
  const st = parseSafetensors(bytes, "cnn");
  assert.deepEqual(st.tensors.get("0.weight")!.shape, [4, 2, 3, 2]);
  assert.deepEqual(st.tensors.get("2.weight")!.shape, [4], "a per-channel PReLU is nn.PReLU(4)");
  assert.deepEqual(st.tensors.get("5.weight")!.shape, [4, 2, 3, 3]);
  assert.equal(st.tensors.has("5.bias"), false);
  const x = tensor(Array.from({ length: 2 * 2 * 8 * 8 }, (_, i) => Math.sin(i))).reshape([
    2,
    2,
    8,
    8,
  ]);
  assert.deepEqual(outputs(loaded.model, x), outputs(model, x));
});

Deno.test("predict applies the stored standardisation and returns probabilities", () => {
  const model = mlp({ inputSize: 2, hidden: [4], outputSize: 3, rng: new Rng(1) });
  const loaded = decodeModel(
    encodeModel(model, { preprocessing: { standardize: { mean: [1, 2], std: [2, 4] } } }),
    "m",
  );
  const p = predict(loaded, [3, 6, 1, 2], 2);
  assert.equal(p.task, "classification");
  const z = noGrad(() => model.eval().call(tensor([[1, 1], [0, 0]])).softmax());
  for (let i = 0; i < 6; i++) assert.ok(Math.abs(p.values[i] - z.data[i]) < 1e-7);
  assert.throws(
    () => predict(loaded, [1, 2, 3], 2),
    /expected 2 rows of 2 features \(4 values\), got 3/,
  );
});

Deno.test("loadModel: a missing file is an io error naming it", async () => {
  await assert.rejects(
    () => loadModel("/nonexistent/model.safetensors"),
    (e) =>
      e instanceof RectifyError && e.code === "io" &&
      /\/nonexistent\/model\.safetensors/.test(e.message),
  );
});

Deno.test("saveModel refuses what a model file cannot hold", () => {
  assert.throws(() => encodeModel(new Dense(2, 2)), /expected a Sequential model, got Dense/);
  const wrapped = new Sequential(new Dense(2, 2), new Activation({ forward: (x) => x }));
  assert.throws(() => encodeModel(wrapped), /activation "custom" is not a registered plugin/);
  assert.throws(
    () => encodeModel(cnn({ inputShape: [1, 4, 4], layers: ["relu"], outputSize: 2 })),
    /the first layer is Activation; give inputShape/,
  );
  assert.throws(
    () =>
      encodeModel(mlp({ inputSize: 2, hidden: [2], outputSize: 2 }), {
        preprocessing: { standardize: { mean: [0], std: [1] } },
      }),
    /standardize\.mean must be 2 finite numbers/,
  );
});

Deno.test("exportOnnx: an activation plugin without an onnx hook fails naming it; with one it is used", () => {
  const reg = createRegistry();
  reg.register(defineActivation({
    name: "cube",
    version: "1.0.0",
    description: "x³",
    defaults: {},
    create: () => ({ forward: (x) => x.mul(x).mul(x) }),
  }));
  const model = mlp({
    inputSize: 2,
    hidden: [3],
    outputSize: 2,
    activation: "cube",
    registry: reg,
  });
  assert.throws(
    () => exportOnnx(model, { registry: reg }),
    /layer 1 to ONNX: activation plugin "cube" has no ONNX form/,
  );
  reg.register(
    defineActivation({
      name: "cube",
      version: "1.1.0",
      description: "x³",
      defaults: {},
      create: () => ({ forward: (x) => x.mul(x).mul(x) }),
      onnx: (x, g) => g.node("Mul", [g.node("Mul", [x, x]), x]),
    }),
    { replace: true },
  );
  const bytes = exportOnnx(model, { registry: reg });
  const text = new TextDecoder("latin1").decode(bytes);
  assert.equal(text.split("Mul").length - 1 >= 2, true, "the hook's Mul nodes are in the graph");
});

Deno.test("registry: an activation whose onnx is not a function is rejected", () => {
  const reg = createRegistry();
  assert.throws(
    () =>
      reg.register({
        kind: "activation",
        name: "bad",
        apiVersion: 1,
        version: "1.0.0",
        description: "",
        defaults: {},
        create: () => ({ forward: (x: Tensor) => x }),
        onnx: 3,
      } as never),
    /"onnx" must be a function when given/,
  );
});
