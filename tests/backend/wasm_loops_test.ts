import assert from "node:assert/strict";
import { WASM_RELAXED, WASM_SIMD } from "../../plugins/backends/_wasm_bytes.ts";

// The element-wise kernels run several vectors per iteration, then single
// vectors, then single lanes. Whatever path an element takes, and whether the
// output overwrites an input, its result must be the same bits.

function decode(b64: string): Uint8Array<ArrayBuffer> {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

type Kernel = (...args: number[]) => void;

const SPECIAL = [NaN, 0, -0, Infinity, -Infinity, 1e4, -1e4, 89, -89, 1e-30, -3, 3, 6, 20];

function same(got: number, want: number): boolean {
  return Number.isNaN(want) ? Number.isNaN(got) : Object.is(got, want);
}

for (const [variant, b64] of [["relaxed", WASM_RELAXED], ["simd", WASM_SIMD]] as const) {
  const bytes = decode(b64);
  Deno.test({
    name: `wasm ${variant}: every element-wise kernel gives the same bits on each loop path`,
    ignore: !WebAssembly.validate(bytes),
    fn: async (t) => {
      const ex = new WebAssembly.Instance(new WebAssembly.Module(bytes), {}).exports;
      const memory = ex.memory as WebAssembly.Memory;
      const f = new Float32Array(memory.buffer);
      const STRIDE = 256; // floats between the operands (a, b, c, out, single-element scratch)
      const [A, B, C, O, S] = [0, STRIDE, 2 * STRIDE, 3 * STRIDE, 4 * STRIDE];
      // (a, [b, [c,]] o, n): 3 to 5 parameters; activations add (p0, p1, p2). The
      // in-place adam update (five arrays) is checked against the js loop in update_test.ts.
      // not element-wise: the matmul and its packing, the in-place adam update, the convolution's
      // im2col/col2im, their stride-1 padded forms and the block copies between layouts
      // (checked against the js loops in tests/layers/conv_kernels_test.ts)
      const skip = new Set([
        "gemm",
        "packA",
        "packB",
        "adam",
        "im2col",
        "col2im",
        "pad",
        "im2colPadded",
        "col2imPadded",
        "unpad",
        "blocks",
        // memory.fill of a block (checked in zero_copy_test.ts)
        "zero",
        // a reduction over rows (checked against the js sumAxis in kernels_test.ts)
        "sumRows",
        // a yes/no answer over a block (checked in non_finite_test.ts)
        "nonFinite",
        // a float64 reduction over a block (checked against the js loop in sum_squares_test.ts)
        "sumSquares",
        // the in-place SGD step, f64x2 (checked against the sgd plugin's loop in sgd_kernel_test.ts)
        "sgd",
      ]);
      const kernels = Object.entries(ex).filter(([name, v]) =>
        typeof v === "function" && !skip.has(name)
      ) as [string, Kernel][];
      assert.ok(kernels.length > 40, `found ${kernels.length} element-wise kernels`);
      let seed = 7;
      const rand = () => {
        seed = (seed * 1103515245 + 12345) >>> 0;
        return seed / 2 ** 31 - 1;
      };
      for (const [name, kernel] of kernels) {
        const inputs = kernel.length === 8 ? 3 : kernel.length === 4 || kernel.length === 7 ? 2 : 1;
        await t.step(name, () => {
          const params = [0.3, 2, 1 / 0.3];
          const call = (a: number, b: number, c: number, o: number, n: number) =>
            inputs === 3
              ? kernel(4 * a, 4 * b, 4 * c, 4 * o, n, ...params)
              : inputs === 2
              ? kernel(4 * a, 4 * b, 4 * o, n, ...params)
              : kernel(4 * a, 4 * o, n, ...params);
          for (let n = 0; n <= 45; n++) {
            const x = Float32Array.from(
              { length: n },
              (_, i) =>
                i < SPECIAL.length && n % 2 ? SPECIAL[i] : rand() * [12, 1e-3, 120, 3][i % 4],
            );
            const y = Float32Array.from({ length: n }, () => rand() * 2);
            const z = Float32Array.from({ length: n }, () => rand() * 2 - 1);
            // each element alone (the lane-at-a-time tail)
            const want = new Float32Array(n);
            for (let i = 0; i < n; i++) {
              f[S] = x[i];
              f[S + 1] = y[i];
              f[S + 2] = z[i];
              call(S, S + 1, S + 2, S + 3, 1);
              want[i] = f[S + 3];
            }
            const load = () => {
              f.set(x, A);
              f.set(y, B);
              f.set(z, C);
            };
            const check = (out: number, how: string) => {
              for (let i = 0; i < n; i++) {
                if (!same(f[out + i], want[i])) {
                  assert.fail(
                    `${name} n=${n} ${how}: element ${i} (x=${x[i]}, y=${y[i]}, z=${z[i]}) is ` +
                      `${f[out + i]}, alone ${want[i]}`,
                  );
                }
              }
            };
            load();
            f[O + n] = 12345; // past the end: must stay untouched
            call(A, B, C, O, n);
            check(O, "out of place");
            assert.equal(f[O + n], 12345, `${name} n=${n} wrote past the end`);
            load();
            call(A, B, C, A, n);
            check(A, "in place over a");
            if (inputs >= 2) {
              load();
              call(A, B, C, B, n);
              check(B, "in place over b");
            }
            if (inputs === 3) {
              load();
              call(A, B, C, C, n);
              check(C, "in place over c");
            }
          }
        });
      }
    },
  });
}
