/**
 * The plugin kit's optimizer check.
 *
 * @module
 */

import {
  type Data,
  type DType,
  type GradientTransform,
  isUpdateRule,
  Optimizer,
  type OptimizerPlugin,
  type Options,
  type ParamGroupSpec,
  type Plugin,
  Rng,
  Tensor,
} from "../core/mod.ts";
import {
  fail,
  firstBitDifference,
  firstNonFinite,
  fmtNum,
  Runner,
  worstMismatch,
} from "./_runner.ts";
import { showJson } from "../core/_show.ts";
import type { CommonCheckOptions, PluginCheckResult } from "./types.ts";

/** Options of {@linkcode checkOptimizer}. */
export interface OptimizerCheckOptions extends CommonCheckOptions {
  /** Steps taken on the quadratic for the loss-decrease check (default 50). */
  steps?: number;
  /**
   * Tolerance of the float32/float64 agreement after 10 steps, as
   * `|p32 − p64| <= atol + rtol·|p64|` (default atol 1e-3, rtol 1e-3).
   */
  agreement?: { atol?: number; rtol?: number };
}

const SHAPES: Record<string, readonly number[]> = {
  "w": [3],
  "b.kernel": [2, 2],
  "b.cube": [2, 1, 3],
};

interface Problem {
  start: Record<string, Float64Array>;
  target: Record<string, Float64Array>;
  scale: Record<string, Float64Array>;
}

function makeProblem(seed: number): Problem {
  const rng = new Rng(seed + 11);
  const draw = (n: number, lo: number, hi: number) => {
    const d = new Float64Array(n);
    for (let i = 0; i < n; i++) d[i] = Math.fround(lo + (hi - lo) * rng.uniform());
    return d;
  };
  const p: Problem = { start: {}, target: {}, scale: {} };
  for (const [name, shape] of Object.entries(SHAPES)) {
    const n = shape.reduce((a, b) => a * b, 1);
    p.start[name] = draw(n, -1, 1);
    p.target[name] = draw(n, -0.5, 0.5);
    p.scale[name] = draw(n, 0.5, 2);
  }
  return p;
}

/** Fresh parameters at the problem's start, in `dtype`. */
function params(p: Problem, dtype: DType): Record<string, Tensor> {
  const out: Record<string, Tensor> = {};
  for (const [name, shape] of Object.entries(SHAPES)) {
    const d = dtype === "float64"
      ? Float64Array.from(p.start[name])
      : Float32Array.from(p.start[name]);
    out[name] = new Tensor(d, shape, { requiresGrad: true });
  }
  return out;
}

/** `Σ ½·a·(p − c)²` and its gradient written into `.grad`. */
function lossAndGrad(p: Problem, ps: Record<string, Tensor>): number {
  let loss = 0;
  for (const [name, t] of Object.entries(ps)) {
    const a = p.scale[name], c = p.target[name];
    const g = t.dtype === "float64" ? new Float64Array(t.size) : new Float32Array(t.size);
    for (let i = 0; i < t.size; i++) {
      const diff = t.data[i] - c[i];
      loss += 0.5 * a[i] * diff * diff;
      g[i] = a[i] * diff;
    }
    t.grad = new Tensor(g, t.shape);
  }
  return loss;
}

function totalLoss(p: Problem, ps: Record<string, Tensor>): number {
  const l = lossAndGrad(p, ps);
  for (const t of Object.values(ps)) t.grad = null;
  return l;
}

/**
 * Check an optimizer plugin the way the built-ins are checked. The plugin is
 * registered into an isolated registry and driven through {@linkcode Optimizer}
 * on a small separable quadratic `Σ ½·a·(p − c)²` over parameters of 1, 2 and
 * 3 dimensions (in two parameter groups). Named checks:
 *
 * - `register` and `options: ...` (defaults valid, unknown keys rejected, every
 *   record in `options.invalid` rejected);
 * - `loss decreases`: after `steps` steps the loss is finite and lower;
 * - `determinism`: two runs give bit-identical parameters;
 * - `state round trip`: `stateDict()` → `JSON` → `loadStateDict()` into a new
 *   optimizer on copied parameters continues bit-identically;
 * - `float32/float64 agreement`: both dtypes follow the same path;
 * - `no mutation`: an `UpdateRule`'s step never writes the gradients, and
 *   every parameter's state holds exactly the rule's buffers; a
 *   `GradientTransform`'s `update` rewrites only `updates`, never the
 *   parameters it is given, and leaves them finite.
 *
 * @example Check a plain gradient-descent optimizer
 * ```ts
 * import { chain, defineOptimizer, scaleByLearningRate } from "@rectify/core";
 * import { assertPluginOk, checkOptimizer } from "@rectify/core/testing";
 * const plainGd = defineOptimizer({
 *   name: "plainGd",
 *   version: "1.0.0",
 *   description: "p -= lr * g",
 *   defaults: { lr: 0.1 },
 *   create: () => chain(scaleByLearningRate()),
 * });
 * const result = checkOptimizer(plainGd);
 * assertPluginOk(result);
 * console.log(result.ok); // true
 * ```
 */
export function checkOptimizer(
  plugin: Plugin | OptimizerPlugin<Options>,
  options: OptimizerCheckOptions = {},
): PluginCheckResult {
  const r = new Runner(plugin as Plugin, "optimizer");
  if (!r.register("optimizer", options)) return r.result();
  r.optionChecks(options);
  const registry = r.registry!;
  const seed = options.seed ?? 0;
  const steps = options.steps ?? 50;
  const problem = makeProblem(seed);
  const groups: ParamGroupSpec[] = [{ params: "b.*", options: {} }];
  const spec = r.spec(options);
  const newOptimizer = (ps: Record<string, Tensor>) =>
    new Optimizer(ps, spec, { registry, groups });
  const run = (ps: Record<string, Tensor>, opt: Optimizer, n: number) => {
    for (let s = 0; s < n; s++) {
      opt.zeroGrad();
      lossAndGrad(problem, ps);
      opt.step();
    }
  };
  const compareBits = (a: Record<string, Tensor>, b: Record<string, Tensor>, what: string) => {
    for (const name of Object.keys(a)) {
      const i = firstBitDifference(a[name].data, b[name].data);
      if (i >= 0) {
        fail(
          `${what}: parameter "${name}" element ${i} is ${a[name].data[i]} vs ${b[name].data[i]}`,
        );
      }
    }
  };

  r.run("loss decreases", () => {
    const ps = params(problem, "float32");
    const opt = newOptimizer(ps);
    const before = totalLoss(problem, ps);
    run(ps, opt, steps);
    for (const [name, t] of Object.entries(ps)) {
      const i = firstNonFinite(t.data);
      if (i >= 0) fail(`after ${steps} steps parameter "${name}" element ${i} is ${t.data[i]}`);
    }
    const after = totalLoss(problem, ps);
    if (!(after < before)) {
      fail(
        `the quadratic's loss went from ${fmtNum(before)} to ${
          fmtNum(after)
        } in ${steps} steps with ${showJson(spec.options)}`,
      );
    }
    return `${fmtNum(before)} -> ${fmtNum(after)} in ${steps} steps`;
  });

  r.run("determinism", () => {
    const a = params(problem, "float32"), b = params(problem, "float32");
    run(a, newOptimizer(a), 10);
    run(b, newOptimizer(b), 10);
    compareBits(a, b, "two identical runs of 10 steps differ");
    return "two runs of 10 steps give the same bits";
  });

  r.run("state round trip", () => {
    const a = params(problem, "float32");
    const optA = newOptimizer(a);
    run(a, optA, 3);
    const json = JSON.stringify(optA.stateDict());
    const b: Record<string, Tensor> = {};
    for (const [name, t] of Object.entries(a)) {
      b[name] = new Tensor(t.data.slice(), t.shape, { requiresGrad: true });
    }
    const optB = newOptimizer(b);
    optB.loadStateDict(JSON.parse(json));
    run(a, optA, 4);
    run(b, optB, 4);
    compareBits(a, b, "after stateDict → JSON → loadStateDict and 4 more steps");
    return `3 steps, ${json.length} bytes of JSON, 4 more steps bit-identical`;
  });

  r.run("float32/float64 agreement", () => {
    const a = params(problem, "float32"), b = params(problem, "float64");
    run(a, newOptimizer(a), 10);
    run(b, newOptimizer(b), 10);
    const atol = options.agreement?.atol ?? 1e-3, rtol = options.agreement?.rtol ?? 1e-3;
    for (const name of Object.keys(a)) {
      const m = worstMismatch(a[name].data, b[name].data, atol, rtol);
      if (m.ratio > 1) {
        fail(
          `after 10 steps parameter "${name}" element ${m.index} is ${fmtNum(m.a)} in float32, ${
            fmtNum(m.b)
          } in float64`,
        );
      }
    }
    return `10 steps agree within ${atol} + ${rtol}·|p|`;
  });

  r.run("no mutation", () => {
    const product = registry.create("optimizer", spec, { rng: new Rng(seed) });
    if (isUpdateRule(product)) {
      const ps = params(problem, "float32");
      const opt = newOptimizer(ps);
      for (let step = 1; step <= 3; step++) {
        lossAndGrad(problem, ps);
        const grads = Object.values(ps).map((t) => t.grad!.data.slice());
        opt.step();
        Object.entries(ps).forEach(([name, t], j) => {
          const i = firstBitDifference(grads[j], t.grad!.data);
          if (i >= 0) {
            fail(
              `step ${step} wrote into the gradient of "${name}" element ${i} (a rule writes only the parameter and its state)`,
            );
          }
        });
      }
      const want = Object.keys(product.buffers).sort().join(", ");
      for (const g of opt.stateDict().groups) {
        for (const [name, s] of Object.entries(g.state ?? {})) {
          const got = Object.keys(s).sort().join(", ");
          if (got !== want) {
            fail(`the state of "${name}" holds [${got}], the rule declares [${want}]`);
          }
        }
      }
      return `steps leave the gradients untouched; state per parameter: [${want}]`;
    }
    return checkTransformMutation(product, problem, plugin, spec.options as Options);
  });

  return r.result();
}

/** A transform's `update` rewrites only `updates`, never the parameters, and leaves them finite. */
function checkTransformMutation(
  transform: GradientTransform,
  problem: Problem,
  plugin: Plugin | OptimizerPlugin<Options>,
  options: Options,
): string {
  const ps = params(problem, "float32");
  lossAndGrad(problem, ps);
  const datas: Data[] = Object.values(ps).map((t) => t.data);
  const before = datas.map((d) => d.slice());
  const grads = Object.values(ps).map((t) => t.grad!.data.slice());
  const updates = grads.map((g) => g.slice());
  const lr = typeof options.lr === "number"
    ? options.lr
    : typeof plugin.defaults.lr === "number"
    ? plugin.defaults.lr
    : 0.01;
  const state = transform.init(datas, { step: 1, lr });
  for (let step = 1; step <= 3; step++) transform.update(updates, state, datas, { step, lr });
  const names = Object.keys(ps);
  datas.forEach((d, j) => {
    const i = firstBitDifference(before[j], d);
    if (i >= 0) {
      fail(
        `update() changed parameter "${names[j]}" element ${i} (only the updates may be rewritten)`,
      );
    }
    const k = firstNonFinite(updates[j]);
    if (k >= 0) fail(`update() produced ${updates[j][k]} for parameter "${names[j]}" element ${k}`);
  });
  JSON.stringify(state);
  return "update() rewrites only the updates; parameters untouched";
}
