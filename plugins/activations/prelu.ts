import {
  type ActivationPlugin,
  allocData,
  type Data,
  defineActivation,
  defineFunction,
  emptyData,
  fmtShape,
  full,
  RectifyError,
  runKernel,
  type Tensor,
  Tensor as TensorClass,
  withoutArena,
} from "../../core/mod.ts";
import { checkFinite, optionError } from "./_options.ts";

/** The slope of each feature element: `row[j] = alpha[m[j]]`, in alpha's dtype. */
function slopeRow(alpha: Data, m: Int32Array): Data {
  const row = alpha instanceof Float64Array
    ? new Float64Array(m.length)
    : new Float32Array(m.length);
  for (let j = 0; j < m.length; j++) row[j] = alpha[m[j]];
  return row;
}

/**
 * prelu's forward (op "prelu"): `y[i] = x[i] > 0 ? x[i] : a[i % f]·x[i]`
 * over inputs `[x, a]`, `a` the slope row (one slope per feature element,
 * f = a.length ≥ 1, x's length a multiple of f). @internal
 */
export function preluLoop([x, a]: readonly Data[], [y]: readonly Data[]): void {
  const n = y.length, f = a.length;
  for (let b = 0; b < n; b += f) {
    const e = n - b < f ? n - b : f;
    for (let j = 0; j < e; j++) {
      const v = x[b + j];
      y[b + j] = v > 0 ? v : a[j] * v;
    }
  }
}

/**
 * prelu's backward for its input (op "preluBackward"), from the forward's
 * input: `dx[i] = x[i] > 0 ? g[i] : a[i % f]·g[i]` over inputs `[x, g, a]`,
 * `a` the slope row as in {@linkcode preluLoop}. @internal
 */
export function preluBackwardLoop([x, g, a]: readonly Data[], [dx]: readonly Data[]): void {
  const n = dx.length, f = a.length;
  for (let b = 0; b < n; b += f) {
    const e = n - b < f ? n - b : f;
    for (let j = 0; j < e; j++) {
      const i = b + j;
      dx[i] = x[i] > 0 ? g[i] : a[j] * g[i];
    }
  }
}

/**
 * PReLU, the parametric ReLU with a learnable slope (He et al. 2015, "Delving
 * deep into rectifiers").
 *
 * - f(x) = x for x > 0, alpha·x otherwise, alpha broadcast against x
 * - ∂f/∂x = 1 for x > 0, alpha otherwise (alpha also at x = 0)
 * - ∂f/∂alpha = 0 for x > 0, x otherwise, summed over the elements that share
 *   a slope
 *
 * Options: `init` (default 0.25), the initial slope; `sharedAxes` (default
 * `[]`), Keras convention: axis indices counting the batch axis as 0 (so
 * feature axes are 1, 2, …) over which one slope is shared. With `[]` every
 * feature element has its own slope; for `[N, T, C]` inputs, `sharedAxes:
 * [1]` gives one slope per channel (alpha of shape `[1, C]`).
 *
 * The slope is the parameter `alpha` of {@linkcode ActivationInstance.parameters}
 * (an `Activation` layer registers it, so any optimizer trains it). It has the
 * feature shape with shared axes set to 1 (`[1]` for 1-D inputs) and is
 * created by `build(featureShape)`, or by the first `forward` from
 * `x.shape.slice(1)`. The op on the tape is `"prelu"`; it keeps the input.
 *
 * @example One slope per channel, trained like any weight
 * ```ts
 * import { Activation, tensor } from "@rectify/core";
 * const act = new Activation({ name: "prelu", options: { sharedAxes: [1] } }, { inputShape: [3, 2] });
 * console.log(act.namedParameters().map(([n, t]) => `${n}:${t.shape}`)); // ["alpha:1,2"]
 * const y = act.call(tensor([[[-4, 1], [2, -2], [0, 3]]]));
 * console.log(y.toArray()); // [[[-1, 1], [2, -0.5], [0, 3]]]
 * ```
 */
export const prelu: ActivationPlugin<{ init: number; sharedAxes: readonly number[] }> =
  defineActivation({
    name: "prelu",
    version: "1.0.0",
    description: "x > 0 ? x : alpha·x with a learnable alpha (shared over sharedAxes)",
    defaults: { init: 0.25, sharedAxes: [] as readonly number[] },
    onnx(x, g, _options, instance) {
      instance.build?.(g.featureShape);
      const alpha = instance.parameters!().alpha;
      return g.node("PRelu", [x, g.constant(alpha.data, alpha.shape)]);
    },
    kinks: () => [0],
    validate({ init, sharedAxes }) {
      checkFinite("prelu", "init", init);
      for (const a of sharedAxes) {
        if (!Number.isInteger(a) || a < 1) {
          throw optionError(
            "prelu",
            `sharedAxes must hold integers >= 1 (axis 0 is the batch), got [${sharedAxes}]`,
          );
        }
      }
      if (new Set(sharedAxes).size !== sharedAxes.length) {
        throw optionError("prelu", `sharedAxes must not repeat an axis, got [${sharedAxes}]`);
      }
    },
    create({ init, sharedAxes }, ctx) {
      let alpha: Tensor | null = null;
      let mapKey = "";
      let map = new Int32Array(0);

      function build(featureShape: readonly number[]): void {
        for (const a of sharedAxes) {
          if (a > featureShape.length) {
            throw new RectifyError(
              "shape",
              `prelu: sharedAxes holds axis ${a}, out of range for inputs of shape [N${
                featureShape.map((d) => `, ${d}`).join("")
              }] (feature axes are 1..${featureShape.length})`,
            );
          }
        }
        const shape = featureShape.length === 0
          ? [1]
          : featureShape.map((d, i) => (sharedAxes.includes(i + 1) ? 1 : d));
        if (alpha !== null) {
          if (alpha.shape.join(",") === shape.join(",")) return;
          throw new RectifyError(
            "shape",
            `prelu: already built with alpha of shape ${fmtShape(alpha.shape)}, ` +
              `cannot rebuild it as ${fmtShape(shape)}`,
          );
        }
        // a parameter outlives the step: never StepArena storage, even when built lazily in a run
        alpha = withoutArena(() => full(shape, init, { dtype: ctx.dtype, requiresGrad: true }));
        alpha.name = "alpha";
      }

      // alpha index of each feature element (trailing-dimension broadcasting)
      function indexMap(a: Tensor, feat: readonly number[]): Int32Array {
        const key = `${a.shape}|${feat}`;
        if (key === mapKey) return map;
        let as = [...a.shape];
        while (as.length > feat.length && as[0] === 1) as = as.slice(1);
        const bad = as.length > feat.length ||
          as.some((d, i) => d !== 1 && d !== feat[feat.length - as.length + i]);
        if (bad) {
          throw new RectifyError(
            "shape",
            `prelu: alpha of shape ${
              fmtShape(a.shape)
            } does not broadcast against inputs of shape [N${feat.map((d) => `, ${d}`).join("")}]`,
          );
        }
        const nd = feat.length, off = nd - as.length;
        const strides = new Array<number>(nd).fill(0);
        let acc = 1;
        for (let i = as.length - 1; i >= 0; i--) {
          strides[off + i] = as[i] === 1 ? 0 : acc;
          acc *= as[i];
        }
        let size = 1;
        for (const d of feat) size *= d;
        const m = new Int32Array(size);
        const idx = new Array<number>(nd).fill(0);
        let ai = 0;
        for (let j = 0; j < size; j++) {
          m[j] = ai;
          for (let d = nd - 1; d >= 0; d--) {
            idx[d]++;
            ai += strides[d];
            if (idx[d] < feat[d]) break;
            ai -= strides[d] * idx[d];
            idx[d] = 0;
          }
        }
        mapKey = key;
        map = m;
        return m;
      }

      const op = defineFunction({
        name: "prelu",
        forward(fctx, x: Tensor, a: Tensor) {
          const m = indexMap(a, x.shape.slice(1));
          const y = emptyData(x.dtype, x.size);
          runKernel("prelu", [x.data, slopeRow(a.data, m)], [y], [], preluLoop);
          fctx.save(x, a);
          fctx.data.map = m;
          return new TensorClass(y, x.shape);
        },
        backward(fctx, g) {
          const [x, a] = fctx.saved;
          const m = fctx.data.map as Int32Array;
          const f = m.length;
          const xd = x.data, ad = a.data, gd = g.data;
          let gx: TensorClass | null = null;
          let ga: TensorClass | null = null;
          if (fctx.needsInputGrad[0]) {
            const out = emptyData(g.dtype, x.size);
            runKernel("preluBackward", [xd, gd, slopeRow(ad, m)], [out], [], preluBackwardLoop);
            gx = new TensorClass(out, x.shape);
          }
          if (fctx.needsInputGrad[1]) {
            const out = allocData(a.dtype, a.size);
            for (let b = 0; b < x.size; b += f) {
              for (let j = 0; j < f; j++) {
                const i = b + j;
                const v = xd[i];
                if (!(v > 0)) out[m[j]] += v * gd[i];
              }
            }
            ga = new TensorClass(out, a.shape);
          }
          return [gx, ga];
        },
      });

      return {
        forward(x: Tensor): Tensor {
          if (x.ndim === 0) {
            throw new RectifyError(
              "shape",
              `prelu: expected an input with a batch axis, got shape ${fmtShape(x.shape)}`,
            );
          }
          if (alpha === null) build(x.shape.slice(1));
          return op(x, alpha!);
        },
        parameters: (): Record<string, Tensor> => (alpha === null ? {} : { alpha }),
        build,
      };
    },
  });
