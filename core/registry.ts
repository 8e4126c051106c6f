/**
 * The plugin registry: register, look up, create from specs, and load
 * plugins at runtime from a file, URL, `jsr:` or `npm:` specifier.
 *
 * @module
 */

import { RectifyError } from "./errors.ts";
import { Rng } from "./rng.ts";
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

/** A plugin reference: a name, `"name:key=value,key=value"`, or `{ name, options }`. */
export type PluginSpec = string | { name: string; options?: Record<string, unknown> };

/** A parsed spec. */
export interface ParsedSpec {
  /** Plugin name. */
  name: string;
  /** Given options (not yet merged with defaults). */
  options: Record<string, unknown>;
}

/**
 * Parse a spec string `"name:key=value,key=value"`. Values are numbers,
 * booleans, strings, or lists of numbers written `a/b/c`.
 *
 * @example
 * ```ts
 * import { parseSpec } from "@rectify/core";
 * console.log(parseSpec("leakyRelu:alpha=0.2")); // { name: "leakyRelu", options: { alpha: 0.2 } }
 * ```
 */
export function parseSpec(spec: PluginSpec): ParsedSpec {
  if (typeof spec === "object" && spec !== null) {
    if (typeof spec.name !== "string" || spec.name === "") {
      throw new RectifyError(
        "spec",
        `Invalid plugin spec ${safeJson(spec)}: "name" must be a non-empty string`,
      );
    }
    const o = spec.options ?? {};
    if (typeof o !== "object" || o === null || Array.isArray(o)) {
      throw new RectifyError(
        "spec",
        `Invalid plugin spec for "${spec.name}": options must be an object`,
      );
    }
    return { name: spec.name, options: { ...o } };
  }
  if (typeof spec !== "string") {
    throw new RectifyError(
      "spec",
      `Invalid plugin spec: expected a string or {name, options}, got ${typeof spec}`,
    );
  }
  const s = spec.trim();
  if (s.startsWith("{")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(s);
    } catch (e) {
      throw new RectifyError(
        "spec",
        `Invalid plugin spec ${JSON.stringify(spec)}: bad JSON (${(e as Error).message})`,
      );
    }
    return parseSpec(parsed as PluginSpec);
  }
  const colon = s.indexOf(":");
  const name = (colon < 0 ? s : s.slice(0, colon)).trim();
  if (!/^[A-Za-z_][A-Za-z0-9_\-]*$/.test(name)) {
    throw new RectifyError(
      "spec",
      `Invalid plugin spec ${
        JSON.stringify(spec)
      }: expected "name" or "name:key=value,...", got name ${JSON.stringify(name)}`,
    );
  }
  const options: Record<string, unknown> = {};
  if (colon >= 0) {
    const rest = s.slice(colon + 1).trim();
    if (rest !== "") {
      for (const part of rest.split(",")) {
        const eq = part.indexOf("=");
        const key = (eq < 0 ? part : part.slice(0, eq)).trim();
        if (eq < 0 || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) {
          throw new RectifyError(
            "spec",
            `Invalid plugin spec ${JSON.stringify(spec)}: expected key=value, got ${
              JSON.stringify(part)
            }`,
          );
        }
        if (Object.hasOwn(options, key)) {
          throw new RectifyError(
            "spec",
            `Invalid plugin spec ${JSON.stringify(spec)}: option "${key}" given twice`,
          );
        }
        // defineProperty: a key such as "__proto__" stays a plain (and later rejected) option
        Object.defineProperty(options, key, {
          value: parseValue(part.slice(eq + 1).trim()),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
    }
  }
  return { name, options };
}

/**
 * Split a comma-separated list of specs (`"relu,leakyRelu:alpha=0.2,elu"`):
 * a part without `=` starts a new spec. Commas inside `[...]` (a sweep's
 * value list, see `expandSweep` in `@rectify/core/train`) do not split.
 *
 * @example
 * ```ts
 * import { splitSpecList } from "@rectify/core";
 * console.log(splitSpecList("relu,leakyRelu:alpha=0.2,beta=1,elu")); // ["relu", "leakyRelu:alpha=0.2,beta=1", "elu"]
 * ```
 */
export function splitSpecList(list: string): string[] {
  const out: string[] = [];
  // a comma inside [...] (a sweep's value list, `adam:lr=[1e-4,1e-3]`) does not split
  const raws: string[] = [];
  let depth = 0, from = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === "[") depth++;
    else if (c === "]") depth = Math.max(0, depth - 1);
    else if (c === "," && depth === 0) {
      raws.push(list.slice(from, i));
      from = i + 1;
    }
  }
  raws.push(list.slice(from));
  for (const raw of raws) {
    const part = raw.trim();
    if (part === "") continue;
    const startsNew = part.includes(":") || !part.includes("=");
    if (startsNew || out.length === 0) out.push(part);
    else out[out.length - 1] += "," + part;
  }
  return out;
}

function parseValue(v: string): OptionValue {
  if (v === "true") return true;
  if (v === "false") return false;
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(v) || v === "Infinity" || v === "-Infinity") {
    return Number(v);
  }
  if (
    v.includes("/") &&
    v.split("/").every((p) => /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(p.trim()))
  ) {
    return v.split("/").map((p) => Number(p));
  }
  return v;
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

/** Levenshtein distance. @internal */
export function editDistance(a: string, b: string): number {
  const la = a.toLowerCase(), lb = b.toLowerCase();
  const prev = new Array<number>(lb.length + 1);
  for (let j = 0; j <= lb.length; j++) prev[j] = j;
  for (let i = 1; i <= la.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= lb.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (la[i - 1] === lb[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[lb.length];
}

/**
 * The closest candidates to a misspelt name (at most three).
 *
 * @example
 * ```ts
 * import { closestNames } from "@rectify/core";
 * console.log(closestNames("leakyrelu", ["relu", "leakyRelu", "elu"])); // ["leakyRelu", ...]
 * ```
 */
export function closestNames(name: string, candidates: readonly string[], count = 3): string[] {
  return [...candidates]
    .map((c) => ({ c, d: editDistance(name, c) }))
    .sort((x, y) => x.d - y.d || x.c.localeCompare(y.c))
    .slice(0, count)
    .map((x) => x.c);
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
  schedule: { type: "object", methods: [["lr", "step", "state", "load"]] },
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
    return `"kind" must be one of ${PLUGIN_KINDS.join(", ")}, got ${safeJson(p.kind)}`;
  }
  if (typeof p.name !== "string" || !/^[A-Za-z_][A-Za-z0-9_\-]*$/.test(p.name)) {
    return `"name" must be an identifier, got ${safeJson(p.name)}`;
  }
  if (
    !Number.isInteger(p.apiVersion) || (p.apiVersion as number) < 1 ||
    (p.apiVersion as number) > API_VERSION
  ) {
    return `plugin "${p.name}" declares apiVersion ${
      safeJson(p.apiVersion)
    }, but this rectify supports apiVersion 1..${API_VERSION}`;
  }
  if (typeof p.version !== "string" || !/^\d+\.\d+\.\d+/.test(p.version)) {
    return `plugin "${p.name}": "version" must be a semver string, got ${safeJson(p.version)}`;
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
        safeJson(v)
      }`;
    }
  }
  if (typeof p.create !== "function") return `plugin "${p.name}": "create" must be a function`;
  if (p.validate !== undefined && typeof p.validate !== "function") {
    return `plugin "${p.name}": "validate" must be a function when given`;
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
        `Unknown plugin kind ${safeJson(kind)}; expected one of ${PLUGIN_KINDS.join(", ")}`,
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

  /** Names registered for a kind, sorted. */
  list(kind: PluginKind): string[] {
    return [...(this.#plugins.get(kind)?.keys() ?? [])].sort();
  }

  /** Every plugin, in registration order. */
  all(): Plugin[] {
    return [...this.#plugins.values()].flatMap((m) => [...m.values()]);
  }

  /** A new registry holding the same plugins. */
  clone(): Registry {
    return new Registry(this.all());
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
    for (const p of found) {
      this.register(p as Plugin, options);
      this.#origins.set(`${(p as Plugin).kind}:${(p as Plugin).name}`, specifier);
    }
    return found.map((p) => (p as Plugin).name);
  }
}

function coerce(plugin: string, key: string, v: unknown, def: OptionValue): OptionValue {
  const bad = (expected: string): never => {
    throw new RectifyError(
      "option",
      `Cannot create "${plugin}": ${key} must be ${expected}, got ${safeJson(v)}`,
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

/** One line for an import failure: the first line of the message and where (no colours, no frames). */
function importFailure(e: unknown): string {
  // deno-lint-ignore no-control-regex
  const raw = String((e as Error)?.message ?? e).replace(/\x1b\[[0-9;]*m/g, "");
  const lines = raw.split("\n");
  const where = lines.map((l) => /^\s*at (\S+)\s*$/.exec(l)?.[1]).find((w) => w !== undefined);
  const first = lines[0].trim();
  return where ? `${first} (at ${where})` : first;
}

/** Milliseconds left before `deadline` (at least 1). */
function left(deadline: number): number {
  return Math.max(1, deadline - Date.now());
}

/** `promise`, or a `plugin-load` error from `late()` once `deadline` passes. */
async function withDeadline<T>(
  promise: Promise<T>,
  deadline: number,
  late: () => RectifyError,
): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(late()), left(deadline));
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Whether this process may fetch `url` (net permission for its host). Without
 * it, a remote plugin goes through Deno's module loader (import permission),
 * which records it in the lockfile.
 */
function netAllowed(url: string): boolean {
  try {
    return Deno.permissions.querySync({ name: "net", host: new URL(url).host }).state ===
      "granted";
  } catch {
    return false;
  }
}

/**
 * Fetch a remote module's source and return it as a `data:` URL, so that
 * importing it neither hangs on a server that never answers (the fetch has a
 * deadline) nor records the URL in the project's deno.lock (a user's run must
 * not modify the project's files).
 */
async function fetchAsDataUrl(url: string, deadline: number): Promise<string> {
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(left(deadline)) });
  } catch (e) {
    const name = (e as Error)?.name;
    throw new Error(
      name === "TimeoutError" || name === "AbortError"
        ? `the server did not answer within the load timeout; raise it with timeoutMs (--plugin-timeout)`
        : `fetching it failed: ${(e as Error)?.message ?? e}`,
    );
  }
  if (!res.ok) {
    await res.body?.cancel();
    throw new Error(`fetching it failed: HTTP ${res.status} ${res.statusText}`);
  }
  const text = await res.text();
  const type = res.headers.get("content-type") ?? "";
  const path = new URL(url).pathname;
  const ts = /typescript/.test(type) || /\.m?tsx?$/.test(path);
  const bytes = new TextEncoder().encode(text);
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return `data:application/${ts ? "typescript" : "javascript"};base64,${btoa(bin)}`;
}

const PROBE = "self.onmessage = async (e) => { try { await import(e.data); } catch { /* the " +
  "caller's own import reports it */ } self.postMessage(0); };";

/**
 * Import `url` in a worker first and wait at most until `deadline`: a module
 * that never finishes loading is abandoned there ("timeout") instead of
 * blocking this thread. Where workers are unavailable, "skipped".
 */
async function probeImport(url: string, deadline: number): Promise<"ok" | "timeout" | "skipped"> {
  if (typeof Worker === "undefined") return "skipped";
  let worker: Worker;
  try {
    worker = new Worker(`data:application/javascript,${encodeURIComponent(PROBE)}`, {
      type: "module",
    });
  } catch {
    return "skipped";
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await new Promise<"ok" | "timeout">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), left(deadline));
      worker.onmessage = () => resolve("ok");
      worker.onerror = (e) => {
        e.preventDefault();
        resolve("ok");
      };
      worker.postMessage(url);
    });
  } finally {
    clearTimeout(timer);
    worker.terminate();
  }
}

/** Turn a user specifier into an import specifier (relative paths resolve against the cwd). @internal */
export function resolveSpecifier(specifier: string): string {
  if (/^(jsr:|npm:|https?:|file:|data:)/.test(specifier)) return specifier;
  const cwd = typeof Deno !== "undefined" ? Deno.cwd() : ".";
  const base = "file://" + (cwd.startsWith("/") ? "" : "/") + cwd.replaceAll("\\", "/") + "/";
  return new URL(specifier, base).href;
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
