/**
 * One-pass float32 updates for the chain-built optimizers (sgd, rmsprop,
 * adagrad, adadelta, adamax, nadam, radam, lion): the fused fast path of
 * `GradientTransform` (see `_fused_adam.ts` for Adam/AdamW). Each parameter
 * is read once, its state updated and the step applied in the same loop,
 * instead of one pass per transform plus the copy of the gradient and the
 * final add.
 *
 * Bit-identical to the chain: every expression is the chain's, in the same
 * operand order, and every value is rounded (`Math.fround`) exactly where the
 * chain stores it into a Float32Array (the updates, the state buffers). The
 * loops take Float32Arrays only (V8 keeps them monomorphic, about twice as
 * fast as one loop over both array types); float64 or mixed groups, and the
 * steps a loop declines (SGD's first momentum step copies the gradient), run
 * the chain itself on reused update buffers. @internal
 *
 * @module
 */

import {
  type Data,
  type GradientTransform,
  type TransformContext,
  type TransformState,
  zerosLike,
} from "../../core/mod.ts";

/** A one-pass float32 step; `false` = run the chain for this step instead. */
export type Fused32 = (
  params: readonly Float32Array[],
  grads: readonly (Float32Array | null)[],
  state: TransformState,
  ctx: TransformContext,
) => boolean | void;

const fr = Math.fround;

let zeroBuf = new Float32Array(0);

/** A zero gradient of length n (a view of one shared, never written buffer). */
function zeros32(n: number): Float32Array {
  if (zeroBuf.length < n) zeroBuf = new Float32Array(n);
  return zeroBuf.subarray(0, n);
}

/**
 * The chain's `init`/`update` (state layout unchanged) plus `fused`: the
 * float32 loop when every parameter and gradient is float32, else the chain.
 */
export function withFused(t: GradientTransform, fused32: Fused32): GradientTransform {
  const buffers = new WeakMap<TransformState, Data[]>();
  return {
    init: t.init,
    update: t.update,
    fused(params, grads, state, ctx) {
      let f32 = true;
      for (let j = 0; j < params.length; j++) {
        const g = grads[j];
        if (!(params[j] instanceof Float32Array) || !(g === null || g instanceof Float32Array)) {
          f32 = false;
        }
      }
      if (
        f32 &&
        fused32(params as Float32Array[], grads as (Float32Array | null)[], state, ctx) !== false
      ) return;
      let ups = buffers.get(state);
      if (ups === undefined || ups.some((u, j) => u.length !== params[j].length)) {
        ups = zerosLike(params);
        buffers.set(state, ups);
      }
      for (let j = 0; j < ups.length; j++) {
        const g = grads[j];
        if (g === null) ups[j].fill(0);
        else ups[j].set(g);
      }
      t.update(ups, state, params, ctx);
      for (let j = 0; j < ups.length; j++) {
        const p = params[j] as Data, u = ups[j];
        for (let i = 0; i < p.length; i++) p[i] += u[i];
      }
    },
  };
}

function inner(state: TransformState, i: number): TransformState {
  return (state.inner as TransformState[])[i];
}

/**
 * `negate? → addWeightDecay(wd) → trace({momentum, dampening, nesterov}) →
 * scaleByLearningRate`; `traceIndex` is trace's position in the chain.
 */
export function fusedSgd(o: {
  maximize: boolean;
  weightDecay: number;
  momentum: number;
  dampening: number;
  nesterov: boolean;
  traceIndex: number;
}): Fused32 {
  const { maximize, weightDecay: wd, momentum: m, dampening: d, nesterov } = o;
  return (params, grads, state, ctx) => {
    // trace's first step copies the gradient into the buffer: the chain does it
    if (m !== 0 && ctx.step === 1) return false;
    const bufs = inner(state, o.traceIndex).momentumBuffer as Float32Array[];
    const k = -ctx.lr;
    for (let j = 0; j < params.length; j++) {
      const p = params[j], g = grads[j] ?? zeros32(p.length);
      if (m === 0) sgdPlain(p, g, maximize, wd, k);
      else sgdMomentum(p, g, bufs[j], maximize, wd, m, 1 - d, nesterov, k);
    }
  };
}

function sgdPlain(p: Float32Array, g: Float32Array, maximize: boolean, wd: number, k: number) {
  for (let i = 0; i < p.length; i++) {
    const pi = p[i];
    let u = g[i];
    if (maximize) u = -u;
    if (wd !== 0) u = fr(u + wd * pi);
    p[i] = pi + fr(u * k);
  }
}

function sgdMomentum(
  p: Float32Array,
  g: Float32Array,
  b: Float32Array,
  maximize: boolean,
  wd: number,
  m: number,
  c: number,
  nesterov: boolean,
  k: number,
) {
  for (let i = 0; i < p.length; i++) {
    const pi = p[i];
    let u = g[i];
    if (maximize) u = -u;
    if (wd !== 0) u = fr(u + wd * pi);
    const bi = fr(m * b[i] + c * u);
    b[i] = bi;
    if (nesterov) u = fr(u + m * bi);
    else u = bi;
    p[i] = pi + fr(u * k);
  }
}

/**
 * `addWeightDecay(wd) → scaleByRms({alpha, eps, centered}) → trace({momentum})
 * (when momentum > 0) → scaleByLearningRate`.
 */
export function fusedRmsprop(o: {
  weightDecay: number;
  alpha: number;
  eps: number;
  centered: boolean;
  momentum: number;
}): Fused32 {
  const { weightDecay: wd, alpha, eps, centered, momentum: m } = o;
  return (params, grads, state, ctx) => {
    if (m > 0 && ctx.step === 1) return false;
    const rms = inner(state, 1);
    const nus = rms.nu as Float32Array[];
    const avgs = centered ? rms.gAvg as Float32Array[] : null;
    const bufs = m > 0 ? inner(state, 2).momentumBuffer as Float32Array[] : null;
    const k = -ctx.lr;
    for (let j = 0; j < params.length; j++) {
      const p = params[j], g = grads[j] ?? zeros32(p.length), v = nus[j];
      rmsLoop(p, g, v, avgs?.[j] ?? v, bufs?.[j] ?? v, centered, m, wd, alpha, 1 - alpha, eps, k);
    }
  };
}

function rmsLoop(
  p: Float32Array,
  g: Float32Array,
  v: Float32Array,
  ga: Float32Array,
  b: Float32Array,
  centered: boolean,
  m: number,
  wd: number,
  alpha: number,
  a1: number,
  eps: number,
  k: number,
) {
  // trace({ momentum }) has dampening 0: buf = m·buf + (1 − 0)·u
  const c = 1 - 0;
  for (let i = 0; i < p.length; i++) {
    const pi = p[i];
    let u = g[i];
    if (wd !== 0) u = fr(u + wd * pi);
    const vi = fr(alpha * v[i] + a1 * u * u);
    v[i] = vi;
    if (centered) {
      const gai = fr(alpha * ga[i] + a1 * u);
      ga[i] = gai;
      u = fr(u / (Math.sqrt(vi - gai * gai) + eps));
    } else u = fr(u / (Math.sqrt(vi) + eps));
    if (m > 0) {
      const bi = fr(m * b[i] + c * u);
      b[i] = bi;
      u = bi;
    }
    p[i] = pi + fr(u * k);
  }
}

/** `addWeightDecay(wd) → scaleByAdagrad({eps, lrDecay}) → scaleByLearningRate`. */
export function fusedAdagrad(o: { weightDecay: number; eps: number; lrDecay: number }): Fused32 {
  const { weightDecay: wd, eps, lrDecay } = o;
  return (params, grads, state, ctx) => {
    const sums = inner(state, 1).sum as Float32Array[];
    const c = 1 / (1 + (ctx.step - 1) * lrDecay), k = -ctx.lr;
    for (let j = 0; j < params.length; j++) {
      const p = params[j];
      adagradLoop(p, grads[j] ?? zeros32(p.length), sums[j], wd, c, eps, k);
    }
  };
}

function adagradLoop(
  p: Float32Array,
  g: Float32Array,
  s: Float32Array,
  wd: number,
  c: number,
  eps: number,
  k: number,
) {
  for (let i = 0; i < p.length; i++) {
    const pi = p[i];
    let u = g[i];
    if (wd !== 0) u = fr(u + wd * pi);
    const si = fr(s[i] + u * u);
    s[i] = si;
    u = fr(c * u / (Math.sqrt(si) + eps));
    p[i] = pi + fr(u * k);
  }
}

/** `addWeightDecay(wd) → scaleByAdamax({beta1, beta2, eps}) → scaleByLearningRate`. */
export function fusedAdamax(
  o: { weightDecay: number; beta1: number; beta2: number; eps: number },
): Fused32 {
  const { weightDecay: wd, beta1: b1, beta2: b2, eps } = o;
  return (params, grads, state, ctx) => {
    const st = inner(state, 1);
    const mus = st.mu as Float32Array[], infs = st.expInf as Float32Array[];
    const bc1 = 1 - b1 ** ctx.step, k = -ctx.lr;
    for (let j = 0; j < params.length; j++) {
      const p = params[j];
      adamaxLoop(
        p,
        grads[j] ?? zeros32(p.length),
        mus[j],
        infs[j],
        wd,
        b1,
        1 - b1,
        b2,
        eps,
        bc1,
        k,
      );
    }
  };
}

function adamaxLoop(
  p: Float32Array,
  g: Float32Array,
  m: Float32Array,
  e: Float32Array,
  wd: number,
  b1: number,
  a1: number,
  b2: number,
  eps: number,
  bc1: number,
  k: number,
) {
  for (let i = 0; i < p.length; i++) {
    const pi = p[i];
    let u = g[i];
    if (wd !== 0) u = fr(u + wd * pi);
    const mi = fr(b1 * m[i] + a1 * u);
    m[i] = mi;
    const decayed = b2 * e[i], cur = Math.abs(u) + eps;
    const ei = fr(decayed > cur ? decayed : cur);
    e[i] = ei;
    u = fr(mi / (bc1 * ei));
    p[i] = pi + fr(u * k);
  }
}

/**
 * `addWeightDecay(wd) → scaleByNadam({beta1, beta2, eps, momentumDecay}) →
 * scaleByLearningRate` (the momentum product is advanced as the chain does).
 */
export function fusedNadam(
  o: { weightDecay: number; beta1: number; beta2: number; eps: number; momentumDecay: number },
): Fused32 {
  const { weightDecay: wd, beta1: b1, beta2: b2, eps, momentumDecay: psi } = o;
  return (params, grads, state, ctx) => {
    const st = inner(state, 1);
    const t = ctx.step, k = -ctx.lr;
    const bc2 = 1 - b2 ** t;
    const mu = b1 * (1 - 0.5 * 0.96 ** (t * psi));
    const muNext = b1 * (1 - 0.5 * 0.96 ** ((t + 1) * psi));
    const prod = (st.muProduct as number) * mu;
    st.muProduct = prod;
    const cg = (1 - mu) / (1 - prod), cm = muNext / (1 - prod * muNext);
    const ms = st.mu as Float32Array[], vs = st.nu as Float32Array[];
    for (let j = 0; j < params.length; j++) {
      const p = params[j], g = grads[j] ?? zeros32(p.length);
      nadamLoop(p, g, ms[j], vs[j], wd, b1, 1 - b1, b2, 1 - b2, eps, bc2, cg, cm, k);
    }
  };
}

function nadamLoop(
  p: Float32Array,
  g: Float32Array,
  m: Float32Array,
  v: Float32Array,
  wd: number,
  b1: number,
  a1: number,
  b2: number,
  a2: number,
  eps: number,
  bc2: number,
  cg: number,
  cm: number,
  k: number,
) {
  for (let i = 0; i < p.length; i++) {
    const pi = p[i];
    let u = g[i];
    if (wd !== 0) u = fr(u + wd * pi);
    const mi = fr(b1 * m[i] + a1 * u), vi = fr(b2 * v[i] + a2 * u * u);
    m[i] = mi;
    v[i] = vi;
    u = fr((cg * u + cm * mi) / (Math.sqrt(vi / bc2) + eps));
    p[i] = pi + fr(u * k);
  }
}

/** `addWeightDecay(wd) → scaleByRadam({beta1, beta2, eps}) → scaleByLearningRate`. */
export function fusedRadam(
  o: { weightDecay: number; beta1: number; beta2: number; eps: number },
): Fused32 {
  const { weightDecay: wd, beta1: b1, beta2: b2, eps } = o;
  const rhoInf = 2 / (1 - b2) - 1;
  return (params, grads, state, ctx) => {
    const st = inner(state, 1);
    const t = ctx.step;
    const bc1 = 1 - b1 ** t, bc2 = 1 - b2 ** t;
    const rho = rhoInf - 2 * t * b2 ** t / bc2;
    const rectify = rho > 5;
    const c = rectify
      ? Math.sqrt((rho - 4) * (rho - 2) * rhoInf / ((rhoInf - 4) * (rhoInf - 2) * rho)) *
        Math.sqrt(bc2)
      : 0;
    const ms = st.mu as Float32Array[], vs = st.nu as Float32Array[];
    for (let j = 0; j < params.length; j++) {
      const p = params[j], g = grads[j] ?? zeros32(p.length);
      if (rectify) radamLoop(p, g, ms[j], vs[j], wd, b1, 1 - b1, b2, 1 - b2, eps, bc1, c, -ctx.lr);
      else radamWarmup(p, g, ms[j], vs[j], wd, b1, 1 - b1, b2, 1 - b2, bc1, -ctx.lr);
    }
  };
}

function radamLoop(
  p: Float32Array,
  g: Float32Array,
  m: Float32Array,
  v: Float32Array,
  wd: number,
  b1: number,
  a1: number,
  b2: number,
  a2: number,
  eps: number,
  bc1: number,
  c: number,
  k: number,
) {
  for (let i = 0; i < p.length; i++) {
    const pi = p[i];
    let u = g[i];
    if (wd !== 0) u = fr(u + wd * pi);
    const mi = fr(b1 * m[i] + a1 * u), vi = fr(b2 * v[i] + a2 * u * u);
    m[i] = mi;
    v[i] = vi;
    u = fr((mi / bc1) * c / (Math.sqrt(vi) + eps));
    p[i] = pi + fr(u * k);
  }
}

/** RAdam before the variance is tractable (rho ≤ 5): the bias-corrected momentum. */
function radamWarmup(
  p: Float32Array,
  g: Float32Array,
  m: Float32Array,
  v: Float32Array,
  wd: number,
  b1: number,
  a1: number,
  b2: number,
  a2: number,
  bc1: number,
  k: number,
) {
  for (let i = 0; i < p.length; i++) {
    const pi = p[i];
    let u = g[i];
    if (wd !== 0) u = fr(u + wd * pi);
    const mi = fr(b1 * m[i] + a1 * u), vi = fr(b2 * v[i] + a2 * u * u);
    m[i] = mi;
    v[i] = vi;
    u = fr(mi / bc1);
    p[i] = pi + fr(u * k);
  }
}

/** `scaleByLion({beta1, beta2}) → addDecayedWeights(wd) → scaleByLearningRate`. */
export function fusedLion(o: { weightDecay: number; beta1: number; beta2: number }): Fused32 {
  const { weightDecay: wd, beta1: b1, beta2: b2 } = o;
  return (params, grads, state, ctx) => {
    const ms = inner(state, 0).mu as Float32Array[];
    for (let j = 0; j < params.length; j++) {
      const p = params[j];
      lionLoop(p, grads[j] ?? zeros32(p.length), ms[j], wd, b1, 1 - b1, b2, 1 - b2, -ctx.lr);
    }
  };
}

function lionLoop(
  p: Float32Array,
  g: Float32Array,
  m: Float32Array,
  wd: number,
  b1: number,
  a1: number,
  b2: number,
  a2: number,
  k: number,
) {
  for (let i = 0; i < p.length; i++) {
    const pi = p[i], gi = g[i];
    const c = b1 * m[i] + a1 * gi;
    m[i] = b2 * m[i] + a2 * gi;
    // Branch-free sign as scaleByLion; c − c keeps NaN.
    let u = +(c > 0) - +(c < 0) + (c - c);
    if (wd !== 0) u = fr(u + wd * pi);
    p[i] = pi + fr(u * k);
  }
}

/** `addWeightDecay(wd) → scaleByAdadelta({rho, eps}) → scaleByLearningRate`. */
export function fusedAdadelta(o: { weightDecay: number; rho: number; eps: number }): Fused32 {
  const { weightDecay: wd, rho, eps } = o;
  return (params, grads, state, ctx) => {
    const st = inner(state, 1);
    const vs = st.squareAvg as Float32Array[], as = st.accDelta as Float32Array[];
    for (let j = 0; j < params.length; j++) {
      const p = params[j];
      adadeltaLoop(p, grads[j] ?? zeros32(p.length), vs[j], as[j], wd, rho, 1 - rho, eps, -ctx.lr);
    }
  };
}

function adadeltaLoop(
  p: Float32Array,
  g: Float32Array,
  v: Float32Array,
  a: Float32Array,
  wd: number,
  rho: number,
  r1: number,
  eps: number,
  k: number,
) {
  for (let i = 0; i < p.length; i++) {
    const pi = p[i];
    let u = g[i];
    if (wd !== 0) u = fr(u + wd * pi);
    const vi = fr(rho * v[i] + r1 * u * u);
    v[i] = vi;
    // delta stays a double for the accumulator, as in scaleByAdadelta
    const delta = Math.sqrt(a[i] + eps) / Math.sqrt(vi + eps) * u;
    a[i] = rho * a[i] + r1 * delta * delta;
    u = fr(delta);
    p[i] = pi + fr(u * k);
  }
}
