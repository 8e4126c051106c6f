import assert from "node:assert/strict";
import { type Data, defaultRegistry, jsBackend, Rng, wasmSimdSupported } from "../../mod.ts";
import { REFERENCE, runOp } from "./_activation_kernels.ts";
import { WASM_ACTIVATION_KERNELS } from "../../plugins/backends/_wasm_kernels.ts";
import { WASM_ACTIVATIONS } from "../../plugins/backends/_wasm_bytes.ts";
import { backends } from "./_backends.ts";

function rand(n: number, rng: Rng, f64 = false): Data {
  const out = f64 ? new Float64Array(n) : new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = rng.uniform() * 2 - 1;
  return out;
}

/** float64 triple loop: the reference. */
function naive(
  a: Data,
  b: Data,
  m: number,
  k: number,
  n: number,
  tA: boolean,
  tB: boolean,
): Float64Array {
  const out = new Float64Array(m * n);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) {
        s += (tA ? a[p * m + i] : a[i * k + p]) * (tB ? b[j * k + p] : b[p * n + j]);
      }
      out[i * n + j] = s;
    }
  }
  return out;
}

function close(got: Data, want: ArrayLike<number>, tol: number, what: string): void {
  assert.equal(got.length, want.length, `${what}: length`);
  for (let i = 0; i < got.length; i++) {
    const err = Math.abs(got[i] - want[i]);
    if (!(err <= tol * (1 + Math.abs(want[i])))) {
      assert.fail(`${what}: element ${i} is ${got[i]}, expected ${want[i]} (tolerance ${tol})`);
    }
  }
}

const SIZES: [number, number, number][] = [
  [1, 1, 1],
  [1, 7, 3],
  [3, 5, 7],
  [4, 8, 8],
  [5, 9, 13],
  [8, 16, 16],
  [17, 3, 31],
  [33, 65, 17],
  [64, 20, 9],
];

for (const be of backends) {
  Deno.test(`${be.name}: matmul() matches a float64 reference in every layout`, async (t) => {
    const rng = new Rng(1);
    for (const [m, k, n] of SIZES) {
      for (const tA of [false, true]) {
        for (const tB of [false, true]) {
          for (const acc of [false, true]) {
            await t.step(`${m}x${k}x${n} transA=${tA} transB=${tB} accumulate=${acc}`, () => {
              const a = rand(m * k, rng), b = rand(k * n, rng);
              const init = rand(m * n, rng);
              const out = new Float32Array(init);
              be.matmul(a, b, out, m, k, n, { transA: tA, transB: tB, accumulate: acc });
              const want = naive(a, b, m, k, n, tA, tB);
              if (acc) { for (let i = 0; i < want.length; i++) want[i] += init[i]; }
              close(out, want, 1e-5 * Math.sqrt(k), "matmul");
            });
          }
        }
      }
    }
  });

  Deno.test(`${be.name}: matmul() on float64 keeps float64 precision`, () => {
    const rng = new Rng(2);
    const [m, k, n] = [9, 33, 10];
    const a = rand(m * k, rng, true), b = rand(k * n, rng, true);
    const out = new Float64Array(m * n);
    be.matmul(a, b, out, m, k, n, { transB: false });
    close(out, naive(a, b, m, k, n, false, false), 1e-13, "float64 matmul");
  });

  Deno.test(`${be.name}: linear() equals matmul followed by a bias add`, async (t) => {
    const rng = new Rng(3);
    for (const [m, k, n] of SIZES) {
      for (const withBias of [true, false]) {
        await t.step(`${m}x${k}x${n} bias=${withBias}`, () => {
          const x = rand(m * k, rng), w = rand(k * n, rng), bias = rand(n, rng);
          const out = new Float32Array(m * n).fill(5);
          assert.ok(be.linear, "backend implements linear");
          be.linear(x, w, withBias ? bias : null, out, m, k, n);
          const ref = new Float32Array(m * n);
          be.matmul(x, w, ref, m, k, n);
          if (withBias) { for (let i = 0; i < m * n; i++) ref[i] += bias[i % n]; }
          // Same product, bias added after it: bit-identical.
          assert.deepEqual(out, ref);
        });
      }
    }
  });

  Deno.test(`${be.name}: binary() kernels match float32 scalar arithmetic`, async (t) => {
    const rng = new Rng(4);
    const ref: Record<string, (a: number, b: number) => number> = {
      add: (a, b) => a + b,
      sub: (a, b) => a - b,
      mul: (a, b) => a * b,
      div: (a, b) => a / b,
      pow: (a, b) => Math.pow(a, b),
      maximum: (a, b) => (a >= b ? a : b),
      minimum: (a, b) => (a <= b ? a : b),
    };
    for (const op of Object.keys(ref) as (keyof typeof ref)[]) {
      for (const n of [1, 3, 4, 7, 33, 1000]) {
        await t.step(`${op} n=${n}`, () => {
          const a = rand(n, rng) as Float32Array, b = rand(n, rng) as Float32Array;
          if (op === "pow") { for (let i = 0; i < n; i++) a[i] = Math.abs(a[i]); }
          if (n > 3) {
            a[1] = NaN;
            b[2] = NaN;
          }
          const out = new Float32Array(n);
          be.binary(op as "add", a, b, out);
          const want = new Float32Array(n);
          for (let i = 0; i < n; i++) want[i] = ref[op](a[i], b[i]);
          assert.deepEqual(out, want);
        });
      }
    }
  });

  Deno.test(`${be.name}: unary() kernels match float32 scalar arithmetic`, async (t) => {
    const rng = new Rng(5);
    const ref: Record<string, (x: number) => number> = {
      neg: (x) => -x,
      exp: Math.exp,
      log: Math.log,
      sqrt: Math.sqrt,
      abs: Math.abs,
      sign: (x) => (x > 0 ? 1 : x < 0 ? -1 : 0),
      square: (x) => x * x,
      recip: (x) => 1 / x,
    };
    for (const op of Object.keys(ref)) {
      for (const n of [1, 5, 8, 1001]) {
        await t.step(`${op} n=${n}`, () => {
          const x = rand(n, rng) as Float32Array;
          if (op === "log" || op === "sqrt") { for (let i = 0; i < n; i++) x[i] = Math.abs(x[i]); }
          if (n > 4) x[3] = 0;
          const out = new Float32Array(n);
          be.unary(op as "neg", x, out);
          const want = new Float32Array(n);
          for (let i = 0; i < n; i++) want[i] = ref[op](x[i]);
          assert.deepEqual(out, want);
        });
      }
    }
  });

  Deno.test(`${be.name}: relu's op kernels (or loops) match the relu definition`, async (t) => {
    const rng = new Rng(8);
    for (const n of [1, 6, 8, 1003]) {
      await t.step(`n=${n}`, () => {
        const x = rand(n, rng) as Float32Array, g = rand(n, rng) as Float32Array;
        if (n > 5) [x[1], x[2], x[3], x[4], x[5]] = [NaN, -0, 0, -Infinity, Infinity];
        const y = new Float32Array(n), dx = new Float32Array(n);
        runOp(be, "relu", [x], y);
        runOp(be, "reluBackward", [y, g], dx);
        const wantY = new Float32Array(n), wantDx = new Float32Array(n);
        for (let i = 0; i < n; i++) {
          wantY[i] = x[i] > 0 || Number.isNaN(x[i]) ? x[i] : 0;
          wantDx[i] = wantY[i] > 0 || Number.isNaN(wantY[i]) ? g[i] : 0;
        }
        assert.deepEqual(y, wantY);
        assert.deepEqual(dx, wantDx);
      });
    }
  });

  Deno.test(`${be.name}: sumAxis() and maxAxis() reduce the middle axis`, () => {
    const rng = new Rng(6);
    const [outer, len, inner] = [3, 5, 7];
    const x = rand(outer * len * inner, rng);
    const sum = new Float32Array(outer * inner);
    const max = new Float32Array(outer * inner);
    const arg = new Int32Array(outer * inner);
    be.sumAxis(x, sum, outer, len, inner);
    be.maxAxis(x, max, arg, outer, len, inner);
    for (let o = 0; o < outer; o++) {
      for (let i = 0; i < inner; i++) {
        let s = 0, best = -Infinity, bi = -1;
        for (let l = 0; l < len; l++) {
          const v = x[(o * len + l) * inner + i];
          s += v;
          if (v > best) [best, bi] = [v, l];
        }
        assert.ok(Math.abs(sum[o * inner + i] - s) < 1e-5);
        assert.equal(max[o * inner + i], Math.fround(best));
        assert.equal(arg[o * inner + i], bi);
      }
    }
  });
}

Deno.test("wasm and js backends give the same matmul within float32 rounding", () => {
  const rng = new Rng(7);
  const [m, k, n] = [37, 129, 45];
  const a = rand(m * k, rng), b = rand(k * n, rng);
  const outs = backends.map((be) => {
    const o = new Float32Array(m * n);
    be.matmul(a, b, o, m, k, n, { transB: false });
    return o;
  });
  for (const o of outs.slice(1)) close(o, outs[0], 1e-5 * Math.sqrt(k), "cross-backend");
});

/** Every activation kernel with parameters to try; backward kernels read [saved, g]. */
const ACTIVATION_CASES: [string, number[]][] = [
  ["relu", []],
  ["reluBackward", []],
  ["leakyRelu", [0.01]],
  ["leakyReluBackward", [0.2]],
  ["relu6", []],
  ["relu6Backward", []],
  ["hardTanh", [-1, 2]],
  ["hardTanhBackward", [-1, 2]],
  ["hardSigmoid", []],
  ["hardSigmoidBackward", []],
  ["hardSwish", []],
  ["hardSwishBackward", []],
  ["elu", [1]],
  ["elu", [0.3]],
  ["eluBackward", [1.5]],
  ["selu", []],
  ["seluBackward", []],
  ["celu", [2]],
  ["celuBackward", [2]],
  ["sigmoid", []],
  ["sigmoidBackward", []],
  ["tanh", []],
  ["tanhBackward", []],
  ["silu", []],
  ["siluBackward", []],
  ["swish", [1.7]],
  ["swishBackward", [-0.5]],
  ["softplus", [1, 20]],
  ["softplus", [2, 5]],
  ["softplusBackward", [1, 20]],
  ["gelu", []],
  ["geluBackward", []],
  ["geluTanh", []],
  ["geluTanhBackward", []],
  ["mish", []],
  ["mishBackward", []],
];

/** Inputs over several scales, with the special values first. */
function activationInputs(n: number, rng: Rng): Float32Array {
  const x = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const u = rng.uniform() * 2 - 1;
    x[i] = u * [12, 1e-3, 120, 3][i % 4];
  }
  const special = [
    NaN,
    0,
    -0,
    Infinity,
    -Infinity,
    1e4,
    -1e4,
    89,
    -89,
    88,
    -88,
    1e-30,
    -3,
    3,
    6,
    20,
  ];
  special.slice(0, n).forEach((v, i) => (x[i] = v));
  return x;
}

for (const be of backends) {
  Deno.test(`${be.name}: every activation op matches its float64 reference loop`, async (t) => {
    const rng = new Rng(9);
    for (const [kernel, params] of ACTIVATION_CASES) {
      await t.step(`${kernel} ${JSON.stringify(params)}`, () => {
        for (const n of [3, 16, 4099]) {
          const x = activationInputs(n, rng);
          const g = new Float32Array(n).map(() => rng.uniform() * 2 - 1);
          const inputs = kernel.endsWith("Backward") ? [x, g] : [x];
          const got = new Float32Array(n);
          runOp(be, kernel, inputs, got, params);
          const want = new Float64Array(n);
          const inputs64 = inputs.map((a) => Float64Array.from(a));
          REFERENCE[kernel](inputs64, [want], params);
          for (let i = 0; i < n; i++) {
            const a = got[i], b = want[i];
            const ok = Number.isNaN(b)
              ? Number.isNaN(a)
              : a === b || Math.abs(a - b) <= 1e-6 + 1e-6 * Math.abs(b);
            if (!ok) {
              assert.fail(
                `${kernel}(${inputs.map((v) => v[i]).join(", ")}) = ${a}, float64 reference ${b}`,
              );
            }
          }
        }
      });
    }
  });
}

/** Slope rows of length f with special values (NaN, ±0, ±Inf, negative slopes) mixed in. */
function slopeRow(f: number, rng: Rng): Float32Array {
  const row = new Float32Array(f).map(() => rng.uniform() * 2 - 0.5);
  const special = [0.25, -0, NaN, Infinity, -Infinity, -2, 0];
  for (let i = 0; i < special.length && 3 * i < f; i++) row[3 * i] = special[i];
  return row;
}

/** Same bits, or both NaN (a NaN's payload is the engine's). */
function sameActivationBits(got: Float32Array, want: Float32Array, what: string): void {
  assert.equal(got.length, want.length, `${what}: length`);
  const g = new Uint32Array(got.buffer, got.byteOffset, got.length);
  const w = new Uint32Array(want.buffer, want.byteOffset, want.length);
  for (let i = 0; i < g.length; i++) {
    if (g[i] !== w[i] && !(Number.isNaN(got[i]) && Number.isNaN(want[i]))) {
      assert.fail(`${what}: element ${i} is ${got[i]}, the js kernel gives ${want[i]}`);
    }
  }
}

for (const be of backends) {
  Deno.test(`${be.name}: prelu kernels read the slope row periodically, as the js kernel`, async (t) => {
    const rng = new Rng(10);
    // [f, n]: n a multiple of f, mostly not of 4; some longer than the 16384-element chunks
    const cases: [number, number][] = [
      [1, 1],
      [1, 4099],
      [3, 4101],
      [7, 4137],
      [7, 17507],
      [64, 64 * 67],
      [1000, 1000],
      [1000, 17000],
      [5000, 20000],
    ];
    for (const [f, n] of cases) {
      await t.step(`f=${f} n=${n}`, () => {
        const x = activationInputs(n, rng), g = activationInputs(n, rng).reverse();
        const row = slopeRow(f, rng);
        // the row's special slopes meet the special inputs too
        for (let i = 0; i < 16 && i < n; i++) x[(i * f + (i % f)) % n] = [NaN, -0, 0, -1, 2][i % 5];
        for (
          const [kernel, inputs] of [["prelu", [x, row]], ["preluBackward", [x, g, row]]] as [
            string,
            Float32Array[],
          ][]
        ) {
          const got = new Float32Array(n), want = new Float32Array(n);
          runOp(be, kernel, inputs, got);
          REFERENCE[kernel](inputs, [want], []);
          sameActivationBits(got, want, `${kernel} f=${f} n=${n}`);
          // the definition, element by element
          for (let i = 0; i < n; i++) {
            const v = inputs.length === 2 ? x[i] : g[i];
            const def = Math.fround(x[i] > 0 ? v : row[i % f] * v);
            if (!Object.is(want[i], def) && !(Number.isNaN(def) && Number.isNaN(want[i]))) {
              assert.fail(`${kernel}: element ${i} is ${want[i]}, expected ${def}`);
            }
          }
        }
      });
    }
    await t.step("float64 stays float64", () => {
      const x = Float64Array.from([-1e-300, 2, -3, 4, -5, 6]), row = Float64Array.from([0.1, 0.2]);
      const out = new Float64Array(6);
      runOp(be, "prelu", [x, row], out);
      assert.deepEqual(Array.from(out), [0.1 * -1e-300, 2, 0.1 * -3, 4, 0.1 * -5, 6]);
    });
  });
}

for (const be of backends.filter((b) => b.name !== "js")) {
  Deno.test(`${be.name}: kernel(name) serves every activation op, from its SIMD exports`, () => {
    const names = Object.keys(REFERENCE).sort();
    assert.deepEqual([...WASM_ACTIVATION_KERNELS].sort(), names);
    // every entry of the table has its export in the module (relu's are hand-written there)
    assert.deepEqual([...WASM_ACTIVATIONS, "relu", "reluBackward"].sort(), names);
    for (const name of names) assert.equal(typeof be.kernel?.(name), "function", name);
    assert.equal(be.kernel?.("no.such.op"), undefined);
    // declined: float64, and leakyReluBackward with a negative slope (its export reads y's sign)
    const x64 = new Float64Array(8), y64 = new Float64Array(8);
    assert.equal(be.kernel!("relu")!([x64], [y64], []), false);
    const x = new Float32Array(8), g = new Float32Array(8), out = new Float32Array(8);
    assert.equal(be.kernel!("leakyReluBackward")!([x, g], [out], [-0.5]), false);
    assert.notEqual(be.kernel!("leakyReluBackward")!([x, g], [out], [0.5]), false);
  });
}

Deno.test({
  name:
    "wasm: sumAxis() gives the js kernel's bits on every path (column widths, row chunks, storage)",
  ignore: !wasmSimdSupported(),
  async fn(t) {
    const wasm = defaultRegistry.create("backend", "wasm");
    const rng = new Rng(23);
    const special = [NaN, -0, 0, Infinity, -Infinity, 3e38, -3e38, 1e-38, 16777216, 1];
    // inner: 16-wide, 4-wide and single columns; len·inner past the arena's chunk (16384)
    const shapes: [number, number, number][] = [
      [1, 128, 256],
      [3, 7, 37],
      [2, 300, 1],
      [1, 2000, 17],
      [2, 40, 1000],
      [1, 3, 20000],
    ];
    for (const [outer, len, inner] of shapes) {
      for (const inStorage of [false, true]) {
        await t.step(`${outer}×${len}×${inner}${inStorage ? ", in storage" : ""}`, () => {
          const n = outer * len * inner;
          const x = (inStorage ? wasm.allocate!(n) : null) ?? new Float32Array(n);
          for (let i = 0; i < n; i++) {
            x[i] = i % 97 === 5 ? special[(i / 97 | 0) % special.length] : rng.normal() * 1e3;
          }
          const want = new Float32Array(outer * inner);
          jsBackend.sumAxis(x, want, outer, len, inner);
          const got = (inStorage ? wasm.allocate!(outer * inner) : null) ??
            new Float32Array(outer * inner);
          got.fill(7);
          const before = x.slice();
          wasm.sumAxis(x, got, outer, len, inner);
          for (let i = 0; i < want.length; i++) {
            if (!Object.is(got[i], want[i])) {
              assert.fail(`element ${i}: ${got[i]}, the js kernel gives ${want[i]}`);
            }
          }
          assert.deepEqual(x, before, "x is left as it was");
          if (inStorage) wasm.free!(x), wasm.free!(got);
        });
      }
    }
  },
});
