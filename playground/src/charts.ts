/// <reference lib="dom" />
/**
 * The playground's canvas drawings: line charts, the decision boundary and
 * the activation plot. Each takes plain numbers; the page supplies them.
 *
 * @module
 */

/** Colours of the configurations (A, B, ...). */
export const RUN_COLORS = ["#1f5fa8", "#c2410c", "#15803d", "#7e22ce"];
/** Colours of the classes. */
export const CLASS_COLORS = [
  [31, 95, 168],
  [194, 65, 12],
  [21, 128, 61],
  [126, 34, 206],
  [190, 24, 93],
  [14, 116, 144],
  [161, 98, 7],
  [71, 85, 105],
  [220, 38, 38],
  [101, 163, 13],
];

/** One line of a chart. */
export interface Series {
  /** Stroke colour. */
  color: string;
  /** Points [x, y]. */
  points: [number, number][];
  /** Dashed line. */
  dashed?: boolean;
  /** Legend text. */
  label?: string;
}

/** Options of {@linkcode lineChart}. */
export interface ChartOptions {
  /** Logarithmic y axis. */
  logY?: boolean;
  /** Fixed y range. */
  yRange?: [number, number];
  /** Fixed x range. */
  xRange?: [number, number];
  /** Caption drawn at the top left. */
  title: string;
  /** Draw the x = 0 and y = 0 axes. */
  zeroAxes?: boolean;
}

function fmt(v: number): string {
  if (v === 0) return "0";
  const a = Math.abs(v);
  if (a >= 1000 && a < 1e6) return String(Math.round(v));
  if (a >= 1e6 || a < 0.01) return v.toExponential(0);
  return String(Number(v.toPrecision(2)));
}

/** Draw line series on a canvas, with axes and tick labels. */
export function lineChart(
  canvas: HTMLCanvasElement,
  series: Series[],
  options: ChartOptions,
): void {
  const ctx = canvas.getContext("2d")!;
  const w = canvas.width, h = canvas.height;
  const left = 46, right = 8, top = 22, bottom = 20;
  ctx.clearRect(0, 0, w, h);
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, 0, w, h);
  ctx.font = "12px system-ui, sans-serif";
  ctx.fillStyle = "#222";
  ctx.fillText(options.title, 4, 14);
  const ty = (v: number) => options.logY ? Math.log10(Math.max(v, 1e-12)) : v;
  let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
  for (const s of series) {
    for (const [x, y] of s.points) {
      x0 = Math.min(x0, x);
      x1 = Math.max(x1, x);
      if (!Number.isFinite(y) || (options.logY && y <= 0)) continue;
      y0 = Math.min(y0, ty(y));
      y1 = Math.max(y1, ty(y));
    }
  }
  if (options.xRange) [x0, x1] = options.xRange;
  if (options.yRange) [y0, y1] = options.yRange.map(ty) as [number, number];
  if (!(x1 > x0)) [x0, x1] = [0, Math.max(1, x0 || 1)];
  if (!(y1 > y0)) [y0, y1] = Number.isFinite(y0) ? [y0 - 1, y0 + 1] : [0, 1];
  const px = (x: number) => left + ((x - x0) / (x1 - x0)) * (w - left - right);
  const py = (y: number) => top + (1 - (ty(y) - y0) / (y1 - y0)) * (h - top - bottom);
  ctx.strokeStyle = "#999";
  ctx.lineWidth = 1;
  ctx.strokeRect(left, top, w - left - right, h - top - bottom);
  ctx.fillStyle = "#444";
  for (let i = 0; i <= 2; i++) {
    const t = y0 + ((y1 - y0) * i) / 2;
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
    ctx.setLineDash(s.dashed ? [5, 4] : []);
    ctx.beginPath();
    let started = false;
    for (const [x, y] of s.points) {
      if (!Number.isFinite(y) || (options.logY && y <= 0)) {
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
    ctx.setLineDash(s.dashed ? [5, 4] : []);
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

/** What {@linkcode boundary} draws. */
export interface BoundaryData {
  /** Cells per side. */
  gridSize: number;
  /** Per cell: class and confidence (classification) or value (regression), row 0 at the top. */
  grid: Float32Array;
  /** Classification or regression. */
  task: "classification" | "regression";
  /** Data points (x0, x1 pairs) and their labels. */
  points: Float32Array;
  /** Labels of the points. */
  labels: Float32Array;
  /** [min0, max0, min1, max1]. */
  extent: [number, number, number, number];
}

/** Draw the model's output over the input plane and the data on top. */
export function boundary(canvas: HTMLCanvasElement, d: BoundaryData): void {
  const ctx = canvas.getContext("2d")!;
  const n = d.gridSize, img = new ImageData(n, n);
  let lo = Infinity, hi = -Infinity;
  if (d.task === "regression") {
    for (const v of d.labels) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  }
  for (let i = 0; i < n * n; i++) {
    let r: number, g: number, b: number, a: number;
    if (d.task === "classification") {
      const c = CLASS_COLORS[d.grid[2 * i] % CLASS_COLORS.length];
      a = 0.25 + 0.55 * Math.max(0, Math.min(1, d.grid[2 * i + 1]));
      [r, g, b] = c;
    } else {
      const t = Math.max(0, Math.min(1, (d.grid[2 * i] - lo) / (hi - lo || 1)));
      [r, g, b] = [Math.round(31 + t * 163), Math.round(95 - t * 30), Math.round(168 - t * 156)];
      a = 0.7;
    }
    img.data[4 * i] = Math.round(255 - a * (255 - r));
    img.data[4 * i + 1] = Math.round(255 - a * (255 - g));
    img.data[4 * i + 2] = Math.round(255 - a * (255 - b));
    img.data[4 * i + 3] = 255;
  }
  const off = new OffscreenCanvas(n, n);
  off.getContext("2d")!.putImageData(img, 0, 0);
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(off, 0, 0, canvas.width, canvas.height);
  const [a0, a1, b0, b1] = d.extent;
  for (let i = 0; i < d.labels.length; i++) {
    const x = ((d.points[2 * i] - a0) / (a1 - a0)) * canvas.width;
    const y = (1 - (d.points[2 * i + 1] - b0) / (b1 - b0)) * canvas.height;
    let fill: string;
    if (d.task === "classification") {
      const [r, g, b] = CLASS_COLORS[d.labels[i] % CLASS_COLORS.length];
      fill = `rgb(${r},${g},${b})`;
    } else {
      const t = (d.labels[i] - lo) / (hi - lo || 1);
      fill = `rgb(${Math.round(31 + t * 163)},${Math.round(95 - t * 30)},${
        Math.round(168 - t * 156)
      })`;
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
