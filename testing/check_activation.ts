/**
 * The plugin kit's activation check.
 *
 * @module
 */

import {
  type ActivationInstance,
  type ActivationPlugin,
  type Backend,
  type DType,
  fmtShape,
  getBackend,
  gradcheck,
  type GradcheckOptions,
  noGrad,
  type Options,
  type Plugin,
  RectifyError,
  Rng,
  setBackend,
  slice,
  StepArena,
  Tensor,
} from "../core/mod.ts";
import {
  describeError,
  fail,
  firstBitDifference,
  firstNonFinite,
  fmtNum,
  isTypedError,
  Runner,
  unravel,
  worstMismatch,
} from "./_runner.ts";
import { checkKernels, FLOAT32_KERNEL_TOLERANCE } from "./_kernels.ts";
import type { CommonCheckOptions, KernelTolerance, PluginCheckResult } from "./types.ts";

/** Options of {@linkcode checkActivation}. */
export interface ActivationCheckOptions extends CommonCheckOptions {
  /** Interval random inputs are drawn from (default `[-3, 3]`). */
  range?: readonly [number, number];
  /** Feature width of the test inputs (default 6; crelu/maxout need it divisible by their group size). */
  features?: number;
  /** Batch size of the test inputs (default 4). */
  batch?: number;
  /** Minimum distance of every gradcheck point from the plugin's declared kinks (default 0.05). */
  kinkMargin?: number;
  /** Tolerances of the float64 gradcheck (default eps 1e-6, atol 1e-6, rtol 1e-5). */
  gradcheck?: GradcheckOptions;
  /** The backend every check runs on (default: the current one, `getBackend()`). */
  backend?: Backend;
  /**
   * How far the backend's kernels for the plugin's op names may be from its
   * reference loops in float32 (default atol 1e-6, rtol 1e-6; float64 1e-12).
   */
  kernelTolerance?: KernelTolerance;
}

/**
 * Check an activation plugin the way the built-ins are checked. The plugin is
 * registered into an isolated registry (a clone of the built-ins, or of
 * `options.registry`) and these named checks run:
 *
 * - `register`: the plugin is well formed and its `apiVersion` is supported;
 * - `options: ...`: the defaults create an instance, an unknown option key is
 *   rejected, every record in `options.invalid` is rejected;
 * - `gradcheck`: float64 finite differences agree with autograd for the input
 *   and every parameter (prelu's slope), at seeded random points at least
 *   `kinkMargin` away from the declared `kinks(options)`, in evaluation mode;
 *   a failure names the worst point (input value, analytic vs numeric);
 * - `float32/float64 agreement`: forward values and input gradients agree;
 * - `kernels`: every kernel the backend brings for an op name the plugin
 *   asks for (`runKernel`/`elementwise`: the backend's own, or one registered
 *   with `registerKernel`) gives the plugin's reference loops' results:
 *   forward, backward and parameter gradients of about 4,100 elements (past
 *   any size threshold) with NaN, ±0, ±Infinity, large values and the kinks
 *   mixed in, in float32 (within `kernelTolerance`) and float64; a failure
 *   names the op, the element and both values;
 * - `shapes`: 1-D (may be rejected with a typed error), 2-D and 3-D inputs keep
 *   the dtype, and the output shape follows `outputSize` (the feature axis of a
 *   2-D input becomes `outputSize(features)`, the batch axis is kept);
 * - `batch rows independent`: each row of a batch gives what it gives alone;
 * - `determinism`: two instances made with the same seed give identical bits,
 *   in training mode (rrelu draws its slopes there);
 * - `no mutation`: forward and backward leave the input's data untouched;
 * - `step arena`: three forward/backward steps of an instance built lazily
 *   inside a `StepArena` (as the trainer runs steps) give the same bits as
 *   without one, and its parameters outlive the steps.
 *
 * @example Check a plugin inside `Deno.test`
 * ```ts
 * import { defineActivation, maximum } from "@rectify/core";
 * import { assertPluginOk, checkActivation } from "@rectify/core/testing";
 * const scaledRelu = defineActivation({
 *   name: "scaledRelu",
 *   version: "1.0.0",
 *   description: "scale * max(x, 0)",
 *   defaults: { scale: 2 },
 *   kinks: () => [0],
 *   create: ({ scale }) => ({ forward: (x) => maximum(x, 0).mul(scale) }),
 * });
 * const result = checkActivation(scaledRelu, { invalid: [{ scale: "big" }] });
 * assertPluginOk(result); // throws, listing the failed checks, when one fails
 * console.log(result.ok); // true
 * ```
 */
export function checkActivation(
  plugin: Plugin | ActivationPlugin<Options>,
  options: ActivationCheckOptions = {},
): PluginCheckResult {
  if (options.backend === undefined) return checkOnBackend(plugin, options, getBackend());
  const prev = setBackend(options.backend);
  try {
    return checkOnBackend(plugin, options, options.backend);
  } finally {
    setBackend(prev);
  }
}

function checkOnBackend(
  plugin: Plugin | ActivationPlugin<Options>,
  options: ActivationCheckOptions,
  backend: Backend,
): PluginCheckResult {
  const r = new Runner(plugin as Plugin, "activation");
  if (!r.register("activation", options)) return r.result();
  r.optionChecks(options);
  const reg = r.registry!;
  const act = plugin as ActivationPlugin<Options>;
  const seed = options.seed ?? 0;
  const features = options.features ?? 6;
  const batch = options.batch ?? 4;
  const [lo, hi] = options.range ?? [-3, 3];
  const margin = options.kinkMargin ?? 0.05;
  let kinks: number[] = [];
  const ready = r.run("kinks", () => {
    const { options: merged } = reg.resolve("activation", r.spec(options));
    const k = act.kinks?.(merged) ?? [];
    if (!Array.isArray(k) || !k.every((v) => typeof v === "number" && !Number.isNaN(v))) {
      fail(`kinks(options) must return an array of numbers, got ${JSON.stringify(k)}`);
    }
    kinks = k;
    return k.length ? `gradcheck points avoid ${JSON.stringify(k)} by ${margin}` : "none declared";
  });
  if (!ready) return r.result();

  const make = (dtype: DType, s = seed): ActivationInstance =>
    reg.create("activation", r.spec(options), { rng: new Rng(s), dtype });

  // Points in [lo, hi], rounded to float32 so both dtypes see the same values.
  const pointRng = new Rng(seed + 1);
  const points = (shape: readonly number[], dtype: DType, requiresGrad = true): Tensor => {
    const n = shape.reduce((a, b) => a * b, 1);
    const d = dtype === "float64" ? new Float64Array(n) : new Float32Array(n);
    for (let i = 0; i < n; i++) {
      let v = 0;
      for (let tries = 0; tries < 1000; tries++) {
        v = Math.fround(lo + (hi - lo) * pointRng.uniform());
        if (kinks.every((k) => Math.abs(v - k) >= margin)) break;
      }
      d[i] = v;
    }
    return new Tensor(d, shape, { requiresGrad });
  };
  const weightsFor = (y: Tensor): Tensor => {
    const w = y.dtype === "float64" ? new Float64Array(y.size) : new Float32Array(y.size);
    const wr = new Rng(seed + 2);
    for (let i = 0; i < w.length; i++) w[i] = Math.fround(wr.uniform() * 2 - 1);
    return new Tensor(w, y.shape);
  };
  const shape2 = [batch, features];

  r.run("gradcheck", () => {
    const inst = make("float64");
    inst.train?.(false);
    inst.build?.([features]);
    const x = points(shape2, "float64");
    noGrad(() => inst.forward(x));
    const params = Object.entries(inst.parameters?.() ?? {});
    for (const [name, p] of params) {
      if (!(p instanceof Tensor)) fail(`parameters() entry "${name}" is not a Tensor`);
      if (p.dtype !== "float64") {
        fail(`parameter "${name}" is ${p.dtype} though the instance was created for float64`);
      }
      if (!p.requiresGrad) fail(`parameter "${name}" does not require a gradient`);
    }
    const tol: GradcheckOptions = { eps: 1e-6, atol: 1e-6, rtol: 1e-5, seed, ...options.gradcheck };
    const res = gradcheck((xx) => inst.forward(xx), [x, ...params.map(([, p]) => p)], tol);
    if (!res.ok) {
      const w = res.worst!;
      const where = w.input === 0
        ? `x = ${fmtNum(x.data[w.index])} (input element ${
          fmtShape(unravel(w.index, x.shape))
        } of ${fmtShape(x.shape)})`
        : `parameter "${params[w.input - 1][0]}" element ${
          fmtShape(unravel(w.index, params[w.input - 1][1].shape))
        } = ${fmtNum(params[w.input - 1][1].data[w.index])}`;
      fail(
        `gradcheck in float64 failed at ${where}: analytic ${fmtNum(w.analytic)} vs numeric ${
          fmtNum(w.numeric)
        } (abs error ${
          Math.abs(w.analytic - w.numeric).toExponential(2)
        }, atol ${tol.atol}, rtol ${tol.rtol})`,
      );
    }
    const what = params.length ? ` and parameters ${params.map(([n]) => `"${n}"`).join(", ")}` : "";
    return `${x.size} points in [${lo}, ${hi}]${what}: max abs error ${
      res.maxAbsError.toExponential(2)
    }`;
  });

  r.run("float32/float64 agreement", () => {
    const i32 = make("float32"), i64 = make("float64");
    for (const inst of [i32, i64]) {
      inst.train?.(false);
      inst.build?.([features]);
    }
    const x64 = points(shape2, "float64");
    const x32 = new Tensor(Float32Array.from(x64.data), shape2, { requiresGrad: true });
    noGrad(() => (i32.forward(x32), i64.forward(x64)));
    const p32 = i32.parameters?.() ?? {}, p64 = i64.parameters?.() ?? {};
    for (const [n, p] of Object.entries(p32)) {
      const q = p64[n];
      if (!q || q.size !== p.size) {
        fail(`parameter "${n}" differs between float32 and float64 instances`);
      }
      q.data.set(p.data); // same values in both
    }
    const y32 = i32.forward(x32), y64 = i64.forward(x64);
    if (y32.dtype !== "float32" || y64.dtype !== "float64") {
      fail(`output dtypes are ${y32.dtype}/${y64.dtype} for float32/float64 inputs`);
    }
    const fw = worstMismatch(y32.data, y64.data, 1e-5, 1e-5);
    if (fw.ratio > 1) {
      fail(
        `forward differs at output ${fw.index}: float32 ${fmtNum(fw.a)} vs float64 ${fmtNum(fw.b)}`,
      );
    }
    y32.backward(weightsFor(y32));
    y64.backward(weightsFor(y64));
    const gw = worstMismatch(x32.grad!.data, x64.grad!.data, 1e-4, 1e-3);
    if (gw.ratio > 1) {
      fail(
        `input gradient differs at x = ${fmtNum(x64.data[gw.index])}: float32 ${
          fmtNum(gw.a)
        } vs float64 ${fmtNum(gw.b)}`,
      );
    }
    return "forward within 1e-5, input gradient within 1e-4 + 1e-3·|g|";
  });

  r.run("kernels", () =>
    checkKernels(
      make,
      backend,
      features,
      kinks,
      seed,
      options.kernelTolerance ?? FLOAT32_KERNEL_TOLERANCE,
    ));

  r.run("shapes", () => {
    const notes: string[] = [];
    for (const shape of [[features], shape2, [2, 3, features]]) {
      const inst = make("float32");
      inst.train?.(false);
      const x = points(shape, "float32");
      let y: Tensor;
      try {
        y = inst.forward(x);
      } catch (e) {
        if (shape.length === 1 && isTypedError(e)) {
          notes.push(`1-D rejected (${describeError(e)})`);
          continue;
        }
        fail(`forward on a ${shape.length}-D input ${fmtShape(shape)} threw ${describeError(e)}`);
      }
      if (!(y instanceof Tensor)) fail(`forward must return a Tensor, got ${typeof y}`);
      if (y.dtype !== "float32") fail(`a float32 input gave a ${y.dtype} output`);
      const problem = shapeProblem(shape, y.shape, inst.outputSize?.bind(inst));
      if (problem) fail(`input ${fmtShape(shape)} gave output ${fmtShape(y.shape)}: ${problem}`);
      const bad = firstNonFinite(y.data);
      if (bad >= 0) {
        fail(`output element ${bad} is ${y.data[bad]} for a finite input ${x.data[bad]}`);
      }
      y.backward(weightsFor(y));
      if (!x.grad || x.grad.shape.join() !== x.shape.join()) {
        fail(
          `the input gradient has shape ${x.grad ? fmtShape(x.grad.shape) : "none"}, expected ${
            fmtShape(shape)
          }`,
        );
      }
      notes.push(`${fmtShape(shape)} -> ${fmtShape(y.shape)}`);
    }
    return notes.join("; ");
  });

  r.run("batch rows independent", () => {
    const inst = make("float64");
    inst.train?.(false);
    inst.build?.([features]);
    const x = points(shape2, "float64", false);
    const y = inst.forward(x);
    const width = y.size / batch;
    for (let i = 0; i < batch; i++) {
      const yi = inst.forward(slice(x, 0, i, i + 1));
      const row = y.data.subarray(i * width, (i + 1) * width);
      const m = worstMismatch(yi.data, row, 1e-12, 1e-12);
      if (yi.size !== width || m.ratio > 1) {
        fail(
          `row ${i} alone gives ${yi.data[m.index]} at feature ${m.index}, in the batch ${
            row[m.index]
          }`,
        );
      }
    }
    return `${batch} rows of ${fmtShape(shape2)}`;
  });

  r.run("determinism", () => {
    const runs = [make("float32"), make("float32")].map((inst) => {
      inst.train?.(true);
      inst.build?.([features]);
      return { inst };
    });
    const x = points(shape2, "float32", false);
    const outs = runs.map(({ inst }) => [inst.forward(x).data, inst.forward(x).data]);
    for (let k = 0; k < 2; k++) {
      const i = firstBitDifference(outs[0][k], outs[1][k]);
      if (i >= 0) {
        fail(
          `two instances made with seed ${seed} differ on call ${
            k + 1
          } (training mode) at element ${i}: ${outs[0][k][i]} vs ${outs[1][k][i]}`,
        );
      }
    }
    const pa = runs[0].inst.parameters?.() ?? {}, pb = runs[1].inst.parameters?.() ?? {};
    for (const [n, p] of Object.entries(pa)) {
      if (!pb[n] || firstBitDifference(p.data, pb[n].data) >= 0) {
        fail(`parameter "${n}" differs between two instances made with seed ${seed}`);
      }
    }
    return `same seed, same bits (training mode, 2 calls)`;
  });

  r.run("no mutation", () => {
    const inst = make("float32");
    inst.train?.(true);
    const x = points(shape2, "float32");
    const before = x.data.slice();
    const y = inst.forward(x);
    const afterForward = firstBitDifference(before, x.data);
    if (afterForward >= 0) {
      fail(
        `forward changed input element ${afterForward} from ${before[afterForward]} to ${
          x.data[afterForward]
        }`,
      );
    }
    y.backward(weightsFor(y));
    const afterBackward = firstBitDifference(before, x.data);
    if (afterBackward >= 0) {
      fail(
        `backward changed input element ${afterBackward} from ${before[afterBackward]} to ${
          x.data[afterBackward]
        }`,
      );
    }
    return "forward and backward leave the input's data untouched";
  });

  r.run("step arena", () => {
    // the Trainer runs every step in a StepArena: an instance used there (built lazily inside
    // it) must compute the same bits, and its parameters must outlive the steps
    const plain = make("float32"), inArena = make("float32");
    plain.train?.(true);
    inArena.train?.(true);
    const arena = new StepArena();
    try {
      for (let step = 1; step <= 3; step++) {
        const xa = points(shape2, "float32");
        const xb = new Tensor(xa.data.slice(), xa.shape, { requiresGrad: true });
        const ya = plain.forward(xa);
        ya.backward(weightsFor(ya));
        let differs = -1;
        try {
          differs = arena.run(() => {
            const yb = inArena.forward(xb);
            const i = firstBitDifference(ya.data, yb.data);
            yb.backward(weightsFor(yb));
            return i;
          });
        } catch (e) {
          if (!(e instanceof RectifyError && e.code === "arena")) throw e;
          fail(
            `step ${step}: state made in an earlier StepArena run expired after a step ` +
              `(${e.message}); make parameters and buffers in create()/build() or under ` +
              `withoutArena()`,
          );
        }
        if (differs >= 0) {
          fail(`step ${step}: output element ${differs} differs inside a StepArena run`);
        }
        const gi = firstBitDifference(xa.grad!.data, xb.grad!.data);
        if (gi >= 0) fail(`step ${step}: input gradient element ${gi} differs inside a StepArena`);
        const pb = inArena.parameters?.() ?? {};
        for (const [n, p] of Object.entries(plain.parameters?.() ?? {})) {
          const q = pb[n];
          try {
            void q.data;
          } catch {
            fail(
              `parameter "${n}" lives in the StepArena's storage and expired after a step: ` +
                `make parameters in create()/build() or under withoutArena()`,
            );
          }
          if (
            firstBitDifference(p.data, q.data) >= 0 ||
            firstBitDifference(p.grad!.data, q.grad!.data) >= 0
          ) {
            fail(`step ${step}: parameter "${n}" or its gradient differs inside a StepArena`);
          }
        }
      }
    } finally {
      arena.dispose();
    }
    return "3 forward/backward steps in a StepArena give the same bits; parameters outlive them";
  });

  return r.result();
}

function shapeProblem(
  input: readonly number[],
  output: readonly number[],
  outputSize: ((n: number) => number) | undefined,
): string | null {
  if (output.length !== input.length) {
    return `the rank changed from ${input.length} to ${output.length}`;
  }
  const changed = input.map((n, a) => (n === output[a] ? -1 : a)).filter((a) => a >= 0);
  if (input.length === 2) {
    const want = outputSize ? outputSize(input[1]) : input[1];
    if (output[0] !== input[0] || output[1] !== want) {
      return `expected ${fmtShape([input[0], want])} (batch kept, features ${
        outputSize ? "outputSize(features)" : "kept"
      })`;
    }
    return null;
  }
  if (changed.length === 0) return null;
  if (!outputSize) return "the shape changed, but the plugin has no outputSize()";
  if (changed.length > 1) {
    return `${changed.length} axes changed; at most one (the feature axis) may`;
  }
  const a = changed[0];
  const want = outputSize(input[a]);
  return output[a] === want
    ? null
    : `axis ${a} has ${output[a]}, outputSize(${input[a]}) is ${want}`;
}
