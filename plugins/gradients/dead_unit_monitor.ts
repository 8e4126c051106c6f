import {
  Activation,
  defineGradient,
  type GradientPlugin,
  type RemovableHandle,
} from "../../core/mod.ts";

/** One layer in a {@linkcode DeadUnitReport}. */
export interface DeadUnitLayer {
  /** Dotted name of the `Activation` module (`"1"`, `"encoder.3"`). */
  name: string;
  /**
   * Units per sample: the features of a `[N, F]` input; the channels (axis 1)
   * of an image `[N, C, H, W]` or sequence `[N, C, L]` input.
   */
  units: number;
  /** Units whose input was <= 0 for every sample seen (at every position, for channels). */
  dead: number;
  /** `dead / units`. */
  fraction: number;
  /** Samples (rows) seen since attach or `reset()`. */
  samples: number;
}

/** What `deadUnitMonitor`'s `read()` returns: one entry per activation layer that has seen data, in model order. */
export type DeadUnitReport = DeadUnitLayer[];

interface LayerState {
  name: string;
  /**
   * The layer's units in some order, the first `open` of them those not yet seen with an
   * input > 0 (the dead ones, so far).
   */
  pending: Int32Array;
  open: number;
  samples: number;
}

/**
 * Counts dead units ("dying ReLU", Lu et al. 2019): per `Activation` layer of
 * the model, the units whose *input* was <= 0 for every sample seen since
 * attach or `reset()`. For relu such a unit outputs 0 and gets no gradient;
 * the same count is reported for any activation (leakyRelu, elu, ...) so runs
 * can be compared. Observes every forward call (training or evaluation)
 * through forward hooks; it does not change outputs or gradients. The first
 * axis is the batch axis (a 1-D input is one sample). On convolutional
 * feature maps (inputs of 3 or more axes, `[N, C, H, W]`) a unit is a
 * channel: a channel is dead when its input was <= 0 at every spatial
 * position for every sample. If a layer's unit count changes, its count
 * starts over.
 *
 * `read()` returns a {@linkcode DeadUnitReport}: `[{name, units, dead,
 * fraction, samples}]` for each activation layer that has seen data;
 * `reset()` forgets everything seen.
 *
 * @example
 * ```ts
 * import { type DeadUnitReport, mlp, Rng, tensor } from "@rectify/core";
 * const model = mlp({ inputSize: 2, hidden: [8, 8], outputSize: 2, rng: new Rng(0) });
 * const monitor = model.applyGradient<DeadUnitReport>("deadUnitMonitor");
 * model.call(tensor([[1, -1], [0.5, 2], [-3, 1]]));
 * for (const l of monitor.read()) console.log(l.name, l.dead, l.fraction);
 * monitor.remove();
 * ```
 *
 * @example Dead channels of a CNN
 * ```ts
 * import { cnn, type DeadUnitReport, Rng, zeros } from "@rectify/core";
 * const model = cnn({
 *   inputShape: [1, 6, 6],
 *   layers: [{ type: "conv2d", outChannels: 4, kernelSize: 3 }, "relu"],
 *   outputSize: 2,
 *   rng: new Rng(0),
 * });
 * const monitor = model.applyGradient<DeadUnitReport>("deadUnitMonitor");
 * model.call(zeros([2, 1, 6, 6]));
 * console.log(monitor.read()[0].units); // 4 (channels)
 * monitor.remove();
 * ```
 */
export const deadUnitMonitor: GradientPlugin<Record<string, never>> = defineGradient({
  name: "deadUnitMonitor",
  version: "1.0.0",
  description: "per activation layer, units whose input was <= 0 for every sample seen",
  defaults: {},
  create: () => ({
    attach(model) {
      const layers: LayerState[] = [];
      const handles: RemovableHandle[] = [];
      for (const [name, m] of model.namedModules()) {
        if (!(m instanceof Activation)) continue;
        const st: LayerState = {
          name,
          pending: new Int32Array(0),
          open: 0,
          samples: 0,
        };
        layers.push(st);
        handles.push(m.registerForwardHook((_m, input) => {
          const x = input.data;
          const rows = input.ndim >= 2 ? input.shape[0] : 1;
          if (rows === 0) return;
          // a unit is a feature of [N, F], a channel of [N, C, ...positions]
          const units = input.ndim >= 3 ? input.shape[1] : x.length / rows;
          const positions = x.length / (rows * units), stride = units * positions;
          if (st.pending.length !== units) {
            st.pending = Int32Array.from({ length: units }, (_, j) => j);
            st.open = units;
            st.samples = 0;
          }
          st.samples += rows;
          // only the units not yet seen alive are looked at: once every unit has been, nothing
          const pending = st.pending;
          let open = st.open;
          for (let q = 0; q < open;) {
            const j = pending[q];
            let seen = false;
            for (let r = 0, off = j * positions; r < rows && !seen; r++, off += stride) {
              for (let p = 0; p < positions; p++) {
                if (x[off + p] > 0) {
                  seen = true;
                  break;
                }
              }
            }
            if (!seen) q++;
            else {
              pending[q] = pending[--open];
              pending[open] = j;
            }
          }
          st.open = open;
        }));
      }
      return {
        remove() {
          for (const h of handles) h.remove();
        },
        read(): DeadUnitReport {
          const out: DeadUnitReport = [];
          for (const st of layers) {
            if (st.samples === 0) continue;
            const dead = st.open, units = st.pending.length;
            out.push({
              name: st.name,
              units,
              dead,
              fraction: units ? dead / units : 0,
              samples: st.samples,
            });
          }
          return out;
        },
        reset() {
          for (const st of layers) {
            st.open = st.pending.length; // every unit is pending again
            st.samples = 0;
          }
        },
      };
    },
  }),
});
