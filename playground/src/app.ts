/// <reference lib="dom" />
/**
 * The playground page: controls for two configurations, the live views, the
 * state in the URL's hash. Training runs in `worker.js`; this file only
 * draws and talks to it.
 *
 * @module
 */

import { boundary, lineChart, RUN_COLORS, type Series } from "./charts.ts";
import type { DatasetName, DataSpec, PluginInfo, Reply, RunConfig, RunFrame } from "./protocol.ts";

type Rectify = typeof import("./rectify.ts");

const DATASETS: DatasetName[] = ["spiral", "xor", "moons", "circles", "teacher", "digits"];
const NAMES = ["A", "B"];
const DEFAULTS: RunConfig[] = [
  {
    activation: "relu",
    optimizer: "adam:lr=0.01",
    initializer: "heUniform",
    schedule: "constant",
    hidden: [16, 16],
    batchSize: 16,
    seed: 0,
  },
  {
    activation: "leakyRelu",
    optimizer: "adam:lr=0.01",
    initializer: "heUniform",
    schedule: "constant",
    hidden: [16, 16],
    batchSize: 16,
    seed: 0,
  },
];

interface Catalog {
  activation: PluginInfo[];
  optimizer: PluginInfo[];
  initializer: PluginInfo[];
  schedule: PluginInfo[];
}
type Kind = keyof Catalog;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
// the worker starts first: it loads the library while the page does
const worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
const timings: { firstStep: number | null; catalog: number | null } = {
  firstStep: null,
  catalog: null,
};
(globalThis as unknown as { playgroundTimings: typeof timings }).playgroundTimings = timings;

let catalog: Catalog | null = null;
let dataInfo: Extract<Reply, { type: "data" }> | null = null;
let running = false;
const plugins: string[] = [];
const state = readHash();
if (state.plugins.length === 0) start(); // before the catalog: the first step comes sooner
const R: Rectify = await import(new URL("./rectify.js", import.meta.url).href);

function readHash(): { data: DataSpec; configs: RunConfig[]; run: boolean; plugins: string[] } {
  const p = new URLSearchParams(location.hash.slice(1));
  const num = (k: string, d: number) => p.has(k) && p.get(k) !== "" ? Number(p.get(k)) : d;
  const configs = DEFAULTS.map((d, i) => ({
    activation: p.get(`act${i}`) ?? d.activation,
    optimizer: p.get(`opt${i}`) ?? d.optimizer,
    initializer: p.get(`init${i}`) ?? d.initializer,
    schedule: p.get(`sched${i}`) ?? d.schedule,
    hidden: p.has(`layers${i}`) ? parseLayers(p.get(`layers${i}`)!) ?? d.hidden : d.hidden,
    batchSize: num(`batch${i}`, d.batchSize),
    seed: num(`seed${i}`, d.seed),
  }));
  const name = p.get("data") as DatasetName;
  return {
    data: {
      name: DATASETS.includes(name) ? name : "spiral",
      noise: num("noise", 0.2),
      seed: num("dseed", 0),
    },
    configs,
    run: p.get("run") === "1",
    plugins: p.getAll("plugin"),
  };
}

function writeHash(): void {
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

function parseLayers(s: string): number[] | null {
  const parts = s.split(",").map((x) => x.trim()).filter((x) => x !== "");
  if (
    parts.length === 0 || parts.some((x) => !/^\d+$/.test(x) || Number(x) < 1 || Number(x) > 512)
  ) {
    return null;
  }
  return parts.map(Number);
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

/** Build a spec string from a name and the option inputs that differ from the defaults. */
function specOf(name: string, box: HTMLElement, info: PluginInfo | undefined): string {
  const parts: string[] = [];
  for (const input of box.querySelectorAll<HTMLInputElement>("input[data-option]")) {
    const key = input.dataset.option!;
    const def = info?.defaults[key];
    const v = input.type === "checkbox" ? String(input.checked) : input.value.trim();
    const d = Array.isArray(def) ? def.join("/") : String(def);
    if (v !== "" && v !== d) parts.push(`${key}=${v}`);
  }
  return parts.length ? `${name}:${parts.join(",")}` : name;
}

/** One plugin picker: a select and its option inputs. */
function pluginField(i: number, kind: Kind, label: string): HTMLElement {
  const id = `${kind}-${i}`;
  const select = el("select", { id, "data-kind": kind });
  const options = el("div", { class: "options", id: `${id}-options` });
  const wrap = el(
    "div",
    { class: "field" },
    el("label", { for: id }, label),
    select,
    el("p", { class: "desc", id: `${id}-desc` }),
    options,
  );
  select.setAttribute("aria-describedby", `${id}-desc`);
  return wrap;
}

function fillPluginField(i: number, kind: Kind, spec: string): void {
  const id = `${kind}-${i}`;
  const select = $<HTMLSelectElement>(id);
  const list = catalog![kind];
  let name = spec, given: Record<string, unknown> = {};
  try {
    const parsed = R.parseSpec(spec);
    name = parsed.name;
    given = parsed.options;
  } catch { /* shown by the worker */ }
  select.replaceChildren(...list.map((p) => el("option", { value: p.name }, p.name)));
  if (!list.some((p) => p.name === name)) select.append(el("option", { value: name }, name));
  select.value = name;
  const info = list.find((p) => p.name === name);
  $(`${id}-desc`).textContent = info?.description ?? "not registered (load its plugin)";
  const box = $(`${id}-options`);
  box.replaceChildren();
  for (const [key, def] of Object.entries(info?.defaults ?? {})) {
    const oid = `${id}-opt-${key}`;
    const v = key in given ? given[key] : def;
    const input = el("input", { id: oid, "data-option": key });
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
    box.append(el("span", { class: "opt" }, el("label", { for: oid }, key), input));
  }
}

function configColumn(i: number): HTMLElement {
  const h = el(
    "h2",
    {},
    el("span", { class: "swatch", style: `background:${RUN_COLORS[i]}` }),
    `Configuration ${NAMES[i]}`,
  );
  const form = el(
    "fieldset",
    { class: "config-form" },
    el("legend", {}, `Settings of ${NAMES[i]}`),
    pluginField(i, "activation", "Activation"),
    pluginField(i, "optimizer", "Optimizer"),
    pluginField(i, "initializer", "Initializer"),
    pluginField(i, "schedule", "Schedule (per epoch)"),
    el(
      "div",
      { class: "field row" },
      el(
        "span",
        { class: "opt" },
        el("label", { for: `layers-${i}` }, "Hidden widths"),
        el("input", {
          id: `layers-${i}`,
          type: "text",
          inputmode: "numeric",
          "aria-describedby": "layers-help",
        }),
      ),
      el(
        "span",
        { class: "opt" },
        el("label", { for: `batch-${i}` }, "Batch size"),
        el("input", { id: `batch-${i}`, type: "number", min: "1", step: "1" }),
      ),
      el(
        "span",
        { class: "opt" },
        el("label", { for: `seed-${i}` }, "Seed"),
        el("input", { id: `seed-${i}`, type: "number", step: "1" }),
      ),
    ),
  );
  const views = el(
    "div",
    { class: "views" },
    el(
      "figure",
      {},
      el("canvas", {
        id: `boundary-${i}`,
        width: "240",
        height: "240",
        role: "img",
        "aria-label": "decision boundary",
      }),
      el("figcaption", { id: `boundary-cap-${i}` }, "Decision boundary over the input plane"),
    ),
    el(
      "figure",
      {},
      el("canvas", {
        id: `curve-${i}`,
        width: "300",
        height: "160",
        role: "img",
        "aria-label": "activation and derivative",
      }),
      el("figcaption", { id: `curve-cap-${i}` }, "Activation (solid) and its derivative (dashed)"),
    ),
    el(
      "figure",
      { class: "wide" },
      el("canvas", {
        id: `grad-${i}`,
        width: "580",
        height: "150",
        role: "img",
        "aria-label": "gradient norm per layer",
      }),
      el("figcaption", {}, "Gradient norm of each layer's weights (log scale; gaps: exactly zero)"),
    ),
    el(
      "figure",
      { class: "dead wide" },
      el("figcaption", {}, "Dead units per activation layer (input ≤ 0 on every example)"),
      el("ul", { id: `dead-${i}`, class: "dead-list" }),
    ),
  );
  return el(
    "section",
    { class: "config", id: `config-${i}`, "aria-labelledby": `config-${i}-h` },
    h,
    el("p", { class: "error", id: `error-${i}`, role: "alert" }),
    form,
    views,
  );
}

function fillForm(): void {
  $<HTMLSelectElement>("dataset").value = state.data.name;
  $<HTMLInputElement>("noise").value = String(state.data.noise);
  $<HTMLInputElement>("data-seed").value = String(state.data.seed);
  state.configs.forEach((c, i) => {
    fillPluginField(i, "activation", c.activation);
    fillPluginField(i, "optimizer", c.optimizer);
    fillPluginField(i, "initializer", c.initializer);
    fillPluginField(i, "schedule", c.schedule);
    $<HTMLInputElement>(`layers-${i}`).value = c.hidden.join(",");
    $<HTMLInputElement>(`batch-${i}`).value = String(c.batchSize);
    $<HTMLInputElement>(`seed-${i}`).value = String(c.seed);
  });
}

function readForm(): void {
  state.data = {
    name: $<HTMLSelectElement>("dataset").value as DatasetName,
    noise: Number($<HTMLInputElement>("noise").value) || 0,
    seed: Math.trunc(Number($<HTMLInputElement>("data-seed").value)) || 0,
  };
  state.configs = state.configs.map((c, i) => {
    const spec = (kind: Kind) => {
      const id = `${kind}-${i}`;
      const name = $<HTMLSelectElement>(id).value;
      return specOf(name, $(`${id}-options`), catalog![kind].find((p) => p.name === name));
    };
    const layers = parseLayers($<HTMLInputElement>(`layers-${i}`).value);
    $<HTMLInputElement>(`layers-${i}`).setAttribute("aria-invalid", String(layers === null));
    return {
      activation: spec("activation"),
      optimizer: spec("optimizer"),
      initializer: spec("initializer"),
      schedule: spec("schedule"),
      hidden: layers ?? c.hidden,
      batchSize: Math.max(
        1,
        Math.trunc(Number($<HTMLInputElement>(`batch-${i}`).value)) || c.batchSize,
      ),
      seed: Math.trunc(Number($<HTMLInputElement>(`seed-${i}`).value)) || 0,
    };
  });
}

function setRunning(on: boolean): void {
  running = on;
  const b = $<HTMLButtonElement>("train");
  b.textContent = on ? "Pause" : "Train";
  b.setAttribute("aria-pressed", String(on));
}

function reset(): void {
  setRunning(false);
  writeHash();
  worker.postMessage({ type: "setup", data: state.data, configs: state.configs });
  state.configs.forEach((c, i) =>
    worker.postMessage({ type: "curve", index: i, activation: c.activation })
  );
}

function status(text: string): void {
  $("status").textContent = text;
}

function drawFrame(runs: RunFrame[]): void {
  const loss: Series[] = [], acc: Series[] = [];
  const rows: HTMLElement[] = [];
  runs.forEach((r, i) => {
    const label = `${NAMES[i]}: ${state.configs[i].activation}`;
    loss.push({ color: RUN_COLORS[i], points: r.history.map((h) => [h.step, h.loss]), label });
    acc.push({ color: RUN_COLORS[i], points: r.history.map((h) => [h.step, h.accuracy]), label });
    $(`error-${i}`).textContent = r.error ?? "";
    const last = r.history[r.history.length - 1];
    if (r.grid && dataInfo && dataInfo.points.length) {
      boundary($<HTMLCanvasElement>(`boundary-${i}`), {
        gridSize: dataInfo.gridSize,
        grid: r.grid,
        task: dataInfo.task,
        points: dataInfo.points,
        labels: dataInfo.labels,
        extent: dataInfo.extent,
      });
    }
    const gs: Series[] = r.gradNorms.map((g, j) => ({
      color: `hsl(${(j * 360) / Math.max(1, r.gradNorms.length) + i * 20}, 65%, 40%)`,
      points: g.norms.map((v, k) => [(k + 1) * r.evalEvery, v] as [number, number]),
      label: `layer ${g.layer}`,
    }));
    lineChart($<HTMLCanvasElement>(`grad-${i}`), gs, { title: "‖∇W‖", logY: true });
    const latest = r.gradNorms.map((g) =>
      `${g.layer}: ${(g.norms[g.norms.length - 1] ?? NaN).toExponential(2)}`
    );
    $(`grad-${i}`).setAttribute(
      "aria-label",
      `gradient norm per layer at step ${r.step}: ${latest.join(", ")}`,
    );
    $(`dead-${i}`).replaceChildren(
      ...r.dead.map((d, j) =>
        el(
          "li",
          {},
          el("span", { class: "bar-label" }, `activation ${j + 1} (module ${d.layer})`),
          el(
            "span",
            {
              class: "bar",
              role: "meter",
              "aria-valuemin": "0",
              "aria-valuemax": "100",
              "aria-valuenow": String(Math.round(d.fraction * 100)),
              "aria-label": `dead units in activation ${j + 1}`,
            },
            el("span", {
              class: "fill",
              style: `width:${d.fraction * 100}%;background:${RUN_COLORS[i]}`,
            }),
          ),
          el("span", { class: "bar-value" }, `${(d.fraction * 100).toFixed(0)}%`),
        )
      ),
    );
    const tr = el(
      "tr",
      {
        "data-step": String(r.step),
        "data-loss": String(last?.loss ?? NaN),
        "data-first-loss": String(r.history[0]?.loss ?? NaN),
        "data-best-loss": String(Math.min(...r.history.map((h) => h.loss))),
        "data-dead": JSON.stringify(r.dead.map((d) => d.fraction)),
        "data-grad-points": String(r.gradNorms.reduce((s, g) => s + g.norms.length, 0)),
      },
      el("th", { scope: "row" }, `${NAMES[i]}: ${state.configs[i].activation}`),
      el("td", {}, String(r.step)),
      el("td", {}, String(r.epoch)),
      el("td", {}, Number.isFinite(r.lr) ? String(Number(r.lr.toPrecision(3))) : "—"),
      el("td", {}, last ? last.loss.toFixed(4) : "—"),
      el(
        "td",
        {},
        last && Number.isFinite(last.accuracy) ? `${(last.accuracy * 100).toFixed(1)}%` : "—",
      ),
      el("td", {}, r.dead.map((d) => `${(d.fraction * 100).toFixed(0)}%`).join(" / ") || "—"),
    );
    rows.push(tr);
  });
  lineChart($<HTMLCanvasElement>("loss"), loss, {
    title: "Loss on all data (log scale)",
    logY: true,
  });
  const regression = dataInfo?.task === "regression";
  lineChart($<HTMLCanvasElement>("accuracy"), regression ? [] : acc, {
    title: regression ? "Accuracy (not defined for regression)" : "Accuracy on all data",
    yRange: [0, 1],
  });
  $("summary-body").replaceChildren(...rows);
  if (timings.firstStep === null && runs.some((r) => r.step > 0)) {
    timings.firstStep = performance.now();
  }
}

worker.onmessage = (e: MessageEvent<Reply>) => {
  const m = e.data;
  switch (m.type) {
    case "catalog": {
      const first = catalog === null;
      catalog = {
        activation: m.activations,
        optimizer: m.optimizers,
        initializer: m.initializers,
        schedule: m.schedules,
      };
      $("backend").textContent =
        `Backend: ${m.backend}. ${m.activations.length} activations, ${m.optimizers.length} optimizers.`;
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
        const c = $<HTMLCanvasElement>(`boundary-${i}`);
        c.closest("figure")!.hidden = m.points.length === 0;
      }
      break;
    case "frame":
      if (m.halted) setRunning(false);
      drawFrame(m.runs);
      worker.postMessage({ type: "drawn" });
      break;
    case "curve": {
      const c = $<HTMLCanvasElement>(`curve-${m.index}`);
      const pts = (ys: number[]) => m.x.map((x, k) => [x, ys[k]] as [number, number]);
      lineChart(
        c,
        m.error ? [] : [
          { color: RUN_COLORS[m.index], points: pts(m.y), label: "f(x)" },
          { color: "#555", points: pts(m.dy), dashed: true, label: "f′(x)" },
        ],
        {
          title: m.error ? `cannot plot: ${m.error}` : state.configs[m.index].activation,
          zeroAxes: true,
        },
      );
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

function loadPlugin(url: string): Promise<boolean> {
  const abs = new URL(url, location.href).href;
  return new Promise((resolve) => {
    const listener = (e: MessageEvent<Reply>) => {
      if (e.data.type === "plugin" || e.data.type === "error") {
        worker.removeEventListener("message", listener);
        if (e.data.type === "plugin" && !plugins.includes(abs)) plugins.push(abs);
        resolve(e.data.type === "plugin");
      }
    };
    worker.addEventListener("message", listener);
    worker.postMessage({ type: "loadPlugin", url: abs });
  });
}

async function loadPlugins(urls: string[]): Promise<void> {
  for (const u of urls) await loadPlugin(u);
}

function start(): void {
  reset();
  if (state.run) {
    setRunning(true);
    worker.postMessage({ type: "run" });
  }
}

function build(): void {
  const columns = $("columns");
  columns.replaceChildren(...NAMES.map((_, i) => configColumn(i)));
  $<HTMLSelectElement>("dataset").replaceChildren(
    ...DATASETS.map((d) => el("option", { value: d }, d === "teacher" ? "teacher-student" : d)),
  );
  document.addEventListener("change", (e) => {
    const t = e.target as HTMLElement;
    if (t.closest("#plugin-form")) return;
    if (t instanceof HTMLSelectElement && t.dataset.kind) {
      const i = Number(t.id.split("-").pop());
      fillPluginField(i, t.dataset.kind as Kind, t.value);
    }
    readForm();
    reset();
    status("Settings changed: both configurations start over.");
  });
  $("train").addEventListener("click", () => {
    setRunning(!running);
    worker.postMessage({ type: running ? "run" : "pause" });
  });
  $("step").addEventListener("click", () => {
    setRunning(false);
    worker.postMessage({ type: "step", steps: 1 });
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
    const url = $<HTMLInputElement>("plugin-url").value.trim();
    if (url === "") return;
    if (await loadPlugin(url)) writeHash();
  });
}

build();
