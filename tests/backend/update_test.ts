// The adam plugin's "adam" op: the wasm backend's kernel("adam") (f32x4 SIMD
// over float32 arrays) gives the plugin's js reference loop's bits, on plain arrays (the chunked copy path) and on
// storage blocks (in place), with and without amsgrad, coupled and decoupled
// weight decay, over several steps; and the adam/adamw optimizers give the
// same parameters on the js and wasm backends.
import assert from "node:assert/strict";
import { firstDifference } from "./_bits.ts";
import { adamParams, type Case, CASES } from "./_adam_cases.ts";
import {
  adamReference,
  type Backend,
  type Data,
  defaultRegistry,
  findKernel,
  jsBackend,
  mlp,
  Optimizer,
  Rng,
  setBackend,
  softmaxCrossEntropy,
  tensor,
  wasmSimdSupported,
} from "../../mod.ts";

const wasm: Backend | null = wasmSimdSupported()
  ? defaultRegistry.create("backend", {
    name: "wasm",
    options: { minMatmulWork: 0, minElementwise: 0 },
  })
  : null;
const wasmPlain: Backend | null = wasmSimdSupported()
  ? defaultRegistry.create("backend", {
    name: "wasm",
    options: { relaxed: false, minMatmulWork: 0, minElementwise: 0 },
  })
  : null;

function assertSameBits(got: Float32Array, want: Float32Array, what: string): void {
  const i = firstDifference(got, want);
  assert.equal(i, -1, `${what}: element ${i} is ${got[i]}, the js kernel gives ${want[i]}`);
}

/** Values with specials: 0, −0, tiny (subnormal), large, ordinary. */
function values(n: number, rng: Rng, scale: number): Float32Array {
  const x = new Float32Array(n);
  for (let i = 0; i < n; i++) x[i] = (rng.uniform() * 2 - 1) * scale;
  const special = [0, -0, 1e-40, -1e-40, 1e-30, 3e4, -3e4, 1e-20, -0, 0];
  for (let i = 0; i < special.length && 3 * i + 1 < n; i++) x[3 * i + 1] = special[i];
  return x;
}

/** Adam state of n elements: p, m, v ≥ 0, vmax ≥ 0 (zeros, tiny and ordinary values). */
function state(n: number, rng: Rng): Float32Array[] {
  const p = values(n, rng, 1);
  const m = values(n, rng, 0.01);
  const v = new Float32Array(n), vm = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    v[i] = i % 5 === 0 ? 0 : i % 7 === 0 ? 1e-42 : rng.uniform() * 1e-4;
    vm[i] = i % 3 === 0 ? 0 : rng.uniform() * 1e-4;
  }
  return [p, m, v, vm];
}

/**
 * Run `steps` steps on `be` (arrays from `alloc`) and on the js kernel from
 * the same start, each step with fresh gradients, and compare all state bits.
 */
function compareSteps(
  be: Backend,
  c: Case,
  n: number,
  steps: number,
  alloc: (n: number) => Float32Array,
  seed: number,
): void {
  const rng = new Rng(seed);
  const start = state(n, rng);
  const got = start.map((a) => {
    const b = alloc(n);
    b.set(a);
    return b;
  });
  const want = start.map((a) => a.slice());
  const g = alloc(n);
  for (let s = 1; s <= steps; s++) {
    // gradients: small, large, 0, -0 and subnormal ones
    const gv = values(n, rng, s % 2 === 0 ? 1e-3 : 10);
    g.set(gv);
    const params = adamParams(c, s, s === 3 ? 1 : 1e-3);
    const inputs = (x: Float32Array[]): Data[] => [x[0], g, x[1], x[2], c.ams ? x[3] : x[2]];
    const outputs = (x: Float32Array[]): Data[] => [x[0], x[1], x[2], c.ams ? x[3] : x[2]];
    const ran = findKernel("adam", be)!(inputs(got), outputs(got), params);
    assert.notEqual(ran, false, `${be.name} declined a float32 adam update of ${n}`);
    adamReference(inputs(want), outputs(want), params);
    ["p", "m", "v", "vmax"].forEach((name, j) => {
      assertSameBits(got[j], want[j], `${c.name} n=${n} step ${s} ${name}`);
    });
  }
}

Deno.test("adamReference: adam on float32 is torch.optim.Adam's operations in float32", () => {
  // one element by hand: p=1, g=0.5, m=0.25, v=0.125, step 1, lr 0.1
  const c = CASES[0], params = adamParams(c, 1, 0.1);
  const [k, b1, b2, a1, a2, bc1, bc2Sqrt, eps] = params;
  const p = new Float32Array([1]), g = new Float32Array([0.5]);
  const m = new Float32Array([0.25]), v = new Float32Array([0.125]);
  adamReference([p, g, m, v, v], [p, m, v, v], params);
  const f = Math.fround;
  // exp_avg.mul_(beta1).add_(grad, alpha=1 - beta1); exp_avg_sq.mul_(beta2).addcmul_(grad, grad, value=1 - beta2)
  const mi = f(f(f(b1) * 0.25) + f(f(a1) * 0.5));
  const vi = f(f(f(b2) * 0.125) + f(f(f(a2) * 0.5) * 0.5));
  assert.equal(m[0], mi);
  assert.equal(v[0], vi);
  // denom = (exp_avg_sq.sqrt() / bias_correction2_sqrt).add_(eps)
  const den = f(f(f(Math.sqrt(vi)) / f(bc2Sqrt)) + f(eps));
  // param.addcdiv_(exp_avg, denom, value=-step_size)
  assert.equal(p[0], f(1 + f(f(f(k / bc1) * mi) / den)));
  // not the double-precision expression rounded once
  const once = f(1 + k * (mi / bc1) / (Math.sqrt(vi) / bc2Sqrt + eps));
  assert.ok(Math.abs(p[0] - once) <= 2 ** -22, `p = ${p[0]}, in doubles ${once}`);
});

Deno.test("jsBackend has no adam kernel: the adam plugin runs its own loop there", () => {
  assert.equal(findKernel("adam", jsBackend), undefined);
});

Deno.test({
  name: 'wasm kernel("adam"): bit-identical to the adam plugin\'s loop (plain arrays)',
  ignore: wasm === null,
  fn: async (t) => {
    for (const be of [wasm!, wasmPlain!]) {
      for (const c of CASES) {
        await t.step(`${be === wasm ? "relaxed" : "simd"}: ${c.name}`, () => {
          for (let n = 0; n <= 40; n++) compareSteps(be, c, n, 3, (k) => new Float32Array(k), n);
          compareSteps(be, c, 100_000, 4, (k) => new Float32Array(k), 7);
          // views at odd offsets of a larger buffer
          const big = new Float32Array(1000);
          let at = 1;
          compareSteps(be, c, 37, 3, (k) => {
            const view = big.subarray(at, at + k);
            at += k + 3;
            return view;
          }, 11);
        });
      }
    }
  },
});

Deno.test({
  name: 'wasm kernel("adam"): bit-identical to the adam plugin\'s loop (storage blocks, in place)',
  ignore: wasm === null || wasm.allocate!(1) === null,
  fn: async (t) => {
    const blocks: Float32Array[] = [];
    const alloc = (k: number) => {
      const b = wasm!.allocate!(k)!;
      blocks.push(b);
      return b;
    };
    for (const c of CASES) {
      await t.step(c.name, () => {
        for (const n of [0, 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 33, 40, 100_000]) {
          compareSteps(wasm!, c, n, 3, alloc, n + 1);
        }
      });
    }
    for (const b of blocks) wasm!.free!(b);
  },
});

Deno.test({
  name: 'wasm kernel("adam"): bit-identical with the moments in storage and p or g plain (copied)',
  ignore: wasm === null || wasm.allocate!(1) === null,
  fn: async (t) => {
    const blocks: Float32Array[] = [];
    // compareSteps allocates p, m, v, vmax, then g: `plain` says which of those are plain arrays
    const allocWith = (plain: ReadonlySet<number>) => {
      let call = 0;
      return (k: number) => {
        if (plain.has(call++ % 5)) return new Float32Array(k);
        const b = wasm!.allocate!(k)!;
        blocks.push(b);
        return b;
      };
    };
    for (const c of CASES) {
      await t.step(c.name, () => {
        for (const plain of [[0, 4], [0], [4]]) {
          for (const n of [1, 5, 16, 33, 100_000]) {
            compareSteps(wasm!, c, n, 3, allocWith(new Set(plain)), n + 2);
          }
        }
      });
    }
    for (const b of blocks) wasm!.free!(b);
  },
});

Deno.test({
  name: 'wasm kernel("adam"): declines float64, mixed, short and not-in-place arrays',
  ignore: wasm === null,
  fn: () => {
    const adam = wasm!.kernel!("adam")!, params = adamParams(CASES[0], 1);
    const d = new Float64Array(300);
    assert.equal(adam([d, d, d, d, d], [d, d, d, d], params), false);
    const f = new Float32Array(300), f2 = new Float32Array(300);
    assert.equal(adam([f, d, f, f, f], [f, f, f, f], params), false);
    assert.equal(adam([f, f, f, f, f], [f2, f, f, f], params), false, "out is not p");
    assert.equal(adam([f, f, f, f, f], [f, f, f, f], params.slice(1)), false, "10 params");
    const s = new Float32Array(8);
    const def = defaultRegistry.create("backend", "wasm").kernel!("adam")!;
    assert.equal(def([s, s, s, s, s], [s, s, s, s], params), false);
  },
});

/**
 * Train a small MLP 10 steps with `spec`: gradients always on the js backend
 * (so they depend only on the parameters), `opt.step()` on `be`. Returns the
 * parameters' data.
 */
function train(be: Backend, spec: string): Float32Array[] {
  const rng = new Rng(3);
  const model = mlp({ inputSize: 20, hidden: [300], outputSize: 5, activation: "relu", rng });
  const opt = new Optimizer(Object.fromEntries(model.namedParameters()), spec);
  const x = new Float32Array(16 * 20);
  for (let i = 0; i < x.length; i++) x[i] = rng.normal();
  const input = tensor(x, { shape: [16, 20] });
  const targets = Int32Array.from({ length: 16 }, (_, i) => i % 5);
  const prev = setBackend(jsBackend);
  try {
    for (let s = 0; s < 10; s++) {
      setBackend(jsBackend);
      opt.zeroGrad();
      softmaxCrossEntropy(model.call(input), targets).backward();
      setBackend(be);
      opt.step();
    }
  } finally {
    setBackend(prev);
  }
  return model.parameters().map((p) => p.data as Float32Array);
}

Deno.test({
  name: "adam/adamw optimizers: same parameters on the js and wasm backends",
  ignore: wasm === null,
  fn: async (t) => {
    const specs = [
      "adam:lr=0.01",
      "adam:lr=0.01,amsgrad=true,weightDecay=0.01",
      "adamw:lr=0.01",
      "adamw:lr=0.01,amsgrad=true",
    ];
    for (const spec of specs) {
      await t.step(spec, () => {
        const want = train(jsBackend, spec);
        for (const be of [wasm!, defaultRegistry.create("backend", "wasm")]) {
          const got = train(be, spec);
          assert.equal(got.length, want.length);
          got.forEach((g, j) => assertSameBits(g, want[j], `${spec} parameter ${j}`));
        }
      });
    }
  },
});
