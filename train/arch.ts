/**
 * Architecture strings for convolutional networks: {@linkcode parseArch}
 * turns `"conv:16x3,act,pool:2,conv:32x3,act,gap,dense:10"` into a plain
 * JSON list of layers ({@linkcode ArchLayer}), and {@linkcode archLayers}
 * fills its activation slots and adapts activations to image tensors, giving
 * the layer list of `cnn()`. The CLI's `--arch`, the trainer and saved models
 * share these.
 *
 * @module
 */

import { RectifyError } from "../core/errors.ts";
import type { CnnLayer } from "../core/cnn.ts";
import { defaultRegistry, type Registry } from "../core/registry.ts";
import { parseSpec, type PluginSpec, splitSpecList } from "../core/spec.ts";

/** A size option as parsed: one number for both axes, or `[h, w]`. @internal */
type Pair = number | [number, number];

/**
 * One layer of a parsed architecture: the `cnn()` layer objects (plain JSON),
 * an activation with a fixed spec, or `{ type: "act" }`, the slot filled by
 * the run's activation (`--activation`).
 */
export type ArchLayer =
  | {
    type: "conv2d";
    outChannels: number;
    kernelSize: number | [number, number];
    stride?: number | [number, number];
    padding?: number | [number, number] | "same";
    dilation?: number | [number, number];
    groups?: number;
    bias?: boolean;
  }
  | {
    type: "maxPool2d" | "avgPool2d";
    kernelSize: number | [number, number];
    stride?: number | [number, number];
    padding?: number | [number, number];
    ceilMode?: boolean;
    countIncludePad?: boolean;
  }
  | { type: "globalAvgPool2d" }
  | { type: "flatten" }
  | { type: "batchNorm2d"; eps?: number; momentum?: number | null; affine?: boolean }
  | { type: "layerNorm"; eps?: number; elementwiseAffine?: boolean }
  | { type: "dropout" | "dropout2d"; p: number }
  | { type: "dense"; outFeatures: number; bias?: boolean }
  | { type: "activation"; activation: string }
  | { type: "act" };

/**
 * The layer tokens of {@linkcode parseArch}, with their syntax (for help and errors).
 *
 * @example List the tokens
 * ```ts
 * import { ARCH_TOKENS } from "@rectify/core/train";
 * console.log(Object.keys(ARCH_TOKENS).includes("conv")); // true
 * ```
 */
export const ARCH_TOKENS: Readonly<Record<string, string>> = {
  conv: "conv:CxK[,stride=S][,padding=P|same][,dilation=D][,groups=G][,bias=false]",
  pool: "pool:K (max pooling)[,stride=S][,padding=P][,ceilMode=true]",
  maxpool: "maxpool:K[,stride=S][,padding=P][,ceilMode=true]",
  avgpool: "avgpool:K[,stride=S][,padding=P][,ceilMode=true][,countIncludePad=false]",
  gap: "gap (global average pooling)",
  flatten: "flatten",
  bn: "bn[,eps=E][,momentum=M|none][,affine=false] (BatchNorm2d)",
  ln: "ln[,eps=E][,elementwiseAffine=false] (LayerNorm over each example)",
  dropout: "dropout:P",
  dropout2d: "dropout2d:P (drops whole channels)",
  dense: "dense:N[,bias=false]",
  act: "act (the activation slot, filled by --activation)",
};

function tokenError(index: number, token: string, expected: string): RectifyError {
  return new RectifyError(
    "spec",
    `arch: token ${index + 1} ${JSON.stringify(token)}: expected ${expected}`,
  );
}

/** `token`'s name, its positional argument (after the colon) and its `key=value` options. */
function splitToken(token: string): { name: string; arg: string | null; opts: [string, string][] } {
  const parts = token.split(",").map((p) => p.trim());
  const head = parts[0], colon = head.indexOf(":");
  const name = colon < 0 ? head : head.slice(0, colon);
  const arg = colon < 0 ? null : head.slice(colon + 1);
  const opts = parts.slice(1).map((p): [string, string] => {
    const eq = p.indexOf("=");
    return [p.slice(0, eq).trim(), p.slice(eq + 1).trim()];
  });
  return { name, arg, opts };
}

/**
 * Parse an architecture string: comma-separated tokens, in order. Layer
 * tokens (see {@linkcode ARCH_TOKENS}):
 *
 * - `conv:CxK` a 2-D convolution to C channels with a K×K kernel; options
 *   `kernel` (`KH/KW` for a non-square kernel), `stride`, `padding` (a
 *   number, `H/W`, or `same`), `dilation`, `groups`, `bias`
 * - `pool:K` / `maxpool:K` max pooling, `avgpool:K` average pooling; options
 *   `stride`, `padding`, `ceilMode`, `countIncludePad` (avgpool)
 * - `gap` global average pooling, `flatten`
 * - `bn` BatchNorm2d (`eps`, `momentum` or `none`, `affine`); `ln` LayerNorm
 *   over each example (`eps`, `elementwiseAffine`)
 * - `dropout:P`, `dropout2d:P` (whole channels)
 * - `dense:N` a dense layer (`bias`)
 * - `act` the activation slot: {@linkcode archLayers} puts the run's
 *   activation there, so `compare` can swap it
 *
 * Any other token is a fixed activation spec (`relu`,
 * `leakyRelu:negativeSlope=0.1`), checked against the registry. Options are
 * `key=value` after a comma, as in plugin specs. The result is plain JSON.
 *
 * @example A small CNN with two activation slots
 * ```ts
 * import { parseArch } from "@rectify/core/train";
 * const arch = parseArch("conv:16x3,padding=1,act,pool:2,conv:32x3,act,gap,dense:10");
 * console.log(arch.length, arch[0]); // 7 { type: "conv2d", outChannels: 16, kernelSize: 3, padding: 1 }
 * ```
 */
export function parseArch(text: string, options: { registry?: Registry } = {}): ArchLayer[] {
  if (typeof text !== "string" || text.trim() === "") {
    throw new RectifyError(
      "spec",
      `arch: expected a comma-separated list of layers like "conv:16x3,act,pool:2,gap,dense:10", got ${
        JSON.stringify(text)
      }`,
    );
  }
  const registry = options.registry ?? defaultRegistry;
  return splitSpecList(text).map((token, i) => parseToken(token, i, registry));
}

function parseToken(token: string, index: number, registry: Registry): ArchLayer {
  const { name, arg, opts } = splitToken(token);
  const syntax = ARCH_TOKENS[name];
  const fail = (what: string) => tokenError(index, token, `${what} (${syntax})`);
  const int = (v: string, what: string, min: number): number => {
    if (!/^\d+$/.test(v) || Number(v) < min) throw fail(`${what} to be an integer >= ${min}`);
    return Number(v);
  };
  const pair = (v: string, what: string, min: number): Pair => {
    const ps = v.split("/");
    if (ps.length === 1) return int(v, what, min);
    if (ps.length !== 2) throw fail(`${what} to be N or H/W`);
    return [int(ps[0], what, min), int(ps[1], what, min)];
  };
  const bool = (v: string, what: string): boolean => {
    if (v !== "true" && v !== "false") throw fail(`${what} to be true or false`);
    return v === "true";
  };
  const num = (v: string, what: string): number => {
    const n = Number(v);
    if (v === "" || !Number.isFinite(n) || n < 0) throw fail(`${what} to be a number >= 0`);
    return n;
  };
  const noArg = () => {
    if (arg !== null) throw fail(`no ":" argument`);
  };
  const needArg = (what: string): string => {
    if (arg === null || arg === "") throw fail(what);
    return arg;
  };
  /** Apply each `key=value` through the named parser; an unknown key fails naming the known ones. */
  const options = <T extends object>(
    layer: T,
    parsers: Record<string, (v: string) => unknown>,
  ): T => {
    const out = { ...layer } as Record<string, unknown>;
    for (const [k, v] of opts) {
      const parse = parsers[k];
      if (parse === undefined) {
        const known = Object.keys(parsers);
        throw fail(
          known.length ? `options ${known.join(", ")}, not ${JSON.stringify(k)}` : "no options",
        );
      }
      out[k] = parse(v);
    }
    return out as T;
  };
  switch (name) {
    case "conv": {
      const m = /^(\d+)x(\d+)$/.exec(needArg("conv:CHANNELSxKERNEL like conv:16x3"));
      if (!m) throw fail("conv:CHANNELSxKERNEL like conv:16x3");
      const base = {
        type: "conv2d" as const,
        outChannels: int(m[1], "channels", 1),
        kernelSize: int(m[2], "kernel", 1) as Pair,
      };
      const { kernel, ...conv } = options({ ...base, kernel: base.kernelSize }, {
        kernel: (v) => pair(v, "kernel", 1),
        stride: (v) => pair(v, "stride", 1),
        padding: (v) => (v === "same" ? "same" : pair(v, "padding", 0)),
        dilation: (v) => pair(v, "dilation", 1),
        groups: (v) => int(v, "groups", 1),
        bias: (v) => bool(v, "bias"),
      });
      return { ...conv, kernelSize: kernel };
    }
    case "pool":
    case "maxpool":
    case "avgpool": {
      const k = pair(needArg(`${name}:KERNEL like ${name}:2`), "kernel", 1);
      const type = name === "avgpool" ? "avgPool2d" as const : "maxPool2d" as const;
      return options({ type, kernelSize: k }, {
        stride: (v) => pair(v, "stride", 1),
        padding: (v) => pair(v, "padding", 0),
        ceilMode: (v) => bool(v, "ceilMode"),
        ...(type === "avgPool2d"
          ? { countIncludePad: (v: string) => bool(v, "countIncludePad") }
          : {}),
      });
    }
    case "gap":
      noArg();
      return options({ type: "globalAvgPool2d" as const }, {});
    case "flatten":
      noArg();
      return options({ type: "flatten" as const }, {});
    case "bn":
      noArg();
      return options({ type: "batchNorm2d" as const }, {
        eps: (v) => num(v, "eps"),
        momentum: (v) => (v === "none" ? null : num(v, "momentum")),
        affine: (v) => bool(v, "affine"),
      });
    case "ln":
      noArg();
      return options({ type: "layerNorm" as const }, {
        eps: (v) => num(v, "eps"),
        elementwiseAffine: (v) => bool(v, "elementwiseAffine"),
      });
    case "dropout":
    case "dropout2d": {
      const v = needArg(`${name}:P with P in [0, 1)`), p = Number(v);
      if (v.trim() === "" || !(p >= 0 && p < 1)) throw fail(`${name}:P with P in [0, 1)`);
      return options({ type: name, p }, {});
    }
    case "dense":
      return options({
        type: "dense" as const,
        outFeatures: int(needArg("dense:WIDTH like dense:64"), "width", 1),
      }, { bias: (v) => bool(v, "bias") });
    case "act":
      noArg();
      return options({ type: "act" as const }, {});
  }
  // not a layer: an activation spec, resolved now so a typo fails here
  try {
    registry.resolve("activation", parseSpec(token).name);
  } catch (e) {
    throw new RectifyError(
      "spec",
      `arch: token ${index + 1} ${JSON.stringify(token)} is neither a layer (${
        Object.keys(ARCH_TOKENS).join(", ")
      }) nor an activation: ${(e as Error).message}`,
      { cause: e },
    );
  }
  return { type: "activation", activation: token };
}

/** Options of {@linkcode archLayers}. */
export interface ArchLayersOptions {
  /** The spec for every `act` slot (default `"relu"`). */
  activation?: PluginSpec;
  /** Number of input dimensions of one example (3 for `[C, H, W]` images; default 3). */
  inputDims?: number;
}

/** Whether the layer leaves an image (`[C, H, W]`) an image; null keeps the current rank. */
function keepsImage(layer: ArchLayer): boolean | null {
  switch (layer.type) {
    case "globalAvgPool2d":
    case "flatten":
    case "dense":
      return false;
    case "conv2d":
    case "maxPool2d":
    case "avgPool2d":
    case "batchNorm2d":
    case "dropout2d":
      return true;
    default:
      return null;
  }
}

/**
 * An activation spec adapted to image tensors `[N, C, H, W]`: prelu gets one
 * slope per channel (`sharedAxes: [2, 3]`), crelu and maxout act on the
 * channel axis (`axis: 1`), unless the spec sets those options itself.
 */
function forImages(spec: PluginSpec): PluginSpec {
  const { name, options } = parseSpec(spec);
  if (name === "prelu" && !("sharedAxes" in options)) {
    return { name, options: { ...options, sharedAxes: [2, 3] } };
  }
  if ((name === "crelu" || name === "maxout") && !("axis" in options)) {
    return { name, options: { ...options, axis: 1 } };
  }
  return spec;
}

/**
 * The `cnn()` layer list of a parsed architecture: each `act` slot becomes
 * `activation`, and every activation that acts on images is adapted to them
 * (prelu learns one slope per channel, crelu and maxout act on the channel
 * axis: the network rules of the conformance suite).
 *
 * @example Fill the slots with elu
 * ```ts
 * import { archLayers, parseArch } from "@rectify/core/train";
 * const layers = archLayers(parseArch("conv:8x3,act,gap,dense:16,act"), { activation: "prelu" });
 * console.log(layers[1], layers[4]); // { name: "prelu", options: { sharedAxes: [2, 3] } } "prelu"
 * ```
 */
export function archLayers(
  arch: readonly ArchLayer[],
  options: ArchLayersOptions = {},
): CnnLayer[] {
  const activation = options.activation ?? "relu";
  let image = (options.inputDims ?? 3) === 3;
  return arch.map((layer): CnnLayer => {
    const keeps = keepsImage(layer);
    if (keeps !== null) image = keeps;
    if (layer.type === "act" || layer.type === "activation") {
      const spec = layer.type === "act" ? activation : layer.activation;
      return image ? forImages(spec) : spec;
    }
    return layer as CnnLayer;
  });
}
