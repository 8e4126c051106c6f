import assert from "node:assert/strict";
import { adamReference, type Backend, defaultRegistry, Rng, wasmSimdSupported } from "../../mod.ts";
import {
  ADAM_THREAD_MIN,
  SPLIT_SKIP_WORK,
  splitDecision,
} from "../../plugins/backends/_wasm_kernels.ts";
import { adamParams, CASES } from "./_adam_cases.ts";

function rand(n: number, rng: Rng): Float32Array {
  return new Float32Array(n).map(() => rng.uniform() * 2 - 1);
}

/** Equal element for element (NaN as NaN, -0 as -0); names the first difference (fast on long arrays). */
function sameBits(got: Float32Array, want: Float32Array, what: string): void {
  assert.equal(got.length, want.length, `${what}: length`);
  for (let i = 0; i < got.length; i++) {
    if (!Object.is(got[i], want[i])) {
      assert.fail(`${what}: element ${i} is ${got[i]}, expected ${want[i]}`);
    }
  }
}

async function threaded(): Promise<Backend | null> {
  const be = defaultRegistry.create(
    "backend",
    "wasm:threads=2,calibrate=false,minThreadWork=0,minMatmulWork=0",
  );
  for (let i = 0; i < 100 && be.threads!() < 2; i++) {
    await new Promise((r) => setTimeout(r, 50));
  }
  return be.threads!() === 2 ? be : null;
}

Deno.test({
  name: "wasm threads=2: split matmuls equal the one-thread wasm kernel bit for bit",
  ignore: !wasmSimdSupported(),
  async fn(t) {
    const two = await threaded();
    if (two === null) {
      // No relaxed SIMD, shared memory or worker threads here: it must stay on one thread.
      console.log("wasm threads=2 unavailable in this engine; checked the fallback only");
      return;
    }
    const one = defaultRegistry.create("backend", "wasm:minMatmulWork=0");
    const rng = new Rng(11);
    const sizes: [number, number, number][] = [
      [1, 3, 9],
      [5, 7, 16],
      [33, 65, 17],
      [64, 40, 130],
      [97, 21, 40],
    ];
    for (const [m, k, n] of sizes) {
      for (const transA of [false, true]) {
        for (const transB of [false, true]) {
          for (const accumulate of [false, true]) {
            await t.step(
              `${m}x${k}x${n} transA=${transA} transB=${transB} acc=${accumulate}`,
              () => {
                const a = rand(m * k, rng), b = rand(k * n, rng), init = rand(m * n, rng);
                const o1 = init.slice(), o2 = init.slice();
                one.matmul(a, b, o1, m, k, n, { transA, transB, accumulate });
                two.matmul(a, b, o2, m, k, n, { transA, transB, accumulate });
                assert.deepEqual(o2, o1);
                // the output in storage: the split runs there (the worker's instance on it), A
                // and B read in place or copied in
                for (const resident of [[true, true], [false, true], [true, false]]) {
                  const block = (src: Float32Array) => {
                    const d = two.allocate!(src.length)!;
                    d.set(src);
                    return d;
                  };
                  const ra = resident[0] ? block(a) : a, rb = resident[1] ? block(b) : b;
                  const o3 = block(init);
                  two.matmul(ra, rb, o3, m, k, n, { transA, transB, accumulate });
                  sameBits(o3, o1, `storage (A ${resident[0]}, B ${resident[1]})`);
                  for (const d of [ra, rb, o3]) if (d !== a && d !== b) two.free!(d);
                }
              },
            );
          }
        }
      }
    }
    await t.step("linear (bias) splits too", () => {
      const [m, k, n] = [19, 33, 45];
      const x = rand(m * k, rng), w = rand(k * n, rng), bias = rand(n, rng);
      const o1 = new Float32Array(m * n), o2 = new Float32Array(m * n);
      one.linear!(x, w, bias, o1, m, k, n);
      two.linear!(x, w, bias, o2, m, k, n);
      assert.deepEqual(o2, o1);
    });
  },
});

Deno.test("wasm threads option is validated", () => {
  assert.throws(
    () => defaultRegistry.create("backend", "wasm:threads=3"),
    /threads must be 1 or 2, got 3/,
  );
});

Deno.test({
  name: "wasm threads=2 while (re)calibrating: every matmul equals the one-thread kernel",
  ignore: !wasmSimdSupported(),
  async fn() {
    const two = defaultRegistry.create("backend", "wasm:threads=2,minThreadWork=0");
    for (let i = 0; i < 100 && two.threads!() < 2; i++) {
      await new Promise((r) => setTimeout(r, 50));
    }
    const one = defaultRegistry.create("backend", "wasm");
    const rng = new Rng(12);
    const [m, k, n] = [48, 96, 160];
    // split and single matmuls in turn while warming up, the timed choice, then the chosen way
    const calls = 2 * Math.ceil(SPLIT_SKIP_WORK / (m * k * n)) + 20;
    for (let i = 0; i < calls; i++) {
      const a = rand(m * k, rng), b = rand(k * n, rng);
      const o1 = new Float32Array(m * n), o2 = new Float32Array(m * n);
      one.matmul(a, b, o1, m, k, n, { transB: i % 2 === 1 });
      two.matmul(a, b, o2, m, k, n, { transB: i % 2 === 1 });
      assert.deepEqual(o2, o1, `matmul ${i}`);
    }
  },
});

Deno.test({
  name: "wasm threads=2 with the worker asleep: products run alone and wake it, bits unchanged",
  ignore: !wasmSimdSupported(),
  async fn() {
    const two = await threaded();
    if (two === null) {
      console.log("wasm threads=2 unavailable in this engine; nothing split to check");
      return;
    }
    const one = defaultRegistry.create("backend", "wasm:minMatmulWork=0");
    const rng = new Rng(14);
    const [m, k, n] = [37, 50, 41];
    for (let round = 0; round < 4; round++) {
      // long enough for the worker to stop spinning and sleep in Atomics.wait
      await new Promise((r) => setTimeout(r, 20));
      // the first product finds it asleep (runs alone, posts a wake-up); those right after find
      // the wake-up not yet taken, then the worker awake (split)
      for (let i = 0; i < 30; i++) {
        const a = rand(m * k, rng), b = rand(k * n, rng);
        const o1 = new Float32Array(m * n), o2 = new Float32Array(m * n);
        one.matmul(a, b, o1, m, k, n, { transA: i % 3 === 1 });
        two.matmul(a, b, o2, m, k, n, { transA: i % 3 === 1 });
        assert.deepEqual(o2, o1, `round ${round}, matmul ${i}`);
      }
    }
  },
});

Deno.test({
  name:
    "wasm threads=2: a split Adam update equals the one-thread kernel and the js loop bit for bit",
  ignore: !wasmSimdSupported(),
  async fn(t) {
    const two = await threaded();
    if (two === null) {
      console.log("wasm threads=2 unavailable in this engine; nothing split to check");
      return;
    }
    const one = defaultRegistry.create("backend", "wasm");
    const rng = new Rng(13);
    // where the arrays live: plain arrays (split in the threaded arena); the moments in storage,
    // as the optimizer keeps them (split there, p and g copied into its scratch); all in storage
    const placements = [
      { name: "plain arrays", inStorage: [false, false, false, false, false] },
      { name: "moments in storage", inStorage: [false, false, true, true, true] },
      { name: "all in storage", inStorage: [true, true, true, true, true] },
    ];
    // below ADAM_THREAD_MIN (one thread), at it, and odd lengths past it (split mid-vector)
    for (const n of [1000, ADAM_THREAD_MIN, ADAM_THREAD_MIN + 37, 3 * ADAM_THREAD_MIN + 5]) {
      for (const c of CASES) {
        for (const { name, inStorage } of placements) {
          await t.step(`n=${n} ${c.name}, ${name}`, () => {
            const p = rand(n, rng), g = rand(n, rng);
            const m = rand(n, rng).map((x) => x * 0.1), v = rand(n, rng).map((x) => x * x);
            const vm = v.map((x, i) => i % 3 ? x : x * 2);
            const params = adamParams(c, 3);
            const run = (be: Backend | null) => {
              const blocks: Float32Array[] = [];
              const a = [p, g, m, v, vm].map((init, i) => {
                if (be === null || !inStorage[i]) return init.slice();
                const b = be.allocate!(n);
                assert.notEqual(b, null, "the backend lends storage blocks");
                b!.set(init);
                blocks.push(b!);
                return b!;
              });
              const vmax = c.ams ? a[4] : a[3];
              const ins = [a[0], a[1], a[2], a[3], vmax], outs = [a[0], a[2], a[3], vmax];
              if (be === null) adamReference(ins, outs, params);
              else assert.notEqual(be.kernel!("adam")!(ins, outs, params), false);
              const out = a.map((x) => x.slice());
              for (const b of blocks) be!.free!(b);
              return out;
            };
            const js = run(null), w1 = run(one), w2 = run(two);
            for (let i = 0; i < 5; i++) {
              sameBits(w2[i], w1[i], `array ${i}, split vs one thread`);
              sameBits(w2[i], js[i], `array ${i}, split vs the js loop`);
            }
          });
        }
      }
    }
  },
});

Deno.test("wasm threads=2 calibration: a kept split is dropped after two measurements say no", () => {
  // the first measurement decides alone
  assert.deepEqual(splitDecision(true, null, false), [true, false]);
  assert.deepEqual(splitDecision(false, null, false), [false, false]);
  // kept: one "no" keeps it in doubt, a second drops it, a "yes" clears the doubt
  assert.deepEqual(splitDecision(false, true, false), [true, true]);
  assert.deepEqual(splitDecision(false, true, true), [false, false]);
  assert.deepEqual(splitDecision(true, true, true), [true, false]);
  // dropped: one "yes" takes it back
  assert.deepEqual(splitDecision(true, false, false), [true, false]);
  assert.deepEqual(splitDecision(false, false, false), [false, false]);
  // a sequence of measurements: yes, no, yes, no, no, no, yes
  let state: [boolean, boolean] = [false, false], before: boolean | null = null;
  const seen: boolean[] = [];
  for (const pays of [true, false, true, false, false, false, true]) {
    state = splitDecision(pays, before, state[1]);
    before = state[0];
    seen.push(state[0]);
  }
  assert.deepEqual(seen, [true, true, true, true, false, false, true]);
});
