// The sgd plugin's "sgd" op: the wasm backend's kernel("sgd") (f64x2 lanes over
// float32 storage blocks, wasm/sgd_kernel.ts) gives the plugin's js loop's bits
// for every variant (momentum, dampening, nesterov, weight decay, maximize, the
// first step's coefficients), every loop path and special values; it declines
// what it does not serve; and an SGD optimizer on the wasm backend runs on it.
import assert from "node:assert/strict";
import { firstDifference } from "./_bits.ts";
import { sgdDefinition, type SgdState } from "../../plugins/optimizers/sgd.ts";
import {
  type Backend,
  type Data,
  defaultRegistry,
  mlp,
  Optimizer,
  Rng,
  setBackend,
  softmaxCrossEntropy,
  tensor,
  wasmSimdSupported,
} from "../../mod.ts";

const wasm: Backend | null = wasmSimdSupported()
  ? defaultRegistry.create("backend", { name: "wasm", options: { minElementwise: 0 } })
  : null;
const hasStorage = wasm !== null && wasm.allocate!(1) !== null;

/** Values with specials: 0, −0, subnormals, large (overflowing with lr 10), ordinary. */
function values(n: number, rng: Rng, scale: number): number[] {
  const x = Array.from({ length: n }, () => (rng.uniform() * 2 - 1) * scale);
  const special = [0, -0, 1e-40, -1e-40, 1e-30, 3e4, -3e4, 3e38, -3e38, 1e-20, 7e-46];
  for (let i = 0; i < special.length && 3 * i + 1 < n; i++) x[3 * i + 1] = special[i];
  return x;
}

interface Variant {
  momentum: number;
  dampening: number;
  nesterov: boolean;
  weightDecay: number;
  maximize: boolean;
}

const VARIANTS: Variant[] = [];
for (const momentum of [0, 0.9]) {
  for (const nesterov of momentum === 0 ? [false] : [false, true]) {
    for (const dampening of momentum === 0 || nesterov ? [0] : [0, 0.1]) {
      for (const weightDecay of [0, 1e-4, 0.3]) {
        for (const maximize of [false, true]) {
          VARIANTS.push({ momentum, dampening, nesterov, weightDecay, maximize });
        }
      }
    }
  }
}

const name = (v: Variant) =>
  `momentum ${v.momentum}${v.dampening ? ` dampening ${v.dampening}` : ""}${
    v.nesterov ? " nesterov" : ""
  } wd ${v.weightDecay}${v.maximize ? " maximize" : ""}`;

/**
 * Three steps of `v` through the kernel (the buffer a storage block; p and g
 * blocks too, or plain arrays with `plain`) and on plain arrays through the loop.
 */
function compare(
  v: Variant,
  n: number,
  lr: number,
  seed: number,
  plain: { p?: boolean; g?: boolean } = {},
): void {
  const def = sgdDefinition(v);
  const rng = new Rng(seed);
  const blocks: Float32Array[] = [];
  const make = (x: number[], isPlain = false) => {
    const b = isPlain ? new Float32Array(n) : wasm!.allocate!(n)!;
    if (!isPlain) blocks.push(b);
    b.set(x);
    return b;
  };
  const p0 = values(n, rng, 1), b0 = values(n, rng, 0.1);
  const got = { p: make(p0, plain.p), b: make(b0) };
  const want = { p: Float32Array.from(p0), b: Float32Array.from(b0) };
  const g = make(new Array(n).fill(0), plain.g);
  const kernel = wasm!.kernel!("sgd")!;
  const c = new Array<number>(def.size).fill(0);
  try {
    for (let step = 1; step <= 3; step++) {
      g.set(values(n, rng, step === 2 ? 1e3 : 1));
      def.begin(c, { step, lr } as never, {});
      const momentum = v.momentum !== 0;
      const ran = kernel(
        momentum ? [got.p, g, got.b] : [got.p, g],
        momentum ? [got.p, got.b] : [got.p],
        c,
      );
      assert.notEqual(ran, false, `the kernel declined ${name(v)} n=${n}`);
      const s: SgdState = momentum ? { momentumBuffer: want.b } : {};
      def.loops.float32(want.p, Float32Array.from(g), want.p, s, c);
      for (const [what, a, b] of [["p", got.p, want.p], ["buffer", got.b, want.b]] as const) {
        const i = firstDifference(a, b);
        assert.equal(
          i,
          -1,
          `${name(v)} lr ${lr} n=${n} step ${step} ${what}[${i}]: ${a[i]}, the loop gives ${b[i]}`,
        );
      }
    }
  } finally {
    for (const b of blocks) wasm!.free!(b);
  }
}

Deno.test({
  name: 'wasm kernel("sgd"): bit-identical to the sgd plugin\'s loop (blocks and plain p, g)',
  ignore: !hasStorage,
  fn: async (t) => {
    for (const v of VARIANTS) {
      await t.step(name(v), () => {
        for (let n = 1; n <= 13; n++) compare(v, n, 0.05, n);
        for (const n of [33, 40, 1000]) compare(v, n, 10, n);
        // p or g plain arrays (a loop without a step arena): copied in, p copied back
        for (const plain of [{ p: true }, { g: true }, { p: true, g: true }]) {
          for (const n of [1, 7, 40, 1000]) compare(v, n, 0.05, n + 5, plain);
        }
      });
    }
  },
});

Deno.test({
  name: 'wasm kernel("sgd"): declines plain, float64, overlapping, short and odd calls',
  ignore: !hasStorage,
  fn: () => {
    const k = wasm!.kernel!("sgd")!;
    const c = [-0.1, 0, 0.9, 0.9, 1, 0, 0];
    const b = (n = 16) => wasm!.allocate!(n)!;
    const [p, g, m] = [b(), b(), b()];
    assert.notEqual(k([p, g, m], [p, m], c), false, "the served case");
    const plainBuffer = new Float32Array(16);
    assert.equal(k([p, g, plainBuffer], [p, plainBuffer], c), false, "buffer plain");
    assert.equal(k([p, g, new Float64Array(16) as Data], [p, m], c), false, "float64 buffer");
    assert.equal(k([p, g, m], [g, m], c), false, "out is not p");
    assert.equal(k([p, g, m], [p, m], c.slice(1)), false, "6 coefficients");
    assert.equal(k([p, g], [p], c), false, "momentum without a buffer");
    assert.equal(k([p, p, m], [p, m], c), false, "g is p");
    assert.equal(k([p, g, p.subarray(0)], [p, p.subarray(0)], c), false, "buffer is p");
    assert.equal(k([p, g, m.subarray(4)], [p, m.subarray(4)], c), false, "lengths differ");
    const def = defaultRegistry.create("backend", "wasm").kernel!("sgd")!;
    const [s, sg, sm] = [b(8), b(8), b(8)];
    assert.equal(def([s, sg, sm], [s, sm], c), false, "below minElementwise (default)");
  },
});

Deno.test({
  name: "sgd optimizers on the wasm backend: the kernel runs, same bits as the loop",
  ignore: !hasStorage,
  fn: async (t) => {
    /** 10 steps of `spec` on a model built on `be`; the parameters' bits and the kernel's runs. */
    const train = (be: Backend, spec: string) => {
      const prev = setBackend(be);
      try {
        const rng = new Rng(3);
        const model = mlp({ inputSize: 20, hidden: [300], outputSize: 5, activation: "relu", rng });
        const opt = new Optimizer(Object.fromEntries(model.namedParameters()), spec);
        const x = Float32Array.from({ length: 16 * 20 }, () => rng.normal());
        const input = tensor(x, { shape: [16, 20] });
        const targets = Int32Array.from({ length: 16 }, (_, i) => i % 5);
        for (let s = 0; s < 10; s++) {
          opt.zeroGrad();
          softmaxCrossEntropy(model.call(input), targets).backward();
          opt.step();
        }
        return model.parameters().map((p) => Float32Array.from(p.data as Float32Array));
      } finally {
        setBackend(prev);
      }
    };
    for (
      const spec of [
        "sgd:lr=0.05",
        "sgd:lr=0.05,momentum=0.9",
        "sgd:lr=0.05,momentum=0.9,nesterov=true,weightDecay=0.001",
      ]
    ) {
      await t.step(spec, () => {
        const base = defaultRegistry.create("backend", "wasm");
        let runs = 0;
        const counting: Backend = {
          ...base,
          kernel: (n) => {
            const k = base.kernel!(n);
            return n !== "sgd" || k === undefined ? k : (i, o, p) => {
              const r = k(i, o, p);
              if (r !== false) runs++;
              return r;
            };
          },
        };
        const without: Backend = {
          ...base,
          kernel: (n) => n === "sgd" ? undefined : base.kernel!(n),
        };
        const got = train(counting, spec);
        // 3 of the 4 parameters each step: the 5-element output bias is below the default
        // minElementwise and runs on the loop
        assert.equal(runs, 10 * 3, `${spec}: the sgd kernel ran ${runs} times`);
        const want = train(without, spec);
        got.forEach((g, j) => assert.equal(firstDifference(g, want[j]), -1, `parameter ${j}`));
      });
    }
  },
});
