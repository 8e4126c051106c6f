import assert from "node:assert/strict";
import { WASM_RELAXED, WASM_SIMD } from "../../plugins/backends/_wasm_bytes.ts";
import {
  chosenGemmKernel,
  decode,
  SPLAT_SKIP_WORK,
  splatChoice,
  WasmKernels,
} from "../../plugins/backends/_wasm_kernels.ts";

type Gemm = {
  memory: WebAssembly.Memory;
  gemm(...args: number[]): void;
  packA(a: number, rs: number, ps: number, dst: number, m: number, k: number): void;
  packB(b: number, dst: number, k: number, n: number, trans: number, ld: number): void;
};

// [m, k, n]: tails of the 4-row slivers, the 8-column panels and the k loop's 4-step unroll
const SHAPES: [number, number, number][] = [[1, 1, 1], [3, 5, 7], [4, 8, 8], [9, 13, 17], [
  17,
  4,
  33,
], [33, 67, 19]];

for (const [variant, b64] of [["relaxed", WASM_RELAXED], ["simd", WASM_SIMD]] as const) {
  const bytes = decode(b64);
  Deno.test({
    name: `wasm ${variant}: gemm's two micro-kernels give the same bits, and the product`,
    ignore: !WebAssembly.validate(bytes),
    fn: async (t) => {
      const ex = new WebAssembly.Instance(new WebAssembly.Module(bytes), {})
        .exports as unknown as Gemm;
      ex.memory.grow(4);
      let seed = 3;
      const rand = () => {
        seed = (seed * 1103515245 + 12345) >>> 0;
        return seed / 2 ** 31 - 1;
      };
      for (const [m, k, n] of SHAPES) {
        for (const transA of [false, true]) {
          for (const bIn of ["packed", "packedT", "in place"] as const) {
            for (const flags of [0, 1, 2, 4, 3, 5]) {
              await t.step(`${m}x${k}x${n} transA=${transA} B ${bIn} flags=${flags}`, () => {
                const f = new Float32Array(ex.memory.buffer);
                const A = 0, B = 16384, P = 32768, Q = 49152, BIAS = 65536, C = 69632;
                const a = Float32Array.from({ length: m * k }, rand);
                const b = Float32Array.from({ length: k * n }, rand);
                const c0 = Float32Array.from({ length: m * n }, rand);
                const bias = Float32Array.from({ length: Math.max(m, n) }, rand);
                f.set(a, A / 4);
                f.set(b, B / 4);
                f.set(bias, BIAS / 4);
                // A stored as itself or its transpose; B as [k, n], or its transpose [n, k]
                const at = (i: number, p: number) => transA ? a[p * m + i] : a[i * k + p];
                const bt = (p: number, j: number) =>
                  bIn === "packedT" ? b[j * k + p] : b[p * n + j];
                ex.packA(A, transA ? 4 : 4 * k, transA ? 4 * m : 4, Q, m, k);
                if (bIn !== "in place") ex.packB(B, P, k, n, bIn === "packedT" ? 1 : 0, 0);
                const run = (splat: number) => {
                  f.set(c0, C / 4);
                  const bp = bIn === "in place" ? B : P, bs = bIn === "in place" ? 4 * n : 0;
                  ex.gemm(Q, bp, C, m, k, n, flags, BIAS, n, bs, splat);
                  return f.slice(C / 4, C / 4 + m * n);
                };
                const shuffle = run(0), splat = run(1);
                assert.deepEqual(new Int32Array(splat.buffer), new Int32Array(shuffle.buffer));
                for (let i = 0; i < m; i++) {
                  for (let j = 0; j < n; j++) {
                    let s = 0;
                    for (let p = 0; p < k; p++) s += at(i, p) * bt(p, j);
                    if (flags & 1) s += c0[i * n + j];
                    if (flags & 2) s += bias[j];
                    if (flags & 4) s += bias[i];
                    const got = shuffle[i * n + j];
                    assert.ok(Math.abs(got - s) <= 1e-5 * (1 + k), `(${i}, ${j}): ${got} vs ${s}`);
                  }
                }
              });
            }
          }
        }
      }
    },
  });
}

for (const [variant, b64] of [["relaxed", WASM_RELAXED], ["simd", WASM_SIMD]] as const) {
  const bytes = decode(b64);
  Deno.test({
    name: `wasm ${variant}: packB of a block of columns equals those panels of the whole`,
    ignore: !WebAssembly.validate(bytes),
    fn: async (t) => {
      const ex = new WebAssembly.Instance(new WebAssembly.Module(bytes), {})
        .exports as unknown as Gemm;
      // [k, n, first column, columns]: whole panels, a partial last panel, one column
      for (
        const [k, n, j0, cols] of [[5, 40, 8, 16], [7, 27, 16, 11], [3, 33, 32, 1], [4, 9, 0, 9]]
      ) {
        for (const trans of [0, 1]) {
          await t.step(`k=${k} n=${n} columns ${j0}..${j0 + cols} trans=${trans}`, () => {
            ex.memory.grow(1);
            const f = new Float32Array(ex.memory.buffer);
            const B = 0, WHOLE = 4096, PART = 8192;
            for (let i = 0; i < k * n; i++) f[i] = i + 1;
            const nPad = Math.ceil(n / 8) * 8;
            f.fill(-1, WHOLE / 4, WHOLE / 4 + k * nPad);
            ex.packB(B, WHOLE, k, n, trans, 0);
            f.fill(-2, PART / 4, PART / 4 + k * Math.ceil(cols / 8) * 8);
            // the block: from column j0 of B (rows n apart), or row j0 of Bᵀ (rows k apart)
            ex.packB(trans ? B + j0 * k * 4 : B + j0 * 4, PART, k, cols, trans, n);
            const len = k * Math.ceil(cols / 8) * 8;
            assert.deepEqual(
              f.slice(PART / 4, PART / 4 + len),
              f.slice(WHOLE / 4 + j0 * k, WHOLE / 4 + j0 * k + len).map((v, i) =>
                // past the block's last column its last panel is zero padded
                8 * Math.floor(i / (8 * k)) + (i % 8) >= cols ? 0 : v
              ),
            );
          });
        }
      }
    },
  });
}

Deno.test("wasm: the first large matmuls choose a gemm micro-kernel, kept for the process", () => {
  const kernels = new WasmKernels({ relaxed: true, minMatmulWork: 512, minElementwise: 256 });
  const n = 256, a = new Float32Array(n * n).fill(0.5), out = new Float32Array(n * n);
  // the instance's first SPLAT_SKIP_WORK multiply-adds warm both kernels up, then they are timed
  const calls = Math.ceil(SPLAT_SKIP_WORK / n ** 3) + 1;
  for (let i = 0; i < calls && !chosenGemmKernel(kernels.relaxed); i++) {
    kernels.gemm(a, a, out, n, n, n, false, false, false, null);
  }
  assert.ok(["shuffle", "splat"].includes(chosenGemmKernel(kernels.relaxed)!));
  assert.equal(out[0], 64);
});

Deno.test("wasm: the micro-kernel choice takes the median of back-to-back ratios", () => {
  // [shuffle, splat] ms: splat 10% faster in each pair, the host's speed changing between pairs
  const pairs: [number, number][] = [[1, 0.9], [2, 1.8], [0.5, 0.45], [1.5, 1.35], [1, 0.9]];
  assert.equal(splatChoice(pairs), 1);
  // the sums would say otherwise: one pair in a slow spell for the splat kernel alone
  const spell: [number, number][] = [...pairs, [1, 9]];
  assert.ok(spell.reduce((t, p) => t + p[1], 0) > spell.reduce((t, p) => t + p[0], 0));
  assert.equal(splatChoice(spell), 1);
  assert.equal(splatChoice(pairs.map(([a, b]) => [b, a])), 0);
});
