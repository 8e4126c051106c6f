/**
 * The plugin kit's schedule check.
 *
 * @module
 */

import { type Options, type Plugin, Rng, type Schedule, type SchedulePlugin } from "../core/mod.ts";
import { fail, fmtNum, Runner } from "./_runner.ts";
import type { CommonCheckOptions, PluginCheckResult } from "./types.ts";

/** Options of {@linkcode checkSchedule}. */
export interface ScheduleCheckOptions extends CommonCheckOptions {
  /** Epochs to step through (default 30). */
  epochs?: number;
  /** Base learning rate (default 0.1). */
  baseLr?: number;
}

/**
 * Check a schedule plugin. Named checks: `register`, `options: ...`,
 * `learning rates` (finite and >= 0 for `epochs` epochs, `lr()` pure: two
 * calls give the same value), `determinism` (two schedules give the same
 * sequence), `state round trip` (`state()` → JSON → `load()` into a new
 * schedule continues identically). A falling then flat metric is fed to
 * `step(metric)` so plateau schedules react.
 *
 * @example Check a halving schedule
 * ```ts
 * import { defineSchedule } from "@rectify/core";
 * import { assertPluginOk, checkSchedule } from "@rectify/core/testing";
 * const halving = defineSchedule({
 *   name: "halving",
 *   version: "1.0.0",
 *   description: "lr * 0.5^epoch",
 *   defaults: {},
 *   create: () => {
 *     let epoch = 0;
 *     return {
 *       lr: (base) => base * 0.5 ** epoch,
 *       step: () => void epoch++,
 *       state: () => ({ epoch }),
 *       load: (s) => void (epoch = (s as { epoch: number }).epoch),
 *     };
 *   },
 * });
 * assertPluginOk(checkSchedule(halving));
 * ```
 */
export function checkSchedule(
  plugin: Plugin | SchedulePlugin<Options>,
  options: ScheduleCheckOptions = {},
): PluginCheckResult {
  const r = new Runner(plugin as Plugin, "schedule");
  if (!r.register("schedule", options)) return r.result();
  r.optionChecks(options);
  const registry = r.registry!;
  const seed = options.seed ?? 0;
  const epochs = options.epochs ?? 30;
  const base = options.baseLr ?? 0.1;
  const spec = r.spec(options);
  const make = (): Schedule => registry.create("schedule", spec, { rng: new Rng(seed) });
  const metric = (e: number) => (e < epochs / 3 ? 1 / (1 + e) : 1 / (1 + Math.floor(epochs / 3)));
  const sequence = (s: Schedule, from: number, to: number): number[] => {
    const out: number[] = [];
    for (let e = from; e < to; e++) {
      out.push(s.lr(base));
      s.step(metric(e));
    }
    return out;
  };
  const firstDiff = (a: number[], b: number[]) => a.findIndex((v, i) => !Object.is(v, b[i]));

  r.run("learning rates", () => {
    const s = make();
    const seen: number[] = [];
    for (let e = 0; e < epochs; e++) {
      const lr = s.lr(base), again = s.lr(base);
      if (!Number.isFinite(lr) || lr < 0) {
        fail(`epoch ${e}: lr(${base}) is ${lr}, expected finite and >= 0`);
      }
      if (!Object.is(lr, again)) fail(`epoch ${e}: lr() is not pure: ${lr} then ${again}`);
      seen.push(lr);
      s.step(metric(e));
    }
    return `${epochs} epochs, lr from ${fmtNum(seen[0])} to ${fmtNum(seen[seen.length - 1])}`;
  });

  r.run("determinism", () => {
    const a = sequence(make(), 0, epochs), b = sequence(make(), 0, epochs);
    const i = firstDiff(a, b);
    if (i >= 0) fail(`two schedules differ at epoch ${i}: ${a[i]} vs ${b[i]}`);
    return "two schedules give the same sequence";
  });

  r.run("state round trip", () => {
    const split = Math.floor(epochs / 2);
    const a = make();
    sequence(a, 0, split);
    const json = JSON.stringify(a.state());
    const b = make();
    b.load(JSON.parse(json));
    const ra = sequence(a, split, epochs), rb = sequence(b, split, epochs);
    const i = firstDiff(ra, rb);
    if (i >= 0) {
      fail(
        `after state() → JSON → load() at epoch ${split}, epoch ${split + i} gives ${
          rb[i]
        }, the original ${ra[i]}`,
      );
    }
    return `restored at epoch ${split}, identical for ${epochs - split} more`;
  });

  return r.result();
}
