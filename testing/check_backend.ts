/**
 * The plugin kit's backend check.
 *
 * @module
 */

import {
  type Backend,
  type BackendPlugin,
  type BinaryOp,
  type Data,
  type DType,
  findKernel,
  jsBackend,
  type Options,
  type Plugin,
  Rng,
  type UnaryOp,
} from "../core/mod.ts";
import { adamReference } from "../plugins/optimizers/adam.ts";
import { fail, firstBitDifference, fmtNum, Runner, worstMismatch } from "./_runner.ts";
import type { CommonCheckOptions, PluginCheckResult } from "./types.ts";

/** Options of {@linkcode checkBackend}. */
export interface BackendCheckOptions extends CommonCheckOptions {
  /** Relative tolerance against the js kernels in float32 (default 1e-5; float64 uses 1e-12). */
  rtol?: number;
}

const BINARY: readonly BinaryOp[] = ["add", "sub", "mul", "div", "pow", "maximum", "minimum"];
const UNARY: readonly UnaryOp[] = ["neg", "exp", "log", "sqrt", "abs", "sign", "square", "recip"];

/**
 * Check a backend plugin against the reference js kernels, in float32 and
 * float64, on odd sizes (so SIMD tails are covered). Named checks: `register`,
 * `options: ...`, `matmul` (every transA/transB/accumulate combination),
 * `binary`, `unary`, `sumAxis`, `maxAxis` (values and first-maximum argmax) —
 * each also verifies the kernel leaves its inputs untouched — and `storage`
 * for a backend that lends memory (`allocate`/`free`: blocks of the right
 * length that never overlap, stay valid when more is allocated, and give the
 * same kernel results as plain arrays), and `kernel "adam"` for a backend
 * with a kernel for the adam optimizer's `"adam"` op (`kernel("adam")`, or
 * one registered for its name: with and without amsgrad, coupled and
 * decoupled weight decay, over three steps, float32 bit for bit and float64
 * within 1e-12 of the plugin's loop `adamReference`, on plain arrays and on
 * storage blocks; a declined call must leave its arrays untouched).
 *
 * @example Check a backend that reuses the js kernels
 * ```ts
 * import { defineBackend, jsBackend } from "@rectify/core";
 * import { assertPluginOk, checkBackend } from "@rectify/core/testing";
 * const myJs = defineBackend({
 *   name: "myJs",
 *   version: "1.0.0",
 *   description: "the js kernels",
 *   defaults: {},
 *   create: () => ({ ...jsBackend, name: "myJs" }),
 * });
 * assertPluginOk(checkBackend(myJs));
 * ```
 */
export function checkBackend(
  plugin: Plugin | BackendPlugin<Options>,
  options: BackendCheckOptions = {},
): PluginCheckResult {
  const r = new Runner(plugin as Plugin, "backend");
  if (!r.register("backend", options)) return r.result();
  r.optionChecks(options);
  const seed = options.seed ?? 0;
  let backend: Backend | null = null;
  if (
    !r.run("product", () => {
      backend = r.registry!.create("backend", r.spec(options), { rng: new Rng(seed) });
      for (const k of ["matmul", "binary", "unary", "sumAxis", "maxAxis"] as const) {
        if (typeof backend?.[k] !== "function") fail(`the backend has no "${k}" kernel`);
      }
      if (typeof backend!.name !== "string") fail(`the backend has no "name"`);
      return `backend "${backend!.name}"`;
    })
  ) return r.result();
  const be: Backend = backend!;
  const rng = new Rng(seed + 1);
  const data = (dtype: DType, n: number, lo = -2, hi = 2): Data => {
    const d = dtype === "float64" ? new Float64Array(n) : new Float32Array(n);
    for (let i = 0; i < n; i++) d[i] = lo + (hi - lo) * rng.uniform();
    return d;
  };
  const tol = (dtype: DType) => (dtype === "float64" ? 1e-12 : options.rtol ?? 1e-5);
  const compare = (what: string, got: Data, want: Data, dtype: DType, atol = tol(dtype)) => {
    const m = worstMismatch(got, want, atol, tol(dtype));
    if (m.ratio > 1) {
      fail(`${what}: element ${m.index} is ${fmtNum(m.a)}, the js kernel gives ${fmtNum(m.b)}`);
    }
  };
  const untouched = (what: string, inputs: Data[], copies: Data[]) => {
    inputs.forEach((d, j) => {
      const i = firstBitDifference(d, copies[j]);
      if (i >= 0) fail(`${what} changed its input ${j} at element ${i}`);
    });
  };
  const dtypes: DType[] = ["float32", "float64"];

  r.run("matmul", () => {
    let cases = 0;
    for (const dtype of dtypes) {
      for (const [m, k, n] of [[1, 1, 1], [5, 7, 9], [3, 17, 2], [8, 16, 8]]) {
        for (const transA of [false, true]) {
          for (const transB of [false, true]) {
            for (const accumulate of [false, true]) {
              const a = data(dtype, m * k), b = data(dtype, k * n), init = data(dtype, m * n);
              const ca = a.slice(), cb = b.slice();
              const got = init.slice(), want = init.slice();
              const o = { transA, transB, accumulate };
              be.matmul(a, b, got, m, k, n, o);
              jsBackend.matmul(ca.slice(), cb.slice(), want, m, k, n, o);
              const what = `matmul ${dtype} ${m}x${k}x${n} ${JSON.stringify(o)}`;
              compare(what, got, want, dtype, tol(dtype) * k * 4);
              untouched(what, [a, b], [ca, cb]);
              cases++;
            }
          }
        }
      }
    }
    return `${cases} cases agree with the js kernels`;
  });

  r.run("binary", () => {
    for (const dtype of dtypes) {
      for (const op of BINARY) {
        const n = 37;
        const a = op === "pow" ? data(dtype, n, 0.1, 3) : data(dtype, n);
        const b = op === "div" ? data(dtype, n, 0.5, 2) : data(dtype, n);
        const ca = a.slice(), cb = b.slice();
        const got = data(dtype, n), want = got.slice();
        be.binary(op, a, b, got);
        jsBackend.binary(op, ca.slice(), cb.slice(), want);
        compare(`binary "${op}" ${dtype}`, got, want, dtype);
        untouched(`binary "${op}"`, [a, b], [ca, cb]);
      }
    }
    return `${BINARY.length} ops in float32 and float64`;
  });

  r.run("unary", () => {
    for (const dtype of dtypes) {
      for (const op of UNARY) {
        const n = 37;
        const x = op === "log" || op === "sqrt" ? data(dtype, n, 0.1, 3) : data(dtype, n);
        const cx = x.slice();
        const got = data(dtype, n), want = got.slice();
        be.unary(op, x, got);
        jsBackend.unary(op, cx.slice(), want);
        compare(`unary "${op}" ${dtype}`, got, want, dtype);
        untouched(`unary "${op}"`, [x], [cx]);
      }
    }
    return `${UNARY.length} ops in float32 and float64`;
  });

  r.run("sumAxis", () => {
    for (const dtype of dtypes) {
      for (const [outer, len, inner] of [[1, 5, 1], [3, 7, 5], [2, 1, 9], [4, 33, 1]]) {
        const x = data(dtype, outer * len * inner), cx = x.slice();
        const got = data(dtype, outer * inner), want = got.slice();
        be.sumAxis(x, got, outer, len, inner);
        jsBackend.sumAxis(cx.slice(), want, outer, len, inner);
        compare(
          `sumAxis ${dtype} [${outer}, ${len}, ${inner}]`,
          got,
          want,
          dtype,
          tol(dtype) * len * 4,
        );
        untouched("sumAxis", [x], [cx]);
      }
    }
    return "sums agree with the js kernels";
  });

  r.run("maxAxis", () => {
    for (const dtype of dtypes) {
      for (const [outer, len, inner] of [[1, 5, 1], [3, 7, 5], [2, 1, 9], [4, 33, 1]]) {
        const x = data(dtype, outer * len * inner), cx = x.slice();
        if (x.length > 2) x[1] = x[0]; // a tie: the first maximum wins
        cx.set(x);
        const got = data(dtype, outer * inner), want = got.slice();
        const ga = new Int32Array(outer * inner), wa = new Int32Array(outer * inner);
        be.maxAxis(x, got, ga, outer, len, inner);
        jsBackend.maxAxis(cx.slice(), want, wa, outer, len, inner);
        const what = `maxAxis ${dtype} [${outer}, ${len}, ${inner}]`;
        const i = firstBitDifference(got, want);
        if (i >= 0) fail(`${what}: max ${i} is ${got[i]}, the js kernel gives ${want[i]}`);
        const j = firstBitDifference(ga, wa);
        if (j >= 0) fail(`${what}: argmax ${j} is ${ga[j]}, the js kernel gives ${wa[j]}`);
        untouched("maxAxis", [x], [cx]);
      }
    }
    return "maxima and argmax agree exactly";
  });

  r.run('kernel "adam"', () => {
    const adam = findKernel("adam", be);
    if (adam === undefined) return 'no kernel for the "adam" op (optional)';
    if (typeof adam !== "function") fail(`kernel "adam" is not a function`);
    const cases: [string, boolean, number, number][] = [
      ["adam", false, 0, 0],
      ["adam amsgrad, coupled decay", true, 0.01, 0],
      ["adamw", false, 0, 0.01],
      ["adamw amsgrad", true, 0, 0.1],
    ];
    let ran = 0, declined = 0;
    const blocks: Float32Array[] = [];
    const lend = (n: number): Float32Array | null => {
      const b = be.allocate?.(n) ?? null;
      if (b !== null) blocks.push(b);
      return b;
    };
    for (const dtype of dtypes) {
      for (const n of [37, 300]) {
        for (const [name, ams, cwd, dwd] of cases) {
          for (const where of ["plain", "storage"] as const) {
            if (where === "storage" && (dtype === "float64" || be.allocate === undefined)) continue;
            const start = [data(dtype, n, -1, 1), data(dtype, n, -0.01, 0.01)];
            start.push(data(dtype, n, 0, 1e-4), data(dtype, n, 0, 1e-4));
            let got: Data[] = start.map((d) => d.slice());
            if (where === "storage") {
              const lent = start.map(() => lend(n));
              if (lent.some((b) => b === null)) continue;
              lent.forEach((b, j) => b!.set(start[j]));
              got = lent as Float32Array[];
            }
            const want = start.map((d) => d.slice());
            const what = `kernel "adam" (${name}) ${dtype} n=${n} on ${where} arrays`;
            for (let step = 1; step <= 3; step++) {
              const g = data(dtype, n, -1, 1), cg = g.slice();
              const params = [-0.01, 0.9, 0.999, 0.1, 1 - 0.999, 1 - 0.9 ** step];
              params.push(Math.sqrt(1 - 0.999 ** step), 1e-8, cwd, dwd, ams ? 1 : 0);
              const ins = (x: Data[]) => [x[0], g, x[1], x[2], ams ? x[3] : x[2]];
              const outs = (x: Data[]) => [x[0], x[1], x[2], ams ? x[3] : x[2]];
              const before = got.map((d) => d.slice());
              const ok = adam!(ins(got), outs(got), params);
              untouched(what, [g], [cg]);
              if (ok === false) {
                untouched(`${what}, declined,`, got, before);
                adamReference(ins(got), outs(got), params);
                declined++;
              } else if (ok !== true && ok !== undefined) {
                fail(`${what} returned ${ok}, expected nothing, true or false`);
              } else ran++;
              adamReference(ins(want), outs(want), params);
              ["p", "m", "v", "vmax"].forEach((s, j) => {
                if (dtype === "float64") {
                  compare(`${what} step ${step}: ${s}`, got[j], want[j], dtype);
                } else {
                  const i = firstBitDifference(got[j], want[j]);
                  if (i >= 0) {
                    fail(
                      `${what} step ${step}: ${s}[${i}] is ${got[j][i]}, the plugin's loop gives ` +
                        `${want[j][i]} (float32 must match bit for bit)`,
                    );
                  }
                }
              });
            }
          }
        }
      }
    }
    for (const b of blocks) be.free!(b);
    return `${ran} steps agree with adamReference, ${declined} declined`;
  });

  r.run("storage", () => {
    if (be.allocate === undefined && be.free === undefined) return "lends no memory (optional)";
    if (typeof be.allocate !== "function" || typeof be.free !== "function") {
      fail(`"allocate" and "free" come together; the backend has only one of them`);
    }
    const sizes = [37, 1, 4096, 300, 65537];
    const blocks: Float32Array[] = [];
    for (const n of sizes) {
      const b = be.allocate!(n);
      if (b === null) {
        for (const x of blocks) be.free!(x);
        return `allocate(${n}) returned null: the backend lends no memory now`;
      }
      if (!(b instanceof Float32Array) || b.length !== n) {
        const got = b instanceof Object
          ? `${b.constructor.name} of ${(b as { length?: number }).length}`
          : String(b);
        fail(`allocate(${n}) returned ${got}, expected a Float32Array of ${n}`);
      }
      blocks.push(b);
    }
    // distinct patterns, checked after every block exists (overlap) and after more allocations (growth)
    const fill = () => blocks.forEach((b, i) => b.fill(i + 1));
    const verify = (when: string) =>
      blocks.forEach((b, i) => {
        const j = b.findIndex((v) => v !== i + 1);
        if (j >= 0) fail(`block ${i} (${b.length} elements) changed at element ${j} ${when}`);
      });
    fill();
    verify("when the other blocks were written (blocks overlap)");
    const more = be.allocate!(1 << 20);
    verify("after allocating 1M more elements");
    if (more !== null) be.free!(more);
    // kernels on blocks give the bits they give on plain arrays
    const n = 300;
    const [xa, xb, out] = [be.allocate!(n), be.allocate!(n), be.allocate!(n)];
    if (xa === null || xb === null || out === null) {
      fail("allocate(300) returned null after a free");
    }
    xa!.set(data("float32", n));
    xb!.set(data("float32", n, 0.5, 2));
    const plain = new Float32Array(n);
    const same = (what: string) => {
      const i = firstBitDifference(out!, plain);
      if (i >= 0) {
        fail(`${what} on blocks: element ${i} is ${out![i]}, on plain arrays ${plain[i]}`);
      }
    };
    for (const op of BINARY) {
      be.binary(op, xa!, xb!, out!);
      be.binary(op, xa!.slice(), xb!.slice(), plain);
      same(`binary "${op}"`);
    }
    for (const op of UNARY) {
      be.unary(op, xb!, out!);
      be.unary(op, xb!.slice(), plain);
      same(`unary "${op}"`);
    }
    be.matmul(xa!, xb!, out!, 10, 30, 10);
    be.matmul(xa!.slice(), xb!.slice(), plain, 10, 30, 10);
    same("matmul 10x30x10");
    // an op kernel of the backend's own (relu's, when it has one) on blocks and on plain arrays
    const relu = be.kernel?.("relu");
    if (relu !== undefined && relu([xa!], [out!], []) !== false) {
      relu([xa!.slice()], [plain], []);
      same(`kernel "relu"`);
    }
    for (const b of [xa!, xb!, out!, ...blocks]) be.free!(b);
    const again = be.allocate!(37);
    if (again !== null) be.free!(again);
    return `${
      sizes.length + 4
    } blocks: no overlap, valid after growth, kernels agree with plain arrays`;
  });

  return r.result();
}
