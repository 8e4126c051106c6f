/**
 * Issue 20 acceptance: a seeded fuzz of the library's public API boundary.
 * Random shapes (valid, empty, broadcast-incompatible, malformed), dtypes
 * (valid and not), data full of NaN/±Infinity, and options (optimizer specs,
 * seeds, trainer settings) go into creation, ops, autograd, layers,
 * optimizers, the generator and the trainer. Every rejection must be a
 * RectifyError whose message names the offending value, and after each one
 * the process must stay usable: gradient mode on, no override scope left
 * open, and a fixed training step giving the same bits as before the fuzz.
 */
import assert from "node:assert/strict";
import {
  add,
  cast,
  concat,
  Dense,
  div,
  exp,
  fmtShape,
  fromArray,
  full,
  isGradEnabled,
  log,
  matmul,
  max,
  maximum,
  mean,
  mlp,
  mse,
  mul,
  Optimizer,
  RectifyError,
  reshape,
  Rng,
  slice,
  softmax,
  softmaxCrossEntropy,
  sqrt,
  sub,
  sum,
  type Tensor,
  tensor,
  transpose,
  zeros,
} from "../../mod.ts";
import { _overrideDepth } from "../../core/autograd.ts";
import { xor } from "../../datasets/mod.ts";
import { Trainer } from "../../train/mod.ts";
import { pick } from "./_fuzz.ts";
import { report } from "./_matrix.ts";

// deno-lint-ignore no-explicit-any
const any = (v: unknown): any => v;

/** One fuzzed call: `names` are the strings its error message may name (one must appear). */
interface Call {
  what: string;
  run: () => unknown;
  names: string[];
}

const BAD_DIMS: unknown[] = [NaN, -1, 1.5, Infinity, "2", null, -Infinity, 2 ** 40];
const DTYPES: unknown[] = ["float32", "float64", "float32", "float64", "float16", "int32", "", 32];
const SPECIALS = [NaN, Infinity, -Infinity, 0, -0, 3.4e38, -1e-45, 1e30];

function goodShape(rng: Rng, maxRank = 3): number[] {
  const rank = rng.int(maxRank + 1);
  return Array.from({ length: rank }, () => rng.int(4));
}

/** A shape and, when it is malformed, the bad element as the message should show it. */
function shapeOf(rng: Rng): { shape: unknown; bad: string[] } {
  if (rng.int(4) > 0) return { shape: goodShape(rng), bad: [] };
  const shape: unknown[] = goodShape(rng, 2);
  const dim = pick(rng, BAD_DIMS);
  shape.splice(rng.int(shape.length + 1), 0, dim);
  return { shape, bad: [String(dim), JSON.stringify(dim), fmtShape(shape as number[])] };
}

function dtypeOf(rng: Rng): { dtype: unknown; bad: string[] } {
  const d = pick(rng, DTYPES);
  return d === "float32" || d === "float64"
    ? { dtype: d, bad: [] }
    : { dtype: d, bad: [String(d)] };
}

/** A valid tensor with random values, a quarter of them NaN/±Infinity/extremes. */
function data(rng: Rng, shape: number[], dtype: "float32" | "float64" = "float32"): Tensor {
  const t = zeros(shape, { dtype, requiresGrad: rng.int(2) === 0 });
  for (let i = 0; i < t.size; i++) {
    t.data[i] = rng.int(4) === 0 ? pick(rng, SPECIALS) : rng.normal();
  }
  return t;
}

function shapes(...ts: Tensor[]): string[] {
  return ts.map((t) => fmtShape(t.shape));
}

/** A second shape: the same, broadcastable, or random. */
function partner(rng: Rng, shape: number[]): number[] {
  switch (rng.int(4)) {
    case 0:
      return [...shape];
    case 1:
      return shape.slice(rng.int(shape.length + 1));
    case 2:
      return shape.map((d) => (rng.int(2) === 0 ? 1 : d));
    default:
      return goodShape(rng);
  }
}

const UNARY: [string, (x: Tensor, rng: Rng) => [() => unknown, string[]]][] = [
  ["exp", (x) => [() => exp(x), []]],
  ["log", (x) => [() => log(x), []]],
  ["sqrt", (x) => [() => sqrt(x), []]],
  ["sum(axis)", (x, r) => {
    const axis = r.int(6) - 2;
    return [() => sum(x, axis), [String(axis)]];
  }],
  ["mean(axis)", (x, r) => {
    const axis = pick(r, [0, 1, -1, 3, 1.5, NaN]);
    return [() => mean(x, axis), [String(axis)]];
  }],
  ["max(axis)", (x, r) => {
    const axis = r.int(4) - 1;
    return [() => max(x, axis), [String(axis), fmtShape(x.shape)]];
  }],
  ["softmax(axis)", (x, r) => {
    const axis = r.int(5) - 2;
    return [() => softmax(x, axis), [String(axis), fmtShape(x.shape)]];
  }],
  ["transpose", (x) => [() => transpose(x), [fmtShape(x.shape)]]],
  ["reshape", (x, r) => {
    const to = r.int(3) === 0 ? [-1] : goodShape(r);
    return [() => reshape(x, to), [fmtShape(to), fmtShape(x.shape)]];
  }],
  ["slice", (x, r) => {
    const axis = r.int(4) - 1, from = r.int(5) - 1, to = r.int(6) - 1;
    return [() => slice(x, axis, from, to), [String(axis), String(from), String(to)]];
  }],
  ["cast", (x, r) => {
    const { dtype, bad } = dtypeOf(r);
    return [() => cast(x, any(dtype)), bad];
  }],
  ["backward", (x) => [() => {
    const y = exp(x).mul(2).sum();
    if (y.requiresGrad) y.backward();
    return x.grad;
  }, []]],
];

const BINARY: [string, (a: Tensor, b: Tensor) => unknown][] = [
  ["add", add],
  ["sub", sub],
  ["mul", mul],
  ["div", div],
  ["maximum", maximum],
  ["matmul", matmul],
  ["concat", (a, b) => concat([a, b], 0)],
  ["mse", mse],
  ["softmaxCrossEntropy", (a, b) => softmaxCrossEntropy(a, any(Array.from(b.data)))],
];

const OPTIMIZERS = ["sgd", "adam", "adamw", "rmsprop", "adagrad", "lion", "rprop", "nadam"];
const OPTION_VALUES: unknown[] = [0.1, 0.01, -1, 0, NaN, Infinity, "x", true];

function call(rng: Rng): Call {
  switch (rng.int(8)) {
    case 0: { // creation
      const { shape, bad } = shapeOf(rng);
      const { dtype, bad: badType } = dtypeOf(rng);
      const value = pick(rng, SPECIALS);
      const maker = pick(rng, ["zeros", "full", "fromArray"]);
      return {
        what: `${maker}(${JSON.stringify(shape)}, ${String(dtype)})`,
        names: [...bad, ...badType],
        run: () =>
          maker === "zeros"
            ? zeros(any(shape), any({ dtype }))
            : maker === "full"
            ? full(any(shape), value, any({ dtype }))
            : fromArray(new Array(6).fill(value), any({ shape, dtype })),
      };
    }
    case 1:
    case 2: { // unary ops on data with NaN/Inf
      const x = data(rng, goodShape(rng), rng.int(3) === 0 ? "float64" : "float32");
      const [name, make] = pick(rng, UNARY);
      const [run, names] = make(x, rng);
      return { what: `${name} on ${fmtShape(x.shape)}`, run, names: [...names, fmtShape(x.shape)] };
    }
    case 3: { // binary ops, shapes often incompatible, dtypes sometimes mixed
      const sa = goodShape(rng);
      const a = data(rng, sa, rng.int(4) === 0 ? "float64" : "float32");
      const b = data(rng, partner(rng, sa), rng.int(4) === 0 ? "float64" : "float32");
      const [name, f] = pick(rng, BINARY);
      return {
        what: `${name}(${fmtShape(a.shape)} ${a.dtype}, ${fmtShape(b.shape)} ${b.dtype})`,
        run: () => f(a, b),
        names: [...shapes(a, b), a.dtype, b.dtype, ...Array.from(b.data, String)],
      };
    }
    case 4: { // layers
      const inF = pick(rng, [1, 3, 0, -2, NaN, 2.5]), outF = pick(rng, [2, 1, 0, Infinity]);
      const width = Number.isInteger(inF) && inF >= 0 ? pick(rng, [inF, 3, 4]) : 3;
      const x = data(rng, [rng.int(3), width]);
      return {
        what: `Dense(${inF}, ${outF}).call(${fmtShape(x.shape)})`,
        run: () => new Dense(inF, outF, { rng: new Rng(1) }).call(x),
        names: [String(inF), String(outF), fmtShape(x.shape)],
      };
    }
    case 5: { // optimizers with random options, NaN gradients included
      const name = pick(rng, OPTIMIZERS);
      const key = pick(rng, ["lr", "lr", "weightDecay", "momentum", "betas", "eps", "nope"]);
      const value = pick(rng, OPTION_VALUES);
      const spec = { name, options: { [key]: value } };
      const w = data(rng, [2, 3]);
      const params: [string, Tensor][] = rng.int(5) === 0
        ? [["w", w], ["w", w]]
        : [["w", zeros([2, 3], { requiresGrad: true })]];
      return {
        what: `Optimizer ${name} ${key}=${String(value)} on ${params.length} params`,
        names: [String(value), JSON.stringify(value), key, '"w"'],
        run: () => {
          const opt = new Optimizer(params, any(spec));
          const [, p] = params[0];
          p.grad = data(rng, [2, 3]);
          opt.step();
          return p;
        },
      };
    }
    case 6: { // the generator
      const seed = pick(rng, [0, 7, 2 ** 32, 2 ** 53 - 1, 2 ** 53, -5, 0.5, NaN, Infinity, 1e300]);
      return { what: `Rng(${seed})`, run: () => new Rng(seed).uniform(), names: [String(seed)] };
    }
    default: { // the trainer
      const o = {
        seed: pick(rng, [0, 1, 2 ** 40, -3, 0.5, NaN]),
        batchSize: pick(rng, [8, 16, 0, -1, 2.5, NaN]),
        epochs: pick(rng, [0, 1, -1, 1.5]),
        hidden: pick(rng, [[4], [2, 2], [0], [NaN], [-1]]),
        onNan: pick(rng, ["stop", "skip", "ignore"]),
        loss: pick(rng, ["auto", "mse", "crossEntropy", "hinge"]),
      };
      const values = Object.values(o).flatMap((v) => [String(v), JSON.stringify(v)]);
      return {
        what: `Trainer ${JSON.stringify(o)}`,
        names: values,
        run: async () => {
          const t = new Trainer(any({ ...o, train: TINY, optimizer: "sgd:lr=0.1" }));
          try {
            return await t.run();
          } finally {
            t.dispose();
          }
        },
      };
    }
  }
}

const TINY = xor({ n: 24, seed: 1 });

/** A fixed small training step whose bits must not change while the fuzz runs. */
function canary(): string {
  const model = mlp({ inputSize: 2, hidden: [3], outputSize: 2, rng: new Rng(11) });
  const opt = new Optimizer(model.namedParameters(), "adam:lr=0.01");
  const x = tensor([[0.5, -1], [1, 2], [-0.25, 0.75]]);
  const loss = softmaxCrossEntropy(model.call(x), [0, 1, 1]);
  loss.backward();
  opt.step();
  return JSON.stringify(model.stateDict()) + loss.item();
}

Deno.test("fuzz: the public API rejects only with a RectifyError naming the value, and stays usable after", async () => {
  const reference = canary();
  const rng = new Rng(20);
  const N = 2500;
  let rejected = 0, returned = 0;
  const problems: string[] = [];
  const codes = new Map<string, number>();
  for (let i = 0; i < N; i++) {
    const c = call(rng);
    let error: unknown = null;
    try {
      const r = c.run();
      if (r instanceof Promise) await r;
      returned++;
    } catch (e) {
      error = e;
    }
    if (error === null) continue;
    rejected++;
    if (!(error instanceof RectifyError)) {
      problems.push(`${c.what}: threw ${(error as Error)?.name}: ${(error as Error)?.message}`);
      continue;
    }
    codes.set(error.code, (codes.get(error.code) ?? 0) + 1);
    if (c.names.length > 0 && !c.names.some((n) => error.message.includes(n))) {
      problems.push(
        `${c.what}: the message names none of ${c.names.slice(0, 6).join(" | ")}: ${error.message}`,
      );
    }
    if (!isGradEnabled() || _overrideDepth() !== 0) {
      problems.push(`${c.what}: left gradient mode off or an override scope open`);
    }
    if (canary() !== reference) problems.push(`${c.what}: the canary step changed afterwards`);
  }
  console.log(`[reliability] fuzz codes: ${[...codes].map(([k, v]) => `${k} ${v}`).join(", ")}`);
  report(
    "public API fuzz (random shapes, dtypes, NaN/Inf, options)",
    rejected,
    rejected - problems.length,
    `rejections were RectifyErrors naming the value with the process usable after (${returned} calls returned)`,
  );
  assert.deepEqual(problems.slice(0, 8), [], `${problems.length} problems`);
  assert.ok(
    rejected > N / 5 && returned > N / 5,
    `a mix of rejections (${rejected}) and results (${returned})`,
  );
});
