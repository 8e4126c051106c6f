// The wasm backend's kernel-resident blocks (Backend.allocate/free): kernels on
// blocks read and write them in place, and must give the same bits as on plain
// Float32Arrays (the copy path); blocks never overlap, survive memory growth and
// are reused once freed.
import assert from "node:assert/strict";
import {
  type Backend,
  type BinaryOp,
  defaultRegistry,
  RectifyError,
  Rng,
  type UnaryOp,
  wasmSimdSupported,
} from "../../mod.ts";
import { runBackendKernel } from "./_activation_kernels.ts";
import { overlaps } from "../../plugins/backends/_wasm_kernels.ts";

function rand(n: number, rng: Rng, scale = 4): Float32Array {
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = (rng.uniform() * 2 - 1) * scale;
  return out;
}

/** A plain array with some special values mixed in. */
function data(n: number, rng: Rng, positive = false): Float32Array {
  const x = rand(n, rng);
  if (positive) { for (let i = 0; i < n; i++) x[i] = Math.abs(x[i]) + 0.01; }
  const special = [0, -0, NaN, Infinity, -Infinity, 1e-30, -100, 100];
  for (let i = 0; i < special.length && 7 * i < n; i++) x[7 * i] = special[i];
  return x;
}

function bits(x: Float32Array): Uint32Array {
  return new Uint32Array(x.buffer, x.byteOffset, x.length);
}

function assertSameBits(got: Float32Array, want: Float32Array, what: string): void {
  assert.equal(got.length, want.length, `${what}: length`);
  const g = bits(got), w = bits(want);
  for (let i = 0; i < g.length; i++) {
    if (g[i] !== w[i]) {
      assert.fail(`${what}: element ${i} differs: ${got[i]} (storage) vs ${want[i]} (plain)`);
    }
  }
}

function wasmBackend(options: Record<string, unknown> = {}): Backend {
  return defaultRegistry.create("backend", {
    name: "wasm",
    options: { minMatmulWork: 0, minElementwise: 0, ...options },
  });
}

/** A storage block holding a copy of `src`. */
function block(be: Backend, src: Float32Array): Float32Array {
  const b = be.allocate!(src.length);
  assert.ok(b !== null, `allocate(${src.length}) returned null`);
  b.set(src);
  return b;
}

const be: Backend | null = wasmSimdSupported() ? wasmBackend() : null;
const probe = be?.allocate?.(1) ?? null;
if (probe !== null) be!.free!(probe);
const ignore = probe === null;
if (ignore) console.log("wasm storage blocks unavailable here (no relaxed SIMD/shared memory)");

/** Every activation kernel the wasm backend runs, with parameters. */
const ACTIVATIONS: [string, number[]][] = [
  ["relu", []],
  ["leakyRelu", [0.1]],
  ["relu6", []],
  ["hardTanh", [-1, 1.5]],
  ["hardSigmoid", []],
  ["hardSwish", []],
  ["elu", [1.3]],
  ["celu", [0.7]],
  ["selu", []],
  ["sigmoid", []],
  ["tanh", []],
  ["silu", []],
  ["swish", [1.5]],
  ["softplus", [2, 20]],
  ["gelu", []],
  ["geluTanh", []],
  ["mish", []],
];

Deno.test({
  name: "wasm storage: activation kernels on blocks equal the copy path bit for bit",
  ignore,
  async fn(t) {
    const rng = new Rng(3);
    // odd length (scalar tail) and one longer than the copy path's 16384-element chunks
    for (const n of [1037, 40003]) {
      for (const [name, params] of ACTIVATIONS) {
        for (const kernel of [name, `${name}Backward`]) {
          const backward = kernel.endsWith("Backward");
          const inputs = backward ? [data(n, rng), data(n, rng)] : [data(n, rng)];
          const plain = new Float32Array(n);
          runBackendKernel(be!, kernel, inputs, plain, params);
          await t.step(`${kernel} n=${n}`, () => {
            const blocks = inputs.map((x) => block(be!, x));
            const out = be!.allocate!(n)!;
            runBackendKernel(be!, kernel, blocks, out, params);
            assertSameBits(out, plain, kernel);
            // in place: the output is the first input
            runBackendKernel(be!, kernel, blocks, blocks[0], params);
            assertSameBits(blocks[0], plain, `${kernel} in place`);
            for (const b of [...blocks, out]) be!.free!(b);
          });
        }
      }
    }
  },
});

Deno.test({
  name: "wasm storage: prelu kernels on blocks equal the copy path bit for bit",
  ignore,
  async fn(t) {
    const rng = new Rng(5);
    for (const [f, n] of [[1, 1037], [3, 4101], [7, 40005], [1000, 17000], [5000, 20000]]) {
      // a second row of the same length after the first: the cached pattern must follow it
      for (const round of [0, 1]) {
        const row = data(f, rng);
        for (const kernel of ["prelu", "preluBackward"]) {
          await t.step(`${kernel} f=${f} n=${n} row ${round}`, () => {
            const ins = kernel === "prelu" ? [data(n, rng)] : [data(n, rng), data(n, rng)];
            const plain = new Float32Array(n);
            runBackendKernel(be!, kernel, [...ins, row], plain);
            const blocks = ins.map((x) => block(be!, x));
            const out = be!.allocate!(n)!;
            runBackendKernel(be!, kernel, [...blocks, row], out);
            assertSameBits(out, plain, kernel);
            runBackendKernel(be!, kernel, [...blocks, row], blocks[0]);
            assertSameBits(blocks[0], plain, `${kernel} in place`);
            for (const b of [...blocks, out]) be!.free!(b);
          });
        }
      }
    }
  },
});

Deno.test({
  name: "wasm storage: binary and unary kernels on blocks equal the copy path bit for bit",
  ignore,
  async fn(t) {
    const rng = new Rng(4);
    const n = 20001;
    const binary: BinaryOp[] = ["add", "sub", "mul", "div", "pow", "maximum", "minimum"];
    for (const op of binary) {
      await t.step(op, () => {
        const a = data(n, rng, op === "pow"), b = data(n, rng);
        const plain = new Float32Array(n);
        be!.binary(op, a, b, plain);
        const [ba, bb, out] = [block(be!, a), block(be!, b), be!.allocate!(n)!];
        be!.binary(op, ba, bb, out);
        assertSameBits(out, plain, op);
        be!.binary(op, ba, bb, bb);
        assertSameBits(bb, plain, `${op} into b`);
        // mixed: one operand a plain array (the copy path from a block)
        const mixed = new Float32Array(n);
        be!.binary(op, ba, b, mixed);
        assertSameBits(mixed, plain, `${op} mixed`);
        for (const x of [ba, bb, out]) be!.free!(x);
      });
    }
    const unary: UnaryOp[] = ["neg", "exp", "log", "sqrt", "abs", "sign", "square", "recip"];
    for (const op of unary) {
      await t.step(op, () => {
        const x = data(n, rng);
        const plain = new Float32Array(n);
        be!.unary(op, x, plain);
        const [bx, out] = [block(be!, x), be!.allocate!(n)!];
        be!.unary(op, bx, out);
        assertSameBits(out, plain, op);
        be!.unary(op, bx, bx);
        assertSameBits(bx, plain, `${op} in place`);
        for (const b of [bx, out]) be!.free!(b);
      });
    }
  },
});

Deno.test({
  name: "wasm storage: matmul and linear on blocks equal the copy path bit for bit",
  ignore,
  async fn(t) {
    const rng = new Rng(5);
    for (const [m, k, n] of [[37, 29, 19], [64, 300, 70], [5, 3, 8]]) {
      for (const transA of [false, true]) {
        for (const transB of [false, true]) {
          for (const accumulate of [false, true]) {
            const opts = { transA, transB, accumulate };
            const a = rand(m * k, rng), b = rand(k * n, rng), c0 = rand(m * n, rng);
            const plain = c0.slice();
            be!.matmul(a, b, plain, m, k, n, opts);
            await t.step(`${m}x${k}x${n} ${JSON.stringify(opts)}`, () => {
              // every residency: A, B, C each a block or a plain array
              for (let mask = 1; mask < 8; mask++) {
                const ba = mask & 1 ? block(be!, a) : a.slice();
                const bb = mask & 2 ? block(be!, b) : b.slice();
                const out = mask & 4 ? block(be!, c0) : c0.slice();
                be!.matmul(ba, bb, out, m, k, n, opts);
                assertSameBits(out, plain, `residency mask ${mask}`);
                for (const [x, bit] of [[ba, 1], [bb, 2], [out, 4]] as const) {
                  if (mask & bit) be!.free!(x);
                }
              }
            });
          }
        }
      }
    }
    for (const [m, k, n] of [[33, 41, 27], [128, 78, 25]]) {
      for (const withBias of [false, true]) {
        await t.step(`linear ${m}x${k}x${n} bias=${withBias}`, () => {
          const x = rand(m * k, rng), w = rand(k * n, rng), bias = withBias ? rand(n, rng) : null;
          const plain = new Float32Array(m * n);
          be!.linear!(x, w, bias, plain, m, k, n);
          for (let mask = 1; mask < 16; mask++) {
            if (!withBias && mask & 8) continue;
            const bx = mask & 1 ? block(be!, x) : x;
            const bw = mask & 2 ? block(be!, w) : w;
            const out = mask & 4 ? be!.allocate!(m * n)! : new Float32Array(m * n);
            out.fill(7);
            const bb = bias && mask & 8 ? block(be!, bias) : bias;
            be!.linear!(bx, bw, bb, out, m, k, n);
            assertSameBits(out, plain, `residency mask ${mask}`);
            for (const [v, bit] of [[bx, 1], [bw, 2], [out, 4], [bb, 8]] as const) {
              if (mask & bit) be!.free!(v!);
            }
          }
        });
      }
    }
    // C aliasing A (in-place product of square matrices) must still read the old A
    await t.step("out aliasing A", () => {
      const s = 24, a = rand(s * s, rng), b = rand(s * s, rng);
      const plain = new Float32Array(s * s);
      be!.matmul(a, b, plain, s, s, s);
      const ba = block(be!, a);
      be!.matmul(ba, b, ba, s, s, s);
      assertSameBits(ba, plain, "in place");
      be!.free!(ba);
    });
  },
});

Deno.test({
  name: "wasm storage: blocks never overlap, survive growth and are reused once freed",
  ignore,
  async fn(t) {
    const own = wasmBackend();
    const rng = new Rng(6);
    await t.step("many blocks hold distinct patterns", () => {
      const blocks: Float32Array[] = [];
      for (let i = 0; i < 300; i++) {
        const b = own.allocate!(1 + rng.int(3000))!;
        assert.ok(b !== null);
        assert.equal(b.byteOffset % 64, 0, "64-byte aligned");
        b.fill(i);
        blocks.push(b);
      }
      // free every third, allocate more in the holes, then check everything
      for (let i = 0; i < blocks.length; i += 3) own.free!(blocks[i]);
      const live = blocks.filter((_, i) => i % 3 !== 0);
      for (let i = 0; i < 200; i++) {
        const b = own.allocate!(1 + rng.int(2000))!;
        b.fill(1000 + i);
        live.push(b);
      }
      live.sort((a, b) => a.byteOffset - b.byteOffset);
      for (let i = 1; i < live.length; i++) {
        const prev = live[i - 1];
        assert.ok(
          prev.byteOffset + prev.byteLength <= live[i].byteOffset,
          `blocks at ${prev.byteOffset} (+${prev.byteLength}) and ${live[i].byteOffset} overlap`,
        );
      }
      for (const b of live) {
        const v = b[0];
        for (let j = 0; j < b.length; j++) if (b[j] !== v) assert.fail(`block changed at ${j}`);
      }
      for (const b of live) own.free!(b);
    });
    await t.step("a block written before growth reads back after it", () => {
      const first = own.allocate!(1000)!;
      for (let i = 0; i < first.length; i++) first[i] = i * 0.5;
      const before = first.buffer.byteLength;
      const big: Float32Array[] = [];
      while (big.length < 20 && (big.at(-1)?.buffer.byteLength ?? 0) <= before) {
        big.push(own.allocate!(1 << 20)!);
      }
      assert.ok(big.at(-1)!.buffer.byteLength > before, "memory grew");
      big.at(-1)!.fill(-1);
      for (let i = 0; i < first.length; i++) assert.equal(first[i], i * 0.5);
      // kernels still read the old view in place after growth
      const out = own.allocate!(1000)!;
      runBackendKernel(own, "relu", [first], out);
      for (let i = 0; i < out.length; i++) assert.equal(out[i], i * 0.5);
      for (const b of [first, out, ...big]) own.free!(b);
    });
    await t.step("free + allocate reuses the space (coalesced)", () => {
      const a = own.allocate!(100)!, b = own.allocate!(100)!, c = own.allocate!(100)!;
      own.free!(b);
      const b2 = own.allocate!(100)!;
      assert.equal(b2.byteOffset, b.byteOffset);
      own.free!(a);
      own.free!(b2);
      // a and b merged: a block of both sizes fits where a was
      const ab = own.allocate!(200)!;
      assert.equal(ab.byteOffset, a.byteOffset);
      own.free!(ab);
      own.free!(c);
    });
    await t.step("free of something that is not a live block throws", () => {
      const a = own.allocate!(16)!;
      own.free!(a);
      assert.throws(() => own.free!(a), RectifyError);
      assert.throws(() => own.free!(new Float32Array(16)), RectifyError);
      assert.throws(() => own.allocate!(-1), RectifyError);
    });
    await t.step("allocate past the memory's maximum (1 GiB) returns null", () => {
      assert.equal(own.allocate!((1 << 28) + 16), null);
      const after = own.allocate!(16);
      assert.ok(after !== null, "still lends small blocks");
      own.free!(after);
    });
  },
});

Deno.test({
  name: "wasm storage: no blocks without relaxed SIMD (the kernels would differ)",
  ignore: !wasmSimdSupported(),
  fn() {
    assert.equal(wasmBackend({ relaxed: false }).allocate!(16), null);
  },
});

Deno.test("wasm: the aliasing check compares views of one memory only", () => {
  // views of different buffers never share bytes, whatever their offsets
  assert.equal(overlaps(new Float32Array(8), new Float32Array(8), null), false);
  const buf = new ArrayBuffer(64);
  const x = new Float32Array(buf, 0, 8), y = new Float32Array(buf, 16, 8);
  assert.equal(overlaps(x, y, null), true, "one buffer, intersecting");
  assert.equal(overlaps(x, new Float32Array(buf, 32, 8), null), false, "one buffer, disjoint");
  // the storage memory: a growth gives a new buffer over the same bytes
  const before = new SharedArrayBuffer(64), after = new SharedArrayBuffer(128);
  const storage = { has: (d: ArrayBufferView) => d.buffer === before || d.buffer === after };
  const old = new Float32Array(before, 0, 8), grown = new Float32Array(after, 16, 8);
  assert.equal(overlaps(old, grown, storage), true, "storage views across a growth");
  assert.equal(overlaps(old, new Float32Array(after, 32, 8), storage), false);
  assert.equal(overlaps(old, grown, null), false, "unrelated buffers without the storage");
});
