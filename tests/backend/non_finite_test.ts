import assert from "node:assert/strict";
import { eachWasmModule } from "./_bits.ts";
import { defaultRegistry, findKernel, setBackend } from "../../mod.ts";
import { firstNonFiniteParameter } from "../../train/_numeric.ts";
import { Tensor } from "../../core/tensor.ts";

// The "nonFinite" op: the trainer asks it of every gradient and parameter after
// each step; the wasm backend serves float32 blocks of its storage with a SIMD
// loop (eight lanes, then a scalar tail), the js loop does the rest.

const BAD = [NaN, Infinity, -Infinity];
// finite extremes: largest float32, smallest subnormal, -0, and ones near overflow
const EDGE = [3.4028234663852886e38, -3.4028234663852886e38, 1.401298464324817e-45, -0, 1e38];

Deno.test("wasm nonFinite export: every length to 40, a bad value at every position", async (t) => {
  await eachWasmModule(t, (ex, f) => {
    const nonFinite = ex.nonFinite as (p: number, n: number) => number;
    for (const at of [0, 3]) {
      for (let n = 0; n <= 40; n++) {
        f.fill(0, 0, 64);
        for (let i = 0; i < n; i++) f[at + i] = EDGE[i % EDGE.length] * (i % 3 === 0 ? 1 : 0.5);
        // a bad value just outside the range is not read
        f[at + n] = NaN;
        if (at > 0) f[at - 1] = Infinity;
        assert.equal(nonFinite(4 * at, n), 0, `finite, at ${at}, n ${n}`);
        for (let i = 0; i < n; i++) {
          for (const bad of BAD) {
            const keep = f[at + i];
            f[at + i] = bad;
            assert.equal(nonFinite(4 * at, n), 1, `${bad} at ${i} of ${n} (from ${at})`);
            f[at + i] = keep;
          }
        }
      }
    }
    // a NaN with a payload and the sign bit set
    new Int32Array(f.buffer)[5] = 0xffc00001 | 0;
    assert.equal(nonFinite(0, 8), 1);
  });
});

Deno.test("nonFinite kernel: storage blocks on the wasm backend, anything else declined", () => {
  const be = defaultRegistry.create("backend", "wasm");
  const k = findKernel("nonFinite", be);
  assert.ok(k, "the wasm backend has a nonFinite kernel");
  const flag = new Float32Array(1);
  const block = be.allocate?.(1003) ?? null;
  if (block !== null) {
    block.fill(1.5);
    assert.notEqual(k([block], [flag], []), false);
    assert.equal(flag[0], 0);
    block[1002] = -Infinity;
    assert.notEqual(k([block], [flag], []), false);
    assert.equal(flag[0], 1);
    be.free?.(block);
  }
  assert.equal(k([new Float32Array(8)], [flag], []), false, "plain arrays are declined");
  assert.equal(k([new Float64Array(8)], [flag], []), false, "float64 is declined");
});

Deno.test("firstNonFiniteParameter: the same answer on storage blocks and plain arrays", () => {
  const be = defaultRegistry.create("backend", "wasm");
  const prev = setBackend(be);
  try {
    for (const n of [1, 7, 8, 9, 1000]) {
      const block = be.allocate?.(n) ?? new Float32Array(n);
      const plain = new Float32Array(n);
      for (const bad of [null, ...BAD]) {
        for (const at of bad === null ? [0] : [0, n >> 1, n - 1]) {
          for (let i = 0; i < n; i++) block[i] = plain[i] = i * 0.25 - 1;
          if (bad !== null) block[at] = plain[at] = bad;
          const got = firstNonFiniteParameter([["p", new Tensor(block, [n])]], "value");
          const want = firstNonFiniteParameter([["p", new Tensor(plain, [n])]], "value");
          assert.deepEqual(got, want, `n ${n}, ${bad} at ${at}`);
          if (bad === null) assert.equal(got, null);
          else assert.deepEqual(got, { name: "p", index: at, value: bad });
        }
      }
      be.free?.(block);
    }
  } finally {
    setBackend(prev);
  }
});
