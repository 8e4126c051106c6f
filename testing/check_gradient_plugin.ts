/**
 * The plugin kit's gradient-rewrite check.
 *
 * @module
 */

import {
  applyGradient,
  fmtShape,
  type GradientPlugin,
  type GradientRewrite,
  mlp,
  type Module,
  type Options,
  type Plugin,
  Rng,
  Tensor,
} from "../core/mod.ts";
// the kit is part of the package: it reads the override depth through core's internal path
import { _overrideDepth } from "../core/autograd.ts";
import { fail, firstBitDifference, firstNonFinite, Runner } from "./_runner.ts";
import type { CommonCheckOptions, PluginCheckResult } from "./types.ts";

/** Options of {@linkcode checkGradientPlugin}. */
export interface GradientCheckOptions extends CommonCheckOptions {
  /**
   * Build the float64 model the rewrite is tried on, taking input width 5
   * (default: `mlp` 5 → 6 → 3 with relu hidden units, from the isolated registry).
   */
  model?: (rng: Rng) => Module;
}

interface Pass {
  output: Float64Array | Float32Array;
  grads: (Float64Array | Float32Array)[];
}

/**
 * Check a gradient-rewrite plugin. Its product must provide `overrides`
 * (backward rules by op name) and/or `attach(model)`. On a small float64 model
 * the checks compare plain gradients with rewritten ones:
 *
 * - `register` and `options: ...`;
 * - `product`: `overrides` is a record of functions and/or `attach` a function;
 * - `rewritten pass`: with the rewrite in force the forward output is unchanged
 *   (a gradient plugin rewrites gradients only), every gradient has its
 *   tensor's shape and is finite, and inputs and parameters are not mutated;
 * - `determinism`: two rewritten passes give the same bits;
 * - `remove restores plain gradients`: after `handle.remove()` and leaving the
 *   override scope, gradients are bit-identical to the plain ones and no
 *   override scope is left active.
 *
 * @example Check a rewrite that blocks relu gradients
 * ```ts
 * import { defineGradient } from "@rectify/core";
 * import { assertPluginOk, checkGradientPlugin } from "@rectify/core/testing";
 * const blockRelu = defineGradient({
 *   name: "blockRelu",
 *   version: "1.0.0",
 *   description: "no gradient through relu",
 *   defaults: {},
 *   create: () => ({ overrides: { relu: (g) => g.mul(0) } }),
 * });
 * assertPluginOk(checkGradientPlugin(blockRelu));
 * ```
 */
export function checkGradientPlugin(
  plugin: Plugin | GradientPlugin<Options>,
  options: GradientCheckOptions = {},
): PluginCheckResult {
  const r = new Runner(plugin as Plugin, "gradient");
  if (!r.register("gradient", options)) return r.result();
  r.optionChecks(options);
  const registry = r.registry!;
  const seed = options.seed ?? 0;
  const spec = r.spec(options);
  const model = options.model?.(new Rng(seed)) ??
    mlp({
      inputSize: 5,
      hidden: [6],
      outputSize: 3,
      activation: "relu",
      rng: new Rng(seed),
      dtype: "float64",
      registry,
    });
  const rng = new Rng(seed + 1);
  const xd = new Float64Array(4 * 5);
  for (let i = 0; i < xd.length; i++) xd[i] = rng.uniform() * 4 - 2;
  const x = new Tensor(xd, [4, 5], { requiresGrad: true });
  const params = model.namedParameters();
  const tensors: [string, Tensor][] = [["input", x], ...params];

  const pass = (): Pass => {
    for (const [, t] of tensors) t.grad = null;
    const y = model.call(x);
    const w = new Float64Array(y.size);
    const wr = new Rng(seed + 2);
    for (let i = 0; i < w.length; i++) w[i] = wr.uniform() * 2 - 1;
    y.backward(new Tensor(w, y.shape));
    return {
      output: y.data.slice(),
      grads: tensors.map(([name, t]) => {
        if (!t.grad) fail(`"${name}" got no gradient`);
        if (t.grad.shape.join() !== t.shape.join()) {
          fail(
            `the gradient of "${name}" has shape ${fmtShape(t.grad.shape)}, expected ${
              fmtShape(t.shape)
            }`,
          );
        }
        return t.grad.data.slice();
      }),
    };
  };
  const rewritten = (rewrite: GradientRewrite): Pass => {
    // The path users take: applyGradient() installs the overrides for model.call() and attaches.
    const handle = applyGradient(model, rewrite);
    try {
      return pass();
    } finally {
      handle.remove();
    }
  };
  const same = (a: Pass, b: Pass, what: string) => {
    const o = firstBitDifference(a.output, b.output);
    if (o >= 0) fail(`${what}: output element ${o} is ${b.output[o]}, expected ${a.output[o]}`);
    a.grads.forEach((g, j) => {
      const i = firstBitDifference(g, b.grads[j]);
      if (i >= 0) {
        fail(
          `${what}: gradient of "${tensors[j][0]}" element ${i} is ${b.grads[j][i]}, expected ${
            g[i]
          }`,
        );
      }
    });
  };
  const make = (): GradientRewrite =>
    registry.create("gradient", spec, { rng: new Rng(seed), dtype: "float64" });

  let plain: Pass | null = null;
  const productOk = r.run("product", () => {
    const p = make();
    if (p === null || typeof p !== "object") fail(`create() must return an object, got ${p}`);
    const hasOverrides = p.overrides !== undefined;
    if (hasOverrides) {
      if (typeof p.overrides !== "object" || p.overrides === null) {
        fail(`"overrides" must be an object`);
      }
      for (const [op, rule] of Object.entries(p.overrides)) {
        if (typeof rule !== "function") fail(`override for op "${op}" must be a function`);
      }
    }
    if (p.attach !== undefined && typeof p.attach !== "function") {
      fail(`"attach" must be a function`);
    }
    if (!hasOverrides && p.attach === undefined) {
      fail(`the product has neither "overrides" nor "attach"`);
    }
    plain = pass();
    const parts = [
      hasOverrides ? `overrides for ${Object.keys(p.overrides!).join(", ") || "no op"}` : "",
      p.attach ? "attach()" : "",
    ].filter(Boolean);
    return parts.join(" and ");
  });
  if (!productOk) return r.result();

  r.run("rewritten pass", () => {
    const before = tensors.map(([, t]) => t.data.slice());
    const depth = _overrideDepth();
    const res = rewritten(make());
    if (_overrideDepth() !== depth) fail(`an override scope was left active`);
    const o = firstBitDifference(plain!.output, res.output);
    if (o >= 0) {
      fail(
        `the forward output changed at element ${o}: ${res.output[o]} instead of ${
          plain!.output[o]
        }`,
      );
    }
    res.grads.forEach((g, j) => {
      const i = firstNonFinite(g);
      if (i >= 0) fail(`the rewritten gradient of "${tensors[j][0]}" element ${i} is ${g[i]}`);
    });
    tensors.forEach(([name, t], j) => {
      const i = firstBitDifference(before[j], t.data);
      if (i >= 0) fail(`"${name}" element ${i} was changed from ${before[j][i]} to ${t.data[i]}`);
    });
    const changed = res.grads.filter((g, j) => firstBitDifference(g, plain!.grads[j]) >= 0).length;
    return `forward unchanged, gradients finite; ${changed} of ${tensors.length} gradients rewritten`;
  });

  r.run("determinism", () => {
    same(rewritten(make()), rewritten(make()), "two rewritten passes differ");
    return "two rewritten passes give the same bits";
  });

  r.run("remove restores plain gradients", () => {
    rewritten(make());
    same(plain!, pass(), "after remove()");
    return "plain gradients bit-identical after remove()";
  });

  return r.result();
}
