/**
 * Per-layer training monitors used by the trainer: the dead-unit fraction of
 * each hidden activation layer and the gradient norm of each dense layer.
 * Kept behind {@linkcode attachMonitors} so the trainer does not care how
 * they are measured. @internal
 *
 * @module
 */

import { Activation, Dense, type Module } from "../core/module.ts";
import type { RemovableHandle, Tensor } from "../core/tensor.ts";

/** Readings of the monitors since the last reset. @internal */
export interface MonitorReadings {
  /** Per hidden activation layer: fraction of units whose output never changed. */
  deadFraction: number[];
  /** Per dense layer: mean over steps of the L2 norm of its weight and bias gradients. */
  gradNorm: number[];
}

/** Monitors attached to a model. @internal */
export interface Monitors {
  /** Layer names of the activation layers (dead fraction) and dense layers (grad norm). */
  readonly activationLayers: readonly string[];
  /** Dense layer names. */
  readonly denseLayers: readonly string[];
  /** Call after each backward pass, before the optimizer step. */
  afterBackward(): void;
  /** Readings since the last reset. */
  read(): MonitorReadings;
  /** Start a new measuring window. */
  reset(): void;
  /** Detach the hooks. */
  remove(): void;
}

/**
 * Attach the monitors. A unit counts as dead when its activation output was
 * the same value for every training example seen in the window (a ReLU unit
 * stuck at 0 is the typical case; leaky or smooth units are never dead by this
 * measure because their outputs still vary). @internal
 */
export function attachMonitors(model: Module): Monitors {
  const acts: [string, Activation][] = [];
  const denses: [string, Dense][] = [];
  for (const [name, m] of model.namedModules()) {
    if (m instanceof Activation) acts.push([name, m]);
    else if (m instanceof Dense) denses.push([name, m]);
  }
  const mins: (Float64Array | null)[] = acts.map(() => null);
  const maxs: (Float64Array | null)[] = acts.map(() => null);
  const handles: RemovableHandle[] = acts.map(([, m], k) =>
    m.registerForwardHook((mod: Module, _x: Tensor, y: Tensor) => {
      if (!mod.training) return;
      const width = y.shape[y.ndim - 1];
      let lo = mins[k], hi = maxs[k];
      if (lo === null || hi === null || lo.length !== width) {
        lo = mins[k] = new Float64Array(width).fill(Infinity);
        hi = maxs[k] = new Float64Array(width).fill(-Infinity);
      }
      const d = y.data;
      for (let i = 0; i < d.length; i += width) {
        for (let j = 0; j < width; j++) {
          const v = d[i + j];
          if (v < lo[j]) lo[j] = v;
          if (v > hi[j]) hi[j] = v;
        }
      }
    })
  );
  const normSums = new Float64Array(denses.length);
  let steps = 0;
  return {
    activationLayers: acts.map(([n]) => n),
    denseLayers: denses.map(([n]) => n),
    afterBackward() {
      for (let k = 0; k < denses.length; k++) {
        const layer = denses[k][1];
        let s = 0;
        for (const p of [layer.weight, layer.bias]) {
          const g = p?.grad?.data;
          if (!g) continue;
          for (let i = 0; i < g.length; i++) s += g[i] * g[i];
        }
        normSums[k] += Math.sqrt(s);
      }
      steps++;
    },
    read() {
      const deadFraction = acts.map((_, k) => {
        const lo = mins[k], hi = maxs[k];
        if (lo === null || hi === null) return 0;
        let dead = 0;
        for (let j = 0; j < lo.length; j++) if (lo[j] === hi[j]) dead++;
        return dead / lo.length;
      });
      const gradNorm = Array.from(normSums, (s) => (steps > 0 ? s / steps : 0));
      return { deadFraction, gradNorm };
    },
    reset() {
      mins.fill(null);
      maxs.fill(null);
      normSums.fill(0);
      steps = 0;
    },
    remove() {
      for (const h of handles) h.remove();
    },
  };
}
