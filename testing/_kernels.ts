/**
 * The plugin kit's `kernels` check: whatever kernels a backend brings for an
 * activation's op names (its own, or registered with `registerKernel`) must
 * give the results of the plugin's reference loops. @internal
 *
 * @module
 */

import {
  type ActivationInstance,
  type Backend,
  type Data,
  type DType,
  findKernel,
  type Kernel,
  Rng,
  setBackend,
  Tensor,
} from "../core/mod.ts";
import { fail, fmtNum } from "./_runner.ts";
import type { KernelTolerance } from "./types.ts";

/** float32 default: a few float32 ulps, the SIMD polynomials' accuracy (0, 0: same values). */
export const FLOAT32_KERNEL_TOLERANCE: KernelTolerance = { atol: 1e-6, rtol: 1e-6 };
const FLOAT64_KERNEL_TOLERANCE: KernelTolerance = { atol: 1e-12, rtol: 1e-12 };

/** Elements of the test input: past the size below which a backend may decline (wasm: 256). */
const MIN_ELEMENTS = 4099;

/** Op names asked for, by direction. */
interface Asked {
  forward: Set<string>;
  backward: Set<string>;
}

/** What one forward/backward pass gave. */
interface Pass {
  y: Data;
  dx: Data;
  grads: [string, Data][];
}

/**
 * `be` with no kernel of its own and a name nothing is registered under: ops
 * run their reference loops; the op names they ask for are recorded.
 */
function referenceBackend(be: Backend, asked: Asked, phase: { now: keyof Asked }): Backend {
  const kernel = (name: string): Kernel | undefined => {
    asked[phase.now].add(name);
    return undefined;
  };
  return { ...be, name: `${be.name} (reference loops, plugin kit)`, kernel };
}

/** Test inputs: several scales, the special values and the kinks first. */
function inputs(n: number, dtype: DType, kinks: readonly number[], seed: number): Data {
  const x = dtype === "float64" ? new Float64Array(n) : new Float32Array(n);
  const rng = new Rng(seed);
  const scales = [3, 1e-3, 30, 1];
  for (let i = 0; i < n; i++) x[i] = Math.fround((rng.uniform() * 2 - 1) * scales[i % 4]);
  const special = [0, -0, NaN, Infinity, -Infinity, 1e4, -1e4, 88, -88, 20, -20, 1e-30];
  [...special, ...kinks].slice(0, n).forEach((v, i) => (x[7 * i % n] = v));
  return x;
}

/** One forward and backward pass on `be` (`beforeBackward` runs between them). */
function run(
  make: (dtype: DType) => ActivationInstance,
  be: Backend,
  x0: Data,
  shape: number[],
  seed: number,
  beforeBackward: () => void = () => {},
): Pass {
  const prev = setBackend(be);
  try {
    const inst = make(x0 instanceof Float64Array ? "float64" : "float32");
    inst.train?.(false);
    inst.build?.(shape.slice(1));
    const x = new Tensor(x0.slice(), shape, { requiresGrad: true });
    const y = inst.forward(x);
    const w = y.dtype === "float64" ? new Float64Array(y.size) : new Float32Array(y.size);
    const rng = new Rng(seed);
    for (let i = 0; i < w.length; i++) w[i] = Math.fround(rng.uniform() * 2 - 1);
    beforeBackward();
    y.backward(new Tensor(w, y.shape));
    const grads = Object.entries(inst.parameters?.() ?? {}).map(([k, p]): [string, Data] => [
      k,
      p.grad?.data ?? new Float64Array(0),
    ]);
    return { y: y.data, dx: x.grad!.data, grads };
  } finally {
    setBackend(prev);
  }
}

/** Index of the first element outside the tolerance (NaN matches NaN only), or -1. */
function firstMismatch(got: Data, want: Data, tol: KernelTolerance): number {
  if (got.length !== want.length) return 0;
  for (let i = 0; i < got.length; i++) {
    const a = got[i], b = want[i];
    if (a === b || (a !== a && b !== b)) continue;
    if (!(Math.abs(a - b) <= tol.atol + tol.rtol * Math.abs(b))) return i;
  }
  return -1;
}

/** `op "relu" (the backend's own kernel)`, for the op names of one direction that have kernels. */
function describeKernels(names: readonly string[], be: Backend): string {
  return names.map((n) => {
    // registered kernels are found by the backend's name alone
    const registered = findKernel(n, { ...be, kernel: undefined }) !== undefined;
    const where = registered ? "a registered kernel" : "the backend's own kernel";
    return `op "${n}" (${where})`;
  }).join(", ");
}

/**
 * The `kernels` check: run forward and backward of instances from `make` on
 * `be` and on `be` without kernels (the plugin's reference loops), in
 * float32 and float64, and compare outputs, input gradients and parameter
 * gradients. Returns the success note; fails naming the op and element.
 */
export function checkKernels(
  make: (dtype: DType) => ActivationInstance,
  be: Backend,
  features: number,
  kinks: readonly number[],
  seed: number,
  tolerance: KernelTolerance = FLOAT32_KERNEL_TOLERANCE,
): string {
  const rows = Math.ceil(MIN_ELEMENTS / features);
  const shape = [rows, features];
  const asked: Asked = { forward: new Set(), backward: new Set() };
  const notes: string[] = [];
  for (const dtype of ["float32", "float64"] as const) {
    const x = inputs(rows * features, dtype, kinks, seed + 3);
    const phase = { now: "forward" as keyof Asked };
    const ref = referenceBackend(be, asked, phase);
    // the reference pass, recording which op names each direction asks for
    const want = run(make, ref, x, shape, seed + 4, () => (phase.now = "backward"));
    const withKernels = (dir: keyof Asked) =>
      [...asked[dir]].filter((n) => findKernel(n, be) !== undefined);
    const fw = withKernels("forward"), bw = withKernels("backward");
    if (fw.length === 0 && bw.length === 0) continue;
    const got = run(make, be, x, shape, seed + 4);
    const tol = dtype === "float64" ? FLOAT64_KERNEL_TOLERANCE : tolerance;
    const tolText = tol.atol === 0 && tol.rtol === 0
      ? "same values asked"
      : `tolerance atol ${tol.atol.toExponential()}, rtol ${tol.rtol.toExponential()}`;
    const compare = (what: string, g: Data, w: Data, names: string[]) => {
      const i = firstMismatch(g, w, tol);
      if (i < 0) return;
      const at = what === "output" || what === "input gradient"
        ? ` (x = ${fmtNum(x[i % x.length])})`
        : "";
      fail(
        `${
          describeKernels(names, be)
        } on backend "${be.name}": ${dtype} ${what} element ${i}${at} is ${
          fmtNum(g[i])
        }, the plugin's reference loop gives ${fmtNum(w[i])} (${tolText})`,
      );
    };
    compare("output", got.y, want.y, fw);
    const backNames = bw.length > 0 ? bw : fw;
    compare("input gradient", got.dx, want.dx, backNames);
    got.grads.forEach(([k, g], j) =>
      compare(`gradient of parameter "${k}"`, g, want.grads[j][1], backNames)
    );
    notes.push(`${dtype}: ${[...fw, ...bw].map((n) => `"${n}"`).join(", ")}`);
  }
  const all = [...asked.forward, ...asked.backward];
  if (all.length === 0) return "asks the backend for no kernel (its own loops or core ops only)";
  if (notes.length === 0) {
    return `no kernel on backend "${be.name}" for its op names ${
      all.map((n) => `"${n}"`).join(", ")
    }: the reference loops run`;
  }
  return `kernels of backend "${be.name}" give the reference loops' results (ops with a kernel: ${
    notes.join("; ")
  }; float32 ${
    tolerance.atol === 0 && tolerance.rtol === 0
      ? "same values"
      : `within ${tolerance.atol.toExponential()} + ${tolerance.rtol.toExponential()}·|ref|`
  }) on ${rows}×${features} inputs with special values and kinks`;
}
