/**
 * The kernel interface: every loop over typed arrays that the core runs lives
 * behind {@linkcode Backend}, so a faster backend (WASM SIMD, workers) can
 * replace them without touching autograd, layers or plugins.
 *
 * @module
 */

import { RectifyError } from "./errors.ts";

/** Storage of a tensor: float32 or float64. */
export type Data = Float32Array | Float64Array;

/** Element-wise binary kernels on equal-length arrays. */
export type BinaryOp = "add" | "sub" | "mul" | "div" | "pow" | "maximum" | "minimum";

/** Element-wise unary kernels. */
export type UnaryOp = "neg" | "exp" | "log" | "sqrt" | "abs" | "sign" | "square" | "recip";

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
  /** `out[i] = a[i] op b[i]` for equal lengths. */
  binary(op: BinaryOp, a: Data, b: Data, out: Data): void;
  /** `out[i] = op(x[i])`. */
  unary(op: UnaryOp, x: Data, out: Data): void;
  /** Sum over the middle axis of `[outer, len, inner]` into `[outer, inner]`. */
  sumAxis(x: Data, out: Data, outer: number, len: number, inner: number): void;
  /** Max over the middle axis of `[outer, len, inner]`; `argmax` gets the first maximal index. */
  maxAxis(x: Data, out: Data, argmax: Int32Array, outer: number, len: number, inner: number): void;
}

function matmulNN(a: Data, b: Data, out: Data, m: number, k: number, n: number): void {
  for (let i = 0; i < m; i++) {
    const oi = i * n;
    const ai = i * k;
    for (let p = 0; p < k; p++) {
      const av = a[ai + p];
      if (av === 0) continue;
      const bp = p * n;
      for (let j = 0; j < n; j++) out[oi + j] += av * b[bp + j];
    }
  }
}

function matmulNT(a: Data, b: Data, out: Data, m: number, k: number, n: number): void {
  for (let i = 0; i < m; i++) {
    const ai = i * k;
    for (let j = 0; j < n; j++) {
      const bj = j * k;
      let s = 0;
      for (let p = 0; p < k; p++) s += a[ai + p] * b[bj + p];
      out[i * n + j] += s;
    }
  }
}

function matmulTN(a: Data, b: Data, out: Data, m: number, k: number, n: number): void {
  for (let p = 0; p < k; p++) {
    const ap = p * m;
    const bp = p * n;
    for (let i = 0; i < m; i++) {
      const av = a[ap + i];
      if (av === 0) continue;
      const oi = i * n;
      for (let j = 0; j < n; j++) out[oi + j] += av * b[bp + j];
    }
  }
}

function matmulTT(a: Data, b: Data, out: Data, m: number, k: number, n: number): void {
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) s += a[p * m + i] * b[j * k + p];
      out[i * n + j] += s;
    }
  }
}

/** The pure TypeScript reference backend. */
export const jsBackend: Backend = {
  name: "js",
  matmul(a, b, out, m, k, n, options = {}) {
    if (!options.accumulate) out.fill(0, 0, m * n);
    if (options.transA) {
      if (options.transB) matmulTT(a, b, out, m, k, n);
      else matmulTN(a, b, out, m, k, n);
    } else if (options.transB) matmulNT(a, b, out, m, k, n);
    else matmulNN(a, b, out, m, k, n);
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
 * console.log(getBackend().name); // "js"
 * ```
 */
export function getBackend(): Backend {
  return current;
}

/**
 * Switch the kernels the core runs on; returns the previous backend.
 *
 * @example
 * ```ts
 * import { jsBackend, setBackend } from "@rectify/core";
 * const previous = setBackend(jsBackend);
 * setBackend(previous);
 * ```
 */
export function setBackend(backend: Backend): Backend {
  const prev = current;
  current = backend;
  return prev;
}
