/**
 * WGSL sources of the `webgpu` backend: the element-wise kernel generator
 * (a body over `x0, x1, ...` and params `p0, p1, ...`), the math helpers
 * every element-wise body may call, and the shaders that are not
 * element-wise (matmul, sums over an axis, softmax cross-entropy).
 *
 * @module
 */

/** Workgroup size of the element-wise kernels. */
export const EW_GROUP = 64;

/**
 * Functions every element-wise body may call: `logistic`, `softplus1`
 * (log(1 + e^z), stable), `log1pf`, `isnanf`, `expm1f`, `erff` (Abramowitz & Stegun 7.1.26,
 * |error| < 1.5e-7), `ncdf`/`npdf` (standard normal), `tanhf` (a series near 0, clamped so
 * large inputs give ±1, NaN kept), `powf` (Math.pow's signs for negative bases).
 */
export const PRELUDE = `
fn logistic(x: f32) -> f32 { return 1.0 / (1.0 + exp(-x)); }
fn isnanf(x: f32) -> bool { return (bitcast<u32>(x) & 0x7fffffffu) > 0x7f800000u; }
fn log1pf(u: f32) -> f32 {
  if (abs(u) < 1e-3) { return u * (1.0 - u * (0.5 - u * (1.0 / 3.0 - 0.25 * u))); }
  return log(1.0 + u);
}
fn softplus1(z: f32) -> f32 { return max(z, 0.0) + log1pf(exp(-abs(z))); }
fn expm1f(x: f32) -> f32 {
  if (abs(x) < 1e-2) { return x * (1.0 + x * (0.5 + x * (1.0 / 6.0 + x * (1.0 / 24.0 + x / 120.0)))); }
  return exp(x) - 1.0;
}
fn erff(x: f32) -> f32 {
  let s = sign(x);
  let a = abs(x);
  let t = 1.0 / (1.0 + 0.3275911 * a);
  let y = 1.0 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t
    + 0.254829592) * t * exp(-a * a);
  return s * y;
}
fn ncdf(x: f32) -> f32 { return 0.5 * (1.0 + erff(x * 0.70710678118654752)); }
fn npdf(x: f32) -> f32 { return exp(-0.5 * x * x) * 0.39894228040143268; }
fn tanhf(x: f32) -> f32 {
  if (isnanf(x)) { return x; }
  if (abs(x) < 0.1) {
    let x2 = x * x;
    return x * (1.0 - x2 * (1.0 / 3.0 - x2 * (2.0 / 15.0 - x2 * (17.0 / 315.0))));
  }
  return tanh(clamp(x, -15.0, 15.0));
}
fn powf(a: f32, b: f32) -> f32 {
  if (b == 0.0) { return 1.0; }
  let r = pow(abs(a), b);
  if (a < 0.0) {
    if (fract(b) != 0.0) { return bitcast<f32>(0x7fc00000u); }
    if (fract(b * 0.5) != 0.0) { return -r; }
  }
  return r;
}
`;

/**
 * An element-wise shader: binding 0 holds `[n, p0, p1, ...]`, bindings
 * 1..`buffers` the distinct arrays; input `j` is read from buffer `ins[j]`
 * into `x{j}`, `body` assigns `y0, y1, ...`, and output `o` is stored to
 * buffer `outs[o]`.
 */
export function elementwiseWgsl(
  body: string,
  buffers: number,
  ins: readonly number[],
  outs: readonly number[],
  params: number,
): string {
  const decl: string[] = ["@group(0) @binding(0) var<storage, read> P: array<f32>;"];
  for (let b = 1; b <= buffers; b++) {
    decl.push(`@group(0) @binding(${b}) var<storage, read_write> B${b}: array<f32>;`);
  }
  const lines: string[] = [];
  for (let j = 0; j < params; j++) lines.push(`let p${j} = P[${j + 1}];`);
  ins.forEach((b, j) => lines.push(`let x${j} = B${b}[i];`));
  outs.forEach((_, o) => lines.push(`var y${o}: f32;`));
  lines.push(body);
  outs.forEach((b, o) => lines.push(`B${b}[i] = y${o};`));
  return `${decl.join("\n")}
${PRELUDE}
@compute @workgroup_size(${EW_GROUP})
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nw: vec3u) {
  let i = gid.x + gid.y * nw.x * ${EW_GROUP}u;
  if (i >= u32(P[0])) { return; }
  ${lines.join("\n  ")}
}`;
}

/** Tile edge of the matmul shader. */
export const TILE = 16;

/**
 * `C[m, n] (+)= op(A)[m, k] · op(B)[k, n] (+ bias[n])`; params `[m, k, n]`;
 * bindings A, B, C (, bias); workgroups `[ceil(n/16), ceil(m/16)]`.
 */
export function matmulWgsl(transA: boolean, transB: boolean, acc: boolean, bias: boolean): string {
  const aIdx = transA ? "ac * m + row" : "row * k + ac";
  const bIdx = transB ? "col * k + br" : "br * n + col";
  const init = acc ? "C[o]" : "0.0";
  return `@group(0) @binding(0) var<storage, read> P: array<f32>;
@group(0) @binding(1) var<storage, read_write> A: array<f32>;
@group(0) @binding(2) var<storage, read_write> B: array<f32>;
@group(0) @binding(3) var<storage, read_write> C: array<f32>;
${bias ? "@group(0) @binding(4) var<storage, read_write> Bias: array<f32>;" : ""}
var<workgroup> As: array<array<f32, ${TILE}>, ${TILE}>;
var<workgroup> Bs: array<array<f32, ${TILE}>, ${TILE}>;
@compute @workgroup_size(${TILE}, ${TILE})
fn main(@builtin(local_invocation_id) l: vec3u, @builtin(workgroup_id) w: vec3u) {
  let m = u32(P[0]);
  let k = u32(P[1]);
  let n = u32(P[2]);
  let row = w.y * ${TILE}u + l.y;
  let col = w.x * ${TILE}u + l.x;
  var sum = 0.0;
  for (var t = 0u; t < k; t += ${TILE}u) {
    let ac = t + l.x;
    let br = t + l.y;
    As[l.y][l.x] = select(0.0, A[${aIdx}], row < m && ac < k);
    Bs[l.y][l.x] = select(0.0, B[${bIdx}], br < k && col < n);
    workgroupBarrier();
    for (var q = 0u; q < ${TILE}u; q++) { sum += As[l.y][q] * Bs[q][l.x]; }
    workgroupBarrier();
  }
  if (row < m && col < n) {
    let o = row * n + col;
    C[o] = ${init} + sum${bias ? " + Bias[col]" : ""};
  }
}`;
}

/** `out[o, i] = Σ_l x[o, l, i]`; params `[outer·inner, len, inner]`; bindings x, out. */
export const SUM_AXIS_WGSL = `@group(0) @binding(0) var<storage, read> P: array<f32>;
@group(0) @binding(1) var<storage, read_write> X: array<f32>;
@group(0) @binding(2) var<storage, read_write> Out: array<f32>;
@compute @workgroup_size(${EW_GROUP})
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nw: vec3u) {
  let j = gid.x + gid.y * nw.x * ${EW_GROUP}u;
  if (j >= u32(P[0])) { return; }
  let len = u32(P[1]);
  let inner = u32(P[2]);
  let o = j / inner;
  let i = j % inner;
  var s = 0.0;
  for (var l = 0u; l < len; l++) { s += X[(o * len + l) * inner + i]; }
  Out[j] = s;
}`;

/** Threads of the one workgroup that computes softmax cross-entropy. */
export const CE_GROUP = 256;

/**
 * Softmax cross-entropy forward (op `"softmaxCrossEntropy"`): bindings z,
 * t, loss, p; params `[b, k]`; one workgroup (rows strided over its
 * threads, the loss summed in workgroup memory).
 */
export const CE_WGSL = `@group(0) @binding(0) var<storage, read> P: array<f32>;
@group(0) @binding(1) var<storage, read_write> Z: array<f32>;
@group(0) @binding(2) var<storage, read_write> T: array<f32>;
@group(0) @binding(3) var<storage, read_write> Loss: array<f32>;
@group(0) @binding(4) var<storage, read_write> Prob: array<f32>;
var<workgroup> partial: array<f32, ${CE_GROUP}>;
@compute @workgroup_size(${CE_GROUP})
fn main(@builtin(local_invocation_id) l: vec3u) {
  let b = u32(P[0]);
  let k = u32(P[1]);
  var loss = 0.0;
  for (var r = l.x; r < b; r += ${CE_GROUP}u) {
    let o = r * k;
    var m = Z[o];
    for (var j = 1u; j < k; j++) { m = max(m, Z[o + j]); }
    var s = 0.0;
    for (var j = 0u; j < k; j++) {
      let e = exp(Z[o + j] - m);
      Prob[o + j] = e;
      s += e;
    }
    for (var j = 0u; j < k; j++) { Prob[o + j] = Prob[o + j] / s; }
    loss += m + log(s) - Z[o + u32(T[r])];
  }
  partial[l.x] = loss;
  workgroupBarrier();
  for (var w = ${CE_GROUP / 2}u; w > 0u; w = w / 2u) {
    if (l.x < w) { partial[l.x] += partial[l.x + w]; }
    workgroupBarrier();
  }
  if (l.x == 0u) { Loss[0] = partial[0] / f32(b); }
}`;

/**
 * Its backward (op `"softmaxCrossEntropyBackward"`): bindings p, t, g, dz;
 * params `[b·k, k, b]`; `dz = (p − onehot(t)) · g / b`.
 */
export const CE_BACKWARD_WGSL = `@group(0) @binding(0) var<storage, read> P: array<f32>;
@group(0) @binding(1) var<storage, read_write> Prob: array<f32>;
@group(0) @binding(2) var<storage, read_write> T: array<f32>;
@group(0) @binding(3) var<storage, read_write> G: array<f32>;
@group(0) @binding(4) var<storage, read_write> D: array<f32>;
@compute @workgroup_size(${EW_GROUP})
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nw: vec3u) {
  let i = gid.x + gid.y * nw.x * ${EW_GROUP}u;
  if (i >= u32(P[0])) { return; }
  let k = u32(P[1]);
  let s = G[0] / P[2];
  let hit = u32(T[i / k]) == i % k;
  D[i] = Prob[i] * s - select(0.0, s, hit);
}`;
