// The "sumSquares" op (gradient norms: gradNormMonitor, clipping transforms):
// the wasm backend's f64x2 kernel on float32 storage blocks gives the js loop's
// bits (four interleaved float64 partial sums, the tail into the first), on every
// length and special values; it declines plain and float64 arrays.
import assert from "node:assert/strict";
import { sumSquares } from "../../plugins/_sum.ts";
import { type Backend, defaultRegistry, jsBackend, Rng, setBackend } from "../../mod.ts";

const wasm: Backend = defaultRegistry.create("backend", "wasm");
const hasStorage = wasm.allocate?.(1) != null;

/** Values with specials: ±0, subnormals, large and ordinary numbers. */
function values(n: number, rng: Rng): Float32Array {
  const x = new Float32Array(n);
  for (let i = 0; i < n; i++) x[i] = (rng.uniform() * 2 - 1) * (i % 7 === 0 ? 1e3 : 1);
  const special = [0, -0, 1e-40, -1e-40, 3e19, -7e-46, 1e-20];
  for (let i = 0; i < special.length && 3 * i + 1 < n; i++) x[3 * i + 1] = special[i];
  return x;
}

function on<T>(be: Backend, f: () => T): T {
  const prev = setBackend(be);
  try {
    return f();
  } finally {
    setBackend(prev);
  }
}

Deno.test({
  name: "sumSquares: a wasm storage block gives the js loop's float64 bits",
  ignore: !hasStorage,
  fn: () => {
    const k = wasm.kernel!("sumSquares")!;
    const out = new Float64Array(1);
    for (const n of [...Array.from({ length: 41 }, (_, i) => i), 1000, 100_003]) {
      const x = values(n, new Rng(n));
      const block = wasm.allocate!(Math.max(n, 1))!.subarray(0, n);
      block.set(x);
      const want = on(jsBackend, () => sumSquares(x));
      assert.notEqual(k([block], [out], []), false, `the kernel declined n=${n}`);
      assert.ok(Object.is(out[0], want), `n=${n}: kernel ${out[0]}, js loop ${want}`);
      assert.ok(Object.is(on(wasm, () => sumSquares(block)), want), `n=${n} through sumSquares`);
      wasm.free!(new Float32Array(block.buffer, block.byteOffset, Math.max(n, 1)));
    }
    // special sums: infinity and NaN propagate
    const b = wasm.allocate!(9)!;
    b.fill(1);
    b[8] = Infinity;
    assert.equal(on(wasm, () => sumSquares(b)), Infinity);
    b[2] = NaN;
    assert.ok(Number.isNaN(on(wasm, () => sumSquares(b))));
    wasm.free!(b);
  },
});

Deno.test({
  name: "sumSquares kernel: declines plain and float64 arrays (the js loop runs them)",
  ignore: !hasStorage,
  fn: () => {
    const k = wasm.kernel!("sumSquares")!;
    const out = new Float64Array(1);
    assert.equal(k([new Float32Array([1, 2])], [out], []), false);
    assert.equal(k([new Float64Array([1, 2])], [out], []), false);
    assert.equal(on(wasm, () => sumSquares(new Float32Array([1, 2, 3]))), 14);
    assert.equal(on(wasm, () => sumSquares(new Float64Array([1, 2, 3]))), 14);
  },
});
