/**
 * Conformance runner: replays the PyTorch 1.13 reference cases (see
 * `../shared/conformance/FORMAT.md`) through rectify's public API only.
 *
 * Usage: `deno task conformance [DIR ...]` (default: the shipped copy in
 * `tests/conformance`). Prints every failure with the case id, the field, the
 * index and the largest absolute and relative error, then `N passed, N failed`.
 *
 * @module
 */

import * as rectify from "./mod.ts";
import {
  Activation,
  defaultRegistry,
  Dense,
  type Module,
  Optimizer,
  type Registry,
  Rng,
  Sequential,
  type Tensor,
  tensor,
} from "./mod.ts";

interface TensorCase {
  shape: number[];
  data: number[];
}
interface Tol {
  rtol: number;
  atol: number;
}
// deno-lint-ignore no-explicit-any
type Case = Record<string, any> & { id: string; plugin: string; options: Record<string, unknown> };

/** One failure. */
export interface Failure {
  /** File the case came from. */
  file: string;
  /** Case id (or "-" for file-level problems). */
  id: string;
  /** What went wrong. */
  message: string;
}

/** Outcome of a run. */
export interface ConformanceResult {
  /** Cases that matched. */
  passed: number;
  /** Cases (or files) that did not. */
  failed: number;
  /** Per-suite counts. */
  bySuite: Record<string, { passed: number; failed: number }>;
  /** Every failure. */
  failures: Failure[];
}

class Mismatch extends Error {}

function toTensor(t: TensorCase, requiresGrad = false): Tensor {
  return tensor(t.data, { shape: t.shape, requiresGrad });
}

function compare(
  field: string,
  actual: ArrayLike<number> | undefined,
  expected: TensorCase | number,
  tol: Tol,
) {
  const exp = typeof expected === "number" ? [expected] : expected.data;
  if (actual === undefined) {
    throw new Mismatch(`${field}: no value (expected ${exp.length} numbers)`);
  }
  if (actual.length !== exp.length) {
    throw new Mismatch(`${field}: got ${actual.length} values, expected ${exp.length}`);
  }
  let worst = -1, worstAbs = 0, worstRel = 0, bad = false;
  for (let i = 0; i < exp.length; i++) {
    const a = actual[i], e = exp[i];
    const abs = Math.abs(a - e);
    const ok = abs <= tol.atol + tol.rtol * Math.abs(e);
    if (!ok || Number.isNaN(a)) {
      bad = true;
      if (worst < 0 || abs > worstAbs || Number.isNaN(abs)) {
        worst = i;
        worstAbs = abs;
        worstRel = abs / Math.max(Math.abs(e), 1e-300);
      }
    }
  }
  if (bad) {
    throw new Mismatch(
      `${field}[${worst}]: got ${actual[worst]}, expected ${exp[worst]} (largest abs error ${
        worstAbs.toExponential(3)
      }, rel error ${worstRel.toExponential(3)}; atol ${tol.atol}, rtol ${tol.rtol})`,
    );
  }
}

function preluSharedAxes(inputShape: number[], alphaShape: number[]): number[] {
  const feat = inputShape.slice(1);
  const a = alphaShape.length === feat.length
    ? alphaShape
    : [...Array(Math.max(0, feat.length - alphaShape.length)).fill(1), ...alphaShape];
  const shared: number[] = [];
  feat.forEach((d, i) => {
    if (a[i] === 1 && d !== 1) shared.push(i + 1);
  });
  return shared;
}

function makeActivation(
  reg: Registry,
  c: { plugin: string; options?: Record<string, unknown>; params?: Record<string, TensorCase> },
  inputShape: number[],
) {
  const options: Record<string, unknown> = { ...(c.options ?? {}) };
  if (c.plugin === "prelu" && c.params?.alpha) {
    options.sharedAxes = preluSharedAxes(inputShape, c.params.alpha.shape);
  }
  const layer = new Activation({ name: c.plugin, options }, {
    registry: reg,
    inputShape: inputShape.slice(1),
  });
  if (c.params?.alpha) {
    const alpha = Object.fromEntries(layer.namedParameters()).alpha;
    if (!alpha) throw new Mismatch(`prelu: the activation exposes no "alpha" parameter`);
    if (alpha.size !== c.params.alpha.data.length) {
      throw new Mismatch(
        `prelu: alpha has ${alpha.size} elements, the case gives shape [${c.params.alpha.shape}]`,
      );
    }
    alpha.data.set(c.params.alpha.data);
  }
  return layer;
}

function runActivation(reg: Registry, c: Case) {
  const x = toTensor(c.input, true);
  const layer = makeActivation(reg, c, c.input.shape);
  if (c.training === false) layer.eval();
  const y = layer.call(x);
  compare("output", y.data, c.output, c.tol);
  y.backward(toTensor(c.upstream));
  compare("gradInput", x.grad?.data, c.gradInput, c.tol);
  if (c.gradParams?.alpha) {
    const alpha = Object.fromEntries(layer.namedParameters()).alpha;
    compare("gradParams.alpha", alpha.grad?.data, c.gradParams.alpha, c.tol);
  }
}

function runOptimizer(reg: Registry, c: Case) {
  const params = Object.entries(c.params as Record<string, TensorCase>).map(([n, t]) =>
    [n, toTensor(t, true)] as [string, Tensor]
  );
  const opt = new Optimizer(params, { name: c.plugin, options: c.options }, { registry: reg });
  c.grads.forEach((g: Record<string, TensorCase>, k: number) => {
    for (const [n, p] of params) p.grad = toTensor(g[n]);
    opt.step();
    for (const [n, p] of params) compare(`expected[${k}].${n}`, p.data, c.expected[k][n], c.tol);
  });
}

function exported<T>(name: string): T {
  const f = (rectify as Record<string, unknown>)[name];
  if (typeof f !== "function") throw new Mismatch(`rectify does not export ${name}()`);
  return f as T;
}

function runClip(_reg: Registry, c: Case) {
  const params = Object.entries(c.grads as Record<string, TensorCase>).map(([n, g]) => {
    const p = rectify.zeros(g.shape, { requiresGrad: true });
    p.grad = toTensor(g);
    return [n, p] as [string, Tensor];
  });
  const ps = params.map(([, p]) => p);
  if (c.plugin === "clipGradNorm") {
    const fn = exported<(p: Tensor[], maxNorm: number, normType?: number | string) => number>(
      "clipGradNorm",
    );
    const total = fn(ps, c.options.maxNorm as number, c.options.normType as number | string);
    compare("totalNorm", [total], c.totalNorm, c.tol);
  } else if (c.plugin === "clipGradValue") {
    exported<(p: Tensor[], v: number) => void>("clipGradValue")(ps, c.options.clipValue as number);
  } else throw new Mismatch(`unknown clip plugin "${c.plugin}"`);
  for (const [n, p] of params) compare(`expected.${n}`, p.grad?.data, c.expected[n], c.tol);
}

/** Copy a case's parameter tensors (by the layer suite's names) into a module's parameters. */
function setParams(mod: Module, params: Record<string, TensorCase> | undefined, what: string) {
  const own = Object.fromEntries(mod.namedParameters());
  for (const [k, t] of Object.entries(params ?? {})) {
    const p = own[k];
    if (!p) throw new Mismatch(`${what}: the layer has no parameter "${k}"`);
    if (p.size !== t.data.length) {
      throw new Mismatch(`${what}.${k}: the layer's has ${p.size} elements, the case [${t.shape}]`);
    }
    p.data.set(t.data);
  }
  const names = Object.keys(own).sort().join(",");
  const given = Object.keys(params ?? {}).sort().join(",");
  if (names !== given) {
    throw new Mismatch(`${what}: parameters [${names}], the case gives [${given}]`);
  }
}

/** A layer-suite layer (options as FORMAT.md lists them), or null for an unknown type. */
// deno-lint-ignore no-explicit-any
function makeLayer(type: string, o: Record<string, any>): Module | null {
  switch (type) {
    case "conv2d":
    case "conv1d": {
      const opts = {
        stride: o.stride,
        padding: o.padding,
        dilation: o.dilation,
        groups: o.groups,
        bias: o.bias,
      };
      return type === "conv2d"
        ? new rectify.Conv2d(o.inChannels, o.outChannels, o.kernelSize, opts)
        : new rectify.Conv1d(o.inChannels, o.outChannels, o.kernelSize, opts);
    }
    case "maxPool2d":
    case "avgPool2d": {
      const opts = {
        stride: o.stride,
        padding: o.padding,
        ceilMode: o.ceilMode,
        countIncludePad: o.countIncludePad,
      };
      return type === "maxPool2d"
        ? new rectify.MaxPool2d(o.kernelSize, opts)
        : new rectify.AvgPool2d(o.kernelSize, opts);
    }
    case "globalAvgPool2d":
      return new rectify.GlobalAvgPool2d();
    case "flatten":
      return new rectify.Flatten();
    case "layerNorm":
      return new rectify.LayerNorm(o.normalizedShape, {
        eps: o.eps,
        elementwiseAffine: o.elementwiseAffine,
      });
    case "batchNorm2d":
      return new rectify.BatchNorm2d(o.numFeatures, {
        eps: o.eps,
        momentum: o.momentum,
        affine: o.affine,
      });
    default:
      return null;
  }
}

function buildLayers(
  reg: Registry,
  // deno-lint-ignore no-explicit-any
  layers: any[],
  input: TensorCase,
): { model: Sequential; mods: Module[] } {
  const mods: Module[] = [];
  // the shape each layer sees: the input run through the layers built so far
  let probe = toTensor(input);
  layers.forEach((l, i) => {
    let mod: Module;
    if (l.type === "dense") {
      const [inF, outF] = l.weight.shape;
      const d = new Dense(inF, outF, { registry: reg });
      d.weight.data.set(l.weight.data);
      d.bias!.data.set(l.bias.data);
      mod = d;
    } else if (l.type === "activation") {
      mod = makeActivation(reg, l, [...probe.shape]);
    } else {
      const m = makeLayer(l.type, l.options ?? {});
      if (m === null) throw new Mismatch(`unknown layer type "${l.type}"`);
      const params: Record<string, TensorCase> = {};
      for (const k of ["weight", "bias", "gamma", "beta"]) if (l[k]) params[k] = l[k];
      setParams(m, params, `layers[${i}]`);
      mod = m;
    }
    mods.push(mod);
    probe = rectify.noGrad(() => mod.call(probe));
  });
  return { model: new Sequential(...mods), mods };
}

function runNetwork(reg: Registry, c: Case) {
  const x = toTensor(c.input, true);
  const { model, mods } = buildLayers(reg, c.layers, c.input);
  const z = model.call(x);
  let loss: Tensor;
  switch (c.loss.type) {
    case "softmaxCrossEntropy":
      loss = rectify.softmaxCrossEntropy(z, c.target as number[]);
      break;
    case "mse":
      loss = rectify.mse(z, toTensor(c.target));
      break;
    case "sigmoidBinaryCrossEntropy":
      loss = rectify.sigmoidBinaryCrossEntropy(z, toTensor(c.target));
      break;
    default:
      throw new Mismatch(`unknown loss "${c.loss.type}"`);
  }
  compare("loss", [loss.item()], c.expected.loss, c.tol);
  loss.backward();
  c.expected.layers.forEach((e: Record<string, TensorCase>, i: number) => {
    const params = Object.fromEntries(mods[i].namedParameters());
    for (const [k, t] of Object.entries(e)) {
      compare(`layers[${i}].${k}`, params[k]?.grad?.data, t, c.tol);
    }
  });
  compare("gradInput", x.grad?.data, c.expected.gradInput, c.tol);
}

function runSaliency(reg: Registry, c: Case) {
  const { model } = buildLayers(reg, c.layers, c.input);
  const fn = exported<(m: Module, x: Tensor, target: number, o: { mode: string }) => Tensor>(
    "saliency",
  );
  const g = fn(model, toTensor(c.input), c.targetClass, { mode: c.mode ?? c.options.mode });
  compare("gradInput", g.data, c.expected.gradInput, c.tol);
}

function runInitializer(reg: Registry, c: Case) {
  const init = reg.create("initializer", { name: c.plugin, options: c.options }, {
    rng: new Rng(1234),
  });
  const w = init(c.shape);
  if (w.shape.join(",") !== c.shape.join(",")) {
    throw new Mismatch(`shape: got [${w.shape}], expected [${c.shape}]`);
  }
  const n = w.size;
  let s = 0;
  for (let i = 0; i < n; i++) s += w.data[i];
  const mean = s / n;
  let v = 0;
  for (let i = 0; i < n; i++) v += (w.data[i] - mean) ** 2;
  const std = Math.sqrt(v / n);
  const e = c.expected, t = c.tol;
  if (Math.abs(mean - e.mean) > t.meanAtol) {
    throw new Mismatch(
      `mean: got ${mean}, expected ${e.mean} (abs error ${
        Math.abs(mean - e.mean).toExponential(3)
      }, meanAtol ${t.meanAtol})`,
    );
  }
  if (Math.abs(std - e.std) > (t.stdAtol ?? 0) + (t.stdRtol ?? 0) * e.std) {
    throw new Mismatch(
      `std: got ${std}, expected ${e.std} (abs error ${
        Math.abs(std - e.std).toExponential(3)
      }, rel ${(Math.abs(std - e.std) / Math.max(e.std, 1e-300)).toExponential(3)})`,
    );
  }
  if (e.minBound !== undefined || e.maxBound !== undefined) {
    const slack = t.boundAtol ?? 0;
    for (let i = 0; i < n; i++) {
      if (
        (e.minBound !== undefined && w.data[i] < e.minBound - slack) ||
        (e.maxBound !== undefined && w.data[i] > e.maxBound + slack)
      ) {
        throw new Mismatch(`bounds[${i}]: ${w.data[i]} is outside [${e.minBound}, ${e.maxBound}]`);
      }
    }
  }
  if (e.orthogonal) {
    const [r, k] = c.shape as number[];
    const tall = r >= k;
    const m = tall ? k : r;
    const gain2 = ((c.options.gain as number) ?? 1) ** 2;
    let dev = 0, at = 0;
    for (let a = 0; a < m; a++) {
      for (let b = 0; b < m; b++) {
        let dot = 0;
        if (tall) { for (let i = 0; i < r; i++) dot += w.data[i * k + a] * w.data[i * k + b]; }
        else for (let j = 0; j < k; j++) dot += w.data[a * k + j] * w.data[b * k + j];
        const d = Math.abs(dot - (a === b ? gain2 : 0));
        if (d > dev) {
          dev = d;
          at = a * m + b;
        }
      }
    }
    if (dev > t.orthoAtol) {
      throw new Mismatch(
        `orthogonal[${at}]: max deviation ${dev.toExponential(3)} > orthoAtol ${t.orthoAtol}`,
      );
    }
  }
}

function runLayer(_reg: Registry, c: Case) {
  const layer = makeLayer(c.plugin, c.options);
  if (layer === null) throw new Mismatch(`unknown layer "${c.plugin}"`);
  setParams(layer, c.params, "params");
  const bn = layer instanceof rectify.BatchNorm2d ? layer : null;
  if (bn !== null) {
    bn.runningMean.data.set(c.state.runningMean.data);
    bn.runningVar.data.set(c.state.runningVar.data);
    bn.train(c.training !== false);
  }
  const x = toTensor(c.input, true);
  const y = layer.call(x);
  compare("output", y.data, c.output, c.tol);
  y.backward(toTensor(c.upstream));
  compare("gradInput", x.grad?.data, c.gradInput, c.tol);
  const own = Object.fromEntries(layer.namedParameters());
  for (const [k, t] of Object.entries((c.gradParams ?? {}) as Record<string, TensorCase>)) {
    compare(`gradParams.${k}`, own[k]?.grad?.data, t, c.tol);
  }
  if (bn !== null) {
    compare("stateAfter.runningMean", bn.runningMean.data, c.stateAfter.runningMean, c.tol);
    compare("stateAfter.runningVar", bn.runningVar.data, c.stateAfter.runningVar, c.tol);
  }
}

const SUITES: Record<string, (reg: Registry, c: Case) => void> = {
  activation: runActivation,
  layer: runLayer,
  optimizer: runOptimizer,
  clip: runClip,
  network: runNetwork,
  saliency: runSaliency,
  initializer: runInitializer,
};

async function* walk(dir: string): AsyncGenerator<string> {
  const entries: Deno.DirEntry[] = [];
  for await (const e of Deno.readDir(dir)) entries.push(e);
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const p = `${dir}/${e.name}`;
    if (e.isDirectory) yield* walk(p);
    else if (e.isFile && e.name.endsWith(".json")) yield p;
  }
}

/**
 * Run every case file under the given folders (optionally only some suites).
 *
 * @example
 * ```ts ignore
 * const r = await runConformance(["tests/conformance"], { suites: ["activation"] });
 * console.log(r.passed, r.failed);
 * ```
 */
export async function runConformance(
  dirs: readonly string[],
  options: { suites?: readonly string[]; registry?: Registry } = {},
): Promise<ConformanceResult> {
  const reg = options.registry ?? defaultRegistry;
  const result: ConformanceResult = {
    passed: 0,
    failed: 0,
    bySuite: {},
    failures: [],
  };
  const count = (suite: string, ok: boolean) => {
    const s = (result.bySuite[suite] ??= { passed: 0, failed: 0 });
    if (ok) {
      s.passed++;
      result.passed++;
    } else {
      s.failed++;
      result.failed++;
    }
  };
  const caseCounts = new Map<string, number>();
  const manifests: string[] = [];
  for (const dir of dirs) {
    for await (const file of walk(dir)) {
      if (file.endsWith("/manifest.json")) {
        manifests.push(file);
        continue;
      }
      let doc: { suite?: string; plugin?: string; cases?: Case[] };
      try {
        doc = JSON.parse(await Deno.readTextFile(file));
      } catch (e) {
        result.failures.push({
          file,
          id: "-",
          message: `file does not parse: ${(e as Error).message}`,
        });
        count("(unparsable)", false);
        continue;
      }
      const suite = doc.suite ?? "";
      if (options.suites && !options.suites.includes(suite)) continue;
      const run = SUITES[suite];
      if (!run || !Array.isArray(doc.cases)) {
        result.failures.push({
          file,
          id: "-",
          message: `unknown suite ${JSON.stringify(suite)} or no cases`,
        });
        count(suite || "(unknown)", false);
        continue;
      }
      caseCounts.set(file, doc.cases.length);
      for (const c of doc.cases) {
        try {
          run(reg, c);
          count(suite, true);
        } catch (e) {
          const msg = e instanceof Mismatch
            ? e.message
            : `${(e as Error)?.name ?? "Error"}: ${(e as Error)?.message ?? e}`;
          result.failures.push({ file, id: c.id, message: msg });
          count(suite, false);
        }
      }
    }
  }
  for (const m of manifests) checkManifest(m, caseCounts, options.suites, result, count);
  return result;
}

/** A manifest is read as a manifest: every file it lists must exist with that many cases. */
function checkManifest(
  manifest: string,
  caseCounts: Map<string, number>,
  suites: readonly string[] | undefined,
  result: ConformanceResult,
  count: (suite: string, ok: boolean) => void,
): void {
  let doc: { files?: { path: string; suite: string; cases: number }[] };
  try {
    doc = JSON.parse(Deno.readTextFileSync(manifest));
  } catch (e) {
    result.failures.push({
      file: manifest,
      id: "-",
      message: `manifest does not parse: ${(e as Error).message}`,
    });
    count("(manifest)", false);
    return;
  }
  const root = manifest.slice(0, manifest.length - "manifest.json".length);
  for (const f of doc.files ?? []) {
    if (suites && !suites.includes(f.suite)) continue;
    const got = caseCounts.get(root + f.path);
    if (got !== f.cases) {
      result.failures.push({
        file: manifest,
        id: "-",
        message: got === undefined
          ? `manifest lists ${f.path} (${f.cases} cases) but it was not run (missing or unreadable)`
          : `manifest says ${f.path} has ${f.cases} cases, the file has ${got}`,
      });
      count(f.suite, false);
    }
  }
}

if (import.meta.main) {
  const dirs = Deno.args.length
    ? Deno.args
    : [new URL("./tests/conformance", import.meta.url).pathname];
  const r = await runConformance(dirs);
  for (const f of r.failures) console.log(`FAIL ${f.id} (${f.file}): ${f.message}`);
  for (const [s, c] of Object.entries(r.bySuite)) {
    console.log(`suite ${s}: ${c.passed} passed, ${c.failed} failed`);
  }
  console.log(`${r.passed} passed, ${r.failed} failed`);
  if (r.failed > 0) Deno.exit(1);
}
