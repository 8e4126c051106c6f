/**
 * The plugin kit's initializer check.
 *
 * @module
 */

import {
  fmtShape,
  type InitializerPlugin,
  type Options,
  type Plugin,
  Rng,
  Tensor,
} from "../core/mod.ts";
import {
  describeError,
  fail,
  firstBitDifference,
  firstNonFinite,
  isTypedError,
  Runner,
  worstMismatch,
} from "./_runner.ts";
import type { CommonCheckOptions, PluginCheckResult } from "./types.ts";

/** Options of {@linkcode checkInitializer}. */
export interface InitializerCheckOptions extends CommonCheckOptions {
  /**
   * Shapes to fill (default `[[5], [3, 4], [2, 3, 4], [4, 3, 2, 2]]`). 2-D shapes
   * must work; others may be rejected with a typed error.
   */
  shapes?: readonly (readonly number[])[];
}

/**
 * Check an initializer plugin the way the built-ins are checked. Named checks:
 *
 * - `register` and `options: ...`;
 * - `shapes and dtypes`: every shape comes back with that shape, in the
 *   context's dtype by default and in the dtype asked for, all values finite
 *   (shapes other than 2-D may instead be rejected with a typed error);
 * - `determinism`: the same seed (through the context or `{ rng }`) gives the
 *   same bits;
 * - `float32/float64 agreement`: with the same seed, the float32 values are the
 *   float64 values rounded;
 * - `no mutation`: the shape array passed in is left as it was (it is frozen).
 *
 * @example Check a constant initializer
 * ```ts
 * import { defineInitializer, full } from "@rectify/core";
 * import { assertPluginOk, checkInitializer } from "@rectify/core/testing";
 * const half = defineInitializer({
 *   name: "half",
 *   version: "1.0.0",
 *   description: "all 0.5",
 *   defaults: {},
 *   create: (_o, ctx) => (shape, opts) => full(shape, 0.5, { dtype: opts?.dtype ?? ctx.dtype }),
 * });
 * assertPluginOk(checkInitializer(half));
 * ```
 */
export function checkInitializer(
  plugin: Plugin | InitializerPlugin<Options>,
  options: InitializerCheckOptions = {},
): PluginCheckResult {
  const r = new Runner(plugin as Plugin, "initializer");
  if (!r.register("initializer", options)) return r.result();
  r.optionChecks(options);
  const registry = r.registry!;
  const seed = options.seed ?? 0;
  const spec = r.spec(options);
  const shapes = options.shapes ?? [[5], [3, 4], [2, 3, 4], [4, 3, 2, 2]];
  const accepted: (readonly number[])[] = [];

  r.run("shapes and dtypes", () => {
    const notes: string[] = [];
    for (const shape of shapes) {
      let ok = true;
      for (const ctxDtype of ["float32", "float64"] as const) {
        const init = registry.create("initializer", spec, { rng: new Rng(seed), dtype: ctxDtype });
        for (const asked of [undefined, "float32", "float64"] as const) {
          let t: Tensor;
          try {
            t = asked
              ? init(Object.freeze([...shape]), { dtype: asked })
              : init(Object.freeze([...shape]));
          } catch (e) {
            if (shape.length !== 2 && isTypedError(e)) {
              notes.push(`${fmtShape(shape)} rejected (${describeError(e)})`);
              ok = false;
              break;
            }
            fail(`filling ${fmtShape(shape)} threw ${describeError(e)}`);
          }
          if (!(t instanceof Tensor)) fail(`the initializer must return a Tensor, got ${typeof t}`);
          const want = asked ?? ctxDtype;
          if (t.dtype !== want) {
            fail(
              `asked for ${asked ?? `the context's ${ctxDtype}`}, got a ${t.dtype} tensor for ${
                fmtShape(shape)
              }`,
            );
          }
          if (t.shape.join() !== shape.join()) {
            fail(`asked for shape ${fmtShape(shape)}, got ${fmtShape(t.shape)}`);
          }
          const bad = firstNonFinite(t.data);
          if (bad >= 0) fail(`element ${bad} of ${fmtShape(shape)} is ${t.data[bad]}`);
        }
        if (!ok) break;
      }
      if (ok) {
        accepted.push(shape);
        notes.push(`${fmtShape(shape)} ok`);
      }
    }
    return notes.join("; ");
  });

  r.run("determinism", () => {
    for (const shape of accepted) {
      const a = registry.create("initializer", spec, { rng: new Rng(seed) })(shape);
      const b = registry.create("initializer", spec, { rng: new Rng(seed) })(shape);
      let i = firstBitDifference(a.data, b.data);
      if (i >= 0) {
        fail(
          `two initializers made with seed ${seed} differ for ${fmtShape(shape)} at element ${i}: ${
            a.data[i]
          } vs ${b.data[i]}`,
        );
      }
      const init = registry.create("initializer", spec, { rng: new Rng(seed + 100) });
      const c = init(shape, { rng: new Rng(seed + 5) }),
        d = init(shape, { rng: new Rng(seed + 5) });
      i = firstBitDifference(c.data, d.data);
      if (i >= 0) {
        fail(
          `two calls with { rng: new Rng(${seed + 5}) } differ for ${
            fmtShape(shape)
          } at element ${i}: ${c.data[i]} vs ${d.data[i]}`,
        );
      }
    }
    return `same seed, same bits for ${accepted.length} shapes (context rng and { rng })`;
  });

  r.run("float32/float64 agreement", () => {
    for (const shape of accepted) {
      const init = registry.create("initializer", spec, { rng: new Rng(seed) });
      const a = init(shape, { dtype: "float32", rng: new Rng(seed + 3) });
      const b = init(shape, { dtype: "float64", rng: new Rng(seed + 3) });
      const m = worstMismatch(a.data, b.data, 1e-6, 1e-6);
      if (m.ratio > 1) {
        fail(
          `with the same seed, ${
            fmtShape(shape)
          } element ${m.index} is ${m.a} in float32, ${m.b} in float64`,
        );
      }
    }
    return "float32 values are the float64 values rounded";
  });

  r.run("no mutation", () => {
    for (const shape of accepted) {
      const given = [...shape];
      registry.create("initializer", spec, { rng: new Rng(seed) })(given);
      if (given.join() !== shape.join()) {
        fail(`filling changed the shape argument from ${fmtShape(shape)} to ${fmtShape(given)}`);
      }
    }
    return "the shape argument is left unchanged";
  });

  return r.result();
}
