/**
 * Shared machinery of the plugin checks: an isolated registry, a runner that
 * turns thrown errors into failed checks, and small numeric helpers. @internal
 *
 * @module
 */

import {
  type Data,
  type Plugin,
  type PluginKind,
  RectifyError,
  type Registry,
  Rng,
} from "../core/mod.ts";
import { showJson } from "../core/_show.ts";
import { createRegistry } from "../plugins/mod.ts";
import type { CheckResult, CommonCheckOptions, PluginCheckResult } from "./types.ts";

/** Thrown inside a check to fail it with a message. */
export class CheckFailure extends Error {
  /** Make a failure with a message. */
  constructor(message: string) {
    super(message);
    this.name = "CheckFailure";
  }
}

/** Fail the current check. */
export function fail(message: string): never {
  throw new CheckFailure(message);
}

/** Runs named checks for one plugin and collects their results. */
export class Runner {
  readonly plugin: Plugin;
  readonly label: string;
  readonly checks: CheckResult[] = [];
  registry: Registry | null = null;

  constructor(plugin: Plugin, expected: PluginKind) {
    this.plugin = plugin;
    const name = typeof plugin?.name === "string" ? plugin.name : String(plugin?.name);
    this.label = `${expected} "${name}"`;
  }

  /** Run one check: `fn` returns a success note, or throws to fail. */
  run(name: string, fn: () => string | void): boolean {
    try {
      const note = fn();
      this.checks.push({ name, ok: true, message: note ? `${name}: ${note}` : `${name}: passed` });
      return true;
    } catch (e) {
      const why = e instanceof CheckFailure ? e.message : `threw ${describeError(e)}`;
      this.checks.push({ name, ok: false, message: `${this.label} failed "${name}": ${why}` });
      return false;
    }
  }

  /** Register the plugin into a clone of the base registry; false when that fails. */
  register(kind: PluginKind, options: CommonCheckOptions): boolean {
    return this.run("register", () => {
      const p = this.plugin as { kind?: unknown };
      if (p === null || typeof p !== "object" || p.kind !== kind) {
        fail(`expected a plugin of kind "${kind}", got kind ${JSON.stringify(p?.kind)}`);
      }
      const reg = (options.registry ?? createRegistry()).clone();
      reg.register(this.plugin, { replace: true });
      this.registry = reg;
      return `registered in an isolated registry (apiVersion ${this.plugin.apiVersion})`;
    });
  }

  /** The merged-options spec under test. */
  spec(options: CommonCheckOptions, extra: Record<string, unknown> = {}): {
    name: string;
    options: Record<string, unknown>;
  } {
    return { name: this.plugin.name, options: { ...(options.options ?? {}), ...extra } };
  }

  /** Option checks every kind shares: defaults valid, unknown keys and given bad values rejected. */
  optionChecks(options: CommonCheckOptions): void {
    const reg = this.registry!;
    const kind = this.plugin.kind;
    this.run("options: defaults valid", () => {
      const { options: merged } = reg.resolve(kind, this.plugin.name);
      for (const dtype of ["float32", "float64"] as const) {
        reg.create(kind, this.plugin.name, { rng: new Rng(options.seed ?? 0), dtype });
      }
      return `created from its defaults ${showJson(merged)} in float32 and float64`;
    });
    if (options.options && Object.keys(options.options).length > 0) {
      this.run("options: given options valid", () => {
        reg.create(kind, this.spec(options), { rng: new Rng(options.seed ?? 0) });
        return `created with ${showJson(options.options)}`;
      });
    }
    this.run("options: unknown key rejected", () => {
      const key = "kitUnknownOption";
      try {
        reg.resolve(kind, this.spec(options, { [key]: 1 }));
      } catch (e) {
        if (e instanceof RectifyError && e.code === "option" && e.message.includes(key)) {
          return `rejected with: ${e.message}`;
        }
        fail(
          `an unknown option must fail with a RectifyError "option" naming it, got ${
            describeError(e)
          }`,
        );
      }
      fail(`the unknown option "${key}" was accepted`);
    });
    for (const bad of options.invalid ?? []) {
      this.run(`options: ${showJson(bad)} rejected`, () => {
        try {
          reg.create(kind, this.spec(options, bad), { rng: new Rng(options.seed ?? 0) });
        } catch (e) {
          if (e instanceof RectifyError && e.code === "option") {
            return `rejected with: ${e.message}`;
          }
          fail(`bad options must fail with a RectifyError "option", got ${describeError(e)}`);
        }
        fail(`the invalid options ${showJson(bad)} were accepted`);
      });
    }
  }

  /** The collected result. */
  result(): PluginCheckResult {
    const name = typeof this.plugin?.name === "string"
      ? this.plugin.name
      : String(this.plugin?.name);
    return {
      plugin: name,
      kind: this.plugin?.kind,
      ok: this.checks.every((c) => c.ok),
      checks: this.checks,
    };
  }
}

/** `Name: message` of anything thrown. */
export function describeError(e: unknown): string {
  if (e instanceof RectifyError) return `RectifyError(${e.code}): ${e.message}`;
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  return String(e);
}

/** Whether an error is one of the typed errors rectify reports user mistakes with. */
export function isTypedError(e: unknown): boolean {
  return e instanceof RectifyError || e instanceof TypeError || e instanceof RangeError;
}

/** Copy of a typed array's bits for later comparison. */
export function snapshot(d: Data): Data {
  return d.slice();
}

/** Index of the first element whose bits differ (NaN equals NaN), or -1. */
export function firstBitDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return 0;
  for (let i = 0; i < a.length; i++) {
    if (!Object.is(a[i], b[i])) return i;
  }
  return -1;
}

/** Largest violation of `|a - b| <= atol + rtol·|b|`, as `{ index, a, b, ratio }`. */
export function worstMismatch(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  atol: number,
  rtol: number,
): { index: number; a: number; b: number; ratio: number } {
  let worst = { index: -1, a: 0, b: 0, ratio: 0 };
  for (let i = 0; i < a.length; i++) {
    const err = Math.abs(a[i] - b[i]);
    const ratio = err / (atol + rtol * Math.abs(b[i]));
    if (!(ratio <= worst.ratio)) worst = { index: i, a: a[i], b: b[i], ratio };
  }
  return worst;
}

/** Index of the first non-finite element, or -1. */
export function firstNonFinite(d: ArrayLike<number>): number {
  for (let i = 0; i < d.length; i++) if (!Number.isFinite(d[i])) return i;
  return -1;
}

/** A number printed briefly but exactly enough to find the point again. */
export function fmtNum(x: number): string {
  return Number.isInteger(x) ? String(x) : Number(x.toPrecision(8)).toString();
}

/** Position of flat index `i` in `shape`, as `[r, c]`. */
export function unravel(i: number, shape: readonly number[]): number[] {
  const idx = new Array<number>(shape.length);
  for (let a = shape.length - 1; a >= 0; a--) {
    idx[a] = i % shape[a];
    i = Math.floor(i / shape[a]);
  }
  return idx;
}
