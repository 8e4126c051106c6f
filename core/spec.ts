/**
 * Plugin specs: `"name:key=value,key=value"` strings and `{ name, options }`
 * objects, lists of them, and the "did you mean" suggestions for misspelt
 * names.
 *
 * @module
 */

import { showJson } from "./_show.ts";
import { RectifyError } from "./errors.ts";
import type { OptionValue } from "./plugin.ts";

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
  if (typeof spec === "object" && spec !== null) return parseSpecObject(spec);
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
  const options = colon < 0 ? {} : parseOptions(s.slice(colon + 1).trim(), spec);
  return { name, options };
}

function parseSpecObject(spec: { name: string; options?: Record<string, unknown> }): ParsedSpec {
  if (typeof spec.name !== "string" || spec.name === "") {
    throw new RectifyError(
      "spec",
      `Invalid plugin spec ${showJson(spec)}: "name" must be a non-empty string`,
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

/** The `key=value,...` part of a spec string. */
function parseOptions(rest: string, spec: string): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  if (rest === "") return options;
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
  return options;
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
