/**
 * The `webgpu` backend's kernels: the `Backend` methods and its table of
 * named kernels (op name → WGSL), on a {@linkcode GpuDevice}.
 *
 * @module
 */

import { type Backend, type Data, jsBackend, type Kernel } from "../../core/mod.ts";
import {
  type Binding,
  type GpuDevice,
  sharedDevice,
  type WebGpuAdapterInfo,
  type WebGpuStats,
} from "./_webgpu_device.ts";
import {
  CE_BACKWARD_WGSL,
  CE_GROUP,
  CE_WGSL,
  elementwiseWgsl,
  EW_GROUP,
  matmulWgsl,
  SUM_AXIS_WGSL,
  TILE,
} from "./_webgpu_wgsl.ts";

/** A `webgpu` backend: the `Backend` contract plus what it reports about its device. */
export interface WebGpuBackend extends Backend {
  /** The adapter the device runs on. */
  readonly adapter: WebGpuAdapterInfo;
  /** Counters since the device started (shared by every `webgpu` backend of the process). */
  stats(): WebGpuStats;
}

/** Element counts above this are declined (sizes travel as f32 params, exact to 2²⁴). */
const MAX_ELEMENTS = 1 << 24;

function allF32(arrays: readonly Data[]): arrays is readonly Float32Array[] {
  for (const a of arrays) if (!(a instanceof Float32Array)) return false;
  return true;
}

/** Workgroups `[x, y]` for `n` threads of `size` (x at most 65535). */
function grid(n: number, size: number): [number, number] {
  const groups = Math.max(1, Math.ceil(n / size));
  const x = Math.min(groups, 65535);
  return [x, Math.ceil(groups / x)];
}

/**
 * Bind `inputs` and `outputs` as distinct arrays (an in-place kernel lists an
 * array on both sides): the bindings, and each argument's binding number.
 */
function bindAll(inputs: readonly Float32Array[], outputs: readonly Float32Array[]) {
  const bindings: Binding[] = [];
  const slot = (data: Float32Array, read: boolean): number => {
    let i = bindings.findIndex((b) => b.data === data);
    if (i < 0) i = bindings.push({ data, read: false, write: false }) - 1;
    if (read) bindings[i].read = true;
    else bindings[i].write = true;
    return i + 1;
  };
  const ins = inputs.map((d) => slot(d, true));
  const outs = outputs.map((d) => slot(d, false));
  return { bindings, ins, outs };
}

/**
 * A kernel from an element-wise WGSL body: inputs are `x0, x1, ...`, params
 * `p0, p1, ...`, and the body assigns each output `y0, y1, ...` (all arrays
 * of one length). Declines float64 arrays.
 */
export function bodyKernel(body: string, device: () => GpuDevice): Kernel {
  return (inputs, outputs, params) => {
    if (!allF32(inputs) || !allF32(outputs) || outputs.length === 0) return false;
    const n = outputs[0].length;
    if (n > MAX_ELEMENTS) return false;
    if (n === 0) return true;
    const { bindings, ins, outs } = bindAll(inputs, outputs);
    const wgsl = elementwiseWgsl(body, bindings.length, ins, outs, params.length);
    device().run(wgsl, bindings, [n, ...params], ...grid(n, EW_GROUP));
  };
}

/** WGSL bodies of the element-wise ops the backend serves, by op name. */
const BODIES: Record<string, string> = {
  copy: "y0 = x0;",
  // activations (forward: x0 = x; backward: x0 = the saved input or output, x1 = g)
  relu: "y0 = select(x0, 0.0, x0 <= 0.0);",
  reluBackward: "y0 = select(x1, 0.0, x0 <= 0.0);",
  leakyRelu: "y0 = select(p0 * x0, x0, x0 > 0.0);",
  leakyReluBackward: "y0 = select(p0 * x1, x1, x0 > 0.0);",
  elu: "y0 = select(p0 * expm1f(x0), x0, x0 > 0.0);",
  eluBackward: "y0 = select(x1 * (x0 + p0), x1, x0 > 0.0);",
  celu: "y0 = select(p0 * expm1f(x0 * (1.0 / p0)), x0, x0 > 0.0);",
  celuBackward: "y0 = select(x1 * (x0 * (1.0 / p0) + 1.0), x1, x0 > 0.0);",
  selu: "y0 = select(1.7580993408473766 * expm1f(x0), 1.0507009873554805 * x0, x0 > 0.0);",
  seluBackward: "y0 = select(x1 * (x0 + 1.7580993408473766), 1.0507009873554805 * x1, x0 > 0.0);",
  gelu: "y0 = x0 * ncdf(x0);",
  geluBackward: "y0 = x1 * (ncdf(x0) + x0 * npdf(x0));",
  geluTanh: "y0 = 0.5 * x0 * (1.0 + tanhf(0.7978845608028654 * (x0 + 0.044715 * x0 * x0 * x0)));",
  geluTanhBackward: `let t = tanhf(0.7978845608028654 * (x0 + 0.044715 * x0 * x0 * x0));
    let du = 0.7978845608028654 * (1.0 + 3.0 * 0.044715 * x0 * x0);
    y0 = x1 * (0.5 * (1.0 + t) + 0.5 * x0 * (1.0 - t * t) * du);`,
  hardSigmoid: "y0 = select(select(x0 / 6.0 + 0.5, 1.0, x0 >= 3.0), 0.0, x0 <= -3.0);",
  hardSigmoidBackward: "y0 = select(0.0, x1 / 6.0, x0 > -3.0 && x0 < 3.0);",
  hardSwish: "y0 = select(select(x0 * (x0 + 3.0) / 6.0, x0, x0 >= 3.0), 0.0, x0 <= -3.0);",
  hardSwishBackward:
    "y0 = select(select(x1 * (2.0 * x0 + 3.0) / 6.0, x1, x0 >= 3.0), 0.0, x0 <= -3.0);",
  hardTanh: "y0 = select(select(x0, p1, x0 > p1), p0, x0 < p0);",
  hardTanhBackward: "y0 = select(0.0, x1, x0 > p0 && x0 < p1);",
  mish: "y0 = x0 * tanhf(softplus1(x0));",
  mishBackward: `let t = tanhf(softplus1(x0));
    y0 = x1 * (t + x0 * (1.0 - t * t) * logistic(x0));`,
  relu6: "y0 = select(0.0, min(x0, 6.0), x0 > 0.0);",
  relu6Backward: "y0 = select(0.0, x1, x0 > 0.0 && x0 < 6.0);",
  sigmoid: "y0 = logistic(x0);",
  sigmoidBackward: "y0 = x1 * x0 * (1.0 - x0);",
  silu: "y0 = x0 * logistic(x0);",
  siluBackward: "let s = logistic(x0);\n    y0 = x1 * s * (1.0 + x0 * (1.0 - s));",
  softplus: "let z = p0 * x0;\n    y0 = select(softplus1(z) * (1.0 / p0), x0, z > p1);",
  softplusBackward: "let z = p0 * x0;\n    y0 = select(x1 * logistic(z), x1, z > p1);",
  swish: "y0 = x0 * logistic(p0 * x0);",
  swishBackward: `let bx = p0 * x0;
    let s = logistic(bx);
    y0 = x1 * (s + bx * s * (1.0 - s));`,
  tanh: "y0 = tanhf(x0);",
  tanhBackward: "y0 = x1 * (1.0 - x0 * x0);",
  softsign: "y0 = x0 / (1.0 + abs(x0));",
  softsignBackward: "let d = 1.0 + abs(x0);\n    y0 = x1 / (d * d);",
  thresholdedRelu: "y0 = select(0.0, x0, x0 > p0);",
  thresholdedReluBackward: "y0 = select(select(0.0, p1 * x1, x0 == p0), x1, x0 > p0);",
  // optimizers (see plugins/optimizers/adam.ts and sgd.ts for the arrays and params)
  adam: `var gi = x1;
    if (p8 != 0.0) { gi = gi + p8 * x0; }
    let mi = p1 * x2 + p3 * gi;
    let vi = p2 * x3 + p4 * gi * gi;
    y1 = mi;
    y2 = vi;
    var vv = vi;
    if (p10 != 0.0) { vv = max(x4, vi); }
    y3 = vv;
    var u = (mi / p5) / (sqrt(vv) / p6 + p7);
    if (p9 != 0.0) { u = u + p9 * x0; }
    y0 = x0 + u * p0;`,
};

const BINARY: Record<string, string> = {
  add: "y0 = x0 + x1;",
  sub: "y0 = x0 - x1;",
  mul: "y0 = x0 * x1;",
  div: "y0 = x0 / x1;",
  pow: "y0 = powf(x0, x1);",
  maximum: "y0 = select(x1, x0, x0 >= x1);",
  minimum: "y0 = select(x1, x0, x0 <= x1);",
};

const UNARY: Record<string, string> = {
  neg: "y0 = -x0;",
  exp: "y0 = exp(x0);",
  log: "y0 = log(x0);",
  sqrt: "y0 = sqrt(x0);",
  abs: "y0 = abs(x0);",
  sign: "y0 = sign(x0);",
  square: "y0 = x0 * x0;",
  recip: "y0 = 1.0 / x0;",
};

/** SGD (op `"sgd"`): inputs `[p, g]` or `[p, g, momentumBuffer]`, params as `sgdDefinition`. */
const SGD_PLAIN = `var u = x1;
    if (p6 != 0.0) { u = -u; }
    if (p1 != 0.0) { u = u + p1 * x0; }
    y0 = x0 + u * p0;`;
const SGD_MOMENTUM = `var u = x1;
    if (p6 != 0.0) { u = -u; }
    if (p1 != 0.0) { u = u + p1 * x0; }
    let bi = p3 * x2 + p4 * u;
    y1 = bi;
    if (p5 != 0.0) { u = u + p2 * bi; } else { u = bi; }
    y0 = x0 + u * p0;`;

/** The backend's named kernels on `device`. */
function namedKernels(device: () => GpuDevice): Map<string, Kernel> {
  const table = new Map<string, Kernel>();
  for (const [name, body] of Object.entries(BODIES)) table.set(name, bodyKernel(body, device));
  const plain = bodyKernel(SGD_PLAIN, device), momentum = bodyKernel(SGD_MOMENTUM, device);
  table.set("sgd", (i, o, p) => (i.length === 2 ? plain : momentum)(i, o, p));
  table.set("softmaxCrossEntropy", (inputs, outputs, [b, k]) => {
    if (!allF32(inputs) || !allF32(outputs) || b * k > MAX_ELEMENTS || b * k === 0) return false;
    const [z, t] = inputs, [loss, p] = outputs;
    device().run(
      CE_WGSL,
      [
        { data: z, read: true, write: false },
        { data: t, read: true, write: false },
        { data: loss, read: false, write: true },
        { data: p, read: false, write: true },
      ],
      [b, k],
      1,
    );
    void CE_GROUP;
  });
  table.set("softmaxCrossEntropyBackward", (inputs, outputs, [b, k]) => {
    if (!allF32(inputs) || !allF32(outputs) || b * k > MAX_ELEMENTS || b * k === 0) return false;
    const [p, t, g] = inputs, [d] = outputs;
    device().run(
      CE_BACKWARD_WGSL,
      [
        { data: p, read: true, write: false },
        { data: t, read: true, write: false },
        { data: g, read: true, write: false },
        { data: d, read: false, write: true },
      ],
      [b * k, k, b],
      ...grid(b * k, EW_GROUP),
    );
  });
  return table;
}

/** Make the host copies current and run the js kernel (cases the shaders do not take). */
function onHost(device: GpuDevice, reads: readonly Data[], writes: readonly Data[], keep: boolean) {
  for (const d of reads) if (d instanceof Float32Array) device.toHost(d, true);
  for (const d of writes) if (d instanceof Float32Array) device.toHost(d, keep);
}

/** The `webgpu` backend on the process's device (started on first use). */
export function webgpuBackend(): WebGpuBackend {
  const device = sharedDevice();
  const get = () => device;
  const named = namedKernels(get);
  const binary = new Map(Object.entries(BINARY).map(([k, b]) => [k, bodyKernel(b, get)]));
  const unary = new Map(Object.entries(UNARY).map(([k, b]) => [k, bodyKernel(b, get)]));
  const gemm = (
    a: Data,
    b: Data,
    bias: Data | null,
    out: Data,
    [m, k, n]: [number, number, number],
    [transA, transB, acc]: [boolean, boolean, boolean],
  ): boolean => {
    const arrays = bias === null ? [a, b, out] : [a, b, out, bias];
    if (!allF32(arrays) || k === 0 || m * k > MAX_ELEMENTS || k * n > MAX_ELEMENTS) return false;
    if (m * n === 0) return true;
    if (m * n > MAX_ELEMENTS || Math.ceil(m / TILE) > 65535 || Math.ceil(n / TILE) > 65535) {
      return false;
    }
    const bindings: Binding[] = [
      { data: a as Float32Array, read: true, write: false },
      { data: b as Float32Array, read: true, write: false },
      { data: out as Float32Array, read: acc, write: true },
    ];
    if (bias !== null) bindings.push({ data: bias as Float32Array, read: true, write: false });
    const wgsl = matmulWgsl(transA, transB, acc, bias !== null);
    device.run(wgsl, bindings, [m, k, n], Math.ceil(n / TILE), Math.ceil(m / TILE));
    return true;
  };
  return {
    name: "webgpu",
    adapter: device.info,
    stats: () => ({ ...device.stats }),
    matmul(a, b, out, m, k, n, options = {}) {
      const acc = options.accumulate === true;
      const flags: [boolean, boolean, boolean] = [
        options.transA === true,
        options.transB === true,
        acc,
      ];
      if (gemm(a, b, null, out, [m, k, n], flags)) return;
      onHost(device, [a, b], [out], acc);
      jsBackend.matmul(a, b, out, m, k, n, options);
    },
    linear(x, w, bias, out, m, k, n) {
      if (gemm(x, w, bias, out, [m, k, n], [false, false, false])) return;
      onHost(device, bias === null ? [x, w] : [x, w, bias], [out], false);
      jsBackend.linear!(x, w, bias, out, m, k, n);
    },
    binary(op, a, b, out) {
      if (binary.get(op)?.([a, b], [out], []) !== false) return;
      onHost(device, [a, b], [out], false);
      jsBackend.binary(op, a, b, out);
    },
    unary(op, x, out) {
      if (unary.get(op)?.([x], [out], []) !== false) return;
      onHost(device, [x], [out], false);
      jsBackend.unary(op, x, out);
    },
    sumAxis(x, out, outer, len, inner) {
      const n = outer * inner;
      if (allF32([x, out]) && x.length <= MAX_ELEMENTS && len > 0) {
        if (n === 0) return;
        device.run(
          SUM_AXIS_WGSL,
          [
            { data: x as Float32Array, read: true, write: false },
            { data: out as Float32Array, read: false, write: true },
          ],
          [n, len, inner],
          ...grid(n, EW_GROUP),
        );
        return;
      }
      onHost(device, [x], [out], false);
      jsBackend.sumAxis(x, out, outer, len, inner);
    },
    maxAxis(x, out, argmax, outer, len, inner) {
      onHost(device, [x], [out], false);
      jsBackend.maxAxis(x, out, argmax, outer, len, inner);
    },
    kernel: (name) => named.get(name),
    toHost(data, keep = true) {
      if (data instanceof Float32Array) device.toHost(data, keep);
    },
  };
}
