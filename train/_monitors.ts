/**
 * Per-layer training monitors used by the trainer: the dead-unit fraction of
 * each hidden activation layer and the gradient norm of each dense layer,
 * read from the `deadUnitMonitor` and `gradNormMonitor` gradient plugins.
 * Kept behind {@linkcode attachMonitors} so the trainer does not care how
 * they are measured. @internal
 *
 * @module
 */

import { Activation, Dense } from "../core/layers.ts";
import type { Module } from "../core/module.ts";
import { Conv1d, Conv2d } from "../core/conv.ts";
import { defaultRegistry, type Registry } from "../core/registry.ts";
import type { DeadUnitReport } from "../plugins/gradients/dead_unit_monitor.ts";
import type { GradNormReport } from "../plugins/gradients/grad_norm_monitor.ts";

/** Readings of the monitors since the last reset. @internal */
export interface MonitorReadings {
  /** Per hidden activation layer: fraction of units whose input was <= 0 for every sample. */
  deadFraction: number[];
  /** Per weight layer (dense or convolution): mean over steps of the L2 norm of its weight and bias gradients. */
  gradNorm: number[];
}

/** Monitors attached to a model. @internal */
export interface Monitors {
  /** Names of the activation layers (dead fraction). */
  readonly activationLayers: readonly string[];
  /** Names of the weight layers, dense and convolution (grad norm). */
  readonly denseLayers: readonly string[];
  /** Readings since the last reset. */
  read(): MonitorReadings;
  /** Start a new measuring window. */
  reset(): void;
  /** Detach the monitors. */
  remove(): void;
}

/**
 * Attach `deadUnitMonitor` (a unit is dead when its activation's input was
 * <= 0 for every example seen in the window: the dying-ReLU criterion) and
 * `gradNormMonitor` (per parameter, per backward pass). The gradient norm of
 * a dense layer at a step is √(‖∇W‖² + ‖∇b‖²); the reading is its mean over
 * the window's steps. @internal
 */
export function attachMonitors(model: Module, registry: Registry = defaultRegistry): Monitors {
  const reg = registry.has("gradient", "deadUnitMonitor") &&
      registry.has("gradient", "gradNormMonitor")
    ? registry
    : defaultRegistry;
  const dead = model.applyGradient<DeadUnitReport>("deadUnitMonitor", { registry: reg });
  const norms = model.applyGradient<GradNormReport>("gradNormMonitor", { registry: reg });
  const modules = model.namedModules();
  // the weight layers: dense and convolution (each has `weight` and an optional `bias`)
  const denses = modules.filter(([, m]) =>
    m instanceof Dense || m instanceof Conv2d || m instanceof Conv1d
  ) as [string, Dense | Conv2d | Conv1d][];
  const acts = modules.filter(([, m]) => m instanceof Activation).map(([n]) => n);
  const key = (layer: string, p: string) => (layer ? `${layer}.${p}` : p);
  return {
    activationLayers: acts,
    denseLayers: denses.map(([n]) => n),
    read() {
      const report = new Map(dead.read().map((l) => [l.name, l.fraction]));
      const deadFraction = acts.map((n) => report.get(n) ?? 0);
      const r = norms.read();
      const gradNorm = denses.map(([name, layer]) => {
        const w = r[key(name, "weight")] ?? [];
        const b = layer.bias ? r[key(name, "bias")] ?? [] : [];
        // Steps skipped for a NaN/Inf gradient (onNan: "skip") are left out.
        let sum = 0, steps = 0;
        for (let i = 0; i < Math.max(w.length, b.length); i++) {
          const v = Math.sqrt((w[i] ?? 0) ** 2 + (b[i] ?? 0) ** 2);
          if (Number.isFinite(v)) {
            sum += v;
            steps++;
          }
        }
        return steps > 0 ? sum / steps : 0;
      });
      return { deadFraction, gradNorm };
    },
    reset() {
      dead.reset();
      norms.reset();
    },
    remove() {
      dead.remove();
      norms.remove();
    },
  };
}
