/**
 * `deno task bench:peers`: rectify (`wasm` and `js` backends) against
 * TensorFlow.js 4.22 (`wasm` and `cpu` backends) and convnetjs 0.3, in one
 * process, single thread, interleaved (every round runs each contender once,
 * in a fresh seeded random order), on the workloads of issue
 * 9. Prints medians and ratios to tfjs-wasm (and, for the activations, to a
 * memcpy of the same data), and writes JSON (default `bench/peers.json`;
 * `bench/peers_table.ts` turns it into a Markdown table).
 *
 * rectify `wasm` runs the MLP step as the `Trainer` does: forward and
 * backward in a `StepArena`, gradient buffers kept (the `wasm, no arena`
 * column: fresh arrays every step). The activation rows run `forward` on a
 * plain tensor (a fresh output array each call) and, in the `wasm-arena`
 * column, inside a `StepArena` run on an input in the backend's storage —
 * what a layer's activation does inside a training step.
 *
 * The MLP and matmul rows also run rectify `wasm` with `threads: 2` (a worker
 * thread shares each large matmul), when workers start here.
 *
 * When a Python with `torch` is found (Debian's `python3-torch`), every
 * workload also runs in PyTorch with one thread and with two (`torch_peer.py`,
 * one persistent process per thread count, interleaved with the rest round
 * by round; `_torch.ts`), and the ratios to PyTorch one thread are printed and
 * stored (`ratiosToTorch1`). Without it the bench says so and runs the rest.
 *
 * Flags: `--rounds N` (default 15), `--calls N` (default 1: each contender
 * runs N calls back to back per round and the time is per call; 1 times a
 * call right after the other contenders, with their garbage and cold caches,
 * more times it as in a training loop; PyTorch the same, in its process),
 * `--out FILE`, `--quick` (fewer rounds),
 * `--conv-only` (only the convolution rows of issue 14), `--only REGEXP`
 * (only the workloads whose name matches), `--contenders REGEXP` (only the
 * contenders whose name matches, e.g. `"rectify-wasm$|pytorch"`),
 * `--python PATH` (the Python to run PyTorch with), `--no-torch`.
 *
 * The peers are dev-only imports of this file, which has its own `deno.json`
 * and lock file (`bench/peers/`), so that no other command resolves them; the
 * library never imports them.
 *
 * @module
 */

import { parseArgs } from "node:util";
import * as tf from "@tensorflow/tfjs-core";
// The union package registers the gradient configs (tfjs-core alone has none in Deno).
import "@tensorflow/tfjs";
import "@tensorflow/tfjs-backend-cpu";
import { setWasmPaths } from "@tensorflow/tfjs-backend-wasm";
import convnetjs from "convnetjs";
import {
  type Backend,
  defaultRegistry,
  jsBackend,
  matmul,
  noGrad,
  Rng,
  setBackend,
  StepArena,
  Tensor,
  webgpuAvailable,
  type WebGpuBackend,
} from "../../mod.ts";
import { benchOptimizer, mlpStep } from "../_mlp.ts";
import { CNN_LAYERS, cnnStep, CONV_SHAPE, convStep } from "../_cnn.ts";
import { startTorch, type TorchWorkload } from "./_torch.ts";

const args = parseArgs({
  options: {
    rounds: { type: "string", default: "15" },
    calls: { type: "string", default: "1" },
    "warmup-calls": { type: "string" },
    "warmup-s": { type: "string" },
    out: { type: "string", default: new URL("../peers.json", import.meta.url).pathname },
    quick: { type: "boolean", default: false },
    "conv-only": { type: "boolean", default: false },
    only: { type: "string" },
    contenders: { type: "string" },
    python: { type: "string" },
    "no-torch": { type: "boolean", default: false },
    "no-webgpu": { type: "boolean", default: false },
  },
});
const ONLY = new RegExp(args.values.only ?? "");
// the contenders whose name matches (default: all)
const CONTENDERS = new RegExp(args.values.contenders ?? "");
const ROUNDS = args.values.quick ? 5 : Number(args.values.rounds);
// calls per contender per round, back to back (the time is per call): 1 times a call after the
// other contenders' (cold caches); more, a call as in a training loop
const CALLS = Number(args.values.calls);
if (!(Number.isInteger(CALLS) && CALLS >= 1)) {
  throw new Error(`--calls must be a whole number >= 1, got ${args.values.calls}`);
}
/**
 * Warm-up before the timed rounds, in interleaved rounds: 3 of every contender, then, for the
 * training steps (MLP and CNN), rounds of those that have not yet made WARMUP_CALLS calls or spent
 * WARMUP_S seconds in them. The kernel rows (matmul, activations, conv) keep the 3 rounds: their
 * time is in compiled loops, and 3,000 calls of each of two dozen rows would take half an hour. A JIT needs it: V8
 * optimizes a function called once per step after about 3,000 calls, and rectify's CNN step
 * took 4.1 ms a step over its steps 4–12, 2.0 over 200–1,000 and 1.4–1.6 after 3,000 (PyTorch's:
 * 2.9, 2.4 and 2.4), so three warm-up rounds timed the JIT's warm-up, not a training run's step
 * (bench/README.md).
 */
const WARMUP_ROUNDS = 3;
const WARMUP_CALLS = wholeNumber(
  "warmup-calls",
  args.values["warmup-calls"] ?? (args.values.quick ? "100" : "3000"),
);
const WARMUP_S = Number(args.values["warmup-s"] ?? (args.values.quick ? "1" : "5"));
if (!(WARMUP_S >= 0)) {
  throw new Error(`--warmup-s must be a number >= 0, got ${args.values["warmup-s"]}`);
}

function wholeNumber(flag: string, v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) {
    throw new Error(`--${flag} must be a whole number >= 0, got ${v}`);
  }
  return n;
}

// ---- tfjs backends --------------------------------------------------------
// Deno resolves tfjs-backend-wasm's node build; its .wasm files sit next to it
// in the npm cache (dist/), so point setWasmPaths there.
setWasmPaths(
  new URL(".", import.meta.resolve("npm:@tensorflow/tfjs-backend-wasm@4.22.0")).pathname,
);
const tfBackends: string[] = [];
let tfWasmNote = "";
for (const name of ["wasm", "cpu"]) {
  try {
    if (await tf.setBackend(name)) tfBackends.push(name);
    else tfWasmNote += `tfjs ${name}: setBackend returned false. `;
  } catch (e) {
    tfWasmNote += `tfjs ${name} failed to load: ${(e as Error).message}. `;
  }
}
if (tfBackends.includes("wasm")) {
  await tf.setBackend("wasm");
  tfWasmNote += `tfjs-wasm SIMD: ${await tf.env().getAsync("WASM_HAS_SIMD_SUPPORT")}, ` +
    `threads: ${await tf.env().getAsync("WASM_HAS_MULTITHREAD_SUPPORT")}.`;
}

const rectifyWasm: Backend = defaultRegistry.create("backend", "wasm");
// The second core: a worker shares each large matmul (opt-in option threads=2).
const rectifyWasm2: Backend = defaultRegistry.create("backend", "wasm:threads=2");
for (let i = 0; i < 100 && rectifyWasm2.threads!() < 2; i++) {
  await new Promise((r) => setTimeout(r, 20));
}
const THREADS2 = rectifyWasm2.threads!() === 2;
// WebGPU where an adapter exists (a software one, lavapipe, counts: its times are labelled so)
let rectifyWebgpu: Backend | null = null;
let webgpuNote = "rectify webgpu: not run (--no-webgpu).";
let webgpuSoftware = false;
if (!args.values["no-webgpu"]) {
  if (webgpuAvailable()) {
    rectifyWebgpu = defaultRegistry.create("backend", "webgpu");
    const info = (rectifyWebgpu as WebGpuBackend).adapter;
    // lavapipe does not call itself a fallback adapter: tell a CPU rasteriser by its name
    webgpuSoftware = info.fallback ||
      /llvmpipe|lavapipe|softpipe|swiftshader/i.test(`${info.description} ${info.device}`);
    webgpuNote =
      `rectify webgpu adapter: ${info.description || info.device} (vendor ${info.vendor})` +
      (webgpuSoftware
        ? " — a SOFTWARE device: its times are for correctness only, not GPU speed."
        : ".");
  } else webgpuNote = "rectify webgpu: no WebGPU adapter here (rows without it).";
}
const OPT = benchOptimizer();

const torch = args.values["no-torch"]
  ? { peers: [], note: "PyTorch not run (--no-torch)." }
  : await startTorch(args.values.python);
const TORCH1 = "pytorch-1thread";

/**
 * A contender on one workload: prepare once, then `run` is timed; a `run`
 * that returns a promise times itself (PyTorch in its process) and resolves
 * to its milliseconds.
 */
interface Contender {
  name: string;
  setup(): (() => unknown) | Promise<() => unknown>;
}

/** PyTorch with one thread and with two, on workload `w` (none when absent). */
function pytorch(w: TorchWorkload): Contender[] {
  return torch.peers.map((peer) => ({
    name: peer.threads === 1 ? TORCH1 : `pytorch-${peer.threads}threads`,
    setup: () => peer.setup(w, CALLS),
  }));
}

type RectifyBackend =
  | "wasm"
  | "js"
  | "wasm-2threads"
  | "wasm-no-arena"
  | "wasm-arena"
  | "webgpu";
const BACKENDS: Record<RectifyBackend, Backend> = {
  webgpu: rectifyWebgpu ?? jsBackend,
  wasm: rectifyWasm,
  js: jsBackend,
  "wasm-2threads": rectifyWasm2,
  "wasm-no-arena": rectifyWasm,
  "wasm-arena": rectifyWasm,
};

/**
 * A tensor in backend storage that stays valid: made in a run of an arena
 * that never runs again (what a layer's output inside a training step is).
 */
function residentInput(x: Float32Array, shape: number[]): Tensor {
  return new StepArena().run(() => new Tensor(x, shape).clone());
}

function rectify(name: RectifyBackend, make: () => () => void): Contender {
  const be = BACKENDS[name];
  return {
    name: `rectify-${name}`,
    setup() {
      const prev = setBackend(be);
      try {
        const run = make();
        return () => {
          const p = setBackend(be);
          try {
            run();
          } finally {
            setBackend(p);
          }
        };
      } finally {
        setBackend(prev);
      }
    },
  };
}

function tfjs(backend: string, make: () => () => void): Contender {
  return {
    name: `tfjs-${backend}`,
    setup() {
      tf.setBackend(backend);
      const run = make();
      return () => {
        if (tf.getBackend() !== backend) tf.setBackend(backend);
        run();
      };
    },
  };
}

function rand(n: number, seed: number): Float32Array {
  const out = new Float32Array(n);
  let s = seed >>> 0;
  for (let i = 0; i < n; i++) {
    s = (s * 1664525 + 1013904223) >>> 0;
    out[i] = s / 2 ** 32 - 0.5;
  }
  return out;
}

// ---- workloads ------------------------------------------------------------

function tfMlp(sizes: readonly number[], batch: number): () => void {
  const vars: tf.Variable[] = [];
  for (let i = 0; i + 1 < sizes.length; i++) {
    const lim = Math.sqrt(6 / (sizes[i] + sizes[i + 1]));
    vars.push(tf.variable(tf.randomUniform([sizes[i], sizes[i + 1]], -lim, lim)));
    vars.push(tf.variable(tf.zeros([sizes[i + 1]])));
  }
  const x = tf.tensor2d(rand(batch * sizes[0], 1), [batch, sizes[0]]);
  const classes = sizes[sizes.length - 1];
  const y = tf.oneHot(
    tf.tensor1d(Int32Array.from({ length: batch }, (_, i) => i % classes), "int32"),
    classes,
  );
  const opt = OPT.startsWith("adam") ? tf.train.adam(0.001) : tf.train.momentum(0.01, 0.9);
  return () => {
    const loss = opt.minimize(() => {
      let h: tf.Tensor = x;
      for (let i = 0; i < vars.length; i += 2) {
        h = tf.add(tf.matMul(h, vars[i]), vars[i + 1]);
        if (i + 2 < vars.length) h = tf.relu(h);
      }
      return tf.losses.softmaxCrossEntropy(y, h) as tf.Scalar;
    }, true);
    loss!.dataSync();
    loss!.dispose();
  };
}

function convnetMlp(sizes: readonly number[], batch: number): () => void {
  // deno-lint-ignore no-explicit-any
  const cn = convnetjs as any;
  const layers: unknown[] = [{ type: "input", out_sx: 1, out_sy: 1, out_depth: sizes[0] }];
  for (let i = 1; i + 1 < sizes.length; i++) {
    layers.push({ type: "fc", num_neurons: sizes[i], activation: "relu" });
  }
  layers.push({ type: "softmax", num_classes: sizes[sizes.length - 1] });
  const net = new cn.Net();
  net.makeLayers(layers);
  const trainer = OPT.startsWith("adam")
    ? new cn.Trainer(net, { method: "adam", learning_rate: 0.001, batch_size: batch })
    : new cn.Trainer(net, {
      method: "sgd",
      learning_rate: 0.01,
      momentum: 0.9,
      batch_size: batch,
    });
  const data = rand(batch * sizes[0], 1);
  const vols = Array.from({ length: batch }, (_, b) => {
    const v = new cn.Vol(1, 1, sizes[0], 0);
    for (let i = 0; i < sizes[0]; i++) v.w[i] = data[b * sizes[0] + i];
    return v;
  });
  const classes = sizes[sizes.length - 1];
  // One step = one batch: convnetjs accumulates per-sample gradients and
  // updates on every batch_size-th sample.
  return () => {
    for (let b = 0; b < batch; b++) trainer.train(vols[b], b % classes);
  };
}

function mlpWorkload(sizes: readonly number[], batch: number): Contender[] {
  const r = (be: RectifyBackend): Contender =>
    rectify(be, () => {
      const step = mlpStep(sizes, batch, OPT, BACKENDS[be], be !== "wasm-no-arena");
      return () => void step();
    });
  return [
    r("wasm"),
    r("wasm-no-arena"),
    ...(THREADS2 ? [r("wasm-2threads")] : []),
    r("js"),
    ...(rectifyWebgpu ? [r("webgpu")] : []),
    ...tfBackends.map((b) => tfjs(b, () => tfMlp(sizes, batch))),
    { name: "convnetjs", setup: () => convnetMlp(sizes, batch) },
    ...pytorch({ workload: "mlp", sizes, batch, optimizer: OPT }),
  ];
}

function matmulWorkload(n: number): Contender[] {
  const a = rand(n * n, 1), b = rand(n * n, 2);
  const r = (be: RectifyBackend): Contender =>
    rectify(be, () => {
      const ta = new Tensor(a, [n, n]), tb = new Tensor(b, [n, n]);
      // read back, as tfjs's dataSync does (free on wasm/js; a device backend waits for the GPU)
      return () => void matmul(ta, tb).data;
    });
  return [
    r("wasm"),
    ...(THREADS2 ? [r("wasm-2threads")] : []),
    r("js"),
    ...(rectifyWebgpu ? [r("webgpu")] : []),
    ...tfBackends.map((bk) =>
      tfjs(bk, () => {
        const ta = tf.tensor2d(a, [n, n]), tb = tf.tensor2d(b, [n, n]);
        return () => {
          const c = tf.matMul(ta, tb);
          c.dataSync();
          c.dispose();
        };
      })
    ),
    ...pytorch({ workload: "matmul", n }),
  ];
}

const TF_ACT: Record<string, (x: tf.Tensor) => tf.Tensor> = {
  relu: (x) => tf.relu(x),
  leakyRelu: (x) => tf.leakyRelu(x, 0.01),
  relu6: (x) => tf.relu6(x),
  elu: (x) => tf.elu(x),
  selu: (x) => tf.selu(x),
  sigmoid: (x) => tf.sigmoid(x),
  tanh: (x) => tf.tanh(x),
  softplus: (x) => tf.softplus(x),
  // one slope per column, rectify's prelu default init (0.25)
  prelu: (x) => tf.prelu(x, preluAlpha(x.shape[x.shape.length - 1])),
};

const preluSlopes = new Map<string, tf.Tensor>();
/** tfjs's prelu slopes: `len` times 0.25, made once per tfjs backend (in the warm-up rounds). */
function preluAlpha(len: number): tf.Tensor {
  const key = `${tf.getBackend()} ${len}`;
  let a = preluSlopes.get(key);
  if (a === undefined) preluSlopes.set(key, a = tf.fill([len], 0.25));
  return a;
}

/**
 * An activation's forward on `n` float32 of shape `shape` (default `[n]`);
 * prelu gets `[1024, 1024]`, its slopes one per column.
 */
function activationWorkload(name: string, n: number, shape: number[] = [n]): Contender[] {
  const x = rand(n, 3);
  const out: Contender[] = [];
  if (defaultRegistry.has("activation", name)) {
    for (const be of ["wasm", "js"] as const) {
      out.push(rectify(be, () => {
        const act = defaultRegistry.create("activation", name);
        const t = new Tensor(x, shape);
        return () => void noGrad(() => act.forward(t));
      }));
    }
    // inside a training step: input and output in the step arena's storage
    out.push(rectify("wasm-arena", () => {
      const act = defaultRegistry.create("activation", name);
      const t = residentInput(x, shape);
      const steps = new StepArena();
      return () => void steps.run(() => noGrad(() => act.forward(t)));
    }));
  }
  for (const bk of TF_ACT[name] ? tfBackends : []) {
    out.push(tfjs(bk, () => {
      const t = shape.length === 1 ? tf.tensor1d(x) : tf.tensor(x, shape);
      return () => {
        const y = TF_ACT[name](t);
        y.dataSync();
        y.dispose();
      };
    }));
  }
  out.push(...pytorch({ workload: "activation", name, shape }));
  out.push({
    name: "memcpy (Float32Array.set)",
    setup: () => {
      const dst = new Float32Array(n);
      return () => dst.set(x);
    },
  });
  out.push({
    name: "copy (new Float32Array(src))",
    setup: () => () => void new Float32Array(x),
  });
  return out;
}

function reluBackwardWorkload(n: number): Contender[] {
  const x = rand(n, 4);
  const out: Contender[] = [];
  for (const be of ["wasm", "js"] as const) {
    out.push(rectify(be, () => {
      const act = defaultRegistry.create("activation", "relu");
      const t = new Tensor(x, [n], { requiresGrad: true });
      const seed = new Tensor(new Float32Array(n).fill(1), [n]);
      return () => {
        t.grad = null;
        act.forward(t).backward(seed);
      };
    }));
  }

  for (const bk of tfBackends) {
    out.push(tfjs(bk, () => {
      const t = tf.tensor1d(x), dy = tf.onesLike(t);
      const g = tf.grad((v: tf.Tensor) => tf.relu(v));
      return () => {
        const r = g(t, dy);
        r.dataSync();
        r.dispose();
      };
    }));
  }
  out.push(...pytorch({ workload: "reluBackward", n }));
  return out;
}

// ---- convolution (issue 14) -------------------------------------------------
// tfjs runs NHWC (its layout) with HWIO filters, rectify NCHW with OIHW weights: the same
// arithmetic. tfjs-wasm 4.22 has no Conv2DBackpropFilter kernel: the backward rows run it with
// the one registered below (noted); a tfjs backend whose one probe step takes longer than
// SLOW_MS is left out, with its time in the note.

const SLOW_MS = 3000;
let convNote = "";

/**
 * tfjs-wasm 4.22 has no `Conv2DBackpropFilter` kernel, so it cannot train a conv layer. So
 * that the training rows have a tfjs-wasm column, this registers one made of tfjs-wasm's own
 * parts, as a user of it would have to: the windows gathered in JS (NHWC patches, stored
 * transposed `[kh·kw·C, N·Ho·Wo]`; stride 1, dilation 1, "same" or "valid", as the bench's
 * convs) and `dW = patchesᵀ·dy` on its `BatchMatMul`. Falling back to tfjs-cpu's kernel instead
 * would time that kernel alone: it took ~20 s per call on the conv row's shape here.
 */
function registerTfWasmFilterGrad(): void {
  if (
    !tfBackends.includes("wasm") || tf.getKernel("Conv2DBackpropFilter", "wasm")
  ) return;
  const batchMatMul = tf.getKernel("BatchMatMul", "wasm")!;
  tf.registerKernel({
    kernelName: "Conv2DBackpropFilter",
    backendName: "wasm",
    kernelFunc: ({ inputs, backend, attrs }) => {
      const { x, dy } = inputs as { x: tf.TensorInfo; dy: tf.TensorInfo };
      const { strides, pad, dataFormat, filterShape } = attrs as unknown as {
        strides: number | number[];
        pad: string;
        dataFormat: string;
        filterShape: number[];
      };
      const unit = (v: number | number[]) => [v].flat().every((s) => s === 1);
      if (
        !unit(strides) || dataFormat !== "NHWC" ||
        (pad !== "same" && pad !== "valid")
      ) {
        throw new Error(
          `bench Conv2DBackpropFilter: stride 1, NHWC, same/valid only`,
        );
      }
      const [n, h, w, c] = x.shape,
        [, ho, wo, o] = dy.shape,
        [kh, kw] = filterShape;
      const pt = pad === "same" ? Math.floor((kh - 1) / 2) : 0;
      const pl = pad === "same" ? Math.floor((kw - 1) / 2) : 0;
      const be = backend as unknown as {
        readSync(id: unknown): unknown;
        write(v: Float32Array, shape: number[], dtype: string): unknown;
        disposeData(id: unknown): void;
      };
      const xd = be.readSync(x.dataId) as Float32Array;
      const k = kh * kw * c, rows = n * ho * wo;
      // patchesᵀ `[k, rows]`, the layout of its fast product (transposeA ran ~25× slower)
      const patches = new Float32Array(k * rows);
      for (let u = 0, at = 0; u < kh; u++) {
        for (let v = 0; v < kw; v++) {
          for (let q = 0; q < c; q++) {
            for (let b = 0; b < n; b++) {
              for (let i = 0; i < ho; i++) {
                const hh = i - pt + u;
                for (let j = 0; j < wo; j++, at++) {
                  const ww = j - pl + v;
                  if (hh >= 0 && hh < h && ww >= 0 && ww < w) {
                    patches[at] = xd[((b * h + hh) * w + ww) * c + q];
                  }
                }
              }
            }
          }
        }
      }
      const id = be.write(patches, [1, k, rows], "float32");
      const out = batchMatMul.kernelFunc({
        inputs: {
          a: { dataId: id, shape: [1, k, rows], dtype: "float32" },
          b: { dataId: dy.dataId, shape: [1, rows, o], dtype: "float32" },
        } as unknown as tf.NamedTensorInfoMap,
        backend,
        attrs: { transposeA: false, transposeB: false },
      }) as tf.TensorInfo;
      be.disposeData(id);
      return { dataId: out.dataId, shape: [kh, kw, c, o], dtype: "float32" };
    },
  });
  convNote += "tfjs-wasm trains convs with a Conv2DBackpropFilter kernel the bench registers " +
    "(JS patches + its BatchMatMul; it has none of its own); dx runs its own " +
    "Conv2DBackpropInput. ";
}
registerTfWasmFilterGrad();

/** Whether a tfjs backend can run `make()` once, in under SLOW_MS (else noted). */
function tfCanRun(backend: string, what: string, make: () => () => void): boolean {
  tf.setBackend(backend);
  try {
    const run = make();
    const t0 = performance.now();
    run();
    const ms = performance.now() - t0;
    if (ms <= SLOW_MS) return true;
    convNote += `tfjs-${backend} ${what}: left out, one step took ${ms.toFixed(0)} ms. `;
  } catch (e) {
    convNote += `tfjs-${backend} ${what}: cannot run (${(e as Error).message}). `;
  }
  return false;
}

function tfConv(backward: boolean): () => () => void {
  const { n, c, o, h, w } = CONV_SHAPE;
  return () => {
    const x = tf.tensor4d(rand(n * h * w * c, 5), [n, h, w, c]);
    const f = tf.tensor4d(rand(9 * c * o, 6), [3, 3, c, o]);
    const b = tf.tensor1d(rand(o, 7));
    const up = tf.tensor4d(rand(n * h * w * o, 8), [n, h, w, o]);
    const fwd = (xx: tf.Tensor4D, ff: tf.Tensor4D, bb: tf.Tensor) =>
      tf.add(tf.conv2d(xx, ff, 1, "same"), bb);
    const grads = tf.grads((xx, ff, bb) =>
      tf.sum(tf.mul(fwd(xx as tf.Tensor4D, ff as tf.Tensor4D, bb), up))
    );
    return () => {
      if (!backward) {
        const y = fwd(x, f, b);
        y.dataSync();
        y.dispose();
        return;
      }
      const gs = grads([x, f, b]);
      for (const g of gs) g.dataSync();
      tf.dispose(gs);
    };
  };
}

function convWorkload(backward: boolean): Contender[] {
  const { n, c, o, h, w } = CONV_SHAPE;
  const data = {
    x: rand(n * c * h * w, 5),
    w: rand(o * c * 9, 6),
    b: rand(o, 7),
    up: rand(n * o * h * w, 8),
  };
  const r = (be: RectifyBackend): Contender =>
    rectify(be, () => convStep(data, backward, BACKENDS[be]));
  const what = backward ? "conv forward+backward" : "conv forward";
  const tfOk = tfBackends.filter((bk) => tfCanRun(bk, what, tfConv(backward)));
  return [
    r("wasm"),
    r("js"),
    ...tfOk.map((bk) => tfjs(bk, tfConv(backward))),
    ...pytorch({ workload: "conv", ...CONV_SHAPE, backward }),
  ];
}

function tfCnn(x: Float32Array): () => () => void {
  return () => {
    const batch = x.length / 64;
    const glorot = (shape: number[], fanIn: number, fanOut: number) => {
      const lim = Math.sqrt(6 / (fanIn + fanOut));
      return tf.variable(tf.randomUniform(shape, -lim, lim));
    };
    const f1 = glorot([3, 3, 1, 16], 9, 144), b1 = tf.variable(tf.zeros([16]));
    const f2 = glorot([3, 3, 16, 32], 144, 288), b2 = tf.variable(tf.zeros([32]));
    const wd = glorot([32, 10], 32, 10), bd = tf.variable(tf.zeros([10]));
    const input = tf.tensor4d(x, [batch, 8, 8, 1]);
    const y = tf.oneHot(
      tf.tensor1d(Int32Array.from({ length: batch }, (_, i) => i % 10), "int32"),
      10,
    );
    const opt = OPT.startsWith("adam") ? tf.train.adam(0.001) : tf.train.momentum(0.01, 0.9);
    return () => {
      const loss = opt.minimize(() => {
        let hh = tf.relu(tf.add(tf.conv2d(input, f1 as tf.Tensor4D, 1, "same"), b1));
        hh = tf.maxPool(hh as tf.Tensor4D, 2, 2, "valid");
        hh = tf.relu(tf.add(tf.conv2d(hh as tf.Tensor4D, f2 as tf.Tensor4D, 1, "same"), b2));
        const z = tf.add(tf.matMul(tf.mean(hh, [1, 2]), wd), bd);
        return tf.losses.softmaxCrossEntropy(y, z) as tf.Scalar;
      }, true);
      loss!.dataSync();
      loss!.dispose();
    };
  };
}

function cnnWorkload(batch: number): Contender[] {
  const x = rand(batch * 64, 9).map((v) => v + 0.5);
  const r = (be: RectifyBackend): Contender =>
    rectify(be, () => {
      const step = cnnStep(x, OPT, BACKENDS[be]);
      return () => void step();
    });
  const tfOk = tfBackends.filter((bk) => tfCanRun(bk, "CNN step", tfCnn(x)));
  return [
    r("wasm"),
    r("js"),
    ...(rectifyWebgpu ? [r("webgpu")] : []),
    ...tfOk.map((bk) => tfjs(bk, tfCnn(x))),
    ...pytorch({ workload: "cnn", batch, optimizer: OPT }),
  ];
}

// ---- runner ---------------------------------------------------------------

interface Row {
  workload: string;
  unit: string;
  flops: number;
  results: Record<string, { medianMs: number; minMs: number; value: number }>;
  /** Each contender's median over PyTorch one thread's (for GFLOP/s: the value's ratio). */
  ratiosToTorch1?: Record<string, number>;
  /** Calls each contender made in the warm-up rounds. */
  warmupCalls: Record<string, number>;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Runs the workload named `workload` (unless `--only` leaves it out) and logs its row. */
/** Workloads that are a training step, with the full warm-up (the others: its 3 rounds). */
const STEPS = /one step|CNN step/;

async function bench(
  workload: string,
  contenders: () => Contender[],
  unit: "ms" | "GFLOP/s",
  flops = 0,
): Promise<void> {
  if (ONLY.test(workload)) log(await runWorkload(workload, contenders(), unit, flops));
}

async function runWorkload(
  workload: string,
  contenders: Contender[],
  unit: "ms" | "GFLOP/s",
  flops: number,
): Promise<Row> {
  const step = STEPS.test(workload);
  const warmCallsWanted = step ? WARMUP_CALLS : 0, warmMsWanted = step ? WARMUP_S * 1000 : 0;
  const runs: { name: string; run: () => unknown; times: number[] }[] = [];
  for (const c of contenders.filter((c) => CONTENDERS.test(c.name))) {
    runs.push({ name: c.name, run: await c.setup(), times: [] as number[] });
  }
  const order = new Rng(7), perm = Int32Array.from(runs, (_, i) => i);
  const warmCalls = new Float64Array(runs.length), warmMs = new Float64Array(runs.length);
  // past the first rounds a contender warms up until it has its calls or its seconds, in rounds
  // of those still warming (a slow one does not hold the others' warm-up to its pace)
  const warming = (i: number, r: number) =>
    r < WARMUP_ROUNDS || (warmCalls[i] < warmCallsWanted && warmMs[i] < warmMsWanted);
  let warm = 0;
  for (let r = 0; warm < ROUNDS; r++) {
    const warmup = runs.some((_, i) => warming(i, r));
    // a fresh seeded order every round: a contender pays for the garbage and the cache state
    // the one before it left (convnetjs allocates a lot), so nobody may always follow the same one
    order.shuffle(perm);
    for (let j = 0; j < runs.length; j++) {
      if (warmup && !warming(perm[j], r)) continue;
      const c = runs[perm[j]];
      let dt: number;
      const t0 = performance.now();
      const ret = c.run();
      if (ret instanceof Promise) dt = await ret; // timed in its process, per call
      else {
        for (let k = 1; k < CALLS; k++) c.run();
        dt = (performance.now() - t0) / CALLS;
      }
      if (!warmup) c.times.push(dt);
      else {
        warmCalls[perm[j]] += CALLS;
        warmMs[perm[j]] += dt * CALLS;
      }
    }
    if (!warmup) warm++;
  }

  const row: Row = {
    workload,
    unit,
    flops,
    results: {},
    warmupCalls: Object.fromEntries(runs.map((c, i) => [c.name, warmCalls[i]])),
  };
  for (const c of runs) {
    const med = median(c.times);
    row.results[c.name] = {
      medianMs: med,
      minMs: Math.min(...c.times),
      value: unit === "ms" ? med : flops / (med * 1e6),
    };
  }
  const t1 = row.results[TORCH1];
  if (t1) {
    row.ratiosToTorch1 = Object.fromEntries(
      Object.entries(row.results).map(([k, r]) => [k, r.value / t1.value]),
    );
  }
  return row;
}

const rows: Row[] = [];

/** The fewest and most warm-up calls of a row's contenders. */
function warmRange(row: Row): string {
  const v = Object.values(row.warmupCalls);
  const lo = Math.min(...v), hi = Math.max(...v);
  return lo === hi ? `${lo}` : `${lo}–${hi}`;
}
const flopsOf = (row: Row): number => row.flops;
const log = (row: Row) => {
  rows.push(row);
  const ref = row.results["tfjs-wasm"];
  const copy = row.results["memcpy (Float32Array.set)"];
  const t1 = row.ratiosToTorch1;
  console.log(
    `\n${row.workload} (${row.unit}: median of ${ROUNDS}${
      CALLS > 1 ? ` rounds of ${CALLS} calls each` : ""
    }, and best; after ${warmRange(row)} warm-up calls)`,
  );
  for (const [name, r] of Object.entries(row.results)) {
    const ratio = ref
      ? (row.unit === "ms" ? r.medianMs / ref.medianMs : r.value / ref.value).toFixed(2)
      : "-";
    const v = row.unit === "ms" ? r.medianMs.toFixed(3) : r.value.toFixed(2);
    const best = row.unit === "ms" ? r.minMs : flopsOf(row) / (r.minMs * 1e6);
    const bestRatio = ref
      ? (row.unit === "ms" ? r.minMs / ref.minMs : ref.minMs / r.minMs).toFixed(2)
      : "-";
    console.log(
      `  ${name.padEnd(28)} ${v.padStart(10)}   x tfjs-wasm: ${ratio.padStart(6)}` +
        `   | best ${best.toFixed(row.unit === "ms" ? 3 : 2).padStart(10)}  x: ${bestRatio}` +
        (copy ? `   | x memcpy: ${(r.medianMs / copy.medianMs).toFixed(2)}` : "") +
        (t1 ? `   | x torch-1: ${t1[name].toFixed(2)}` : ""),
    );
  }
};

console.log(
  `rectify vs peers, ${
    new Date().toISOString()
  }, Deno ${Deno.version.deno}, V8 ${Deno.version.v8}, optimizer ${OPT}. Warm-up: ${WARMUP_ROUNDS} ` +
    `rounds, then for the training steps on until each contender made ${WARMUP_CALLS} calls or ` +
    `spent ${WARMUP_S} s. ` +
    `${tfWasmNote} ` +
    `rectify wasm threads=2: ${THREADS2 ? "worker ready" : "unavailable"}. ${torch.note} ` +
    webgpuNote,
);
if (!args.values["conv-only"]) {
  await bench(
    "MLP 784-256-256-10, batch 128, one step",
    () => mlpWorkload([784, 256, 256, 10], 128),
    "ms",
  );
  await bench(
    "MLP 784-64-64-10, batch 32, one step",
    () => mlpWorkload([784, 64, 64, 10], 32),
    "ms",
  );
  await bench("matmul 512x512x512", () => matmulWorkload(512), "GFLOP/s", 2 * 512 ** 3);
  // tfjs-core has no gelu, silu or mish op: those rows compare rectify with the copies only.
  const ACTS = ["relu", "leakyRelu", "relu6", "elu", "selu", "sigmoid", "tanh", "softplus"];
  for (const a of [...ACTS, "gelu", "silu", "mish"]) {
    await bench(`${a} forward, 1M float32`, () => activationWorkload(a, 1 << 20), "ms");
  }
  await bench(
    "prelu forward, 1M float32",
    () => activationWorkload("prelu", 1 << 20, [1024, 1024]),
    "ms",
  );
  await bench("relu forward+backward, 1M float32", () => reluBackwardWorkload(1 << 20), "ms");
}
const convName = `batch ${CONV_SHAPE.n}, ${CONV_SHAPE.c}→${CONV_SHAPE.o} channels, 3×3, ` +
  `${CONV_SHAPE.h}×${CONV_SHAPE.w}, padding 1`;
await bench(`conv2d forward, ${convName}`, () => convWorkload(false), "ms");
await bench(`conv2d forward+backward, ${convName}`, () => convWorkload(true), "ms");
await bench(`CNN step (${CNN_LAYERS}), batch 32, 1x8x8`, () => cnnWorkload(32), "ms");
if (convNote) console.log(`\n${convNote}`);

const threadsNote = THREADS2
  ? `rectify wasm threads=2 after calibration: ${
    rectifyWasm2.threads!()
  } thread(s) for large matmuls.`
  : "";
console.log(`\n${threadsNote}`);
await Deno.writeTextFile(
  args.values.out!,
  JSON.stringify(
    {
      date: new Date().toISOString(),
      deno: Deno.version,
      optimizer: OPT,
      rounds: ROUNDS,
      calls: CALLS,
      warmup: { rounds: WARMUP_ROUNDS, calls: WARMUP_CALLS, seconds: WARMUP_S },
      ...(args.values.contenders !== undefined ? { contenders: args.values.contenders } : {}),
      notes: `${tfWasmNote} ${threadsNote} ${convNote} ${torch.note} ${webgpuNote}`,
      webgpu: rectifyWebgpu
        ? { ...(rectifyWebgpu as WebGpuBackend).adapter, software: webgpuSoftware }
        : null,
      rows,
    },
    null,
    2,
  ) + "\n",
);
console.log(`\nwrote ${args.values.out}`);
for (const peer of torch.peers) await peer.close();
