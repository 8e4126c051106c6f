/**
 * The {@linkcode Optimizer}'s state in JSON and back (format 2, and rectify
 * 0.1's format on load), and the view of a transform's state restricted to
 * the parameters that have a gradient. @internal
 *
 * @module
 */

import { freshLike, syncHost } from "./storage.ts";
import type { Data } from "./backend.ts";
import { RectifyError } from "./errors.ts";
import type { Options } from "./plugin.ts";
import type { Tensor } from "./tensor.ts";
import {
  isUpdateRule,
  type OptimizerProduct,
  ParamBuffers,
  type ParamState,
  type StateValue,
  type TransformState,
  type UpdateRule,
} from "./optim.ts";

/** A group's parameters, options, schedule position and state. @internal */
export interface Group {
  names: string[];
  params: Tensor[];
  options: Options;
  product: OptimizerProduct;
  baseLr: number;
  lr: number;
  step: number;
  /** Rules: each parameter's state (null until its first gradient) and the group's scalars. */
  states: (ParamState | null)[];
  scalars: Record<string, number> | null;
  /** Transforms: the transform's state (null until the first step) and reused update buffers. */
  state: TransformState | null;
  updates: Data[] | null;
}

/** One group of an `OptimizerStateDict`. */
export interface GroupStateDict {
  /** The group's parameter names, in order. */
  names: string[];
  /** The group's resolved options. */
  options: Options;
  /** Current learning rate. */
  lr: number;
  /** Learning rate before schedules. */
  baseLr: number;
  /** Steps taken. */
  step: number;
  /** Update rules: each parameter's buffers, by parameter name, then buffer name. */
  state?: Record<string, Record<string, number[]>>;
  /** Update rules: the group's scalars (absent before the first step). */
  scalars?: Record<string, number>;
  /** Gradient transforms: the transform's state (null before the first step). */
  transform?: unknown;
}

type Bad = (why: string) => never;

function like(p: Data, values: readonly number[]): Data {
  const d = freshLike(p);
  d.set(values);
  return d;
}

/** Refuse a transform state holding arrays of buffers that are not {@linkcode ParamBuffers}. */
export function checkTransformState(v: StateValue, n: number, at = "state"): void {
  if (v === null || typeof v !== "object" || v instanceof ParamBuffers) return;
  if (Array.isArray(v)) {
    if (v.some((x) => ArrayBuffer.isView(x))) {
      throw new RectifyError(
        "plugin",
        `Optimizer: transform ${at} is a plain array of ${n === v.length ? n : v.length} ` +
          `typed arrays; make per-parameter buffers with paramBuffers(params) so the optimizer ` +
          `knows them (it skips parameters without a gradient and saves buffers by name)`,
      );
    }
    v.forEach((x, i) => checkTransformState(x, n, `${at}[${i}]`));
    return;
  }
  for (const [k, x] of Object.entries(v)) checkTransformState(x, n, `${at}.${k}`);
}

/** The state restricted to the parameters `keep` (per-parameter buffers shared, not copied). */
export function subsetState(v: StateValue, keep: readonly number[]): StateValue {
  if (v === null || typeof v !== "object") return v;
  if (v instanceof ParamBuffers) return ParamBuffers.from(keep.map((j) => v[j]));
  if (Array.isArray(v)) return v.map((s) => subsetState(s, keep)) as TransformState[];
  const out: TransformState = {};
  for (const [k, x] of Object.entries(v)) out[k] = subsetState(x, keep);
  return out;
}

/** Copy what a step changed in a {@linkcode subsetState} view back into the full state. */
export function writeBackState(
  full: TransformState,
  sub: TransformState,
  keep: readonly number[],
): void {
  for (const [k, x] of Object.entries(full)) {
    const y = sub[k];
    if (x instanceof ParamBuffers) keep.forEach((j, i) => (x[j] = (y as ParamBuffers)[i]));
    else if (Array.isArray(x)) {
      x.forEach((s, i) => writeBackState(s, (y as TransformState[])[i], keep));
    } else if (x !== null && typeof x === "object") {
      writeBackState(x as TransformState, y as TransformState, keep);
    } else full[k] = y;
  }
  // entries a transform added during the step: scalars only (buffers would be the subset's)
  for (const [k, y] of Object.entries(sub)) {
    if (k in full) continue;
    if (y !== null && typeof y === "object") {
      throw new RectifyError(
        "plugin",
        `Optimizer: a transform added state "${k}" during a step in which some parameters had ` +
          `no gradient; make per-parameter state in init()`,
      );
    }
    full[k] = y;
  }
}

function encodeTransform(v: StateValue, names: readonly string[]): unknown {
  if (v === null || typeof v !== "object") return v;
  if (v instanceof ParamBuffers) {
    const out: Record<string, number[]> = {};
    v.forEach((d, i) => (out[names[i]] = Array.from(d)));
    return { $buffers: out };
  }
  if (Array.isArray(v)) return v.map((s) => encodeTransform(s, names));
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[k] = encodeTransform(x, names);
  return out;
}

/** A group as JSON (see `OptimizerStateDict`). */
export function encodeGroup(g: Group): GroupStateDict {
  const out: GroupStateDict = {
    names: [...g.names],
    options: { ...g.options },
    lr: g.lr,
    baseLr: g.baseLr,
    step: g.step,
  };
  if (!isUpdateRule(g.product)) {
    out.transform = g.state === null ? null : encodeTransform(g.state, g.names);
    return out;
  }
  const state: Record<string, Record<string, number[]>> = {};
  g.states.forEach((s, j) => {
    if (s === null) return;
    const rec: Record<string, number[]> = {};
    for (const [k, d] of Object.entries(s)) rec[k] = Array.from(syncHost(d));
    state[g.names[j]] = rec;
  });
  out.state = state;
  if (g.scalars !== null && g.product.scalars !== undefined) out.scalars = { ...g.scalars };
  return out;
}

function decodeTransform(v: unknown, g: Group, bad: Bad): TransformState | null {
  if (v === null || v === undefined) return null;
  const params = g.params.map((p) => p.data);
  const dec = (x: unknown): StateValue => {
    if (x === null || typeof x === "number" || typeof x === "boolean") return x;
    if (Array.isArray(x)) return x.map((s) => dec(s) as TransformState);
    if (typeof x !== "object") return bad(`unexpected value ${JSON.stringify(x)}`);
    const o = x as Record<string, unknown>;
    if (!("$buffers" in o)) {
      const out: TransformState = {};
      for (const [k, y] of Object.entries(o)) out[k] = dec(y);
      return out;
    }
    const b = o.$buffers as Record<string, unknown>;
    return ParamBuffers.from(g.names.map((n, i) => {
      const arr = b?.[n];
      if (!Array.isArray(arr) || arr.length !== params[i].length) {
        bad(`buffer for "${n}" must have ${params[i].length} numbers`);
      }
      return like(params[i], arr as number[]);
    }));
  };
  const r = dec(v);
  if (r === null || typeof r !== "object" || Array.isArray(r)) {
    return bad("state must be an object");
  }
  return r as TransformState;
}

/** Each parameter's buffers from a format-2 group (`state`: name → buffer name → numbers). */
function decodeParamStates(
  state: unknown,
  g: Group,
  rule: UpdateRule<ParamState, unknown>,
  bad: Bad,
): (ParamState | null)[] {
  if (state === undefined || state === null) return g.names.map(() => null);
  if (typeof state !== "object" || Array.isArray(state)) {
    bad("a group's state must map parameter names to buffers");
  }
  const rec = state as Record<string, unknown>;
  for (const k of Object.keys(rec)) {
    if (!g.names.includes(k)) bad(`state for unknown parameter "${k}" (group: [${g.names}])`);
  }
  const wanted = Object.keys(rule.buffers);
  return g.names.map((name, j) => {
    const s = rec[name];
    if (s === undefined) return null;
    if (s === null || typeof s !== "object") return bad(`state of "${name}" must be an object`);
    const bufs = s as Record<string, unknown>;
    for (const k of Object.keys(bufs)) {
      if (!wanted.includes(k)) bad(`state of "${name}" has "${k}", expected [${wanted}]`);
    }
    return readBuffers(name, g.params[j].data, wanted, (k) => bufs[k], bad);
  });
}

function readBuffers(
  name: string,
  p: Data,
  wanted: readonly string[],
  get: (buffer: string) => unknown,
  bad: Bad,
): ParamState {
  const out: ParamState = {};
  for (const k of wanted) {
    const arr = get(k);
    if (
      !Array.isArray(arr) || arr.length !== p.length || !arr.every((x) => typeof x === "number")
    ) {
      bad(`buffer "${k}" of "${name}" must be ${p.length} numbers`);
    }
    out[k] = like(p, arr as number[]);
  }
  return out;
}

/** Every `key: value` of a 0.1 chain state, nested `inner` states flattened. */
function flattenV01(v: unknown, out: Map<string, unknown>): Map<string, unknown> {
  if (Array.isArray(v)) { for (const x of v) flattenV01(x, out); }
  else if (v !== null && typeof v === "object") {
    for (const [k, x] of Object.entries(v)) {
      if (k === "inner") flattenV01(x, out);
      else out.set(k, x);
    }
  }
  return out;
}

/** A rule group's state from rectify 0.1's chain state, by the rule's `v01` keys. */
function decodeV01(
  s: GroupStateDict,
  g: Group,
  rule: UpdateRule<ParamState, unknown>,
  bad: Bad,
): Pick<Group, "states" | "scalars"> {
  const legacy = s.state as unknown;
  if (legacy === null || legacy === undefined) {
    return { states: g.names.map(() => null), scalars: null };
  }
  const flat = flattenV01(legacy, new Map());
  const key = (what: string, spec: { v01?: string }): string =>
    spec.v01 ?? bad(`rectify 0.1 state has no counterpart for ${what}`);
  const scalars: Record<string, number> = {};
  for (const [k, spec] of Object.entries(rule.scalars ?? {})) {
    const v = flat.get(key(`scalar "${k}"`, spec));
    if (typeof v !== "number") bad(`rectify 0.1 state lacks the number "${spec.v01}"`);
    scalars[k] = v as number;
  }
  const buffers = Object.entries(rule.buffers).map(([k, spec]) => {
    const b = flat.get(key(`buffer "${k}"`, spec)) as { $buffers?: Record<string, unknown> };
    if (!b?.$buffers) bad(`rectify 0.1 state lacks the buffers "${spec.v01}"`);
    return [k, b.$buffers!] as const;
  });
  const states = g.names.map((name, j) =>
    readBuffers(
      name,
      g.params[j].data,
      buffers.map(([k]) => k),
      (k) => buffers.find(([b]) => b === k)![1][name],
      bad,
    )
  );
  return { states, scalars };
}

function decodeScalars(s: GroupStateDict, rule: UpdateRule<ParamState, unknown>, bad: Bad) {
  if (rule.scalars === undefined) return s.step > 0 ? {} : null;
  if (s.scalars === undefined) {
    return s.step > 0 ? bad(`group state lacks "scalars" after ${s.step} steps`) : null;
  }
  const out: Record<string, number> = {};
  for (const k of Object.keys(rule.scalars)) {
    const v = (s.scalars as Record<string, unknown>)[k];
    if (typeof v !== "number") bad(`scalar "${k}" must be a number, got ${JSON.stringify(v)}`);
    out[k] = v as number;
  }
  return out;
}

/**
 * The groups' state from a state dict (format 2, or 0.1 without `version`),
 * checked whole before anything is changed.
 */
export function decodeGroups(
  sd: { version?: number; groups: GroupStateDict[] },
  groups: readonly Group[],
  bad: Bad,
): Partial<Group>[] {
  const v01 = sd.version === undefined;
  if (!v01 && sd.version !== 2) bad(`unknown state format version ${sd.version}, expected 2`);
  return sd.groups.map((s, i) => {
    const g = groups[i];
    if (!Array.isArray(s.names) || s.names.join("\u0000") !== g.names.join("\u0000")) {
      bad(`group ${i} holds parameters [${s.names}], expected [${g.names}]`);
    }
    if (!Number.isInteger(s.step) || s.step < 0) bad(`group ${i} has step ${s.step}`);
    const base = { lr: s.lr, baseLr: s.baseLr, step: s.step };
    if (!isUpdateRule(g.product)) {
      return { ...base, state: decodeTransform(v01 ? s.state : s.transform, g, bad) };
    }
    if (v01) return { ...base, ...decodeV01(s, g, g.product, bad) };
    return {
      ...base,
      states: decodeParamStates(s.state, g, g.product, bad),
      scalars: decodeScalars(s, g.product, bad),
    };
  });
}
