// playground/src/charts.ts
var RUN_COLORS = [
  "#1f5fa8",
  "#c2410c",
  "#15803d",
  "#7e22ce"
];
var CLASS_COLORS = [
  [
    31,
    95,
    168
  ],
  [
    194,
    65,
    12
  ],
  [
    21,
    128,
    61
  ],
  [
    126,
    34,
    206
  ],
  [
    190,
    24,
    93
  ],
  [
    14,
    116,
    144
  ],
  [
    161,
    98,
    7
  ],
  [
    71,
    85,
    105
  ],
  [
    220,
    38,
    38
  ],
  [
    101,
    163,
    13
  ]
];
function fmt(v) {
  if (v === 0) return "0";
  const a = Math.abs(v);
  if (a >= 1e3 && a < 1e6) return String(Math.round(v));
  if (a >= 1e6 || a < 0.01) return v.toExponential(0);
  return String(Number(v.toPrecision(2)));
}
function lineChart(canvas, series, options) {
  const ctx = canvas.getContext("2d");
  const w = canvas.width, h = canvas.height;
  const left = 46, right = 8, top = 22, bottom = 20;
  ctx.clearRect(0, 0, w, h);
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, 0, w, h);
  ctx.font = "12px system-ui, sans-serif";
  ctx.fillStyle = "#222";
  ctx.fillText(options.title, 4, 14);
  const ty = (v) => options.logY ? Math.log10(Math.max(v, 1e-12)) : v;
  let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
  for (const s of series) {
    for (const [x, y] of s.points) {
      x0 = Math.min(x0, x);
      x1 = Math.max(x1, x);
      if (!Number.isFinite(y) || options.logY && y <= 0) continue;
      y0 = Math.min(y0, ty(y));
      y1 = Math.max(y1, ty(y));
    }
  }
  if (options.xRange) [x0, x1] = options.xRange;
  if (options.yRange) [y0, y1] = options.yRange.map(ty);
  if (!(x1 > x0)) [x0, x1] = [
    0,
    Math.max(1, x0 || 1)
  ];
  if (!(y1 > y0)) [y0, y1] = Number.isFinite(y0) ? [
    y0 - 1,
    y0 + 1
  ] : [
    0,
    1
  ];
  const px = (x) => left + (x - x0) / (x1 - x0) * (w - left - right);
  const py = (y) => top + (1 - (ty(y) - y0) / (y1 - y0)) * (h - top - bottom);
  ctx.strokeStyle = "#999";
  ctx.lineWidth = 1;
  ctx.strokeRect(left, top, w - left - right, h - top - bottom);
  ctx.fillStyle = "#444";
  for (let i = 0; i <= 2; i++) {
    const t = y0 + (y1 - y0) * i / 2;
    const v = options.logY ? 10 ** t : t;
    ctx.fillText(fmt(v), 2, top + (1 - i / 2) * (h - top - bottom) + 4);
  }
  ctx.fillText(fmt(x0), left, h - 5);
  const xl = fmt(x1);
  ctx.fillText(xl, w - right - ctx.measureText(xl).width, h - 5);
  if (options.zeroAxes) {
    ctx.strokeStyle = "#ccc";
    ctx.beginPath();
    if (x0 < 0 && x1 > 0) {
      ctx.moveTo(px(0), top);
      ctx.lineTo(px(0), h - bottom);
    }
    if (y0 < 0 && y1 > 0) {
      ctx.moveTo(left, py(0));
      ctx.lineTo(w - right, py(0));
    }
    ctx.stroke();
  }
  ctx.save();
  ctx.beginPath();
  ctx.rect(left, top, w - left - right, h - top - bottom);
  ctx.clip();
  for (const s of series) {
    ctx.strokeStyle = s.color;
    ctx.lineWidth = 2;
    ctx.setLineDash(s.dashed ? [
      5,
      4
    ] : []);
    ctx.beginPath();
    let started = false;
    for (const [x, y] of s.points) {
      if (!Number.isFinite(y) || options.logY && y <= 0) {
        started = false;
        continue;
      }
      if (started) ctx.lineTo(px(x), py(y));
      else ctx.moveTo(px(x), py(y));
      started = true;
    }
    ctx.stroke();
  }
  ctx.restore();
  ctx.setLineDash([]);
  let lx = Math.max(left, 12 + ctx.measureText(options.title).width);
  for (const s of series) {
    if (!s.label) continue;
    ctx.strokeStyle = s.color;
    ctx.setLineDash(s.dashed ? [
      5,
      4
    ] : []);
    ctx.beginPath();
    ctx.moveTo(lx, 10);
    ctx.lineTo(lx + 16, 10);
    ctx.stroke();
    ctx.fillStyle = "#222";
    ctx.fillText(s.label, lx + 20, 14);
    lx += 28 + ctx.measureText(s.label).width;
  }
  ctx.setLineDash([]);
}
function boundary(canvas, d) {
  const ctx = canvas.getContext("2d");
  const n = d.gridSize, img = new ImageData(n, n);
  let lo = Infinity, hi = -Infinity;
  if (d.task === "regression") {
    for (const v of d.labels) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  }
  for (let i = 0; i < n * n; i++) {
    let r, g, b, a;
    if (d.task === "classification") {
      const c = CLASS_COLORS[d.grid[2 * i] % CLASS_COLORS.length];
      a = 0.25 + 0.55 * Math.max(0, Math.min(1, d.grid[2 * i + 1]));
      [r, g, b] = c;
    } else {
      const t = Math.max(0, Math.min(1, (d.grid[2 * i] - lo) / (hi - lo || 1)));
      [r, g, b] = [
        Math.round(31 + t * 163),
        Math.round(95 - t * 30),
        Math.round(168 - t * 156)
      ];
      a = 0.7;
    }
    img.data[4 * i] = Math.round(255 - a * (255 - r));
    img.data[4 * i + 1] = Math.round(255 - a * (255 - g));
    img.data[4 * i + 2] = Math.round(255 - a * (255 - b));
    img.data[4 * i + 3] = 255;
  }
  const off = new OffscreenCanvas(n, n);
  off.getContext("2d").putImageData(img, 0, 0);
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(off, 0, 0, canvas.width, canvas.height);
  const [a0, a1, b0, b1] = d.extent;
  for (let i = 0; i < d.labels.length; i++) {
    const x = (d.points[2 * i] - a0) / (a1 - a0) * canvas.width;
    const y = (1 - (d.points[2 * i + 1] - b0) / (b1 - b0)) * canvas.height;
    let fill;
    if (d.task === "classification") {
      const [r, g, b] = CLASS_COLORS[d.labels[i] % CLASS_COLORS.length];
      fill = `rgb(${r},${g},${b})`;
    } else {
      const t = (d.labels[i] - lo) / (hi - lo || 1);
      fill = `rgb(${Math.round(31 + t * 163)},${Math.round(95 - t * 30)},${Math.round(168 - t * 156)})`;
    }
    ctx.beginPath();
    ctx.arc(x, y, 3, 0, 2 * Math.PI);
    ctx.fillStyle = fill;
    ctx.fill();
    ctx.strokeStyle = "#fff";
    ctx.lineWidth = 1;
    ctx.stroke();
  }
}

// playground/src/app.ts
var DATASETS = [
  "spiral",
  "xor",
  "moons",
  "circles",
  "teacher",
  "digits"
];
var NAMES = [
  "A",
  "B"
];
var DEFAULTS = [
  {
    activation: "relu",
    optimizer: "adam:lr=0.01",
    initializer: "heUniform",
    schedule: "constant",
    hidden: [
      16,
      16
    ],
    batchSize: 16,
    seed: 0
  },
  {
    activation: "leakyRelu",
    optimizer: "adam:lr=0.01",
    initializer: "heUniform",
    schedule: "constant",
    hidden: [
      16,
      16
    ],
    batchSize: 16,
    seed: 0
  }
];
var $ = (id) => document.getElementById(id);
var worker = new Worker(new URL("./worker.js", import.meta.url), {
  type: "module"
});
var timings = {
  firstStep: null,
  catalog: null
};
globalThis.playgroundTimings = timings;
var catalog = null;
var dataInfo = null;
var running = false;
var plugins = [];
var state = readHash();
if (state.plugins.length === 0) start();
var R = await import(new URL("./rectify.js", import.meta.url).href);
function readHash() {
  const p = new URLSearchParams(location.hash.slice(1));
  const num = (k, d) => p.has(k) && p.get(k) !== "" ? Number(p.get(k)) : d;
  const configs = DEFAULTS.map((d, i) => ({
    activation: p.get(`act${i}`) ?? d.activation,
    optimizer: p.get(`opt${i}`) ?? d.optimizer,
    initializer: p.get(`init${i}`) ?? d.initializer,
    schedule: p.get(`sched${i}`) ?? d.schedule,
    hidden: p.has(`layers${i}`) ? parseLayers(p.get(`layers${i}`)) ?? d.hidden : d.hidden,
    batchSize: num(`batch${i}`, d.batchSize),
    seed: num(`seed${i}`, d.seed)
  }));
  const name = p.get("data");
  return {
    data: {
      name: DATASETS.includes(name) ? name : "spiral",
      noise: num("noise", 0.2),
      seed: num("dseed", 0)
    },
    configs,
    run: p.get("run") === "1",
    plugins: p.getAll("plugin")
  };
}
function writeHash() {
  const p = new URLSearchParams();
  p.set("data", state.data.name);
  p.set("noise", String(state.data.noise));
  p.set("dseed", String(state.data.seed));
  state.configs.forEach((c, i) => {
    p.set(`act${i}`, c.activation);
    p.set(`opt${i}`, c.optimizer);
    p.set(`init${i}`, c.initializer);
    p.set(`sched${i}`, c.schedule);
    p.set(`layers${i}`, c.hidden.join(","));
    p.set(`batch${i}`, String(c.batchSize));
    p.set(`seed${i}`, String(c.seed));
  });
  for (const u of plugins) p.append("plugin", u);
  history.replaceState(null, "", "#" + p.toString());
}
function parseLayers(s) {
  const parts = s.split(",").map((x) => x.trim()).filter((x) => x !== "");
  if (parts.length === 0 || parts.some((x) => !/^\d+$/.test(x) || Number(x) < 1 || Number(x) > 512)) {
    return null;
  }
  return parts.map(Number);
}
function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}
function specOf(name, box, info) {
  const parts = [];
  for (const input of box.querySelectorAll("input[data-option]")) {
    const key = input.dataset.option;
    const def = info?.defaults[key];
    const v = input.type === "checkbox" ? String(input.checked) : input.value.trim();
    const d = Array.isArray(def) ? def.join("/") : String(def);
    if (v !== "" && v !== d) parts.push(`${key}=${v}`);
  }
  return parts.length ? `${name}:${parts.join(",")}` : name;
}
function pluginField(i, kind, label) {
  const id = `${kind}-${i}`;
  const select = el("select", {
    id,
    "data-kind": kind
  });
  const options = el("div", {
    class: "options",
    id: `${id}-options`
  });
  const wrap = el("div", {
    class: "field"
  }, el("label", {
    for: id
  }, label), select, el("p", {
    class: "desc",
    id: `${id}-desc`
  }), options);
  select.setAttribute("aria-describedby", `${id}-desc`);
  return wrap;
}
function fillPluginField(i, kind, spec) {
  const id = `${kind}-${i}`;
  const select = $(id);
  const list = catalog[kind];
  let name = spec, given = {};
  try {
    const parsed = R.parseSpec(spec);
    name = parsed.name;
    given = parsed.options;
  } catch {
  }
  select.replaceChildren(...list.map((p) => el("option", {
    value: p.name
  }, p.name)));
  if (!list.some((p) => p.name === name)) select.append(el("option", {
    value: name
  }, name));
  select.value = name;
  const info = list.find((p) => p.name === name);
  $(`${id}-desc`).textContent = info?.description ?? "not registered (load its plugin)";
  const box = $(`${id}-options`);
  box.replaceChildren();
  for (const [key, def] of Object.entries(info?.defaults ?? {})) {
    const oid = `${id}-opt-${key}`;
    const v = key in given ? given[key] : def;
    const input = el("input", {
      id: oid,
      "data-option": key
    });
    if (typeof def === "boolean") {
      input.type = "checkbox";
      input.checked = v === true;
    } else if (typeof def === "number") {
      input.type = "number";
      input.step = "any";
      input.value = String(v);
    } else {
      input.type = "text";
      input.value = Array.isArray(v) ? v.join("/") : String(v);
    }
    box.append(el("span", {
      class: "opt"
    }, el("label", {
      for: oid
    }, key), input));
  }
}
function configColumn(i) {
  const h = el("h2", {}, el("span", {
    class: "swatch",
    style: `background:${RUN_COLORS[i]}`
  }), `Configuration ${NAMES[i]}`);
  const form = el("fieldset", {
    class: "config-form"
  }, el("legend", {}, `Settings of ${NAMES[i]}`), pluginField(i, "activation", "Activation"), pluginField(i, "optimizer", "Optimizer"), pluginField(i, "initializer", "Initializer"), pluginField(i, "schedule", "Schedule (per epoch)"), el("div", {
    class: "field row"
  }, el("span", {
    class: "opt"
  }, el("label", {
    for: `layers-${i}`
  }, "Hidden widths"), el("input", {
    id: `layers-${i}`,
    type: "text",
    inputmode: "numeric",
    "aria-describedby": "layers-help"
  })), el("span", {
    class: "opt"
  }, el("label", {
    for: `batch-${i}`
  }, "Batch size"), el("input", {
    id: `batch-${i}`,
    type: "number",
    min: "1",
    step: "1"
  })), el("span", {
    class: "opt"
  }, el("label", {
    for: `seed-${i}`
  }, "Seed"), el("input", {
    id: `seed-${i}`,
    type: "number",
    step: "1"
  }))));
  const views = el("div", {
    class: "views"
  }, el("figure", {}, el("canvas", {
    id: `boundary-${i}`,
    width: "240",
    height: "240",
    role: "img",
    "aria-label": "decision boundary"
  }), el("figcaption", {
    id: `boundary-cap-${i}`
  }, "Decision boundary over the input plane")), el("figure", {}, el("canvas", {
    id: `curve-${i}`,
    width: "300",
    height: "160",
    role: "img",
    "aria-label": "activation and derivative"
  }), el("figcaption", {
    id: `curve-cap-${i}`
  }, "Activation (solid) and its derivative (dashed)")), el("figure", {
    class: "wide"
  }, el("canvas", {
    id: `grad-${i}`,
    width: "580",
    height: "150",
    role: "img",
    "aria-label": "gradient norm per layer"
  }), el("figcaption", {}, "Gradient norm of each layer's weights (log scale; gaps: exactly zero)")), el("figure", {
    class: "dead wide"
  }, el("figcaption", {}, "Dead units per activation layer (input \u2264 0 on every example)"), el("ul", {
    id: `dead-${i}`,
    class: "dead-list"
  })));
  return el("section", {
    class: "config",
    id: `config-${i}`,
    "aria-labelledby": `config-${i}-h`
  }, h, el("p", {
    class: "error",
    id: `error-${i}`,
    role: "alert"
  }), form, views);
}
function fillForm() {
  $("dataset").value = state.data.name;
  $("noise").value = String(state.data.noise);
  $("data-seed").value = String(state.data.seed);
  state.configs.forEach((c, i) => {
    fillPluginField(i, "activation", c.activation);
    fillPluginField(i, "optimizer", c.optimizer);
    fillPluginField(i, "initializer", c.initializer);
    fillPluginField(i, "schedule", c.schedule);
    $(`layers-${i}`).value = c.hidden.join(",");
    $(`batch-${i}`).value = String(c.batchSize);
    $(`seed-${i}`).value = String(c.seed);
  });
}
function readForm() {
  state.data = {
    name: $("dataset").value,
    noise: Number($("noise").value) || 0,
    seed: Math.trunc(Number($("data-seed").value)) || 0
  };
  state.configs = state.configs.map((c, i) => {
    const spec = (kind) => {
      const id = `${kind}-${i}`;
      const name = $(id).value;
      return specOf(name, $(`${id}-options`), catalog[kind].find((p) => p.name === name));
    };
    const layers = parseLayers($(`layers-${i}`).value);
    $(`layers-${i}`).setAttribute("aria-invalid", String(layers === null));
    return {
      activation: spec("activation"),
      optimizer: spec("optimizer"),
      initializer: spec("initializer"),
      schedule: spec("schedule"),
      hidden: layers ?? c.hidden,
      batchSize: Math.max(1, Math.trunc(Number($(`batch-${i}`).value)) || c.batchSize),
      seed: Math.trunc(Number($(`seed-${i}`).value)) || 0
    };
  });
}
function setRunning(on) {
  running = on;
  const b = $("train");
  b.textContent = on ? "Pause" : "Train";
  b.setAttribute("aria-pressed", String(on));
}
function reset() {
  setRunning(false);
  writeHash();
  worker.postMessage({
    type: "setup",
    data: state.data,
    configs: state.configs
  });
  state.configs.forEach((c, i) => worker.postMessage({
    type: "curve",
    index: i,
    activation: c.activation
  }));
}
function status(text) {
  $("status").textContent = text;
}
function drawFrame(runs) {
  const loss = [], acc = [];
  const rows = [];
  runs.forEach((r, i) => {
    const label = `${NAMES[i]}: ${state.configs[i].activation}`;
    loss.push({
      color: RUN_COLORS[i],
      points: r.history.map((h) => [
        h.step,
        h.loss
      ]),
      label
    });
    acc.push({
      color: RUN_COLORS[i],
      points: r.history.map((h) => [
        h.step,
        h.accuracy
      ]),
      label
    });
    $(`error-${i}`).textContent = r.error ?? "";
    const last = r.history[r.history.length - 1];
    if (r.grid && dataInfo && dataInfo.points.length) {
      boundary($(`boundary-${i}`), {
        gridSize: dataInfo.gridSize,
        grid: r.grid,
        task: dataInfo.task,
        points: dataInfo.points,
        labels: dataInfo.labels,
        extent: dataInfo.extent
      });
    }
    const gs = r.gradNorms.map((g, j) => ({
      color: `hsl(${j * 360 / Math.max(1, r.gradNorms.length) + i * 20}, 65%, 40%)`,
      points: g.norms.map((v, k) => [
        (k + 1) * r.evalEvery,
        v
      ]),
      label: `layer ${g.layer}`
    }));
    lineChart($(`grad-${i}`), gs, {
      title: "\u2016\u2207W\u2016",
      logY: true
    });
    const latest = r.gradNorms.map((g) => `${g.layer}: ${(g.norms[g.norms.length - 1] ?? NaN).toExponential(2)}`);
    $(`grad-${i}`).setAttribute("aria-label", `gradient norm per layer at step ${r.step}: ${latest.join(", ")}`);
    $(`dead-${i}`).replaceChildren(...r.dead.map((d, j) => el("li", {}, el("span", {
      class: "bar-label"
    }, `activation ${j + 1} (module ${d.layer})`), el("span", {
      class: "bar",
      role: "meter",
      "aria-valuemin": "0",
      "aria-valuemax": "100",
      "aria-valuenow": String(Math.round(d.fraction * 100)),
      "aria-label": `dead units in activation ${j + 1}`
    }, el("span", {
      class: "fill",
      style: `width:${d.fraction * 100}%;background:${RUN_COLORS[i]}`
    })), el("span", {
      class: "bar-value"
    }, `${(d.fraction * 100).toFixed(0)}%`))));
    const tr = el("tr", {
      "data-step": String(r.step),
      "data-loss": String(last?.loss ?? NaN),
      "data-first-loss": String(r.history[0]?.loss ?? NaN),
      "data-best-loss": String(Math.min(...r.history.map((h) => h.loss))),
      "data-dead": JSON.stringify(r.dead.map((d) => d.fraction)),
      "data-grad-points": String(r.gradNorms.reduce((s, g) => s + g.norms.length, 0))
    }, el("th", {
      scope: "row"
    }, `${NAMES[i]}: ${state.configs[i].activation}`), el("td", {}, String(r.step)), el("td", {}, String(r.epoch)), el("td", {}, Number.isFinite(r.lr) ? String(Number(r.lr.toPrecision(3))) : "\u2014"), el("td", {}, last ? last.loss.toFixed(4) : "\u2014"), el("td", {}, last && Number.isFinite(last.accuracy) ? `${(last.accuracy * 100).toFixed(1)}%` : "\u2014"), el("td", {}, r.dead.map((d) => `${(d.fraction * 100).toFixed(0)}%`).join(" / ") || "\u2014"));
    rows.push(tr);
  });
  lineChart($("loss"), loss, {
    title: "Loss on all data (log scale)",
    logY: true
  });
  const regression = dataInfo?.task === "regression";
  lineChart($("accuracy"), regression ? [] : acc, {
    title: regression ? "Accuracy (not defined for regression)" : "Accuracy on all data",
    yRange: [
      0,
      1
    ]
  });
  $("summary-body").replaceChildren(...rows);
  if (timings.firstStep === null && runs.some((r) => r.step > 0)) {
    timings.firstStep = performance.now();
  }
}
worker.onmessage = (e) => {
  const m = e.data;
  switch (m.type) {
    case "catalog": {
      const first = catalog === null;
      catalog = {
        activation: m.activations,
        optimizer: m.optimizers,
        initializer: m.initializers,
        schedule: m.schedules
      };
      $("backend").textContent = `Backend: ${m.backend}. ${m.activations.length} activations, ${m.optimizers.length} optimizers.`;
      if (first) {
        timings.catalog = performance.now();
        fillForm();
        if (state.plugins.length > 0) loadPlugins(state.plugins).then(start);
      } else fillForm();
      break;
    }
    case "data":
      dataInfo = m;
      for (let i = 0; i < NAMES.length; i++) {
        const c = $(`boundary-${i}`);
        c.closest("figure").hidden = m.points.length === 0;
      }
      break;
    case "frame":
      if (m.halted) setRunning(false);
      drawFrame(m.runs);
      worker.postMessage({
        type: "drawn"
      });
      break;
    case "curve": {
      const c = $(`curve-${m.index}`);
      const pts = (ys) => m.x.map((x, k) => [
        x,
        ys[k]
      ]);
      lineChart(c, m.error ? [] : [
        {
          color: RUN_COLORS[m.index],
          points: pts(m.y),
          label: "f(x)"
        },
        {
          color: "#555",
          points: pts(m.dy),
          dashed: true,
          label: "f\u2032(x)"
        }
      ], {
        title: m.error ? `cannot plot: ${m.error}` : state.configs[m.index].activation,
        zeroAxes: true
      });
      break;
    }
    case "plugin":
      $("plugin-status").textContent = `Loaded ${m.names.join(", ")} from ${m.url}`;
      break;
    case "error":
      $("plugin-status").textContent = m.message;
      status(m.message);
      break;
  }
};
function loadPlugin(url) {
  const abs = new URL(url, location.href).href;
  return new Promise((resolve) => {
    const listener = (e) => {
      if (e.data.type === "plugin" || e.data.type === "error") {
        worker.removeEventListener("message", listener);
        if (e.data.type === "plugin" && !plugins.includes(abs)) plugins.push(abs);
        resolve(e.data.type === "plugin");
      }
    };
    worker.addEventListener("message", listener);
    worker.postMessage({
      type: "loadPlugin",
      url: abs
    });
  });
}
async function loadPlugins(urls) {
  for (const u of urls) await loadPlugin(u);
}
function start() {
  reset();
  if (state.run) {
    setRunning(true);
    worker.postMessage({
      type: "run"
    });
  }
}
function build() {
  const columns = $("columns");
  columns.replaceChildren(...NAMES.map((_, i) => configColumn(i)));
  $("dataset").replaceChildren(...DATASETS.map((d) => el("option", {
    value: d
  }, d === "teacher" ? "teacher-student" : d)));
  document.addEventListener("change", (e) => {
    const t = e.target;
    if (t.closest("#plugin-form")) return;
    if (t instanceof HTMLSelectElement && t.dataset.kind) {
      const i = Number(t.id.split("-").pop());
      fillPluginField(i, t.dataset.kind, t.value);
    }
    readForm();
    reset();
    status("Settings changed: both configurations start over.");
  });
  $("train").addEventListener("click", () => {
    setRunning(!running);
    worker.postMessage({
      type: running ? "run" : "pause"
    });
  });
  $("step").addEventListener("click", () => {
    setRunning(false);
    worker.postMessage({
      type: "step",
      steps: 1
    });
  });
  $("reset").addEventListener("click", () => {
    reset();
    status("Reset: both configurations start over.");
  });
  $("share").addEventListener("click", async () => {
    writeHash();
    try {
      await navigator.clipboard.writeText(location.href);
      status("Link copied: it opens this comparison.");
    } catch {
      status(`Share this link: ${location.href}`);
    }
  });
  $("plugin-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    const url = $("plugin-url").value.trim();
    if (url === "") return;
    if (await loadPlugin(url)) writeHash();
  });
}
build();
