import {
  add,
  arange,
  BatchNorm,
  cast,
  concat,
  Dense,
  Dropout,
  exp,
  fromArray,
  full,
  log,
  matmul,
  max,
  mean,
  mlp,
  mse,
  ones,
  permute,
  randn,
  reshape,
  Rng,
  sigmoidBinaryCrossEntropy,
  slice,
  softmax,
  softmaxCrossEntropy,
  split,
  sum,
  type Tensor,
  tensor,
  transpose,
  where,
  zeros,
} from "../../mod.ts";
import { type BadCase, runMatrix } from "./_matrix.ts";

// deno-lint-ignore no-explicit-any
const any = (v: unknown): any => v;
const t2 = () => tensor([[1, 2], [3, 4]]);

const notTensors: [string, unknown][] = [
  ["undefined", undefined],
  ["null", null],
  ["a string", "x"],
  ["a plain array", [1, 2]],
  ["a plain object", { shape: [2], data: [1, 2] }],
  ["a Float32Array", new Float32Array(2)],
];

const badShapes: [string, unknown][] = [
  ["NaN size", [2, NaN]],
  ["negative size", [-1, 2]],
  ["fractional size", [1.5]],
  ["Infinity size", [Infinity]],
  ["string size", ["2"]],
  ["not an array", 3],
  ["null", null],
  ["huge", [1e6, 1e6, 1e6]],
];

const badDtypes: unknown[] = ["float16", "int32", "", "Float32", 32, "f64", {}];

function cases(): BadCase[] {
  const c: BadCase[] = [];
  // non-tensors passed to ops
  const unary: [string, (x: Tensor) => unknown][] = [
    ["exp", exp],
    ["log", log],
    ["softmax", (x) => softmax(x)],
    ["sum", (x) => sum(x)],
    ["mean", (x) => mean(x)],
    ["max", (x) => max(x)],
    ["reshape", (x) => reshape(x, [4])],
    ["transpose", (x) => transpose(x)],
    ["permute", (x) => permute(x, [1, 0])],
    ["slice", (x) => slice(x, 0, 0, 1)],
    ["split", (x) => split(x, 2)],
    ["cast", (x) => cast(x, "float64")],
    ["matmul(x, t)", (x) => matmul(x, t2())],
    ["add(x, t)", (x) => add(any(x), t2())],
    ["add(t, x)", (x) => add(t2(), any(x))],
    ["where(x, t, t)", (x) => where(x, t2(), t2())],
    ["concat([t, x])", (x) => concat([t2(), x])],
    ["softmaxCrossEntropy(x, [0])", (x) => softmaxCrossEntropy(x, [0])],
    ["mse(x, t)", (x) => mse(x, t2())],
    ["mse(t, x)", (x) => mse(t2(), x)],
    ["sigmoidBinaryCrossEntropy(x, t)", (x) => sigmoidBinaryCrossEntropy(x, t2())],
    ["Dense.call(x)", (x) => new Dense(2, 2).call(x)],
  ];
  for (const [op, f] of unary) {
    for (const [what, v] of notTensors) {
      c.push({ name: `${op} with ${what}`, run: () => f(any(v)), code: "dtype" });
    }
  }
  c.push({ name: "add of two strings", run: () => add(any("a"), any("b")), code: "dtype" });
  c.push({ name: "concat of a non-array", run: () => concat(any(t2())), code: ["dtype", "shape"] });
  // bad shapes at creation
  const makers: [string, (s: unknown) => unknown][] = [
    ["zeros", (s) => zeros(any(s))],
    ["ones", (s) => ones(any(s))],
    ["full", (s) => full(any(s), 1)],
    ["randn", (s) => randn(any(s), { rng: new Rng(0) })],
    ["fromArray(shape)", (s) => fromArray([1, 2], { shape: any(s) })],
  ];
  for (const [fn, f] of makers) {
    for (const [what, s] of badShapes) {
      c.push({ name: `${fn} with ${what}`, run: () => f(s), code: "shape" });
    }
  }
  // bad dtypes
  for (const d of badDtypes) {
    c.push({
      name: `zeros dtype ${String(d)}`,
      run: () => zeros([2], any({ dtype: d })),
      code: "dtype",
    });
    c.push({
      name: `tensor dtype ${String(d)}`,
      run: () => tensor([1], any({ dtype: d })),
      code: "dtype",
    });
    c.push({ name: `cast to ${String(d)}`, run: () => cast(t2(), any(d)), code: "dtype" });
    c.push({
      name: `arange dtype ${String(d)}`,
      run: () => arange(0, 3, 1, any({ dtype: d })),
      code: "dtype",
    });
    c.push({
      name: `mlp dtype ${String(d)}`,
      run: () => mlp({ inputSize: 2, hidden: [2], outputSize: 2, dtype: any(d) }),
      code: "dtype",
    });
  }
  // bad values in tensor literals
  c.push({ name: "tensor of strings", run: () => tensor(any(["a", "b"])), code: "dtype" });
  c.push({ name: "tensor of objects", run: () => tensor(any([{}, {}])), code: "dtype" });
  c.push({ name: "tensor ragged", run: () => tensor([[1, 2], [3]]), code: "shape" });
  c.push({ name: "tensor of undefined", run: () => tensor(any(undefined)), code: "dtype" });
  c.push({
    name: "tensor data/shape mismatch",
    run: () => fromArray([1, 2, 3], { shape: [2, 2] }),
    code: "shape",
  });
  c.push({ name: "full with a string", run: () => full([2], any("1")), code: "dtype" });
  // shape mismatches
  c.push({
    name: "add [2,3]+[4]",
    run: () => add(zeros([2, 3]), zeros([4])),
    code: "shape",
    match: /\[2, 3\].*\[4\]/,
  });
  c.push({
    name: "matmul [2,3]@[2,3]",
    run: () => matmul(zeros([2, 3]), zeros([2, 3])),
    code: "shape",
    match: /\[2, 3\]/,
  });
  c.push({ name: "matmul 1-D", run: () => matmul(zeros([3]), zeros([3, 1])), code: "shape" });
  c.push({ name: "reshape to wrong size", run: () => reshape(zeros([2, 3]), [4]), code: "shape" });
  c.push({ name: "reshape NaN", run: () => reshape(zeros([2]), [NaN]), code: "shape" });
  c.push({ name: "reshape two -1", run: () => reshape(zeros([2, 2]), [-1, -1]), code: "shape" });
  c.push({ name: "sum axis 5", run: () => sum(zeros([2]), 5), code: "shape" });
  c.push({ name: "sum axis NaN", run: () => sum(zeros([2]), NaN), code: "shape" });
  c.push({ name: "softmax axis 1.5", run: () => softmax(zeros([2]), 1.5), code: "shape" });
  c.push({ name: "slice NaN", run: () => slice(zeros([4]), 0, NaN, 2), code: "shape" });
  c.push({ name: "split into 3", run: () => split(zeros([4]), 3), code: "shape" });
  c.push({ name: "permute dup", run: () => permute(zeros([2, 3]), [0, 0]), code: "shape" });
  c.push({ name: "concat empty", run: () => concat([]), code: "shape" });
  c.push({
    name: "concat mismatch",
    run: () => concat([zeros([2, 2]), zeros([3, 3])], 0),
    code: "shape",
  });
  c.push({ name: "max of empty", run: () => max(zeros([0])), code: "shape" });
  c.push({ name: "mse shape mismatch", run: () => mse(zeros([2]), zeros([3])), code: "shape" });
  c.push({ name: "item of many", run: () => zeros([2]).item(), code: "shape" });
  // labels vs classes
  for (
    const [what, tg] of [["-1", [-1]], ["=classes", [3]], ["1.5", [1.5]], ["NaN", [NaN]], [
      "too many",
      [0, 1],
    ]] as const
  ) {
    c.push({
      name: `softmaxCrossEntropy target ${what}`,
      run: () => softmaxCrossEntropy(zeros([1, 3]), tg as unknown as number[]),
      code: ["data", "shape"],
    });
  }
  c.push({
    name: "softmaxCrossEntropy 1-D logits",
    run: () => softmaxCrossEntropy(zeros([3]), [0]),
    code: "shape",
  });
  // layers
  c.push({ name: "Dense(0, 2)", run: () => new Dense(0, 2), code: "shape" });
  c.push({ name: "Dense(NaN, 2)", run: () => new Dense(NaN, 2), code: "shape" });
  c.push({
    name: "Dense wrong width",
    run: () => new Dense(3, 2).call(zeros([1, 4])),
    code: "shape",
    match: /expected 3/,
  });
  c.push({
    name: "Dense bad initializer",
    run: () => new Dense(3, 2, { initializer: "glorotUnifrom" }),
    code: "registry",
    match: /glorotUniform/,
  });
  c.push({ name: "Dropout p=1", run: () => new Dropout(1), code: "option" });
  c.push({ name: "Dropout p=NaN", run: () => new Dropout(NaN), code: "option" });
  c.push({ name: "BatchNorm(-1)", run: () => new BatchNorm(-1), code: ["shape", "option"] });
  c.push({
    name: "mlp hidden NaN",
    run: () => mlp({ inputSize: 2, hidden: [NaN], outputSize: 2 }),
    code: "shape",
  });
  c.push({
    name: "mlp inputSize 0",
    run: () => mlp({ inputSize: 0, hidden: [2], outputSize: 2 }),
    code: "shape",
  });
  c.push({
    name: "mlp bad activation",
    run: () => mlp({ inputSize: 2, hidden: [2], outputSize: 2, activation: "rleu" }),
    code: "registry",
    match: /relu/,
  });
  c.push({ name: "Rng(NaN)", run: () => new Rng(NaN), code: "option" });
  c.push({ name: "randn without rng", run: () => randn([2], any({})), code: "option" });
  c.push({ name: "arange step 0", run: () => arange(0, 1, 0), code: "option" });
  return c;
}

Deno.test("core ops, creation and layers reject bad input with a RectifyError of the right code", async () => {
  await runMatrix("core tensors/ops/layers (shapes, dtypes, non-tensors)", cases());
});
