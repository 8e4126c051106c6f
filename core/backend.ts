/**
 * The kernel interface: every loop over typed arrays that the core runs lives
 * behind {@linkcode Backend}, so a faster backend (WASM SIMD, workers) can
 * replace them without touching autograd, layers or plugins.
 *
 * @module
 */

import { RectifyError } from "./errors.ts";
import { _noteDevice, syncHost } from "./storage.ts";

/** Storage of a tensor: float32 or float64. */
export type Data = Float32Array | Float64Array;

/** Element-wise binary kernels on equal-length arrays. */
export type BinaryOp = "add" | "sub" | "mul" | "div" | "pow" | "maximum" | "minimum";

/** Element-wise unary kernels. */
export type UnaryOp = "neg" | "exp" | "log" | "sqrt" | "abs" | "sign" | "square" | "recip";

/**
 * A kernel registered under an open op name: one loop (or one call into
 * faster code) over whole arrays. It reads `inputs`, writes `outputs` (an
 * in-place kernel lists an array in both) and takes its options and sizes
 * as numbers in `params`; what each of them means is fixed by whoever owns
 * the op name (an activation plugin for its forward and backward, a layer
 * for its convolution, an optimizer for its update) and documented there.
 * Returning `false` declines these arrays (a float64 array, a size below a
 * threshold, memory it cannot lend): the caller then runs its reference
 * loop, which must give the same results.
 */
export type Kernel = (
  inputs: readonly Data[],
  outputs: readonly Data[],
  params: readonly number[],
) => boolean | void;

/** Options of {@linkcode Backend.matmul}. */
export interface MatmulOptions {
  /** Read A as its transpose (A is stored `[k, m]`). */
  transA?: boolean;
  /** Read B as its transpose (B is stored `[n, k]`). */
  transB?: boolean;
  /** Add into `out` instead of overwriting it. */
  accumulate?: boolean;
}

/**
 * A set of kernels. `js` is the pure TypeScript reference; other backends
 * (kind `backend` plugins) implement the same contract and are checked
 * against it.
 *
 * @example Running a kernel directly
 * ```ts
 * import { getBackend } from "@rectify/core";
 * const out = new Float32Array(4);
 * getBackend().matmul(
 *   new Float32Array([1, 2, 3, 4]),
 *   new Float32Array([1, 0, 0, 1]),
 *   out,
 *   2,
 *   2,
 *   2,
 * );
 * console.log(out); // [1, 2, 3, 4]
 * ```
 */
export interface Backend {
  /** Backend id, e.g. `"js"` or `"wasm"`. */
  readonly name: string;
  /**
   * Optional: how many threads the backend's large kernels run on now (1
   * when absent; the `wasm` backend with `threads: 2` reports 2 once its
   * worker is ready).
   */
  threads?(): number;
  /** `out[m, n] (+)= op(A)[m, k] · op(B)[k, n]`, all row-major. */
  matmul(
    a: Data,
    b: Data,
    out: Data,
    m: number,
    k: number,
    n: number,
    options?: MatmulOptions,
  ): void;
  /**
   * Optional fused dense forward: `out[m, n] = x[m, k] · w[k, n] + bias[n]`
   * (bias added after the product, so results equal `matmul` then `add`).
   * Backends without it get `matmul` followed by a broadcast add.
   */
  linear?(
    x: Data,
    w: Data,
    bias: Data | null,
    out: Data,
    m: number,
    k: number,
    n: number,
  ): void;
  /**
   * Optional: `n` float32 elements of the backend's own memory, which its
   * kernels read and write in place (no copies in or out), or null when it
   * has none to lend. The block is not zeroed, stays valid (also across the
   * backend's memory growth) until {@linkcode Backend.free}, and never
   * overlaps another live block. `StepArena` takes its float32 slabs and
   * gradient buffers from here, `Dense` its weight and bias, and an optimizer
   * its float32 state buffers (the last three given back when they are
   * garbage-collected).
   */
  allocate?(n: number): Float32Array | null;
  /** Optional: give back a block from {@linkcode Backend.allocate} (it may be reused). */
  free?(block: Float32Array): void;
  /**
   * Optional, for a backend whose kernels leave their results in device
   * memory (a GPU) instead of the arrays they are given: make the host array
   * `data` current (copy the device's newer contents into it, when there are
   * any) and treat the host array as the current copy from then on, since the
   * caller may write it; the next kernel that reads it copies it back. With
   * `keep` false the caller overwrites every element, so nothing is copied.
   * The core calls it wherever host code reads storage: `Tensor.data`, and
   * before a reference loop runs in {@linkcode runKernel}. A backend with it
   * is handed storage as `Tensor.storage` (not made current) by the
   * ops whose kernels it serves.
   */
  toHost?(data: Data, keep?: boolean): void;
  /**
   * Optional: this backend's own kernel for an open op name (see
   * {@linkcode Kernel}), or undefined when it has none. Kernels registered
   * with {@linkcode registerKernel} for this backend's name come first
   * (see {@linkcode findKernel}).
   */
  kernel?(name: string): Kernel | undefined;
  /** `out[i] = a[i] op b[i]` for equal lengths. */
  binary(op: BinaryOp, a: Data, b: Data, out: Data): void;
  /** `out[i] = op(x[i])`. */
  unary(op: UnaryOp, x: Data, out: Data): void;
  /** Sum over the middle axis of `[outer, len, inner]` into `[outer, inner]`. */
  sumAxis(x: Data, out: Data, outer: number, len: number, inner: number): void;
  /** Max over the middle axis of `[outer, len, inner]`; `argmax` gets the first maximal index. */
  maxAxis(x: Data, out: Data, argmax: Int32Array, outer: number, len: number, inner: number): void;
}

/**
 * One 4x4 register tile: `out[o + r*n + c] += sum_p A(r, p) · B(p, c)`, where
 * A(r, p) = `a[ao + r*ars + p*aps]` and B(p, c) = `b[bo + p*brs + c*bcs]`.
 * Kept small on purpose: V8 optimises (and keeps) a small hot function far
 * more reliably than one big register-tiled matmul.
 */
function tile4x4(
  a: Data,
  ao: number,
  ars: number,
  aps: number,
  b: Data,
  bo: number,
  brs: number,
  bcs: number,
  out: Data,
  o: number,
  n: number,
  k: number,
): void {
  let c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0;
  let c20 = 0, c21 = 0, c22 = 0, c23 = 0, c30 = 0, c31 = 0, c32 = 0, c33 = 0;
  const ar2 = 2 * ars, ar3 = 3 * ars, bc2 = 2 * bcs, bc3 = 3 * bcs;
  let pa = ao, pb = bo;
  for (let p = 0; p < k; p++) {
    const a0 = a[pa], a1 = a[pa + ars], a2 = a[pa + ar2], a3 = a[pa + ar3];
    const b0 = b[pb], b1 = b[pb + bcs], b2 = b[pb + bc2], b3 = b[pb + bc3];
    c00 += a0 * b0;
    c01 += a0 * b1;
    c02 += a0 * b2;
    c03 += a0 * b3;
    c10 += a1 * b0;
    c11 += a1 * b1;
    c12 += a1 * b2;
    c13 += a1 * b3;
    c20 += a2 * b0;
    c21 += a2 * b1;
    c22 += a2 * b2;
    c23 += a2 * b3;
    c30 += a3 * b0;
    c31 += a3 * b1;
    c32 += a3 * b2;
    c33 += a3 * b3;
    pa += aps;
    pb += brs;
  }
  out[o] += c00;
  out[o + 1] += c01;
  out[o + 2] += c02;
  out[o + 3] += c03;
  o += n;
  out[o] += c10;
  out[o + 1] += c11;
  out[o + 2] += c12;
  out[o + 3] += c13;
  o += n;
  out[o] += c20;
  out[o + 1] += c21;
  out[o + 2] += c22;
  out[o + 3] += c23;
  o += n;
  out[o] += c30;
  out[o + 1] += c31;
  out[o + 2] += c32;
  out[o + 3] += c33;
}

/** The ragged edge: one output element at a time. */
function dotAt(
  a: Data,
  ao: number,
  aps: number,
  b: Data,
  bo: number,
  brs: number,
  k: number,
): number {
  let s = 0;
  for (let p = 0; p < k; p++) {
    s += a[ao] * b[bo];
    ao += aps;
    bo += brs;
  }
  return s;
}

/** `out += op(A)·op(B)` with 4x4 register tiles and strided operand access. */
function matmulTiled(
  a: Data,
  b: Data,
  out: Data,
  m: number,
  k: number,
  n: number,
  transA: boolean,
  transB: boolean,
): void {
  const ars = transA ? 1 : k, aps = transA ? m : 1;
  const brs = transB ? 1 : n, bcs = transB ? k : 1;
  const m4 = m - (m % 4), n4 = n - (n % 4);
  for (let i = 0; i < m4; i += 4) {
    for (let j = 0; j < n4; j += 4) {
      tile4x4(a, i * ars, ars, aps, b, j * bcs, brs, bcs, out, i * n + j, n, k);
    }
  }
  for (let i = 0; i < m; i++) {
    const j0 = i < m4 ? n4 : 0;
    for (let j = j0; j < n; j++) out[i * n + j] += dotAt(a, i * ars, aps, b, j * bcs, brs, k);
  }
}

/** The pure TypeScript reference backend. */
export const jsBackend: Backend = {
  name: "js",
  matmul(a, b, out, m, k, n, options = {}) {
    if (!options.accumulate) out.fill(0, 0, m * n);
    matmulTiled(a, b, out, m, k, n, options.transA === true, options.transB === true);
  },
  linear(x, w, bias, out, m, k, n) {
    out.fill(0, 0, m * n);
    matmulTiled(x, w, out, m, k, n, false, false);
    if (bias === null) return;
    for (let i = 0; i < m; i++) {
      const o = i * n;
      for (let j = 0; j < n; j++) out[o + j] += bias[j];
    }
  },
  binary(op, a, b, out) {
    const len = out.length;
    switch (op) {
      case "add":
        for (let i = 0; i < len; i++) out[i] = a[i] + b[i];
        return;
      case "sub":
        for (let i = 0; i < len; i++) out[i] = a[i] - b[i];
        return;
      case "mul":
        for (let i = 0; i < len; i++) out[i] = a[i] * b[i];
        return;
      case "div":
        for (let i = 0; i < len; i++) out[i] = a[i] / b[i];
        return;
      case "pow":
        for (let i = 0; i < len; i++) out[i] = Math.pow(a[i], b[i]);
        return;
      case "maximum":
        for (let i = 0; i < len; i++) out[i] = a[i] >= b[i] ? a[i] : b[i];
        return;
      case "minimum":
        for (let i = 0; i < len; i++) out[i] = a[i] <= b[i] ? a[i] : b[i];
        return;
      default:
        throw new RectifyError("option", `binary kernel: unknown op "${op}"`);
    }
  },
  unary(op, x, out) {
    const len = out.length;
    switch (op) {
      case "neg":
        for (let i = 0; i < len; i++) out[i] = -x[i];
        return;
      case "exp":
        for (let i = 0; i < len; i++) out[i] = Math.exp(x[i]);
        return;
      case "log":
        for (let i = 0; i < len; i++) out[i] = Math.log(x[i]);
        return;
      case "sqrt":
        for (let i = 0; i < len; i++) out[i] = Math.sqrt(x[i]);
        return;
      case "abs":
        for (let i = 0; i < len; i++) out[i] = Math.abs(x[i]);
        return;
      case "sign":
        for (let i = 0; i < len; i++) out[i] = x[i] > 0 ? 1 : x[i] < 0 ? -1 : 0;
        return;
      case "square":
        for (let i = 0; i < len; i++) out[i] = x[i] * x[i];
        return;
      case "recip":
        for (let i = 0; i < len; i++) out[i] = 1 / x[i];
        return;
      default:
        throw new RectifyError("option", `unary kernel: unknown op "${op}"`);
    }
  },
  sumAxis(x, out, outer, len, inner) {
    if (inner === 1) {
      // a row sum per output, in a local rounded at every step as `out` is (float32 or not)
      const f32 = out instanceof Float32Array;
      for (let o = 0, i = 0; o < outer; o++) {
        let s = 0;
        for (const end = i + len; i < end; i++) s = f32 ? Math.fround(s + x[i]) : s + x[i];
        out[o] = s;
      }
      return;
    }
    out.fill(0, 0, outer * inner);
    for (let o = 0; o < outer; o++) {
      const ob = o * inner;
      for (let l = 0; l < len; l++) {
        const xb = (o * len + l) * inner;
        for (let i = 0; i < inner; i++) out[ob + i] += x[xb + i];
      }
    }
  },
  maxAxis(x, out, argmax, outer, len, inner) {
    for (let o = 0; o < outer; o++) {
      for (let i = 0; i < inner; i++) {
        const base = o * len * inner + i;
        let best = x[base];
        let bi = 0;
        for (let l = 1; l < len; l++) {
          const v = x[base + l * inner];
          if (v > best || (best !== best && v === v)) {
            best = v;
            bi = l;
          }
        }
        out[o * inner + i] = best;
        argmax[o * inner + i] = bi;
      }
    }
  },
};

let current: Backend = jsBackend;

/**
 * The backend the core currently runs its kernels on.
 *
 * @example
 * ```ts
 * import { getBackend } from "@rectify/core";
 * console.log(["js", "wasm"].includes(getBackend().name)); // true
 * ```
 */
export function getBackend(): Backend {
  return current;
}

/** How a backend spec string becomes a backend (set by the registry module). */
let resolveBackend: ((spec: string) => Backend) | null = null;

/** @internal the registry module makes `setBackend("name")` create from the default registry. */
export function _setBackendResolver(resolve: (spec: string) => Backend): void {
  resolveBackend = resolve;
}

/**
 * Switch the kernels the core runs on; returns the previous backend. A
 * string is a backend plugin spec (`"js"`, `"wasm"`, `"wasm:threads=2"`,
 * `"webgpu"`) created from the default registry; an unknown name, or a
 * backend that cannot start (e.g. `"webgpu"` without an adapter), throws and
 * leaves the current backend as it was.
 *
 * @example
 * ```ts
 * import { jsBackend, setBackend } from "@rectify/core";
 * const previous = setBackend(jsBackend);
 * setBackend("js"); // the same, by name
 * setBackend(previous);
 * ```
 */
export function setBackend(spec: Backend | string): Backend {
  const backend = typeof spec === "string" ? resolveSpec(spec) : spec;
  const prev = current;
  current = backend;
  if (backend.toHost !== undefined) _noteDevice(backend);
  return prev;
}

function resolveSpec(spec: string): Backend {
  if (resolveBackend === null) {
    throw new RectifyError(
      "plugin",
      `setBackend("${spec}"): no registry is loaded to create it from`,
    );
  }
  return resolveBackend(spec);
}

/** Kernels registered by name for a backend name: backend name → op name → kernel. */
const registeredKernels = new Map<string, Map<string, Kernel>>();

/** Options of {@linkcode registerKernel}. */
export interface RegisterKernelOptions {
  /** Replace a kernel already registered (or built into the backend) under this name. */
  replace?: boolean;
}

function checkKernelName(what: string, value: unknown): string {
  if (typeof value !== "string" || value.length === 0) {
    throw new TypeError(`registerKernel: ${what} must be a non-empty string, got ${String(value)}`);
  }
  return value;
}

/**
 * Register a kernel for a backend (by its name) under an open op name, in the
 * spirit of tfjs-core's `registerKernel`: from then on
 * {@linkcode findKernel} returns it whenever that backend is current, before
 * the backend's own kernel of that name. A name that backend already has
 * (registered, or built into the backend in use now) is an error unless
 * `replace` is set. Returns a function that removes this registration (and
 * only this one).
 *
 * @example A faster loop for a custom op on the js backend
 * ```ts
 * import { findKernel, jsBackend, registerKernel } from "@rectify/core";
 * const remove = registerKernel("js", "example.double", ([x], [y]) => {
 *   for (let i = 0; i < x.length; i++) y[i] = 2 * x[i];
 * });
 * const y = new Float32Array(2);
 * findKernel("example.double", jsBackend)!([new Float32Array([1, 2])], [y], []);
 * console.log(y); // Float32Array [2, 4]
 * remove();
 * ```
 */
export function registerKernel(
  backend: string,
  name: string,
  kernel: Kernel,
  options: RegisterKernelOptions = {},
): () => void {
  checkKernelName("the backend name", backend);
  checkKernelName("the kernel name", name);
  if (typeof kernel !== "function") {
    throw new TypeError(
      `registerKernel: kernel "${name}" for backend "${backend}" must be a function, got ${typeof kernel}`,
    );
  }
  let table = registeredKernels.get(backend);
  const builtIn = current.name === backend && current.kernel?.(name) !== undefined;
  if ((table?.has(name) || builtIn) && options.replace !== true) {
    throw new RectifyError(
      "registry",
      `Cannot register kernel "${name}" for backend "${backend}": the name is taken (pass { replace: true } to replace it)`,
    );
  }
  if (table === undefined) registeredKernels.set(backend, table = new Map());
  table.set(name, kernel);
  return () => {
    if (table.get(name) === kernel) table.delete(name);
  };
}

/**
 * The kernel that runs op `name` on `backend` (the current one by default):
 * a kernel registered with {@linkcode registerKernel} for the backend's name,
 * else the backend's own, else undefined (the caller runs its reference loop).
 *
 * @example
 * ```ts
 * import { findKernel, jsBackend } from "@rectify/core";
 * console.log(findKernel("no.such.op", jsBackend)); // undefined
 * ```
 */
export function findKernel(name: string, backend: Backend = current): Kernel | undefined {
  return registeredKernels.get(backend.name)?.get(name) ?? backend.kernel?.(name);
}

/**
 * Run op `name`: the current backend's kernel when there is one and it does
 * not decline, else `reference` (the owner's own loop, which defines the op),
 * on host arrays made current first (see {@linkcode Backend.toHost}).
 *
 * @example
 * ```ts
 * import { runKernel } from "@rectify/core";
 * const y = new Float64Array(2);
 * runKernel("example.negate", [new Float64Array([1, -2])], [y], [], ([x], [out]) => {
 *   for (let i = 0; i < x.length; i++) out[i] = -x[i];
 * });
 * console.log(y); // Float64Array [-1, 2]
 * ```
 */
export function runKernel(
  name: string,
  inputs: readonly Data[],
  outputs: readonly Data[],
  params: readonly number[],
  reference: Kernel,
): void {
  const k = findKernel(name);
  if (k !== undefined && k(inputs, outputs, params) !== false) return;
  for (const d of inputs) syncHost(d);
  for (const d of outputs) syncHost(d);
  if (current.toHost === undefined) {
    reference(inputs, outputs, params);
    return;
  }
  // a reference loop works on host arrays (views included): what it asks of a backend runs on
  // the js kernels, not on device memory
  const device = current;
  current = jsBackend;
  try {
    reference(inputs, outputs, params);
  } finally {
    current = device;
  }
}

const copyReference: Kernel = ([src], [dst]) => {
  dst.set(src);
};

const zeroReference: Kernel = (_inputs, [dst]) => {
  dst.fill(0);
};

/**
 * @internal the `"zero"` op of core: every element of `dst` set to 0, on the
 * current backend's kernel of that name if any (`TypedArray.fill` on a
 * shared memory's view, where a backend's `allocate` blocks may live, writes
 * element by element: ~9x slower than a `memory.fill`).
 */
export function zeroData(dst: Data): void {
  runKernel("zero", [], [dst], [], zeroReference);
}

/**
 * @internal the `"copy"` op of core: `dst` gets `src`'s elements (equal
 * lengths and dtypes), on the current backend's kernel of that name if any.
 */
export function copyData(src: Data, dst: Data): void {
  runKernel("copy", [src], [dst], [], copyReference);
}
