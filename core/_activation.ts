/**
 * The reference (js) activation kernels behind `Backend.activation`: one
 * loop per named kernel over whole typed arrays, float32 and float64. The
 * activation plugins run these when the current backend has no faster
 * kernel. @internal
 *
 * @module
 */

import { logistic, normalCdf, normalPdf, softplusScalar } from "./_math.ts";
import { RectifyError } from "./errors.ts";

/** A float32 or float64 array (same as `Data`, without the import cycle). */
type Arr = Float32Array | Float64Array;

/**
 * Named element-wise activation kernels (see `Backend.activation`). A forward
 * kernel reads `[x]`; a backward kernel reads `[saved, g]` where `saved` is
 * the forward's output for relu, leakyRelu, relu6, hardTanh, elu, selu, celu,
 * sigmoid and tanh, and its input for the others. Parameters, in order:
 * leakyRelu `[alpha]` (alpha ≥ 0 for the backward), hardTanh `[min, max]`,
 * elu and celu `[alpha]`, swish `[beta]`, softplus `[beta, threshold]`.
 *
 * prelu's kernels take a periodic last input instead of parameters: the
 * slope row `alphaRow` of length f (one slope per feature element, the
 * input's length a multiple of f), read at `i % f`. `prelu` reads
 * `[x, alphaRow]`: `out[i] = x[i] > 0 ? x[i] : alphaRow[i % f] · x[i]`;
 * `preluBackward` reads `[x, g, alphaRow]` (the forward's input):
 * `out[i] = x[i] > 0 ? g[i] : alphaRow[i % f] · g[i]`.
 *
 * NaN inputs give NaN outputs, except: relu, relu6 and their backwards map
 * NaN to 0 where the definitions below say so (relu keeps NaN, as PyTorch).
 */
export type ActivationKernel =
  | "relu"
  | "reluBackward"
  | "leakyRelu"
  | "leakyReluBackward"
  | "relu6"
  | "relu6Backward"
  | "hardTanh"
  | "hardTanhBackward"
  | "hardSigmoid"
  | "hardSigmoidBackward"
  | "hardSwish"
  | "hardSwishBackward"
  | "elu"
  | "eluBackward"
  | "selu"
  | "seluBackward"
  | "celu"
  | "celuBackward"
  | "sigmoid"
  | "sigmoidBackward"
  | "tanh"
  | "tanhBackward"
  | "silu"
  | "siluBackward"
  | "swish"
  | "swishBackward"
  | "softplus"
  | "softplusBackward"
  | "gelu"
  | "geluBackward"
  | "geluTanh"
  | "geluTanhBackward"
  | "mish"
  | "mishBackward"
  | "prelu"
  | "preluBackward";

/** SELU's constants (Klambauer et al. 2017). */
export const SELU_ALPHA = 1.6732632423543772848170429916717;
/** SELU's scale. */
export const SELU_SCALE = 1.0507009873554804934193349852946;
const SELU_SA = SELU_SCALE * SELU_ALPHA;
const SQRT_2_OVER_PI = 0.7978845608028654;
const GELU_K = 0.044715;

function i32(a: Float32Array): Int32Array {
  return new Int32Array(a.buffer, a.byteOffset, a.length);
}

function relu(x: Arr, y: Arr): void {
  if (x instanceof Float32Array && y instanceof Float32Array) {
    // branchless on the bits: random signs defeat branch prediction
    const xb = i32(x), yb = i32(y);
    for (let i = 0; i < xb.length; i++) {
      const b = xb[i];
      const nan = (0x7f800000 - (b & 0x7fffffff)) >> 31; // -1 for NaN
      yb[i] = b & (~(b >> 31) | nan); // clear negatives (and -0, -Inf) to +0
    }
    return;
  }
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    y[i] = v > 0 || v !== v ? v : 0;
  }
}

function reluBackward(y: Arr, g: Arr, out: Arr): void {
  if (y instanceof Float32Array && g instanceof Float32Array && out instanceof Float32Array) {
    // pass g where y > 0 or y is NaN
    const yb = i32(y), gb = i32(g), ob = i32(out);
    for (let i = 0; i < yb.length; i++) {
      const b = yb[i];
      const nan = (0x7f800000 - (b & 0x7fffffff)) >> 31;
      ob[i] = gb[i] & ((-b & ~b) >> 31 | nan);
    }
    return;
  }
  for (let i = 0; i < y.length; i++) out[i] = y[i] > 0 || y[i] !== y[i] ? g[i] : 0;
}

function leakyRelu(x: Arr, y: Arr, alpha: number): void {
  if (x instanceof Float32Array) {
    // slope by sign bit: branchless
    const bySign = new Float64Array([1, alpha]);
    const xb = i32(x);
    for (let i = 0; i < xb.length; i++) y[i] = x[i] * bySign[xb[i] >>> 31];
    return;
  }
  for (let i = 0; i < x.length; i++) y[i] = x[i] > 0 ? x[i] : alpha * x[i];
}

function leakyReluBackward(y: Arr, g: Arr, out: Arr, alpha: number): void {
  if (y instanceof Float32Array) {
    const byPositive = new Float64Array([alpha, 1]);
    const yb = i32(y);
    for (let i = 0; i < yb.length; i++) {
      const b = yb[i];
      // index 1 iff y > 0: positive bits below the NaNs
      out[i] = g[i] * byPositive[((-b & ~b) & (b - 0x7f800001)) >>> 31];
    }
    return;
  }
  for (let i = 0; i < y.length; i++) out[i] = y[i] > 0 ? g[i] : alpha * g[i];
}

/** `out[i] = x[i] > 0 ? x[i] : a[i % f] · x[i]`, f = a.length. */
function prelu(x: Arr, a: Arr, out: Arr): void {
  const n = out.length, f = a.length;
  for (let b = 0; b < n; b += f) {
    const e = n - b < f ? n - b : f;
    for (let j = 0; j < e; j++) {
      const v = x[b + j];
      out[b + j] = v > 0 ? v : a[j] * v;
    }
  }
}

/** `out[i] = x[i] > 0 ? g[i] : a[i % f] · g[i]`, f = a.length. */
function preluBackward(x: Arr, g: Arr, a: Arr, out: Arr): void {
  const n = out.length, f = a.length;
  for (let b = 0; b < n; b += f) {
    const e = n - b < f ? n - b : f;
    for (let j = 0; j < e; j++) {
      const i = b + j;
      out[i] = x[i] > 0 ? g[i] : a[j] * g[i];
    }
  }
}

type Loop = (x: Arr, g: Arr, out: Arr, p0: number, p1: number, c: Arr) => void;

// One small function per kernel: V8 optimises (and keeps) small hot loops far
// more reliably than one big function holding them all.
const KERNELS: Record<ActivationKernel, Loop> = {
  relu(x, _g, out) {
    relu(x, out);
  },
  reluBackward(x, g, out) {
    reluBackward(x, g, out);
  },
  leakyRelu(x, _g, out, p0) {
    leakyRelu(x, out, p0);
  },
  leakyReluBackward(x, g, out, p0) {
    leakyReluBackward(x, g, out, p0);
  },
  relu6(x, _g, out) {
    for (let i = 0; i < out.length; i++) {
      const v = x[i];
      out[i] = v > 0 ? (v < 6 ? v : 6) : 0;
    }
  },
  relu6Backward(x, g, out) {
    for (let i = 0; i < out.length; i++) out[i] = x[i] > 0 && x[i] < 6 ? g[i] : 0;
  },
  hardTanh(x, _g, out, p0, p1) {
    for (let i = 0; i < out.length; i++) {
      const v = x[i];
      out[i] = v < p0 ? p0 : v > p1 ? p1 : v;
    }
  },
  hardTanhBackward(x, g, out, p0, p1) {
    for (let i = 0; i < out.length; i++) out[i] = x[i] > p0 && x[i] < p1 ? g[i] : 0;
  },
  hardSigmoid(x, _g, out) {
    for (let i = 0; i < out.length; i++) {
      const v = x[i];
      out[i] = v <= -3 ? 0 : v >= 3 ? 1 : v / 6 + 0.5;
    }
  },
  hardSigmoidBackward(x, g, out) {
    for (let i = 0; i < out.length; i++) {
      const v = x[i];
      out[i] = v > -3 && v < 3 ? g[i] / 6 : 0;
    }
  },
  hardSwish(x, _g, out) {
    for (let i = 0; i < out.length; i++) {
      const v = x[i];
      out[i] = v <= -3 ? 0 : v >= 3 ? v : (v * (v + 3)) / 6;
    }
  },
  hardSwishBackward(x, g, out) {
    for (let i = 0; i < out.length; i++) {
      const v = x[i];
      out[i] = v <= -3 ? 0 : v >= 3 ? g[i] : (g[i] * (2 * v + 3)) / 6;
    }
  },
  elu(x, _g, out, p0) {
    for (let i = 0; i < out.length; i++) {
      const v = x[i];
      out[i] = v > 0 ? v : p0 * Math.expm1(v);
    }
  },
  eluBackward(x, g, out, p0) {
    for (let i = 0; i < out.length; i++) out[i] = x[i] > 0 ? g[i] : g[i] * (x[i] + p0);
  },
  selu(x, _g, out) {
    for (let i = 0; i < out.length; i++) {
      const v = x[i];
      out[i] = v > 0 ? SELU_SCALE * v : SELU_SA * Math.expm1(v);
    }
  },
  seluBackward(x, g, out) {
    for (let i = 0; i < out.length; i++) {
      out[i] = x[i] > 0 ? SELU_SCALE * g[i] : g[i] * (x[i] + SELU_SA);
    }
  },
  celu(x, _g, out, p0) {
    const inv = 1 / p0;
    for (let i = 0; i < out.length; i++) {
      const v = x[i];
      out[i] = v > 0 ? v : p0 * Math.expm1(v * inv);
    }
  },
  celuBackward(x, g, out, p0) {
    const inv = 1 / p0;
    for (let i = 0; i < out.length; i++) out[i] = x[i] > 0 ? g[i] : g[i] * (x[i] * inv + 1);
  },
  sigmoid(x, _g, out) {
    for (let i = 0; i < out.length; i++) out[i] = logistic(x[i]);
  },
  sigmoidBackward(x, g, out) {
    for (let i = 0; i < out.length; i++) out[i] = g[i] * x[i] * (1 - x[i]);
  },
  tanh(x, _g, out) {
    for (let i = 0; i < out.length; i++) out[i] = Math.tanh(x[i]);
  },
  tanhBackward(x, g, out) {
    for (let i = 0; i < out.length; i++) out[i] = g[i] * (1 - x[i] * x[i]);
  },
  silu(x, _g, out) {
    for (let i = 0; i < out.length; i++) out[i] = x[i] * logistic(x[i]);
  },
  siluBackward(x, g, out) {
    for (let i = 0; i < out.length; i++) {
      const s = logistic(x[i]);
      out[i] = g[i] * s * (1 + x[i] * (1 - s));
    }
  },
  swish(x, _g, out, p0) {
    for (let i = 0; i < out.length; i++) out[i] = x[i] * logistic(p0 * x[i]);
  },
  swishBackward(x, g, out, p0) {
    for (let i = 0; i < out.length; i++) {
      const bx = p0 * x[i];
      const s = logistic(bx);
      out[i] = g[i] * (s + bx * s * (1 - s));
    }
  },
  softplus(x, _g, out, p0, p1) {
    const inv = 1 / p0;
    for (let i = 0; i < out.length; i++) {
      const z = p0 * x[i];
      out[i] = z > p1 ? x[i] : softplusScalar(z) * inv;
    }
  },
  softplusBackward(x, g, out, p0, p1) {
    for (let i = 0; i < out.length; i++) {
      const z = p0 * x[i];
      out[i] = z > p1 ? g[i] : g[i] * logistic(z);
    }
  },
  gelu(x, _g, out) {
    for (let i = 0; i < out.length; i++) out[i] = x[i] * normalCdf(x[i]);
  },
  geluBackward(x, g, out) {
    for (let i = 0; i < out.length; i++) {
      const v = x[i];
      out[i] = g[i] * (normalCdf(v) + v * normalPdf(v));
    }
  },
  geluTanh(x, _g, out) {
    for (let i = 0; i < out.length; i++) {
      const v = x[i];
      out[i] = 0.5 * v * (1 + Math.tanh(SQRT_2_OVER_PI * (v + GELU_K * v * v * v)));
    }
  },
  geluTanhBackward(x, g, out) {
    for (let i = 0; i < out.length; i++) {
      const v = x[i];
      const t = Math.tanh(SQRT_2_OVER_PI * (v + GELU_K * v * v * v));
      const du = SQRT_2_OVER_PI * (1 + 3 * GELU_K * v * v);
      out[i] = g[i] * (0.5 * (1 + t) + 0.5 * v * (1 - t * t) * du);
    }
  },
  mish(x, _g, out) {
    for (let i = 0; i < out.length; i++) out[i] = x[i] * Math.tanh(softplusScalar(x[i]));
  },
  mishBackward(x, g, out) {
    for (let i = 0; i < out.length; i++) {
      const v = x[i];
      const t = Math.tanh(softplusScalar(v));
      out[i] = g[i] * (t + v * (1 - t * t) * logistic(v));
    }
  },
  prelu(x, a, out) {
    prelu(x, a, out);
  },
  preluBackward(x, g, out, _p0, _p1, a) {
    preluBackward(x, g, a, out);
  },
};

/** The input prelu's kernels read periodically (last), or undefined for other kernels. */
function periodic(kernel: ActivationKernel, inputs: readonly Arr[]): Arr | undefined {
  if (kernel === "prelu") return inputs[1];
  if (kernel === "preluBackward") return inputs[2];
  return undefined;
}

/**
 * Run the reference kernel `kernel` on `inputs` into `out`; false for an
 * unknown kernel name. @internal
 */
export function jsActivation(
  kernel: ActivationKernel,
  inputs: readonly Arr[],
  out: Arr,
  params: readonly number[] = [],
): boolean {
  const f = Object.hasOwn(KERNELS, kernel) ? KERNELS[kernel] : undefined;
  if (f === undefined) return false;
  const row = periodic(kernel, inputs);
  if (row !== undefined && row.length === 0 && out.length > 0) {
    throw new RectifyError(
      "shape",
      `activation kernel "${kernel}": the slope row is empty, but the output has ${out.length} ` +
        `elements (expected a row of length >= 1)`,
    );
  }
  f(inputs[0], inputs[1], out, params[0], params[1], inputs[2]);
  return true;
}
