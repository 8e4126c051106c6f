/**
 * The plugin registry: register, look up, create from specs, and load
 * plugins at runtime from a file, URL, `jsr:` or `npm:` specifier.
 *
 * @module
 */

import { showJson } from "./_show.ts";
import { _setBackendResolver, type Backend } from "./backend.ts";
import { RectifyError } from "./errors.ts";
import {
  fetchAsDataUrl,
  importFailure,
  netAllowed,
  probeImport,
  resolveSpecifier,
  withDeadline,
} from "./_load.ts";
import { Rng } from "./rng.ts";
import { closestNames, parseSpec, type PluginSpec } from "./spec.ts";
import {
  API_VERSION,
  type Options,
  type OptionValue,
  type Plugin,
  PLUGIN_KINDS,
  type PluginContext,
  type PluginKind,
  type PluginProducts,
} from "./plugin.ts";

/**
 * The specs a {@linkcode Registry} supplies where a caller names none. The
 * core has no defaults of its own: whoever registers plugins sets them (the
 * built-ins set `activation`, `initializer` and the saliency modes).
 *
 * @example
 * ```ts
 * import { Registry } from "@rectify/core";
 * const reg = new Registry();
 * reg.setDefaults({ initializer: "myInit" });
 * console.log(reg.defaults.initializer); // "myInit"
 * ```
 */
export interface RegistryDefaults {
  /** Activation of an `Activation` layer or `mlp` given none. */
  activation?: PluginSpec;
  /** Kernel initializer of a `Dense` layer or `mlp` given none. */
  initializer?: PluginSpec;
  /** Gradient plugin behind each `saliency` mode other than `"vanilla"`, by mode name. */
  saliency?: Readonly<Record<string, PluginSpec>>;
}

/** Options of {@linkcode Registry.register}. */
export interface RegisterOptions {
  /** Replace a plugin of the same kind and name instead of failing. */
  replace?: boolean;
}

/** Options of {@linkcode Registry.load}. */
export interface LoadOptions extends RegisterOptions {
  /**
   * Milliseconds the module may take to load (default 30000). The module is
   * first imported in a worker, which is abandoned when the time is up, so a
   * module stuck in an endless loop or a never-settling top-level await fails
   * naming the specifier instead of hanging the caller.
   */
  timeoutMs?: number;
}

/** Default of {@linkcode LoadOptions.timeoutMs}. */
const LOAD_TIMEOUT_MS = 30_000;

/** Members each kind's created instance must have (functions), and what it must be. */
const INSTANCE_SHAPE: Record<PluginKind, { type: "object" | "function"; methods: string[][] }> = {
  activation: { type: "object", methods: [["forward"]] },
  initializer: { type: "function", methods: [[]] },
  // an optimizer makes an UpdateRule (begin + apply) or a GradientTransform (init + update)
  optimizer: { type: "object", methods: [["begin", "apply"], ["init", "update"]] },
  // method names (written as one string: "step" is also a built-in schedule's name)
  schedule: { type: "object", methods: ["lr step state load".split(" ")] },
  gradient: { type: "object", methods: [[]] },
  backend: { type: "object", methods: [[]] },
};

/** Optional members that, when present, must be functions. */
const OPTIONAL_METHODS: Partial<Record<PluginKind, string[]>> = {
  activation: ["parameters", "train", "build", "outputSize", "state", "load"],
  optimizer: ["fused"],
  gradient: ["attach"],
};

/** Why a created instance does not fit its kind's contract, or null. */
function instanceProblem(kind: PluginKind, instance: unknown): string | null {
  const shape = INSTANCE_SHAPE[kind];
  if (shape === undefined) return null;
  const got = instance === null ? "null" : Array.isArray(instance) ? "an array" : typeof instance;
  if (shape.type === "function") {
    return typeof instance === "function" ? null : `create() returned ${got}, expected a function`;
  }
  if (typeof instance !== "object" || instance === null || Array.isArray(instance)) {
    return `create() returned ${got}, expected an object`;
  }
  const rec = instance as Record<string, unknown>;
  const missingOf = (methods: string[]) => methods.filter((m) => typeof rec[m] !== "function");
  // the alternative the instance comes closest to (fewest missing methods)
  const [missing, methods] = shape.methods.map((ms) => [missingOf(ms), ms] as const)
    .reduce((a, b) => (b[0].length < a[0].length ? b : a));
  if (missing.length > 0) {
    const needs = shape.methods.map((ms) => ms.map((m) => `${m}()`).join(", ")).join(" or ");
    return `create() returned an object without ${missing.map((m) => `${m}()`).join(", ")} (${
      /^[aeiou]/.test(kind) ? "an" : "a"
    } ${kind} needs ${needs}); it has ${Object.keys(rec).join(", ") || "no members"}`;
  }
  if (kind === "optimizer" && methods[0] === "begin") {
    const b = rec.buffers;
    if (typeof b !== "object" || b === null || Array.isArray(b)) {
      return `create() returned an update rule whose buffers is ${
        b === null ? "null" : Array.isArray(b) ? "an array" : typeof b
      }, expected a record of per-parameter buffer specs`;
    }
  }
  for (const m of OPTIONAL_METHODS[kind] ?? []) {
    if (rec[m] !== undefined && typeof rec[m] !== "function") {
      return `create() returned an object whose ${m} is ${typeof rec[m]}, expected a function`;
    }
  }
  if (
    kind === "gradient" && rec.overrides !== undefined &&
    (typeof rec.overrides !== "object" || rec.overrides === null)
  ) {
    return `create() returned overrides of type ${typeof rec
      .overrides}, expected an object of rules by op name`;
  }
  return null;
}

/** Options of {@linkcode Registry.create}. */
export interface CreateOptions {
  /** Seeded generator (default: a new `Rng(0)`). */
  rng?: Rng;
  /** Element type (default `"float32"`). */
  dtype?: "float32" | "float64";
}

function isPlainRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function isOptionValue(v: unknown): boolean {
  return typeof v === "number" || typeof v === "boolean" || typeof v === "string" ||
    (Array.isArray(v) && v.every((x) => typeof x === "number"));
}

/**
 * Check that a value is a well-formed plugin; returns a reason or null. @internal
 */
export function pluginProblem(p: unknown): string | null {
  if (!isPlainRecord(p)) return `expected a plugin object, got ${p === null ? "null" : typeof p}`;
  if (typeof p.kind !== "string" || !PLUGIN_KINDS.includes(p.kind as PluginKind)) {
    return `"kind" must be one of ${PLUGIN_KINDS.join(", ")}, got ${showJson(p.kind)}`;
  }
  if (typeof p.name !== "string" || !/^[A-Za-z_][A-Za-z0-9_\-]*$/.test(p.name)) {
    return `"name" must be an identifier, got ${showJson(p.name)}`;
  }
  if (
    !Number.isInteger(p.apiVersion) || (p.apiVersion as number) < 1 ||
    (p.apiVersion as number) > API_VERSION
  ) {
    return `plugin "${p.name}" declares apiVersion ${
      showJson(p.apiVersion)
    }, but this rectify supports apiVersion 1..${API_VERSION}`;
  }
  if (typeof p.version !== "string" || !/^\d+\.\d+\.\d+/.test(p.version)) {
    return `plugin "${p.name}": "version" must be a semver string, got ${showJson(p.version)}`;
  }
  if (typeof p.description !== "string") {
    return `plugin "${p.name}": "description" must be a string`;
  }
  if (!isPlainRecord(p.defaults)) {
    return `plugin "${p.name}": "defaults" must be an object of option defaults`;
  }
  for (const [k, v] of Object.entries(p.defaults)) {
    if (!isOptionValue(v)) {
      return `plugin "${p.name}": default of option "${k}" must be a number, boolean, string or number list, got ${
        showJson(v)
      }`;
    }
  }
  if (typeof p.create !== "function") return `plugin "${p.name}": "create" must be a function`;
  if (p.validate !== undefined && typeof p.validate !== "function") {
    return `plugin "${p.name}": "validate" must be a function when given`;
  }
  if (p.onnx !== undefined && typeof p.onnx !== "function") {
    return `plugin "${p.name}": "onnx" must be a function when given`;
  }
  return null;
}

/**
 * Holds plugins by kind and name. Registration is explicit: the default
 * registry gets the built-ins in one place, and isolated registries can be
 * made for tests or experiments.
 *
 * @example
 * ```ts
 * import { createRegistry, tensor } from "@rectify/core";
 * const reg = createRegistry();
 * const act = reg.create("activation", "leakyRelu:alpha=0.2");
 * console.log(act.forward(tensor([-1, 1])).toArray()); // [-0.2, 1]
 * ```
 */
export class Registry {
  #plugins = new Map<PluginKind, Map<string, Plugin>>();
  #origins = new Map<string, string>();
  #defaults: RegistryDefaults = {};

  /** Make a registry holding the given plugins. */
  constructor(plugins: readonly Plugin[] = []) {
    for (const k of PLUGIN_KINDS) this.#plugins.set(k, new Map());
    for (const p of plugins) this.register(p);
  }

  /** Add a plugin; a taken name is an error unless `replace` is set. */
  register(plugin: Plugin, options: RegisterOptions = {}): void {
    const problem = pluginProblem(plugin);
    if (problem) throw new RectifyError("plugin", `Cannot register plugin: ${problem}`);
    const m = this.#plugins.get(plugin.kind)!;
    if (m.has(plugin.name) && !options.replace) {
      throw new RectifyError(
        "registry",
        `Cannot register ${plugin.kind} "${plugin.name}": the name is taken (pass { replace: true } to replace it)`,
      );
    }
    m.set(plugin.name, plugin);
    this.#origins.delete(`${plugin.kind}:${plugin.name}`);
  }

  /** Remove a plugin; returns whether it was there. */
  unregister(kind: PluginKind, name: string): boolean {
    this.#origins.delete(`${kind}:${name}`);
    return this.#plugins.get(kind)?.delete(name) ?? false;
  }

  /** Whether a plugin is registered. */
  has(kind: PluginKind, name: string): boolean {
    return this.#plugins.get(kind)?.has(name) ?? false;
  }

  /** Look a plugin up; unknown names fail with the closest registered names. */
  get<K extends PluginKind>(kind: K, name: string): Extract<Plugin, { kind: K }> {
    const m = this.#plugins.get(kind);
    if (!m) {
      throw new RectifyError(
        "registry",
        `Unknown plugin kind ${showJson(kind)}; expected one of ${PLUGIN_KINDS.join(", ")}`,
      );
    }
    const p = m.get(name);
    if (!p) {
      const near = closestNames(String(name), [...m.keys()]);
      throw new RectifyError(
        "registry",
        `Unknown ${kind} "${name}"${
          near.length ? `; did you mean ${near.map((n) => `"${n}"`).join(", ")}?` : ""
        }`,
        { details: { suggestions: near } },
      );
    }
    return p as Extract<Plugin, { kind: K }>;
  }

  /**
   * Where a plugin was loaded from: the specifier given to
   * {@linkcode Registry.load}, or null for one registered in code (built-ins).
   */
  origin(kind: PluginKind, name: string): string | null {
    return this.#origins.get(`${kind}:${name}`) ?? null;
  }

  /** Names registered for a kind, sorted. */
  list(kind: PluginKind): string[] {
    return [...(this.#plugins.get(kind)?.keys() ?? [])].sort();
  }

  /** Every plugin, in registration order. */
  all(): Plugin[] {
    return [...this.#plugins.values()].flatMap((m) => [...m.values()]);
  }

  /** A new registry holding the same plugins and defaults. */
  clone(): Registry {
    const copy = new Registry(this.all());
    copy.setDefaults(this.#defaults);
    return copy;
  }

  /** The specs used where a caller names none (see {@linkcode RegistryDefaults}). */
  get defaults(): Readonly<RegistryDefaults> {
    return this.#defaults;
  }

  /** Merge specs into {@linkcode Registry.defaults} (`undefined` leaves a default as it is). */
  setDefaults(defaults: RegistryDefaults): void {
    const next: RegistryDefaults = { ...this.#defaults };
    for (const key of ["activation", "initializer", "saliency"] as const) {
      const v = defaults[key];
      if (v === undefined) continue;
      if (key === "saliency") next.saliency = { ...this.#defaults.saliency, ...v as object };
      else next[key] = v as PluginSpec;
    }
    this.#defaults = next;
  }

  /**
   * The default spec of `key`, for `who` (the layer or function asking); a
   * `RectifyError` (code `"registry"`) saying what to pass when there is none.
   */
  defaultSpec(key: "activation" | "initializer", who: string): PluginSpec {
    const spec = this.#defaults[key];
    if (spec === undefined) {
      throw new RectifyError(
        "registry",
        `${who}: no ${key} given and the registry has no default ${key}; pass one ` +
          `(a spec or a function), or install plugins that set it (installBuiltins(registry))`,
      );
    }
    return spec;
  }

  /**
   * Merge a spec's options with the plugin's defaults, reject unknown keys
   * and wrongly typed values, and run the plugin's `validate`.
   */
  resolve<K extends PluginKind>(
    kind: K,
    spec: PluginSpec,
  ): { plugin: Extract<Plugin, { kind: K }>; options: Options } {
    const { name, options } = parseSpec(spec);
    const plugin = this.get(kind, name);
    const merged: Options = { ...plugin.defaults };
    const keys = Object.keys(plugin.defaults);
    for (const [k, v] of Object.entries(options)) {
      if (!Object.hasOwn(plugin.defaults, k)) {
        const near = closestNames(k, keys, 1);
        throw new RectifyError(
          "option",
          `Cannot create "${name}": unknown option "${k}"${
            keys.length
              ? ` (known: ${keys.join(", ")}${near.length ? `; did you mean "${near[0]}"?` : ""})`
              : " (it takes no options)"
          }`,
        );
      }
      merged[k] = coerce(name, k, v, plugin.defaults[k]);
    }
    try {
      plugin.validate?.(merged);
    } catch (e) {
      if (e instanceof RectifyError) throw e;
      throw new RectifyError("option", `Cannot create "${name}": ${(e as Error).message}`, {
        cause: e,
      });
    }
    return { plugin, options: merged };
  }

  /** Create a plugin's product from a spec. */
  create<K extends PluginKind>(
    kind: K,
    spec: PluginSpec,
    options: CreateOptions = {},
  ): PluginProducts[K] {
    const { plugin, options: merged } = this.resolve(kind, spec);
    const ctx: PluginContext = {
      rng: options.rng ?? new Rng(0),
      dtype: options.dtype ?? "float32",
      registry: this,
    };
    const origin = this.#origins.get(`${kind}:${plugin.name}`);
    const from = origin ? ` (loaded from "${origin}")` : "";
    let instance: PluginProducts[K];
    try {
      // deno-lint-ignore no-explicit-any
      instance = (plugin.create as (o: Options, c: PluginContext) => any)(merged, ctx);
    } catch (e) {
      if (e instanceof RectifyError) throw e;
      throw new RectifyError(
        "plugin",
        `Cannot create ${kind} "${plugin.name}"${from}: its create() failed: ${
          (e as Error)?.message ?? String(e)
        }`,
        { cause: e },
      );
    }
    const problem = instanceProblem(kind, instance);
    if (problem !== null) {
      throw new RectifyError("plugin", `Cannot create ${kind} "${plugin.name}"${from}: ${problem}`);
    }
    return instance;
  }

  /**
   * Load plugins from a module: a file path, `file:`/`https:` URL, `jsr:` or
   * `npm:` specifier. The module exports a plugin as `default` and/or an array
   * `plugins`. Every plugin is checked (shape, apiVersion, free name, `create`
   * on defaults) before any is registered: all or nothing. Returns the names.
   */
  async load(specifier: string, options: LoadOptions = {}): Promise<string[]> {
    const fail = (why: string, cause?: unknown): never => {
      throw new RectifyError("plugin-load", `Cannot load plugin from "${specifier}": ${why}`, {
        cause,
      });
    };
    if (typeof specifier !== "string" || specifier.trim() === "") {
      fail("the specifier must be a non-empty string");
    }
    const timeoutMs = options.timeoutMs ?? LOAD_TIMEOUT_MS;
    if (typeof timeoutMs !== "number" || !(timeoutMs > 0)) {
      throw new RectifyError("option", `Registry.load: timeoutMs must be > 0, got ${timeoutMs}`);
    }
    const deadline = Date.now() + timeoutMs;
    const late = () =>
      new RectifyError(
        "plugin-load",
        `Cannot load plugin from "${specifier}": it did not finish loading within ${
          timeoutMs / 1000
        }s (a module that never answers, loops forever or awaits forever at import?); ` +
          `raise the limit with timeoutMs (--plugin-timeout)`,
      );
    let url = resolveSpecifier(specifier);
    const remote = /^https?:/.test(url);
    if (remote && netAllowed(url)) {
      url = await fetchAsDataUrl(url, deadline).catch((e) => fail(String(e.message), e));
    }
    if (await probeImport(url, deadline) === "timeout") throw late();
    let mod: Record<string, unknown>;
    try {
      mod = await withDeadline(import(url), deadline, late);
    } catch (e) {
      if (e instanceof RectifyError) throw e;
      const hint = remote && /relative import|not prefixed|Module not found/i.test(String(e))
        ? "; a plugin loaded from an http(s) URL is fetched and imported as one self-contained " +
          "module (so the run does not write the project's deno.lock): bundle its relative imports"
        : "";
      return fail(`importing it failed: ${importFailure(e)}${hint}`, e);
    }
    const found = exportedPlugins(mod, fail);
    this.#vetForLoad(found, options, fail);
    for (const p of found) {
      this.register(p as Plugin, options);
      this.#origins.set(`${(p as Plugin).kind}:${(p as Plugin).name}`, specifier);
    }
    return found.map((p) => (p as Plugin).name);
  }

  /** Check every plugin a module exports before any is registered (all or nothing). */
  #vetForLoad(
    found: unknown[],
    options: RegisterOptions,
    fail: (why: string, cause?: unknown) => never,
  ): void {
    const seen = new Set<string>();
    for (const p of found) {
      const problem = pluginProblem(p);
      if (problem) fail(problem);
      const plugin = p as Plugin;
      const key = `${plugin.kind}:${plugin.name}`;
      if (seen.has(key)) fail(`it exports ${plugin.kind} "${plugin.name}" twice`);
      seen.add(key);
      if (this.has(plugin.kind, plugin.name) && !options.replace) {
        fail(`${plugin.kind} "${plugin.name}" is already registered (pass replace to override it)`);
      }
      let instance: unknown;
      try {
        plugin.validate?.({ ...plugin.defaults });
        // deno-lint-ignore no-explicit-any
        instance = (plugin.create as (o: Options, c: PluginContext) => any)(
          { ...plugin.defaults },
          {
            rng: new Rng(0),
            dtype: "float32",
            registry: this,
          },
        );
      } catch (e) {
        fail(
          `${plugin.kind} "${plugin.name}" fails on its own defaults: ${
            (e as Error)?.message ?? e
          }`,
          e,
        );
      }
      const problem2 = instanceProblem(plugin.kind, instance);
      if (problem2 !== null) fail(`${plugin.kind} "${plugin.name}": ${problem2}`);
    }
  }
}

/** The plugins a loaded module exports: `default` (one or an array) and `plugins`. */
function exportedPlugins(
  mod: Record<string, unknown>,
  fail: (why: string) => never,
): unknown[] {
  const found: unknown[] = [];
  if (mod.default !== undefined) {
    if (Array.isArray(mod.default)) found.push(...mod.default);
    else found.push(mod.default);
  }
  if (mod.plugins !== undefined) {
    if (!Array.isArray(mod.plugins)) fail(`the "plugins" export must be an array of plugins`);
    else found.push(...mod.plugins);
  }
  if (found.length === 0) {
    fail(`it is not a plugin module: it exports no default plugin and no "plugins" array`);
  }
  return found;
}

function coerce(plugin: string, key: string, v: unknown, def: OptionValue): OptionValue {
  const bad = (expected: string): never => {
    throw new RectifyError(
      "option",
      `Cannot create "${plugin}": ${key} must be ${expected}, got ${showJson(v)}`,
    );
  };
  if (typeof def === "number") {
    if (typeof v !== "number" || Number.isNaN(v)) bad("a number");
    return v as number;
  }
  if (typeof def === "boolean") {
    if (typeof v !== "boolean") bad("true or false");
    return v as boolean;
  }
  if (typeof def === "string") {
    if (typeof v !== "string") bad("a string");
    return v as string;
  }
  if (typeof v === "number") return [v];
  if (!Array.isArray(v) || !v.every((x) => typeof x === "number" && !Number.isNaN(x))) {
    bad("a list of numbers");
  }
  return [...(v as number[])];
}

/**
 * The default registry. It starts empty in the core; `mod.ts` registers the
 * built-in plugins into it, explicitly and in one place. Layers, optimizers
 * and the CLI use it unless given another registry.
 *
 * @example
 * ```ts
 * import { defaultRegistry } from "@rectify/core";
 * console.log(defaultRegistry.list("activation").includes("relu")); // true
 * ```
 */
export const defaultRegistry: Registry = new Registry();

_setBackendResolver((spec) => defaultRegistry.create("backend", spec) as Backend);
