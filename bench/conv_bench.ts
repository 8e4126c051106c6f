/**
 * `deno run -A bench/conv_bench.ts [rounds] [base]`: the convolution of issue 14's
 * bench shape (batch 32, 16→32 channels, 3×3, 16×16, padding 1), every
 * contender once per round in turn (interleaved, so a noisy machine slows
 * all alike); prints the best and the median of each in ms.
 *
 * - `conv2d fwd` / `fwd+bwd` on: `wasm` (its conv kernels: im2col/col2im in
 *   WebAssembly, products on its gemm), `wasm, core im2col` (the same backend
 *   with its conv kernels hidden: core's js im2col + the backend's matmul)
 *   and `js`.
 * - Each kernel alone (`conv2d`, `conv2dBackwardInput`,
 *   `conv2dBackwardWeight`), wasm vs core's loops on the wasm matmul.
 * - The layout question: forward as im2col + gemm in NCHW (rectify's layout)
 *   and in NHWC (a prototype here: windows gathered as runs of C channels,
 *   `[HW, K]·[K, O]`), both on the wasm matmul, and their im2col alone.
 * - The small CNN's training step (`bench/_cnn.ts`) on `wasm`.
 * - `base`: another tree's `plugins/backends/_wasm_kernels.ts` (e.g. main's
 *   `plugins/backends/` copied next to a link to this tree's `core/`), whose
 *   backend runs the layer op, the kernels and the CNN step alongside
 *   (`(base)`), for an old-vs-new comparison in one process.
 *
 * @module
 */

import {
  type Backend,
  conv2d,
  defaultRegistry,
  findKernel,
  jsBackend,
  Rng,
  setBackend,
  StepArena,
  tensor,
} from "../mod.ts";
import {
  conv2dBackwardInputReference,
  conv2dBackwardWeightReference,
  conv2dReference,
  convGeometry,
  convParams,
  im2col,
} from "../core/conv_ops.ts";
import { cnnStep } from "./_cnn.ts";

const ROUNDS = Number(Deno.args[0] ?? 30);
const BASE = Deno.args[1];
const [N, C, H, W, O] = [32, 16, 16, 16, 32];
const K = C * 9, HW = H * W;
const rng = new Rng(0);
const rand = (n: number) => {
  const d = new Float32Array(n);
  for (let i = 0; i < n; i++) d[i] = rng.normal();
  return d;
};

const wasm: Backend = defaultRegistry.create("backend", "wasm");
const wasmNoKernels: Backend = { ...wasm, kernel: undefined };
const cases: [string, () => void][] = [];
const base: Backend | null = BASE === undefined ? null : await (async () => {
  const url = new URL(BASE, `file://${Deno.cwd()}/`).href;
  const mod = await import(url);
  return new mod.WasmKernels({ relaxed: true, minMatmulWork: 512, minElementwise: 256 })
    .backend() as Backend;
})();
const backends: [string, Backend][] = [["wasm", wasm]];
if (base) backends.push(["base", base]);

// ---- the layer op, forward and forward+backward ---------------------------
const x = tensor(rand(N * C * HW), { shape: [N, C, H, W], requiresGrad: true });
const w = tensor(rand(O * K), { shape: [O, C, 3, 3], requiresGrad: true });
const b = tensor(rand(O), { shape: [O], requiresGrad: true });
const up = tensor(rand(N * O * HW), { shape: [N, O, H, W] });
const arena = new StepArena();
for (
  const [name, be] of [...backends, ["wasm, core im2col", wasmNoKernels], [
    "js",
    jsBackend,
  ]] as const
) {
  for (const back of [false, true]) {
    cases.push([`conv2d ${back ? "fwd+bwd" : "fwd"} (${name})`, () => {
      const prev = setBackend(be);
      try {
        arena.run(() => {
          const y = conv2d(x, w, b, { padding: [1, 1] });
          if (back) y.backward(up);
        });
        x.grad = w.grad = b.grad = null;
      } finally {
        setBackend(prev);
      }
    }]);
  }
}

// ---- each kernel alone ----------------------------------------------------
const g = convGeometry([N, C, H, W], [O, C, 3, 3], { padding: [1, 1] });
const p = convParams(g);
const xd = x.data, wd = w.data, bd = b.data, dyd = up.data;
const yd = new Float32Array(N * O * HW), dxd = new Float32Array(xd.length);
const dwd = new Float32Array(wd.length), dbd = new Float32Array(O);
const onWasm = (fn: () => void) => () => {
  const prev = setBackend(wasm);
  try {
    fn();
  } finally {
    setBackend(prev);
  }
};
const kernels = [
  ["conv2d", [xd, wd, bd], [yd], conv2dReference],
  ["conv2dBackwardInput", [dyd, wd], [dxd], conv2dBackwardInputReference],
  ["conv2dBackwardWeight", [dyd, xd], [dwd, dbd], conv2dBackwardWeightReference],
] as const;
for (const [name, ins, outs, ref] of kernels) {
  for (const [tag, be] of backends) {
    const k = findKernel(name, be)!;
    cases.push([`${name} kernel (${tag})`, onWasm(() => k(ins, outs, p))]);
  }
  cases.push([`${name} kernel (core loops, wasm matmul)`, onWasm(() => ref(ins, outs, p))]);
}

// ---- layout: NCHW vs NHWC forward as im2col + gemm ------------------------
const wT = rand(K * O);
const col = new Float32Array(K * HW), yl = new Float32Array(N * O * HW);
function im2colNhwc(xo: number): void {
  for (let i = 0; i < H; i++) {
    for (let j = 0; j < W; j++) {
      const rb = (i * W + j) * K;
      for (let u = 0; u < 3; u++) {
        const hh = i - 1 + u;
        for (let v = 0; v < 3; v++) {
          const ww = j - 1 + v, ob = rb + (u * 3 + v) * C;
          if (hh < 0 || hh >= H || ww < 0 || ww >= W) {
            col.fill(0, ob, ob + C);
            continue;
          }
          const xb = xo + (hh * W + ww) * C;
          for (let c = 0; c < C; c++) col[ob + c] = xd[xb + c];
        }
      }
    }
  }
}
for (const gemm of [true, false]) {
  const what = gemm ? "im2col + gemm" : "im2col only";
  cases.push([`NCHW ${what}`, () => {
    for (let n = 0; n < N; n++) {
      im2col(xd, n * C * HW, col, g, C);
      if (gemm) wasm.matmul(wd, col, yl.subarray(n * O * HW, (n + 1) * O * HW), O, K, HW);
    }
  }]);
  cases.push([`NHWC ${what}`, () => {
    for (let n = 0; n < N; n++) {
      im2colNhwc(n * C * HW);
      if (gemm) wasm.matmul(col, wT, yl.subarray(n * O * HW, (n + 1) * O * HW), HW, K, O);
    }
  }]);
}

// ---- the small CNN's step -------------------------------------------------
const cnnX = rand(32 * 64).map((v) => v + 0.5);
for (const [tag, be] of backends) {
  const step = cnnStep(cnnX, "adam", be);
  cases.push([`CNN step (${tag})`, () => void step()]);
}

// ---- interleaved rounds ---------------------------------------------------
const times = new Map<string, number[]>(cases.map(([n]) => [n, []]));
for (let r = 0; r < 3; r++) for (const [, fn] of cases) fn();
for (let r = 0; r < ROUNDS; r++) {
  for (const [name, fn] of cases) {
    const t0 = performance.now();
    fn();
    times.get(name)!.push(performance.now() - t0);
  }
}
const load = await Deno.readTextFile("/proc/loadavg").catch(() => "?");
console.log(
  `${new Date().toISOString()}, load ${load.split(" ").slice(0, 3).join(" ")}; batch ${N}, ` +
    `${C}→${O} channels, 3×3, ${H}×${W}, padding 1; ${ROUNDS} rounds`,
);
for (const [name, ts] of times) {
  ts.sort((a, c) => a - c);
  const med = ts[ts.length >> 1];
  console.log(
    `${name.padEnd(48)} best ${ts[0].toFixed(2).padStart(7)}  median ${
      med.toFixed(2).padStart(7)
    } ms`,
  );
}
arena.dispose();
