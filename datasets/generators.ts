/**
 * Seeded synthetic datasets: spiral, xor, moons, circles and the teacher-student setup.
 *
 * @module
 */

import { RectifyError } from "../core/errors.ts";
import { mlp } from "../core/layers.ts";
import { Rng } from "../core/rng.ts";
import { noGrad } from "../core/autograd.ts";
import { Tensor } from "../core/tensor.ts";
import type { Sequential } from "../core/layers.ts";
import type { Dataset } from "./dataset.ts";

function positiveInt(what: string, name: string, v: number): void {
  if (!Number.isInteger(v) || v <= 0) {
    throw new RectifyError("option", `${what}: ${name} must be a positive integer, got ${v}`);
  }
}

function nonNegative(what: string, name: string, v: number): void {
  if (!(v >= 0) || !Number.isFinite(v)) {
    throw new RectifyError("option", `${what}: ${name} must be a finite number >= 0, got ${v}`);
  }
}

/** Options of {@linkcode spiral}. */
export interface SpiralOptions {
  /** Points per class (default 100). */
  pointsPerClass?: number;
  /** Number of arms = classes (default 3). */
  classes?: number;
  /** Standard deviation of the angle noise (default 0.2). */
  noise?: number;
  /** Seed (default 0). */
  seed?: number;
}

/**
 * Interleaved spiral arms in 2-D, one class per arm (the CS231n toy problem);
 * not linearly separable.
 *
 * @example
 * ```ts
 * import { spiral } from "@rectify/core/datasets";
 * const ds = spiral({ pointsPerClass: 50, classes: 3, seed: 1 });
 * console.log(ds.rows, ds.features, ds.classes); // 150 2 3
 * ```
 */
export function spiral(options: SpiralOptions = {}): Dataset {
  const per = options.pointsPerClass ?? 100, k = options.classes ?? 3;
  const noise = options.noise ?? 0.2;
  positiveInt("spiral", "pointsPerClass", per);
  positiveInt("spiral", "classes", k);
  nonNegative("spiral", "noise", noise);
  const rng = new Rng(options.seed ?? 0);
  const n = per * k;
  const x = new Float32Array(n * 2), y = new Float32Array(n);
  for (let c = 0; c < k; c++) {
    for (let i = 0; i < per; i++) {
      const j = c * per + i;
      const r = per === 1 ? 1 : i / (per - 1);
      const t = c * 4 + 4 * r + rng.normal() * noise;
      x[2 * j] = r * Math.sin(t);
      x[2 * j + 1] = r * Math.cos(t);
      y[j] = c;
    }
  }
  return {
    name: "spiral",
    x,
    y,
    rows: n,
    features: 2,
    targets: 1,
    task: "classification",
    classes: k,
    featureNames: ["x0", "x1"],
  };
}

/** Options of {@linkcode xor} and {@linkcode moons}. */
export interface TwoClassOptions {
  /** Number of points (default 200). */
  n?: number;
  /** Noise standard deviation (default 0.1). */
  noise?: number;
  /** Seed (default 0). */
  seed?: number;
}

/**
 * XOR in 2-D: points uniform in [-1, 1]², class 1 where the coordinates'
 * signs differ, with Gaussian jitter added after labelling.
 *
 * @example
 * ```ts
 * import { xor } from "@rectify/core/datasets";
 * const ds = xor({ n: 64, seed: 3 });
 * console.log(ds.rows, ds.classes); // 64 2
 * ```
 */
export function xor(options: TwoClassOptions = {}): Dataset {
  const n = options.n ?? 200, noise = options.noise ?? 0.1;
  positiveInt("xor", "n", n);
  nonNegative("xor", "noise", noise);
  const rng = new Rng(options.seed ?? 0);
  const x = new Float32Array(n * 2), y = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const a = rng.uniform() * 2 - 1, b = rng.uniform() * 2 - 1;
    y[i] = (a > 0) !== (b > 0) ? 1 : 0;
    x[2 * i] = a + rng.normal() * noise;
    x[2 * i + 1] = b + rng.normal() * noise;
  }
  return {
    name: "xor",
    x,
    y,
    rows: n,
    features: 2,
    targets: 1,
    task: "classification",
    classes: 2,
    featureNames: ["x0", "x1"],
  };
}

/**
 * Two interleaving half circles (as scikit-learn's `make_moons`), with
 * Gaussian noise.
 *
 * @example
 * ```ts
 * import { moons } from "@rectify/core/datasets";
 * const ds = moons({ n: 100, noise: 0.05, seed: 0 });
 * console.log(ds.rows, ds.classes); // 100 2
 * ```
 */
export function moons(options: TwoClassOptions = {}): Dataset {
  const n = options.n ?? 200, noise = options.noise ?? 0.1;
  positiveInt("moons", "n", n);
  nonNegative("moons", "noise", noise);
  const rng = new Rng(options.seed ?? 0);
  const nOut = Math.floor(n / 2), nIn = n - nOut;
  const x = new Float32Array(n * 2), y = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    let a: number, b: number;
    if (i < nOut) {
      const t = nOut === 1 ? 0 : (Math.PI * i) / (nOut - 1);
      a = Math.cos(t);
      b = Math.sin(t);
      y[i] = 0;
    } else {
      const j = i - nOut;
      const t = nIn === 1 ? 0 : (Math.PI * j) / (nIn - 1);
      a = 1 - Math.cos(t);
      b = 0.5 - Math.sin(t);
      y[i] = 1;
    }
    x[2 * i] = a + rng.normal() * noise;
    x[2 * i + 1] = b + rng.normal() * noise;
  }
  return {
    name: "moons",
    x,
    y,
    rows: n,
    features: 2,
    targets: 1,
    task: "classification",
    classes: 2,
    featureNames: ["x0", "x1"],
  };
}

/** Options of {@linkcode circles}. */
export interface CirclesOptions extends TwoClassOptions {
  /** Radius of the inner circle relative to the outer one, in (0, 1) (default 0.5). */
  factor?: number;
}

/**
 * Two concentric circles (as scikit-learn's `make_circles`): class 0 on the
 * unit circle, class 1 on a circle of radius `factor`, with Gaussian noise;
 * no straight line separates them.
 *
 * @example
 * ```ts
 * import { circles } from "@rectify/core/datasets";
 * const ds = circles({ n: 100, noise: 0.05, factor: 0.4, seed: 0 });
 * console.log(ds.rows, ds.classes); // 100 2
 * ```
 */
export function circles(options: CirclesOptions = {}): Dataset {
  const n = options.n ?? 200, noise = options.noise ?? 0.1, factor = options.factor ?? 0.5;
  positiveInt("circles", "n", n);
  nonNegative("circles", "noise", noise);
  if (!(factor > 0 && factor < 1)) {
    throw new RangeError(`circles: factor must be in (0, 1), got ${factor}`);
  }
  const rng = new Rng(options.seed ?? 0);
  const nOut = Math.floor(n / 2), nIn = n - nOut;
  const x = new Float32Array(n * 2), y = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const outer = i < nOut;
    const t = (2 * Math.PI * (outer ? i : i - nOut)) / (outer ? nOut : nIn);
    const r = outer ? 1 : factor;
    x[2 * i] = r * Math.cos(t) + rng.normal() * noise;
    x[2 * i + 1] = r * Math.sin(t) + rng.normal() * noise;
    y[i] = outer ? 0 : 1;
  }
  return {
    name: "circles",
    x,
    y,
    rows: n,
    features: 2,
    targets: 1,
    task: "classification",
    classes: 2,
    featureNames: ["x0", "x1"],
  };
}

/** Options of {@linkcode teacher}. */
export interface TeacherOptions {
  /** Number of examples (default 1000). */
  n?: number;
  /** Input width (default 10). */
  inputSize?: number;
  /** Hidden widths of the teacher (and of the student meant to learn it; default [16]). */
  hidden?: readonly number[];
  /** Output width (default 1). */
  outputs?: number;
  /** Standard deviation of Gaussian label noise (default 0). */
  noise?: number;
  /** Seed of the teacher's weights and of the inputs (default 0). */
  seed?: number;
}

/** A teacher-student dataset and the teacher network that labelled it. */
export interface TeacherDataset extends Dataset {
  /** The fixed random ReLU network that generated the targets. */
  readonly teacher: Sequential;
}

/**
 * The teacher-student setup of ReLU-network theory: a fixed random ReLU
 * network (He-normal weights, standard-normal biases so its kinks cross the
 * data) maps standard-normal inputs to regression targets; a student of the
 * same architecture can represent them exactly, so its loss can reach the
 * noise floor.
 *
 * @example
 * ```ts
 * import { teacher } from "@rectify/core/datasets";
 * const ds = teacher({ n: 200, inputSize: 5, hidden: [8], seed: 2 });
 * console.log(ds.task, ds.rows, ds.features, ds.targets); // "regression" 200 5 1
 * ```
 */
export function teacher(options: TeacherOptions = {}): TeacherDataset {
  const n = options.n ?? 1000, d = options.inputSize ?? 10;
  const hidden = options.hidden ?? [16], outputs = options.outputs ?? 1;
  const noise = options.noise ?? 0;
  positiveInt("teacher", "n", n);
  positiveInt("teacher", "inputSize", d);
  positiveInt("teacher", "outputs", outputs);
  for (const h of hidden) positiveInt("teacher", "hidden width", h);
  nonNegative("teacher", "noise", noise);
  const rng = new Rng(options.seed ?? 0);
  const net = mlp({
    inputSize: d,
    hidden,
    outputSize: outputs,
    activation: "relu",
    initializer: "heNormal",
    rng: rng.fork(),
  });
  for (const [name, p] of net.namedParameters()) {
    if (name.endsWith("bias")) { for (let i = 0; i < p.size; i++) p.data[i] = rng.normal() * 0.5; }
  }
  const x = new Float32Array(n * d);
  for (let i = 0; i < x.length; i++) x[i] = rng.normal();
  const out = noGrad(() => net.call(new Tensor(x, [n, d])));
  const y = new Float32Array(n * outputs);
  for (let i = 0; i < y.length; i++) y[i] = out.data[i] + (noise > 0 ? rng.normal() * noise : 0);
  for (const p of net.parameters()) p.requiresGrad = false;
  return {
    name: "teacher",
    x,
    y,
    rows: n,
    features: d,
    targets: outputs,
    task: "regression",
    classes: 0,
    featureNames: Array.from({ length: d }, (_, i) => `x${i}`),
    teacher: net,
  };
}

/** Options of {@linkcode bars}. */
export interface BarsOptions {
  /** Number of images (default 1000); classes take turns, so they are balanced. */
  n?: number;
  /** Side of the square image in pixels (default 16, at least 4). */
  size?: number;
  /** Standard deviation of the Gaussian pixel noise (default 0.1). */
  noise?: number;
  /** Seed (default 0). */
  seed?: number;
}

/** The classes of {@linkcode bars}, by label. */
export const BAR_ORIENTATIONS: readonly string[] = [
  "horizontal",
  "vertical",
  "diagonal",
  "antidiagonal",
];

/**
 * Seeded synthetic images with a known answer: each `[1, size, size]` image
 * holds one bright bar (pixels 1 on a 0 background, plus Gaussian noise) of
 * random length (from half the side to the side less two) and position; the
 * class is its orientation: 0 horizontal, 1 vertical, 2 diagonal (`\`),
 * 3 anti-diagonal (`/`) ({@linkcode BAR_ORIENTATIONS}). A convolutional
 * network should learn it, and its saliency maps should light up the bar.
 * The same options give the same bits.
 *
 * @example
 * ```ts
 * import { bars } from "@rectify/core/datasets";
 * const ds = bars({ n: 40, seed: 1 });
 * console.log(ds.rows, ds.shape, ds.classes); // 40 [1, 16, 16] 4
 * ```
 */
export function bars(options: BarsOptions = {}): Dataset {
  const n = options.n ?? 1000, size = options.size ?? 16, noise = options.noise ?? 0.1;
  positiveInt("bars", "n", n);
  positiveInt("bars", "size", size);
  if (size < 4) throw new RectifyError("option", `bars: size must be >= 4, got ${size}`);
  nonNegative("bars", "noise", noise);
  const rng = new Rng(options.seed ?? 0);
  const f = size * size;
  const x = new Float32Array(n * f), y = new Float32Array(n);
  // unit steps along each orientation: [dRow, dCol]
  const steps: readonly (readonly [number, number])[] = [[0, 1], [1, 0], [1, 1], [1, -1]];
  const pick = (lo: number, hi: number) => lo + Math.floor(rng.uniform() * (hi - lo + 1));
  for (let i = 0; i < n; i++) {
    const c = i % 4, [dr, dc] = steps[c];
    const len = pick(size >> 1, size - 2);
    // start so that every pixel of the bar lies inside the image
    const r0 = pick(0, size - 1 - dr * (len - 1));
    const c0 = dc >= 0 ? pick(0, size - 1 - dc * (len - 1)) : pick(len - 1, size - 1);
    const img = x.subarray(i * f, (i + 1) * f);
    for (let k = 0; k < len; k++) img[(r0 + dr * k) * size + c0 + dc * k] = 1;
    if (noise > 0) { for (let j = 0; j < f; j++) img[j] += rng.normal() * noise; }
    y[i] = c;
  }
  return {
    name: "bars",
    x,
    y,
    rows: n,
    features: f,
    targets: 1,
    task: "classification",
    classes: 4,
    featureNames: Array.from({ length: f }, (_, j) => `p${Math.floor(j / size)}_${j % size}`),
    labelNames: BAR_ORIENTATIONS,
    shape: [1, size, size],
  };
}
