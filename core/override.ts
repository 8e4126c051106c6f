/**
 * Scoped gradient rewriting: op-level backward overrides
 * ({@linkcode withGradientOverride}) and gradient plugins applied to a model
 * ({@linkcode applyGradient}) or used as a scope ({@linkcode withGradient}).
 *
 * Scopes are synchronous only. The override stack is consulted when an op is
 * recorded on the tape; an `async` body would keep running after the scope
 * returned, and other tasks interleaved at its `await`s would record under
 * the same overrides. So a body that returns a promise is rejected (the scope
 * is closed first). Build the graph inside the scope; `backward()` may run
 * anywhere later, since each node keeps the rule chosen when it was recorded.
 *
 * @module
 */

import { RectifyError } from "./errors.ts";
import type { Module } from "./module.ts";
import type { GradientAttachment, GradientRewrite } from "./plugin.ts";
import { defaultRegistry, type Registry } from "./registry.ts";
import type { PluginSpec } from "./spec.ts";
import { Rng } from "./rng.ts";
import {
  _popOverrides,
  _pushOverrides,
  type BackwardRule,
  type GradientOverrides,
  type RemovableHandle,
} from "./autograd.ts";

/** A function whose result is not a promise (scopes are synchronous). */
export type SyncBody<T> = () => T extends PromiseLike<unknown> ? never : T;

function checkOverrides(overrides: unknown, where: string): GradientOverrides {
  if (typeof overrides !== "object" || overrides === null || Array.isArray(overrides)) {
    throw new RectifyError(
      "option",
      `${where}: overrides must be an object of backward rules by op name, got ${
        Array.isArray(overrides) ? "an array" : overrides === null ? "null" : typeof overrides
      }`,
    );
  }
  const frozen: Record<string, BackwardRule> = {};
  for (const [op, rule] of Object.entries(overrides)) {
    if (typeof rule !== "function") {
      throw new RectifyError(
        "option",
        `${where}: the override for op "${op}" must be a function (grad, ctx) => grad, got ${typeof rule}`,
      );
    }
    frozen[op] = rule as BackwardRule;
  }
  return Object.freeze(frozen);
}

function isThenable(v: unknown): boolean {
  return (typeof v === "object" || typeof v === "function") && v !== null &&
    typeof (v as { then?: unknown }).then === "function";
}

/**
 * Run `fn` with the backward rules of the named ops replaced, for every graph
 * recorded inside the scope. Each recorded node keeps the rule in force when
 * it was recorded, so `backward()` may run inside or after the scope.
 *
 * An override is `(grad, ctx) => gradInput | gradInputs[]`: `ctx.saved` are
 * the tensors the op's forward saved (relu saves its output),
 * `ctx.original(grad)` runs the rule it replaces. Nested scopes compose: an
 * inner override for the same op wraps the outer one, so its `ctx.original`
 * is the outer override (whose `ctx.original` is the op's own rule).
 *
 * Nothing leaks: the scope is closed when `fn` returns or throws. The scope is
 * synchronous; a body that returns a promise is an error (see the module doc).
 *
 * @example Guided-backprop-style relu
 * ```ts
 * import { defaultRegistry, tensor, withGradientOverride } from "@rectify/core";
 * const relu = defaultRegistry.create("activation", "relu");
 * const x = tensor([-1, 2, 3], { requiresGrad: true });
 * withGradientOverride({ relu: (g, ctx) => ctx.original(g)[0]!.maximum(0) }, () => {
 *   relu.forward(x).mul(tensor([5, -1, 1])).sum().backward();
 * });
 * console.log(x.grad!.toArray()); // [0, 0, 1]
 * ```
 */
export function withGradientOverride<T>(overrides: GradientOverrides, fn: SyncBody<T>): T {
  const map = checkOverrides(overrides, "withGradientOverride");
  if (typeof fn !== "function") {
    throw new RectifyError(
      "option",
      `withGradientOverride: the body must be a function, got ${typeof fn}`,
    );
  }
  let result: T;
  _pushOverrides(map);
  try {
    result = (fn as () => T)();
  } finally {
    _popOverrides(map);
  }
  if (isThenable(result)) {
    throw new RectifyError(
      "usage",
      "withGradientOverride: the body returned a promise, but gradient scopes are synchronous; " +
        "build the graph inside a synchronous body (backward() may run later, outside the scope)",
    );
  }
  return result;
}

/** Options of {@linkcode applyGradient} and {@linkcode withGradient}. */
export interface ApplyGradientOptions {
  /** Registry to resolve spec strings in (default: `defaultRegistry`). */
  registry?: Registry;
}

/**
 * Handle of a gradient rewrite applied to a model. `remove()` undoes it
 * (hooks removed, overrides no longer recorded for new graphs). Monitors
 * (`deadUnitMonitor`, `gradNormMonitor`) return their report from `read()` and
 * clear it with `reset()`; for other rewrites `read()` returns `undefined` and
 * `reset()` does nothing.
 */
export interface GradientHandle<R = unknown> extends RemovableHandle {
  /** The monitor's current report (`undefined` for rewrites that report nothing). */
  read(): R;
  /** Forget what the monitor has seen (no-op for other rewrites). */
  reset(): void;
}

function createRewrite(
  spec: PluginSpec | GradientRewrite,
  registry: Registry | undefined,
  where: string,
): { rewrite: GradientRewrite; name: string } {
  if (typeof spec === "string" || (typeof spec === "object" && spec !== null && "name" in spec)) {
    const s = spec as PluginSpec;
    const rewrite = (registry ?? defaultRegistry).create("gradient", s, { rng: new Rng(0) });
    return { rewrite, name: typeof s === "string" ? s.split(":")[0] : s.name };
  }
  if (typeof spec !== "object" || spec === null) {
    throw new RectifyError(
      "option",
      `${where}: expected a gradient plugin spec ("name:option=value" or {name, options}) or a GradientRewrite, got ${
        spec === null ? "null" : typeof spec
      }`,
    );
  }
  return { rewrite: spec, name: "custom" };
}

/**
 * Apply a gradient plugin (or a raw {@linkcode GradientRewrite}) to a model;
 * `model.applyGradient(spec)` calls this. Its overrides apply to every graph
 * recorded inside `model.call()`; its `attach` installs hooks. The handle's
 * `remove()` undoes both.
 *
 * @example
 * ```ts
 * import { applyGradient, mlp, Rng, zeros } from "@rectify/core";
 * const model = mlp({ inputSize: 4, hidden: [8], outputSize: 2, rng: new Rng(0) });
 * const h = applyGradient(model, "guidedBackprop");
 * model.call(zeros([1, 4]));
 * h.remove();
 * ```
 */
export function applyGradient<R = unknown>(
  model: Module,
  spec: PluginSpec | GradientRewrite,
  options: ApplyGradientOptions = {},
): GradientHandle<R> {
  const { rewrite, name } = createRewrite(spec, options.registry, "applyGradient");
  const overrides = rewrite.overrides === undefined
    ? null
    : checkOverrides(rewrite.overrides, `applyGradient("${name}")`);
  let attachment: GradientAttachment | null = null;
  if (rewrite.attach !== undefined) {
    attachment = rewrite.attach(model);
    if (typeof attachment?.remove !== "function") {
      throw new RectifyError(
        "plugin",
        `applyGradient("${name}"): attach() must return a handle with remove(), got ${typeof attachment}`,
      );
    }
  }
  if (overrides) model._gradientScopes.push(overrides);
  let removed = false;
  return {
    remove() {
      if (removed) return;
      removed = true;
      if (overrides) {
        const i = model._gradientScopes.lastIndexOf(overrides);
        if (i >= 0) model._gradientScopes.splice(i, 1);
      }
      attachment?.remove();
    },
    read: () => attachment?.read?.() as R,
    reset: () => attachment?.reset?.(),
  };
}

/**
 * Use a gradient plugin as a scope: its overrides apply to graphs recorded
 * inside `fn`, and, when it attaches to a model (monitors, gradientNoise),
 * it is attached to `options.model` for the duration of `fn` and removed
 * afterwards, also when `fn` throws. Synchronous only.
 *
 * @example Guided backprop for one backward pass
 * ```ts
 * import { mlp, Rng, tensor, withGradient } from "@rectify/core";
 * const model = mlp({ inputSize: 2, hidden: [4], outputSize: 2, rng: new Rng(0) });
 * const x = tensor([[1, -1]], { requiresGrad: true });
 * withGradient("guidedBackprop", () => model.call(x).sum().backward());
 * console.log(x.grad!.shape); // [1, 2]
 * ```
 */
export function withGradient<T>(
  spec: PluginSpec | GradientRewrite,
  fn: SyncBody<T>,
  options: ApplyGradientOptions & { model?: Module } = {},
): T {
  const { rewrite, name } = createRewrite(spec, options.registry, "withGradient");
  if (rewrite.attach !== undefined && options.model === undefined) {
    throw new RectifyError(
      "usage",
      `withGradient("${name}"): this rewrite attaches to a model; pass { model }`,
    );
  }
  const body = (): T => {
    const handle = rewrite.attach && options.model ? rewrite.attach(options.model) : null;
    try {
      return (fn as () => T)();
    } finally {
      handle?.remove();
    }
  };
  if (rewrite.overrides === undefined) {
    const r = body();
    if (isThenable(r)) {
      throw new RectifyError(
        "usage",
        `withGradient("${name}"): the body returned a promise, but gradient scopes are synchronous`,
      );
    }
    return r;
  }
  return withGradientOverride(rewrite.overrides, body as SyncBody<T>);
}
