import assert from "node:assert/strict";
import { eachWasmModule } from "./_bits.ts";
import { defaultRegistry, setBackend, StepArena, tensor } from "../../mod.ts";
import { copyData, zeroData } from "../../core/backend.ts";

// The "zero" op: core's arena clears the outputs it lends with it; the wasm
// backend serves blocks of its shared storage memory with a memory.fill. The
// "copy" op: autograd copies a gradient into its buffer with it; the wasm
// backend serves two blocks of its storage with a memory.copy.

Deno.test("wasm zero export: clears exactly n floats from the offset", async (t) => {
  await eachWasmModule(t, (ex, f) => {
    for (const [at, n] of [[10, 5], [3, 0], [0, 1], [17, 64]]) {
      f.fill(7, 0, 200);
      (ex.zero as (p: number, n: number) => void)(4 * at, n);
      for (let i = 0; i < 200; i++) {
        assert.equal(f[i], i >= at && i < at + n ? 0 : 7, `zero(${at}, ${n}): element ${i}`);
      }
    }
  });
});

Deno.test("zeroData: a wasm storage block and a plain array come out all zeros", () => {
  const be = defaultRegistry.create("backend", "wasm");
  const prev = setBackend(be);
  try {
    const block = be.allocate?.(1000) ?? null;
    const targets = [new Float32Array(1000), new Float64Array(10), ...(block ? [block] : [])];
    for (const d of targets) {
      d.fill(3);
      zeroData(d);
      assert.ok(d.every((v) => Object.is(v, 0)), `${d.constructor.name}(${d.length}) zeroed`);
    }
    if (block) be.free?.(block);
    // the arena's zero-filled outputs (matmul accumulations) read back exact sums, run after run
    const arena = new StepArena();
    const a = tensor([[1, 2], [3, 4]]);
    for (let r = 0; r < 3; r++) {
      assert.deepEqual(arena.run(() => a.matmul(a).sum().item()), 54);
    }
    arena.dispose();
  } finally {
    setBackend(prev);
  }
});

Deno.test("wasm copy export: copies exactly n floats, overlapping ranges as memmove", async (t) => {
  await eachWasmModule(t, (ex, f) => {
    const copy = ex.copy as (src: number, dst: number, n: number) => void;
    for (const [from, to, n] of [[0, 100, 5], [10, 12, 20], [12, 10, 20], [3, 50, 0]]) {
      for (let i = 0; i < 200; i++) f[i] = i + 0.5;
      const want = Float32Array.from(f.subarray(0, 200));
      want.copyWithin(to, from, from + n);
      copy(4 * from, 4 * to, n);
      assert.deepEqual(f.subarray(0, 200), want, `copy(${from} -> ${to}, ${n})`);
    }
  });
});

Deno.test("copyData: wasm storage blocks and plain arrays get the source's bits", () => {
  const be = defaultRegistry.create("backend", "wasm");
  const prev = setBackend(be);
  try {
    const n = 1000;
    const src = new Float32Array(n).map((_, i) => Math.sin(i) * 1e3);
    src[3] = NaN;
    src[4] = -0;
    const blocks = [be.allocate?.(n) ?? null, be.allocate?.(n) ?? null];
    const pairs: [Float32Array, Float32Array][] = [[src, new Float32Array(n)]];
    if (blocks[0] && blocks[1]) {
      blocks[0].set(src);
      pairs.push([blocks[0], blocks[1]], [src, blocks[1]], [blocks[0], new Float32Array(n)]);
    }
    for (const [from, to] of pairs) {
      to.fill(7);
      copyData(from, to);
      assert.deepEqual(
        new Uint32Array(to.buffer, to.byteOffset, n),
        new Uint32Array(src.buffer, src.byteOffset, n),
      );
    }
    for (const b of blocks) if (b) be.free?.(b);
  } finally {
    setBackend(prev);
  }
});
