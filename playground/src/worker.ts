/**
 * The playground's training worker: builds the data and one model per
 * configuration from rectify's public API (the browser build `rectify.js`,
 * imported at run time from the page's origin, so that plugin modules
 * importing the same URL share its classes), trains them step for step on
 * the wasm backend and posts frames to the page.
 *
 * @module
 */

import type { DataSpec, PluginInfo, Reply, Request, RunConfig, RunFrame } from "./protocol.ts";

type Rectify = typeof import("./rectify.ts");
type Dataset = import("./rectify.ts").Dataset;
type Sequential = import("./rectify.ts").Sequential;
type Optimizer = import("./rectify.ts").Optimizer;
type Schedule = import("./rectify.ts").Schedule;
type Registry = import("./rectify.ts").Registry;
type GradientHandle<R> = import("./rectify.ts").GradientHandle<R>;
type DeadUnitReport = import("./rectify.ts").DeadUnitReport;
type GradNormReport = import("./rectify.ts").GradNormReport;

interface WorkerScope {
  postMessage(message: Reply, transfer?: Transferable[]): void;
  onmessage: ((e: MessageEvent<Request>) => void) | null;
}

const scope = globalThis as unknown as WorkerScope;
/** Where the browser build lives (a variable, so the bundler leaves the import alone). */
const RECTIFY_URL = new URL("./rectify.js", import.meta.url).href;
let R: Rectify;

/** Steps between evaluations on the full data (curves, dead units, gradient norms). */
const EVAL_EVERY = 10;
/** Cells per side of the decision-boundary grid. */
const GRID = 64;
/** Milliseconds of training between frames while running. */
const SLICE_MS = 40;

let registry: Registry;
let backendName = "js";

/** Load the library, make the registry (built-ins plus loaded plugins), pick the wasm backend. */
async function init(): Promise<void> {
  R = await import(RECTIFY_URL);
  registry = R.createRegistry();
  try {
    R.setBackend(registry.create("backend", "wasm"));
    backendName = "wasm";
  } catch (e) {
    backendName = `js (wasm unavailable: ${(e as Error).message})`;
  }
  catalog();
}

interface Run {
  config: RunConfig;
  model: Sequential | null;
  optimizer: Optimizer | null;
  schedule: Schedule | null;
  dead: GradientHandle<DeadUnitReport> | null;
  norms: GradientHandle<GradNormReport> | null;
  rng: import("./rectify.ts").Rng;
  order: Uint32Array;
  cursor: number;
  step: number;
  epoch: number;
  history: RunFrame["history"];
  gradNorms: Map<string, number[]>;
  lastDead: RunFrame["dead"];
  error: string | null;
}

let data: Dataset | null = null;
let extent: [number, number, number, number] = [-1, 1, -1, 1];
let gridInput: import("./rectify.ts").Tensor | null = null;
let runs: Run[] = [];
let running = false;
/** A frame is out and the page has not said it drew it: frames wait, training goes on. */
let unseen = false;
let digitsCache: Dataset | null = null;

function post(message: Reply, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

function info(kind: "activation" | "optimizer" | "initializer" | "schedule"): PluginInfo[] {
  return registry.list(kind).map((name) => {
    const p = registry.get(kind, name);
    return {
      name,
      description: p.description,
      defaults: { ...p.defaults } as PluginInfo["defaults"],
    };
  });
}

function catalog(): void {
  post({
    type: "catalog",
    backend: backendName,
    activations: info("activation"),
    optimizers: info("optimizer"),
    initializers: info("initializer"),
    schedules: info("schedule"),
  });
}

async function makeData(spec: DataSpec): Promise<Dataset> {
  const common = { noise: spec.noise, seed: spec.seed };
  switch (spec.name) {
    case "spiral":
      return R.spiral({ pointsPerClass: 100, classes: 3, ...common });
    case "xor":
      return R.xor({ n: 300, ...common });
    case "moons":
      return R.moons({ n: 300, ...common });
    case "circles":
      return R.circles({ n: 300, ...common });
    case "teacher":
      return R.teacher({ n: 300, inputSize: 2, hidden: [8], seed: spec.seed, noise: spec.noise });
    case "digits": {
      if (!digitsCache) {
        const url = new URL("./data/digits.csv", import.meta.url);
        const res = await fetch(url);
        if (!res.ok) throw new Error(`Cannot read ${url.pathname}: HTTP ${res.status}`);
        const raw = R.parseCsvDataset(await res.text(), {
          file: "data/digits.csv",
          label: "label",
        });
        digitsCache = R.standardize({ ...raw, name: "digits" }, R.featureStats(raw));
      }
      return digitsCache;
    }
    default:
      throw new Error(`Unknown dataset ${JSON.stringify((spec as DataSpec).name)}`);
  }
}

function planeExtent(ds: Dataset): [number, number, number, number] {
  let a = Infinity, b = -Infinity, c = Infinity, d = -Infinity;
  for (let i = 0; i < ds.rows; i++) {
    const u = ds.x[2 * i], v = ds.x[2 * i + 1];
    if (u < a) a = u;
    if (u > b) b = u;
    if (v < c) c = v;
    if (v > d) d = v;
  }
  const pu = (b - a) * 0.1 || 1, pv = (d - c) * 0.1 || 1;
  return [a - pu, b + pu, c - pv, d + pv];
}

function makeGrid(): import("./rectify.ts").Tensor {
  const g = new Float32Array(GRID * GRID * 2);
  const [a, b, c, d] = extent;
  for (let r = 0; r < GRID; r++) {
    for (let col = 0; col < GRID; col++) {
      const i = r * GRID + col;
      g[2 * i] = a + ((col + 0.5) / GRID) * (b - a);
      g[2 * i + 1] = d - ((r + 0.5) / GRID) * (d - c); // row 0 at the top
    }
  }
  return new R.Tensor(g, [GRID * GRID, 2]);
}

function outputSize(ds: Dataset): number {
  return ds.task === "classification" ? ds.classes ?? 2 : ds.targets;
}

function buildRun(config: RunConfig, ds: Dataset): Run {
  const run: Run = {
    config,
    model: null,
    optimizer: null,
    schedule: null,
    dead: null,
    norms: null,
    rng: new R.Rng(config.seed),
    order: new Uint32Array(ds.rows),
    cursor: ds.rows,
    step: 0,
    epoch: 0,
    history: [],
    gradNorms: new Map(),
    lastDead: [],
    error: null,
  };
  try {
    const model = R.mlp({
      inputSize: ds.features,
      hidden: config.hidden,
      outputSize: outputSize(ds),
      activation: config.activation,
      initializer: config.initializer,
      rng: new R.Rng(config.seed),
      registry,
    });
    const optimizer = new R.Optimizer(model.namedParameters(), config.optimizer, { registry });
    const schedule = registry.create("schedule", config.schedule);
    optimizer.applySchedule(schedule);
    run.model = model;
    run.optimizer = optimizer;
    run.schedule = schedule;
    run.dead = model.applyGradient<DeadUnitReport>("deadUnitMonitor", { registry });
    run.norms = model.applyGradient<GradNormReport>("gradNormMonitor", { registry });
    evaluate(run);
  } catch (e) {
    run.error = (e as Error).message;
  }
  return run;
}

function nextBatch(run: Run, ds: Dataset): Uint32Array {
  const size = Math.min(run.config.batchSize, ds.rows);
  if (run.cursor + size > ds.rows) {
    if (run.step > 0) {
      run.epoch++;
      run.schedule!.step();
      run.optimizer!.applySchedule(run.schedule!);
    }
    for (let i = 0; i < ds.rows; i++) run.order[i] = i;
    for (let i = ds.rows - 1; i > 0; i--) {
      const j = run.rng.int(i + 1);
      const t = run.order[i];
      run.order[i] = run.order[j];
      run.order[j] = t;
    }
    run.cursor = 0;
  }
  const idx = run.order.subarray(run.cursor, run.cursor + size);
  run.cursor += size;
  return idx;
}

function lossOf(ds: Dataset, out: import("./rectify.ts").Tensor, idx: ArrayLike<number> | null) {
  const rows = idx ? idx.length : ds.rows;
  if (ds.task === "classification") {
    const y = new Float32Array(rows);
    for (let i = 0; i < rows; i++) y[i] = ds.y[idx ? idx[i] : i];
    return R.softmaxCrossEntropy(out, y);
  }
  const t = ds.targets, y = new Float32Array(rows * t);
  for (let i = 0; i < rows; i++) {
    const r = idx ? idx[i] : i;
    for (let j = 0; j < t; j++) y[i * t + j] = ds.y[r * t + j];
  }
  return R.mse(out, new R.Tensor(y, [rows, t]));
}

function trainStep(run: Run, ds: Dataset): void {
  if (run.error || !run.model) return;
  const idx = nextBatch(run, ds);
  const f = ds.features, x = new Float32Array(idx.length * f);
  for (let i = 0; i < idx.length; i++) x.set(ds.x.subarray(idx[i] * f, idx[i] * f + f), i * f);
  run.optimizer!.zeroGrad();
  const loss = lossOf(ds, run.model.call(new R.Tensor(x, [idx.length, f])), idx);
  loss.backward();
  run.optimizer!.step();
  run.step++;
  if (!Number.isFinite(loss.data[0])) {
    run.error = `the loss became ${loss.data[0]} at step ${run.step}`;
  }
  if (run.step % EVAL_EVERY === 0) evaluate(run);
}

function evaluate(run: Run): void {
  const ds = data!, model = run.model!;
  run.dead!.reset();
  const { loss, accuracy } = R.noGrad(() => {
    const out = model.call(new R.Tensor(ds.x, [ds.rows, ds.features]));
    const l = lossOf(ds, out, null).data[0];
    let acc = NaN;
    if (ds.task === "classification") {
      const k = out.shape[1], o = out.data;
      let right = 0;
      for (let i = 0; i < ds.rows; i++) {
        let best = 0;
        for (let j = 1; j < k; j++) if (o[i * k + j] > o[i * k + best]) best = j;
        if (best === ds.y[i]) right++;
      }
      acc = right / ds.rows;
    }
    return { loss: l, accuracy: acc };
  });
  run.lastDead = run.dead!.read().map((l) => ({ layer: l.name, fraction: l.fraction }));
  run.history.push({ step: run.step, loss, accuracy });
  const report = run.norms!.read();
  run.norms!.reset();
  for (const [name, list] of Object.entries(report)) {
    if (!name.endsWith(".weight") || list.length === 0) continue;
    const layer = name.slice(0, -".weight".length);
    if (!run.gradNorms.has(layer)) run.gradNorms.set(layer, []);
    run.gradNorms.get(layer)!.push(list[list.length - 1]);
  }
}

function frameOf(run: Run): RunFrame {
  let grid: Float32Array | null = null;
  if (run.model && !run.error && gridInput && data) {
    const ds = data;
    grid = R.noGrad(() => {
      const out = run.model!.call(gridInput!);
      const n = GRID * GRID, k = out.shape[1], o = out.data;
      const g = new Float32Array(n * 2);
      for (let i = 0; i < n; i++) {
        if (ds.task === "classification") {
          let best = 0, sum = 0;
          for (let j = 1; j < k; j++) if (o[i * k + j] > o[i * k + best]) best = j;
          for (let j = 0; j < k; j++) sum += Math.exp(o[i * k + j] - o[i * k + best]);
          g[2 * i] = best;
          g[2 * i + 1] = 1 / sum;
        } else {
          g[2 * i] = o[i * k];
        }
      }
      return g;
    });
    run.dead!.reset(); // the grid is not data: dead units count the data only
  }
  return {
    step: run.step,
    epoch: run.epoch,
    lr: run.optimizer?.groups?.[0]?.lr ?? NaN,
    history: run.history,
    dead: run.lastDead,
    gradNorms: [...run.gradNorms].map(([layer, norms]) => ({ layer, norms })),
    evalEvery: EVAL_EVERY,
    grid,
    error: run.error,
  };
}

function sendFrame(halted = false): void {
  unseen = true;
  post({ type: "frame", halted, runs: runs.map(frameOf) });
}

function stepAll(steps: number): void {
  for (let s = 0; s < steps; s++) for (const run of runs) trainStep(run, data!);
}

function loop(): void {
  if (!running || !data) return;
  const until = performance.now() + SLICE_MS;
  do stepAll(1); while (performance.now() < until && runs.some((r) => !r.error));
  const halted = runs.every((r) => r.error);
  if (halted) running = false;
  if (!unseen || halted) sendFrame(halted);
  if (running) setTimeout(loop, 0);
}

async function setup(spec: DataSpec, configs: RunConfig[]): Promise<void> {
  running = false;
  for (const r of runs) {
    r.dead?.remove();
    r.norms?.remove();
  }
  runs = [];
  data = await makeData(spec);
  const plane = data.features === 2;
  extent = plane ? planeExtent(data) : [0, 0, 0, 0];
  gridInput = plane ? makeGrid() : null;
  const labels = new Float32Array(plane ? data.rows : 0);
  if (plane) {
    for (let i = 0; i < data.rows; i++) labels[i] = data.y[i * data.targets];
  }
  post({
    type: "data",
    features: data.features,
    classes: data.classes ?? 0,
    task: data.task,
    points: plane ? data.x.slice() : new Float32Array(0),
    labels,
    extent,
    gridSize: GRID,
  });
  runs = configs.map((c) => buildRun(c, data!));
  sendFrame();
}

function curve(index: number, spec: string): void {
  const n = 241, xs: number[] = [];
  for (let i = 0; i < n; i++) xs.push(-6 + (12 * i) / (n - 1));
  try {
    const act = new R.Activation(spec, { registry, dtype: "float64", rng: new R.Rng(0) });
    const x = new R.Tensor(Float64Array.from(xs), [n], { requiresGrad: true });
    const y = act.call(x);
    y.sum().backward();
    const yd = Array.from(y.data), gd = Array.from(x.grad!.data);
    post({
      type: "curve",
      index,
      x: xs,
      y: yd.length === n ? yd : yd.slice(0, n),
      dy: gd,
      error: yd.length === n ? null : `${spec} changes the width (${n} → ${yd.length})`,
    });
  } catch (e) {
    post({ type: "curve", index, x: [], y: [], dy: [], error: (e as Error).message });
  }
}

// set before the library loads, so that no early message is lost: each waits its turn
let queue: Promise<void> = init().catch((e) => post({ type: "error", message: String(e) }));

scope.onmessage = (e: MessageEvent<Request>) => {
  const m = e.data;
  queue = queue.then(async () => {
    try {
      switch (m.type) {
        case "setup":
          await setup(m.data, m.configs);
          break;
        case "run":
          if (!running && data) {
            running = true;
            setTimeout(loop, 0);
          }
          break;
        case "drawn":
          unseen = false;
          break;
        case "pause":
          running = false;
          sendFrame();
          break;
        case "step":
          running = false;
          if (data) stepAll(m.steps);
          sendFrame();
          break;
        case "loadPlugin": {
          const names = await registry.load(m.url);
          post({ type: "plugin", url: m.url, names });
          catalog();
          break;
        }
        case "curve":
          curve(m.index, m.activation);
          break;
      }
    } catch (err) {
      post({ type: "error", message: (err as Error).message });
    }
  });
};
