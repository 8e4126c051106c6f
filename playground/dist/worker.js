// playground/src/worker.ts
var scope = globalThis;
var RECTIFY_URL = new URL("./rectify.js", import.meta.url).href;
var R;
var EVAL_EVERY = 10;
var GRID = 64;
var SLICE_MS = 40;
var registry;
var backendName = "js";
async function init() {
  R = await import(RECTIFY_URL);
  registry = R.createRegistry();
  try {
    R.setBackend(registry.create("backend", "wasm"));
    backendName = "wasm";
  } catch (e) {
    backendName = `js (wasm unavailable: ${e.message})`;
  }
  catalog();
}
var data = null;
var extent = [
  -1,
  1,
  -1,
  1
];
var gridInput = null;
var runs = [];
var running = false;
var unseen = false;
var digitsCache = null;
function post(message, transfer = []) {
  scope.postMessage(message, transfer);
}
function info(kind) {
  return registry.list(kind).map((name) => {
    const p = registry.get(kind, name);
    return {
      name,
      description: p.description,
      defaults: {
        ...p.defaults
      }
    };
  });
}
function catalog() {
  post({
    type: "catalog",
    backend: backendName,
    activations: info("activation"),
    optimizers: info("optimizer"),
    initializers: info("initializer"),
    schedules: info("schedule")
  });
}
async function makeData(spec) {
  const common = {
    noise: spec.noise,
    seed: spec.seed
  };
  switch (spec.name) {
    case "spiral":
      return R.spiral({
        pointsPerClass: 100,
        classes: 3,
        ...common
      });
    case "xor":
      return R.xor({
        n: 300,
        ...common
      });
    case "moons":
      return R.moons({
        n: 300,
        ...common
      });
    case "circles":
      return R.circles({
        n: 300,
        ...common
      });
    case "teacher":
      return R.teacher({
        n: 300,
        inputSize: 2,
        hidden: [
          8
        ],
        seed: spec.seed,
        noise: spec.noise
      });
    case "digits": {
      if (!digitsCache) {
        const url = new URL("./data/digits.csv", import.meta.url);
        const res = await fetch(url);
        if (!res.ok) throw new Error(`Cannot read ${url.pathname}: HTTP ${res.status}`);
        const raw = R.parseCsvDataset(await res.text(), {
          file: "data/digits.csv",
          label: "label"
        });
        digitsCache = R.standardize({
          ...raw,
          name: "digits"
        }, R.featureStats(raw));
      }
      return digitsCache;
    }
    default:
      throw new Error(`Unknown dataset ${JSON.stringify(spec.name)}`);
  }
}
function planeExtent(ds) {
  let a = Infinity, b = -Infinity, c = Infinity, d = -Infinity;
  for (let i = 0; i < ds.rows; i++) {
    const u = ds.x[2 * i], v = ds.x[2 * i + 1];
    if (u < a) a = u;
    if (u > b) b = u;
    if (v < c) c = v;
    if (v > d) d = v;
  }
  const pu = (b - a) * 0.1 || 1, pv = (d - c) * 0.1 || 1;
  return [
    a - pu,
    b + pu,
    c - pv,
    d + pv
  ];
}
function makeGrid() {
  const g = new Float32Array(GRID * GRID * 2);
  const [a, b, c, d] = extent;
  for (let r = 0; r < GRID; r++) {
    for (let col = 0; col < GRID; col++) {
      const i = r * GRID + col;
      g[2 * i] = a + (col + 0.5) / GRID * (b - a);
      g[2 * i + 1] = d - (r + 0.5) / GRID * (d - c);
    }
  }
  return new R.Tensor(g, [
    GRID * GRID,
    2
  ]);
}
function outputSize(ds) {
  return ds.task === "classification" ? ds.classes ?? 2 : ds.targets;
}
function buildRun(config, ds) {
  const run = {
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
    gradNorms: /* @__PURE__ */ new Map(),
    lastDead: [],
    error: null
  };
  try {
    const model = R.mlp({
      inputSize: ds.features,
      hidden: config.hidden,
      outputSize: outputSize(ds),
      activation: config.activation,
      initializer: config.initializer,
      rng: new R.Rng(config.seed),
      registry
    });
    const optimizer = new R.Optimizer(model.namedParameters(), config.optimizer, {
      registry
    });
    const schedule = registry.create("schedule", config.schedule);
    optimizer.applySchedule(schedule);
    run.model = model;
    run.optimizer = optimizer;
    run.schedule = schedule;
    run.dead = model.applyGradient("deadUnitMonitor", {
      registry
    });
    run.norms = model.applyGradient("gradNormMonitor", {
      registry
    });
    evaluate(run);
  } catch (e) {
    run.error = e.message;
  }
  return run;
}
function nextBatch(run, ds) {
  const size = Math.min(run.config.batchSize, ds.rows);
  if (run.cursor + size > ds.rows) {
    if (run.step > 0) {
      run.epoch++;
      run.schedule.step();
      run.optimizer.applySchedule(run.schedule);
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
function lossOf(ds, out, idx) {
  const rows = idx ? idx.length : ds.rows;
  if (ds.task === "classification") {
    const y2 = new Float32Array(rows);
    for (let i = 0; i < rows; i++) y2[i] = ds.y[idx ? idx[i] : i];
    return R.softmaxCrossEntropy(out, y2);
  }
  const t = ds.targets, y = new Float32Array(rows * t);
  for (let i = 0; i < rows; i++) {
    const r = idx ? idx[i] : i;
    for (let j = 0; j < t; j++) y[i * t + j] = ds.y[r * t + j];
  }
  return R.mse(out, new R.Tensor(y, [
    rows,
    t
  ]));
}
function trainStep(run, ds) {
  if (run.error || !run.model) return;
  const idx = nextBatch(run, ds);
  const f = ds.features, x = new Float32Array(idx.length * f);
  for (let i = 0; i < idx.length; i++) x.set(ds.x.subarray(idx[i] * f, idx[i] * f + f), i * f);
  run.optimizer.zeroGrad();
  const loss = lossOf(ds, run.model.call(new R.Tensor(x, [
    idx.length,
    f
  ])), idx);
  loss.backward();
  run.optimizer.step();
  run.step++;
  if (!Number.isFinite(loss.data[0])) {
    run.error = `the loss became ${loss.data[0]} at step ${run.step}`;
  }
  if (run.step % EVAL_EVERY === 0) evaluate(run);
}
function evaluate(run) {
  const ds = data, model = run.model;
  run.dead.reset();
  const { loss, accuracy } = R.noGrad(() => {
    const out = model.call(new R.Tensor(ds.x, [
      ds.rows,
      ds.features
    ]));
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
    return {
      loss: l,
      accuracy: acc
    };
  });
  run.lastDead = run.dead.read().map((l) => ({
    layer: l.name,
    fraction: l.fraction
  }));
  run.history.push({
    step: run.step,
    loss,
    accuracy
  });
  const report = run.norms.read();
  run.norms.reset();
  for (const [name, list] of Object.entries(report)) {
    if (!name.endsWith(".weight") || list.length === 0) continue;
    const layer = name.slice(0, -".weight".length);
    if (!run.gradNorms.has(layer)) run.gradNorms.set(layer, []);
    run.gradNorms.get(layer).push(list[list.length - 1]);
  }
}
function frameOf(run) {
  let grid = null;
  if (run.model && !run.error && gridInput && data) {
    const ds = data;
    grid = R.noGrad(() => {
      const out = run.model.call(gridInput);
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
    run.dead.reset();
  }
  return {
    step: run.step,
    epoch: run.epoch,
    lr: run.optimizer?.groups?.[0]?.lr ?? NaN,
    history: run.history,
    dead: run.lastDead,
    gradNorms: [
      ...run.gradNorms
    ].map(([layer, norms]) => ({
      layer,
      norms
    })),
    evalEvery: EVAL_EVERY,
    grid,
    error: run.error
  };
}
function sendFrame(halted = false) {
  unseen = true;
  post({
    type: "frame",
    halted,
    runs: runs.map(frameOf)
  });
}
function stepAll(steps) {
  for (let s = 0; s < steps; s++) for (const run of runs) trainStep(run, data);
}
function loop() {
  if (!running || !data) return;
  const until = performance.now() + SLICE_MS;
  do
    stepAll(1);
  while (performance.now() < until && runs.some((r) => !r.error));
  const halted = runs.every((r) => r.error);
  if (halted) running = false;
  if (!unseen || halted) sendFrame(halted);
  if (running) setTimeout(loop, 0);
}
async function setup(spec, configs) {
  running = false;
  for (const r of runs) {
    r.dead?.remove();
    r.norms?.remove();
  }
  runs = [];
  data = await makeData(spec);
  const plane = data.features === 2;
  extent = plane ? planeExtent(data) : [
    0,
    0,
    0,
    0
  ];
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
    gridSize: GRID
  });
  runs = configs.map((c) => buildRun(c, data));
  sendFrame();
}
function curve(index, spec) {
  const n = 241, xs = [];
  for (let i = 0; i < n; i++) xs.push(-6 + 12 * i / (n - 1));
  try {
    const act = new R.Activation(spec, {
      registry,
      dtype: "float64",
      rng: new R.Rng(0)
    });
    const x = new R.Tensor(Float64Array.from(xs), [
      n
    ], {
      requiresGrad: true
    });
    const y = act.call(x);
    y.sum().backward();
    const yd = Array.from(y.data), gd = Array.from(x.grad.data);
    post({
      type: "curve",
      index,
      x: xs,
      y: yd.length === n ? yd : yd.slice(0, n),
      dy: gd,
      error: yd.length === n ? null : `${spec} changes the width (${n} \u2192 ${yd.length})`
    });
  } catch (e) {
    post({
      type: "curve",
      index,
      x: [],
      y: [],
      dy: [],
      error: e.message
    });
  }
}
var queue = init().catch((e) => post({
  type: "error",
  message: String(e)
}));
scope.onmessage = (e) => {
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
          post({
            type: "plugin",
            url: m.url,
            names
          });
          catalog();
          break;
        }
        case "curve":
          curve(m.index, m.activation);
          break;
      }
    } catch (err) {
      post({
        type: "error",
        message: err.message
      });
    }
  });
};
