// core/errors.ts
var RectifyError = class extends Error {
  /** What kind of failure this is. */
  code;
  /** Optional structured details (file, line, column, ...). */
  details;
  /** Make an error with a code, a message and optional details. */
  constructor(code, message, options = {}) {
    super(message, options.cause === void 0 ? void 0 : {
      cause: options.cause
    });
    this.name = "RectifyError";
    this.code = code;
    this.details = options.details ?? {};
  }
};
function fmtShape(shape) {
  return `[${shape.join(", ")}]`;
}

// core/storage.ts
var live = /* @__PURE__ */ new Set();
var active = null;
var suspended = 0;
function _activate(lender) {
  const prev = [
    active,
    suspended
  ];
  live.add(lender);
  active = lender;
  suspended = 0;
  return prev;
}
function _restore([lender, depth]) {
  active = lender;
  suspended = depth;
}
function _retire(lender) {
  live.delete(lender);
}
function _isActive(lender) {
  return active === lender;
}
function withoutArena(fn) {
  suspended++;
  try {
    return fn();
  } finally {
    suspended--;
  }
}
function checkDType(dtype, what) {
  if (dtype !== "float32" && dtype !== "float64") {
    throw new RectifyError("dtype", `${what}: dtype must be "float32" or "float64", got ${JSON.stringify(dtype) ?? String(dtype)}`);
  }
}
function fresh(dtype, n, what) {
  try {
    return dtype === "float64" ? new Float64Array(n) : new Float32Array(n);
  } catch (e) {
    throw new RectifyError("shape", `${what}: cannot allocate ${n} elements of ${dtype}`, {
      cause: e
    });
  }
}
var lentBlocks = new FinalizationRegistry(({ backend, block }) => backend.free?.(block));
function freshLike(d) {
  if (d instanceof Float64Array) return new Float64Array(d.length);
  const block = lentBlock(d.length);
  if (block === null) return new Float32Array(d.length);
  zeroData(block);
  return block;
}
function resident(d) {
  if (!(d instanceof Float32Array)) return d;
  const block = lentBlock(d.length);
  if (block === null) return d;
  block.set(d);
  return block;
}
function lentBlock(n) {
  const backend = getBackend();
  const block = n > 0 ? backend.allocate?.(n) ?? null : null;
  if (block === null) return null;
  lentBlocks.register(block, {
    backend,
    block: new Float32Array(block.buffer, block.byteOffset, block.length)
  });
  return block;
}
function alloc(dtype, n, what = "tensor") {
  return lend(dtype, n, what, true);
}
function allocEmpty(dtype, n, what = "tensor") {
  return lend(dtype, n, what, false);
}
function lend(dtype, n, what, zero) {
  checkDType(dtype, what);
  const lender = suspended === 0 ? active : null;
  if (lender !== null && Number.isSafeInteger(n) && n >= 0) {
    return lender.take(dtype === "float64", n, zero);
  }
  return fresh(dtype, n, what);
}
function allocData(dtype, size) {
  return alloc(dtype, size, "allocData");
}
function emptyData(dtype, size) {
  return allocEmpty(dtype, size, "emptyData");
}
function gradStorage(leaf, dtype, n) {
  const lender = suspended === 0 ? active : null;
  if (lender !== null) return lender.gradBuffer(leaf, dtype === "float64", n);
  return fresh(dtype, n, "backward");
}
function leaseOf(data) {
  if (live.size === 0) return null;
  if (active !== null) {
    const lease = active.leaseOf(data);
    if (lease !== null) return lease;
  }
  for (const lender of live) {
    if (lender === active) continue;
    const lease = lender.leaseOf(data);
    if (lease !== null) return lease;
  }
  return null;
}
var devices = /* @__PURE__ */ new Set();
function _noteDevice(backend) {
  devices.add(backend);
}
function syncHost(data, keep = true) {
  if (devices.size === 0) return data;
  for (const b of devices) b.toHost(data, keep);
  return data;
}

// core/backend.ts
function tile4x4(a, ao, ars, aps, b, bo, brs, bcs, out, o, n, k) {
  let c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0;
  let c20 = 0, c21 = 0, c22 = 0, c23 = 0, c30 = 0, c31 = 0, c32 = 0, c33 = 0;
  const ar2 = 2 * ars, ar3 = 3 * ars, bc2 = 2 * bcs, bc3 = 3 * bcs;
  let pa = ao, pb = bo;
  for (let p = 0; p < k; p++) {
    const a0 = a[pa], a1 = a[pa + ars], a2 = a[pa + ar2], a3 = a[pa + ar3];
    const b0 = b[pb], b1 = b[pb + bcs], b2 = b[pb + bc2], b3 = b[pb + bc3];
    c00 += a0 * b0;
    c01 += a0 * b1;
    c02 += a0 * b2;
    c03 += a0 * b3;
    c10 += a1 * b0;
    c11 += a1 * b1;
    c12 += a1 * b2;
    c13 += a1 * b3;
    c20 += a2 * b0;
    c21 += a2 * b1;
    c22 += a2 * b2;
    c23 += a2 * b3;
    c30 += a3 * b0;
    c31 += a3 * b1;
    c32 += a3 * b2;
    c33 += a3 * b3;
    pa += aps;
    pb += brs;
  }
  out[o] += c00;
  out[o + 1] += c01;
  out[o + 2] += c02;
  out[o + 3] += c03;
  o += n;
  out[o] += c10;
  out[o + 1] += c11;
  out[o + 2] += c12;
  out[o + 3] += c13;
  o += n;
  out[o] += c20;
  out[o + 1] += c21;
  out[o + 2] += c22;
  out[o + 3] += c23;
  o += n;
  out[o] += c30;
  out[o + 1] += c31;
  out[o + 2] += c32;
  out[o + 3] += c33;
}
function dotAt(a, ao, aps, b, bo, brs, k) {
  let s = 0;
  for (let p = 0; p < k; p++) {
    s += a[ao] * b[bo];
    ao += aps;
    bo += brs;
  }
  return s;
}
function matmulTiled(a, b, out, m, k, n, transA, transB) {
  const ars = transA ? 1 : k, aps = transA ? m : 1;
  const brs = transB ? 1 : n, bcs = transB ? k : 1;
  const m4 = m - m % 4, n4 = n - n % 4;
  for (let i = 0; i < m4; i += 4) {
    for (let j = 0; j < n4; j += 4) {
      tile4x4(a, i * ars, ars, aps, b, j * bcs, brs, bcs, out, i * n + j, n, k);
    }
  }
  for (let i = 0; i < m; i++) {
    const j0 = i < m4 ? n4 : 0;
    for (let j = j0; j < n; j++) out[i * n + j] += dotAt(a, i * ars, aps, b, j * bcs, brs, k);
  }
}
var jsBackend = {
  name: "js",
  matmul(a, b, out, m, k, n, options = {}) {
    if (!options.accumulate) out.fill(0, 0, m * n);
    matmulTiled(a, b, out, m, k, n, options.transA === true, options.transB === true);
  },
  linear(x, w, bias, out, m, k, n) {
    out.fill(0, 0, m * n);
    matmulTiled(x, w, out, m, k, n, false, false);
    if (bias === null) return;
    for (let i = 0; i < m; i++) {
      const o = i * n;
      for (let j = 0; j < n; j++) out[o + j] += bias[j];
    }
  },
  binary(op, a, b, out) {
    const len = out.length;
    switch (op) {
      case "add":
        for (let i = 0; i < len; i++) out[i] = a[i] + b[i];
        return;
      case "sub":
        for (let i = 0; i < len; i++) out[i] = a[i] - b[i];
        return;
      case "mul":
        for (let i = 0; i < len; i++) out[i] = a[i] * b[i];
        return;
      case "div":
        for (let i = 0; i < len; i++) out[i] = a[i] / b[i];
        return;
      case "pow":
        for (let i = 0; i < len; i++) out[i] = Math.pow(a[i], b[i]);
        return;
      case "maximum":
        for (let i = 0; i < len; i++) out[i] = a[i] >= b[i] ? a[i] : b[i];
        return;
      case "minimum":
        for (let i = 0; i < len; i++) out[i] = a[i] <= b[i] ? a[i] : b[i];
        return;
      default:
        throw new RectifyError("option", `binary kernel: unknown op "${op}"`);
    }
  },
  unary(op, x, out) {
    const len = out.length;
    switch (op) {
      case "neg":
        for (let i = 0; i < len; i++) out[i] = -x[i];
        return;
      case "exp":
        for (let i = 0; i < len; i++) out[i] = Math.exp(x[i]);
        return;
      case "log":
        for (let i = 0; i < len; i++) out[i] = Math.log(x[i]);
        return;
      case "sqrt":
        for (let i = 0; i < len; i++) out[i] = Math.sqrt(x[i]);
        return;
      case "abs":
        for (let i = 0; i < len; i++) out[i] = Math.abs(x[i]);
        return;
      case "sign":
        for (let i = 0; i < len; i++) out[i] = x[i] > 0 ? 1 : x[i] < 0 ? -1 : 0;
        return;
      case "square":
        for (let i = 0; i < len; i++) out[i] = x[i] * x[i];
        return;
      case "recip":
        for (let i = 0; i < len; i++) out[i] = 1 / x[i];
        return;
      default:
        throw new RectifyError("option", `unary kernel: unknown op "${op}"`);
    }
  },
  sumAxis(x, out, outer, len, inner) {
    if (inner === 1) {
      const f322 = out instanceof Float32Array;
      for (let o = 0, i = 0; o < outer; o++) {
        let s = 0;
        for (const end = i + len; i < end; i++) s = f322 ? Math.fround(s + x[i]) : s + x[i];
        out[o] = s;
      }
      return;
    }
    out.fill(0, 0, outer * inner);
    for (let o = 0; o < outer; o++) {
      const ob = o * inner;
      for (let l = 0; l < len; l++) {
        const xb = (o * len + l) * inner;
        for (let i = 0; i < inner; i++) out[ob + i] += x[xb + i];
      }
    }
  },
  maxAxis(x, out, argmax2, outer, len, inner) {
    for (let o = 0; o < outer; o++) {
      for (let i = 0; i < inner; i++) {
        const base = o * len * inner + i;
        let best = x[base];
        let bi = 0;
        for (let l = 1; l < len; l++) {
          const v = x[base + l * inner];
          if (v > best || best !== best && v === v) {
            best = v;
            bi = l;
          }
        }
        out[o * inner + i] = best;
        argmax2[o * inner + i] = bi;
      }
    }
  }
};
var current = jsBackend;
function getBackend() {
  return current;
}
var resolveBackend = null;
function _setBackendResolver(resolve) {
  resolveBackend = resolve;
}
function setBackend(spec) {
  const backend = typeof spec === "string" ? resolveSpec(spec) : spec;
  const prev = current;
  current = backend;
  if (backend.toHost !== void 0) _noteDevice(backend);
  return prev;
}
function resolveSpec(spec) {
  if (resolveBackend === null) {
    throw new RectifyError("plugin", `setBackend("${spec}"): no registry is loaded to create it from`);
  }
  return resolveBackend(spec);
}
var registeredKernels = /* @__PURE__ */ new Map();
function checkKernelName(what, value) {
  if (typeof value !== "string" || value.length === 0) {
    throw new TypeError(`registerKernel: ${what} must be a non-empty string, got ${String(value)}`);
  }
  return value;
}
function registerKernel(backend, name, kernel, options = {}) {
  checkKernelName("the backend name", backend);
  checkKernelName("the kernel name", name);
  if (typeof kernel !== "function") {
    throw new TypeError(`registerKernel: kernel "${name}" for backend "${backend}" must be a function, got ${typeof kernel}`);
  }
  let table = registeredKernels.get(backend);
  const builtIn = current.name === backend && current.kernel?.(name) !== void 0;
  if ((table?.has(name) || builtIn) && options.replace !== true) {
    throw new RectifyError("registry", `Cannot register kernel "${name}" for backend "${backend}": the name is taken (pass { replace: true } to replace it)`);
  }
  if (table === void 0) registeredKernels.set(backend, table = /* @__PURE__ */ new Map());
  table.set(name, kernel);
  return () => {
    if (table.get(name) === kernel) table.delete(name);
  };
}
function findKernel(name, backend = current) {
  return registeredKernels.get(backend.name)?.get(name) ?? backend.kernel?.(name);
}
function runKernel(name, inputs, outputs, params, reference) {
  const k = findKernel(name);
  if (k !== void 0 && k(inputs, outputs, params) !== false) return;
  for (const d of inputs) syncHost(d);
  for (const d of outputs) syncHost(d);
  if (current.toHost === void 0) {
    reference(inputs, outputs, params);
    return;
  }
  const device = current;
  current = jsBackend;
  try {
    reference(inputs, outputs, params);
  } finally {
    current = device;
  }
}
var copyReference = ([src], [dst]) => {
  dst.set(src);
};
var zeroReference = (_inputs, [dst]) => {
  dst.fill(0);
};
function zeroData(dst) {
  runKernel("zero", [], [
    dst
  ], [], zeroReference);
}
function copyData(src, dst) {
  runKernel("copy", [
    src
  ], [
    dst
  ], [], copyReference);
}

// core/arena.ts
var MIN_SLAB = 1 << 18;
var StepArena = class {
  #f32 = newPool(false);
  #f64 = newPool(true);
  /** Lease of the current (or last) run's storage. */
  #lease = {
    ended: false
  };
  /** Gradient buffers by leaf, and the same records by buffer. */
  #grads = /* @__PURE__ */ new WeakMap();
  #gradData = /* @__PURE__ */ new WeakMap();
  #lender = {
    take: (float64, n, zero) => this.#take(float64, n, zero),
    leaseOf: (data) => this.#leaseOf(data),
    gradBuffer: (leaf, float64, n) => this.#gradBuffer(leaf, float64, n)
  };
  /** The block `#take` handed out last in this run (null after a run ends). */
  #lastTaken = null;
  #runs = 0;
  #made = 0;
  #fromBackend = 0;
  #disposed = false;
  /**
   * Run one step with this arena's storage. Tensors made by the previous run
   * expire now, and their memory is handed out again.
   */
  run(fn) {
    if (this.#disposed) {
      throw new RectifyError("arena", "StepArena.run: the arena was disposed; make a new one");
    }
    if (_isActive(this.#lender)) {
      throw new RectifyError("arena", "StepArena.run: this arena is already running (a run cannot start inside its own run)");
    }
    this.#expire();
    this.#reset(this.#f32);
    this.#reset(this.#f64);
    this.#runs++;
    const prev = _activate(this.#lender);
    try {
      const r = fn();
      if (r instanceof Promise) {
        r.catch(() => {
        });
        throw new RectifyError("arena", "StepArena.run: the body returned a promise; runs are synchronous (await outside the run)");
      }
      return r;
    } finally {
      _restore(prev);
    }
  }
  /** Expire the last run's tensors and give the slabs back (to the backend when it lent them). */
  dispose() {
    if (_isActive(this.#lender)) {
      throw new RectifyError("arena", "StepArena.dispose: called inside the arena's own run");
    }
    this.#expire();
    for (const p of [
      this.#f32,
      this.#f64
    ]) {
      for (const s of p.slabs) s.backend?.free?.(s.data);
      p.slabs = [];
      p.index = p.offset = p.used = p.peak = 0;
    }
    this.#grads = /* @__PURE__ */ new WeakMap();
    this.#gradData = /* @__PURE__ */ new WeakMap();
    _retire(this.#lender);
    this.#disposed = true;
  }
  /** What the arena holds and has done. */
  stats() {
    let slabs = 0, bytes = 0, last = 0;
    for (const p of [
      this.#f32,
      this.#f64
    ]) {
      slabs += p.slabs.length;
      for (const s of p.slabs) bytes += s.data.byteLength;
      last += p.used * (p.float64 ? 8 : 4);
    }
    return {
      runs: this.#runs,
      slabs,
      bytes,
      lastRunBytes: last,
      slabsMade: this.#made,
      backendSlabs: this.#fromBackend
    };
  }
  /** `n` elements from the current run, zeroed when `zero`. */
  #take(float64, n, zero) {
    const p = float64 ? this.#f64 : this.#f32;
    const size = n + (-n & (float64 ? 7 : 15));
    let slab = p.slabs[p.index];
    if (slab === void 0 || p.offset + size > slab.data.length) slab = this.#next(p, size);
    const view = slab.data.subarray(p.offset, p.offset + n);
    p.offset += size;
    p.used += size;
    if (zero) zeroData(view);
    this.#lastTaken = view;
    return view;
  }
  /** The current run's lease for slab storage, a gradient buffer's own lease, or null. */
  #leaseOf(data) {
    if (data === this.#lastTaken) return this.#lease;
    if (inSlabs(this.#f32.slabs, data) || inSlabs(this.#f64.slabs, data)) return this.#lease;
    return this.#gradData.get(data)?.lease ?? null;
  }
  /** The leaf's gradient buffer: the `.grad` made on it before expires now. */
  #gradBuffer(leaf, float64, n) {
    let g = this.#grads.get(leaf);
    if (g === void 0 || g.data.length !== n || g.data instanceof Float64Array !== float64) {
      const lent = float64 ? null : lentBlock(n);
      if (lent !== null) zeroData(lent);
      const data = lent ?? (float64 ? new Float64Array(n) : new Float32Array(n));
      g = {
        data,
        lease: {
          ended: false
        }
      };
      this.#grads.set(leaf, g);
      this.#gradData.set(data, g);
    } else {
      g.lease.ended = true;
      g.lease = {
        ended: false
      };
    }
    return g.data;
  }
  /** End the last run's lease: its tensors expire, their memory is handed out again. */
  #expire() {
    this.#lastTaken = null;
    this.#lease.ended = true;
    this.#lease = {
      ended: false
    };
  }
  /** Start a run: merge the slabs into one when the last run needed more. */
  #reset(p) {
    if (p.used > p.peak) p.peak = p.used;
    if (p.grew) {
      for (const s of p.slabs) s.backend?.free?.(s.data);
      p.slabs = [
        this.#slab(p.float64, p.peak)
      ];
      p.grew = false;
    }
    p.index = p.offset = p.used = 0;
  }
  /** The next slab with room for `size` elements (made when there is none). */
  #next(p, size) {
    while (++p.index < p.slabs.length) {
      if (p.slabs[p.index].data.length >= size) {
        p.offset = 0;
        return p.slabs[p.index];
      }
    }
    const s = this.#slab(p.float64, Math.max(size, MIN_SLAB, p.used));
    p.slabs.push(s);
    p.index = p.slabs.length - 1;
    p.offset = 0;
    p.grew = true;
    return s;
  }
  #slab(float64, n) {
    this.#made++;
    if (!float64) {
      const backend = getBackend();
      const lent = backend.allocate?.(n) ?? null;
      if (lent !== null) {
        this.#fromBackend++;
        return {
          data: lent,
          backend
        };
      }
      return {
        data: new Float32Array(n),
        backend: null
      };
    }
    return {
      data: new Float64Array(n),
      backend: null
    };
  }
};
function inSlabs(slabs, data) {
  const buf = data.buffer, at = data.byteOffset;
  for (let i = 0; i < slabs.length; i++) {
    const d = slabs[i].data;
    if (d.buffer === buf && at >= d.byteOffset && (at < d.byteOffset + d.byteLength || at === d.byteOffset + d.byteLength && data.length === 0)) return true;
  }
  return false;
}
function newPool(float64) {
  return {
    float64,
    slabs: [],
    index: 0,
    offset: 0,
    used: 0,
    peak: 0,
    grew: false
  };
}

// core/shape.ts
function sizeOf(shape, start = 0, end = shape.length) {
  let n = 1;
  for (let i = start; i < end; i++) n *= shape[i];
  return n;
}
function checkShape(shape, what) {
  validate(shape, what);
  return sliceShape(shape);
}
function frozenShape(shape, what) {
  validate(shape, what);
  return Object.isFrozen(shape) ? shape : Object.freeze(sliceShape(shape));
}
function validate(shape, what) {
  if (!Array.isArray(shape)) {
    throw new RectifyError("shape", `${what}: shape must be an array of sizes, got ${shape}`);
  }
  for (let i = 0; i < shape.length; i++) {
    const d = shape[i];
    if (!Number.isInteger(d) || d < 0) {
      throw new RectifyError("shape", `${what}: shape ${fmtShape(shape)} must hold non-negative integers, got ${d}`);
    }
  }
  const n = sizeOf(shape);
  if (n > MAX_ELEMENTS) {
    throw new RectifyError("shape", `${what}: shape ${fmtShape(shape)} has ${n} elements, more than the ${MAX_ELEMENTS} a tensor can hold`);
  }
}
function sliceShape(shape, start = 0, end = shape.length) {
  const n = end - start;
  if (n <= 0) return [];
  const out = new Array(n);
  for (let i = 0; i < n; i++) out[i] = shape[start + i];
  return out;
}
var MAX_ELEMENTS = 2147483647;
function broadcastShapes(a, b, op) {
  const n = Math.max(a.length, b.length);
  const out = new Array(n);
  for (let i = 0; i < n; i++) {
    const da = a[a.length - n + i] ?? 1;
    const db = b[b.length - n + i] ?? 1;
    if (da !== db && da !== 1 && db !== 1) {
      throw new RectifyError("shape", `${op}: cannot broadcast shapes ${fmtShape(a)} and ${fmtShape(b)} (dimension ${i}: ${da} vs ${db})`);
    }
    out[i] = da === 1 ? db : da;
  }
  return out;
}
function normAxis(axis, ndim, op, shape) {
  if (!Number.isInteger(axis) || axis < -ndim || axis >= ndim) {
    throw new RectifyError("shape", `${op}: axis ${axis} is out of range for a tensor of shape ${fmtShape(shape)} (expected an integer in [${-ndim}, ${ndim - 1}])`);
  }
  return axis < 0 ? axis + ndim : axis;
}
function stridesOf(shape) {
  const s = new Array(shape.length);
  let acc = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    s[i] = acc;
    acc *= shape[i];
  }
  return s;
}
function expandInto(src, shape, outShape2, out) {
  const n = out.length;
  if (src.length === n) {
    out.set(src);
    return;
  }
  if (src.length === 1) {
    out.fill(src[0]);
    return;
  }
  let lead = 0;
  while (lead < shape.length && shape[lead] === 1) lead++;
  const core = sliceShape(shape, lead);
  const suffix = sliceShape(outShape2, outShape2.length - core.length);
  if (core.every((d, i) => d === suffix[i])) {
    const m = src.length;
    for (let off2 = 0; off2 < n; off2 += m) out.set(src, off2);
    return;
  }
  const nd = outShape2.length, off = nd - shape.length;
  const sizes2 = [], kept = [];
  for (let d = 0; d < nd; d++) {
    const od = outShape2[d];
    if (od === 1) continue;
    const k = d >= off && shape[d - off] !== 1;
    const last = sizes2.length - 1;
    if (last >= 0 && kept[last] === k) sizes2[last] *= od;
    else {
      sizes2.push(od);
      kept.push(k);
    }
  }
  expandBlocks(src, out, sizes2, kept, 0, 0, 0);
}
function expandBlocks(src, out, sizes2, kept, b, si, oi) {
  const size = sizes2[b];
  if (b === sizes2.length - 1) {
    if (!kept[b]) out.fill(src[si], oi, oi + size);
    else for (let j = 0; j < size; j++) out[oi + j] = src[si + j];
    return;
  }
  let outStride = 1, srcStride = 1;
  for (let c = b + 1; c < sizes2.length; c++) {
    outStride *= sizes2[c];
    if (kept[c]) srcStride *= sizes2[c];
  }
  for (let j = 0; j < size; j++) {
    expandBlocks(src, out, sizes2, kept, b + 1, kept[b] ? si + j * srcStride : si, oi + j * outStride);
  }
}
function sameShape(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// core/_check.ts
function describe(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "object") return v.constructor?.name ?? "an object";
  return typeof v;
}
function requireTensor(x, op, arg = "input") {
  if (!(x instanceof Tensor)) {
    throw new RectifyError("dtype", `${op}: ${arg} must be a Tensor, got ${describe(x)}`);
  }
  return x;
}

// core/shape_ops.ts
function permuteRaw(x, axes) {
  const nd = x.ndim;
  const outShape2 = axes.map((a) => x.shape[a]);
  const st = stridesOf(x.shape);
  const pst = axes.map((a) => st[a]);
  const out = alloc(x.dtype, x.size);
  const idx = new Array(nd).fill(0);
  let si = 0;
  const src = x.data;
  for (let i = 0; i < out.length; i++) {
    out[i] = src[si];
    for (let d = nd - 1; d >= 0; d--) {
      idx[d]++;
      si += pst[d];
      if (idx[d] < outShape2[d]) break;
      si -= pst[d] * idx[d];
      idx[d] = 0;
    }
  }
  return new Tensor(out, outShape2);
}
function permute(x, axes) {
  requireTensor(x, "permute");
  const nd = x.ndim;
  const norm = axes.map((a) => normAxis(a, nd, "permute", x.shape));
  if (norm.length !== nd || new Set(norm).size !== nd) {
    throw new RectifyError("shape", `permute: axes [${axes.join(", ")}] must be a permutation of ${nd} axes for shape ${fmtShape(x.shape)}`);
  }
  const inv = new Array(nd);
  norm.forEach((a, i) => inv[a] = i);
  return _record("permute", [
    x
  ], permuteRaw(x, norm), (g) => permuteRaw(g, inv));
}
function transpose(x, axis0 = -2, axis1 = -1) {
  requireTensor(x, "transpose");
  const nd = x.ndim;
  const a0 = normAxis(axis0, nd, "transpose", x.shape);
  const a1 = normAxis(axis1, nd, "transpose", x.shape);
  const axes = [
    ...Array(nd).keys()
  ];
  axes[a0] = a1;
  axes[a1] = a0;
  return permute(x, axes);
}
function reshape(x, shape) {
  requireTensor(x, "reshape");
  const s = [
    ...shape
  ];
  const neg2 = s.indexOf(-1);
  if (neg2 >= 0) {
    const rest = sizeOf(s.filter((_, i) => i !== neg2));
    s[neg2] = rest === 0 ? 0 : x.size / rest;
  }
  if (s.some((d) => !Number.isInteger(d) || d < 0) || sizeOf(s) !== x.size || s.filter((d) => d === -1).length > 1) {
    throw new RectifyError("shape", `reshape: cannot reshape ${fmtShape(x.shape)} (${x.size} elements) to ${fmtShape(shape)}`);
  }
  return _record("reshape", [
    x
  ], new Tensor(x.storage, s), (g) => new Tensor(g.storage, x.shape));
}
function concat(tensors, axis = 0) {
  if (!Array.isArray(tensors)) {
    throw new RectifyError("dtype", `concat: expected an array of Tensors, got ${describe(tensors)}`);
  }
  if (tensors.length === 0) throw new RectifyError("shape", "concat: needs at least one tensor");
  tensors.forEach((t, i) => requireTensor(t, "concat", `tensors[${i}]`));
  const first = tensors[0];
  const ax = normAxis(axis, first.ndim, "concat", first.shape);
  let dtype = "float32";
  for (const t of tensors) {
    if (t.dtype === "float64") dtype = "float64";
    if (t.ndim !== first.ndim || t.shape.some((d, i) => i !== ax && d !== first.shape[i])) {
      throw new RectifyError("shape", `concat: shapes ${fmtShape(first.shape)} and ${fmtShape(t.shape)} differ outside axis ${axis}`);
    }
  }
  const outer = sizeOf(first.shape, 0, ax);
  const inner = sizeOf(first.shape, ax + 1);
  const sizes2 = tensors.map((t) => t.shape[ax]);
  const total = sizes2.reduce((p, c) => p + c, 0);
  const outShape2 = [
    ...first.shape
  ];
  outShape2[ax] = total;
  const out = alloc(dtype, outer * total * inner);
  let off = 0;
  for (let k = 0; k < tensors.length; k++) {
    const src = tensors[k].data;
    const w = sizes2[k] * inner;
    for (let o = 0; o < outer; o++) {
      const s = src.subarray(o * w, (o + 1) * w);
      out.set(s, o * total * inner + off);
    }
    off += w;
  }
  return _record("concat", tensors, new Tensor(out, outShape2), (g) => splitRaw(g, sizes2, ax).map((p, k) => tensors[k].dtype === p.dtype ? p : castRaw(p, tensors[k].dtype)));
}
function castRaw(t, dtype) {
  const d = alloc(dtype, t.size);
  d.set(t.data);
  return new Tensor(d, t.shape);
}
function splitRaw(x, sizes2, ax) {
  const outer = sizeOf(x.shape, 0, ax);
  const inner = sizeOf(x.shape, ax + 1);
  const total = x.shape[ax];
  const res = [];
  let off = 0;
  for (const sz of sizes2) {
    const shape = [
      ...x.shape
    ];
    shape[ax] = sz;
    const out = alloc(x.dtype, outer * sz * inner);
    const w = sz * inner;
    for (let o = 0; o < outer; o++) {
      const start = o * total * inner + off;
      out.set(x.data.subarray(start, start + w), o * w);
    }
    off += w;
    res.push(new Tensor(out, shape));
  }
  return res;
}
function slice(x, axis, start, end) {
  requireTensor(x, "slice");
  const ax = normAxis(axis, x.ndim, "slice", x.shape);
  const len = x.shape[ax];
  let s = start < 0 ? start + len : start;
  let e = end === void 0 ? len : end < 0 ? end + len : end;
  s = Math.max(0, Math.min(len, s));
  e = Math.max(s, Math.min(len, e));
  if (!Number.isInteger(s) || !Number.isInteger(e)) {
    throw new RectifyError("shape", `slice: start and end must be integers, got ${start}, ${end}`);
  }
  const parts = splitRaw(x, [
    s,
    e - s,
    len - e
  ], ax);
  return _record("slice", [
    x
  ], parts[1], (g) => {
    const z0 = [
      ...x.shape
    ], z2 = [
      ...x.shape
    ];
    z0[ax] = s;
    z2[ax] = len - e;
    return concatRaw([
      new Tensor(alloc(g.dtype, sizeOf(z0)), z0),
      g,
      new Tensor(alloc(g.dtype, sizeOf(z2)), z2)
    ], ax);
  });
}
function concatRaw(ts, ax) {
  return concat(ts, ax);
}
function split(x, sizes2, axis = 0) {
  requireTensor(x, "split");
  const ax = normAxis(axis, x.ndim, "split", x.shape);
  const len = x.shape[ax];
  let list;
  if (typeof sizes2 === "number") {
    if (!Number.isInteger(sizes2) || sizes2 <= 0 || len % sizes2 !== 0) {
      throw new RectifyError("shape", `split: cannot split size ${len} of shape ${fmtShape(x.shape)} into ${sizes2} equal pieces`);
    }
    list = new Array(sizes2).fill(len / sizes2);
  } else {
    list = [
      ...sizes2
    ];
    if (list.reduce((p, c) => p + c, 0) !== len || list.some((d) => !Number.isInteger(d) || d < 0)) {
      throw new RectifyError("shape", `split: sizes [${list.join(", ")}] must add up to ${len} (axis ${axis} of ${fmtShape(x.shape)})`);
    }
  }
  const out = [];
  let off = 0;
  for (const sz of list) {
    out.push(slice(x, ax, off, off + sz));
    off += sz;
  }
  return out;
}

// core/reduce_ops.ts
function sumToShape(g, shape) {
  if (sameShape(g.shape, shape)) return g;
  const nd = g.ndim;
  const lead = nd - shape.length;
  const axes = [];
  for (let i = 0; i < nd; i++) {
    if (i < lead || shape[i - lead] === 1 && g.shape[i] !== 1) axes.push(i);
  }
  const r = axes.length ? sumRaw(g, axes, true) : g;
  return new Tensor(r.storage, shape);
}
function reduceAxes(x, axis, op) {
  if (axis === void 0) return [
    ...Array(x.ndim).keys()
  ];
  const list = typeof axis === "number" ? [
    axis
  ] : [
    ...axis
  ];
  const norm = list.map((a) => normAxis(a, x.ndim, op, x.shape));
  return [
    ...new Set(norm)
  ].sort((a, b) => a - b);
}
function sumRaw(x, axes, keepdims) {
  let cur = x.storage;
  let shape = [
    ...x.shape
  ];
  const be = getBackend();
  for (const ax of axes) {
    const outer = sizeOf(shape, 0, ax);
    const len = shape[ax];
    const inner = sizeOf(shape, ax + 1);
    const out = allocEmpty(x.dtype, outer * inner, "tensor");
    be.sumAxis(cur, out, outer, len, inner);
    cur = out;
    shape[ax] = 1;
  }
  if (axes.length === 0) {
    cur = cur === x.storage ? x.dtype === "float64" ? new Float64Array(x.data) : new Float32Array(x.data) : cur;
  }
  if (!keepdims) shape = shape.filter((_, i) => !axes.includes(i));
  return new Tensor(cur, shape);
}
function expandRaw(g, shape) {
  const out = alloc(g.dtype, sizeOf(shape));
  expandInto(g.data, g.shape, shape, out);
  return new Tensor(out, shape);
}
function scaleData(d, k) {
  for (let i = 0; i < d.length; i++) d[i] *= k;
}
function keptShape(shape, axes) {
  return shape.map((d, i) => axes.includes(i) ? 1 : d);
}
function sum(x, axis, keepdims = false) {
  requireTensor(x, "sum");
  const axes = reduceAxes(x, axis, "sum");
  const out = sumRaw(x, axes, keepdims);
  return _record("sum", [
    x
  ], out, (g) => expandRaw(new Tensor(g.data, keptShape(x.shape, axes)), x.shape));
}
function mean(x, axis, keepdims = false) {
  requireTensor(x, "mean");
  const axes = reduceAxes(x, axis, "mean");
  let count = 1;
  for (const a of axes) count *= x.shape[a];
  const s = sumRaw(x, axes, keepdims);
  const inv = 1 / count;
  scaleData(s.data, inv);
  return _record("mean", [
    x
  ], s, (g) => {
    const e = expandRaw(new Tensor(g.data, keptShape(x.shape, axes)), x.shape);
    scaleData(e.data, inv);
    return e;
  });
}
function max(x, axis, keepdims = false) {
  requireTensor(x, "max");
  const src = axis === void 0 ? new Tensor(x.data, [
    x.size
  ]) : x;
  const ax = axis === void 0 ? 0 : normAxis(axis, x.ndim, "max", x.shape);
  if (src.shape[ax] === 0) {
    throw new RectifyError("shape", `max: cannot reduce an empty axis of shape ${fmtShape(x.shape)}`);
  }
  const outer = sizeOf(src.shape, 0, ax);
  const len = src.shape[ax];
  const inner = sizeOf(src.shape, ax + 1);
  const out = allocEmpty(x.dtype, outer * inner, "tensor");
  const arg = new Int32Array(outer * inner);
  getBackend().maxAxis(src.data, out, arg, outer, len, inner);
  let shape;
  if (axis === void 0) shape = keepdims ? x.shape.map(() => 1) : [];
  else shape = keepdims ? keptShape(x.shape, [
    ax
  ]) : x.shape.filter((_, i) => i !== ax);
  return _record("max", [
    x
  ], new Tensor(out, shape), (g) => {
    const gx = alloc(g.dtype, x.size);
    for (let o = 0; o < outer; o++) {
      for (let i = 0; i < inner; i++) {
        const j = o * inner + i;
        gx[(o * len + arg[j]) * inner + i] = g.data[j];
      }
    }
    return new Tensor(gx, x.shape);
  });
}
function softmaxRaw(x, ax, logOut) {
  const outer = sizeOf(x.shape, 0, ax);
  const len = x.shape[ax];
  const inner = sizeOf(x.shape, ax + 1);
  const src = x.data;
  const out = alloc(x.dtype, x.size);
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      const base = o * len * inner + i;
      let m = -Infinity;
      for (let l = 0; l < len; l++) {
        const v = src[base + l * inner];
        if (v > m) m = v;
      }
      let s = 0;
      for (let l = 0; l < len; l++) s += Math.exp(src[base + l * inner] - m);
      if (logOut) {
        const ls = Math.log(s);
        for (let l = 0; l < len; l++) out[base + l * inner] = src[base + l * inner] - m - ls;
      } else {
        for (let l = 0; l < len; l++) {
          out[base + l * inner] = Math.exp(src[base + l * inner] - m) / s;
        }
      }
    }
  }
  return new Tensor(out, x.shape);
}
function softmax(x, axis = -1) {
  requireTensor(x, "softmax");
  const ax = normAxis(axis, x.ndim, "softmax", x.shape);
  const y = softmaxRaw(x, ax, false);
  return _record("softmax", [
    x
  ], y, (g) => {
    const gy = binaryRaw("mul", g, y, "softmax");
    const s = sumRaw(gy, [
      ax
    ], true);
    return binaryRaw("sub", gy, binaryRaw("mul", y, s, "softmax"), "softmax");
  }, [
    y
  ]);
}
function logSoftmax(x, axis = -1) {
  requireTensor(x, "logSoftmax");
  const ax = normAxis(axis, x.ndim, "logSoftmax", x.shape);
  const y = softmaxRaw(x, ax, true);
  return _record("logSoftmax", [
    x
  ], y, (g) => {
    const s = sumRaw(g, [
      ax
    ], true);
    const p = unaryRaw("exp", y);
    return binaryRaw("sub", g, binaryRaw("mul", p, s, "logSoftmax"), "logSoftmax");
  }, [
    y
  ]);
}

// core/matmul_ops.ts
function matmulRaw(a, b, aShape, bShape, transA, transB, op, input = -1) {
  const dtype = resultDtype(a, b);
  const ar = aShape.length, br = bShape.length;
  const batchA = sliceShape(aShape, 0, ar - 2), batchB = sliceShape(bShape, 0, br - 2);
  const batch = broadcastShapes(batchA, batchB, op);
  const nb = sizeOf(batch);
  const ad = nb === 1 ? kernelData(a, dtype) : dataAs(a, dtype);
  const bd = nb === 1 ? kernelData(b, dtype) : dataAs(b, dtype);
  const m = transA ? aShape[ar - 1] : aShape[ar - 2];
  const ka = transA ? aShape[ar - 2] : aShape[ar - 1];
  const kb = transB ? bShape[br - 1] : bShape[br - 2];
  const n = transB ? bShape[br - 2] : bShape[br - 1];
  if (ka !== kb) {
    throw new RectifyError("shape", `${op}: inner dimensions differ: ${fmtShape(aShape)} @ ${fmtShape(bShape)} (${ka} vs ${kb})`);
  }
  const out = (input >= 0 && nb === 1 ? _gradDestination(input, dtype, m * n) : null) ?? allocEmpty(dtype, nb * m * n, "tensor");
  if (nb === 1) getBackend().matmul(ad, bd, out, m, ka, n, {
    transA,
    transB
  });
  else matmulBatched(ad, bd, out, batchA, batchB, batch, m, ka, n, transA, transB);
  return new Tensor(out, [
    ...batch,
    m,
    n
  ]);
}
function matmulBatched(ad, bd, out, batchA, batchB, batch, m, ka, n, transA, transB) {
  const be = getBackend().toHost === void 0 ? getBackend() : jsBackend;
  const aMat = m * ka, bMat = ka * n, nb = sizeOf(batch);
  const aStr = batchStrides(batchA, batch), bStr = batchStrides(batchB, batch);
  const idx = new Array(batch.length).fill(0);
  for (let t = 0; t < nb; t++) {
    let ao = 0, bo = 0;
    for (let d = 0; d < batch.length; d++) {
      ao += idx[d] * aStr[d];
      bo += idx[d] * bStr[d];
    }
    be.matmul(ad.subarray(ao * aMat, (ao + 1) * aMat), bd.subarray(bo * bMat, (bo + 1) * bMat), out.subarray(t * m * n, (t + 1) * m * n), m, ka, n, {
      transA,
      transB
    });
    for (let d = batch.length - 1; d >= 0; d--) {
      if (++idx[d] < batch[d]) break;
      idx[d] = 0;
    }
  }
}
function batchStrides(shape, batch) {
  const st = stridesOf(shape);
  const out = new Array(batch.length).fill(0);
  for (let i = 0; i < shape.length; i++) {
    const bi = batch.length - shape.length + i;
    out[bi] = shape[i] === 1 ? 0 : st[i];
  }
  return out;
}
function matmul(a, b) {
  requireTensor(a, "matmul", "a");
  requireTensor(b, "matmul", "b");
  if (a.ndim < 2 || b.ndim < 2) {
    throw new RectifyError("shape", `matmul: both operands need at least 2 dimensions, got ${fmtShape(a.shape)} and ${fmtShape(b.shape)}`);
  }
  const out = matmulRaw(a, b, a.shape, b.shape, false, false, "matmul");
  return _record("matmul", [
    a,
    b
  ], out, matmulRule(a, b));
}
function matmulRule(a, b) {
  return (g, ctx) => [
    ctx.needsInputGrad[0] ? sumToShape(matmulRaw(g, b, g.shape, b.shape, false, true, "matmul", 0), a.shape) : null,
    ctx.needsInputGrad[1] ? sumToShape(matmulRaw(a, g, a.shape, g.shape, true, false, "matmul", 1), b.shape) : null
  ];
}
function affine(x, w, b) {
  const be = getBackend();
  if (!be.linear || !(x instanceof Tensor) || !(w instanceof Tensor) || x.ndim !== 2 || w.ndim !== 2 || x.shape[1] !== w.shape[0] || x.dtype !== w.dtype || b !== null && (!(b instanceof Tensor) || b.ndim !== 1 || b.shape[0] !== w.shape[1] || b.dtype !== x.dtype)) {
    const y = matmul(x, w);
    return b === null ? y : add(y, b);
  }
  const [m, k] = x.shape;
  const n = w.shape[1];
  const out = allocEmpty(x.dtype, m * n, "tensor");
  be.linear(x.storage, w.storage, b === null ? null : b.storage, out, m, k, n);
  const product = _record("matmul", [
    x,
    w
  ], new Tensor(out, [
    m,
    n
  ]), matmulRule(x, w));
  if (b === null) return product;
  return _record("add", [
    product,
    b
  ], new Tensor(out, [
    m,
    n
  ]), (g) => [
    sumToShape(g, product.shape),
    sumToShape(g, b.shape)
  ]);
}

// core/_hooks.ts
function removableEntry(list, entry) {
  list.push(entry);
  let removed = false;
  return {
    remove() {
      if (removed) return;
      removed = true;
      const i = list.indexOf(entry);
      if (i >= 0) list.splice(i, 1);
    }
  };
}

// core/tensor.ts
function expiredError(t) {
  return new RectifyError("arena", `Tensor ${fmtShape(t.shape)} (${t.dtype}) was made inside a StepArena run that has ended: its storage now belongs to a later step; clone() it inside the run, or make it under withoutArena(), to keep it`);
}
var NO_HOOKS = Object.freeze([]);
var Tensor = class _Tensor {
  #data;
  /** How long `#data` stays valid (null: for ever); see `core/storage.ts`. */
  #lease;
  /** Sizes of each dimension. */
  shape;
  /** Element type. */
  dtype;
  /** Accumulated gradient of a leaf (or a retained non-leaf). */
  grad = null;
  /** Optional name (parameters get dotted names). */
  name;
  #requiresGrad = false;
  #node = null;
  /** Leaf hooks, made on the first {@linkcode registerHook} (most tensors never get one). */
  #hooks = null;
  /** Wrap storage and a shape (no copy). Prefer {@linkcode tensor} and friends. */
  constructor(data, shape, options = {}) {
    const s = frozenShape(shape, "Tensor");
    const n = sizeOf(s);
    if (data.length !== n) {
      throw new RectifyError("shape", `Tensor: data has ${data.length} elements but shape ${fmtShape(s)} needs ${n}`);
    }
    this.#data = data;
    this.shape = s;
    this.dtype = data instanceof Float64Array ? "float64" : "float32";
    if (options.requiresGrad) this.requiresGrad = true;
    this.#lease = leaseOf(data);
  }
  /**
   * Flat row-major storage. Throws (code `"arena"`) for a tensor made inside
   * a {@linkcode StepArena} run once the arena's next run has started.
   */
  get data() {
    if (this.#lease !== null && this.#lease.ended) throw expiredError(this);
    return syncHost(this.#data);
  }
  /**
   * The storage array as kernels take it, without making its host copy
   * current: on a backend that keeps results in device memory (see
   * `Backend.toHost`) its elements may be stale. Hand it to `runKernel` or
   * the backend's kernels; read and write values through
   * {@linkcode Tensor.data}. Throws like `data` once an arena lease ended.
   */
  get storage() {
    if (this.#lease !== null && this.#lease.ended) throw expiredError(this);
    return this.#data;
  }
  /** Number of dimensions. */
  get ndim() {
    return this.shape.length;
  }
  /** Number of elements. */
  get size() {
    return this.#data.length;
  }
  /** The node that produced this tensor, or null for a leaf. */
  get node() {
    return this.#node;
  }
  /** True for tensors not produced by a recorded op. */
  get isLeaf() {
    return this.#node === null;
  }
  /** Whether gradients flow to this tensor. */
  get requiresGrad() {
    return this.#requiresGrad || this.#node !== null;
  }
  set requiresGrad(v) {
    if (this.#node !== null && !v) {
      throw new RectifyError("autograd", `requiresGrad: cannot turn off gradients of a non-leaf tensor (produced by "${this.#node.op}"); use detach()`);
    }
    this.#requiresGrad = v;
  }
  /** @internal */
  _setNode(node) {
    this.#node = node;
  }
  /** @internal leaf hooks */
  get _leafHooks() {
    return this.#hooks ?? NO_HOOKS;
  }
  /**
   * Register a gradient hook. It runs when this tensor's gradient has been
   * summed over all its uses, receives it, and may return a replacement.
   * Hooks run in registration order.
   */
  registerHook(fn) {
    if (!this.requiresGrad) {
      throw new RectifyError("autograd", "registerHook: tensor does not require grad");
    }
    return removableEntry(this.#node ? this.#node.hooks : this.#hooks ??= [], fn);
  }
  /** Keep `.grad` of a non-leaf tensor after backward. */
  retainGrad() {
    if (this.#node) this.#node.retained = this;
    return this;
  }
  /** Reverse-mode differentiation from this tensor. A seed is needed unless it has one element. */
  backward(seed, options = {}) {
    runBackward(this, seed, options);
  }
  /** A tensor sharing storage, cut from the tape. */
  detach() {
    const t = new _Tensor(this.storage, this.shape);
    t.name = this.name;
    return t;
  }
  /** A deep copy (recorded: gradients flow through). */
  clone() {
    return clone(this);
  }
  /**
   * Set `.grad` to null, or with `{ setToNone: false }` fill it with zeros
   * in place (see {@linkcode ZeroGradOptions}).
   */
  zeroGrad(options = {}) {
    if (options.setToNone === false && this.grad !== null) {
      syncHost(this.grad.storage, false).fill(0);
    } else this.grad = null;
  }
  /** Single element as a number. */
  item() {
    if (this.data.length !== 1) {
      throw new RectifyError("shape", `item: expected a tensor with one element, got shape ${fmtShape(this.shape)}`);
    }
    return this.data[0];
  }
  /** Nested arrays of numbers. */
  toArray() {
    const build = (dim, off) => {
      if (dim === this.shape.length) return this.data[off];
      const stride = sizeOf(this.shape, dim + 1);
      const out = [];
      for (let i = 0; i < this.shape[dim]; i++) out.push(build(dim + 1, off + i * stride));
      return out;
    };
    return build(0, 0);
  }
  /** Convert to another dtype (recorded). */
  to(dtype) {
    return cast(this, dtype);
  }
  /** Short description. */
  toString() {
    return `Tensor(${fmtShape(this.shape)}, ${this.dtype})`;
  }
  /** Broadcasting `this + other`. */
  add(other) {
    return add(this, other);
  }
  /** Broadcasting `this - other`. */
  sub(other) {
    return sub(this, other);
  }
  /** Broadcasting `this * other`. */
  mul(other) {
    return mul(this, other);
  }
  /** Broadcasting `this / other`. */
  div(other) {
    return div(this, other);
  }
  /** Broadcasting `this ** other`. */
  pow(other) {
    return pow(this, other);
  }
  /** `-this`. */
  neg() {
    return neg(this);
  }
  /** `e^this`. */
  exp() {
    return exp(this);
  }
  /** Natural log. */
  log() {
    return log(this);
  }
  /** Square root. */
  sqrt() {
    return sqrt(this);
  }
  /** Absolute value (gradient 0 at 0). */
  abs() {
    return abs(this);
  }
  /** Sign (gradient 0). */
  sign() {
    return sign(this);
  }
  /** Element-wise maximum (ties send the gradient to `this`). */
  maximum(other) {
    return maximum(this, other);
  }
  /** Element-wise minimum (ties send the gradient to `this`). */
  minimum(other) {
    return minimum(this, other);
  }
  /** Mask `this > other` (1/0, not differentiable). */
  gt(other) {
    return compare("gt", this, other);
  }
  /** Mask `this >= other`. */
  ge(other) {
    return compare("ge", this, other);
  }
  /** Mask `this < other`. */
  lt(other) {
    return compare("lt", this, other);
  }
  /** Mask `this <= other`. */
  le(other) {
    return compare("le", this, other);
  }
  /** Mask `this == other`. */
  eq(other) {
    return compare("eq", this, other);
  }
  /** Mask `this != other`. */
  ne(other) {
    return compare("ne", this, other);
  }
  /** Matrix product (2-D or batched with broadcast batch dims). */
  matmul(other) {
    return matmul(this, other);
  }
  /** Swap two axes (default: the last two). */
  transpose(axis0 = -2, axis1 = -1) {
    return transpose(this, axis0, axis1);
  }
  /** Reorder axes. */
  permute(axes) {
    return permute(this, axes);
  }
  /** Same data, new shape (one size may be -1). */
  reshape(shape) {
    return reshape(this, shape);
  }
  /** Elements `[start, end)` along an axis. */
  slice(axis, start, end) {
    return slice(this, axis, start, end);
  }
  /** Split along an axis into pieces of the given sizes (or n equal pieces). */
  split(sizes2, axis = 0) {
    return split(this, sizes2, axis);
  }
  /** Sum over axes (all by default). */
  sum(axis, keepdims = false) {
    return sum(this, axis, keepdims);
  }
  /** Mean over axes (all by default). */
  mean(axis, keepdims = false) {
    return mean(this, axis, keepdims);
  }
  /** Max over one axis (all by default); the gradient goes to the first maximum. */
  max(axis, keepdims = false) {
    return max(this, axis, keepdims);
  }
  /** Softmax along an axis (stable). */
  softmax(axis = -1) {
    return softmax(this, axis);
  }
  /** Log-softmax along an axis (stable). */
  logSoftmax(axis = -1) {
    return logSoftmax(this, axis);
  }
};
function flatten(x, shape, out, depth) {
  if (typeof x === "number") {
    if (depth !== shape.length) {
      throw new RectifyError("shape", `tensor: ragged nested array at depth ${depth}`);
    }
    out.push(x);
    return;
  }
  if (!Array.isArray(x)) {
    throw new RectifyError("dtype", `tensor: expected numbers or arrays, got ${typeof x}`);
  }
  if (depth === shape.length) shape.push(x.length);
  else if (shape[depth] !== x.length) {
    throw new RectifyError("shape", `tensor: ragged nested array: expected ${shape[depth]} elements at depth ${depth}, got ${x.length}`);
  }
  for (const v of x) flatten(v, shape, out, depth + 1);
}
function fromArray(values, options = {}) {
  let dtype = options.dtype;
  let flat;
  let shape;
  const given = options.shape === void 0 ? void 0 : checkShape(options.shape, "tensor");
  if (values instanceof Float32Array || values instanceof Float64Array || given) {
    flat = values;
    if (typeof flat !== "object" || flat === null || typeof flat.length !== "number") {
      throw new RectifyError("dtype", `tensor: expected an array of numbers, got ${typeof flat}`);
    }
    shape = given ?? [
      flat.length
    ];
    dtype ??= values instanceof Float64Array ? "float64" : "float32";
  } else {
    const out = [];
    shape = [];
    flatten(values, shape, out, 0);
    flat = out;
  }
  const data = alloc(dtype ?? "float32", flat.length, "tensor");
  const typed = flat instanceof Float32Array || flat instanceof Float64Array;
  for (let i = 0; !typed && i < flat.length; i++) {
    if (typeof flat[i] !== "number") {
      throw new RectifyError("dtype", `tensor: element ${i} must be a number, got ${typeof flat[i]}`);
    }
  }
  data.set(flat);
  return new Tensor(data, shape, {
    requiresGrad: options.requiresGrad ?? false
  });
}
function tensor(values, options = {}) {
  return fromArray(values, options);
}

// core/ops.ts
function resultDtype(a, b) {
  return a.dtype === "float64" || b.dtype === "float64" ? "float64" : "float32";
}
function scalar(v, dtype = "float32") {
  const d = alloc(dtype, 1);
  d[0] = v;
  return new Tensor(d, []);
}
function asTensor(x, like2, op) {
  if (x instanceof Tensor) return x;
  if (typeof x !== "number") {
    throw new RectifyError("dtype", `${op}: expected a Tensor or a number, got ${describe(x)}`);
  }
  return scalar(x, like2.dtype);
}
function dataAs(t, dtype) {
  if (t.dtype === dtype) return t.data;
  return dtype === "float64" ? new Float64Array(t.data) : new Float32Array(t.data);
}
function kernelData(t, dtype) {
  return t.dtype === dtype ? t.storage : dataAs(t, dtype);
}
function binaryRaw(op, a, b, name) {
  const dtype = resultDtype(a, b);
  const outShape2 = broadcastShapes(a.shape, b.shape, name);
  const n = sizeOf(outShape2);
  let ad = kernelData(a, dtype);
  let bd = kernelData(b, dtype);
  if (ad.length !== n) {
    const e = alloc(dtype, n);
    expandInto(syncHost(ad), a.shape, outShape2, e);
    ad = e;
  }
  if (bd.length !== n) {
    const e = alloc(dtype, n);
    expandInto(syncHost(bd), b.shape, outShape2, e);
    bd = e;
  }
  const out = allocEmpty(dtype, n, "tensor");
  getBackend().binary(op, ad, bd, out);
  return new Tensor(out, outShape2);
}
function unaryRaw(op, x) {
  const out = allocEmpty(x.dtype, x.size, "tensor");
  getBackend().unary(op, x.storage, out);
  return new Tensor(out, x.shape);
}
function add(a, b) {
  const [x, y] = pair(a, b, "add");
  return _record("add", [
    x,
    y
  ], binaryRaw("add", x, y, "add"), (g) => [
    sumToShape(g, x.shape),
    sumToShape(g, y.shape)
  ]);
}
function sub(a, b) {
  const [x, y] = pair(a, b, "sub");
  return _record("sub", [
    x,
    y
  ], binaryRaw("sub", x, y, "sub"), (g) => [
    sumToShape(g, x.shape),
    sumToShape(unaryRaw("neg", g), y.shape)
  ]);
}
function mul(a, b) {
  const [x, y] = pair(a, b, "mul");
  return _record("mul", [
    x,
    y
  ], binaryRaw("mul", x, y, "mul"), (g, ctx) => [
    ctx.needsInputGrad[0] ? sumToShape(binaryRaw("mul", g, y, "mul"), x.shape) : null,
    ctx.needsInputGrad[1] ? sumToShape(binaryRaw("mul", g, x, "mul"), y.shape) : null
  ]);
}
function div(a, b) {
  const [x, y] = pair(a, b, "div");
  return _record("div", [
    x,
    y
  ], binaryRaw("div", x, y, "div"), (g, ctx) => {
    const gx = binaryRaw("div", g, y, "div");
    return [
      ctx.needsInputGrad[0] ? sumToShape(gx, x.shape) : null,
      ctx.needsInputGrad[1] ? sumToShape(unaryRaw("neg", binaryRaw("mul", gx, binaryRaw("div", x, y, "div"), "div")), y.shape) : null
    ];
  });
}
function pow(a, b) {
  const [x, y] = pair(a, b, "pow");
  const out = binaryRaw("pow", x, y, "pow");
  return _record("pow", [
    x,
    y
  ], out, (g, ctx) => {
    let gx = null;
    let gy = null;
    if (ctx.needsInputGrad[0]) {
      const ym1 = binaryRaw("sub", y, scalar(1, y.dtype), "pow");
      const d = binaryRaw("mul", y, binaryRaw("pow", x, ym1, "pow"), "pow");
      gx = sumToShape(binaryRaw("mul", g, d, "pow"), x.shape);
    }
    if (ctx.needsInputGrad[1]) {
      const d = binaryRaw("mul", out, unaryRaw("log", x), "pow");
      gy = sumToShape(binaryRaw("mul", g, d, "pow"), y.shape);
    }
    return [
      gx,
      gy
    ];
  });
}
function pair(a, b, op) {
  if (a instanceof Tensor) return [
    a,
    asTensor(b, a, op)
  ];
  if (b instanceof Tensor) return [
    asTensor(a, b, op),
    b
  ];
  const x = asTensor(a, scalar(0), op);
  return [
    x,
    asTensor(b, x, op)
  ];
}
function neg(x) {
  requireTensor(x, "neg");
  return _record("neg", [
    x
  ], unaryRaw("neg", x), (g) => unaryRaw("neg", g));
}
function exp(x) {
  requireTensor(x, "exp");
  const out = unaryRaw("exp", x);
  return _record("exp", [
    x
  ], out, (g) => binaryRaw("mul", g, out, "exp"));
}
function log(x) {
  requireTensor(x, "log");
  return _record("log", [
    x
  ], unaryRaw("log", x), (g) => binaryRaw("div", g, x, "log"));
}
function sqrt(x) {
  requireTensor(x, "sqrt");
  const out = unaryRaw("sqrt", x);
  return _record("sqrt", [
    x
  ], out, (g) => binaryRaw("div", g, binaryRaw("mul", out, scalar(2, out.dtype), "sqrt"), "sqrt"));
}
function abs(x) {
  requireTensor(x, "abs");
  return _record("abs", [
    x
  ], unaryRaw("abs", x), (g) => binaryRaw("mul", g, unaryRaw("sign", x), "abs"));
}
function sign(x) {
  requireTensor(x, "sign");
  return _record("sign", [
    x
  ], unaryRaw("sign", x), (g) => new Tensor(alloc(g.dtype, g.size), g.shape));
}
function maximum(a, b) {
  const [x, y] = pair(a, b, "maximum");
  return selectOp("maximum", x, y, "ge");
}
function minimum(a, b) {
  const [x, y] = pair(a, b, "minimum");
  return selectOp("minimum", x, y, "le");
}
function selectOp(name, x, y, cmp) {
  const out = binaryRaw(name, x, y, name);
  return _record(name, [
    x,
    y
  ], out, (g) => {
    const m = compareRaw(cmp, x, y, name);
    const gx = binaryRaw("mul", g, m, name);
    const gy = binaryRaw("sub", g, gx, name);
    return [
      sumToShape(gx, x.shape),
      sumToShape(gy, y.shape)
    ];
  });
}
function compareRaw(op, a, b, name) {
  const dtype = resultDtype(a, b);
  const outShape2 = broadcastShapes(a.shape, b.shape, name);
  const n = sizeOf(outShape2);
  const ad = alloc(dtype, n);
  const bd = alloc(dtype, n);
  expandInto(dataAs(a, dtype), a.shape, outShape2, ad);
  expandInto(dataAs(b, dtype), b.shape, outShape2, bd);
  const out = alloc(dtype, n);
  switch (op) {
    case "gt":
      for (let i = 0; i < n; i++) out[i] = ad[i] > bd[i] ? 1 : 0;
      break;
    case "ge":
      for (let i = 0; i < n; i++) out[i] = ad[i] >= bd[i] ? 1 : 0;
      break;
    case "lt":
      for (let i = 0; i < n; i++) out[i] = ad[i] < bd[i] ? 1 : 0;
      break;
    case "le":
      for (let i = 0; i < n; i++) out[i] = ad[i] <= bd[i] ? 1 : 0;
      break;
    case "eq":
      for (let i = 0; i < n; i++) out[i] = ad[i] === bd[i] ? 1 : 0;
      break;
    case "ne":
      for (let i = 0; i < n; i++) out[i] = ad[i] !== bd[i] ? 1 : 0;
      break;
  }
  return new Tensor(out, outShape2);
}
function compare(op, a, b) {
  const [x, y] = pair(a, b, op);
  return compareRaw(op, x, y, op);
}
function where(cond, a, b) {
  requireTensor(cond, "where", "cond");
  const [x, y] = pair(a, b, "where");
  const dtype = resultDtype(x, y);
  const outShape2 = broadcastShapes(broadcastShapes(cond.shape, x.shape, "where"), y.shape, "where");
  const n = sizeOf(outShape2);
  const c = alloc(cond.dtype, n), xd = alloc(dtype, n), yd = alloc(dtype, n);
  expandInto(cond.data, cond.shape, outShape2, c);
  expandInto(dataAs(x, dtype), x.shape, outShape2, xd);
  expandInto(dataAs(y, dtype), y.shape, outShape2, yd);
  const out = alloc(dtype, n);
  for (let i = 0; i < n; i++) out[i] = c[i] !== 0 ? xd[i] : yd[i];
  return _record("where", [
    x,
    y
  ], new Tensor(out, outShape2), (g) => {
    const gx = alloc(g.dtype, n), gy = alloc(g.dtype, n);
    for (let i = 0; i < n; i++) {
      if (c[i] !== 0) gx[i] = g.data[i];
      else gy[i] = g.data[i];
    }
    return [
      sumToShape(new Tensor(gx, outShape2), x.shape),
      sumToShape(new Tensor(gy, outShape2), y.shape)
    ];
  });
}
function clone(x) {
  requireTensor(x, "clone");
  const out = alloc(x.dtype, x.size);
  copyData(x.storage, out);
  return _record("clone", [
    x
  ], new Tensor(out, x.shape), (g) => g);
}
function cast(x, dtype) {
  requireTensor(x, "cast");
  if (dtype !== "float32" && dtype !== "float64") {
    throw new RectifyError("dtype", `cast: dtype must be "float32" or "float64", got ${dtype}`);
  }
  if (x.dtype === dtype) return x;
  const out = alloc(dtype, x.size);
  out.set(x.data);
  return _record("cast", [
    x
  ], new Tensor(out, x.shape), (g) => {
    const back = alloc(x.dtype, g.size);
    back.set(g.data);
    return new Tensor(back, g.shape);
  });
}

// core/autograd.ts
var overrideStack = [];
var gradEnabled = true;
function _pushOverrides(map) {
  overrideStack.push(map);
}
function _popOverrides(map) {
  const i = overrideStack.lastIndexOf(map);
  if (i >= 0) overrideStack.splice(i, 1);
}
function isGradEnabled() {
  return gradEnabled;
}
function noGrad(fn) {
  const prev = gradEnabled;
  gradEnabled = false;
  try {
    return fn();
  } finally {
    gradEnabled = prev;
  }
}
var GradNode = class {
  /** Op name, the key gradient overrides use. */
  op;
  /** Producers of the inputs: a node, a leaf tensor, or null (no grad). */
  next;
  /** Hooks registered on the output tensor. */
  hooks = [];
  /** The output tensor, when `retainGrad()` asked for its gradient. */
  retained = null;
  #rule;
  #ctx;
  /** @internal */
  constructor(op, inputs, rule, ctx) {
    this.op = op;
    this.next = inputs.map((t) => t.requiresGrad ? t.node ?? t : null);
    this.#rule = rule;
    this.#ctx = ctx;
  }
  /** Run the backward rule for an output gradient. */
  apply(grad) {
    const ctx = this.#ctx;
    if (ctx === null) {
      throw new RectifyError("autograd", `backward: the graph through "${this.op}" was already freed by an earlier backward(); pass { retainGraph: true } to the first call to backward twice`);
    }
    const r = this.#rule(grad, ctx);
    return Array.isArray(r) ? r : [
      r
    ];
  }
  /** Drop saved tensors (after a backward without `retainGraph`). */
  free() {
    this.#ctx = null;
    this.#rule = freedRule;
  }
};
function _record(op, inputs, output, rule, saved = [], data = {}) {
  if (!gradEnabled) return output;
  let any = false;
  for (const t of inputs) if (t.requiresGrad) any = true;
  if (!any) return output;
  let effective = rule;
  for (const scope of overrideStack) {
    const ov = scope[op];
    if (ov === void 0) continue;
    const inner = effective;
    effective = (g, c) => checkedGradients(op, ov(g, {
      ...c,
      original: (gg) => asList(inner(gg, c))
    }), c);
  }
  const ctx = {
    op,
    saved,
    data,
    inputShapes: inputs.map((t) => t.shape),
    needsInputGrad: inputs.map((t) => t.requiresGrad),
    original: (g) => asList(rule(g, ctx))
  };
  output._setNode(new GradNode(op, inputs, effective, ctx));
  return output;
}
function freedRule() {
  throw new RectifyError("autograd", "backward: graph already freed");
}
function checkedGradients(op, r, ctx) {
  const n = ctx.inputShapes.length;
  const bad = (what) => {
    throw new RectifyError("autograd", `gradient override for op "${op}" returned ${what}; expected ${n === 1 ? "a Tensor or " : ""}an array of ${n} gradient${n === 1 ? "" : "s"} (a Tensor of the input's shape, or null for none), e.g. ctx.original(grad) to keep the op's own rule`);
  };
  const list = r instanceof Tensor ? [
    r
  ] : Array.isArray(r) ? r : bad(describeValue(r));
  if (list.length !== n) bad(`${list.length} gradients for ${n} input${n === 1 ? "" : "s"}`);
  list.forEach((gi, i) => {
    if (gi === null) return;
    if (!(gi instanceof Tensor)) bad(`${describeValue(gi)} as gradient ${i}`);
    if (!sameShape(gi.shape, ctx.inputShapes[i])) {
      bad(`a gradient of shape ${fmtShape(gi.shape)} for input ${i} of shape ${fmtShape(ctx.inputShapes[i])}`);
    }
  });
  return r;
}
function describeValue(v) {
  if (v === void 0) return "undefined";
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "object") return `a ${v.constructor?.name ?? "object"}`;
  return `a ${typeof v} (${String(v).slice(0, 40)})`;
}
function asList(r) {
  return Array.isArray(r) ? r : [
    r
  ];
}
function seedGradient(root, seed) {
  if (!root.requiresGrad) {
    throw new RectifyError("autograd", "backward: tensor does not require grad (no input had requiresGrad: true, or it was built under noGrad)");
  }
  if (seed === void 0) {
    if (root.size !== 1) {
      throw new RectifyError("autograd", `backward: a seed gradient is needed for a non-scalar tensor of shape ${fmtShape(root.shape)}`);
    }
    const one = allocEmpty(root.dtype, 1, "gradient");
    one[0] = 1;
    return new Tensor(one, root.shape);
  }
  if (!sameShape(seed.shape, root.shape)) {
    throw new RectifyError("shape", `backward: seed shape ${fmtShape(seed.shape)} does not match tensor shape ${fmtShape(root.shape)}`);
  }
  return seed.requiresGrad ? seed.detach() : seed;
}
function runBackward(root, seed, options) {
  const g0 = seedGradient(root, seed);
  const grads = /* @__PURE__ */ new Map();
  const leaves = [];
  const rootNode = root.node;
  const prevEnabled = gradEnabled;
  const pass = {
    node: null,
    grads,
    handed: null
  };
  const prevPass = current2;
  gradEnabled = false;
  current2 = pass;
  try {
    if (rootNode === null) {
      grads.set(root, g0);
      leaves.push(root);
    } else {
      const order = [];
      topoSort(rootNode, order, leaves);
      grads.set(rootNode, g0);
      for (const node of order) propagate(node, pass, options);
    }
    for (const leaf of leaves) {
      let g = grads.get(leaf);
      if (g === void 0) continue;
      for (const hook of leaf._leafHooks) g = applyHook(hook, g, "leaf");
      accumulateGrad(leaf, g, pass.handed?.get(leaf) ?? null);
    }
  } finally {
    gradEnabled = prevEnabled;
    current2 = prevPass;
  }
}
var current2 = null;
function _gradDestination(i, dtype, n) {
  const pass = current2;
  const node = pass?.node;
  if (!node) return null;
  const next = node.next;
  const target = next[i];
  if (!(target instanceof Tensor) || target.grad !== null || target.dtype !== dtype || target.size !== n || target._leafHooks.length !== 0 || pass.grads.has(target) || pass.handed?.has(target)) return null;
  for (let j = 0; j < next.length; j++) if (j !== i && next[j] === target) return null;
  const d = gradStorage(target, dtype, n);
  (pass.handed ??= /* @__PURE__ */ new Map()).set(target, d);
  return d;
}
function propagate(node, pass, options) {
  const grads = pass.grads;
  let g = grads.get(node);
  if (g === void 0) return;
  grads.delete(node);
  for (const hook of node.hooks) g = applyHook(hook, g, node.op);
  if (node.retained) accumulateGrad(node.retained, g, null);
  pass.node = node;
  let ins;
  try {
    ins = node.apply(g);
  } finally {
    pass.node = null;
  }
  if (!options.retainGraph) node.free();
  for (let i = 0; i < node.next.length; i++) {
    const target = node.next[i];
    const gi = ins[i];
    if (target === null || gi === null || gi === void 0) continue;
    const prev = grads.get(target);
    grads.set(target, prev === void 0 ? gi : add(prev, gi));
  }
}
function applyHook(hook, g, where2) {
  const r = hook(g);
  if (r === void 0) return g;
  if (!(r instanceof Tensor) || !sameShape(r.shape, g.shape)) {
    throw new RectifyError("autograd", `tensor hook on the output of "${where2}" must return a Tensor of shape ${fmtShape(g.shape)} or nothing, got ${r instanceof Tensor ? fmtShape(r.shape) : typeof r}`);
  }
  return r;
}
function accumulateGrad(t, g, given) {
  if (!sameShape(g.shape, t.shape)) {
    throw new RectifyError("shape", `backward: gradient of shape ${fmtShape(g.shape)} does not match tensor shape ${fmtShape(t.shape)}`);
  }
  if (t.grad === null) {
    const d = given ?? gradStorage(t, t.dtype, t.size);
    if (g.storage !== d) {
      if (g.dtype === t.dtype) copyData(g.storage, d);
      else d.set(g.data);
    }
    t.grad = new Tensor(d, t.shape);
  } else if (g.dtype === t.dtype) {
    const a = t.grad.storage;
    getBackend().binary("add", a, g.storage, a);
  } else {
    const a = t.grad.data, b = g.data;
    for (let i = 0; i < a.length; i++) a[i] += b[i];
  }
}
function topoSort(root, order, leaves) {
  const seen = /* @__PURE__ */ new Set();
  const post = [];
  const stack = [
    [
      root,
      0
    ]
  ];
  seen.add(root);
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const [node, i] = top;
    if (i < node.next.length) {
      top[1] = i + 1;
      const nx = node.next[i];
      if (nx === null || seen.has(nx)) continue;
      seen.add(nx);
      if (nx instanceof GradNode) stack.push([
        nx,
        0
      ]);
      else leaves.push(nx);
    } else {
      stack.pop();
      post.push(node);
    }
  }
  for (let i = post.length - 1; i >= 0; i--) order.push(post[i]);
}

// core/conv_ops.ts
function pair2(v, dflt, what, min) {
  const p = v ?? [
    dflt,
    dflt
  ];
  if (!Array.isArray(p) || p.length !== 2 || !p.every((d) => Number.isInteger(d) && d >= min)) {
    throw new RangeError(`conv2d: ${what} must be a pair of integers >= ${min}, got ${JSON.stringify(v)}`);
  }
  return p;
}
function convGeometry(xShape, wShape, options) {
  if (xShape.length !== 4 || wShape.length !== 4) {
    throw new TypeError(`conv2d: expected input [N, C, H, W] and weight [O, C/groups, kh, kw], got ${fmtShape(xShape)} and ${fmtShape(wShape)}`);
  }
  const [n, c, h, w] = xShape;
  const [o, cg, kh, kw] = wShape;
  const groups = options.groups ?? 1;
  if (!Number.isInteger(groups) || groups < 1 || c % groups !== 0 || o % groups !== 0) {
    throw new RangeError(`conv2d: groups must be a positive integer dividing the ${c} input and ${o} output channels, got ${groups}`);
  }
  if (cg !== c / groups) {
    throw new TypeError(`conv2d: weight ${fmtShape(wShape)} needs ${cg * groups} input channels (groups ${groups}), the input ${fmtShape(xShape)} has ${c}`);
  }
  const [sh, sw] = pair2(options.stride, 1, "stride", 1);
  const [dh, dw] = pair2(options.dilation, 1, "dilation", 1);
  let pt, pl, ph2, pw2;
  if (options.padding === "same") {
    if (sh !== 1 || sw !== 1) {
      throw new RangeError(`conv2d: padding "same" needs stride [1, 1], got [${sh}, ${sw}]`);
    }
    const th = dh * (kh - 1), tw = dw * (kw - 1);
    pt = Math.floor(th / 2);
    pl = Math.floor(tw / 2);
    ph2 = th;
    pw2 = tw;
  } else {
    const [ph, pw] = pair2(options.padding, 0, "padding", 0);
    pt = ph;
    pl = pw;
    ph2 = 2 * ph;
    pw2 = 2 * pw;
  }
  const ho = Math.floor((h + ph2 - dh * (kh - 1) - 1) / sh) + 1;
  const wo = Math.floor((w + pw2 - dw * (kw - 1) - 1) / sw) + 1;
  if (ho < 1 || wo < 1) {
    throw new RangeError(`conv2d: input ${fmtShape(xShape)} is smaller than the dilated kernel ${kh}x${kw} (dilation [${dh}, ${dw}], padding [${pt}, ${pl}]): output would be ${ho}x${wo}`);
  }
  return {
    n,
    c,
    h,
    w,
    o,
    kh,
    kw,
    sh,
    sw,
    pt,
    pl,
    dh,
    dw,
    groups,
    ho,
    wo
  };
}
function convParams(g) {
  return [
    g.n,
    g.c,
    g.h,
    g.w,
    g.o,
    g.kh,
    g.kw,
    g.sh,
    g.sw,
    g.pt,
    g.pl,
    g.dh,
    g.dw,
    g.groups,
    g.ho,
    g.wo
  ];
}
function fromParams(p) {
  const [n, c, h, w, o, kh, kw, sh, sw, pt, pl, dh, dw, groups, ho, wo] = p;
  return {
    n,
    c,
    h,
    w,
    o,
    kh,
    kw,
    sh,
    sw,
    pt,
    pl,
    dh,
    dw,
    groups,
    ho,
    wo
  };
}
function trivialCols(g) {
  return g.kh === 1 && g.kw === 1 && g.sh === 1 && g.sw === 1 && g.pt === 0 && g.pl === 0 && g.ho === g.h && g.wo === g.w;
}
function validRange(off, s, p, size, out) {
  const lo = Math.max(0, Math.ceil((p - off) / s));
  const hi = Math.min(out, Math.floor((size - 1 + p - off) / s) + 1);
  return [
    lo,
    hi < lo ? lo : hi
  ];
}
function im2col(x, xo, col, g, cg) {
  const { h, w, kh, kw, sh, sw, pt, pl, dh, dw, ho, wo } = g;
  const hw = ho * wo;
  let r = 0;
  for (let c = 0; c < cg; c++) {
    const plane = xo + c * h * w;
    for (let u = 0; u < kh; u++) {
      for (let v = 0; v < kw; v++, r++) {
        const [j0, j1] = validRange(v * dw, sw, pl, w, wo);
        const rb = r * hw;
        for (let i = 0; i < ho; i++) {
          const hh = i * sh - pt + u * dh;
          const ob = rb + i * wo;
          if (hh < 0 || hh >= h) {
            col.fill(0, ob, ob + wo);
            continue;
          }
          const xb = plane + hh * w - pl + v * dw;
          for (let j = 0; j < j0; j++) col[ob + j] = 0;
          for (let j = j0; j < j1; j++) col[ob + j] = x[xb + j * sw];
          for (let j = j1; j < wo; j++) col[ob + j] = 0;
        }
      }
    }
  }
}
function col2im(col, dx, xo, g, cg) {
  const { h, w, kh, kw, sh, sw, pt, pl, dh, dw, ho, wo } = g;
  const hw = ho * wo;
  let r = 0;
  for (let c = 0; c < cg; c++) {
    const plane = xo + c * h * w;
    for (let u = 0; u < kh; u++) {
      for (let v = 0; v < kw; v++, r++) {
        const [j0, j1] = validRange(v * dw, sw, pl, w, wo);
        const rb = r * hw;
        for (let i = 0; i < ho; i++) {
          const hh = i * sh - pt + u * dh;
          if (hh < 0 || hh >= h) continue;
          const xb = plane + hh * w - pl + v * dw, ob = rb + i * wo;
          for (let j = j0; j < j1; j++) dx[xb + j * sw] += col[ob + j];
        }
      }
    }
  }
}
function colBuffer(x, g) {
  const k = g.c / g.groups * g.kh * g.kw;
  return alloc(x instanceof Float64Array ? "float64" : "float32", k * g.ho * g.wo, "conv2d");
}
var conv2dReference = ([x, wt, bias], [y], params) => {
  const g = fromParams(params);
  const cg = g.c / g.groups, og = g.o / g.groups, k = cg * g.kh * g.kw, hw = g.ho * g.wo;
  const be = getBackend();
  const direct = trivialCols(g);
  const col = direct ? null : colBuffer(x, g);
  for (let n = 0; n < g.n; n++) {
    for (let q = 0; q < g.groups; q++) {
      const xo = (n * g.c + q * cg) * g.h * g.w;
      let b;
      if (col === null) b = x.subarray(xo, xo + k * hw);
      else {
        im2col(x, xo, col, g, cg);
        b = col;
      }
      const yo = (n * g.o + q * og) * hw;
      const wq = wt.subarray(q * og * k, (q + 1) * og * k);
      be.matmul(wq, b, y.subarray(yo, yo + og * hw), og, k, hw);
    }
  }
  if (bias.length === 0) return;
  for (let n = 0; n < g.n; n++) {
    for (let o = 0; o < g.o; o++) {
      const b = bias[o], yo = (n * g.o + o) * hw;
      for (let i = 0; i < hw; i++) y[yo + i] += b;
    }
  }
};
var conv2dBackwardInputReference = ([dy, wt], [dx], params) => {
  const g = fromParams(params);
  const cg = g.c / g.groups, og = g.o / g.groups, k = cg * g.kh * g.kw, hw = g.ho * g.wo;
  const be = getBackend();
  const direct = trivialCols(g);
  const col = direct ? null : colBuffer(dx, g);
  if (col !== null) dx.fill(0);
  for (let n = 0; n < g.n; n++) {
    for (let q = 0; q < g.groups; q++) {
      const xo = (n * g.c + q * cg) * g.h * g.w, yo = (n * g.o + q * og) * hw;
      const wq = wt.subarray(q * og * k, (q + 1) * og * k);
      const out = col ?? dx.subarray(xo, xo + k * hw);
      be.matmul(wq, dy.subarray(yo, yo + og * hw), out, k, og, hw, {
        transA: true
      });
      if (col !== null) col2im(col, dx, xo, g, cg);
    }
  }
};
var conv2dBackwardWeightReference = ([dy, x], [dw, db], params) => {
  const g = fromParams(params);
  const cg = g.c / g.groups, og = g.o / g.groups, k = cg * g.kh * g.kw, hw = g.ho * g.wo;
  const be = getBackend();
  const direct = trivialCols(g);
  const col = direct ? null : colBuffer(x, g);
  dw.fill(0);
  for (let n = 0; n < g.n; n++) {
    for (let q = 0; q < g.groups; q++) {
      const xo = (n * g.c + q * cg) * g.h * g.w, yo = (n * g.o + q * og) * hw;
      let b;
      if (col === null) b = x.subarray(xo, xo + k * hw);
      else {
        im2col(x, xo, col, g, cg);
        b = col;
      }
      const dwq = dw.subarray(q * og * k, (q + 1) * og * k);
      be.matmul(dy.subarray(yo, yo + og * hw), b, dwq, og, hw, k, {
        transB: true,
        accumulate: true
      });
    }
  }
  if (db.length === 0) return;
  db.fill(0);
  for (let n = 0; n < g.n; n++) {
    for (let o = 0; o < g.o; o++) {
      const yo = (n * g.o + o) * hw;
      let s = 0;
      for (let i = 0; i < hw; i++) s += dy[yo + i];
      db[o] += s;
    }
  }
};
var EMPTY32 = new Float32Array(0);
var EMPTY64 = new Float64Array(0);
function empty(dtype) {
  return dtype === "float64" ? EMPTY64 : EMPTY32;
}
function gradInto(i, dtype, n, wanted) {
  const d = wanted ? _gradDestination(i, dtype, n) : null;
  if (d === null) return alloc(dtype, n, "conv2d");
  zeroData(d);
  return d;
}
function conv2dRule(g, x, weight, hasBias) {
  return (dy, ctx) => {
    const params = convParams(g);
    let dx = null, dw = null, db = null;
    if (ctx.needsInputGrad[0]) {
      const d = alloc(x.dtype, x.size, "conv2d");
      runKernel("conv2dBackwardInput", [
        dy.data,
        weight.data
      ], [
        d
      ], params, conv2dBackwardInputReference);
      dx = new Tensor(d, x.shape);
    }
    const wantB = hasBias && ctx.needsInputGrad[2];
    if (ctx.needsInputGrad[1] || wantB) {
      const d = gradInto(1, weight.dtype, weight.size, ctx.needsInputGrad[1]);
      const dbd = wantB ? gradInto(2, weight.dtype, g.o, true) : empty(weight.dtype);
      runKernel("conv2dBackwardWeight", [
        dy.data,
        x.data
      ], [
        d,
        dbd
      ], params, conv2dBackwardWeightReference);
      if (ctx.needsInputGrad[1]) dw = new Tensor(d, weight.shape);
      if (wantB) db = new Tensor(dbd, [
        g.o
      ]);
    }
    return hasBias ? [
      dx,
      dw,
      db
    ] : [
      dx,
      dw
    ];
  };
}
function conv2d(x, weight, bias = null, options = {}) {
  requireTensor(x, "conv2d");
  requireTensor(weight, "conv2d", "weight");
  if (x.dtype !== weight.dtype || bias !== null && bias.dtype !== x.dtype) {
    throw new TypeError(`conv2d: input, weight and bias must share a dtype, got ${x.dtype}, ${weight.dtype}` + (bias === null ? "" : ` and ${bias.dtype}`));
  }
  const g = convGeometry(x.shape, weight.shape, options);
  if (bias !== null && (bias.ndim !== 1 || bias.shape[0] !== g.o)) {
    throw new TypeError(`conv2d: bias must have shape [${g.o}], got ${fmtShape(bias.shape)}`);
  }
  const y = alloc(x.dtype, g.n * g.o * g.ho * g.wo, "conv2d");
  const b = bias === null ? empty(x.dtype) : bias.data;
  runKernel("conv2d", [
    x.data,
    weight.data,
    b
  ], [
    y
  ], convParams(g), conv2dReference);
  const out = new Tensor(y, [
    g.n,
    g.o,
    g.ho,
    g.wo
  ]);
  const inputs = bias === null ? [
    x,
    weight
  ] : [
    x,
    weight,
    bias
  ];
  return _record("conv2d", inputs, out, conv2dRule(g, x, weight, bias !== null), [
    x,
    weight
  ], {
    geometry: g
  });
}

// core/_show.ts
var MARK = "@@rectify-number:";
function showJson(v) {
  try {
    const text = JSON.stringify(v, (_k, x) => typeof x === "number" && !Number.isFinite(x) ? `${MARK}${x}` : x);
    if (text === void 0) return String(v);
    return text.replace(new RegExp(`"${MARK}(NaN|-?Infinity)"`, "g"), "$1");
  } catch {
    return String(v);
  }
}

// core/_load.ts
function importFailure(e) {
  const raw = String(e?.message ?? e).replace(/\x1b\[[0-9;]*m/g, "");
  const lines = raw.split("\n");
  const where2 = lines.map((l) => /^\s*at (\S+)\s*$/.exec(l)?.[1]).find((w) => w !== void 0);
  const first = lines[0].trim();
  return where2 ? `${first} (at ${where2})` : first;
}
function left(deadline) {
  return Math.max(1, deadline - Date.now());
}
async function withDeadline(promise, deadline, late) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(late()), left(deadline));
  });
  try {
    return await Promise.race([
      promise,
      timeout
    ]);
  } finally {
    clearTimeout(timer);
  }
}
function netAllowed(url) {
  try {
    return Deno.permissions.querySync({
      name: "net",
      host: new URL(url).host
    }).state === "granted";
  } catch {
    return false;
  }
}
async function fetchAsDataUrl(url, deadline) {
  let res;
  try {
    res = await fetch(url, {
      signal: AbortSignal.timeout(left(deadline))
    });
  } catch (e) {
    const name = e?.name;
    throw new Error(name === "TimeoutError" || name === "AbortError" ? `the server did not answer within the load timeout; raise it with timeoutMs (--plugin-timeout)` : `fetching it failed: ${e?.message ?? e}`);
  }
  if (!res.ok) {
    await res.body?.cancel();
    throw new Error(`fetching it failed: HTTP ${res.status} ${res.statusText}`);
  }
  const text = await res.text();
  const type = res.headers.get("content-type") ?? "";
  const path = new URL(url).pathname;
  const ts = /typescript/.test(type) || /\.m?tsx?$/.test(path);
  const bytes = new TextEncoder().encode(text);
  let bin = "";
  for (let i = 0; i < bytes.length; i += 32768) {
    bin += String.fromCharCode(...bytes.subarray(i, i + 32768));
  }
  return `data:application/${ts ? "typescript" : "javascript"};base64,${btoa(bin)}`;
}
var PROBE = "self.onmessage = async (e) => { try { await import(e.data); } catch { /* the caller's own import reports it */ } self.postMessage(0); };";
async function probeImport(url, deadline) {
  if (typeof Worker === "undefined") return "skipped";
  let worker;
  try {
    worker = new Worker(`data:application/javascript,${encodeURIComponent(PROBE)}`, {
      type: "module"
    });
  } catch {
    return "skipped";
  }
  let timer;
  try {
    return await new Promise((resolve) => {
      timer = setTimeout(() => resolve("timeout"), left(deadline));
      worker.onmessage = () => resolve("ok");
      worker.onerror = (e) => {
        e.preventDefault();
        resolve("ok");
      };
      worker.postMessage(url);
    });
  } finally {
    clearTimeout(timer);
    worker.terminate();
  }
}
function resolveSpecifier(specifier) {
  if (/^(jsr:|npm:|https?:|file:|data:)/.test(specifier)) return specifier;
  const cwd = typeof Deno !== "undefined" ? Deno.cwd() : ".";
  const base = "file://" + (cwd.startsWith("/") ? "" : "/") + cwd.replaceAll("\\", "/") + "/";
  return new URL(specifier, base).href;
}

// core/rng.ts
function fmix32(x) {
  let z = x >>> 0;
  z = Math.imul(z ^ z >>> 16, 2246822507);
  z = Math.imul(z ^ z >>> 13, 3266489909);
  return (z ^ z >>> 16) >>> 0;
}
function splitmix32(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 2654435769 >>> 0;
    return fmix32(a);
  };
}
var Rng = class _Rng {
  #s0 = 0;
  #s1 = 0;
  #s2 = 0;
  #s3 = 0;
  #spare = null;
  /**
   * Seed the generator with any safe integer (`Number.isSafeInteger`, so
   * |seed| <= 2^53 - 1). Every such seed gives its own stream: the 32 low
   * bits of |seed| seed the generator as they always did, and the high bits
   * and the sign are mixed into the second state word (zero for seeds in
   * [0, 2^32), whose streams are unchanged).
   */
  constructor(seed = 0) {
    if (!Number.isSafeInteger(seed)) {
      throw new RectifyError("option", `Rng: seed must be an integer in [-(2^53 - 1), 2^53 - 1] (a safe integer), got ${seed}`);
    }
    const m = Math.abs(seed);
    const hi = Math.floor(m / 4294967296) + (seed < 0 ? 2097152 : 0);
    this.#init(m % 4294967296, hi);
  }
  /** Seed from a 32-bit word; `hi` (< 2^22) selects one of the streams that share it. */
  #init(word, hi) {
    const mix = splitmix32(word);
    this.#s0 = mix();
    this.#s1 = (mix() ^ fmix32(hi)) >>> 0;
    this.#s2 = mix();
    this.#s3 = mix();
    if ((this.#s0 | this.#s1 | this.#s2 | this.#s3) === 0) this.#s0 = 1;
    this.#spare = null;
  }
  /** Next 32-bit unsigned integer. */
  nextUint32() {
    const s0 = this.#s0, s1 = this.#s1, s2 = this.#s2, s3 = this.#s3;
    const r = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    let n2 = s2 ^ s0;
    let n3 = s3 ^ s1;
    const n1 = s1 ^ n2;
    const n0 = s0 ^ n3;
    n2 ^= t;
    n3 = rotl(n3, 11);
    this.#s0 = n0 >>> 0;
    this.#s1 = n1 >>> 0;
    this.#s2 = n2 >>> 0;
    this.#s3 = n3 >>> 0;
    return r;
  }
  /** Uniform float64 in [0, 1) with 53 random bits. */
  uniform() {
    const hi = this.nextUint32() >>> 5;
    const lo = this.nextUint32() >>> 6;
    return (hi * 67108864 + lo) / 9007199254740992;
  }
  /** Standard normal deviate (Box-Muller, the second value cached). */
  normal() {
    if (this.#spare !== null) {
      const z = this.#spare;
      this.#spare = null;
      return z;
    }
    let u = this.uniform();
    while (u === 0) u = this.uniform();
    const v = this.uniform();
    const r = Math.sqrt(-2 * Math.log(u));
    const th = 2 * Math.PI * v;
    this.#spare = r * Math.sin(th);
    return r * Math.cos(th);
  }
  /** Uniform integer in [0, n). */
  int(n) {
    return Math.floor(this.uniform() * n);
  }
  /** Shuffle an array in place (Fisher-Yates) and return it. */
  shuffle(arr) {
    for (let i = arr.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      const t = arr[i];
      arr[i] = arr[j];
      arr[j] = t;
    }
    return arr;
  }
  /** A new independent generator seeded from this one. */
  fork() {
    const d = this.nextUint32() * 4294967296 + this.nextUint32();
    const child = new _Rng(0);
    child.#init((d >>> 0 ^ Math.floor(d / 4294967296)) >>> 0, 0);
    return child;
  }
  /** The whole state as plain JSON. */
  getState() {
    return {
      s: [
        this.#s0,
        this.#s1,
        this.#s2,
        this.#s3
      ],
      spare: this.#spare
    };
  }
  /** Restore a state produced by {@linkcode Rng.getState}. */
  setState(state) {
    const s = state?.s;
    if (!Array.isArray(s) || s.length !== 4 || s.some((w) => !Number.isInteger(w) || w < 0 || w > 4294967295)) {
      throw new RectifyError("checkpoint", `Rng.setState: expected {s: four 32-bit unsigned integers, spare}, got ${JSON.stringify(state)}`);
    }
    this.#s0 = s[0];
    this.#s1 = s[1];
    this.#s2 = s[2];
    this.#s3 = s[3];
    this.#spare = typeof state.spare === "number" ? state.spare : null;
  }
};
function rotl(x, k) {
  return x << k | x >>> 32 - k;
}

// core/spec.ts
function parseSpec(spec) {
  if (typeof spec === "object" && spec !== null) return parseSpecObject(spec);
  if (typeof spec !== "string") {
    throw new RectifyError("spec", `Invalid plugin spec: expected a string or {name, options}, got ${typeof spec}`);
  }
  const s = spec.trim();
  if (s.startsWith("{")) {
    let parsed;
    try {
      parsed = JSON.parse(s);
    } catch (e) {
      throw new RectifyError("spec", `Invalid plugin spec ${JSON.stringify(spec)}: bad JSON (${e.message})`);
    }
    return parseSpec(parsed);
  }
  const colon = s.indexOf(":");
  const name = (colon < 0 ? s : s.slice(0, colon)).trim();
  if (!/^[A-Za-z_][A-Za-z0-9_\-]*$/.test(name)) {
    throw new RectifyError("spec", `Invalid plugin spec ${JSON.stringify(spec)}: expected "name" or "name:key=value,...", got name ${JSON.stringify(name)}`);
  }
  const options = colon < 0 ? {} : parseOptions(s.slice(colon + 1).trim(), spec);
  return {
    name,
    options
  };
}
function parseSpecObject(spec) {
  if (typeof spec.name !== "string" || spec.name === "") {
    throw new RectifyError("spec", `Invalid plugin spec ${showJson(spec)}: "name" must be a non-empty string`);
  }
  const o = spec.options ?? {};
  if (typeof o !== "object" || o === null || Array.isArray(o)) {
    throw new RectifyError("spec", `Invalid plugin spec for "${spec.name}": options must be an object`);
  }
  return {
    name: spec.name,
    options: {
      ...o
    }
  };
}
function parseOptions(rest, spec) {
  const options = {};
  if (rest === "") return options;
  for (const part of rest.split(",")) {
    const eq = part.indexOf("=");
    const key = (eq < 0 ? part : part.slice(0, eq)).trim();
    if (eq < 0 || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) {
      throw new RectifyError("spec", `Invalid plugin spec ${JSON.stringify(spec)}: expected key=value, got ${JSON.stringify(part)}`);
    }
    if (Object.hasOwn(options, key)) {
      throw new RectifyError("spec", `Invalid plugin spec ${JSON.stringify(spec)}: option "${key}" given twice`);
    }
    Object.defineProperty(options, key, {
      value: parseValue(part.slice(eq + 1).trim()),
      enumerable: true,
      writable: true,
      configurable: true
    });
  }
  return options;
}
function splitSpecList(list) {
  const out = [];
  const raws = [];
  let depth = 0, from2 = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === "[") depth++;
    else if (c === "]") depth = Math.max(0, depth - 1);
    else if (c === "," && depth === 0) {
      raws.push(list.slice(from2, i));
      from2 = i + 1;
    }
  }
  raws.push(list.slice(from2));
  for (const raw of raws) {
    const part = raw.trim();
    if (part === "") continue;
    const startsNew = part.includes(":") || !part.includes("=");
    if (startsNew || out.length === 0) out.push(part);
    else out[out.length - 1] += "," + part;
  }
  return out;
}
function parseValue(v) {
  if (v === "true") return true;
  if (v === "false") return false;
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(v) || v === "Infinity" || v === "-Infinity") {
    return Number(v);
  }
  if (v.includes("/") && v.split("/").every((p) => /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(p.trim()))) {
    return v.split("/").map((p) => Number(p));
  }
  return v;
}
function editDistance(a, b) {
  const la = a.toLowerCase(), lb = b.toLowerCase();
  const prev = new Array(lb.length + 1);
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
function closestNames(name, candidates, count = 3) {
  return [
    ...candidates
  ].map((c) => ({
    c,
    d: editDistance(name, c)
  })).sort((x, y) => x.d - y.d || x.c.localeCompare(y.c)).slice(0, count).map((x) => x.c);
}

// core/plugin.ts
var API_VERSION = 1;
var PLUGIN_KINDS = [
  "activation",
  "initializer",
  "optimizer",
  "schedule",
  "gradient",
  "backend"
];
function defineActivation(plugin) {
  return {
    apiVersion: API_VERSION,
    ...plugin,
    kind: "activation"
  };
}
function defineInitializer(plugin) {
  return {
    apiVersion: API_VERSION,
    ...plugin,
    kind: "initializer"
  };
}
function defineOptimizer(plugin) {
  return {
    apiVersion: API_VERSION,
    ...plugin,
    kind: "optimizer"
  };
}
function defineSchedule(plugin) {
  return {
    apiVersion: API_VERSION,
    ...plugin,
    kind: "schedule"
  };
}
function defineGradient(plugin) {
  return {
    apiVersion: API_VERSION,
    ...plugin,
    kind: "gradient"
  };
}
function defineBackend(plugin) {
  return {
    apiVersion: API_VERSION,
    ...plugin,
    kind: "backend"
  };
}

// core/registry.ts
var LOAD_TIMEOUT_MS = 3e4;
var INSTANCE_SHAPE = {
  activation: {
    type: "object",
    methods: [
      [
        "forward"
      ]
    ]
  },
  initializer: {
    type: "function",
    methods: [
      []
    ]
  },
  // an optimizer makes an UpdateRule (begin + apply) or a GradientTransform (init + update)
  optimizer: {
    type: "object",
    methods: [
      [
        "begin",
        "apply"
      ],
      [
        "init",
        "update"
      ]
    ]
  },
  // method names (written as one string: "step" is also a built-in schedule's name)
  schedule: {
    type: "object",
    methods: [
      "lr step state load".split(" ")
    ]
  },
  gradient: {
    type: "object",
    methods: [
      []
    ]
  },
  backend: {
    type: "object",
    methods: [
      []
    ]
  }
};
var OPTIONAL_METHODS = {
  activation: [
    "parameters",
    "train",
    "build",
    "outputSize",
    "state",
    "load"
  ],
  optimizer: [
    "fused"
  ],
  gradient: [
    "attach"
  ]
};
function instanceProblem(kind, instance) {
  const shape = INSTANCE_SHAPE[kind];
  if (shape === void 0) return null;
  const got = instance === null ? "null" : Array.isArray(instance) ? "an array" : typeof instance;
  if (shape.type === "function") {
    return typeof instance === "function" ? null : `create() returned ${got}, expected a function`;
  }
  if (typeof instance !== "object" || instance === null || Array.isArray(instance)) {
    return `create() returned ${got}, expected an object`;
  }
  const rec = instance;
  const missingOf = (methods2) => methods2.filter((m) => typeof rec[m] !== "function");
  const [missing, methods] = shape.methods.map((ms) => [
    missingOf(ms),
    ms
  ]).reduce((a, b) => b[0].length < a[0].length ? b : a);
  if (missing.length > 0) {
    const needs = shape.methods.map((ms) => ms.map((m) => `${m}()`).join(", ")).join(" or ");
    return `create() returned an object without ${missing.map((m) => `${m}()`).join(", ")} (${/^[aeiou]/.test(kind) ? "an" : "a"} ${kind} needs ${needs}); it has ${Object.keys(rec).join(", ") || "no members"}`;
  }
  if (kind === "optimizer" && methods[0] === "begin") {
    const b = rec.buffers;
    if (typeof b !== "object" || b === null || Array.isArray(b)) {
      return `create() returned an update rule whose buffers is ${b === null ? "null" : Array.isArray(b) ? "an array" : typeof b}, expected a record of per-parameter buffer specs`;
    }
  }
  for (const m of OPTIONAL_METHODS[kind] ?? []) {
    if (rec[m] !== void 0 && typeof rec[m] !== "function") {
      return `create() returned an object whose ${m} is ${typeof rec[m]}, expected a function`;
    }
  }
  if (kind === "gradient" && rec.overrides !== void 0 && (typeof rec.overrides !== "object" || rec.overrides === null)) {
    return `create() returned overrides of type ${typeof rec.overrides}, expected an object of rules by op name`;
  }
  return null;
}
function isPlainRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function isOptionValue(v) {
  return typeof v === "number" || typeof v === "boolean" || typeof v === "string" || Array.isArray(v) && v.every((x) => typeof x === "number");
}
function pluginProblem(p) {
  if (!isPlainRecord(p)) return `expected a plugin object, got ${p === null ? "null" : typeof p}`;
  if (typeof p.kind !== "string" || !PLUGIN_KINDS.includes(p.kind)) {
    return `"kind" must be one of ${PLUGIN_KINDS.join(", ")}, got ${showJson(p.kind)}`;
  }
  if (typeof p.name !== "string" || !/^[A-Za-z_][A-Za-z0-9_\-]*$/.test(p.name)) {
    return `"name" must be an identifier, got ${showJson(p.name)}`;
  }
  if (!Number.isInteger(p.apiVersion) || p.apiVersion < 1 || p.apiVersion > API_VERSION) {
    return `plugin "${p.name}" declares apiVersion ${showJson(p.apiVersion)}, but this rectify supports apiVersion 1..${API_VERSION}`;
  }
  if (typeof p.version !== "string" || !/^\d+\.\d+\.\d+/.test(p.version)) {
    return `plugin "${p.name}": "version" must be a semver string, got ${showJson(p.version)}`;
  }
  if (typeof p.description !== "string") {
    return `plugin "${p.name}": "description" must be a string`;
  }
  if (!isPlainRecord(p.defaults)) {
    return `plugin "${p.name}": "defaults" must be an object of option defaults`;
  }
  for (const [k, v] of Object.entries(p.defaults)) {
    if (!isOptionValue(v)) {
      return `plugin "${p.name}": default of option "${k}" must be a number, boolean, string or number list, got ${showJson(v)}`;
    }
  }
  if (typeof p.create !== "function") return `plugin "${p.name}": "create" must be a function`;
  if (p.validate !== void 0 && typeof p.validate !== "function") {
    return `plugin "${p.name}": "validate" must be a function when given`;
  }
  if (p.onnx !== void 0 && typeof p.onnx !== "function") {
    return `plugin "${p.name}": "onnx" must be a function when given`;
  }
  return null;
}
var Registry = class _Registry {
  #plugins = /* @__PURE__ */ new Map();
  #origins = /* @__PURE__ */ new Map();
  #defaults = {};
  /** Make a registry holding the given plugins. */
  constructor(plugins = []) {
    for (const k of PLUGIN_KINDS) this.#plugins.set(k, /* @__PURE__ */ new Map());
    for (const p of plugins) this.register(p);
  }
  /** Add a plugin; a taken name is an error unless `replace` is set. */
  register(plugin, options = {}) {
    const problem = pluginProblem(plugin);
    if (problem) throw new RectifyError("plugin", `Cannot register plugin: ${problem}`);
    const m = this.#plugins.get(plugin.kind);
    if (m.has(plugin.name) && !options.replace) {
      throw new RectifyError("registry", `Cannot register ${plugin.kind} "${plugin.name}": the name is taken (pass { replace: true } to replace it)`);
    }
    m.set(plugin.name, plugin);
    this.#origins.delete(`${plugin.kind}:${plugin.name}`);
  }
  /** Remove a plugin; returns whether it was there. */
  unregister(kind, name) {
    this.#origins.delete(`${kind}:${name}`);
    return this.#plugins.get(kind)?.delete(name) ?? false;
  }
  /** Whether a plugin is registered. */
  has(kind, name) {
    return this.#plugins.get(kind)?.has(name) ?? false;
  }
  /** Look a plugin up; unknown names fail with the closest registered names. */
  get(kind, name) {
    const m = this.#plugins.get(kind);
    if (!m) {
      throw new RectifyError("registry", `Unknown plugin kind ${showJson(kind)}; expected one of ${PLUGIN_KINDS.join(", ")}`);
    }
    const p = m.get(name);
    if (!p) {
      const near = closestNames(String(name), [
        ...m.keys()
      ]);
      throw new RectifyError("registry", `Unknown ${kind} "${name}"${near.length ? `; did you mean ${near.map((n) => `"${n}"`).join(", ")}?` : ""}`, {
        details: {
          suggestions: near
        }
      });
    }
    return p;
  }
  /**
   * Where a plugin was loaded from: the specifier given to
   * {@linkcode Registry.load}, or null for one registered in code (built-ins).
   */
  origin(kind, name) {
    return this.#origins.get(`${kind}:${name}`) ?? null;
  }
  /** Names registered for a kind, sorted. */
  list(kind) {
    return [
      ...this.#plugins.get(kind)?.keys() ?? []
    ].sort();
  }
  /** Every plugin, in registration order. */
  all() {
    return [
      ...this.#plugins.values()
    ].flatMap((m) => [
      ...m.values()
    ]);
  }
  /** A new registry holding the same plugins and defaults. */
  clone() {
    const copy2 = new _Registry(this.all());
    copy2.setDefaults(this.#defaults);
    return copy2;
  }
  /** The specs used where a caller names none (see {@linkcode RegistryDefaults}). */
  get defaults() {
    return this.#defaults;
  }
  /** Merge specs into {@linkcode Registry.defaults} (`undefined` leaves a default as it is). */
  setDefaults(defaults) {
    const next = {
      ...this.#defaults
    };
    for (const key of [
      "activation",
      "initializer",
      "saliency"
    ]) {
      const v = defaults[key];
      if (v === void 0) continue;
      if (key === "saliency") next.saliency = {
        ...this.#defaults.saliency,
        ...v
      };
      else next[key] = v;
    }
    this.#defaults = next;
  }
  /**
   * The default spec of `key`, for `who` (the layer or function asking); a
   * `RectifyError` (code `"registry"`) saying what to pass when there is none.
   */
  defaultSpec(key, who) {
    const spec = this.#defaults[key];
    if (spec === void 0) {
      throw new RectifyError("registry", `${who}: no ${key} given and the registry has no default ${key}; pass one (a spec or a function), or install plugins that set it (installBuiltins(registry))`);
    }
    return spec;
  }
  /**
   * Merge a spec's options with the plugin's defaults, reject unknown keys
   * and wrongly typed values, and run the plugin's `validate`.
   */
  resolve(kind, spec) {
    const { name, options } = parseSpec(spec);
    const plugin = this.get(kind, name);
    const merged = {
      ...plugin.defaults
    };
    const keys = Object.keys(plugin.defaults);
    for (const [k, v] of Object.entries(options)) {
      if (!Object.hasOwn(plugin.defaults, k)) {
        const near = closestNames(k, keys, 1);
        throw new RectifyError("option", `Cannot create "${name}": unknown option "${k}"${keys.length ? ` (known: ${keys.join(", ")}${near.length ? `; did you mean "${near[0]}"?` : ""})` : " (it takes no options)"}`);
      }
      merged[k] = coerce(name, k, v, plugin.defaults[k]);
    }
    try {
      plugin.validate?.(merged);
    } catch (e) {
      if (e instanceof RectifyError) throw e;
      throw new RectifyError("option", `Cannot create "${name}": ${e.message}`, {
        cause: e
      });
    }
    return {
      plugin,
      options: merged
    };
  }
  /** Create a plugin's product from a spec. */
  create(kind, spec, options = {}) {
    const { plugin, options: merged } = this.resolve(kind, spec);
    const ctx = {
      rng: options.rng ?? new Rng(0),
      dtype: options.dtype ?? "float32",
      registry: this
    };
    const origin = this.#origins.get(`${kind}:${plugin.name}`);
    const from2 = origin ? ` (loaded from "${origin}")` : "";
    let instance;
    try {
      instance = plugin.create(merged, ctx);
    } catch (e) {
      if (e instanceof RectifyError) throw e;
      throw new RectifyError("plugin", `Cannot create ${kind} "${plugin.name}"${from2}: its create() failed: ${e?.message ?? String(e)}`, {
        cause: e
      });
    }
    const problem = instanceProblem(kind, instance);
    if (problem !== null) {
      throw new RectifyError("plugin", `Cannot create ${kind} "${plugin.name}"${from2}: ${problem}`);
    }
    return instance;
  }
  /**
   * Load plugins from a module: a file path, `file:`/`https:` URL, `jsr:` or
   * `npm:` specifier. The module exports a plugin as `default` and/or an array
   * `plugins`. Every plugin is checked (shape, apiVersion, free name, `create`
   * on defaults) before any is registered: all or nothing. Returns the names.
   */
  async load(specifier, options = {}) {
    const fail2 = (why, cause) => {
      throw new RectifyError("plugin-load", `Cannot load plugin from "${specifier}": ${why}`, {
        cause
      });
    };
    if (typeof specifier !== "string" || specifier.trim() === "") {
      fail2("the specifier must be a non-empty string");
    }
    const timeoutMs = options.timeoutMs ?? LOAD_TIMEOUT_MS;
    if (typeof timeoutMs !== "number" || !(timeoutMs > 0)) {
      throw new RectifyError("option", `Registry.load: timeoutMs must be > 0, got ${timeoutMs}`);
    }
    const deadline = Date.now() + timeoutMs;
    const late = () => new RectifyError("plugin-load", `Cannot load plugin from "${specifier}": it did not finish loading within ${timeoutMs / 1e3}s (a module that never answers, loops forever or awaits forever at import?); raise the limit with timeoutMs (--plugin-timeout)`);
    let url = resolveSpecifier(specifier);
    const remote = /^https?:/.test(url);
    if (remote && netAllowed(url)) {
      url = await fetchAsDataUrl(url, deadline).catch((e) => fail2(String(e.message), e));
    }
    if (await probeImport(url, deadline) === "timeout") throw late();
    let mod;
    try {
      mod = await withDeadline(import(url), deadline, late);
    } catch (e) {
      if (e instanceof RectifyError) throw e;
      const hint = remote && /relative import|not prefixed|Module not found/i.test(String(e)) ? "; a plugin loaded from an http(s) URL is fetched and imported as one self-contained module (so the run does not write the project's deno.lock): bundle its relative imports" : "";
      return fail2(`importing it failed: ${importFailure(e)}${hint}`, e);
    }
    const found = exportedPlugins(mod, fail2);
    this.#vetForLoad(found, options, fail2);
    for (const p of found) {
      this.register(p, options);
      this.#origins.set(`${p.kind}:${p.name}`, specifier);
    }
    return found.map((p) => p.name);
  }
  /** Check every plugin a module exports before any is registered (all or nothing). */
  #vetForLoad(found, options, fail2) {
    const seen = /* @__PURE__ */ new Set();
    for (const p of found) {
      const problem = pluginProblem(p);
      if (problem) fail2(problem);
      const plugin = p;
      const key = `${plugin.kind}:${plugin.name}`;
      if (seen.has(key)) fail2(`it exports ${plugin.kind} "${plugin.name}" twice`);
      seen.add(key);
      if (this.has(plugin.kind, plugin.name) && !options.replace) {
        fail2(`${plugin.kind} "${plugin.name}" is already registered (pass replace to override it)`);
      }
      let instance;
      try {
        plugin.validate?.({
          ...plugin.defaults
        });
        instance = plugin.create({
          ...plugin.defaults
        }, {
          rng: new Rng(0),
          dtype: "float32",
          registry: this
        });
      } catch (e) {
        fail2(`${plugin.kind} "${plugin.name}" fails on its own defaults: ${e?.message ?? e}`, e);
      }
      const problem2 = instanceProblem(plugin.kind, instance);
      if (problem2 !== null) fail2(`${plugin.kind} "${plugin.name}": ${problem2}`);
    }
  }
};
function exportedPlugins(mod, fail2) {
  const found = [];
  if (mod.default !== void 0) {
    if (Array.isArray(mod.default)) found.push(...mod.default);
    else found.push(mod.default);
  }
  if (mod.plugins !== void 0) {
    if (!Array.isArray(mod.plugins)) fail2(`the "plugins" export must be an array of plugins`);
    else found.push(...mod.plugins);
  }
  if (found.length === 0) {
    fail2(`it is not a plugin module: it exports no default plugin and no "plugins" array`);
  }
  return found;
}
function coerce(plugin, key, v, def) {
  const bad = (expected) => {
    throw new RectifyError("option", `Cannot create "${plugin}": ${key} must be ${expected}, got ${showJson(v)}`);
  };
  if (typeof def === "number") {
    if (typeof v !== "number" || Number.isNaN(v)) bad("a number");
    return v;
  }
  if (typeof def === "boolean") {
    if (typeof v !== "boolean") bad("true or false");
    return v;
  }
  if (typeof def === "string") {
    if (typeof v !== "string") bad("a string");
    return v;
  }
  if (typeof v === "number") return [
    v
  ];
  if (!Array.isArray(v) || !v.every((x) => typeof x === "number" && !Number.isNaN(x))) {
    bad("a list of numbers");
  }
  return [
    ...v
  ];
}
var defaultRegistry = new Registry();
_setBackendResolver((spec) => defaultRegistry.create("backend", spec));

// core/override.ts
function checkOverrides(overrides, where2) {
  if (typeof overrides !== "object" || overrides === null || Array.isArray(overrides)) {
    throw new RectifyError("option", `${where2}: overrides must be an object of backward rules by op name, got ${Array.isArray(overrides) ? "an array" : overrides === null ? "null" : typeof overrides}`);
  }
  const frozen = {};
  for (const [op, rule] of Object.entries(overrides)) {
    if (typeof rule !== "function") {
      throw new RectifyError("option", `${where2}: the override for op "${op}" must be a function (grad, ctx) => grad, got ${typeof rule}`);
    }
    frozen[op] = rule;
  }
  return Object.freeze(frozen);
}
function isThenable(v) {
  return (typeof v === "object" || typeof v === "function") && v !== null && typeof v.then === "function";
}
function withGradientOverride(overrides, fn) {
  const map = checkOverrides(overrides, "withGradientOverride");
  if (typeof fn !== "function") {
    throw new RectifyError("option", `withGradientOverride: the body must be a function, got ${typeof fn}`);
  }
  let result;
  _pushOverrides(map);
  try {
    result = fn();
  } finally {
    _popOverrides(map);
  }
  if (isThenable(result)) {
    throw new RectifyError("usage", "withGradientOverride: the body returned a promise, but gradient scopes are synchronous; build the graph inside a synchronous body (backward() may run later, outside the scope)");
  }
  return result;
}
function createRewrite(spec, registry, where2) {
  if (typeof spec === "string" || typeof spec === "object" && spec !== null && "name" in spec) {
    const s = spec;
    const rewrite = (registry ?? defaultRegistry).create("gradient", s, {
      rng: new Rng(0)
    });
    return {
      rewrite,
      name: typeof s === "string" ? s.split(":")[0] : s.name
    };
  }
  if (typeof spec !== "object" || spec === null) {
    throw new RectifyError("option", `${where2}: expected a gradient plugin spec ("name:option=value" or {name, options}) or a GradientRewrite, got ${spec === null ? "null" : typeof spec}`);
  }
  return {
    rewrite: spec,
    name: "custom"
  };
}
function applyGradient(model, spec, options = {}) {
  const { rewrite, name } = createRewrite(spec, options.registry, "applyGradient");
  const overrides = rewrite.overrides === void 0 ? null : checkOverrides(rewrite.overrides, `applyGradient("${name}")`);
  let attachment = null;
  if (rewrite.attach !== void 0) {
    attachment = rewrite.attach(model);
    if (typeof attachment?.remove !== "function") {
      throw new RectifyError("plugin", `applyGradient("${name}"): attach() must return a handle with remove(), got ${typeof attachment}`);
    }
  }
  if (overrides) model._gradientScopes.push(overrides);
  let removed = false;
  return {
    remove() {
      if (removed) return;
      removed = true;
      if (overrides) {
        const i = model._gradientScopes.lastIndexOf(overrides);
        if (i >= 0) model._gradientScopes.splice(i, 1);
      }
      attachment?.remove();
    },
    read: () => attachment?.read?.(),
    reset: () => attachment?.reset?.()
  };
}
function withGradient(spec, fn, options = {}) {
  const { rewrite, name } = createRewrite(spec, options.registry, "withGradient");
  if (rewrite.attach !== void 0 && options.model === void 0) {
    throw new RectifyError("usage", `withGradient("${name}"): this rewrite attaches to a model; pass { model }`);
  }
  const body = () => {
    const handle = rewrite.attach && options.model ? rewrite.attach(options.model) : null;
    try {
      return fn();
    } finally {
      handle?.remove();
    }
  };
  if (rewrite.overrides === void 0) {
    const r = body();
    if (isThenable(r)) {
      throw new RectifyError("usage", `withGradient("${name}"): the body returned a promise, but gradient scopes are synchronous`);
    }
    return r;
  }
  return withGradientOverride(rewrite.overrides, body);
}

// core/module.ts
var Module = class {
  /** True in training mode (dropout active, batch statistics used). */
  training = true;
  #params = /* @__PURE__ */ new Map();
  #children = /* @__PURE__ */ new Map();
  /** @internal */
  _preHooks = [];
  /** @internal */
  _hooks = [];
  /** @internal */
  _backwardHooks = [];
  /** @internal overrides from `applyGradient`, active while `call()` runs. */
  _gradientScopes = [];
  /** @internal dotted name inside the root model, set by `namedModules`. */
  _path = "";
  /** @internal the module this one was first registered in, and its name there. */
  _parent = null;
  /** @internal */
  _name = "";
  /**
   * Run pre-hooks, `forward`, then forward hooks. With full backward hooks
   * registered, the input (after pre-hooks) and the output (after forward
   * hooks) are wrapped in identity nodes so the hooks see their gradients.
   * Overrides applied with {@linkcode Module.applyGradient} are active for
   * everything recorded during the call.
   */
  call(x) {
    requireTensor(x, `${this.constructor.name}.call`);
    if (this._gradientScopes.length === 0) return this.#call(x);
    const scopes = [
      ...this._gradientScopes
    ];
    for (const s of scopes) _pushOverrides(s);
    try {
      return this.#call(x);
    } finally {
      for (let i = scopes.length - 1; i >= 0; i--) _popOverrides(scopes[i]);
    }
  }
  #call(x) {
    let input = x;
    for (const h of [
      ...this._preHooks
    ]) {
      const r = runHook(this, "forward pre-hook", () => h(this, input));
      if (r !== void 0) input = hookResult(this, "forward pre-hook", r, "input");
    }
    const bw = this._backwardHooks.length > 0 && isGradEnabled() ? [
      ...this._backwardHooks
    ] : null;
    const state = {
      gradOutput: null,
      inputWrapped: false,
      outShape: [],
      outDtype: "float32"
    };
    if (bw && input.requiresGrad) {
      state.inputWrapped = true;
      input = _record("moduleBackwardHook.input", [
        input
      ], new Tensor(input.data, input.shape), (g) => {
        const gradOutput = state.gradOutput ?? new Tensor(alloc(state.outDtype, sizeOf(state.outShape)), state.outShape);
        state.gradOutput = null;
        return [
          this.#runBackwardHooks(bw, g, gradOutput)
        ];
      });
    }
    let out = this.forward(input);
    for (const h of [
      ...this._hooks
    ]) {
      const r = runHook(this, "forward hook", () => h(this, input, out));
      if (r !== void 0) out = hookResult(this, "forward hook", r, "output");
    }
    if (bw) {
      state.outShape = out.shape;
      state.outDtype = out.dtype;
      if (out.requiresGrad) {
        out = _record("moduleBackwardHook.output", [
          out
        ], new Tensor(out.data, out.shape), (g) => {
          if (state.inputWrapped) state.gradOutput = g;
          else this.#runBackwardHooks(bw, null, g);
          return [
            g
          ];
        });
      }
    }
    return out;
  }
  #runBackwardHooks(hooks, gradInput, gradOutput) {
    let gi = gradInput;
    for (const h of hooks) {
      const r = runHook(this, "full backward hook", () => h(this, gi, gradOutput));
      if (r === void 0 || r === null) continue;
      const where2 = `hook: full backward hook on module "${modulePath(this) || "(root)"}" (${this.constructor.name})`;
      if (gi === null) {
        throw new RectifyError("autograd", `${where2} returned a gradInput, but the module's input does not require a gradient; return nothing`);
      }
      if (!(r instanceof Tensor) || r.shape.join(",") !== gi.shape.join(",")) {
        throw new RectifyError("autograd", `${where2} must return a Tensor of shape ${fmtShape(gi.shape)} or nothing, got ${r instanceof Tensor ? fmtShape(r.shape) : typeof r}`);
      }
      gi = r;
    }
    return gi;
  }
  /** Register a hook run before `forward`; it may replace the input. */
  registerForwardPreHook(fn) {
    return addHook(this._preHooks, fn);
  }
  /** Register a hook run after `forward`; it may replace the output. */
  registerForwardHook(fn) {
    return addHook(this._hooks, fn);
  }
  /**
   * Register a hook run during backward with dL/d(input) and dL/d(output) of
   * this module; it may return a replacement dL/d(input) (same shape). As in
   * PyTorch, `gradInput` is `null` when the input does not require a
   * gradient (the hook then runs when dL/d(output) is known and may not
   * replace anything). Several hooks run in registration order, each seeing
   * the previous one's replacement. A graph uses the hooks registered when it
   * was recorded (by `call()`); `remove()` affects later calls.
   *
   * Order with tensor hooks on the same path (`y = module.call(x)`):
   * 1. hooks registered on `y` (`y.registerHook`) run first; the module hook's
   *    `gradOutput` is their result;
   * 2. then this module's full backward hooks, once dL/d(input) is complete;
   * 3. then hooks registered on `x`, which see the replaced dL/d(input) (plus
   *    gradients from any other uses of `x`).
   *
   * A hook that throws is reported as a `RectifyError` naming the module's
   * dotted path and the hook kind.
   *
   * @example Clip the gradient flowing into a layer's input
   * ```ts
   * import { Dense, Rng, tensor } from "@rectify/core";
   * const layer = new Dense(2, 1, { rng: new Rng(0) });
   * const h = layer.registerFullBackwardHook((_m, gi) => gi?.maximum(-0.1).minimum(0.1));
   * const x = tensor([[1, 2]], { requiresGrad: true });
   * layer.call(x).sum().backward();
   * h.remove();
   * console.log(x.grad!.shape); // [1, 2]
   * ```
   */
  registerFullBackwardHook(fn) {
    if (typeof fn !== "function") {
      throw new RectifyError("option", `registerFullBackwardHook: expected a function (module, gradInput, gradOutput), got ${typeof fn}`);
    }
    return addHook(this._backwardHooks, fn);
  }
  /**
   * Apply a gradient plugin (`"guidedBackprop"`, `"deadUnitMonitor"`,
   * `{ name: "gradientNoise", options: { eta: 0.3 } }`) or a raw
   * {@linkcode GradientRewrite} to this model. Op overrides apply to graphs
   * recorded inside `call()`; attached hooks act as the plugin documents.
   * The handle's `remove()` undoes it; monitors report through `read()` and
   * start over with `reset()` (type the report with the type parameter).
   *
   * @example Count dead relu units
   * ```ts
   * import { type DeadUnitReport, mlp, Rng, tensor } from "@rectify/core";
   * const model = mlp({ inputSize: 2, hidden: [4], outputSize: 2, rng: new Rng(0) });
   * const monitor = model.applyGradient<DeadUnitReport>("deadUnitMonitor");
   * model.call(tensor([[1, -1], [0.5, 2]]));
   * console.log(monitor.read()[0].units); // 4
   * monitor.remove();
   * ```
   */
  applyGradient(spec, options = {}) {
    return applyGradient(this, spec, options);
  }
  /** Register a learnable tensor under a name; returns it. */
  registerParameter(name, t) {
    if (this.#params.has(name) || this.#children.has(name)) {
      throw new RectifyError("registry", `${this.constructor.name}: "${name}" is already registered`);
    }
    t.name = name;
    this.#params.set(name, t);
    return t;
  }
  /** Register a child module under a name; returns it. */
  registerModule(name, m) {
    if (this.#params.has(name) || this.#children.has(name)) {
      throw new RectifyError("registry", `${this.constructor.name}: "${name}" is already registered`);
    }
    this.#children.set(name, m);
    if (m._parent === null) {
      m._parent = this;
      m._name = name;
    }
    return m;
  }
  /** Direct children with their names. */
  namedChildren() {
    return [
      ...this.#children.entries()
    ];
  }
  /** This module and all descendants with dotted names (root is `""`). */
  namedModules(prefix = "") {
    this._path = prefix;
    const out = [
      [
        prefix,
        this
      ]
    ];
    for (const [n, c] of this.#children) out.push(...c.namedModules(prefix ? `${prefix}.${n}` : n));
    return out;
  }
  /** Parameters with stable dotted names (`"0.weight"`, `"2.alpha"`). */
  namedParameters(prefix = "") {
    const out = [];
    for (const [n, t] of this.#params) out.push([
      prefix ? `${prefix}.${n}` : n,
      t
    ]);
    for (const [n, c] of this.#children) {
      out.push(...c.namedParameters(prefix ? `${prefix}.${n}` : n));
    }
    return out;
  }
  /** All parameters. */
  parameters() {
    return this.namedParameters().map(([, t]) => t);
  }
  /** Set training mode on this module and all children. */
  train(mode = true) {
    this.training = mode;
    this.onModeChange(mode);
    for (const c of this.#children.values()) c.train(mode);
    return this;
  }
  /** Evaluation mode (`train(false)`). */
  eval() {
    return this.train(false);
  }
  /** Subclasses react to mode changes here. */
  onModeChange(_training) {
  }
  /**
   * Set every parameter's grad to null, or with `{ setToNone: false }` fill
   * the existing grads with zeros in place (no allocation in the next
   * backward; see `ZeroGradOptions`).
   */
  zeroGrad(options = {}) {
    for (const p of this.parameters()) p.zeroGrad(options);
  }
  /** Extra non-parameter state (running statistics). Override with `loadBuffers`. */
  buffers() {
    return {};
  }
  /** Weights (and buffers) by dotted name, as plain JSON. */
  stateDict() {
    const out = {};
    for (const [n, t] of this.namedParameters()) out[n] = tensorToJSON(t);
    for (const [path, m] of this.namedModules()) {
      for (const [b, t] of Object.entries(m.buffers())) {
        out[path ? `${path}.${b}` : b] = tensorToJSON(t);
      }
    }
    return out;
  }
  /** Restore weights from {@linkcode Module.stateDict}; names and shapes must match. */
  loadStateDict(state) {
    const targets = new Map(this.namedParameters());
    for (const [path, m] of this.namedModules()) {
      for (const [b, t] of Object.entries(m.buffers())) targets.set(path ? `${path}.${b}` : b, t);
    }
    if (typeof state !== "object" || state === null) {
      throw new RectifyError("checkpoint", "loadStateDict: expected an object of tensors by name");
    }
    for (const [name, t] of targets) {
      const s = state[name];
      if (!s || !Array.isArray(s.shape) || !Array.isArray(s.data)) {
        throw new RectifyError("checkpoint", `loadStateDict: missing or malformed tensor "${name}"`);
      }
      if (s.shape.join(",") !== t.shape.join(",") || s.data.length !== t.size) {
        throw new RectifyError("checkpoint", `loadStateDict: "${name}" has shape ${fmtShape(s.shape)} in the state, expected ${fmtShape(t.shape)}`);
      }
      if (s.data.some((v) => typeof v !== "number")) {
        throw new RectifyError("checkpoint", `loadStateDict: "${name}" holds non-numbers`);
      }
    }
    for (const [name, t] of targets) t.data.set(state[name].data);
  }
  /** JSON form: the state dict. */
  toJSON() {
    return this.stateDict();
  }
};
function addHook(list, fn) {
  return removableEntry(list, fn);
}
function modulePath(m) {
  const parts = [];
  const seen = /* @__PURE__ */ new Set();
  let cur = m;
  while (cur._parent !== null && !seen.has(cur)) {
    seen.add(cur);
    parts.push(cur._name);
    cur = cur._parent;
  }
  return parts.reverse().join(".");
}
function hookResult(m, what, r, replaces) {
  if (r instanceof Tensor) return r;
  throw new RectifyError("autograd", `hook: ${what} on module "${modulePath(m) || "(root)"}" (${m.constructor.name}) returned ${describe(r)}; it must return a Tensor to replace the ${replaces}, or undefined to keep it`);
}
function runHook(m, what, fn) {
  try {
    return fn();
  } catch (e) {
    if (e instanceof RectifyError && e.code === "autograd" && e.message.startsWith("hook")) throw e;
    throw new RectifyError("autograd", `hook: ${what} on module "${modulePath(m) || "(root)"}" (${m.constructor.name}) threw: ${e?.message ?? e}`, {
      cause: e
    });
  }
}
function tensorToJSON(t) {
  return {
    shape: [
      ...t.shape
    ],
    dtype: t.dtype,
    data: Array.from(t.data)
  };
}

// core/conv.ts
function asPair(v, dflt) {
  if (v === void 0) return [
    dflt,
    dflt
  ];
  return typeof v === "number" ? [
    v,
    v
  ] : v;
}
function checkCount(layer, what, v) {
  if (!Number.isInteger(v) || v < 1) {
    throw new RangeError(`${layer}: ${what} must be a positive integer, got ${String(v)}`);
  }
  return v;
}
function initWeight(layer, shape, options, dtype) {
  const [o, cg, kh, kw] = shape;
  const rng = options.rng ?? new Rng(0);
  const registry = options.registry ?? defaultRegistry;
  const init2 = typeof options.initializer === "function" ? options.initializer : registry.create("initializer", options.initializer ?? registry.defaultSpec("initializer", layer), {
    rng,
    dtype
  });
  const src = init2([
    cg,
    o,
    kh,
    kw
  ], {
    dtype,
    rng
  });
  if (src.shape.join(",") !== `${cg},${o},${kh},${kw}`) {
    throw new TypeError(`${layer}: initializer returned shape ${fmtShape(src.shape)}, expected [${cg}, ${o}, ${kh}, ${kw}]`);
  }
  const d = alloc(dtype, src.size, layer);
  const k = kh * kw, s = src.data;
  for (let c = 0; c < cg; c++) {
    for (let q = 0; q < o; q++) {
      const from2 = (c * o + q) * k, to = (q * cg + c) * k;
      for (let i = 0; i < k; i++) d[to + i] = s[from2 + i];
    }
  }
  return new Tensor(d, shape, {
    requiresGrad: true
  });
}
var Conv2d = class extends Module {
  /** Weight `[out, in/groups, kh, kw]`. */
  weight;
  /** Bias `[out]`, or null. */
  bias;
  /** Input channels. */
  inChannels;
  /** Output channels. */
  outChannels;
  /** `[kh, kw]`. */
  kernelSize;
  /** Stride, padding, dilation and groups as {@linkcode conv2d} takes them. */
  options;
  /** Make a convolution layer; `kernelSize` is `[kh, kw]` or one number for both. */
  constructor(inChannels, outChannels, kernelSize, options = {}) {
    super();
    this.inChannels = checkCount("Conv2d", "inChannels", inChannels);
    this.outChannels = checkCount("Conv2d", "outChannels", outChannels);
    const [kh, kw] = asPair(kernelSize, 1);
    this.kernelSize = [
      checkCount("Conv2d", "kernelSize", kh),
      checkCount("Conv2d", "kernelSize", kw)
    ];
    const groups = checkCount("Conv2d", "groups", options.groups ?? 1);
    const padding = options.padding === "same" ? "same" : asPair(options.padding, 0);
    this.options = Object.freeze({
      stride: asPair(options.stride, 1),
      padding,
      dilation: asPair(options.dilation, 1),
      groups
    });
    if (inChannels % groups !== 0 || outChannels % groups !== 0) {
      throw new RangeError(`Conv2d: groups ${groups} must divide inChannels ${inChannels} and outChannels ${outChannels}`);
    }
    const span = (k, d) => d * (k - 1) + 1;
    const [dh, dw] = this.options.dilation;
    convGeometry([
      1,
      inChannels,
      span(kh, dh),
      span(kw, dw)
    ], [
      outChannels,
      inChannels / groups,
      kh,
      kw
    ], this.options);
    const dtype = options.dtype ?? "float32";
    const w = initWeight("Conv2d", [
      outChannels,
      inChannels / groups,
      kh,
      kw
    ], options, dtype);
    this.weight = this.registerParameter("weight", w);
    this.bias = options.bias === false ? null : this.registerParameter("bias", new Tensor(alloc(dtype, outChannels, "Conv2d"), [
      outChannels
    ], {
      requiresGrad: true
    }));
  }
  /** The convolution of `[N, inChannels, H, W]`. */
  forward(x) {
    if (x.ndim !== 4 || x.shape[1] !== this.inChannels) {
      throw new TypeError(`Conv2d(${this.inChannels}, ${this.outChannels}): expected an input [N, ${this.inChannels}, H, W], got ${fmtShape(x.shape)}`);
    }
    return conv2d(x, this.weight, this.bias, this.options);
  }
};
var Conv1d = class extends Module {
  /** Weight `[out, in/groups, k]`. */
  weight;
  /** Bias `[out]`, or null. */
  bias;
  /** Input channels. */
  inChannels;
  /** Output channels. */
  outChannels;
  /** Kernel length. */
  kernelSize;
  #options;
  /** Make a 1-D convolution layer. */
  constructor(inChannels, outChannels, kernelSize, options = {}) {
    super();
    const p = options.padding ?? 0;
    const inner = new Conv2d(inChannels, outChannels, [
      1,
      kernelSize
    ], {
      ...options,
      stride: [
        1,
        options.stride ?? 1
      ],
      padding: p === "same" ? "same" : [
        0,
        p
      ],
      dilation: [
        1,
        options.dilation ?? 1
      ]
    });
    this.inChannels = inChannels;
    this.outChannels = outChannels;
    this.kernelSize = kernelSize;
    this.#options = inner.options;
    const w = inner.weight;
    this.weight = this.registerParameter("weight", new Tensor(w.data, [
      outChannels,
      w.shape[1],
      kernelSize
    ], {
      requiresGrad: true
    }));
    this.bias = inner.bias === null ? null : this.registerParameter("bias", inner.bias);
  }
  /** The convolution of `[N, inChannels, L]`. */
  forward(x) {
    if (x.ndim !== 3 || x.shape[1] !== this.inChannels) {
      throw new TypeError(`Conv1d(${this.inChannels}, ${this.outChannels}): expected an input [N, ${this.inChannels}, L], got ${fmtShape(x.shape)}`);
    }
    const [n, c, l] = x.shape;
    const w = this.weight;
    const w4 = w.reshape([
      w.shape[0],
      w.shape[1],
      1,
      w.shape[2]
    ]);
    const y = conv2d(x.reshape([
      n,
      c,
      1,
      l
    ]), w4, this.bias, this.#options);
    return y.reshape([
      n,
      this.outChannels,
      y.shape[3]
    ]);
  }
};

// core/layers.ts
var Dense = class extends Module {
  /** Kernel `[in, out]`. */
  weight;
  /** Bias `[out]`, or null. */
  bias;
  /** Input width. */
  inFeatures;
  /** Output width. */
  outFeatures;
  /** Make a dense layer. */
  constructor(inFeatures, outFeatures, options = {}) {
    super();
    for (const [k, v] of [
      [
        "in",
        inFeatures
      ],
      [
        "out",
        outFeatures
      ]
    ]) {
      if (!Number.isInteger(v) || v <= 0) {
        throw new RectifyError("shape", `Dense: ${k} features must be a positive integer, got ${v}`);
      }
    }
    this.inFeatures = inFeatures;
    this.outFeatures = outFeatures;
    const dtype = options.dtype ?? "float32";
    alloc(dtype, 0, "Dense");
    const rng = options.rng ?? new Rng(0);
    const registry = options.registry ?? defaultRegistry;
    const init2 = typeof options.initializer === "function" ? options.initializer : registry.create("initializer", options.initializer ?? registry.defaultSpec("initializer", "Dense"), {
      rng,
      dtype
    });
    const w = init2([
      inFeatures,
      outFeatures
    ], {
      dtype,
      rng
    });
    if (w.shape.join(",") !== `${inFeatures},${outFeatures}`) {
      throw new RectifyError("shape", `Dense: initializer returned shape ${fmtShape(w.shape)}, expected [${inFeatures}, ${outFeatures}]`);
    }
    this.weight = this.registerParameter("weight", new Tensor(resident(w.data), w.shape, {
      requiresGrad: true
    }));
    this.bias = options.bias === false ? null : this.registerParameter("bias", new Tensor(resident(alloc(dtype, outFeatures)), [
      outFeatures
    ], {
      requiresGrad: true
    }));
  }
  /** `x @ W + b`. */
  forward(x) {
    if (x.shape[x.ndim - 1] !== this.inFeatures) {
      throw new RectifyError("shape", `Dense(${this.inFeatures}, ${this.outFeatures}): input shape ${fmtShape(x.shape)} has ${x.shape[x.ndim - 1]} features, expected ${this.inFeatures}`);
    }
    return affine(x, this.weight, this.bias);
  }
};
var Sequential = class extends Module {
  /** The layers. */
  layers;
  /** Chain the given modules. */
  constructor(...layers) {
    super();
    this.layers = layers;
    layers.forEach((l, i) => this.registerModule(String(i), l));
  }
  /** Apply each layer in turn. */
  forward(x) {
    let y = x;
    for (const l of this.layers) y = l.call(y);
    return y;
  }
};
var Dropout = class extends Module {
  /** Drop probability. */
  p;
  #rng;
  /** Make a dropout layer. */
  constructor(p, options = {}) {
    super();
    if (!(p >= 0 && p < 1)) {
      throw new RectifyError("option", `Dropout: p must be in [0, 1), got ${p}`);
    }
    this.p = p;
    this.#rng = options.rng ?? new Rng(0);
  }
  /** Apply the mask. */
  forward(x) {
    if (!this.training || this.p === 0) return x;
    const m = alloc(x.dtype, x.size);
    const keep = 1 / (1 - this.p);
    for (let i = 0; i < m.length; i++) m[i] = this.#rng.uniform() < this.p ? 0 : keep;
    return x.mul(new Tensor(m, x.shape));
  }
};
var BatchNorm = class extends Module {
  /** Scale `[features]`. */
  gamma;
  /** Shift `[features]`. */
  beta;
  /** Running mean. */
  runningMean;
  /** Running (unbiased) variance. */
  runningVar;
  /** Running-average momentum. */
  momentum;
  /** Added to the variance. */
  eps;
  /** Make a batch-norm layer. */
  constructor(features, options = {}) {
    super();
    const dtype = options.dtype ?? "float32";
    if (!Number.isInteger(features) || features <= 0) {
      throw new RectifyError("shape", `BatchNorm: features must be a positive integer, got ${features}`);
    }
    this.momentum = options.momentum ?? 0.1;
    this.eps = options.eps ?? 1e-5;
    if (!(this.momentum >= 0 && this.momentum <= 1)) {
      throw new RectifyError("option", `BatchNorm: momentum must be in [0, 1], got ${this.momentum}`);
    }
    if (!(this.eps > 0)) {
      throw new RectifyError("option", `BatchNorm: eps must be > 0, got ${this.eps}`);
    }
    const g = alloc(dtype, features);
    g.fill(1);
    this.gamma = this.registerParameter("gamma", new Tensor(g, [
      features
    ], {
      requiresGrad: true
    }));
    this.beta = this.registerParameter("beta", new Tensor(alloc(dtype, features), [
      features
    ], {
      requiresGrad: true
    }));
    this.runningMean = new Tensor(alloc(dtype, features), [
      features
    ]);
    const rv = alloc(dtype, features);
    rv.fill(1);
    this.runningVar = new Tensor(rv, [
      features
    ]);
  }
  /** Running statistics. */
  buffers() {
    return {
      runningMean: this.runningMean,
      runningVar: this.runningVar
    };
  }
  /** Normalise. */
  forward(x) {
    const axes = [
      ...Array(x.ndim - 1).keys()
    ];
    if (!this.training) {
      const inv = this.runningVar.add(this.eps).sqrt();
      return x.sub(this.runningMean).div(inv).mul(this.gamma).add(this.beta);
    }
    const mu = x.mean(axes, true);
    const xc = x.sub(mu);
    const v = xc.mul(xc).mean(axes, true);
    const y = xc.div(v.add(this.eps).sqrt()).mul(this.gamma).add(this.beta);
    const n = sizeOf(x.shape, 0, x.ndim - 1);
    noGrad(() => {
      const m = this.momentum;
      for (let i = 0; i < this.runningMean.size; i++) {
        this.runningMean.data[i] = (1 - m) * this.runningMean.data[i] + m * mu.data[i];
        const unbiased = n > 1 ? v.data[i] * n / (n - 1) : v.data[i];
        this.runningVar.data[i] = (1 - m) * this.runningVar.data[i] + m * unbiased;
      }
    });
    return y;
  }
};
var Activation = class extends Module {
  /** The plugin name. */
  activationName;
  /** The plugin instance. */
  instance;
  /** The options given in the spec (not merged with the plugin's defaults; `{}` for a wrapped instance). */
  activationOptions;
  /** Create from a spec, or wrap an existing instance. */
  constructor(spec, options = {}) {
    super();
    if (typeof spec === "object" && spec !== null && "forward" in spec) {
      this.instance = spec;
      this.activationName = options.name ?? "custom";
      this.activationOptions = {};
    } else {
      const reg = options.registry ?? defaultRegistry;
      this.instance = reg.create("activation", spec, {
        rng: options.rng ?? new Rng(0),
        dtype: options.dtype ?? "float32"
      });
      const parsed = parseSpec(spec);
      this.activationName = parsed.name;
      this.activationOptions = Object.freeze(parsed.options);
    }
    if (options.inputShape) this.instance.build?.(options.inputShape);
    this.#syncParameters();
  }
  #syncParameters() {
    const known = new Set(this.namedParameters().map(([n]) => n));
    const ps = this.instance.parameters?.() ?? {};
    for (const [n, t] of Object.entries(ps)) if (!known.has(n)) this.registerParameter(n, t);
  }
  /** Width after this activation given the width before. */
  outputSize(inputSize) {
    return this.instance.outputSize?.(inputSize) ?? inputSize;
  }
  /**
   * Apply the activation (building shape-dependent parameters on first use,
   * outside any {@linkcode StepArena}: parameters outlive the step).
   */
  forward(x) {
    if (!this.instance.parameters) return this.instance.forward(x);
    if (this.namedParameters().length > 0) return this.instance.forward(x);
    const y = withoutArena(() => this.instance.forward(x));
    this.#syncParameters();
    return y;
  }
  /** Forward the mode to the plugin. */
  onModeChange(training) {
    this.instance.train?.(training);
  }
};
function mlp(options) {
  const rng = options.rng ?? new Rng(0);
  const common = {
    rng,
    dtype: options.dtype,
    registry: options.registry
  };
  const registry = options.registry ?? defaultRegistry;
  const layers = [];
  let width = options.inputSize;
  for (const h of options.hidden) {
    layers.push(new Dense(width, h, {
      ...common,
      initializer: options.initializer
    }));
    if (options.batchNorm) layers.push(new BatchNorm(h, {
      dtype: options.dtype
    }));
    const spec = options.activation ?? registry.defaultSpec("activation", "mlp");
    const act = new Activation(spec, {
      ...common,
      inputShape: [
        h
      ]
    });
    layers.push(act);
    width = act.outputSize(h);
    if (!Number.isInteger(width) || width <= 0) {
      throw new RectifyError("shape", `mlp: activation "${act.activationName}" cannot take width ${h}`);
    }
    if (options.dropout) layers.push(new Dropout(options.dropout, {
      rng: rng.fork()
    }));
  }
  layers.push(new Dense(width, options.outputSize, {
    ...common,
    initializer: options.initializer
  }));
  return new Sequential(...layers);
}

// core/norm.ts
function checkEps(layer, eps) {
  if (!(eps > 0)) throw new RangeError(`${layer}: eps must be > 0, got ${eps}`);
  return eps;
}
function param(dtype, shape, value) {
  const d = alloc(dtype, shape.reduce((a, b) => a * b, 1));
  if (value !== 0) d.fill(value);
  return new Tensor(d, shape, {
    requiresGrad: true
  });
}
var LayerNorm = class extends Module {
  /** The trailing shape normalised over. */
  normalizedShape;
  /** Added to the variance. */
  eps;
  /** Scale (shape `normalizedShape`), or null without affine. */
  gamma;
  /** Shift (shape `normalizedShape`), or null without affine. */
  beta;
  /** Make a layer-norm layer; `normalizedShape` is the trailing shape (or its one size). */
  constructor(normalizedShape, options = {}) {
    super();
    const shape = typeof normalizedShape === "number" ? [
      normalizedShape
    ] : [
      ...normalizedShape
    ];
    if (shape.length === 0 || !shape.every((d) => Number.isInteger(d) && d > 0)) {
      throw new RangeError(`LayerNorm: normalizedShape must be positive integers, got ${JSON.stringify(normalizedShape)}`);
    }
    this.normalizedShape = Object.freeze(shape);
    this.eps = checkEps("LayerNorm", options.eps ?? 1e-5);
    const dtype = options.dtype ?? "float32";
    const affine2 = options.elementwiseAffine !== false;
    this.gamma = affine2 ? this.registerParameter("gamma", param(dtype, shape, 1)) : null;
    this.beta = affine2 ? this.registerParameter("beta", param(dtype, shape, 0)) : null;
  }
  /** Normalise over the trailing axes. */
  forward(x) {
    const k = this.normalizedShape.length;
    if (x.ndim <= k || !sameShape(sliceShape(x.shape, x.ndim - k), this.normalizedShape)) {
      throw new TypeError(`LayerNorm(${fmtShape(this.normalizedShape)}): input ${fmtShape(x.shape)} must end with that shape after a batch axis`);
    }
    const axes = Array.from({
      length: k
    }, (_, i) => x.ndim - k + i);
    const xc = x.sub(x.mean(axes, true));
    const v = xc.mul(xc).mean(axes, true);
    const y = xc.div(v.add(this.eps).sqrt());
    return this.gamma === null ? y : y.mul(this.gamma).add(this.beta);
  }
};
var BatchNorm2d = class extends Module {
  /** Channels. */
  numFeatures;
  /** Added to the variance. */
  eps;
  /** Weight of the new batch in the running averages (null: cumulative average). */
  momentum;
  /** Scale `[C]`, or null without affine. */
  gamma;
  /** Shift `[C]`, or null without affine. */
  beta;
  /** Running mean `[C]` (starts at 0). */
  runningMean;
  /** Running unbiased variance `[C]` (starts at 1). */
  runningVar;
  /** Training batches seen (a 0-d tensor, as PyTorch's `num_batches_tracked`). */
  numBatchesTracked;
  /** Make a batch-norm layer for `numFeatures` channels. */
  constructor(numFeatures, options = {}) {
    super();
    if (!Number.isInteger(numFeatures) || numFeatures <= 0) {
      throw new RangeError(`BatchNorm2d: numFeatures must be a positive integer, got ${numFeatures}`);
    }
    this.numFeatures = numFeatures;
    this.eps = checkEps("BatchNorm2d", options.eps ?? 1e-5);
    const m = options.momentum === void 0 ? 0.1 : options.momentum;
    if (m !== null && !(m >= 0 && m <= 1)) {
      throw new RangeError(`BatchNorm2d: momentum must be in [0, 1] or null, got ${m}`);
    }
    this.momentum = m;
    const dtype = options.dtype ?? "float32";
    const affine2 = options.affine !== false;
    this.gamma = affine2 ? this.registerParameter("gamma", param(dtype, [
      numFeatures
    ], 1)) : null;
    this.beta = affine2 ? this.registerParameter("beta", param(dtype, [
      numFeatures
    ], 0)) : null;
    this.runningMean = new Tensor(alloc(dtype, numFeatures), [
      numFeatures
    ]);
    this.runningVar = new Tensor(alloc(dtype, numFeatures).fill(1), [
      numFeatures
    ]);
    this.numBatchesTracked = new Tensor(new Float64Array(1), []);
  }
  /** Running statistics and the batch count. */
  buffers() {
    return {
      runningMean: this.runningMean,
      runningVar: this.runningVar,
      numBatchesTracked: this.numBatchesTracked
    };
  }
  /** Normalise `[N, C, H, W]`. */
  forward(x) {
    if (x.ndim !== 4 || x.shape[1] !== this.numFeatures) {
      throw new TypeError(`BatchNorm2d(${this.numFeatures}): expected an input [N, ${this.numFeatures}, H, W], got ${fmtShape(x.shape)}`);
    }
    const c = this.numFeatures;
    let y;
    if (!this.training) {
      const mean2 = this.runningMean.reshape([
        c,
        1,
        1
      ]);
      const std = this.runningVar.add(this.eps).sqrt().reshape([
        c,
        1,
        1
      ]);
      y = x.sub(mean2).div(std);
    } else {
      const axes = [
        0,
        2,
        3
      ];
      const mu = x.mean(axes, true);
      const xc = x.sub(mu);
      const v = xc.mul(xc).mean(axes, true);
      y = xc.div(v.add(this.eps).sqrt());
      this.#track(mu.data, v.data, x.size / c);
    }
    if (this.gamma === null) return y;
    return y.mul(this.gamma.reshape([
      c,
      1,
      1
    ])).add(this.beta.reshape([
      c,
      1,
      1
    ]));
  }
  /** Fold one batch's mean and biased variance (over n elements per channel) into the running ones. */
  #track(mu, biased, n) {
    if (n < 2) {
      throw new RectifyError("shape", `BatchNorm2d: training needs more than one value per channel, got ${n} (N\xB7H\xB7W)`);
    }
    noGrad(() => {
      const count = this.numBatchesTracked.data;
      count[0] += 1;
      const m = this.momentum === null ? 1 / count[0] : this.momentum;
      const rm = this.runningMean.data, rv = this.runningVar.data;
      for (let i = 0; i < rm.length; i++) {
        rm[i] = (1 - m) * rm[i] + m * mu[i];
        rv[i] = (1 - m) * rv[i] + m * (biased[i] * n) / (n - 1);
      }
    });
  }
};
var Dropout2d = class extends Module {
  /** Drop probability per channel. */
  p;
  #rng;
  /** Make a channel-dropout layer. */
  constructor(p, options = {}) {
    super();
    if (!(p >= 0 && p < 1)) throw new RangeError(`Dropout2d: p must be in [0, 1), got ${p}`);
    this.p = p;
    this.#rng = options.rng ?? new Rng(0);
  }
  /** Apply the channel mask to `[N, C, ...]`. */
  forward(x) {
    if (x.ndim < 2) {
      throw new TypeError(`Dropout2d: expected an input [N, C, ...], got ${fmtShape(x.shape)}`);
    }
    if (!this.training || this.p === 0) return x;
    const [n, c] = x.shape;
    const m = alloc(x.dtype, n * c, "Dropout2d");
    const keep = 1 / (1 - this.p);
    for (let i = 0; i < m.length; i++) m[i] = this.#rng.uniform() < this.p ? 0 : keep;
    const shape = [
      n,
      c,
      ...x.shape.slice(2).map(() => 1)
    ];
    return x.mul(new Tensor(m, shape));
  }
};

// core/pool_ops.ts
function checkPair(op, what, v, min) {
  if (!Array.isArray(v) || v.length !== 2 || !v.every((d) => Number.isInteger(d) && d >= min)) {
    throw new RangeError(`${op}: ${what} must be a pair of integers >= ${min}, got ${JSON.stringify(v)}`);
  }
  return v;
}
function outSize(size, k, s, p, ceil) {
  const span = size + 2 * p - k;
  let o = (ceil ? Math.ceil(span / s) : Math.floor(span / s)) + 1;
  if (ceil && (o - 1) * s >= size + p) o--;
  return o;
}
function poolGeometry(op, xShape, kernelSize, options) {
  if (xShape.length !== 4) {
    throw new TypeError(`${op}: expected an input [N, C, H, W], got ${fmtShape(xShape)}`);
  }
  const [kh, kw] = checkPair(op, "kernelSize", kernelSize, 1);
  const [sh, sw] = checkPair(op, "stride", options.stride ?? [
    kh,
    kw
  ], 1);
  const [ph, pw] = checkPair(op, "padding", options.padding ?? [
    0,
    0
  ], 0);
  if (2 * ph > kh || 2 * pw > kw) {
    throw new RangeError(`${op}: padding [${ph}, ${pw}] must be at most half the kernel size [${kh}, ${kw}]`);
  }
  const [n, c, h, w] = xShape;
  const ceil = options.ceilMode === true;
  const ho = outSize(h, kh, sh, ph, ceil), wo = outSize(w, kw, sw, pw, ceil);
  if (ho < 1 || wo < 1) {
    throw new RangeError(`${op}: input ${fmtShape(xShape)} is smaller than the window ${kh}x${kw} (padding [${ph}, ${pw}])`);
  }
  const countIncludePad = options.countIncludePad === false ? 0 : 1;
  return {
    planes: n * c,
    h,
    w,
    ho,
    wo,
    kh,
    kw,
    sh,
    sw,
    ph,
    pw,
    countIncludePad
  };
}
function toParams(g) {
  return [
    g.planes,
    g.h,
    g.w,
    g.ho,
    g.wo,
    g.kh,
    g.kw,
    g.sh,
    g.sw,
    g.ph,
    g.pw,
    g.countIncludePad
  ];
}
var maxPool2dReference = ([x], [y, index], p) => {
  const [planes, h, w, ho, wo, kh, kw, sh, sw, ph, pw] = p;
  if (kh === 2 && kw === 2 && ph === 0 && pw === 0 && (ho - 1) * sh + 2 <= h && (wo - 1) * sw + 2 <= w) return maxPool2x2(x, y, index, p);
  let o = 0;
  for (let q = 0; q < planes; q++) {
    const base = q * h * w;
    for (let i = 0; i < ho; i++) {
      const h0 = i * sh - ph;
      const r0 = h0 < 0 ? 0 : h0, r1 = h0 + kh < h ? h0 + kh : h;
      for (let j = 0; j < wo; j++, o++) {
        const w0 = j * sw - pw;
        const c0 = w0 < 0 ? 0 : w0, c1 = w0 + kw < w ? w0 + kw : w;
        let best = -Infinity, at = r0 * w + c0;
        for (let r = r0; r < r1; r++) {
          for (let c = c0; c < c1; c++) {
            const v = x[base + r * w + c];
            if (v > best || v !== v && best === best) {
              best = v;
              at = r * w + c;
            }
          }
        }
        y[o] = best;
        index[o] = at;
      }
    }
  }
};
function maxPool2x2(x, y, index, p) {
  const planes = p[0], h = p[1], w = p[2], ho = p[3], wo = p[4], sh = p[7], sw = p[8];
  let o = 0;
  for (let q = 0; q < planes; q++) {
    const base = q * h * w;
    for (let i = 0; i < ho; i++) {
      for (let j = 0; j < wo; j++, o++) {
        const at0 = i * sh * w + j * sw, a = base + at0;
        const v1 = x[a + 1], v2 = x[a + w], v3 = x[a + w + 1];
        let best = x[a], at = at0;
        if (v1 > best || v1 !== v1 && best === best) {
          best = v1;
          at = at0 + 1;
        }
        if (v2 > best || v2 !== v2 && best === best) {
          best = v2;
          at = at0 + w;
        }
        if (v3 > best || v3 !== v3 && best === best) {
          best = v3;
          at = at0 + w + 1;
        }
        y[o] = best;
        index[o] = at;
      }
    }
  }
}
var maxPool2dBackwardReference = ([dy, index], [dx], p) => {
  const [planes, h, w, ho, wo] = p;
  zeroData(dx);
  const per = ho * wo;
  for (let q = 0; q < planes; q++) {
    const base = q * h * w, ob = q * per;
    for (let k = 0; k < per; k++) dx[base + index[ob + k]] += dy[ob + k];
  }
};
function avgWindows(p, visit) {
  const [, h, w, ho, wo, kh, kw, sh, sw, ph, pw, incl] = p;
  let o = 0;
  for (let i = 0; i < ho; i++) {
    const a0 = i * sh - ph, a1 = Math.min(a0 + kh, h + ph);
    const r0 = a0 < 0 ? 0 : a0, r1 = a1 < h ? a1 : h;
    const dr = incl ? a1 - a0 : r1 - r0;
    for (let j = 0; j < wo; j++, o++) {
      const b0 = j * sw - pw, b1 = Math.min(b0 + kw, w + pw);
      const c0 = b0 < 0 ? 0 : b0, c1 = b1 < w ? b1 : w;
      visit(o, r0, r1, c0, c1, dr * (incl ? b1 - b0 : c1 - c0));
    }
  }
}
var avgPool2dReference = ([x], [y], p) => {
  const [planes, h, w, ho, wo] = p;
  const per = ho * wo;
  let base = 0, ob = 0;
  const visit = (o, r0, r1, c0, c1, div2) => {
    let s = 0;
    for (let r = r0; r < r1; r++) {
      const rb = base + r * w;
      for (let c = c0; c < c1; c++) s += x[rb + c];
    }
    y[ob + o] = s / div2;
  };
  for (let q = 0; q < planes; q++, base += h * w, ob += per) avgWindows(p, visit);
};
var avgPool2dBackwardReference = ([dy], [dx], p) => {
  const [planes, h, w, ho, wo] = p;
  const per = ho * wo;
  dx.fill(0);
  let base = 0, ob = 0;
  const visit = (o, r0, r1, c0, c1, div2) => {
    const g = dy[ob + o] / div2;
    for (let r = r0; r < r1; r++) {
      const rb = base + r * w;
      for (let c = c0; c < c1; c++) dx[rb + c] += g;
    }
  };
  for (let q = 0; q < planes; q++, base += h * w, ob += per) avgWindows(p, visit);
};
function outShape(x, g) {
  return [
    x.shape[0],
    x.shape[1],
    g.ho,
    g.wo
  ];
}
function maxPool2d(x, kernelSize, options = {}) {
  requireTensor(x, "maxPool2d");
  const g = poolGeometry("maxPool2d", x.shape, kernelSize, options);
  const params = toParams(g);
  const n = g.planes * g.ho * g.wo;
  const y = alloc(x.dtype, n, "maxPool2d");
  const index = alloc(g.h * g.w > 1 << 24 ? "float64" : x.dtype, n, "maxPool2d");
  runKernel("maxPool2d", [
    x.data
  ], [
    y,
    index
  ], params, maxPool2dReference);
  return _record("maxPool2d", [
    x
  ], new Tensor(y, outShape(x, g)), (dy) => {
    const dx = alloc(x.dtype, x.size, "maxPool2d");
    runKernel("maxPool2dBackward", [
      dy.data,
      index
    ], [
      dx
    ], params, maxPool2dBackwardReference);
    return new Tensor(dx, x.shape);
  }, [
    x
  ], {
    geometry: g
  });
}
function avgPool2d(x, kernelSize, options = {}) {
  requireTensor(x, "avgPool2d");
  const g = poolGeometry("avgPool2d", x.shape, kernelSize, options);
  const params = toParams(g);
  const y = alloc(x.dtype, g.planes * g.ho * g.wo, "avgPool2d");
  runKernel("avgPool2d", [
    x.data
  ], [
    y
  ], params, avgPool2dReference);
  return _record("avgPool2d", [
    x
  ], new Tensor(y, outShape(x, g)), (dy) => {
    const dx = alloc(x.dtype, x.size, "avgPool2d");
    runKernel("avgPool2dBackward", [
      dy.data
    ], [
      dx
    ], params, avgPool2dBackwardReference);
    return new Tensor(dx, x.shape);
  }, [
    x
  ], {
    geometry: g
  });
}

// core/pool.ts
function asPair2(v) {
  return typeof v === "number" ? [
    v,
    v
  ] : v;
}
function poolOptions(layer, kernel, o) {
  const options = {
    stride: asPair2(o.stride ?? kernel),
    padding: asPair2(o.padding ?? 0),
    ceilMode: o.ceilMode === true,
    countIncludePad: o.countIncludePad !== false
  };
  poolGeometry(layer, [
    1,
    1,
    kernel[0],
    kernel[1]
  ], kernel, options);
  return options;
}
var MaxPool2d = class extends Module {
  /** `[kh, kw]`. */
  kernelSize;
  /** Stride, padding and ceil mode. */
  options;
  /** Make a max-pooling layer; `kernelSize` is `[kh, kw]` or one number. */
  constructor(kernelSize, options = {}) {
    super();
    this.kernelSize = asPair2(kernelSize);
    this.options = Object.freeze(poolOptions("MaxPool2d", this.kernelSize, options));
  }
  /** Pool `[N, C, H, W]`. */
  forward(x) {
    return maxPool2d(x, this.kernelSize, this.options);
  }
};
var AvgPool2d = class extends Module {
  /** `[kh, kw]`. */
  kernelSize;
  /** Stride, padding, ceil mode and countIncludePad. */
  options;
  /** Make an average-pooling layer; `kernelSize` is `[kh, kw]` or one number. */
  constructor(kernelSize, options = {}) {
    super();
    this.kernelSize = asPair2(kernelSize);
    this.options = Object.freeze(poolOptions("AvgPool2d", this.kernelSize, options));
  }
  /** Pool `[N, C, H, W]`. */
  forward(x) {
    return avgPool2d(x, this.kernelSize, this.options);
  }
};
var GlobalAvgPool2d = class extends Module {
  /** Average each channel. */
  forward(x) {
    if (x.ndim !== 4) {
      throw new TypeError(`GlobalAvgPool2d: expected an input [N, C, H, W], got ${fmtShape(x.shape)}`);
    }
    const [n, c, h, w] = x.shape;
    return x.reshape([
      n,
      c,
      h * w
    ]).mean(2);
  }
};
var Flatten = class extends Module {
  /** Flatten all but the first axis. */
  forward(x) {
    if (x.ndim < 2) {
      throw new TypeError(`Flatten: expected an input with a batch axis, got ${fmtShape(x.shape)}`);
    }
    if (x.ndim === 2) return x;
    return x.reshape([
      x.shape[0],
      -1
    ]);
  }
};

// core/cnn.ts
function need(shape, dims, what) {
  if (shape.length !== dims) {
    throw new TypeError(`cnn: layer "${what}" needs ${dims === 3 ? "an image [C, H, W]" : "features [F]"} input, got ${fmtShape(shape)} (add "flatten" or "globalAvgPool2d" before a dense layer)`);
  }
}
function makeLayer(spec, shape, ctx) {
  const common = {
    rng: ctx.rng,
    dtype: ctx.dtype,
    registry: ctx.registry
  };
  if (typeof spec === "string" || !("type" in spec)) {
    return new Activation(spec, {
      ...common,
      inputShape: shape
    });
  }
  switch (spec.type) {
    case "conv2d": {
      need(shape, 3, spec.type);
      const { outChannels, kernelSize, type: _, ...rest } = spec;
      const opts = {
        ...rest,
        ...common,
        initializer: ctx.initializer
      };
      return new Conv2d(shape[0], outChannels, kernelSize, opts);
    }
    case "maxPool2d":
    case "avgPool2d": {
      need(shape, 3, spec.type);
      const { kernelSize, type, ...rest } = spec;
      return type === "maxPool2d" ? new MaxPool2d(kernelSize, rest) : new AvgPool2d(kernelSize, rest);
    }
    case "globalAvgPool2d":
      need(shape, 3, spec.type);
      return new GlobalAvgPool2d();
    case "flatten":
      return new Flatten();
    case "batchNorm2d":
      need(shape, 3, spec.type);
      return new BatchNorm2d(shape[0], {
        ...spec,
        dtype: ctx.dtype
      });
    case "batchNorm":
      need(shape, 1, spec.type);
      return new BatchNorm(shape[0], {
        eps: spec.eps,
        momentum: spec.momentum,
        dtype: ctx.dtype
      });
    case "layerNorm":
      return new LayerNorm(shape, {
        ...spec,
        dtype: ctx.dtype
      });
    case "dropout2d":
      return new Dropout2d(spec.p, {
        rng: ctx.rng.fork()
      });
    case "dropout":
      return new Dropout(spec.p, {
        rng: ctx.rng.fork()
      });
    case "dense":
      need(shape, 1, spec.type);
      return new Dense(shape[0], spec.outFeatures, {
        ...common,
        initializer: ctx.initializer,
        bias: spec.bias
      });
    case "activation":
      return new Activation(spec.activation, {
        ...common,
        inputShape: shape
      });
    default:
      throw new RectifyError("option", `cnn: unknown layer type ${JSON.stringify(spec.type)}, expected conv2d, maxPool2d, avgPool2d, globalAvgPool2d, flatten, batchNorm2d, batchNorm, layerNorm, dropout2d, dropout, dense or activation`);
  }
}
function shapeAfter(layer, shape, dtype) {
  return withoutArena(() => noGrad(() => {
    const x = new Tensor(alloc(dtype, shape.reduce((a, b) => a * b, 1)), [
      1,
      ...shape
    ]);
    const wasTraining = layer.training;
    layer.eval();
    try {
      return layer.call(x).shape.slice(1);
    } finally {
      layer.train(wasTraining);
    }
  }));
}
function cnn(options) {
  const shape0 = options.inputShape;
  if (!Array.isArray(shape0) || shape0.length !== 3 || !shape0.every((d) => Number.isInteger(d) && d > 0)) {
    throw new TypeError(`cnn: inputShape must be [C, H, W] of positive integers, got ${JSON.stringify(shape0)}`);
  }
  return _layersToSequential(options);
}
function _layersToSequential(options) {
  const shape0 = options.inputShape;
  const ctx = {
    rng: options.rng ?? new Rng(0),
    dtype: options.dtype ?? "float32",
    registry: options.registry,
    initializer: options.initializer
  };
  const mods = [];
  let shape = [
    ...shape0
  ];
  const add2 = (spec) => {
    const m = makeLayer(spec, shape, ctx);
    shape = shapeAfter(m, shape, ctx.dtype);
    mods.push(m);
  };
  for (const spec of options.layers) add2(spec);
  if (options.outputSize !== void 0) {
    if (shape.length !== 1) add2({
      type: "flatten"
    });
    add2({
      type: "dense",
      outFeatures: options.outputSize
    });
  }
  return new Sequential(...mods);
}

// core/creation.ts
function make(shape, value, options, what) {
  const s = checkShape(shape, what);
  const d = alloc(options.dtype ?? "float32", sizeOf(s), what);
  if (value !== 0) d.fill(value);
  return new Tensor(d, s, {
    requiresGrad: options.requiresGrad ?? false
  });
}
function zeros(shape, options = {}) {
  return make(shape, 0, options, "zeros");
}
function ones(shape, options = {}) {
  return make(shape, 1, options, "ones");
}
function full(shape, value, options = {}) {
  if (typeof value !== "number") {
    throw new RectifyError("dtype", `full: value must be a number, got ${typeof value}`);
  }
  return make(shape, value, options, "full");
}
function arange(start, end, step = 1, options = {}) {
  if (!(step !== 0 && Number.isFinite(step)) || !Number.isFinite(start) || !Number.isFinite(end)) {
    throw new RectifyError("option", `arange: start, end must be finite and step non-zero, got ${start}, ${end}, ${step}`);
  }
  const n = Math.max(0, Math.ceil((end - start) / step));
  const d = alloc(options.dtype ?? "float32", n, "arange");
  for (let i = 0; i < n; i++) d[i] = start + i * step;
  return new Tensor(d, [
    n
  ], {
    requiresGrad: options.requiresGrad ?? false
  });
}
function eye(n, options = {}) {
  const t = make([
    n,
    n
  ], 0, options, "eye");
  for (let i = 0; i < n; i++) t.data[i * n + i] = 1;
  return t;
}
function randn(shape, options) {
  const t = make(shape, 0, options, "randn");
  const rng = requireRng(options, "randn");
  for (let i = 0; i < t.data.length; i++) t.data[i] = rng.normal();
  return t;
}
function rand(shape, options) {
  const t = make(shape, 0, options, "rand");
  const rng = requireRng(options, "rand");
  for (let i = 0; i < t.data.length; i++) t.data[i] = rng.uniform();
  return t;
}
function requireRng(options, what) {
  if (!options || !options.rng || typeof options.rng.uniform !== "function") {
    throw new RectifyError("option", `${what}: options.rng (a seeded Rng) is required`);
  }
  return options.rng;
}

// core/function.ts
function defineFunction(definition) {
  const { name, forward: forward2, backward } = definition;
  if (typeof name !== "string" || name === "") {
    throw new RectifyError("option", `defineFunction: name must be a non-empty string, got ${name}`);
  }
  if (typeof forward2 !== "function" || typeof backward !== "function") {
    throw new RectifyError("option", `defineFunction "${name}": forward and backward must be functions`);
  }
  return (...inputs) => {
    for (const [i, t] of inputs.entries()) {
      if (!(t instanceof Tensor)) {
        throw new RectifyError("dtype", `${name}: input ${i} must be a Tensor, got ${typeof t}`);
      }
    }
    const saved = [];
    const ctx = {
      save: (...ts) => void saved.push(...ts),
      saved,
      data: {},
      needsInputGrad: inputs.map((t) => t.requiresGrad)
    };
    const out = noGrad(() => forward2(ctx, ...inputs));
    if (!(out instanceof Tensor)) {
      throw new RectifyError("autograd", `${name}: forward must return a Tensor, got ${typeof out}`);
    }
    const result = out.isLeaf && !inputs.includes(out) ? out : out.detach();
    return _record(name, inputs, result, (g) => {
      const r = backward(ctx, g);
      const list = Array.isArray(r) ? r : [
        r
      ];
      if (list.length !== inputs.length) {
        throw new RectifyError("autograd", `${name}: backward returned ${list.length} gradients for ${inputs.length} inputs`);
      }
      return list;
    }, saved, ctx.data);
  };
}

// core/gradcheck.ts
function gradcheck(fn, inputs, options = {}) {
  const eps = options.eps ?? 1e-6, atol = options.atol ?? 1e-6, rtol = options.rtol ?? 1e-6;
  for (const [i, t] of inputs.entries()) {
    if (t.dtype !== "float64") {
      throw new RectifyError("dtype", `gradcheck: input ${i} must be float64, got ${t.dtype}`);
    }
  }
  const probe = noGrad(() => fn(...inputs));
  const rng = new Rng(options.seed ?? 0);
  const w = new Float64Array(probe.size);
  for (let i = 0; i < w.length; i++) w[i] = rng.uniform() * 2 - 1;
  const weight = new Tensor(w, probe.shape);
  const project = () => {
    const y2 = noGrad(() => fn(...inputs));
    let s = 0;
    for (let i = 0; i < w.length; i++) s += y2.data[i] * w[i];
    return s;
  };
  for (const t of inputs) t.grad = null;
  const y = fn(...inputs);
  if (y.requiresGrad) y.backward(weight);
  let maxAbs = 0;
  let worst = null;
  let worstRatio = 0;
  for (const [i, t] of inputs.entries()) {
    if (!t.requiresGrad) continue;
    const analytic = t.grad?.data ?? new Float64Array(t.size);
    for (let j = 0; j < t.size; j++) {
      const orig = t.data[j];
      t.data[j] = orig + eps;
      const fp = project();
      t.data[j] = orig - eps;
      const fm = project();
      t.data[j] = orig;
      const numeric = (fp - fm) / (2 * eps);
      const err = Math.abs(analytic[j] - numeric);
      const allowed = atol + rtol * Math.abs(numeric);
      if (err > maxAbs) maxAbs = err;
      const ratio = err / allowed;
      if (worst === null || !(ratio <= worstRatio)) {
        worstRatio = ratio;
        worst = {
          input: i,
          index: j,
          analytic: analytic[j],
          numeric
        };
      }
    }
    t.grad = null;
  }
  const ok = worst === null || worstRatio <= 1 && Number.isFinite(maxAbs);
  const message = ok ? `gradcheck passed (max abs error ${maxAbs.toExponential(2)})` : `gradcheck failed: input ${worst.input} element ${worst.index}: analytic ${worst.analytic} vs numeric ${worst.numeric} (abs error ${Math.abs(worst.analytic - worst.numeric).toExponential(2)}, atol ${atol}, rtol ${rtol})`;
  return {
    ok,
    maxAbsError: maxAbs,
    worst,
    message
  };
}

// core/losses.ts
function targetsOf(targets, batch, classes) {
  const src = targets instanceof Tensor ? targets.data : targets;
  if (typeof src !== "object" || src === null || typeof src.length !== "number") {
    throw new RectifyError("dtype", `softmaxCrossEntropy: targets must be a Tensor or an array of class indices, got ${describe(src)}`);
  }
  if (src.length !== batch) {
    throw new RectifyError("shape", `softmaxCrossEntropy: got ${src.length} targets for a batch of ${batch} (logits [${batch}, ${classes}]); expected one class index per row`);
  }
  const out = allocEmpty(classes > 1 << 24 ? "float64" : "float32", batch, "targets");
  for (let i = 0; i < batch; i++) {
    const t = src[i];
    if (!Number.isInteger(t) || t < 0 || t >= classes) {
      throw new RectifyError("data", `softmaxCrossEntropy: target ${i} is ${t}, expected an integer class in [0, ${classes - 1}]`);
    }
    out[i] = t;
  }
  return out;
}
function softmaxCrossEntropy(logits, targets) {
  requireTensor(logits, "softmaxCrossEntropy", "logits");
  if (logits.ndim !== 2) {
    throw new RectifyError("shape", `softmaxCrossEntropy: logits must be [batch, classes], got ${fmtShape(logits.shape)}`);
  }
  const [b, k] = logits.shape;
  const t = targetsOf(targets, b, k);
  const p = alloc(logits.dtype, b * k);
  const out = alloc(logits.dtype, 1);
  runKernel("softmaxCrossEntropy", [
    logits.storage,
    t
  ], [
    out,
    p
  ], [
    b,
    k
  ], crossEntropyForward);
  return _record("softmaxCrossEntropy", [
    logits
  ], new Tensor(out, []), (g) => {
    const gd = alloc(logits.dtype, b * k);
    runKernel("softmaxCrossEntropyBackward", [
      p,
      t,
      g.storage
    ], [
      gd
    ], [
      b,
      k
    ], crossEntropyBackward);
    return new Tensor(gd, logits.shape);
  });
}
var crossEntropyForward = ([z, t], [out, p], [b, k]) => {
  let loss = 0;
  for (let i = 0; i < b; i++) {
    const o = i * k;
    let m = -Infinity;
    for (let j = 0; j < k; j++) if (z[o + j] > m) m = z[o + j];
    let s = 0;
    for (let j = 0; j < k; j++) {
      const e = Math.exp(z[o + j] - m);
      p[o + j] = e;
      s += e;
    }
    for (let j = 0; j < k; j++) p[o + j] /= s;
    loss += m + Math.log(s) - z[o + t[i]];
  }
  out[0] = loss / b;
};
var crossEntropyBackward = ([p, t, g], [gd], [b, k]) => {
  const s = g[0] / b;
  for (let i = 0; i < b * k; i++) gd[i] = p[i] * s;
  for (let i = 0; i < b; i++) gd[i * k + t[i]] -= s;
};
function checkSame(op, a, b) {
  requireTensor(a, op, "prediction");
  requireTensor(b, op, "target");
  if (a.shape.join(",") !== b.shape.join(",")) {
    throw new RectifyError("shape", `${op}: prediction shape ${fmtShape(a.shape)} and target shape ${fmtShape(b.shape)} differ`);
  }
}
function mse(prediction, target) {
  checkSame("mse", prediction, target);
  const n = prediction.size;
  const z = prediction.data, t = target.data;
  let s = 0;
  for (let i = 0; i < n; i++) {
    const d = z[i] - t[i];
    s += d * d;
  }
  const out = alloc(prediction.dtype, 1);
  out[0] = s / n;
  return _record("mse", [
    prediction,
    target
  ], new Tensor(out, []), (g) => {
    const gz = alloc(prediction.dtype, n);
    const k = 2 * g.data[0] / n;
    for (let i = 0; i < n; i++) gz[i] = k * (z[i] - t[i]);
    const gt = alloc(target.dtype, n);
    for (let i = 0; i < n; i++) gt[i] = -gz[i];
    return [
      new Tensor(gz, prediction.shape),
      new Tensor(gt, target.shape)
    ];
  });
}
function sigmoidBinaryCrossEntropy(logits, target) {
  checkSame("sigmoidBinaryCrossEntropy", logits, target);
  const n = logits.size;
  const z = logits.data, t = target.data;
  let s = 0;
  for (let i = 0; i < n; i++) {
    const zi = z[i];
    s += Math.max(zi, 0) - zi * t[i] + Math.log1p(Math.exp(-Math.abs(zi)));
  }
  const out = alloc(logits.dtype, 1);
  out[0] = s / n;
  return _record("sigmoidBinaryCrossEntropy", [
    logits,
    target
  ], new Tensor(out, []), (g) => {
    const gz = alloc(logits.dtype, n);
    const gt = alloc(target.dtype, n);
    const k = g.data[0] / n;
    for (let i = 0; i < n; i++) {
      const zi = z[i];
      const sig = zi >= 0 ? 1 / (1 + Math.exp(-zi)) : Math.exp(zi) / (1 + Math.exp(zi));
      gz[i] = k * (sig - t[i]);
      gt[i] = -k * zi;
    }
    return [
      new Tensor(gz, logits.shape),
      new Tensor(gt, target.shape)
    ];
  });
}

// core/metrics.ts
function valuesOf(v, fn, arg) {
  if (v instanceof Tensor) return v.data;
  if (typeof v !== "object" || v === null || typeof v.length !== "number") {
    throw new RectifyError("dtype", `${fn}: ${arg} must be a Tensor or an array of numbers, got ${describe(v)}`);
  }
  return v;
}
function classesOf(v, fn, arg) {
  const a = valuesOf(v, fn, arg);
  for (let i = 0; i < a.length; i++) {
    const c = a[i];
    if (!Number.isInteger(c) || c < 0) {
      throw new RectifyError("data", `${fn}: ${arg}[${i}] is ${c}, expected a class index (an integer >= 0)`);
    }
  }
  return a;
}
function sameLength(a, b, fn, what) {
  if (a.length !== b.length) {
    throw new RectifyError("shape", `${fn}: got ${a.length} predictions for ${b.length} ${what}; expected one per ${what.replace(/s$/, "")}`);
  }
  if (a.length === 0) throw new RangeError(`${fn}: got no ${what}, expected at least one`);
}
function argmax(scores) {
  if (!(scores instanceof Tensor)) {
    throw new RectifyError("dtype", `argmax: scores must be a Tensor, got ${describe(scores)}`);
  }
  const k = scores.shape.at(-1) ?? 1;
  if (scores.shape.length === 0 || k === 0) {
    throw new RectifyError("shape", `argmax: scores must have a non-empty last axis, got shape ${fmtShape(scores.shape)}`);
  }
  const d = scores.data, rows = d.length / k;
  const out = new Int32Array(rows);
  for (let i = 0; i < rows; i++) {
    const o = i * k;
    let best = 0, top = d[o];
    if (top === top) {
      for (let j = 1; j < k; j++) {
        const v = d[o + j];
        if (v !== v) {
          best = j;
          break;
        }
        if (v > top) {
          top = v;
          best = j;
        }
      }
    }
    out[i] = best;
  }
  return out;
}
function predictedClasses(predicted, fn) {
  if (predicted instanceof Tensor && predicted.shape.length >= 2) return argmax(predicted);
  return classesOf(predicted, fn, "predicted");
}
function accuracy(predicted, labels) {
  const p = predictedClasses(predicted, "accuracy");
  const y = classesOf(labels, "accuracy", "labels");
  sameLength(p, y, "accuracy", "labels");
  let correct = 0;
  for (let i = 0; i < y.length; i++) if (p[i] === y[i]) correct++;
  return correct / y.length;
}
function confusionMatrix(predicted, labels, options = {}) {
  const p = predictedClasses(predicted, "confusionMatrix");
  const y = classesOf(labels, "confusionMatrix", "labels");
  sameLength(p, y, "confusionMatrix", "labels");
  let seen = 0;
  for (let i = 0; i < y.length; i++) seen = Math.max(seen, p[i] + 1, y[i] + 1);
  const k = options.classes ?? seen;
  if (!Number.isInteger(k) || k < 1) {
    throw new RangeError(`confusionMatrix: classes must be an integer >= 1, got ${k}`);
  }
  if (seen > k) {
    throw new RangeError(`confusionMatrix: class index ${seen - 1} is out of range for classes = ${k}`);
  }
  const m = Array.from({
    length: k
  }, () => new Array(k).fill(0));
  for (let i = 0; i < y.length; i++) m[y[i]][p[i]]++;
  return m;
}
function regressionPair(predicted, targets, fn) {
  const p = valuesOf(predicted, fn, "predicted");
  const y = valuesOf(targets, fn, "targets");
  sameLength(p, y, fn, "targets");
  return {
    p,
    y
  };
}
function rmse(predicted, targets) {
  const { p, y } = regressionPair(predicted, targets, "rmse");
  let sse = 0;
  for (let i = 0; i < y.length; i++) sse += (p[i] - y[i]) ** 2;
  return Math.sqrt(sse / y.length);
}
function r2Score(predicted, targets, options = {}) {
  const { p, y } = regressionPair(predicted, targets, "r2Score");
  const k = options.outputs ?? (predicted instanceof Tensor && predicted.shape.length === 2 ? predicted.shape[1] : 1);
  if (!Number.isInteger(k) || k < 1 || y.length % k !== 0) {
    throw new RangeError(`r2Score: outputs must be an integer >= 1 dividing the ${y.length} values, got ${k}`);
  }
  const n = y.length / k;
  let total = 0;
  for (let j = 0; j < k; j++) {
    let mean2 = 0;
    for (let i = 0; i < n; i++) mean2 += y[i * k + j];
    mean2 /= n;
    let sse = 0, sst = 0;
    for (let i = 0; i < n; i++) {
      sse += (p[i * k + j] - y[i * k + j]) ** 2;
      sst += (y[i * k + j] - mean2) ** 2;
    }
    total += sst > 0 ? 1 - sse / sst : sse === 0 ? 1 : 0;
  }
  return total / k;
}

// core/_optim_state.ts
function like(p, values) {
  const d = freshLike(p);
  d.set(values);
  return d;
}
function checkTransformState(v, n, at = "state") {
  if (v === null || typeof v !== "object" || v instanceof ParamBuffers) return;
  if (Array.isArray(v)) {
    if (v.some((x) => ArrayBuffer.isView(x))) {
      throw new RectifyError("plugin", `Optimizer: transform ${at} is a plain array of ${n === v.length ? n : v.length} typed arrays; make per-parameter buffers with paramBuffers(params) so the optimizer knows them (it skips parameters without a gradient and saves buffers by name)`);
    }
    v.forEach((x, i) => checkTransformState(x, n, `${at}[${i}]`));
    return;
  }
  for (const [k, x] of Object.entries(v)) checkTransformState(x, n, `${at}.${k}`);
}
function subsetState(v, keep) {
  if (v === null || typeof v !== "object") return v;
  if (v instanceof ParamBuffers) return ParamBuffers.from(keep.map((j) => v[j]));
  if (Array.isArray(v)) return v.map((s) => subsetState(s, keep));
  const out = {};
  for (const [k, x] of Object.entries(v)) out[k] = subsetState(x, keep);
  return out;
}
function writeBackState(full2, sub2, keep) {
  for (const [k, x] of Object.entries(full2)) {
    const y = sub2[k];
    if (x instanceof ParamBuffers) keep.forEach((j, i) => x[j] = y[i]);
    else if (Array.isArray(x)) {
      x.forEach((s, i) => writeBackState(s, y[i], keep));
    } else if (x !== null && typeof x === "object") {
      writeBackState(x, y, keep);
    } else full2[k] = y;
  }
  for (const [k, y] of Object.entries(sub2)) {
    if (k in full2) continue;
    if (y !== null && typeof y === "object") {
      throw new RectifyError("plugin", `Optimizer: a transform added state "${k}" during a step in which some parameters had no gradient; make per-parameter state in init()`);
    }
    full2[k] = y;
  }
}
function encodeTransform(v, names) {
  if (v === null || typeof v !== "object") return v;
  if (v instanceof ParamBuffers) {
    const out2 = {};
    v.forEach((d, i) => out2[names[i]] = Array.from(d));
    return {
      $buffers: out2
    };
  }
  if (Array.isArray(v)) return v.map((s) => encodeTransform(s, names));
  const out = {};
  for (const [k, x] of Object.entries(v)) out[k] = encodeTransform(x, names);
  return out;
}
function encodeGroup(g) {
  const out = {
    names: [
      ...g.names
    ],
    options: {
      ...g.options
    },
    lr: g.lr,
    baseLr: g.baseLr,
    step: g.step
  };
  if (!isUpdateRule(g.product)) {
    out.transform = g.state === null ? null : encodeTransform(g.state, g.names);
    return out;
  }
  const state = {};
  g.states.forEach((s, j) => {
    if (s === null) return;
    const rec = {};
    for (const [k, d] of Object.entries(s)) rec[k] = Array.from(syncHost(d));
    state[g.names[j]] = rec;
  });
  out.state = state;
  if (g.scalars !== null && g.product.scalars !== void 0) out.scalars = {
    ...g.scalars
  };
  return out;
}
function decodeTransform(v, g, bad) {
  if (v === null || v === void 0) return null;
  const params = g.params.map((p) => p.data);
  const dec = (x) => {
    if (x === null || typeof x === "number" || typeof x === "boolean") return x;
    if (Array.isArray(x)) return x.map((s) => dec(s));
    if (typeof x !== "object") return bad(`unexpected value ${JSON.stringify(x)}`);
    const o = x;
    if (!("$buffers" in o)) {
      const out = {};
      for (const [k, y] of Object.entries(o)) out[k] = dec(y);
      return out;
    }
    const b = o.$buffers;
    return ParamBuffers.from(g.names.map((n, i) => {
      const arr = b?.[n];
      if (!Array.isArray(arr) || arr.length !== params[i].length) {
        bad(`buffer for "${n}" must have ${params[i].length} numbers`);
      }
      return like(params[i], arr);
    }));
  };
  const r = dec(v);
  if (r === null || typeof r !== "object" || Array.isArray(r)) {
    return bad("state must be an object");
  }
  return r;
}
function decodeParamStates(state, g, rule, bad) {
  if (state === void 0 || state === null) return g.names.map(() => null);
  if (typeof state !== "object" || Array.isArray(state)) {
    bad("a group's state must map parameter names to buffers");
  }
  const rec = state;
  for (const k of Object.keys(rec)) {
    if (!g.names.includes(k)) bad(`state for unknown parameter "${k}" (group: [${g.names}])`);
  }
  const wanted = Object.keys(rule.buffers);
  return g.names.map((name, j) => {
    const s = rec[name];
    if (s === void 0) return null;
    if (s === null || typeof s !== "object") return bad(`state of "${name}" must be an object`);
    const bufs = s;
    for (const k of Object.keys(bufs)) {
      if (!wanted.includes(k)) bad(`state of "${name}" has "${k}", expected [${wanted}]`);
    }
    return readBuffers(name, g.params[j].data, wanted, (k) => bufs[k], bad);
  });
}
function readBuffers(name, p, wanted, get, bad) {
  const out = {};
  for (const k of wanted) {
    const arr = get(k);
    if (!Array.isArray(arr) || arr.length !== p.length || !arr.every((x) => typeof x === "number")) {
      bad(`buffer "${k}" of "${name}" must be ${p.length} numbers`);
    }
    out[k] = like(p, arr);
  }
  return out;
}
function flattenV01(v, out) {
  if (Array.isArray(v)) {
    for (const x of v) flattenV01(x, out);
  } else if (v !== null && typeof v === "object") {
    for (const [k, x] of Object.entries(v)) {
      if (k === "inner") flattenV01(x, out);
      else out.set(k, x);
    }
  }
  return out;
}
function decodeV01(s, g, rule, bad) {
  const legacy = s.state;
  if (legacy === null || legacy === void 0) {
    return {
      states: g.names.map(() => null),
      scalars: null
    };
  }
  const flat = flattenV01(legacy, /* @__PURE__ */ new Map());
  const key = (what, spec) => spec.v01 ?? bad(`rectify 0.1 state has no counterpart for ${what}`);
  const scalars = {};
  for (const [k, spec] of Object.entries(rule.scalars ?? {})) {
    const v = flat.get(key(`scalar "${k}"`, spec));
    if (typeof v !== "number") bad(`rectify 0.1 state lacks the number "${spec.v01}"`);
    scalars[k] = v;
  }
  const buffers = Object.entries(rule.buffers).map(([k, spec]) => {
    const b = flat.get(key(`buffer "${k}"`, spec));
    if (!b?.$buffers) bad(`rectify 0.1 state lacks the buffers "${spec.v01}"`);
    return [
      k,
      b.$buffers
    ];
  });
  const states = g.names.map((name, j) => readBuffers(name, g.params[j].data, buffers.map(([k]) => k), (k) => buffers.find(([b]) => b === k)[1][name], bad));
  return {
    states,
    scalars
  };
}
function decodeScalars(s, rule, bad) {
  if (rule.scalars === void 0) return s.step > 0 ? {} : null;
  if (s.scalars === void 0) {
    return s.step > 0 ? bad(`group state lacks "scalars" after ${s.step} steps`) : null;
  }
  const out = {};
  for (const k of Object.keys(rule.scalars)) {
    const v = s.scalars[k];
    if (typeof v !== "number") bad(`scalar "${k}" must be a number, got ${JSON.stringify(v)}`);
    out[k] = v;
  }
  return out;
}
function decodeGroups(sd, groups, bad) {
  const v01 = sd.version === void 0;
  if (!v01 && sd.version !== 2) bad(`unknown state format version ${sd.version}, expected 2`);
  return sd.groups.map((s, i) => {
    const g = groups[i];
    if (!Array.isArray(s.names) || s.names.join("\0") !== g.names.join("\0")) {
      bad(`group ${i} holds parameters [${s.names}], expected [${g.names}]`);
    }
    if (!Number.isInteger(s.step) || s.step < 0) bad(`group ${i} has step ${s.step}`);
    const base = {
      lr: s.lr,
      baseLr: s.baseLr,
      step: s.step
    };
    if (!isUpdateRule(g.product)) {
      return {
        ...base,
        state: decodeTransform(v01 ? s.state : s.transform, g, bad)
      };
    }
    if (v01) return {
      ...base,
      ...decodeV01(s, g, g.product, bad)
    };
    return {
      ...base,
      states: decodeParamStates(s.state, g, g.product, bad),
      scalars: decodeScalars(s, g.product, bad)
    };
  });
}

// core/optim.ts
var ParamBuffers = class extends Array {
};
function paramBuffers(params, fill3 = 0) {
  const out = new ParamBuffers();
  for (const p of params) {
    const d = freshLike(p);
    if (fill3 !== 0) d.fill(fill3);
    out.push(d);
  }
  return out;
}
function chain(...transforms) {
  return {
    init: (params, ctx) => ({
      inner: transforms.map((t) => t.init(params, ctx))
    }),
    update(updates, state, params, ctx) {
      const inner = state.inner;
      for (let i = 0; i < transforms.length; i++) {
        transforms[i].update(updates, inner[i], params, ctx);
      }
    }
  };
}
function isUpdateRule(x) {
  return typeof x.apply === "function";
}
function globToRegExp(glob) {
  const esc = glob.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replaceAll("*", ".*");
  return new RegExp(`^${esc}$`);
}
var Optimizer = class {
  /** The plugin name. */
  name;
  /** The schedule given as {@linkcode OptimizerOptions.schedule}, or null. */
  schedule;
  #groups = [];
  /** Bind an optimizer spec to named parameters (a record, or `[name, tensor]` pairs). */
  constructor(params, spec, options = {}) {
    const parsed = parseSpec(spec);
    this.name = parsed.name;
    this.schedule = options.schedule ?? null;
    const entries = trainable(parsed.name, params);
    const registry = options.registry ?? defaultRegistry;
    const groupSpecs = options.groups ?? [];
    const buckets = bucketByGroup(parsed.name, entries, groupSpecs);
    const make2 = (list, extra) => {
      if (list.length === 0) return;
      const { options: merged } = registry.resolve("optimizer", {
        name: parsed.name,
        options: {
          ...parsed.options,
          ...extra
        }
      });
      const product = registry.create("optimizer", {
        name: parsed.name,
        options: merged
      });
      const lr = typeof merged.lr === "number" ? merged.lr : 0;
      this.#groups.push({
        names: list.map(([n]) => n),
        params: list.map(([, t]) => t),
        options: merged,
        product,
        baseLr: lr,
        lr,
        step: 0,
        states: list.map(() => null),
        scalars: null,
        state: null,
        updates: null
      });
    };
    groupSpecs.forEach((g, i) => make2(buckets[i], g.options));
    make2(buckets[groupSpecs.length], {});
  }
  /** The groups' names, options and current learning rates. */
  get groups() {
    this.#followSchedule();
    return this.#groups.map((g) => ({
      names: g.names,
      options: g.options,
      lr: g.lr,
      step: g.step
    }));
  }
  /**
   * Set every group's lr to `schedule.lr(baseLr)` once. Prefer
   * {@linkcode OptimizerOptions.schedule}, which does it before every step.
   */
  applySchedule(schedule) {
    for (const g of this.#groups) g.lr = schedule.lr(g.baseLr);
  }
  /** Set every group's current lr (refused while a schedule sets it). */
  setLr(lr) {
    if (this.schedule !== null) {
      throw new RectifyError("usage", `Optimizer "${this.name}": setLr(${lr}) while a schedule sets the learning rate before every step; drop the schedule option to set it by hand`);
    }
    for (const g of this.#groups) g.lr = lr;
  }
  #followSchedule() {
    if (this.schedule !== null) this.applySchedule(this.schedule);
  }
  /**
   * Set every parameter's `.grad` to null, or with `{ setToNone: false }`
   * fill the existing grads with zeros in place, so the next backward adds
   * into the same buffers (no gradient allocation per step in steady state).
   */
  zeroGrad(options = {}) {
    for (const g of this.#groups) for (const p of g.params) p.zeroGrad(options);
  }
  /**
   * Apply one update from the current `.grad`s. As in torch.optim, a
   * parameter whose `.grad` is null is skipped: not moved, its state (momentum,
   * moments) untouched, so a frozen parameter gets no weight decay; an
   * {@linkcode UpdateRule} makes a parameter's state at its first step with a
   * gradient. A group where no parameter has a gradient does not count a
   * step. The step count is per group: a parameter skipped at some steps is
   * bias-corrected with the group's count (torch keeps one count per parameter).
   */
  step() {
    this.#followSchedule();
    for (const g of this.#groups) {
      let have = 0;
      for (const p of g.params) if (p.grad !== null) have++;
      if (have === 0 && g.params.length > 0) continue;
      g.step++;
      const ctx = {
        step: g.step,
        lr: g.lr
      };
      if (isUpdateRule(g.product)) stepRule(g, g.product, ctx);
      else stepTransform(g, g.product, ctx, have);
    }
  }
  /** Plain-JSON state (see {@linkcode OptimizerStateDict}). */
  stateDict() {
    return {
      version: 2,
      optimizer: this.name,
      groups: this.#groups.map(encodeGroup)
    };
  }
  /**
   * Restore {@linkcode Optimizer.stateDict} (or a rectify 0.1 one); groups,
   * parameter names and buffers must match. A refused dict leaves the
   * optimizer as it was.
   */
  loadStateDict(sd) {
    const bad = (why) => {
      throw new RectifyError("checkpoint", `Optimizer "${this.name}": cannot load state: ${why}`);
    };
    if (!sd || !Array.isArray(sd.groups)) bad("expected {optimizer, groups: [...]}");
    if (sd.optimizer !== this.name) bad(`it is for optimizer "${sd.optimizer}"`);
    if (sd.groups.length !== this.#groups.length) {
      bad(`it has ${sd.groups.length} parameter groups, this optimizer has ${this.#groups.length}`);
    }
    const decoded = decodeGroups(sd, this.#groups, bad);
    this.#groups.forEach((g, i) => Object.assign(g, decoded[i]));
  }
};
function bucketByGroup(name, entries, groupSpecs) {
  const buckets = [
    ...groupSpecs.map(() => []),
    []
  ];
  const patterns = groupSpecs.map((g) => g.params instanceof RegExp ? g.params : globToRegExp(g.params));
  for (const e of entries) {
    const i = patterns.findIndex((re) => re.test(e[0]));
    buckets[i >= 0 ? i : groupSpecs.length].push(e);
  }
  groupSpecs.forEach((g, i) => {
    if (buckets[i].length === 0) {
      throw new RectifyError("option", `Optimizer "${name}": parameter group pattern ${String(g.params)} matches no parameter (names: ${entries.map(([n]) => n).join(", ")})`);
    }
  });
  return buckets;
}
function newParamState(rule, p, ctx) {
  const s = {};
  for (const [name, spec] of Object.entries(rule.buffers)) {
    const d = freshLike(p);
    const v = typeof spec.init === "function" ? spec.init(ctx) : spec.init ?? 0;
    if (v !== 0) d.fill(v);
    s[name] = d;
  }
  return s;
}
function stepRule(g, rule, ctx) {
  if (g.scalars === null) {
    g.scalars = {};
    for (const [k, spec] of Object.entries(rule.scalars ?? {})) g.scalars[k] = spec.init;
  }
  const c = rule.begin(ctx, g.scalars);
  for (let j = 0; j < g.params.length; j++) {
    const grad = g.params[j].grad;
    if (grad === null) continue;
    const kernelOnly = rule.kernelOnly === true;
    const p = kernelOnly ? g.params[j].storage : g.params[j].data;
    const s = g.states[j] ??= newParamState(rule, p, ctx);
    if (!kernelOnly) {
      for (const b of Object.values(s)) if (b !== void 0) syncHost(b);
    }
    rule.apply(p, kernelOnly ? grad.storage : grad.data, s, c);
  }
}
function stepTransform(g, t, ctx, have) {
  const datas = g.params.map((p) => p.data);
  if (g.state === null) {
    g.state = t.init(datas, ctx);
    checkTransformState(g.state, datas.length);
  }
  g.updates ??= paramBuffers(datas);
  const keep = [];
  g.params.forEach((p, j) => p.grad !== null && keep.push(j));
  const all = have === g.params.length;
  const state = all ? g.state : subsetState(g.state, keep);
  const params = all ? datas : keep.map((j) => datas[j]);
  const updates = all ? g.updates : keep.map((j) => g.updates[j]);
  for (let i = 0; i < updates.length; i++) updates[i].set(g.params[keep[i]].grad.data);
  t.update(updates, state, params, ctx);
  for (let j = 0; j < updates.length; j++) {
    const p = params[j], u = updates[j];
    for (let i = 0; i < p.length; i++) p[i] += u[i];
  }
  if (!all) writeBackState(g.state, state, keep);
}
function trainable(optimizer, params) {
  const fail2 = (why) => {
    throw new RectifyError("option", `Optimizer "${optimizer}": ${why}`);
  };
  if (typeof params !== "object" || params === null) {
    fail2(`parameters must be a record or [name, tensor] pairs, got ${params}`);
  }
  const all = Symbol.iterator in Object(params) ? [
    ...params
  ] : Object.entries(params);
  const byTensor = /* @__PURE__ */ new Map();
  const names = /* @__PURE__ */ new Set();
  for (const e of all) {
    if (!Array.isArray(e) || e.length !== 2 || typeof e[0] !== "string") {
      fail2(`each parameter must be a [name, tensor] pair, got ${JSON.stringify(e) ?? String(e)}`);
    }
    const [name, t] = e;
    if (!(t instanceof Tensor)) {
      fail2(`parameter "${name}" must be a Tensor, got ${t === null ? "null" : typeof t}`);
    }
    if (names.has(name)) fail2(`two tensors are named "${name}"; each parameter needs its own name`);
    const other = byTensor.get(t);
    if (other !== void 0) {
      fail2(`the same tensor is given twice, as "${other}" and "${name}" (it would be updated twice per step)`);
    }
    names.add(name);
    byTensor.set(t, name);
  }
  const entries = [
    ...byTensor
  ].map(([t, n]) => [
    n,
    t
  ]).filter(([, t]) => t.requiresGrad);
  if (entries.length === 0) {
    fail2(`nothing to train: ${all.length === 0 ? "no parameters were given" : `none of the ${all.length} given requires grad`} (pass tensors made with requiresGrad: true, e.g. model.namedParameters())`);
  }
  return entries;
}

// core/saliency.ts
function saliency(model, input, targetClass, options = {}) {
  const mode = options.mode ?? "vanilla";
  const registry = options.registry ?? defaultRegistry;
  const modes = registry.defaults.saliency ?? {};
  if (mode !== "vanilla" && !Object.hasOwn(modes, mode)) {
    const known = [
      "vanilla",
      ...Object.keys(modes)
    ].map((m) => JSON.stringify(m)).join(", ");
    throw new RectifyError("option", `saliency: mode must be one of ${known}, got ${JSON.stringify(mode)}`);
  }
  if (!(input instanceof Tensor)) {
    throw new RectifyError("dtype", `saliency: input must be a Tensor, got ${typeof input}`);
  }
  const x = new Tensor(input.dtype === "float64" ? new Float64Array(input.data) : new Float32Array(input.data), input.shape, {
    requiresGrad: true
  });
  const params = model.parameters().filter((p) => p.isLeaf && p.requiresGrad);
  for (const p of params) p.requiresGrad = false;
  try {
    const run2 = () => {
      const out = model.call(x);
      const k = out.shape[out.ndim - 1];
      if (out.ndim === 0 || !Number.isInteger(targetClass) || targetClass < 0 || targetClass >= k) {
        throw new RectifyError("option", `saliency: targetClass must be an integer in [0, ${(k ?? 1) - 1}] for output shape ${fmtShape(out.shape)}, got ${targetClass}`);
      }
      if (!out.requiresGrad) return;
      out.slice(out.ndim - 1, targetClass, targetClass + 1).sum().backward();
    };
    if (mode === "vanilla") run2();
    else withGradient(modes[mode], run2, {
      registry
    });
  } finally {
    for (const p of params) p.requiresGrad = true;
  }
  return x.grad ?? new Tensor(alloc(x.dtype, x.size), x.shape);
}

// plugins/activations/elementwise.ts
function run(step, inputs, out, params) {
  if (step.kernel === void 0) {
    for (const d of inputs) syncHost(d);
    step.reference(inputs, [
      out
    ], params);
  } else runKernel(step.kernel, inputs, [
    out
  ], params, step.reference);
}
function elementwise(def) {
  const { forward: forward2, backward } = def;
  const params = def.params ?? [];
  return defineFunction({
    name: def.name,
    forward(ctx, x) {
      const y = emptyData(x.dtype, x.size);
      run(forward2, [
        x.storage
      ], y, params);
      const out = new Tensor(y, x.shape);
      ctx.save(def.saves === "output" ? out : x);
      return out;
    },
    backward(ctx, g) {
      const saved = ctx.saved[0];
      const out = emptyData(g.dtype, g.size);
      run(backward, [
        saved.storage,
        g.storage
      ], out, params);
      return new Tensor(out, g.shape);
    }
  });
}

// plugins/activations/_math.ts
function bits(a) {
  return new Int32Array(a.buffer, a.byteOffset, a.length);
}
function logistic(v) {
  if (v >= 0) return 1 / (1 + Math.exp(-v));
  const e = Math.exp(v);
  return e / (1 + e);
}
function softplusScalar(v) {
  return v > 0 ? v + Math.log1p(Math.exp(-v)) : Math.log1p(Math.exp(v));
}
var TWO_OVER_SQRT_PI = 1.1283791670955126;
var INV_SQRT_PI = 0.5641895835477563;
var INV_SQRT_2 = 0.7071067811865476;
var INV_SQRT_2PI = 0.3989422804014327;
function erfSeries(z) {
  const z2 = 2 * z * z;
  let term = z;
  let sum3 = z;
  for (let n = 1; n < 200; n++) {
    term *= z2 / (2 * n + 1);
    sum3 += term;
    if (term < 1e-17 * sum3) break;
  }
  return TWO_OVER_SQRT_PI * Math.exp(-z * z) * sum3;
}
function erfcFraction(z) {
  if (z > 27.3) return 0;
  const tiny = 1e-300;
  let f = z, c = z, d = 0;
  for (let n = 1; n < 500; n++) {
    const a = n / 2;
    d = z + a * d;
    if (d === 0) d = tiny;
    c = z + a / c;
    if (c === 0) c = tiny;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-z * z) * INV_SQRT_PI / f;
}
function normalCdf(x) {
  const z = Math.abs(x) * INV_SQRT_2;
  if (z < 3) {
    const e = erfSeries(z);
    return x >= 0 ? 0.5 + 0.5 * e : 0.5 - 0.5 * e;
  }
  const c = erfcFraction(z);
  return x >= 0 ? 1 - 0.5 * c : 0.5 * c;
}
function normalPdf(x) {
  return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
}

// plugins/activations/_options.ts
function optionError(plugin, what) {
  return new RectifyError("option", `Cannot create "${plugin}": ${what}`);
}
function checkFinite(plugin, name, value) {
  if (!Number.isFinite(value)) {
    throw optionError(plugin, `${name} must be a finite number, got ${value}`);
  }
}
function checkAbove(plugin, name, value, min) {
  if (!(value > min) || !Number.isFinite(value)) {
    throw optionError(plugin, `${name} must be a finite number > ${min}, got ${value}`);
  }
}
function checkAtLeast(plugin, name, value, min) {
  if (!(value >= min) || !Number.isFinite(value)) {
    throw optionError(plugin, `${name} must be a finite number >= ${min}, got ${value}`);
  }
}
function checkGradAtKink(plugin, value) {
  if (!(value >= 0 && value <= 1)) {
    throw optionError(plugin, `gradAtKink must be in [0, 1], got ${value}`);
  }
}
function checkInteger(plugin, name, value, min) {
  if (!Number.isInteger(value) || min !== void 0 && value < min) {
    throw optionError(plugin, `${name} must be an integer${min === void 0 ? "" : ` >= ${min}`}, got ${value}`);
  }
}

// plugins/activations/relu.ts
function reluLoop([x], [y]) {
  if (x instanceof Float32Array && y instanceof Float32Array) {
    const xb = bits(x), yb = bits(y);
    for (let i = 0; i < yb.length; i++) {
      const b = xb[i];
      const nan = 2139095040 - (b & 2147483647) >> 31;
      yb[i] = b & (~(b >> 31) | nan);
    }
    return;
  }
  for (let i = 0; i < y.length; i++) {
    const v = x[i];
    y[i] = v > 0 || v !== v ? v : 0;
  }
}
function reluBackwardLoop([y, g], [dx]) {
  if (y instanceof Float32Array && g instanceof Float32Array && dx instanceof Float32Array) {
    const yb = bits(y), gb = bits(g), ob = bits(dx);
    for (let i = 0; i < ob.length; i++) {
      const b = yb[i];
      const nan = 2139095040 - (b & 2147483647) >> 31;
      ob[i] = gb[i] & ((-b & ~b) >> 31 | nan);
    }
    return;
  }
  for (let i = 0; i < dx.length; i++) dx[i] = y[i] > 0 || y[i] !== y[i] ? g[i] : 0;
}
function reluKinkBackwardLoop([x, g], [dx], [gradAtKink]) {
  for (let i = 0; i < dx.length; i++) {
    dx[i] = x[i] > 0 ? g[i] : x[i] === 0 ? gradAtKink * g[i] : 0;
  }
}
var FORWARD = {
  kernel: "relu",
  reference: reluLoop
};
var relu = defineActivation({
  name: "relu",
  version: "1.0.0",
  description: "max(x, 0); f'(0) = gradAtKink (default 0, as PyTorch)",
  defaults: {
    gradAtKink: 0
  },
  onnx: (x, g) => g.node("Relu", [
    x
  ]),
  kinks: () => [
    0
  ],
  validate({ gradAtKink }) {
    checkGradAtKink("relu", gradAtKink);
  },
  create({ gradAtKink }) {
    const forward2 = elementwise(gradAtKink === 0 ? {
      name: "relu",
      saves: "output",
      forward: FORWARD,
      backward: {
        kernel: "reluBackward",
        reference: reluBackwardLoop
      }
    } : {
      name: "relu",
      saves: "input",
      params: [
        gradAtKink
      ],
      forward: FORWARD,
      backward: {
        reference: reluKinkBackwardLoop
      }
    });
    return {
      forward: forward2
    };
  }
});

// plugins/initializers/_fans.ts
function fans(shape) {
  if (shape.length === 0) return [
    1,
    1
  ];
  if (shape.length === 1) return [
    shape[0],
    shape[0]
  ];
  const receptive = shape.slice(2).reduce((a, b) => a * b, 1);
  return [
    shape[0] * receptive,
    shape[1] * receptive
  ];
}
function fill(shape, ctx, options, draw) {
  const dtype = options?.dtype ?? ctx.dtype;
  const rng = options?.rng ?? ctx.rng;
  const n = shape.reduce((a, b) => a * b, 1);
  const d = allocData(dtype, n);
  for (let i = 0; i < n; i++) d[i] = draw(rng);
  return new Tensor(d, shape);
}

// plugins/initializers/glorot_uniform.ts
var glorotUniform = defineInitializer({
  name: "glorotUniform",
  version: "1.0.0",
  description: "U(-b, b), b = gain * sqrt(6 / (fanIn + fanOut))",
  defaults: {
    gain: 1
  },
  validate({ gain }) {
    if (!(gain > 0)) {
      throw new RectifyError("option", `Cannot create "glorotUniform": gain must be > 0, got ${gain}`);
    }
  },
  create({ gain }, ctx) {
    return (shape, options) => {
      const [fi, fo] = fans(shape);
      const b = gain * Math.sqrt(6 / (fi + fo));
      return fill(shape, ctx, options, (r) => (r.uniform() * 2 - 1) * b);
    };
  }
});

// plugins/gradients/_relu_rules.ts
function positivePart(g) {
  const src = g.data;
  const out = allocData(g.dtype, g.size);
  for (let i = 0; i < src.length; i++) out[i] = src[i] > 0 ? src[i] : 0;
  return new Tensor(out, g.shape);
}

// plugins/gradients/guided_backprop.ts
var guidedBackprop = defineGradient({
  name: "guidedBackprop",
  version: "1.0.0",
  description: "guided backprop at every relu: g\xB7[x > 0]\xB7[g > 0]",
  defaults: {},
  create: () => ({
    overrides: {
      relu: (g, ctx) => {
        const gi = ctx.original(g)[0];
        if (gi === null || gi === void 0) {
          throw new RectifyError("autograd", `guidedBackprop: the relu backward rule returned no input gradient`);
        }
        return positivePart(gi);
      }
    }
  })
});

// plugins/gradients/deconvnet.ts
var deconvnet = defineGradient({
  name: "deconvnet",
  version: "1.0.0",
  description: "deconvnet at every relu: max(g, 0), ignoring the forward sign",
  defaults: {},
  create: () => ({
    overrides: {
      relu: (g) => positivePart(g)
    }
  })
});

// plugins/activations/celu.ts
function celuLoop([x], [y], [alpha]) {
  const inv = 1 / alpha;
  for (let i = 0; i < y.length; i++) {
    const v = x[i];
    y[i] = v > 0 ? v : alpha * Math.expm1(v * inv);
  }
}
function celuBackwardLoop([y, g], [dx], [alpha]) {
  const inv = 1 / alpha;
  for (let i = 0; i < dx.length; i++) dx[i] = y[i] > 0 ? g[i] : g[i] * (y[i] * inv + 1);
}
var celu = defineActivation({
  name: "celu",
  version: "1.0.0",
  description: "max(0, x) + min(0, alpha\xB7(exp(x/alpha) \u2212 1))",
  defaults: {
    alpha: 1
  },
  onnx: (x, g, { alpha }) => g.node("Celu", [
    x
  ], {
    alpha: {
      float: alpha
    }
  }),
  kinks: () => [
    0
  ],
  validate({ alpha }) {
    checkAbove("celu", "alpha", alpha, 0);
  },
  create({ alpha }) {
    return {
      forward: elementwise({
        name: "celu",
        saves: "output",
        params: [
          alpha
        ],
        forward: {
          kernel: "celu",
          reference: celuLoop
        },
        backward: {
          kernel: "celuBackward",
          reference: celuBackwardLoop
        }
      })
    };
  }
});

// plugins/activations/_axis.ts
function axisView(op, shape, axis) {
  const nd = shape.length;
  if (!Number.isInteger(axis) || axis < -nd || axis >= nd) {
    throw new RectifyError("shape", `${op}: axis ${axis} is out of range for an input of shape ${fmtShape(shape)} (expected an integer in [${-nd}, ${nd - 1}])`);
  }
  const ax = axis < 0 ? axis + nd : axis;
  let outer = 1, inner = 1;
  for (let i = 0; i < ax; i++) outer *= shape[i];
  for (let i = ax + 1; i < nd; i++) inner *= shape[i];
  return {
    axis: ax,
    outer,
    len: shape[ax],
    inner
  };
}
function isFeatureAxis(axis, ndim) {
  return axis === -1 || axis === ndim - 1;
}

// plugins/activations/crelu.ts
var crelu = defineActivation({
  name: "crelu",
  version: "1.0.0",
  description: "concat([relu(x), relu(\u2212x)], axis); doubles the axis",
  defaults: {
    axis: -1
  },
  onnx: (x, g, { axis }) => g.node("Concat", [
    g.node("Relu", [
      x
    ]),
    g.node("Relu", [
      g.node("Neg", [
        x
      ])
    ])
  ], {
    axis: {
      int: axis
    }
  }),
  kinks: () => [
    0
  ],
  validate({ axis }) {
    checkInteger("crelu", "axis", axis);
  },
  create({ axis }) {
    let ndim = 2;
    const op = defineFunction({
      name: "crelu",
      forward(ctx, x) {
        const { axis: ax, outer, len, inner } = axisView("crelu", x.shape, axis);
        const block = len * inner;
        const y = allocData(x.dtype, 2 * x.size);
        const xd = x.data;
        for (let o = 0; o < outer; o++) {
          const src = o * block, dst = 2 * o * block;
          for (let k = 0; k < block; k++) {
            const v = xd[src + k];
            y[dst + k] = v > 0 ? v : 0;
            y[dst + block + k] = v < 0 ? -v : 0;
          }
        }
        const shape = [
          ...x.shape
        ];
        shape[ax] = 2 * len;
        const out = new Tensor(y, shape);
        ctx.save(out);
        ctx.data.outer = outer;
        ctx.data.block = block;
        ctx.data.inShape = x.shape;
        return out;
      },
      backward(ctx, g) {
        const y = ctx.saved[0].data;
        const outer = ctx.data.outer, block = ctx.data.block;
        const gd = g.data;
        const gx = allocData(g.dtype, outer * block);
        for (let o = 0; o < outer; o++) {
          const dst = o * block, src = 2 * o * block;
          for (let k = 0; k < block; k++) {
            const i = src + k, j = src + block + k;
            gx[dst + k] = (y[i] > 0 ? gd[i] : 0) - (y[j] > 0 ? gd[j] : 0);
          }
        }
        return new Tensor(gx, ctx.data.inShape);
      }
    });
    return {
      forward: op,
      build(featureShape) {
        ndim = featureShape.length + 1;
      },
      outputSize: (n) => isFeatureAxis(axis, ndim) ? 2 * n : n
    };
  }
});

// plugins/activations/elu.ts
function eluLoop([x], [y], [alpha]) {
  for (let i = 0; i < y.length; i++) {
    const v = x[i];
    y[i] = v > 0 ? v : alpha * Math.expm1(v);
  }
}
function eluBackwardLoop([y, g], [dx], [alpha]) {
  for (let i = 0; i < dx.length; i++) dx[i] = y[i] > 0 ? g[i] : g[i] * (y[i] + alpha);
}
var elu = defineActivation({
  name: "elu",
  version: "1.0.0",
  description: "x > 0 ? x : alpha\xB7(exp(x) \u2212 1); f'(0) = alpha",
  defaults: {
    alpha: 1
  },
  onnx: (x, g, { alpha }) => g.node("Elu", [
    x
  ], {
    alpha: {
      float: alpha
    }
  }),
  kinks: () => [
    0
  ],
  validate({ alpha }) {
    checkAbove("elu", "alpha", alpha, 0);
  },
  create({ alpha }) {
    return {
      forward: elementwise({
        name: "elu",
        saves: "output",
        params: [
          alpha
        ],
        forward: {
          kernel: "elu",
          reference: eluLoop
        },
        backward: {
          kernel: "eluBackward",
          reference: eluBackwardLoop
        }
      })
    };
  }
});

// plugins/activations/gelu.ts
var SQRT_2_OVER_PI = 0.7978845608028654;
var GELU_K = 0.044715;
function geluLoop([x], [y]) {
  for (let i = 0; i < y.length; i++) y[i] = x[i] * normalCdf(x[i]);
}
function geluBackwardLoop([x, g], [dx]) {
  for (let i = 0; i < dx.length; i++) {
    const v = x[i];
    dx[i] = g[i] * (normalCdf(v) + v * normalPdf(v));
  }
}
function geluTanhLoop([x], [y]) {
  for (let i = 0; i < y.length; i++) {
    const v = x[i];
    y[i] = 0.5 * v * (1 + Math.tanh(SQRT_2_OVER_PI * (v + GELU_K * v * v * v)));
  }
}
function geluTanhBackwardLoop([x, g], [dx]) {
  for (let i = 0; i < dx.length; i++) {
    const v = x[i];
    const t = Math.tanh(SQRT_2_OVER_PI * (v + GELU_K * v * v * v));
    const du = SQRT_2_OVER_PI * (1 + 3 * GELU_K * v * v);
    dx[i] = g[i] * (0.5 * (1 + t) + 0.5 * v * (1 - t * t) * du);
  }
}
var gelu = defineActivation({
  name: "gelu",
  version: "1.0.0",
  description: 'x\xB7\u03A6(x) (approximate "none") or its tanh approximation ("tanh")',
  defaults: {
    approximate: "none"
  },
  onnx(x, g, { approximate }) {
    const half = g.node("Mul", [
      x,
      g.constant([
        0.5
      ], [])
    ]);
    if (approximate === "tanh") {
      const cube = g.node("Mul", [
        g.node("Mul", [
          x,
          x
        ]),
        x
      ]);
      const u = g.node("Mul", [
        g.node("Add", [
          x,
          g.node("Mul", [
            cube,
            g.constant([
              0.044715
            ], [])
          ])
        ]),
        g.constant([
          Math.sqrt(2 / Math.PI)
        ], [])
      ]);
      return g.node("Mul", [
        half,
        g.node("Add", [
          g.node("Tanh", [
            u
          ]),
          g.constant([
            1
          ], [])
        ])
      ]);
    }
    const erf = g.node("Erf", [
      g.node("Mul", [
        x,
        g.constant([
          Math.SQRT1_2
        ], [])
      ])
    ]);
    return g.node("Mul", [
      half,
      g.node("Add", [
        erf,
        g.constant([
          1
        ], [])
      ])
    ]);
  },
  validate({ approximate }) {
    if (approximate !== "none" && approximate !== "tanh") {
      throw optionError("gelu", `approximate must be "none" or "tanh", got ${JSON.stringify(approximate)}`);
    }
  },
  create({ approximate }) {
    const tanh2 = approximate === "tanh";
    return {
      forward: elementwise({
        name: "gelu",
        saves: "input",
        forward: tanh2 ? {
          kernel: "geluTanh",
          reference: geluTanhLoop
        } : {
          kernel: "gelu",
          reference: geluLoop
        },
        backward: tanh2 ? {
          kernel: "geluTanhBackward",
          reference: geluTanhBackwardLoop
        } : {
          kernel: "geluBackward",
          reference: geluBackwardLoop
        }
      })
    };
  }
});

// plugins/activations/hard_sigmoid.ts
function hardSigmoidLoop([x], [y]) {
  for (let i = 0; i < y.length; i++) {
    const v = x[i];
    y[i] = v <= -3 ? 0 : v >= 3 ? 1 : v / 6 + 0.5;
  }
}
function hardSigmoidBackwardLoop([x, g], [dx]) {
  for (let i = 0; i < dx.length; i++) {
    const v = x[i];
    dx[i] = v > -3 && v < 3 ? g[i] / 6 : 0;
  }
}
var hardSigmoid = defineActivation({
  name: "hardSigmoid",
  version: "1.0.0",
  description: "relu6(x + 3)/6",
  defaults: {},
  onnx: (x, g) => g.node("HardSigmoid", [
    x
  ], {
    alpha: {
      float: 1 / 6
    },
    beta: {
      float: 0.5
    }
  }),
  kinks: () => [
    -3,
    3
  ],
  create() {
    return {
      forward: elementwise({
        name: "hardSigmoid",
        saves: "input",
        forward: {
          kernel: "hardSigmoid",
          reference: hardSigmoidLoop
        },
        backward: {
          kernel: "hardSigmoidBackward",
          reference: hardSigmoidBackwardLoop
        }
      })
    };
  }
});

// plugins/activations/hard_swish.ts
function hardSwishLoop([x], [y]) {
  for (let i = 0; i < y.length; i++) {
    const v = x[i];
    y[i] = v <= -3 ? 0 : v >= 3 ? v : v * (v + 3) / 6;
  }
}
function hardSwishBackwardLoop([x, g], [dx]) {
  for (let i = 0; i < dx.length; i++) {
    const v = x[i];
    dx[i] = v <= -3 ? 0 : v >= 3 ? g[i] : g[i] * (2 * v + 3) / 6;
  }
}
var hardSwish = defineActivation({
  name: "hardSwish",
  version: "1.0.0",
  description: "x\xB7relu6(x + 3)/6",
  defaults: {},
  onnx: (x, g) => g.node("HardSwish", [
    x
  ]),
  kinks: () => [
    -3,
    3
  ],
  create() {
    return {
      forward: elementwise({
        name: "hardSwish",
        saves: "input",
        forward: {
          kernel: "hardSwish",
          reference: hardSwishLoop
        },
        backward: {
          kernel: "hardSwishBackward",
          reference: hardSwishBackwardLoop
        }
      })
    };
  }
});

// plugins/activations/hard_tanh.ts
function hardTanhLoop([x], [y], [lo, hi]) {
  for (let i = 0; i < y.length; i++) {
    const v = x[i];
    y[i] = v < lo ? lo : v > hi ? hi : v;
  }
}
function hardTanhBackwardLoop([y, g], [dx], [lo, hi]) {
  for (let i = 0; i < dx.length; i++) dx[i] = y[i] > lo && y[i] < hi ? g[i] : 0;
}
function hardTanhKinkBackwardLoop([x, g], [dx], [lo, hi, gradAtKink]) {
  for (let i = 0; i < dx.length; i++) {
    const v = x[i];
    dx[i] = v > lo && v < hi ? g[i] : v === lo || v === hi ? gradAtKink * g[i] : 0;
  }
}
var FORWARD2 = {
  kernel: "hardTanh",
  reference: hardTanhLoop
};
var hardTanh = defineActivation({
  name: "hardTanh",
  version: "1.0.0",
  description: "clamp(x, minVal, maxVal); f' = gradAtKink (default 0) at both ends",
  defaults: {
    minVal: -1,
    maxVal: 1,
    gradAtKink: 0
  },
  onnx: (x, g, { minVal, maxVal }) => g.node("Clip", [
    x,
    g.constant([
      minVal
    ], []),
    g.constant([
      maxVal
    ], [])
  ]),
  kinks: ({ minVal, maxVal }) => [
    minVal,
    maxVal
  ],
  validate({ minVal, maxVal, gradAtKink }) {
    checkFinite("hardTanh", "minVal", minVal);
    checkFinite("hardTanh", "maxVal", maxVal);
    if (!(maxVal > minVal)) {
      throw optionError("hardTanh", `maxVal must be > minVal (${minVal}), got ${maxVal}`);
    }
    checkGradAtKink("hardTanh", gradAtKink);
  },
  create({ minVal, maxVal, gradAtKink }) {
    return {
      forward: elementwise(gradAtKink === 0 ? {
        name: "hardTanh",
        saves: "output",
        params: [
          minVal,
          maxVal
        ],
        forward: FORWARD2,
        backward: {
          kernel: "hardTanhBackward",
          reference: hardTanhBackwardLoop
        }
      } : {
        name: "hardTanh",
        saves: "input",
        params: [
          minVal,
          maxVal,
          gradAtKink
        ],
        forward: FORWARD2,
        backward: {
          reference: hardTanhKinkBackwardLoop
        }
      })
    };
  }
});

// plugins/activations/leaky_relu.ts
function leakyReluLoop([x], [y], [alpha]) {
  if (x instanceof Float32Array) {
    const bySign = new Float64Array([
      1,
      alpha
    ]);
    const xb = bits(x);
    for (let i = 0; i < y.length; i++) y[i] = x[i] * bySign[xb[i] >>> 31];
    return;
  }
  for (let i = 0; i < y.length; i++) y[i] = x[i] > 0 ? x[i] : alpha * x[i];
}
function leakyReluBackwardLoop([y, g], [dx], [alpha]) {
  if (y instanceof Float32Array) {
    const byPositive = new Float64Array([
      alpha,
      1
    ]);
    const yb = bits(y);
    for (let i = 0; i < dx.length; i++) {
      const b = yb[i];
      dx[i] = g[i] * byPositive[(-b & ~b & b - 2139095041) >>> 31];
    }
    return;
  }
  for (let i = 0; i < dx.length; i++) dx[i] = y[i] > 0 ? g[i] : alpha * g[i];
}
function leakyReluKinkBackwardLoop([x, g], [dx], [alpha, atKink]) {
  for (let i = 0; i < dx.length; i++) {
    const v = x[i];
    dx[i] = v > 0 ? g[i] : v < 0 ? alpha * g[i] : atKink * g[i];
  }
}
var FORWARD3 = {
  kernel: "leakyRelu",
  reference: leakyReluLoop
};
var leakyRelu = defineActivation({
  name: "leakyRelu",
  version: "1.0.0",
  description: "x > 0 ? x : alpha\xB7x; f'(0) = alpha + gradAtKink\xB7(1 \u2212 alpha)",
  defaults: {
    alpha: 0.01,
    gradAtKink: 0
  },
  onnx: (x, g, { alpha }) => g.node("LeakyRelu", [
    x
  ], {
    alpha: {
      float: alpha
    }
  }),
  kinks: () => [
    0
  ],
  validate({ alpha, gradAtKink }) {
    checkFinite("leakyRelu", "alpha", alpha);
    checkGradAtKink("leakyRelu", gradAtKink);
  },
  create({ alpha, gradAtKink }) {
    const atKink = alpha + gradAtKink * (1 - alpha);
    return {
      forward: elementwise(alpha >= 0 && gradAtKink === 0 ? {
        name: "leakyRelu",
        saves: "output",
        params: [
          alpha
        ],
        forward: FORWARD3,
        backward: {
          kernel: "leakyReluBackward",
          reference: leakyReluBackwardLoop
        }
      } : {
        name: "leakyRelu",
        saves: "input",
        params: [
          alpha,
          atKink
        ],
        forward: FORWARD3,
        backward: {
          reference: leakyReluKinkBackwardLoop
        }
      })
    };
  }
});

// plugins/activations/linear.ts
function copyLoop([x], [y]) {
  y.set(x);
}
function copyBackwardLoop([_y, g], [dx]) {
  dx.set(g);
}
var linear = defineActivation({
  name: "linear",
  version: "1.0.0",
  description: "identity",
  defaults: {},
  onnx: (x, g) => g.node("Identity", [
    x
  ]),
  create() {
    return {
      forward: elementwise({
        name: "linear",
        saves: "output",
        forward: {
          reference: copyLoop
        },
        backward: {
          reference: copyBackwardLoop
        }
      })
    };
  }
});

// plugins/activations/log_softmax.ts
var logSoftmaxActivation = defineActivation({
  name: "logSoftmax",
  version: "1.0.0",
  description: "x \u2212 max \u2212 ln \u03A3 exp(x \u2212 max) along axis",
  defaults: {
    axis: -1
  },
  onnx: (x, g, { axis }) => g.node("LogSoftmax", [
    x
  ], {
    axis: {
      int: axis
    }
  }),
  validate({ axis }) {
    checkInteger("logSoftmax", "axis", axis);
  },
  create({ axis }) {
    return {
      forward: (x) => logSoftmax(x, axis)
    };
  }
});

// plugins/activations/_maxout.ts
function maxoutOp(pieces, axis) {
  return defineFunction({
    name: "maxout",
    forward(ctx, x) {
      const { axis: ax, outer, len, inner } = axisView("maxout", x.shape, axis);
      if (len % pieces !== 0) {
        throw new RectifyError("shape", `maxout: size ${len} of axis ${axis} of input shape ${fmtShape(x.shape)} is not divisible by pieces = ${pieces}`);
      }
      const units = len / pieces;
      const xd = x.data;
      const y = allocData(x.dtype, outer * units * inner);
      const arg = new Int32Array(y.length);
      for (let o = 0; o < outer; o++) {
        for (let u = 0; u < units; u++) {
          const base = (o * len + u * pieces) * inner;
          const ob = (o * units + u) * inner;
          for (let i = 0; i < inner; i++) {
            let best = xd[base + i];
            let bi = 0;
            for (let p = 1; p < pieces; p++) {
              const v = xd[base + p * inner + i];
              if (v > best) {
                best = v;
                bi = p;
              }
            }
            y[ob + i] = best;
            arg[ob + i] = bi;
          }
        }
      }
      const shape = [
        ...x.shape
      ];
      shape[ax] = units;
      ctx.data.arg = arg;
      ctx.data.dims = [
        outer,
        len,
        inner,
        units
      ];
      ctx.data.inShape = x.shape;
      return new Tensor(y, shape);
    },
    backward(ctx, g) {
      const arg = ctx.data.arg;
      const [outer, len, inner, units] = ctx.data.dims;
      const gd = g.data;
      const gx = allocData(g.dtype, outer * len * inner);
      for (let o = 0; o < outer; o++) {
        for (let u = 0; u < units; u++) {
          const base = (o * len + u * pieces) * inner;
          const ob = (o * units + u) * inner;
          for (let i = 0; i < inner; i++) gx[base + arg[ob + i] * inner + i] = gd[ob + i];
        }
      }
      return new Tensor(gx, ctx.data.inShape);
    }
  });
}

// plugins/activations/maxout.ts
var maxout = defineActivation({
  name: "maxout",
  version: "1.0.0",
  description: "max over contiguous groups of `pieces` along axis",
  defaults: {
    pieces: 2,
    axis: -1
  },
  onnx(x, g, { pieces, axis }) {
    const rank = g.featureShape.length + 1;
    const ax = axis < 0 ? axis + rank : axis;
    const full2 = [
      0,
      ...g.featureShape
    ];
    const shape = [
      ...full2.slice(0, ax),
      full2[ax] / pieces,
      pieces,
      ...full2.slice(ax + 1)
    ];
    const grouped = g.node("Reshape", [
      x,
      g.constant(shape, [
        shape.length
      ], "int64")
    ]);
    return g.opset >= 18 ? g.node("ReduceMax", [
      grouped,
      g.constant([
        ax + 1
      ], [
        1
      ], "int64")
    ], {
      keepdims: {
        int: 0
      }
    }) : g.node("ReduceMax", [
      grouped
    ], {
      axes: {
        ints: [
          ax + 1
        ]
      },
      keepdims: {
        int: 0
      }
    });
  },
  validate({ pieces, axis }) {
    checkInteger("maxout", "pieces", pieces, 1);
    checkInteger("maxout", "axis", axis);
  },
  create({ pieces, axis }) {
    let ndim = 2;
    return {
      forward: maxoutOp(pieces, axis),
      build(featureShape) {
        ndim = featureShape.length + 1;
      },
      outputSize(n) {
        if (!isFeatureAxis(axis, ndim)) return n;
        if (n % pieces !== 0) {
          throw new RectifyError("shape", `maxout: feature width ${n} (input shape [N, ${n}]) is not divisible by pieces = ${pieces}`);
        }
        return n / pieces;
      }
    };
  }
});

// plugins/activations/mish.ts
function mishLoop([x], [y]) {
  for (let i = 0; i < y.length; i++) y[i] = x[i] * Math.tanh(softplusScalar(x[i]));
}
function mishBackwardLoop([x, g], [dx]) {
  for (let i = 0; i < dx.length; i++) {
    const v = x[i];
    const t = Math.tanh(softplusScalar(v));
    dx[i] = g[i] * (t + v * (1 - t * t) * logistic(v));
  }
}
var mish = defineActivation({
  name: "mish",
  version: "1.0.0",
  description: "x\xB7tanh(ln(1 + exp(x)))",
  defaults: {},
  // Mish is an operator from opset 18; x·tanh(softplus(x)) is exact in every opset
  onnx: (x, g) => g.node("Mul", [
    x,
    g.node("Tanh", [
      g.node("Softplus", [
        x
      ])
    ])
  ]),
  create() {
    return {
      forward: elementwise({
        name: "mish",
        saves: "input",
        forward: {
          kernel: "mish",
          reference: mishLoop
        },
        backward: {
          kernel: "mishBackward",
          reference: mishBackwardLoop
        }
      })
    };
  }
});

// plugins/activations/prelu.ts
function slopeRow(alpha, m) {
  const row = alpha instanceof Float64Array ? new Float64Array(m.length) : new Float32Array(m.length);
  for (let j = 0; j < m.length; j++) row[j] = alpha[m[j]];
  return row;
}
function preluLoop([x, a], [y]) {
  const n = y.length, f = a.length;
  for (let b = 0; b < n; b += f) {
    const e = n - b < f ? n - b : f;
    for (let j = 0; j < e; j++) {
      const v = x[b + j];
      y[b + j] = v > 0 ? v : a[j] * v;
    }
  }
}
function preluBackwardLoop([x, g, a], [dx]) {
  const n = dx.length, f = a.length;
  for (let b = 0; b < n; b += f) {
    const e = n - b < f ? n - b : f;
    for (let j = 0; j < e; j++) {
      const i = b + j;
      dx[i] = x[i] > 0 ? g[i] : a[j] * g[i];
    }
  }
}
var prelu = defineActivation({
  name: "prelu",
  version: "1.0.0",
  description: "x > 0 ? x : alpha\xB7x with a learnable alpha (shared over sharedAxes)",
  defaults: {
    init: 0.25,
    sharedAxes: []
  },
  onnx(x, g, _options, instance) {
    instance.build?.(g.featureShape);
    const alpha = instance.parameters().alpha;
    return g.node("PRelu", [
      x,
      g.constant(alpha.data, alpha.shape)
    ]);
  },
  kinks: () => [
    0
  ],
  validate({ init: init2, sharedAxes }) {
    checkFinite("prelu", "init", init2);
    for (const a of sharedAxes) {
      if (!Number.isInteger(a) || a < 1) {
        throw optionError("prelu", `sharedAxes must hold integers >= 1 (axis 0 is the batch), got [${sharedAxes}]`);
      }
    }
    if (new Set(sharedAxes).size !== sharedAxes.length) {
      throw optionError("prelu", `sharedAxes must not repeat an axis, got [${sharedAxes}]`);
    }
  },
  create({ init: init2, sharedAxes }, ctx) {
    let alpha = null;
    let mapKey = "";
    let map = new Int32Array(0);
    function build(featureShape) {
      for (const a of sharedAxes) {
        if (a > featureShape.length) {
          throw new RectifyError("shape", `prelu: sharedAxes holds axis ${a}, out of range for inputs of shape [N${featureShape.map((d) => `, ${d}`).join("")}] (feature axes are 1..${featureShape.length})`);
        }
      }
      const shape = featureShape.length === 0 ? [
        1
      ] : featureShape.map((d, i) => sharedAxes.includes(i + 1) ? 1 : d);
      if (alpha !== null) {
        if (alpha.shape.join(",") === shape.join(",")) return;
        throw new RectifyError("shape", `prelu: already built with alpha of shape ${fmtShape(alpha.shape)}, cannot rebuild it as ${fmtShape(shape)}`);
      }
      alpha = withoutArena(() => full(shape, init2, {
        dtype: ctx.dtype,
        requiresGrad: true
      }));
      alpha.name = "alpha";
    }
    function indexMap(a, feat) {
      const key = `${a.shape}|${feat}`;
      if (key === mapKey) return map;
      let as = [
        ...a.shape
      ];
      while (as.length > feat.length && as[0] === 1) as = as.slice(1);
      const bad = as.length > feat.length || as.some((d, i) => d !== 1 && d !== feat[feat.length - as.length + i]);
      if (bad) {
        throw new RectifyError("shape", `prelu: alpha of shape ${fmtShape(a.shape)} does not broadcast against inputs of shape [N${feat.map((d) => `, ${d}`).join("")}]`);
      }
      const nd = feat.length, off = nd - as.length;
      const strides = new Array(nd).fill(0);
      let acc = 1;
      for (let i = as.length - 1; i >= 0; i--) {
        strides[off + i] = as[i] === 1 ? 0 : acc;
        acc *= as[i];
      }
      let size = 1;
      for (const d of feat) size *= d;
      const m = new Int32Array(size);
      const idx = new Array(nd).fill(0);
      let ai = 0;
      for (let j = 0; j < size; j++) {
        m[j] = ai;
        for (let d = nd - 1; d >= 0; d--) {
          idx[d]++;
          ai += strides[d];
          if (idx[d] < feat[d]) break;
          ai -= strides[d] * idx[d];
          idx[d] = 0;
        }
      }
      mapKey = key;
      map = m;
      return m;
    }
    const op = defineFunction({
      name: "prelu",
      forward(fctx, x, a) {
        const m = indexMap(a, x.shape.slice(1));
        const y = emptyData(x.dtype, x.size);
        runKernel("prelu", [
          x.data,
          slopeRow(a.data, m)
        ], [
          y
        ], [], preluLoop);
        fctx.save(x, a);
        fctx.data.map = m;
        return new Tensor(y, x.shape);
      },
      backward(fctx, g) {
        const [x, a] = fctx.saved;
        const m = fctx.data.map;
        const f = m.length;
        const xd = x.data, ad = a.data, gd = g.data;
        let gx = null;
        let ga = null;
        if (fctx.needsInputGrad[0]) {
          const out = emptyData(g.dtype, x.size);
          runKernel("preluBackward", [
            xd,
            gd,
            slopeRow(ad, m)
          ], [
            out
          ], [], preluBackwardLoop);
          gx = new Tensor(out, x.shape);
        }
        if (fctx.needsInputGrad[1]) {
          const out = allocData(a.dtype, a.size);
          for (let b = 0; b < x.size; b += f) {
            for (let j = 0; j < f; j++) {
              const i = b + j;
              const v = xd[i];
              if (!(v > 0)) out[m[j]] += v * gd[i];
            }
          }
          ga = new Tensor(out, a.shape);
        }
        return [
          gx,
          ga
        ];
      }
    });
    return {
      forward(x) {
        if (x.ndim === 0) {
          throw new RectifyError("shape", `prelu: expected an input with a batch axis, got shape ${fmtShape(x.shape)}`);
        }
        if (alpha === null) build(x.shape.slice(1));
        return op(x, alpha);
      },
      parameters: () => alpha === null ? {} : {
        alpha
      },
      build
    };
  }
});

// plugins/activations/relu6.ts
function relu6Loop([x], [y]) {
  for (let i = 0; i < y.length; i++) {
    const v = x[i];
    y[i] = v > 0 ? v < 6 ? v : 6 : 0;
  }
}
function relu6BackwardLoop([y, g], [dx]) {
  for (let i = 0; i < dx.length; i++) dx[i] = y[i] > 0 && y[i] < 6 ? g[i] : 0;
}
function relu6KinkBackwardLoop([x, g], [dx], [gradAtKink]) {
  for (let i = 0; i < dx.length; i++) {
    const v = x[i];
    dx[i] = v > 0 && v < 6 ? g[i] : v === 0 || v === 6 ? gradAtKink * g[i] : 0;
  }
}
var FORWARD4 = {
  kernel: "relu6",
  reference: relu6Loop
};
var relu6 = defineActivation({
  name: "relu6",
  version: "1.0.0",
  description: "min(max(x, 0), 6); f'(0) = f'(6) = gradAtKink (default 0)",
  defaults: {
    gradAtKink: 0
  },
  onnx: (x, g) => g.node("Clip", [
    x,
    g.constant([
      0
    ], []),
    g.constant([
      6
    ], [])
  ]),
  kinks: () => [
    0,
    6
  ],
  validate({ gradAtKink }) {
    checkGradAtKink("relu6", gradAtKink);
  },
  create({ gradAtKink }) {
    return {
      forward: elementwise(gradAtKink === 0 ? {
        name: "relu6",
        saves: "output",
        forward: FORWARD4,
        backward: {
          kernel: "relu6Backward",
          reference: relu6BackwardLoop
        }
      } : {
        name: "relu6",
        saves: "input",
        params: [
          gradAtKink
        ],
        forward: FORWARD4,
        backward: {
          reference: relu6KinkBackwardLoop
        }
      })
    };
  }
});

// plugins/activations/rrelu.ts
var rrelu = defineActivation({
  name: "rrelu",
  version: "1.0.0",
  description: "leaky ReLU with a random slope in [lower, upper] (training) or their mean (eval)",
  defaults: {
    lower: 1 / 8,
    upper: 1 / 3
  },
  // evaluation mode: the fixed slope (lower + upper) / 2
  onnx: (x, g, { lower, upper }) => g.node("LeakyRelu", [
    x
  ], {
    alpha: {
      float: (lower + upper) / 2
    }
  }),
  kinks: () => [
    0
  ],
  validate({ lower, upper }) {
    checkAtLeast("rrelu", "lower", lower, 0);
    if (!(upper >= lower) || !Number.isFinite(upper)) {
      throw optionError("rrelu", `upper must be a finite number >= lower (${lower}), got ${upper}`);
    }
  },
  create({ lower, upper }, ctx) {
    const rng = ctx.rng.fork();
    const slope = (lower + upper) / 2;
    const width = upper - lower;
    let training = true;
    const evaluate = elementwise({
      name: "rrelu",
      saves: "output",
      params: [
        slope
      ],
      forward: {
        kernel: "leakyRelu",
        reference: leakyReluLoop
      },
      backward: {
        kernel: "leakyReluBackward",
        reference: leakyReluBackwardLoop
      }
    });
    const randomized = defineFunction({
      name: "rrelu",
      forward(fctx, x) {
        const n = x.size;
        const noise = allocData(x.dtype, n);
        const y = allocData(x.dtype, n);
        const xd = x.data;
        for (let i = 0; i < n; i++) {
          const a = lower + width * rng.uniform();
          const r = xd[i] > 0 ? 1 : a;
          noise[i] = r;
          y[i] = xd[i] * r;
        }
        fctx.save(new Tensor(noise, x.shape));
        return new Tensor(y, x.shape);
      },
      backward(fctx, g) {
        const noise = fctx.saved[0].data;
        const out = allocData(g.dtype, g.size);
        const gd = g.data;
        for (let i = 0; i < out.length; i++) out[i] = gd[i] * noise[i];
        return new Tensor(out, g.shape);
      }
    });
    return {
      forward: (x) => training ? randomized(x) : evaluate(x),
      train(mode) {
        training = mode;
      },
      state: () => rng.getState(),
      load: (s) => rng.setState(s)
    };
  }
});

// plugins/activations/selu.ts
var SELU_ALPHA = 1.6732632423543772;
var SELU_SCALE = 1.0507009873554805;
var SELU_SA = SELU_SCALE * SELU_ALPHA;
function seluLoop([x], [y]) {
  for (let i = 0; i < y.length; i++) {
    const v = x[i];
    y[i] = v > 0 ? SELU_SCALE * v : SELU_SA * Math.expm1(v);
  }
}
function seluBackwardLoop([y, g], [dx]) {
  for (let i = 0; i < dx.length; i++) {
    dx[i] = y[i] > 0 ? SELU_SCALE * g[i] : g[i] * (y[i] + SELU_SA);
  }
}
var selu = defineActivation({
  name: "selu",
  version: "1.0.0",
  description: "scale\xB7(x > 0 ? x : alpha\xB7(exp(x) \u2212 1)); f'(0) = scale\xB7alpha",
  defaults: {},
  onnx: (x, g) => g.node("Selu", [
    x
  ], {
    alpha: {
      float: SELU_ALPHA
    },
    gamma: {
      float: SELU_SCALE
    }
  }),
  kinks: () => [
    0
  ],
  create() {
    return {
      forward: elementwise({
        name: "selu",
        saves: "output",
        forward: {
          kernel: "selu",
          reference: seluLoop
        },
        backward: {
          kernel: "seluBackward",
          reference: seluBackwardLoop
        }
      })
    };
  }
});

// plugins/activations/sigmoid.ts
function sigmoidLoop([x], [y]) {
  for (let i = 0; i < y.length; i++) y[i] = logistic(x[i]);
}
function sigmoidBackwardLoop([y, g], [dx]) {
  for (let i = 0; i < dx.length; i++) dx[i] = g[i] * y[i] * (1 - y[i]);
}
var sigmoid = defineActivation({
  name: "sigmoid",
  version: "1.0.0",
  description: "1 / (1 + exp(-x))",
  defaults: {},
  onnx: (x, g) => g.node("Sigmoid", [
    x
  ]),
  create() {
    return {
      forward: elementwise({
        name: "sigmoid",
        saves: "output",
        forward: {
          kernel: "sigmoid",
          reference: sigmoidLoop
        },
        backward: {
          kernel: "sigmoidBackward",
          reference: sigmoidBackwardLoop
        }
      })
    };
  }
});

// plugins/activations/silu.ts
function siluLoop([x], [y]) {
  for (let i = 0; i < y.length; i++) y[i] = x[i] * logistic(x[i]);
}
function siluBackwardLoop([x, g], [dx]) {
  for (let i = 0; i < dx.length; i++) {
    const s = logistic(x[i]);
    dx[i] = g[i] * s * (1 + x[i] * (1 - s));
  }
}
var silu = defineActivation({
  name: "silu",
  version: "1.0.0",
  description: "x\xB7sigmoid(x)",
  defaults: {},
  onnx: (x, g) => g.node("Mul", [
    x,
    g.node("Sigmoid", [
      x
    ])
  ]),
  create() {
    return {
      forward: elementwise({
        name: "silu",
        saves: "input",
        forward: {
          kernel: "silu",
          reference: siluLoop
        },
        backward: {
          kernel: "siluBackward",
          reference: siluBackwardLoop
        }
      })
    };
  }
});

// plugins/activations/softmax.ts
var softmaxActivation = defineActivation({
  name: "softmax",
  version: "1.0.0",
  description: "exp(x \u2212 max) / \u03A3 exp(x \u2212 max) along axis",
  defaults: {
    axis: -1
  },
  onnx: (x, g, { axis }) => g.node("Softmax", [
    x
  ], {
    axis: {
      int: axis
    }
  }),
  validate({ axis }) {
    checkInteger("softmax", "axis", axis);
  },
  create({ axis }) {
    return {
      forward: (x) => softmax(x, axis)
    };
  }
});

// plugins/activations/softplus.ts
function softplusLoop([x], [y], [beta, threshold]) {
  const inv = 1 / beta;
  for (let i = 0; i < y.length; i++) {
    const z = beta * x[i];
    y[i] = z > threshold ? x[i] : softplusScalar(z) * inv;
  }
}
function softplusBackwardLoop([x, g], [dx], [beta, threshold]) {
  for (let i = 0; i < dx.length; i++) {
    const z = beta * x[i];
    dx[i] = z > threshold ? g[i] : g[i] * logistic(z);
  }
}
var softplus = defineActivation({
  name: "softplus",
  version: "1.0.0",
  description: "ln(1 + exp(beta\xB7x))/beta, linear where beta\xB7x > threshold",
  defaults: {
    beta: 1,
    threshold: 20
  },
  onnx(x, g, { beta, threshold }) {
    const bx = beta === 1 ? x : g.node("Mul", [
      x,
      g.constant([
        beta
      ], [])
    ]);
    const soft = g.node("Softplus", [
      bx
    ]);
    const y = beta === 1 ? soft : g.node("Div", [
      soft,
      g.constant([
        beta
      ], [])
    ]);
    if (!Number.isFinite(threshold)) return y;
    return g.node("Where", [
      g.node("Greater", [
        bx,
        g.constant([
          threshold
        ], [])
      ]),
      x,
      y
    ]);
  },
  kinks: ({ beta, threshold }) => Number.isFinite(threshold) ? [
    threshold / beta
  ] : [],
  validate({ beta, threshold }) {
    checkAbove("softplus", "beta", beta, 0);
    if (!(threshold > 0)) {
      throw optionError("softplus", `threshold must be > 0, got ${threshold}`);
    }
  },
  create({ beta, threshold }) {
    return {
      forward: elementwise({
        name: "softplus",
        saves: "input",
        params: [
          beta,
          threshold
        ],
        forward: {
          kernel: "softplus",
          reference: softplusLoop
        },
        backward: {
          kernel: "softplusBackward",
          reference: softplusBackwardLoop
        }
      })
    };
  }
});

// plugins/activations/softsign.ts
function softsignLoop([x], [y]) {
  for (let i = 0; i < y.length; i++) y[i] = x[i] / (1 + Math.abs(x[i]));
}
function softsignBackwardLoop([x, g], [dx]) {
  for (let i = 0; i < dx.length; i++) {
    const d = 1 + Math.abs(x[i]);
    dx[i] = g[i] / (d * d);
  }
}
var softsign = defineActivation({
  name: "softsign",
  version: "1.0.0",
  description: "x / (1 + |x|)",
  defaults: {},
  onnx: (x, g) => g.node("Softsign", [
    x
  ]),
  create() {
    return {
      forward: elementwise({
        name: "softsign",
        saves: "input",
        forward: {
          reference: softsignLoop
        },
        backward: {
          reference: softsignBackwardLoop
        }
      })
    };
  }
});

// plugins/activations/swish.ts
function swishLoop([x], [y], [beta]) {
  for (let i = 0; i < y.length; i++) y[i] = x[i] * logistic(beta * x[i]);
}
function swishBackwardLoop([x, g], [dx], [beta]) {
  for (let i = 0; i < dx.length; i++) {
    const bx = beta * x[i];
    const s = logistic(bx);
    dx[i] = g[i] * (s + bx * s * (1 - s));
  }
}
var swish = defineActivation({
  name: "swish",
  version: "1.0.0",
  description: "x\xB7sigmoid(beta\xB7x)",
  defaults: {
    beta: 1
  },
  onnx: (x, g, { beta }) => g.node("Mul", [
    x,
    g.node("Sigmoid", [
      g.node("Mul", [
        x,
        g.constant([
          beta
        ], [])
      ])
    ])
  ]),
  validate({ beta }) {
    checkFinite("swish", "beta", beta);
  },
  create({ beta }) {
    return {
      forward: elementwise({
        name: "swish",
        saves: "input",
        params: [
          beta
        ],
        forward: {
          kernel: "swish",
          reference: swishLoop
        },
        backward: {
          kernel: "swishBackward",
          reference: swishBackwardLoop
        }
      })
    };
  }
});

// plugins/activations/tanh.ts
function tanhLoop([x], [y]) {
  for (let i = 0; i < y.length; i++) y[i] = Math.tanh(x[i]);
}
function tanhBackwardLoop([y, g], [dx]) {
  for (let i = 0; i < dx.length; i++) dx[i] = g[i] * (1 - y[i] * y[i]);
}
var tanh = defineActivation({
  name: "tanh",
  version: "1.0.0",
  description: "tanh(x)",
  defaults: {},
  onnx: (x, g) => g.node("Tanh", [
    x
  ]),
  create() {
    return {
      forward: elementwise({
        name: "tanh",
        saves: "output",
        forward: {
          kernel: "tanh",
          reference: tanhLoop
        },
        backward: {
          kernel: "tanhBackward",
          reference: tanhBackwardLoop
        }
      })
    };
  }
});

// plugins/activations/thresholded_relu.ts
function thresholdedReluLoop([x], [y], [theta]) {
  for (let i = 0; i < y.length; i++) y[i] = x[i] > theta ? x[i] : 0;
}
function thresholdedReluBackwardLoop([x, g], [dx], [theta, gradAtKink]) {
  for (let i = 0; i < dx.length; i++) {
    const v = x[i];
    dx[i] = v > theta ? g[i] : v === theta ? gradAtKink * g[i] : 0;
  }
}
var thresholdedRelu = defineActivation({
  name: "thresholdedRelu",
  version: "1.0.0",
  description: "x > theta ? x : 0; f'(theta) = gradAtKink (default 0)",
  defaults: {
    theta: 1,
    gradAtKink: 0
  },
  onnx: (x, g, { theta }) => g.node("ThresholdedRelu", [
    x
  ], {
    alpha: {
      float: theta
    }
  }),
  kinks: ({ theta }) => [
    theta
  ],
  validate({ theta, gradAtKink }) {
    checkAtLeast("thresholdedRelu", "theta", theta, 0);
    checkGradAtKink("thresholdedRelu", gradAtKink);
  },
  create({ theta, gradAtKink }) {
    return {
      forward: elementwise({
        name: "thresholdedRelu",
        saves: "input",
        params: [
          theta,
          gradAtKink
        ],
        forward: {
          reference: thresholdedReluLoop
        },
        backward: {
          reference: thresholdedReluBackwardLoop
        }
      })
    };
  }
});

// plugins/activations/maxout_layer.ts
var Maxout = class extends Module {
  /** Kernel `[in, units·pieces]`. */
  weight;
  /** Bias `[units·pieces]`, or null. */
  bias;
  /** Input width. */
  inFeatures;
  /** Output width. */
  units;
  /** Affine pieces per unit. */
  pieces;
  #op;
  /** Make a maxout layer with `units` outputs of `pieces` linear pieces each. */
  constructor(inFeatures, units, pieces, options = {}) {
    super();
    for (const [k, v] of [
      [
        "in features",
        inFeatures
      ],
      [
        "units",
        units
      ],
      [
        "pieces",
        pieces
      ]
    ]) {
      if (!Number.isInteger(v) || v <= 0) {
        throw new RectifyError("shape", `Maxout: ${k} must be a positive integer, got ${v}`);
      }
    }
    this.inFeatures = inFeatures;
    this.units = units;
    this.pieces = pieces;
    const dtype = options.dtype ?? "float32";
    const rng = options.rng ?? new Rng(0);
    const width = units * pieces;
    const init2 = typeof options.initializer === "function" ? options.initializer : (options.registry ?? defaultRegistry).create("initializer", options.initializer ?? "glorotUniform", {
      rng,
      dtype
    });
    const w = init2([
      inFeatures,
      width
    ], {
      dtype,
      rng
    });
    if (w.shape.join(",") !== `${inFeatures},${width}`) {
      throw new RectifyError("shape", `Maxout: initializer returned shape ${fmtShape(w.shape)}, expected [${inFeatures}, ${width}]`);
    }
    w.requiresGrad = true;
    this.weight = this.registerParameter("weight", w);
    this.bias = options.bias === false ? null : this.registerParameter("bias", new Tensor(allocData(dtype, width), [
      width
    ], {
      requiresGrad: true
    }));
    this.#op = maxoutOp(pieces, -1);
  }
  /** `maxout(x @ W + b)` over groups of `pieces` columns. */
  forward(x) {
    if (x.shape[x.ndim - 1] !== this.inFeatures) {
      throw new RectifyError("shape", `Maxout(${this.inFeatures}, ${this.units}, ${this.pieces}): input shape ${fmtShape(x.shape)} has ${x.shape[x.ndim - 1]} features, expected ${this.inFeatures}`);
    }
    const z = x.matmul(this.weight);
    return this.#op(this.bias ? z.add(this.bias) : z);
  }
};

// plugins/activations/mod.ts
var activationPlugins = [
  relu,
  leakyRelu,
  prelu,
  elu,
  selu,
  celu,
  relu6,
  hardTanh,
  thresholdedRelu,
  gelu,
  silu,
  swish,
  mish,
  softplus,
  softsign,
  sigmoid,
  tanh,
  hardSigmoid,
  hardSwish,
  rrelu,
  softmaxActivation,
  logSoftmaxActivation,
  crelu,
  maxout,
  linear
];

// plugins/backends/js.ts
var js = defineBackend({
  name: "js",
  version: "1.0.0",
  description: "pure TypeScript kernels (the reference)",
  defaults: {},
  create: () => jsBackend
});

// plugins/backends/_wasm_bytes.ts
var WASM_RELAXED = "AGFzbQEAAAABugERYAp/f39/f39/f39/AGAGf39/f39/AGALf39/f39/f39/f38AYAR/f39/AGADf39/AGAGf39/fX19AGAHf39/f319fQBgCH9/f39/fX19AGARf39/f39/fHx8fHx8fHx8fH8AYAl/f39/f39/f38AYA1/f39/f39/f39/f39/AGAQf39/f39/f39/f39/f39/fwBgBX9/f39/AGACf38AYAJ/fwF/YAJ/fwF8YAt/f39/fHx8fHx8fAADRUQAAAECAQMDAwMDAwMEBAQEBAQEBQYGBwUGBQYFBgUGBQYFBgUGBQYFBgUGBQYFBgUGBQYFBgUICQoKCQkLCwwNBA4PEAUDAQABB9oFQwZtZW1vcnkCAAVwYWNrQQACBGdlbW0AAwVwYWNrQgAEA2FkZAAFA3N1YgAGA211bAAHA2RpdgAIB21heGltdW0ACQdtaW5pbXVtAAoMcmVsdUJhY2t3YXJkAAsDbmVnAAwDYWJzAA0Ec3FydAAOBnNxdWFyZQAPBXJlY2lwABAEc2lnbgARBHJlbHUAEglsZWFreVJlbHUAExFsZWFreVJlbHVCYWNrd2FyZAAUBXByZWx1ABUNcHJlbHVCYWNrd2FyZAAWBXJlbHU2ABcNcmVsdTZCYWNrd2FyZAAYCGhhcmRUYW5oABkQaGFyZFRhbmhCYWNrd2FyZAAaC2hhcmRTaWdtb2lkABsTaGFyZFNpZ21vaWRCYWNrd2FyZAAcCWhhcmRTd2lzaAAdEWhhcmRTd2lzaEJhY2t3YXJkAB4DZWx1AB8LZWx1QmFja3dhcmQAIARjZWx1ACEMY2VsdUJhY2t3YXJkACIEc2VsdQAjDHNlbHVCYWNrd2FyZAAkB3NpZ21vaWQAJQ9zaWdtb2lkQmFja3dhcmQAJgR0YW5oACcMdGFuaEJhY2t3YXJkACgEc2lsdQApDHNpbHVCYWNrd2FyZAAqBXN3aXNoACsNc3dpc2hCYWNrd2FyZAAsCHNvZnRwbHVzAC0Qc29mdHBsdXNCYWNrd2FyZAAuBGdlbHUALwxnZWx1QmFja3dhcmQAMAhnZWx1VGFuaAAxEGdlbHVUYW5oQmFja3dhcmQAMgRtaXNoADMMbWlzaEJhY2t3YXJkADQKc29mdG1heEV4cAA1BGFkYW0ANgNwYWQANwxpbTJjb2xQYWRkZWQAOAxjb2wyaW1QYWRkZWQAOQV1bnBhZAA6BmJsb2NrcwA7BmltMmNvbAA8BmNvbDJpbQA9B3N1bVJvd3MAPgR6ZXJvAD8EY29weQBACW5vbkZpbml0ZQBBCnN1bVNxdWFyZXMAQgNzZ2QAQwrm+AJE7hYDDXsBfwF7IAVBBE8EQANAIAH9AAQAIRIgAf0ABBAhEyABIAJqIQEgAP0ABAAhGCAYIBj9DQABAgMAAQIDAAECAwABAgMhFCAUIBIgCv2FAiEKIBQgEyAL/YUCIQsgGCAY/Q0EBQYHBAUGBwQFBgcEBQYHIRQgFCASIAz9hQIhDCAUIBMgDf2FAiENIBggGP0NCAkKCwgJCgsICQoLCAkKCyEUIBQgEiAO/YUCIQ4gFCATIA/9hQIhDyAA/QkCDCEUIBQgEiAQ/YUCIRAgFCATIBH9hQIhESAB/QAEACESIAH9AAQQIRMgASACaiEBIAD9AAQQIRggGCAY/Q0AAQIDAAECAwABAgMAAQIDIRQgFCASIAr9hQIhCiAUIBMgC/2FAiELIBggGP0NBAUGBwQFBgcEBQYHBAUGByEUIBQgEiAM/YUCIQwgFCATIA39hQIhDSAYIBj9DQgJCgsICQoLCAkKCwgJCgshFCAUIBIgDv2FAiEOIBQgEyAP/YUCIQ8gAP0JAhwhFCAUIBIgEP2FAiEQIBQgEyAR/YUCIREgAf0ABAAhEiAB/QAEECETIAEgAmohASAA/QAEICEYIBggGP0NAAECAwABAgMAAQIDAAECAyEUIBQgEiAK/YUCIQogFCATIAv9hQIhCyAYIBj9DQQFBgcEBQYHBAUGBwQFBgchFCAUIBIgDP2FAiEMIBQgEyAN/YUCIQ0gGCAY/Q0ICQoLCAkKCwgJCgsICQoLIRQgFCASIA79hQIhDiAUIBMgD/2FAiEPIAD9CQIsIRQgFCASIBD9hQIhECAUIBMgEf2FAiERIAH9AAQAIRIgAf0ABBAhEyABIAJqIQEgAP0ABDAhGCAYIBj9DQABAgMAAQIDAAECAwABAgMhFCAUIBIgCv2FAiEKIBQgEyAL/YUCIQsgGCAY/Q0EBQYHBAUGBwQFBgcEBQYHIRQgFCASIAz9hQIhDCAUIBMgDf2FAiENIBggGP0NCAkKCwgJCgsICQoLCAkKCyEUIBQgEiAO/YUCIQ4gFCATIA/9hQIhDyAA/QkCPCEUIBQgEiAQ/YUCIRAgFCATIBH9hQIhESAAQcAAaiEAIAVBBGshBSAFQQRPDQALCyAFBEADQCAB/QAEACESIAH9AAQQIRMgASACaiEBIAD9AAQAIRggGCAY/Q0AAQIDAAECAwABAgMAAQIDIRQgFCASIAr9hQIhCiAUIBMgC/2FAiELIBggGP0NBAUGBwQFBgcEBQYHBAUGByEUIBQgEiAM/YUCIQwgFCATIA39hQIhDSAYIBj9DQgJCgsICQoLCAkKCwgJCgshFCAUIBIgDv2FAiEOIBQgEyAP/YUCIQ8gAP0JAgwhFCAUIBIgEP2FAiEQIBQgEyAR/YUCIREgAEEQaiEAIAVBAWshBSAFDQALCyAGQQBLBEAgAyAEQQBsaiEXIAhBAXEEQCAHQQhGBEAgF/0ABAAhFSAX/QAEECEWBSAHQQBLBEAgFSAXKgIA/SAAIRULIAdBAUsEQCAVIBcqAgT9IAEhFQsgB0ECSwRAIBUgFyoCCP0gAiEVCyAHQQNLBEAgFSAXKgIM/SADIRULIAdBBEsEQCAWIBcqAhD9IAAhFgsgB0EFSwRAIBYgFyoCFP0gASEWCyAHQQZLBEAgFiAXKgIY/SACIRYLIAdBB0sEQCAWIBcqAhz9IAMhFgsLIBUgCv3kASEKIBYgC/3kASELCyAIQQJxBEAgCiAJ/QAEAP3kASEKIAsgCf0ABBD95AEhCwsgCEEEcQRAIAn9CQIAIRQgCiAU/eQBIQogCyAU/eQBIQsLIAdBCEYEQCAXIAr9CwQAIBcgC/0LBBAFIAdBAEsEQCAXIAr9HwA4AgALIAdBAUsEQCAXIAr9HwE4AgQLIAdBAksEQCAXIAr9HwI4AggLIAdBA0sEQCAXIAr9HwM4AgwLIAdBBEsEQCAXIAv9HwA4AhALIAdBBUsEQCAXIAv9HwE4AhQLIAdBBksEQCAXIAv9HwI4AhgLIAdBB0sEQCAXIAv9HwM4AhwLCwsgBkEBSwRAIAMgBEEBbGohFyAIQQFxBEAgB0EIRgRAIBf9AAQAIRUgF/0ABBAhFgUgB0EASwRAIBUgFyoCAP0gACEVCyAHQQFLBEAgFSAXKgIE/SABIRULIAdBAksEQCAVIBcqAgj9IAIhFQsgB0EDSwRAIBUgFyoCDP0gAyEVCyAHQQRLBEAgFiAXKgIQ/SAAIRYLIAdBBUsEQCAWIBcqAhT9IAEhFgsgB0EGSwRAIBYgFyoCGP0gAiEWCyAHQQdLBEAgFiAXKgIc/SADIRYLCyAVIAz95AEhDCAWIA395AEhDQsgCEECcQRAIAwgCf0ABAD95AEhDCANIAn9AAQQ/eQBIQ0LIAhBBHEEQCAJ/QkCBCEUIAwgFP3kASEMIA0gFP3kASENCyAHQQhGBEAgFyAM/QsEACAXIA39CwQQBSAHQQBLBEAgFyAM/R8AOAIACyAHQQFLBEAgFyAM/R8BOAIECyAHQQJLBEAgFyAM/R8COAIICyAHQQNLBEAgFyAM/R8DOAIMCyAHQQRLBEAgFyAN/R8AOAIQCyAHQQVLBEAgFyAN/R8BOAIUCyAHQQZLBEAgFyAN/R8COAIYCyAHQQdLBEAgFyAN/R8DOAIcCwsLIAZBAksEQCADIARBAmxqIRcgCEEBcQRAIAdBCEYEQCAX/QAEACEVIBf9AAQQIRYFIAdBAEsEQCAVIBcqAgD9IAAhFQsgB0EBSwRAIBUgFyoCBP0gASEVCyAHQQJLBEAgFSAXKgII/SACIRULIAdBA0sEQCAVIBcqAgz9IAMhFQsgB0EESwRAIBYgFyoCEP0gACEWCyAHQQVLBEAgFiAXKgIU/SABIRYLIAdBBksEQCAWIBcqAhj9IAIhFgsgB0EHSwRAIBYgFyoCHP0gAyEWCwsgFSAO/eQBIQ4gFiAP/eQBIQ8LIAhBAnEEQCAOIAn9AAQA/eQBIQ4gDyAJ/QAEEP3kASEPCyAIQQRxBEAgCf0JAgghFCAOIBT95AEhDiAPIBT95AEhDwsgB0EIRgRAIBcgDv0LBAAgFyAP/QsEEAUgB0EASwRAIBcgDv0fADgCAAsgB0EBSwRAIBcgDv0fATgCBAsgB0ECSwRAIBcgDv0fAjgCCAsgB0EDSwRAIBcgDv0fAzgCDAsgB0EESwRAIBcgD/0fADgCEAsgB0EFSwRAIBcgD/0fATgCFAsgB0EGSwRAIBcgD/0fAjgCGAsgB0EHSwRAIBcgD/0fAzgCHAsLCyAGQQNLBEAgAyAEQQNsaiEXIAhBAXEEQCAHQQhGBEAgF/0ABAAhFSAX/QAEECEWBSAHQQBLBEAgFSAXKgIA/SAAIRULIAdBAUsEQCAVIBcqAgT9IAEhFQsgB0ECSwRAIBUgFyoCCP0gAiEVCyAHQQNLBEAgFSAXKgIM/SADIRULIAdBBEsEQCAWIBcqAhD9IAAhFgsgB0EFSwRAIBYgFyoCFP0gASEWCyAHQQZLBEAgFiAXKgIY/SACIRYLIAdBB0sEQCAWIBcqAhz9IAMhFgsLIBUgEP3kASEQIBYgEf3kASERCyAIQQJxBEAgECAJ/QAEAP3kASEQIBEgCf0ABBD95AEhEQsgCEEEcQRAIAn9CQIMIRQgECAU/eQBIRAgESAU/eQBIRELIAdBCEYEQCAXIBD9CwQAIBcgEf0LBBAFIAdBAEsEQCAXIBD9HwA4AgALIAdBAUsEQCAXIBD9HwE4AgQLIAdBAksEQCAXIBD9HwI4AggLIAdBA0sEQCAXIBD9HwM4AgwLIAdBBEsEQCAXIBH9HwA4AhALIAdBBUsEQCAXIBH9HwE4AhQLIAdBBksEQCAXIBH9HwI4AhgLIAdBB0sEQCAXIBH9HwM4AhwLCwsL1hQDDXsBfwF7IAVBBE8EQANAIAH9AAQAIRIgAf0ABBAhEyABIAJqIQEgAP0JAgAhFCAUIBIgCv2FAiEKIBQgEyAL/YUCIQsgAP0JAgQhFCAUIBIgDP2FAiEMIBQgEyAN/YUCIQ0gAP0JAgghFCAUIBIgDv2FAiEOIBQgEyAP/YUCIQ8gAP0JAgwhFCAUIBIgEP2FAiEQIBQgEyAR/YUCIREgAf0ABAAhEiAB/QAEECETIAEgAmohASAA/QkCECEUIBQgEiAK/YUCIQogFCATIAv9hQIhCyAA/QkCFCEUIBQgEiAM/YUCIQwgFCATIA39hQIhDSAA/QkCGCEUIBQgEiAO/YUCIQ4gFCATIA/9hQIhDyAA/QkCHCEUIBQgEiAQ/YUCIRAgFCATIBH9hQIhESAB/QAEACESIAH9AAQQIRMgASACaiEBIAD9CQIgIRQgFCASIAr9hQIhCiAUIBMgC/2FAiELIAD9CQIkIRQgFCASIAz9hQIhDCAUIBMgDf2FAiENIAD9CQIoIRQgFCASIA79hQIhDiAUIBMgD/2FAiEPIAD9CQIsIRQgFCASIBD9hQIhECAUIBMgEf2FAiERIAH9AAQAIRIgAf0ABBAhEyABIAJqIQEgAP0JAjAhFCAUIBIgCv2FAiEKIBQgEyAL/YUCIQsgAP0JAjQhFCAUIBIgDP2FAiEMIBQgEyAN/YUCIQ0gAP0JAjghFCAUIBIgDv2FAiEOIBQgEyAP/YUCIQ8gAP0JAjwhFCAUIBIgEP2FAiEQIBQgEyAR/YUCIREgAEHAAGohACAFQQRrIQUgBUEETw0ACwsgBQRAA0AgAf0ABAAhEiAB/QAEECETIAEgAmohASAA/QkCACEUIBQgEiAK/YUCIQogFCATIAv9hQIhCyAA/QkCBCEUIBQgEiAM/YUCIQwgFCATIA39hQIhDSAA/QkCCCEUIBQgEiAO/YUCIQ4gFCATIA/9hQIhDyAA/QkCDCEUIBQgEiAQ/YUCIRAgFCATIBH9hQIhESAAQRBqIQAgBUEBayEFIAUNAAsLIAZBAEsEQCADIARBAGxqIRcgCEEBcQRAIAdBCEYEQCAX/QAEACEVIBf9AAQQIRYFIAdBAEsEQCAVIBcqAgD9IAAhFQsgB0EBSwRAIBUgFyoCBP0gASEVCyAHQQJLBEAgFSAXKgII/SACIRULIAdBA0sEQCAVIBcqAgz9IAMhFQsgB0EESwRAIBYgFyoCEP0gACEWCyAHQQVLBEAgFiAXKgIU/SABIRYLIAdBBksEQCAWIBcqAhj9IAIhFgsgB0EHSwRAIBYgFyoCHP0gAyEWCwsgFSAK/eQBIQogFiAL/eQBIQsLIAhBAnEEQCAKIAn9AAQA/eQBIQogCyAJ/QAEEP3kASELCyAIQQRxBEAgCf0JAgAhFCAKIBT95AEhCiALIBT95AEhCwsgB0EIRgRAIBcgCv0LBAAgFyAL/QsEEAUgB0EASwRAIBcgCv0fADgCAAsgB0EBSwRAIBcgCv0fATgCBAsgB0ECSwRAIBcgCv0fAjgCCAsgB0EDSwRAIBcgCv0fAzgCDAsgB0EESwRAIBcgC/0fADgCEAsgB0EFSwRAIBcgC/0fATgCFAsgB0EGSwRAIBcgC/0fAjgCGAsgB0EHSwRAIBcgC/0fAzgCHAsLCyAGQQFLBEAgAyAEQQFsaiEXIAhBAXEEQCAHQQhGBEAgF/0ABAAhFSAX/QAEECEWBSAHQQBLBEAgFSAXKgIA/SAAIRULIAdBAUsEQCAVIBcqAgT9IAEhFQsgB0ECSwRAIBUgFyoCCP0gAiEVCyAHQQNLBEAgFSAXKgIM/SADIRULIAdBBEsEQCAWIBcqAhD9IAAhFgsgB0EFSwRAIBYgFyoCFP0gASEWCyAHQQZLBEAgFiAXKgIY/SACIRYLIAdBB0sEQCAWIBcqAhz9IAMhFgsLIBUgDP3kASEMIBYgDf3kASENCyAIQQJxBEAgDCAJ/QAEAP3kASEMIA0gCf0ABBD95AEhDQsgCEEEcQRAIAn9CQIEIRQgDCAU/eQBIQwgDSAU/eQBIQ0LIAdBCEYEQCAXIAz9CwQAIBcgDf0LBBAFIAdBAEsEQCAXIAz9HwA4AgALIAdBAUsEQCAXIAz9HwE4AgQLIAdBAksEQCAXIAz9HwI4AggLIAdBA0sEQCAXIAz9HwM4AgwLIAdBBEsEQCAXIA39HwA4AhALIAdBBUsEQCAXIA39HwE4AhQLIAdBBksEQCAXIA39HwI4AhgLIAdBB0sEQCAXIA39HwM4AhwLCwsgBkECSwRAIAMgBEECbGohFyAIQQFxBEAgB0EIRgRAIBf9AAQAIRUgF/0ABBAhFgUgB0EASwRAIBUgFyoCAP0gACEVCyAHQQFLBEAgFSAXKgIE/SABIRULIAdBAksEQCAVIBcqAgj9IAIhFQsgB0EDSwRAIBUgFyoCDP0gAyEVCyAHQQRLBEAgFiAXKgIQ/SAAIRYLIAdBBUsEQCAWIBcqAhT9IAEhFgsgB0EGSwRAIBYgFyoCGP0gAiEWCyAHQQdLBEAgFiAXKgIc/SADIRYLCyAVIA795AEhDiAWIA/95AEhDwsgCEECcQRAIA4gCf0ABAD95AEhDiAPIAn9AAQQ/eQBIQ8LIAhBBHEEQCAJ/QkCCCEUIA4gFP3kASEOIA8gFP3kASEPCyAHQQhGBEAgFyAO/QsEACAXIA/9CwQQBSAHQQBLBEAgFyAO/R8AOAIACyAHQQFLBEAgFyAO/R8BOAIECyAHQQJLBEAgFyAO/R8COAIICyAHQQNLBEAgFyAO/R8DOAIMCyAHQQRLBEAgFyAP/R8AOAIQCyAHQQVLBEAgFyAP/R8BOAIUCyAHQQZLBEAgFyAP/R8COAIYCyAHQQdLBEAgFyAP/R8DOAIcCwsLIAZBA0sEQCADIARBA2xqIRcgCEEBcQRAIAdBCEYEQCAX/QAEACEVIBf9AAQQIRYFIAdBAEsEQCAVIBcqAgD9IAAhFQsgB0EBSwRAIBUgFyoCBP0gASEVCyAHQQJLBEAgFSAXKgII/SACIRULIAdBA0sEQCAVIBcqAgz9IAMhFQsgB0EESwRAIBYgFyoCEP0gACEWCyAHQQVLBEAgFiAXKgIU/SABIRYLIAdBBksEQCAWIBcqAhj9IAIhFgsgB0EHSwRAIBYgFyoCHP0gAyEWCwsgFSAQ/eQBIRAgFiAR/eQBIRELIAhBAnEEQCAQIAn9AAQA/eQBIRAgESAJ/QAEEP3kASERCyAIQQRxBEAgCf0JAgwhFCAQIBT95AEhECARIBT95AEhEQsgB0EIRgRAIBcgEP0LBAAgFyAR/QsEEAUgB0EASwRAIBcgEP0fADgCAAsgB0EBSwRAIBcgEP0fATgCBAsgB0ECSwRAIBcgEP0fAjgCCAsgB0EDSwRAIBcgEP0fAzgCDAsgB0EESwRAIBcgEf0fADgCEAsgB0EFSwRAIBcgEf0fATgCFAsgB0EGSwRAIBcgEf0fAjgCGAsgB0EHSwRAIBcgEf0fAzgCHAsLCwvMBQIGfwh7AkADQCAGIARPDQEgAkEERgRAQQAhCCAGQQRqIARNBEAgACAGIAFsaiEJIAMhCgJAA0AgCEEEaiAFSw0BIAn9AAQAIQwgCSABav0ABAAhDSAJIAFBAXRq/QAEACEOIAkgAUEDbGr9AAQAIQ8gDCAN/Q0AAQIDEBESEwQFBgcUFRYXIRAgDCAN/Q0ICQoLGBkaGwwNDg8cHR4fIREgDiAP/Q0AAQIDEBESEwQFBgcUFRYXIRIgDiAP/Q0ICQoLGBkaGwwNDg8cHR4fIRMgCiAQIBL9DQABAgMEBQYHEBESExQVFhf9CwQAIAogECAS/Q0ICQoLDA0ODxgZGhscHR4f/QsEECAKIBEgE/0NAAECAwQFBgcQERITFBUWF/0LBCAgCiARIBP9DQgJCgsMDQ4PGBkaGxwdHh/9CwQwIAlBEGohCSAKQcAAaiEKIAhBBGohCAwACwsLQQAhBwJAA0AgB0EETw0BIAMgB0ECdGogCEEEdGohCiAFIAhrIQsgBiAHaiAESQRAIAAgBiAHaiABbGogCEECdGohCQJAA0AgC0UNASAKIAkqAgA4AgAgCUEEaiEJIApBEGohCiALQQFrIQsMAAsLBQJAA0AgC0UNASAKQwAAAAA4AgAgCkEQaiEKIAtBAWshCwwACwsLIAdBAWohBwwACwsgAyAFQRBsaiEDBUEAIQggAUEERiAGQQRqIARNcQRAIAAgBiABbGohCQJAA0AgCCAFTw0BIAMgCf0ABAD9CwQAIAkgAmohCSADQRBqIQMgCEEBaiEIDAALCwsCQANAIAggBU8NASAAIAggAmxqIAYgAWxqIQlBACEHAkADQCAHQQRPDQEgAyAGIAdqIARJBH0gCSoCAAVDAAAAAAs4AgAgCSABaiEJIANBBGohAyAHQQFqIQcMAAsLIAhBAWohCAwACwsLIAZBBGohBgwACwsL7QEBCn8gCEECdCENIARBEGwhEkEgIRMgCUUEQEEgIQkgBEEFdCETCyABIQ4CQANAIAsgBU8NASAFIAtrIQ8gD0EISwRAQQghDwtBACEMIAAhECACIAtBAnRqIREgByAHIAtBAnRqIAZBBHEbIRQCQANAIAwgA08NASAKBEAgECAOIAkgESANIAQgAyAMayAPIAYgFBABBSAQIA4gCSARIA0gBCADIAxrIA8gBiAUEAALIBAgEmohECARIA1BBGxqIREgBkEEcQRAIBRBEGohFAsgDEEEaiEMDAALCyAOIBNqIQ4gC0EIaiELDAALCwvSBgIHfwh7IAVFBEAgAyEFCyAFQQJ0IQsgAkECdCEMAkADQCAGIANPDQEgBEUgBkEIaiADTXEEQCAAIAZBAnRqIQpBACEHAkADQCAHIAJPDQEgASAK/QAEAP0LBAAgASAK/QAEEP0LBBAgCiALaiEKIAFBIGohASAHQQFqIQcMAAsLBUEAIQcgBCAGQQhqIANNcQRAIAAgBiAMbGohCgJAA0AgB0EEaiACSw0BIAogDEEAbGr9AAQAIQ0gCiAMQQFsav0ABAAhDiAKIAxBAmxq/QAEACEPIAogDEEDbGr9AAQAIRAgDSAO/Q0AAQIDEBESEwQFBgcUFRYXIREgDSAO/Q0ICQoLGBkaGwwNDg8cHR4fIRIgDyAQ/Q0AAQIDEBESEwQFBgcUFRYXIRMgDyAQ/Q0ICQoLGBkaGwwNDg8cHR4fIRQgASARIBP9DQABAgMEBQYHEBESExQVFhf9CwQAIAEgESAT/Q0ICQoLDA0ODxgZGhscHR4f/QsEICABIBIgFP0NAAECAwQFBgcQERITFBUWF/0LBEAgASASIBT9DQgJCgsMDQ4PGBkaGxwdHh/9CwRgIAogDEEEbGr9AAQAIQ0gCiAMQQVsav0ABAAhDiAKIAxBBmxq/QAEACEPIAogDEEHbGr9AAQAIRAgDSAO/Q0AAQIDEBESEwQFBgcUFRYXIREgDSAO/Q0ICQoLGBkaGwwNDg8cHR4fIRIgDyAQ/Q0AAQIDEBESEwQFBgcUFRYXIRMgDyAQ/Q0ICQoLGBkaGwwNDg8cHR4fIRQgASARIBP9DQABAgMEBQYHEBESExQVFhf9CwQQIAEgESAT/Q0ICQoLDA0ODxgZGhscHR4f/QsEMCABIBIgFP0NAAECAwQFBgcQERITFBUWF/0LBFAgASASIBT9DQgJCgsMDQ4PGBkaGxwdHh/9CwRwIApBEGohCiABQYABaiEBIAdBBGohBwwACwsLAkADQCAHIAJPDQFBACEIAkADQCAIQQhPDQEgBiAIaiEJIAEgCSADSQR9IAAgBAR/IAkgAmwgB2oFIAcgBWwgCWoLQQJ0aioCAAVDAAAAAAs4AgAgAUEEaiEBIAhBAWohCAwACwsgB0EBaiEHDAALCwsgBkEIaiEGDAALCwuZAgMCfQF/BnsgACADQXhxQQJ0aiEGIAAgBkkEQANAIAD9AAQAIQcgAf0ABAAhCCAA/QAEECEKIAH9AAQQIQsgByAI/eQBIQkgCiAL/eQBIQwgAiAJ/QsEACACIAz9CwQQIABBIGohACABQSBqIQEgAkEgaiECIAAgBkkNAAsLIAAgA0EEcUECdGohBgJAA0AgACAGTw0BIAD9AAQAIQcgAf0ABAAhCCAHIAj95AEhCSACIAn9CwQAIABBEGohACABQRBqIQEgAkEQaiECDAALCyAAIANBA3FBAnRqIQYCQANAIAAgBk8NASAAKgIAIQQgASoCACEFIAIgBCAFkjgCACAAQQRqIQAgAUEEaiEBIAJBBGohAgwACwsLmQIDAn0BfwZ7IAAgA0F4cUECdGohBiAAIAZJBEADQCAA/QAEACEHIAH9AAQAIQggAP0ABBAhCiAB/QAEECELIAcgCP3lASEJIAogC/3lASEMIAIgCf0LBAAgAiAM/QsEECAAQSBqIQAgAUEgaiEBIAJBIGohAiAAIAZJDQALCyAAIANBBHFBAnRqIQYCQANAIAAgBk8NASAA/QAEACEHIAH9AAQAIQggByAI/eUBIQkgAiAJ/QsEACAAQRBqIQAgAUEQaiEBIAJBEGohAgwACwsgACADQQNxQQJ0aiEGAkADQCAAIAZPDQEgACoCACEEIAEqAgAhBSACIAQgBZM4AgAgAEEEaiEAIAFBBGohASACQQRqIQIMAAsLC5kCAwJ9AX8GeyAAIANBeHFBAnRqIQYgACAGSQRAA0AgAP0ABAAhByAB/QAEACEIIAD9AAQQIQogAf0ABBAhCyAHIAj95gEhCSAKIAv95gEhDCACIAn9CwQAIAIgDP0LBBAgAEEgaiEAIAFBIGohASACQSBqIQIgACAGSQ0ACwsgACADQQRxQQJ0aiEGAkADQCAAIAZPDQEgAP0ABAAhByAB/QAEACEIIAcgCP3mASEJIAIgCf0LBAAgAEEQaiEAIAFBEGohASACQRBqIQIMAAsLIAAgA0EDcUECdGohBgJAA0AgACAGTw0BIAAqAgAhBCABKgIAIQUgAiAEIAWUOAIAIABBBGohACABQQRqIQEgAkEEaiECDAALCwuZAgMCfQF/BnsgACADQXhxQQJ0aiEGIAAgBkkEQANAIAD9AAQAIQcgAf0ABAAhCCAA/QAEECEKIAH9AAQQIQsgByAI/ecBIQkgCiAL/ecBIQwgAiAJ/QsEACACIAz9CwQQIABBIGohACABQSBqIQEgAkEgaiECIAAgBkkNAAsLIAAgA0EEcUECdGohBgJAA0AgACAGTw0BIAD9AAQAIQcgAf0ABAAhCCAHIAj95wEhCSACIAn9CwQAIABBEGohACABQRBqIQEgAkEQaiECDAALCyAAIANBA3FBAnRqIQYCQANAIAAgBk8NASAAKgIAIQQgASoCACEFIAIgBCAFlTgCACAAQQRqIQAgAUEEaiEBIAJBBGohAgwACwsLrQIDAn0BfwZ7IAAgA0F4cUECdGohBiAAIAZJBEADQCAA/QAEACEHIAH9AAQAIQggAP0ABBAhCiAB/QAEECELIAcgCCAHIAj9Rv1SIQkgCiALIAogC/1G/VIhDCACIAn9CwQAIAIgDP0LBBAgAEEgaiEAIAFBIGohASACQSBqIQIgACAGSQ0ACwsgACADQQRxQQJ0aiEGAkADQCAAIAZPDQEgAP0ABAAhByAB/QAEACEIIAcgCCAHIAj9Rv1SIQkgAiAJ/QsEACAAQRBqIQAgAUEQaiEBIAJBEGohAgwACwsgACADQQNxQQJ0aiEGAkADQCAAIAZPDQEgACoCACEEIAEqAgAhBSACIAQgBSAEIAVgGzgCACAAQQRqIQAgAUEEaiEBIAJBBGohAgwACwsLrQIDAn0BfwZ7IAAgA0F4cUECdGohBiAAIAZJBEADQCAA/QAEACEHIAH9AAQAIQggAP0ABBAhCiAB/QAEECELIAcgCCAHIAj9Rf1SIQkgCiALIAogC/1F/VIhDCACIAn9CwQAIAIgDP0LBBAgAEEgaiEAIAFBIGohASACQSBqIQIgACAGSQ0ACwsgACADQQRxQQJ0aiEGAkADQCAAIAZPDQEgAP0ABAAhByAB/QAEACEIIAcgCCAHIAj9Rf1SIQkgAiAJ/QsEACAAQRBqIQAgAUEQaiEBIAJBEGohAgwACwsgACADQQNxQQJ0aiEGAkADQCAAIAZPDQEgACoCACEEIAEqAgAhBSACIAQgBSAEIAVfGzgCACAAQQRqIQAgAUEEaiEBIAJBBGohAgwACwsLxwIDAn0Bfwd7/QwAAAAAAAAAAAAAAAAAAAAAIQ0gACADQXhxQQJ0aiEGIAAgBkkEQANAIAD9AAQAIQcgAf0ABAAhCCAA/QAEECEKIAH9AAQQIQsgCCAHIA39Rf1PIQkgCyAKIA39Rf1PIQwgAiAJ/QsEACACIAz9CwQQIABBIGohACABQSBqIQEgAkEgaiECIAAgBkkNAAsLIAAgA0EEcUECdGohBgJAA0AgACAGTw0BIAD9AAQAIQcgAf0ABAAhCCAIIAcgDf1F/U8hCSACIAn9CwQAIABBEGohACABQRBqIQEgAkEQaiECDAALCyAAIANBA3FBAnRqIQYCQANAIAAgBk8NASAAKgIAIQQgASoCACEFIAIgBUMAAAAAIARDAAAAAF4gBCAEXHIbOAIAIABBBGohACABQQRqIQEgAkEEaiECDAALCwvdAQMCfQF/BnsgACACQXhxQQJ0aiEFIAAgBUkEQANAIAD9AAQAIQYgAP0ABBAhCSAG/eEBIQggCf3hASELIAEgCP0LBAAgASAL/QsEECAAQSBqIQAgAUEgaiEBIAAgBUkNAAsLIAAgAkEEcUECdGohBQJAA0AgACAFTw0BIAD9AAQAIQYgBv3hASEIIAEgCP0LBAAgAEEQaiEAIAFBEGohAQwACwsgACACQQNxQQJ0aiEFAkADQCAAIAVPDQEgACoCACEDIAEgA4w4AgAgAEEEaiEAIAFBBGohAQwACwsL3QEDAn0BfwZ7IAAgAkF4cUECdGohBSAAIAVJBEADQCAA/QAEACEGIAD9AAQQIQkgBv3gASEIIAn94AEhCyABIAj9CwQAIAEgC/0LBBAgAEEgaiEAIAFBIGohASAAIAVJDQALCyAAIAJBBHFBAnRqIQUCQANAIAAgBU8NASAA/QAEACEGIAb94AEhCCABIAj9CwQAIABBEGohACABQRBqIQEMAAsLIAAgAkEDcUECdGohBQJAA0AgACAFTw0BIAAqAgAhAyABIAOLOAIAIABBBGohACABQQRqIQEMAAsLC90BAwJ9AX8GeyAAIAJBeHFBAnRqIQUgACAFSQRAA0AgAP0ABAAhBiAA/QAEECEJIAb94wEhCCAJ/eMBIQsgASAI/QsEACABIAv9CwQQIABBIGohACABQSBqIQEgACAFSQ0ACwsgACACQQRxQQJ0aiEFAkADQCAAIAVPDQEgAP0ABAAhBiAG/eMBIQggASAI/QsEACAAQRBqIQAgAUEQaiEBDAALCyAAIAJBA3FBAnRqIQUCQANAIAAgBU8NASAAKgIAIQMgASADkTgCACAAQQRqIQAgAUEEaiEBDAALCwvlAQMCfQF/BnsgACACQXhxQQJ0aiEFIAAgBUkEQANAIAD9AAQAIQYgAP0ABBAhCSAGIAb95gEhCCAJIAn95gEhCyABIAj9CwQAIAEgC/0LBBAgAEEgaiEAIAFBIGohASAAIAVJDQALCyAAIAJBBHFBAnRqIQUCQANAIAAgBU8NASAA/QAEACEGIAYgBv3mASEIIAEgCP0LBAAgAEEQaiEAIAFBEGohAQwACwsgACACQQNxQQJ0aiEFAkADQCAAIAVPDQEgACoCACEDIAEgAyADlDgCACAAQQRqIQAgAUEEaiEBDAALCwv8AQMCfQF/B3v9DAAAgD8AAIA/AACAPwAAgD8hDCAAIAJBeHFBAnRqIQUgACAFSQRAA0AgAP0ABAAhBiAA/QAEECEJIAwgBv3nASEIIAwgCf3nASELIAEgCP0LBAAgASAL/QsEECAAQSBqIQAgAUEgaiEBIAAgBUkNAAsLIAAgAkEEcUECdGohBQJAA0AgACAFTw0BIAD9AAQAIQYgDCAG/ecBIQggASAI/QsEACAAQRBqIQAgAUEQaiEBDAALCyAAIAJBA3FBAnRqIQUCQANAIAAgBU8NASAAKgIAIQMgAUMAAIA/IAOVOAIAIABBBGohACABQQRqIQEMAAsLC+oCAwJ9AX8Je/0MAAAAAAAAAAAAAAAAAAAAACEM/QwAAIA/AACAPwAAgD8AAIA/IQ39DAAAgL8AAIC/AACAvwAAgL8hDiAAIAJBeHFBAnRqIQUgACAFSQRAA0AgAP0ABAAhBiAA/QAEECEJIAYgDP1EIA39TiAGIAz9QyAO/U79UCEIIAkgDP1EIA39TiAJIAz9QyAO/U79UCELIAEgCP0LBAAgASAL/QsEECAAQSBqIQAgAUEgaiEBIAAgBUkNAAsLIAAgAkEEcUECdGohBQJAA0AgACAFTw0BIAD9AAQAIQYgBiAM/UQgDf1OIAYgDP1DIA79Tv1QIQggASAI/QsEACAAQRBqIQAgAUEQaiEBDAALCyAAIAJBA3FBAnRqIQUCQANAIAAgBU8NASAAKgIAIQMgAUMAAIA/QwAAgL9DAAAAACADQwAAAABdGyADQwAAAABeGzgCACAAQQRqIQAgAUEEaiEBDAALCwuTAgMCfQF/B3v9DAAAAAAAAAAAAAAAAAAAAAAhDCAAIAJBeHFBAnRqIQUgACAFSQRAA0AgAP0ABAAhBiAA/QAEECEJIAYgBiAM/UX9TyEIIAkgCSAM/UX9TyELIAEgCP0LBAAgASAL/QsEECAAQSBqIQAgAUEgaiEBIAAgBUkNAAsLIAAgAkEEcUECdGohBQJAA0AgACAFTw0BIAD9AAQAIQYgBiAGIAz9Rf1PIQggASAI/QsEACAAQRBqIQAgAUEQaiEBDAALCyAAIAJBA3FBAnRqIQUCQANAIAAgBU8NASAAKgIAIQMgASADQwAAAAAgA0MAAAAAXiADIANcchs4AgAgAEEEaiEAIAFBBGohAQwACwsLugICAX8Ke/0MAAAAAAAAAAAAAAAAAAAAACEQIAP9EyEHIAT9EyEIIAX9EyEJIAAgAkF4cUECdGohBiAAIAZJBEADQCAA/QAEACEKIAD9AAQQIQ0gCiAH/eYBIAogCiAQ/UP9UiEMIA0gB/3mASANIA0gEP1D/VIhDyABIAz9CwQAIAEgD/0LBBAgAEEgaiEAIAFBIGohASAAIAZJDQALCyAAIAJBBHFBAnRqIQYCQANAIAAgBk8NASAA/QAEACEKIAogB/3mASAKIAogEP1D/VIhDCABIAz9CwQAIABBEGohACABQRBqIQEMAAsLIAAgAkEDcUECdGohBgJAA0AgACAGTw0BIAD9CQIAIQogCiAH/eYBIAogCiAQ/UP9UiEMIAEgDP1aAgAAIABBBGohACABQQRqIQEMAAsLC+8CAgF/Cnv9DAAAAAAAAAAAAAAAAAAAAAAhESAE/RMhCCAF/RMhCSAG/RMhCiAAIANBeHFBAnRqIQcgACAHSQRAA0AgAP0ABAAhCyAB/QAEACEMIAD9AAQQIQ4gAf0ABBAhDyAMIAwgCP3mASALIBH9RP1SIQ0gDyAPIAj95gEgDiAR/UT9UiEQIAIgDf0LBAAgAiAQ/QsEECAAQSBqIQAgAUEgaiEBIAJBIGohAiAAIAdJDQALCyAAIANBBHFBAnRqIQcCQANAIAAgB08NASAA/QAEACELIAH9AAQAIQwgDCAMIAj95gEgCyAR/UT9UiENIAIgDf0LBAAgAEEQaiEAIAFBEGohASACQRBqIQIMAAsLIAAgA0EDcUECdGohBwJAA0AgACAHTw0BIAD9CQIAIQsgAf0JAgAhDCAMIAwgCP3mASALIBH9RP1SIQ0gAiAN/VoCAAAgAEEEaiEAIAFBBGohASACQQRqIQIMAAsLC+8CAgF/Cnv9DAAAAAAAAAAAAAAAAAAAAAAhESAE/RMhCCAF/RMhCSAG/RMhCiAAIANBeHFBAnRqIQcgACAHSQRAA0AgAP0ABAAhCyAB/QAEACEMIAD9AAQQIQ4gAf0ABBAhDyALIAwgC/3mASALIBH9RP1SIQ0gDiAPIA795gEgDiAR/UT9UiEQIAIgDf0LBAAgAiAQ/QsEECAAQSBqIQAgAUEgaiEBIAJBIGohAiAAIAdJDQALCyAAIANBBHFBAnRqIQcCQANAIAAgB08NASAA/QAEACELIAH9AAQAIQwgCyAMIAv95gEgCyAR/UT9UiENIAIgDf0LBAAgAEEQaiEAIAFBEGohASACQRBqIQIMAAsLIAAgA0EDcUECdGohBwJAA0AgACAHTw0BIAD9CQIAIQsgAf0JAgAhDCALIAwgC/3mASALIBH9RP1SIQ0gAiAN/VoCAAAgAEEEaiEAIAFBBGohASACQQRqIQIMAAsLC6QDAgF/DHv9DAAAAAAAAAAAAAAAAAAAAAAhFCAF/RMhCSAG/RMhCiAH/RMhCyAAIARBeHFBAnRqIQggACAISQRAA0AgAP0ABAAhDCAB/QAEACENIAL9AAQAIQ4gAP0ABBAhECAB/QAEECERIAL9AAQQIRIgDSAOIA395gEgDCAU/UT9UiEPIBEgEiAR/eYBIBAgFP1E/VIhEyADIA/9CwQAIAMgE/0LBBAgAEEgaiEAIAFBIGohASACQSBqIQIgA0EgaiEDIAAgCEkNAAsLIAAgBEEEcUECdGohCAJAA0AgACAITw0BIAD9AAQAIQwgAf0ABAAhDSAC/QAEACEOIA0gDiAN/eYBIAwgFP1E/VIhDyADIA/9CwQAIABBEGohACABQRBqIQEgAkEQaiECIANBEGohAwwACwsgACAEQQNxQQJ0aiEIAkADQCAAIAhPDQEgAP0JAgAhDCAB/QkCACENIAL9CQIAIQ4gDSAOIA395gEgDCAU/UT9UiEPIAMgD/1aAgAAIABBBGohACABQQRqIQEgAkEEaiECIANBBGohAwwACwsL2gICAX8Le/0MAADAQAAAwEAAAMBAAADAQCEQ/QwAAAAAAAAAAAAAAAAAAAAAIREgA/0TIQcgBP0TIQggBf0TIQkgACACQXhxQQJ0aiEGIAAgBkkEQANAIAD9AAQAIQogAP0ABBAhDSAKIBAgCiAQ/UP9UiAKIBH9RP1OIQwgDSAQIA0gEP1D/VIgDSAR/UT9TiEPIAEgDP0LBAAgASAP/QsEECAAQSBqIQAgAUEgaiEBIAAgBkkNAAsLIAAgAkEEcUECdGohBgJAA0AgACAGTw0BIAD9AAQAIQogCiAQIAogEP1D/VIgCiAR/UT9TiEMIAEgDP0LBAAgAEEQaiEAIAFBEGohAQwACwsgACACQQNxQQJ0aiEGAkADQCAAIAZPDQEgAP0JAgAhCiAKIBAgCiAQ/UP9UiAKIBH9RP1OIQwgASAM/VoCAAAgAEEEaiEAIAFBBGohAQwACwsLhwMCAX8Le/0MAAAAAAAAAAAAAAAAAAAAACER/QwAAMBAAADAQAAAwEAAAMBAIRIgBP0TIQggBf0TIQkgBv0TIQogACADQXhxQQJ0aiEHIAAgB0kEQANAIAD9AAQAIQsgAf0ABAAhDCAA/QAEECEOIAH9AAQQIQ8gDCALIBH9RCALIBL9Q/1O/U4hDSAPIA4gEf1EIA4gEv1D/U79TiEQIAIgDf0LBAAgAiAQ/QsEECAAQSBqIQAgAUEgaiEBIAJBIGohAiAAIAdJDQALCyAAIANBBHFBAnRqIQcCQANAIAAgB08NASAA/QAEACELIAH9AAQAIQwgDCALIBH9RCALIBL9Q/1O/U4hDSACIA39CwQAIABBEGohACABQRBqIQEgAkEQaiECDAALCyAAIANBA3FBAnRqIQcCQANAIAAgB08NASAA/QkCACELIAH9CQIAIQwgDCALIBH9RCALIBL9Q/1O/U4hDSACIA39WgIAACAAQQRqIQAgAUEEaiEBIAJBBGohAgwACwsLugICAX8JeyAD/RMhByAE/RMhCCAF/RMhCSAAIAJBeHFBAnRqIQYgACAGSQRAA0AgAP0ABAAhCiAA/QAEECENIAcgCCAKIAogCP1E/VIgCiAH/UP9UiEMIAcgCCANIA0gCP1E/VIgDSAH/UP9UiEPIAEgDP0LBAAgASAP/QsEECAAQSBqIQAgAUEgaiEBIAAgBkkNAAsLIAAgAkEEcUECdGohBgJAA0AgACAGTw0BIAD9AAQAIQogByAIIAogCiAI/UT9UiAKIAf9Q/1SIQwgASAM/QsEACAAQRBqIQAgAUEQaiEBDAALCyAAIAJBA3FBAnRqIQYCQANAIAAgBk8NASAA/QkCACEKIAcgCCAKIAogCP1E/VIgCiAH/UP9UiEMIAEgDP1aAgAAIABBBGohACABQQRqIQEMAAsLC98CAgF/CXsgBP0TIQggBf0TIQkgBv0TIQogACADQXhxQQJ0aiEHIAAgB0kEQANAIAD9AAQAIQsgAf0ABAAhDCAA/QAEECEOIAH9AAQQIQ8gDCALIAj9RCALIAn9Q/1O/U4hDSAPIA4gCP1EIA4gCf1D/U79TiEQIAIgDf0LBAAgAiAQ/QsEECAAQSBqIQAgAUEgaiEBIAJBIGohAiAAIAdJDQALCyAAIANBBHFBAnRqIQcCQANAIAAgB08NASAA/QAEACELIAH9AAQAIQwgDCALIAj9RCALIAn9Q/1O/U4hDSACIA39CwQAIABBEGohACABQRBqIQEgAkEQaiECDAALCyAAIANBA3FBAnRqIQcCQANAIAAgB08NASAA/QkCACELIAH9CQIAIQwgDCALIAj9RCALIAn9Q/1O/U4hDSACIA39WgIAACAAQQRqIQAgAUEEaiEBIAJBBGohAgwACwsLvgMCAX8Oe/0MAACAPwAAgD8AAIA/AACAPyEQ/QwAAMBAAADAQAAAwEAAAMBAIRH9DAAAAD8AAAA/AAAAPwAAAD8hEv0MAABAQAAAQEAAAEBAAABAQCET/QwAAEDAAABAwAAAQMAAAEDAIRQgA/0TIQcgBP0TIQggBf0TIQkgACACQXhxQQJ0aiEGIAAgBkkEQANAIAD9AAQAIQogAP0ABBAhDSAQIAogEf3nASAS/eQBIAogE/1G/VIgCiAU/UX9TyEMIBAgDSAR/ecBIBL95AEgDSAT/Ub9UiANIBT9Rf1PIQ8gASAM/QsEACABIA/9CwQQIABBIGohACABQSBqIQEgACAGSQ0ACwsgACACQQRxQQJ0aiEGAkADQCAAIAZPDQEgAP0ABAAhCiAQIAogEf3nASAS/eQBIAogE/1G/VIgCiAU/UX9TyEMIAEgDP0LBAAgAEEQaiEAIAFBEGohAQwACwsgACACQQNxQQJ0aiEGAkADQCAAIAZPDQEgAP0JAgAhCiAQIAogEf3nASAS/eQBIAogE/1G/VIgCiAU/UX9TyEMIAEgDP1aAgAAIABBBGohACABQQRqIQEMAAsLC68DAgF/DHv9DAAAwEAAAMBAAADAQAAAwEAhEf0MAABAwAAAQMAAAEDAAABAwCES/QwAAEBAAABAQAAAQEAAAEBAIRMgBP0TIQggBf0TIQkgBv0TIQogACADQXhxQQJ0aiEHIAAgB0kEQANAIAD9AAQAIQsgAf0ABAAhDCAA/QAEECEOIAH9AAQQIQ8gDCAR/ecBIAsgEv1EIAsgE/1D/U79TiENIA8gEf3nASAOIBL9RCAOIBP9Q/1O/U4hECACIA39CwQAIAIgEP0LBBAgAEEgaiEAIAFBIGohASACQSBqIQIgACAHSQ0ACwsgACADQQRxQQJ0aiEHAkADQCAAIAdPDQEgAP0ABAAhCyAB/QAEACEMIAwgEf3nASALIBL9RCALIBP9Q/1O/U4hDSACIA39CwQAIABBEGohACABQRBqIQEgAkEQaiECDAALCyAAIANBA3FBAnRqIQcCQANAIAAgB08NASAA/QkCACELIAH9CQIAIQwgDCAR/ecBIAsgEv1EIAsgE/1D/U79TiENIAIgDf1aAgAAIABBBGohACABQQRqIQEgAkEEaiECDAALCwuqAwIBfwx7/QwAAEBAAABAQAAAQEAAAEBAIRD9DAAAwEAAAMBAAADAQAAAwEAhEf0MAABAwAAAQMAAAEDAAABAwCESIAP9EyEHIAT9EyEIIAX9EyEJIAAgAkF4cUECdGohBiAAIAZJBEADQCAA/QAEACEKIAD9AAQQIQ0gCiAKIAogEP3kAf3mASAR/ecBIAogEP1G/VIgCiAS/UX9TyEMIA0gDSANIBD95AH95gEgEf3nASANIBD9Rv1SIA0gEv1F/U8hDyABIAz9CwQAIAEgD/0LBBAgAEEgaiEAIAFBIGohASAAIAZJDQALCyAAIAJBBHFBAnRqIQYCQANAIAAgBk8NASAA/QAEACEKIAogCiAKIBD95AH95gEgEf3nASAKIBD9Rv1SIAogEv1F/U8hDCABIAz9CwQAIABBEGohACABQRBqIQEMAAsLIAAgAkEDcUECdGohBgJAA0AgACAGTw0BIAD9CQIAIQogCiAKIAogEP3kAf3mASAR/ecBIAogEP1G/VIgCiAS/UX9TyEMIAEgDP1aAgAAIABBBGohACABQQRqIQEMAAsLC4cEAgF/DXv9DAAAAEAAAABAAAAAQAAAAEAhEf0MAABAQAAAQEAAAEBAAABAQCES/QwAAMBAAADAQAAAwEAAAMBAIRP9DAAAQMAAAEDAAABAwAAAQMAhFCAE/RMhCCAF/RMhCSAG/RMhCiAAIANBeHFBAnRqIQcgACAHSQRAA0AgAP0ABAAhCyAB/QAEACEMIAD9AAQQIQ4gAf0ABBAhDyAMIAwgESAL/eYBIBL95AH95gEgE/3nASALIBL9Rv1SIAsgFP1F/U8hDSAPIA8gESAO/eYBIBL95AH95gEgE/3nASAOIBL9Rv1SIA4gFP1F/U8hECACIA39CwQAIAIgEP0LBBAgAEEgaiEAIAFBIGohASACQSBqIQIgACAHSQ0ACwsgACADQQRxQQJ0aiEHAkADQCAAIAdPDQEgAP0ABAAhCyAB/QAEACEMIAwgDCARIAv95gEgEv3kAf3mASAT/ecBIAsgEv1G/VIgCyAU/UX9TyENIAIgDf0LBAAgAEEQaiEAIAFBEGohASACQRBqIQIMAAsLIAAgA0EDcUECdGohBwJAA0AgACAHTw0BIAD9CQIAIQsgAf0JAgAhDCAMIAwgESAL/eYBIBL95AH95gEgE/3nASALIBL9Rv1SIAsgFP1F/U8hDSACIA39WgIAACAAQQRqIQAgAUEEaiEBIAJBBGohAgwACwsLjwUCAX8ae/0MmpmuwpqZrsKama7CmpmuwiEV/Qw7qrg/O6q4PzuquD87qrg/IRb9DAAAQEsAAEBLAABASwAAQEshF/0Mg4BeOYOAXjmDgF45g4BeOSEY/QwAgDG/AIAxvwCAMb8AgDG/IRn9DGwxCDxsMQg8bDEIPGwxCDwhGv0M+5QrPfuUKz37lCs9+5QrPSEb/QzXqyo+16sqPterKj7Xqyo+IRz9DP7+/z7+/v8+/v7/Pv7+/z4hHf0MfwDAtH8AwLR/AMC0fwDAtCEe/QwAAIA/AACAPwAAgD8AAIA/IR/9DAAAAAAAAAAAAAAAAAAAAAAhICAD/RMhByAE/RMhCCAF/RMhCSAAIAJBfHFBAnRqIQYCQANAIAAgBk8NASAA/QAEACEKIAogFf3rASENIA0gFiAX/YUCIQ4gDiAX/eUBIQ8gDyAYIA8gGSAN/YUC/YUCIRAgECAQ/eYBIREgESARIBAgGiAb/YUCIBAgHCAd/YUC/YUCIBD9hQIhEiAOIB79rgFBF/2rASETIBMgEiATIB/95QH9hQIhFCAKIAcgFP3mASAKICD9RP1SIQwgASAM/QsEACAAQRBqIQAgAUEQaiEBDAALCyAAIAJBA3FBAnRqIQYCQANAIAAgBk8NASAA/QkCACEKIAogFf3rASENIA0gFiAX/YUCIQ4gDiAX/eUBIQ8gDyAYIA8gGSAN/YUC/YUCIRAgECAQ/eYBIREgESARIBAgGiAb/YUCIBAgHCAd/YUC/YUCIBD9hQIhEiAOIB79rgFBF/2rASETIBMgEiATIB/95QH9hQIhFCAKIAcgFP3mASAKICD9RP1SIQwgASAM/VoCAAAgAEEEaiEAIAFBBGohAQwACwsLgwMCAX8Ke/0MAAAAAAAAAAAAAAAAAAAAACERIAT9EyEIIAX9EyEJIAb9EyEKIAAgA0F4cUECdGohByAAIAdJBEADQCAA/QAEACELIAH9AAQAIQwgAP0ABBAhDiAB/QAEECEPIAwgDCALIAj95AH95gEgCyAR/UT9UiENIA8gDyAOIAj95AH95gEgDiAR/UT9UiEQIAIgDf0LBAAgAiAQ/QsEECAAQSBqIQAgAUEgaiEBIAJBIGohAiAAIAdJDQALCyAAIANBBHFBAnRqIQcCQANAIAAgB08NASAA/QAEACELIAH9AAQAIQwgDCAMIAsgCP3kAf3mASALIBH9RP1SIQ0gAiAN/QsEACAAQRBqIQAgAUEQaiEBIAJBEGohAgwACwsgACADQQNxQQJ0aiEHAkADQCAAIAdPDQEgAP0JAgAhCyAB/QkCACEMIAwgDCALIAj95AH95gEgCyAR/UT9UiENIAIgDf1aAgAAIABBBGohACABQQRqIQEgAkEEaiECDAALCwuZBQIBfxp7/Qyama7CmpmuwpqZrsKama7CIRX9DDuquD87qrg/O6q4PzuquD8hFv0MAABASwAAQEsAAEBLAABASyEX/QyDgF45g4BeOYOAXjmDgF45IRj9DACAMb8AgDG/AIAxvwCAMb8hGf0MbDEIPGwxCDxsMQg8bDEIPCEa/Qz7lCs9+5QrPfuUKz37lCs9IRv9DNerKj7Xqyo+16sqPterKj4hHP0M/v7/Pv7+/z7+/v8+/v7/PiEd/Qx/AMC0fwDAtH8AwLR/AMC0IR79DAAAgD8AAIA/AACAPwAAgD8hH/0MAAAAAAAAAAAAAAAAAAAAACEgIAP9EyEHIAT9EyEIIAX9EyEJIAAgAkF8cUECdGohBgJAA0AgACAGTw0BIAD9AAQAIQogCiAI/eYBIBX96wEhDSANIBYgF/2FAiEOIA4gF/3lASEPIA8gGCAPIBkgDf2FAv2FAiEQIBAgEP3mASERIBEgESAQIBogG/2FAiAQIBwgHf2FAv2FAiAQ/YUCIRIgDiAe/a4BQRf9qwEhEyATIBIgEyAf/eUB/YUCIRQgCiAHIBT95gEgCiAg/UT9UiEMIAEgDP0LBAAgAEEQaiEAIAFBEGohAQwACwsgACACQQNxQQJ0aiEGAkADQCAAIAZPDQEgAP0JAgAhCiAKIAj95gEgFf3rASENIA0gFiAX/YUCIQ4gDiAX/eUBIQ8gDyAYIA8gGSAN/YUC/YUCIRAgECAQ/eYBIREgESARIBAgGiAb/YUCIBAgHCAd/YUC/YUCIBD9hQIhEiAOIB79rgFBF/2rASETIBMgEiATIB/95QH9hQIhFCAKIAcgFP3mASAKICD9RP1SIQwgASAM/VoCAAAgAEEEaiEAIAFBBGohAQwACwsLqwMCAX8Le/0MAACAPwAAgD8AAIA/AACAPyER/QwAAAAAAAAAAAAAAAAAAAAAIRIgBP0TIQggBf0TIQkgBv0TIQogACADQXhxQQJ0aiEHIAAgB0kEQANAIAD9AAQAIQsgAf0ABAAhDCAA/QAEECEOIAH9AAQQIQ8gDCAMIAsgCf3mASAR/eQB/eYBIAsgEv1E/VIhDSAPIA8gDiAJ/eYBIBH95AH95gEgDiAS/UT9UiEQIAIgDf0LBAAgAiAQ/QsEECAAQSBqIQAgAUEgaiEBIAJBIGohAiAAIAdJDQALCyAAIANBBHFBAnRqIQcCQANAIAAgB08NASAA/QAEACELIAH9AAQAIQwgDCAMIAsgCf3mASAR/eQB/eYBIAsgEv1E/VIhDSACIA39CwQAIABBEGohACABQRBqIQEgAkEQaiECDAALCyAAIANBA3FBAnRqIQcCQANAIAAgB08NASAA/QkCACELIAH9CQIAIQwgDCAMIAsgCf3mASAR/eQB/eYBIAsgEv1E/VIhDSACIA39WgIAACAAQQRqIQAgAUEEaiEBIAJBBGohAgwACwsLwQUCAX8ce/0MmpmuwpqZrsKama7CmpmuwiEV/Qw7qrg/O6q4PzuquD87qrg/IRb9DAAAQEsAAEBLAABASwAAQEshF/0Mg4BeOYOAXjmDgF45g4BeOSEY/QwAgDG/AIAxvwCAMb8AgDG/IRn9DGwxCDxsMQg8bDEIPGwxCDwhGv0M+5QrPfuUKz37lCs9+5QrPSEb/QzXqyo+16sqPterKj7Xqyo+IRz9DP7+/z7+/v8+/v7/Pv7+/z4hHf0MfwDAtH8AwLR/AMC0fwDAtCEe/QwAAIA/AACAPwAAgD8AAIA/IR/9DF99hj9ffYY/X32GP199hj8hIP0MZgnhP2YJ4T9mCeE/ZgnhPyEh/QwAAAAAAAAAAAAAAAAAAAAAISIgA/0TIQcgBP0TIQggBf0TIQkgACACQXxxQQJ0aiEGAkADQCAAIAZPDQEgAP0ABAAhCiAKIBX96wEhDSANIBYgF/2FAiEOIA4gF/3lASEPIA8gGCAPIBkgDf2FAv2FAiEQIBAgEP3mASERIBEgESAQIBogG/2FAiAQIBwgHf2FAv2FAiAQ/YUCIRIgDiAe/a4BQRf9qwEhEyATIBIgEyAf/eUB/YUCIRQgICAK/eYBICEgFP3mASAKICL9RP1SIQwgASAM/QsEACAAQRBqIQAgAUEQaiEBDAALCyAAIAJBA3FBAnRqIQYCQANAIAAgBk8NASAA/QkCACEKIAogFf3rASENIA0gFiAX/YUCIQ4gDiAX/eUBIQ8gDyAYIA8gGSAN/YUC/YUCIRAgECAQ/eYBIREgESARIBAgGiAb/YUCIBAgHCAd/YUC/YUCIBD9hQIhEiAOIB79rgFBF/2rASETIBMgEiATIB/95QH9hQIhFCAgIAr95gEgISAU/eYBIAogIv1E/VIhDCABIAz9WgIAACAAQQRqIQAgAUEEaiEBDAALCwu/AwIBfwx7/QxffYY/X32GP199hj9ffYY/IRH9DGYJ4T9mCeE/ZgnhP2YJ4T8hEv0MAAAAAAAAAAAAAAAAAAAAACETIAT9EyEIIAX9EyEJIAb9EyEKIAAgA0F4cUECdGohByAAIAdJBEADQCAA/QAEACELIAH9AAQAIQwgAP0ABBAhDiAB/QAEECEPIBEgDP3mASAMIAsgEv3kAf3mASALIBP9RP1SIQ0gESAP/eYBIA8gDiAS/eQB/eYBIA4gE/1E/VIhECACIA39CwQAIAIgEP0LBBAgAEEgaiEAIAFBIGohASACQSBqIQIgACAHSQ0ACwsgACADQQRxQQJ0aiEHAkADQCAAIAdPDQEgAP0ABAAhCyAB/QAEACEMIBEgDP3mASAMIAsgEv3kAf3mASALIBP9RP1SIQ0gAiAN/QsEACAAQRBqIQAgAUEQaiEBIAJBEGohAgwACwsgACADQQNxQQJ0aiEHAkADQCAAIAdPDQEgAP0JAgAhCyAB/QkCACEMIBEgDP3mASAMIAsgEv3kAf3mASALIBP9RP1SIQ0gAiAN/VoCAAAgAEEEaiEAIAFBBGohASACQQRqIQIMAAsLC7sFAgF/HXv9DAAAAIAAAACAAAAAgAAAAIAhF/0MmpmuwpqZrsKama7CmpmuwiEY/Qw7qrg/O6q4PzuquD87qrg/IRn9DAAAQEsAAEBLAABASwAAQEshGv0Mg4BeOYOAXjmDgF45g4BeOSEb/QwAgDG/AIAxvwCAMb8AgDG/IRz9DGwxCDxsMQg8bDEIPGwxCDwhHf0M+5QrPfuUKz37lCs9+5QrPSEe/QzXqyo+16sqPterKj7Xqyo+IR/9DP7+/z7+/v8+/v7/Pv7+/z4hIP0MfwDAtH8AwLR/AMC0fwDAtCEh/QwAAIA/AACAPwAAgD8AAIA/ISL9DAAAAAAAAAAAAAAAAAAAAAAhIyAD/RMhByAE/RMhCCAF/RMhCSAAIAJBfHFBAnRqIQYCQANAIAAgBk8NASAA/QAEACEKIAogF/1QIBj96wEhDSANIBkgGv2FAiEOIA4gGv3lASEPIA8gGyAPIBwgDf2FAv2FAiEQIBAgEP3mASERIBEgESAQIB0gHv2FAiAQIB8gIP2FAv2FAiAQ/YUCIRIgDiAh/a4BQRf9qwEhEyATIBIgE/2FAiEUICIgFP3kASEVICIgFCAKICP9Rv1SIBX95wEhFiAWIQwgASAM/QsEACAAQRBqIQAgAUEQaiEBDAALCyAAIAJBA3FBAnRqIQYCQANAIAAgBk8NASAA/QkCACEKIAogF/1QIBj96wEhDSANIBkgGv2FAiEOIA4gGv3lASEPIA8gGyAPIBwgDf2FAv2FAiEQIBAgEP3mASERIBEgESAQIB0gHv2FAiAQIB8gIP2FAv2FAiAQ/YUCIRIgDiAh/a4BQRf9qwEhEyATIBIgE/2FAiEUICIgFP3kASEVICIgFCAKICP9Rv1SIBX95wEhFiAWIQwgASAM/VoCAAAgAEEEaiEAIAFBBGohAQwACwsL7wICAX8Ke/0MAACAPwAAgD8AAIA/AACAPyERIAT9EyEIIAX9EyEJIAb9EyEKIAAgA0F4cUECdGohByAAIAdJBEADQCAA/QAEACELIAH9AAQAIQwgAP0ABBAhDiAB/QAEECEPIAwgC/3mASARIAv95QH95gEhDSAPIA795gEgESAO/eUB/eYBIRAgAiAN/QsEACACIBD9CwQQIABBIGohACABQSBqIQEgAkEgaiECIAAgB0kNAAsLIAAgA0EEcUECdGohBwJAA0AgACAHTw0BIAD9AAQAIQsgAf0ABAAhDCAMIAv95gEgESAL/eUB/eYBIQ0gAiAN/QsEACAAQRBqIQAgAUEQaiEBIAJBEGohAgwACwsgACADQQNxQQJ0aiEHAkADQCAAIAdPDQEgAP0JAgAhCyAB/QkCACEMIAwgC/3mASARIAv95QH95gEhDSACIA39WgIAACAAQQRqIQAgAUEEaiEBIAJBBGohAgwACwsL2QUCAX8ce/0MAAAAwAAAAMAAAADAAAAAwCEV/Qyama7CmpmuwpqZrsKama7CIRb9DDuquD87qrg/O6q4PzuquD8hF/0MAABASwAAQEsAAEBLAABASyEY/QyDgF45g4BeOYOAXjmDgF45IRn9DACAMb8AgDG/AIAxvwCAMb8hGv0MbDEIPGwxCDxsMQg8bDEIPCEb/Qz7lCs9+5QrPfuUKz37lCs9IRz9DNerKj7Xqyo+16sqPterKj4hHf0M/v7/Pv7+/z7+/v8+/v7/PiEe/Qx/AMC0fwDAtH8AwLR/AMC0IR/9DAAAgD8AAIA/AACAPwAAgD8hIP0MAAAAQAAAAEAAAABAAAAAQCEh/QwAAACAAAAAgAAAAIAAAACAISIgA/0TIQcgBP0TIQggBf0TIQkgACACQXxxQQJ0aiEGAkADQCAAIAZPDQEgAP0ABAAhCiAVIAr94AH95gEgFv3rASENIA0gFyAY/YUCIQ4gDiAY/eUBIQ8gDyAZIA8gGiAN/YUC/YUCIRAgECAQ/eYBIREgESARIBAgGyAc/YUCIBAgHSAe/YUC/YUCIBD9hQIhEiAOIB/9rgFBF/2rASETIBMgEiATICD95QH9hQIhFCAU/eEBICEgFP3kAf3nAf3gASAKICL9Tv1QIQwgASAM/QsEACAAQRBqIQAgAUEQaiEBDAALCyAAIAJBA3FBAnRqIQYCQANAIAAgBk8NASAA/QkCACEKIBUgCv3gAf3mASAW/esBIQ0gDSAXIBj9hQIhDiAOIBj95QEhDyAPIBkgDyAaIA39hQL9hQIhECAQIBD95gEhESARIBEgECAbIBz9hQIgECAdIB79hQL9hQIgEP2FAiESIA4gH/2uAUEX/asBIRMgEyASIBMgIP3lAf2FAiEUIBT94QEgISAU/eQB/ecB/eABIAogIv1O/VAhDCABIAz9WgIAACAAQQRqIQAgAUEEaiEBDAALCwvvAgIBfwp7/QwAAIA/AACAPwAAgD8AAIA/IREgBP0TIQggBf0TIQkgBv0TIQogACADQXhxQQJ0aiEHIAAgB0kEQANAIAD9AAQAIQsgAf0ABAAhDCAA/QAEECEOIAH9AAQQIQ8gDCARIAsgC/3mAf3lAf3mASENIA8gESAOIA795gH95QH95gEhECACIA39CwQAIAIgEP0LBBAgAEEgaiEAIAFBIGohASACQSBqIQIgACAHSQ0ACwsgACADQQRxQQJ0aiEHAkADQCAAIAdPDQEgAP0ABAAhCyAB/QAEACEMIAwgESALIAv95gH95QH95gEhDSACIA39CwQAIABBEGohACABQRBqIQEgAkEQaiECDAALCyAAIANBA3FBAnRqIQcCQANAIAAgB08NASAA/QkCACELIAH9CQIAIQwgDCARIAsgC/3mAf3lAf3mASENIAIgDf1aAgAAIABBBGohACABQQRqIQEgAkEEaiECDAALCwvdBQIBfx17/QwAAACAAAAAgAAAAIAAAACAIRf9DJqZrsKama7CmpmuwpqZrsIhGP0MO6q4PzuquD87qrg/O6q4PyEZ/QwAAEBLAABASwAAQEsAAEBLIRr9DIOAXjmDgF45g4BeOYOAXjkhG/0MAIAxvwCAMb8AgDG/AIAxvyEc/QxsMQg8bDEIPGwxCDxsMQg8IR39DPuUKz37lCs9+5QrPfuUKz0hHv0M16sqPterKj7Xqyo+16sqPiEf/Qz+/v8+/v7/Pv7+/z7+/v8+ISD9DH8AwLR/AMC0fwDAtH8AwLQhIf0MAACAPwAAgD8AAIA/AACAPyEi/QwAAAAAAAAAAAAAAAAAAAAAISMgA/0TIQcgBP0TIQggBf0TIQkgACACQXxxQQJ0aiEGAkADQCAAIAZPDQEgAP0ABAAhCiAKIBf9UCAY/esBIQ0gDSAZIBr9hQIhDiAOIBr95QEhDyAPIBsgDyAcIA39hQL9hQIhECAQIBD95gEhESARIBEgECAdIB79hQIgECAfICD9hQL9hQIgEP2FAiESIA4gIf2uAUEX/asBIRMgEyASIBP9hQIgCiAX/VAgGP1D/U8hFCAiIBT95AEhFSAiIBQgCiAj/Ub9UiAV/ecBIRYgCiAW/eYBIQwgASAM/QsEACAAQRBqIQAgAUEQaiEBDAALCyAAIAJBA3FBAnRqIQYCQANAIAAgBk8NASAA/QkCACEKIAogF/1QIBj96wEhDSANIBkgGv2FAiEOIA4gGv3lASEPIA8gGyAPIBwgDf2FAv2FAiEQIBAgEP3mASERIBEgESAQIB0gHv2FAiAQIB8gIP2FAv2FAiAQ/YUCIRIgDiAh/a4BQRf9qwEhEyATIBIgE/2FAiAKIBf9UCAY/UP9TyEUICIgFP3kASEVICIgFCAKICP9Rv1SIBX95wEhFiAKIBb95gEhDCABIAz9WgIAACAAQQRqIQAgAUEEaiEBDAALCwurBgIBfx57/QwAAACAAAAAgAAAAIAAAACAIRn9DJqZrsKama7CmpmuwpqZrsIhGv0MO6q4PzuquD87qrg/O6q4PyEb/QwAAEBLAABASwAAQEsAAEBLIRz9DIOAXjmDgF45g4BeOYOAXjkhHf0MAIAxvwCAMb8AgDG/AIAxvyEe/QxsMQg8bDEIPGwxCDxsMQg8IR/9DPuUKz37lCs9+5QrPfuUKz0hIP0M16sqPterKj7Xqyo+16sqPiEh/Qz+/v8+/v7/Pv7+/z7+/v8+ISL9DH8AwLR/AMC0fwDAtH8AwLQhI/0MAACAPwAAgD8AAIA/AACAPyEk/QwAAAAAAAAAAAAAAAAAAAAAISUgBP0TIQggBf0TIQkgBv0TIQogACADQXxxQQJ0aiEHAkADQCAAIAdPDQEgAP0ABAAhCyAB/QAEACEMIAsgGf1QIBr96wEhDiAOIBsgHP2FAiEPIA8gHP3lASEQIBAgHSAQIB4gDv2FAv2FAiERIBEgEf3mASESIBIgEiARIB8gIP2FAiARICEgIv2FAv2FAiAR/YUCIRMgDyAj/a4BQRf9qwEhFCAUIBMgFP2FAiALIBn9UCAa/UP9TyEVICQgFf3kASEWICQgFSALICX9Rv1SIBb95wEhFyAVIBYgFv3mAf3nASEYIAwgFyALIBj95gH95AH95gEhDSACIA39CwQAIABBEGohACABQRBqIQEgAkEQaiECDAALCyAAIANBA3FBAnRqIQcCQANAIAAgB08NASAA/QkCACELIAH9CQIAIQwgCyAZ/VAgGv3rASEOIA4gGyAc/YUCIQ8gDyAc/eUBIRAgECAdIBAgHiAO/YUC/YUCIREgESAR/eYBIRIgEiASIBEgHyAg/YUCIBEgISAi/YUC/YUCIBH9hQIhEyAPICP9rgFBF/2rASEUIBQgEyAU/YUCIAsgGf1QIBr9Q/1PIRUgJCAV/eQBIRYgJCAVIAsgJf1G/VIgFv3nASEXIBUgFiAW/eYB/ecBIRggDCAXIAsgGP3mAf3kAf3mASENIAIgDf1aAgAAIABBBGohACABQQRqIQEgAkEEaiECDAALCwv7BQIBfx17/QwAAACAAAAAgAAAAIAAAACAIRf9DJqZrsKama7CmpmuwpqZrsIhGP0MO6q4PzuquD87qrg/O6q4PyEZ/QwAAEBLAABASwAAQEsAAEBLIRr9DIOAXjmDgF45g4BeOYOAXjkhG/0MAIAxvwCAMb8AgDG/AIAxvyEc/QxsMQg8bDEIPGwxCDxsMQg8IR39DPuUKz37lCs9+5QrPfuUKz0hHv0M16sqPterKj7Xqyo+16sqPiEf/Qz+/v8+/v7/Pv7+/z7+/v8+ISD9DH8AwLR/AMC0fwDAtH8AwLQhIf0MAACAPwAAgD8AAIA/AACAPyEi/QwAAAAAAAAAAAAAAAAAAAAAISMgA/0TIQcgBP0TIQggBf0TIQkgACACQXxxQQJ0aiEGAkADQCAAIAZPDQEgAP0ABAAhCiAHIAr95gEgF/1QIBj96wEhDSANIBkgGv2FAiEOIA4gGv3lASEPIA8gGyAPIBwgDf2FAv2FAiEQIBAgEP3mASERIBEgESAQIB0gHv2FAiAQIB8gIP2FAv2FAiAQ/YUCIRIgDiAh/a4BQRf9qwEhEyATIBIgE/2FAiAHIAr95gEgF/1QIBj9Q/1PIRQgIiAU/eQBIRUgIiAUIAcgCv3mASAj/Ub9UiAV/ecBIRYgCiAW/eYBIQwgASAM/QsEACAAQRBqIQAgAUEQaiEBDAALCyAAIAJBA3FBAnRqIQYCQANAIAAgBk8NASAA/QkCACEKIAcgCv3mASAX/VAgGP3rASENIA0gGSAa/YUCIQ4gDiAa/eUBIQ8gDyAbIA8gHCAN/YUC/YUCIRAgECAQ/eYBIREgESARIBAgHSAe/YUCIBAgHyAg/YUC/YUCIBD9hQIhEiAOICH9rgFBF/2rASETIBMgEiAT/YUCIAcgCv3mASAX/VAgGP1D/U8hFCAiIBT95AEhFSAiIBQgByAK/eYBICP9Rv1SIBX95wEhFiAKIBb95gEhDCABIAz9WgIAACAAQQRqIQAgAUEEaiEBDAALCwu9BgIBfx97/QwAAACAAAAAgAAAAIAAAACAIRr9DJqZrsKama7CmpmuwpqZrsIhG/0MO6q4PzuquD87qrg/O6q4PyEc/QwAAEBLAABASwAAQEsAAEBLIR39DIOAXjmDgF45g4BeOYOAXjkhHv0MAIAxvwCAMb8AgDG/AIAxvyEf/QxsMQg8bDEIPGwxCDxsMQg8ISD9DPuUKz37lCs9+5QrPfuUKz0hIf0M16sqPterKj7Xqyo+16sqPiEi/Qz+/v8+/v7/Pv7+/z7+/v8+ISP9DH8AwLR/AMC0fwDAtH8AwLQhJP0MAACAPwAAgD8AAIA/AACAPyEl/QwAAAAAAAAAAAAAAAAAAAAAISYgBP0TIQggBf0TIQkgBv0TIQogACADQXxxQQJ0aiEHAkADQCAAIAdPDQEgAP0ABAAhCyAB/QAEACEMIAggC/3mASEOIA4gGv1QIBv96wEhDyAPIBwgHf2FAiEQIBAgHf3lASERIBEgHiARIB8gD/2FAv2FAiESIBIgEv3mASETIBMgEyASICAgIf2FAiASICIgI/2FAv2FAiAS/YUCIRQgECAk/a4BQRf9qwEhFSAVIBQgFf2FAiAOIBr9UCAb/UP9TyEWICUgFv3kASEXICUgFiAOICb9Rv1SIBf95wEhGCAWIBcgF/3mAf3nASEZIAwgGCAOIBn95gH95AH95gEhDSACIA39CwQAIABBEGohACABQRBqIQEgAkEQaiECDAALCyAAIANBA3FBAnRqIQcCQANAIAAgB08NASAA/QkCACELIAH9CQIAIQwgCCAL/eYBIQ4gDiAa/VAgG/3rASEPIA8gHCAd/YUCIRAgECAd/eUBIREgESAeIBEgHyAP/YUC/YUCIRIgEiAS/eYBIRMgEyATIBIgICAh/YUCIBIgIiAj/YUC/YUCIBL9hQIhFCAQICT9rgFBF/2rASEVIBUgFCAV/YUCIA4gGv1QIBv9Q/1PIRYgJSAW/eQBIRcgJSAWIA4gJv1G/VIgF/3nASEYIBYgFyAX/eYB/ecBIRkgDCAYIA4gGf3mAf3kAf3mASENIAIgDf1aAgAAIABBBGohACABQQRqIQEgAkEEaiECDAALCwu9CAIBfyd7/QwAAACAAAAAgAAAAIAAAACAIRn9DJqZrsKama7CmpmuwpqZrsIhGv0MO6q4PzuquD87qrg/O6q4PyEb/QwAAEBLAABASwAAQEsAAEBLIRz9DIOAXjmDgF45g4BeOYOAXjkhHf0MAIAxvwCAMb8AgDG/AIAxvyEe/QxsMQg8bDEIPGwxCDxsMQg8IR/9DPuUKz37lCs9+5QrPfuUKz0hIP0M16sqPterKj7Xqyo+16sqPiEh/Qz+/v8+/v7/Pv7+/z7+/v8+ISL9DH8AwLR/AMC0fwDAtH8AwLQhI/0MAAAAQAAAAEAAAABAAAAAQCEk/QyJiIg9iYiIPYmIiD2JiIg9ISX9DNmJnT3ZiZ092YmdPdmJnT0hJv0MjC66PYwuuj2MLro9jC66PSEn/Qw5juM9OY7jPTmO4z05juM9ISj9DCVJEj4lSRI+JUkSPiVJEj4hKf0MzcxMPs3MTD7NzEw+zcxMPiEq/Qyrqqo+q6qqPquqqj6rqqo+ISv9DAAAgD8AAIA/AACAPwAAgD8hLP0MAAAAAAAAAAAAAAAAAAAAACEtIAP9EyEHIAT9EyEIIAX9EyEJIAAgAkF8cUECdGohBgJAA0AgACAGTw0BIAD9AAQAIQogByAK/eYBIQ0gDSAZ/VAgGv3rASEOIA4gGyAc/YUCIQ8gDyAc/eUBIRAgECAdIBAgHiAO/YUC/YUCIREgESAR/eYBIRIgEiASIBEgHyAg/YUCIBEgISAi/YUC/YUCIBH9hQIhEyAPICP9rgFBF/2rASEUIBQgEyAU/YUCIRUgFSAkIBX95AH95wEhFiAWIBb95gEhFyAkIBb95gEgJSAX/eYBICb95AEgF/3mASAn/eQBIBf95gEgKP3kASAX/eYBICn95AEgF/3mASAq/eQBIBf95gEgK/3kASAX/eYBICz95AH95gEhGCAKIA0gLf3pASAY/eQBIAn95gEgDSAI/UT9UiEMIAEgDP0LBAAgAEEQaiEAIAFBEGohAQwACwsgACACQQNxQQJ0aiEGAkADQCAAIAZPDQEgAP0JAgAhCiAHIAr95gEhDSANIBn9UCAa/esBIQ4gDiAbIBz9hQIhDyAPIBz95QEhECAQIB0gECAeIA79hQL9hQIhESARIBH95gEhEiASIBIgESAfICD9hQIgESAhICL9hQL9hQIgEf2FAiETIA8gI/2uAUEX/asBIRQgFCATIBT9hQIhFSAVICQgFf3kAf3nASEWIBYgFv3mASEXICQgFv3mASAlIBf95gEgJv3kASAX/eYBICf95AEgF/3mASAo/eQBIBf95gEgKf3kASAX/eYBICr95AEgF/3mASAr/eQBIBf95gEgLP3kAf3mASEYIAogDSAt/ekBIBj95AEgCf3mASANIAj9RP1SIQwgASAM/VoCAAAgAEEEaiEAIAFBBGohAQwACwsLoQYCAX8ee/0MAAAAgAAAAIAAAACAAAAAgCEZ/Qyama7CmpmuwpqZrsKama7CIRr9DDuquD87qrg/O6q4PzuquD8hG/0MAABASwAAQEsAAEBLAABASyEc/QyDgF45g4BeOYOAXjmDgF45IR39DACAMb8AgDG/AIAxvwCAMb8hHv0MbDEIPGwxCDxsMQg8bDEIPCEf/Qz7lCs9+5QrPfuUKz37lCs9ISD9DNerKj7Xqyo+16sqPterKj4hIf0M/v7/Pv7+/z7+/v8+/v7/PiEi/Qx/AMC0fwDAtH8AwLR/AMC0ISP9DAAAgD8AAIA/AACAPwAAgD8hJP0MAAAAAAAAAAAAAAAAAAAAACElIAT9EyEIIAX9EyEJIAb9EyEKIAAgA0F8cUECdGohBwJAA0AgACAHTw0BIAD9AAQAIQsgAf0ABAAhDCAIIAv95gEhDiAOIBn9UCAa/esBIQ8gDyAbIBz9hQIhECAQIBz95QEhESARIB0gESAeIA/9hQL9hQIhEiASIBL95gEhEyATIBMgEiAfICD9hQIgEiAhICL9hQL9hQIgEv2FAiEUIBAgI/2uAUEX/asBIRUgFSAUIBX9hQIgDiAZ/VAgGv1D/U8hFiAkIBb95AEhFyAkIBYgDiAl/Ub9UiAX/ecBIRggDCAMIBj95gEgDiAJ/UT9UiENIAIgDf0LBAAgAEEQaiEAIAFBEGohASACQRBqIQIMAAsLIAAgA0EDcUECdGohBwJAA0AgACAHTw0BIAD9CQIAIQsgAf0JAgAhDCAIIAv95gEhDiAOIBn9UCAa/esBIQ8gDyAbIBz9hQIhECAQIBz95QEhESARIB0gESAeIA/9hQL9hQIhEiASIBL95gEhEyATIBMgEiAfICD9hQIgEiAhICL9hQL9hQIgEv2FAiEUIBAgI/2uAUEX/asBIRUgFSAUIBX9hQIgDiAZ/VAgGv1D/U8hFiAkIBb95AEhFyAkIBYgDiAl/Ub9UiAX/ecBIRggDCAMIBj95gEgDiAJ/UT9UiENIAIgDf1aAgAAIABBBGohACABQQRqIQEgAkEEaiECDAALCwunCwIBfyx7/QzzBDU/8wQ1P/MENT/zBDU/IRr9DAAAgD8AAIA/AACAPwAAgD8hG/0MAAAAPwAAAD8AAAA/AAAAPyEc/QxF+S4+RfkuPkX5Lj5F+S4+IR39DJJ4Ur+SeFK/knhSv5J4Ur8hHv0MsIe+P7CHvj+wh74/sIe+PyEf/QxdTpG/XU6Rv11Okb9dTpG/ISD9DMzHjj7Mx44+zMeOPszHjj4hIf0MTMI+vkzCPr5Mwj6+TMI+viEi/QzJNsY9yTbGPck2xj3JNsY9ISP9DPuIvz77iL8++4i/PvuIvz4hJP0MxwCAP8cAgD/HAIA/xwCAPyEl/QxO/KG/Tvyhv078ob9O/KG/ISb9DJqZrsKama7CmpmuwpqZrsIhJ/0MmpmwQpqZsEKambBCmpmwQiEo/Qw7qrg/O6q4PzuquD87qrg/ISn9DAAAQEsAAEBLAABASwAAQEshKv0Mg4BeOYOAXjmDgF45g4BeOSEr/QwAgDG/AIAxvwCAMb8AgDG/ISz9DGwxCDxsMQg8bDEIPGwxCDwhLf0M+5QrPfuUKz37lCs9+5QrPSEu/QzXqyo+16sqPterKj7Xqyo+IS/9DP7+/z7+/v8+/v7/Pv7+/z4hMP0MfwDAtH8AwLR/AMC0fwDAtCEx/QwAAAAAAAAAAAAAAAAAAAAAITIgA/0TIQcgBP0TIQggBf0TIQkgACACQXxxQQJ0aiEGAkADQCAAIAZPDQEgAP0ABAAhCiAK/eABIBr95gEhDSAbIBsgHCAN/eYB/eQB/ecBIQ4gHSAO/eYBIB795AEgDv3mASAf/eQBIA795gEgIP3kASAO/eYBICH95AEgDv3mASAi/eQBIA795gEgI/3kASAO/eYBICT95AEgDv3mASAl/eQBIA795gEgJv3kASANIA395gH95QEgJ/3rASAo/eoBIQ8gDyApICr9hQIhECAQICr95QEhESARICsgESAsIA/9hQL9hQIhEiASIBL95gEhEyATIBMgEiAtIC79hQIgEiAvIDD9hQL9hQIgEv2FAiEUIBAgMf2uAUEX/asBIRUgFSAUIBX9hQIgHSAO/eYBIB795AEgDv3mASAf/eQBIA795gEgIP3kASAO/eYBICH95AEgDv3mASAi/eQBIA795gEgI/3kASAO/eYBICT95AEgDv3mASAl/eQBIA795gEgJv3kASANIA395gH95QEgJ/1D/U8hFiAOIBb95gEhFyAcIBf95gEhGCAbIBj95QEgGCAKIDL9Rv1SIRkgCiAZ/eYBIQwgASAM/QsEACAAQRBqIQAgAUEQaiEBDAALCyAAIAJBA3FBAnRqIQYCQANAIAAgBk8NASAA/QkCACEKIAr94AEgGv3mASENIBsgGyAcIA395gH95AH95wEhDiAdIA795gEgHv3kASAO/eYBIB/95AEgDv3mASAg/eQBIA795gEgIf3kASAO/eYBICL95AEgDv3mASAj/eQBIA795gEgJP3kASAO/eYBICX95AEgDv3mASAm/eQBIA0gDf3mAf3lASAn/esBICj96gEhDyAPICkgKv2FAiEQIBAgKv3lASERIBEgKyARICwgD/2FAv2FAiESIBIgEv3mASETIBMgEyASIC0gLv2FAiASIC8gMP2FAv2FAiAS/YUCIRQgECAx/a4BQRf9qwEhFSAVIBQgFf2FAiAdIA795gEgHv3kASAO/eYBIB/95AEgDv3mASAg/eQBIA795gEgIf3kASAO/eYBICL95AEgDv3mASAj/eQBIA795gEgJP3kASAO/eYBICX95AEgDv3mASAm/eQBIA0gDf3mAf3lASAn/UP9TyEWIA4gFv3mASEXIBwgF/3mASEYIBsgGP3lASAYIAogMv1G/VIhGSAKIBn95gEhDCABIAz9WgIAACAAQQRqIQAgAUEEaiEBDAALCwuvDgIBfzZ7/QwAAAC/AAAAvwAAAL8AAAC/ISP9DJqZrsKama7CmpmuwpqZrsIhJP0MmpmwQpqZsEKambBCmpmwQiEl/Qw7qrg/O6q4PzuquD87qrg/ISb9DAAAQEsAAEBLAABASwAAQEshJ/0Mg4BeOYOAXjmDgF45g4BeOSEo/QwAgDG/AIAxvwCAMb8AgDG/ISn9DGwxCDxsMQg8bDEIPGwxCDwhKv0M+5QrPfuUKz37lCs9+5QrPSEr/QzXqyo+16sqPterKj7Xqyo+ISz9DP7+/z7+/v8+/v7/Pv7+/z4hLf0MfwDAtH8AwLR/AMC0fwDAtCEu/QzzBDU/8wQ1P/MENT/zBDU/IS/9DAAAgD8AAIA/AACAPwAAgD8hMP0MAAAAPwAAAD8AAAA/AAAAPyEx/QxF+S4+RfkuPkX5Lj5F+S4+ITL9DJJ4Ur+SeFK/knhSv5J4Ur8hM/0MsIe+P7CHvj+wh74/sIe+PyE0/QxdTpG/XU6Rv11Okb9dTpG/ITX9DMzHjj7Mx44+zMeOPszHjj4hNv0MTMI+vkzCPr5Mwj6+TMI+viE3/QzJNsY9yTbGPck2xj3JNsY9ITj9DPuIvz77iL8++4i/PvuIvz4hOf0MxwCAP8cAgD/HAIA/xwCAPyE6/QxO/KG/Tvyhv078ob9O/KG/ITv9DAAAAAAAAAAAAAAAAAAAAAAhPP0MKkLMPipCzD4qQsw+KkLMPiE9IAT9EyEIIAX9EyEJIAb9EyEKIAAgA0F8cUECdGohBwJAA0AgACAHTw0BIAD9AAQAIQsgAf0ABAAhDCAjIAsgC/3mAf3mASAk/esBICX96gEhDiAOICYgJ/2FAiEPIA8gJ/3lASEQIBAgKCAQICkgDv2FAv2FAiERIBEgEf3mASESIBIgEiARICogK/2FAiARICwgLf2FAv2FAiAR/YUCIRMgDyAu/a4BQRf9qwEhFCAUIBMgFP2FAiAjIAsgC/3mAf3mASAk/UP9TyEVIAv94AEgL/3mASEWIDAgMCAxIBb95gH95AH95wEhFyAyIBf95gEgM/3kASAX/eYBIDT95AEgF/3mASA1/eQBIBf95gEgNv3kASAX/eYBIDf95AEgF/3mASA4/eQBIBf95gEgOf3kASAX/eYBIDr95AEgF/3mASA7/eQBIBYgFv3mAf3lASAk/esBICX96gEhGCAYICYgJ/2FAiEZIBkgJ/3lASEaIBogKCAaICkgGP2FAv2FAiEbIBsgG/3mASEcIBwgHCAbICogK/2FAiAbICwgLf2FAv2FAiAb/YUCIR0gGSAu/a4BQRf9qwEhHiAeIB0gHv2FAiAyIBf95gEgM/3kASAX/eYBIDT95AEgF/3mASA1/eQBIBf95gEgNv3kASAX/eYBIDf95AEgF/3mASA4/eQBIBf95gEgOf3kASAX/eYBIDr95AEgF/3mASA7/eQBIBYgFv3mAf3lASAk/UP9TyEfIBcgH/3mASEgIDEgIP3mASEhIDAgIf3lASAhIAsgPP1G/VIhIiAMICIgCyA9IBX95gH95gH95AH95gEhDSACIA39CwQAIABBEGohACABQRBqIQEgAkEQaiECDAALCyAAIANBA3FBAnRqIQcCQANAIAAgB08NASAA/QkCACELIAH9CQIAIQwgIyALIAv95gH95gEgJP3rASAl/eoBIQ4gDiAmICf9hQIhDyAPICf95QEhECAQICggECApIA79hQL9hQIhESARIBH95gEhEiASIBIgESAqICv9hQIgESAsIC39hQL9hQIgEf2FAiETIA8gLv2uAUEX/asBIRQgFCATIBT9hQIgIyALIAv95gH95gEgJP1D/U8hFSAL/eABIC/95gEhFiAwIDAgMSAW/eYB/eQB/ecBIRcgMiAX/eYBIDP95AEgF/3mASA0/eQBIBf95gEgNf3kASAX/eYBIDb95AEgF/3mASA3/eQBIBf95gEgOP3kASAX/eYBIDn95AEgF/3mASA6/eQBIBf95gEgO/3kASAWIBb95gH95QEgJP3rASAl/eoBIRggGCAmICf9hQIhGSAZICf95QEhGiAaICggGiApIBj9hQL9hQIhGyAbIBv95gEhHCAcIBwgGyAqICv9hQIgGyAsIC39hQL9hQIgG/2FAiEdIBkgLv2uAUEX/asBIR4gHiAdIB79hQIgMiAX/eYBIDP95AEgF/3mASA0/eQBIBf95gEgNf3kASAX/eYBIDb95AEgF/3mASA3/eQBIBf95gEgOP3kASAX/eYBIDn95AEgF/3mASA6/eQBIBf95gEgO/3kASAWIBb95gH95QEgJP1D/U8hHyAXIB/95gEhICAxICD95gEhISAwICH95QEgISALIDz9Rv1SISIgDCAiIAsgPSAV/eYB/eYB/eQB/eYBIQ0gAiAN/VoCAAAgAEEEaiEAIAFBBGohASACQQRqIQIMAAsLC78GAgF/IHv9DCpCzD8qQsw/KkLMPypCzD8hGP0MEyc3PRMnNz0TJzc9Eyc3PSEZ/QwAAACAAAAAgAAAAIAAAACAIRr9DJqZrsKama7CmpmuwpqZrsIhG/0MO6q4PzuquD87qrg/O6q4PyEc/QwAAEBLAABASwAAQEsAAEBLIR39DIOAXjmDgF45g4BeOYOAXjkhHv0MAIAxvwCAMb8AgDG/AIAxvyEf/QxsMQg8bDEIPGwxCDxsMQg8ISD9DPuUKz37lCs9+5QrPfuUKz0hIf0M16sqPterKj7Xqyo+16sqPiEi/Qz+/v8+/v7/Pv7+/z7+/v8+ISP9DH8AwLR/AMC0fwDAtH8AwLQhJP0MAACAPwAAgD8AAIA/AACAPyEl/QwAAAAAAAAAAAAAAAAAAAAAISYgA/0TIQcgBP0TIQggBf0TIQkgACACQXxxQQJ0aiEGAkADQCAAIAZPDQEgAP0ABAAhCiAYIAogGSAKIAogCv3mAf3mAf3mAf3kAf3mASENIA0gGv1QIBv96wEhDiAOIBwgHf2FAiEPIA8gHf3lASEQIBAgHiAQIB8gDv2FAv2FAiERIBEgEf3mASESIBIgEiARICAgIf2FAiARICIgI/2FAv2FAiAR/YUCIRMgDyAk/a4BQRf9qwEhFCAUIBMgFP2FAiANIBr9UCAb/UP9TyEVICUgFf3kASEWICUgFSANICb9Rv1SIBb95wEhFyAKIBf95gEhDCABIAz9CwQAIABBEGohACABQRBqIQEMAAsLIAAgAkEDcUECdGohBgJAA0AgACAGTw0BIAD9CQIAIQogGCAKIBkgCiAKIAr95gH95gH95gH95AH95gEhDSANIBr9UCAb/esBIQ4gDiAcIB39hQIhDyAPIB395QEhECAQIB4gECAfIA79hQL9hQIhESARIBH95gEhEiASIBIgESAgICH9hQIgESAiICP9hQL9hQIgEf2FAiETIA8gJP2uAUEX/asBIRQgFCATIBT9hQIgDSAa/VAgG/1D/U8hFSAlIBX95AEhFiAlIBUgDSAm/Ub9UiAW/ecBIRcgCiAX/eYBIQwgASAM/VoCAAAgAEEEaiEAIAFBBGohAQwACwsLhQgCAX8ke/0MKkLMPypCzD8qQsw/KkLMPyEa/QwTJzc9Eyc3PRMnNz0TJzc9IRv9DAAAAIAAAACAAAAAgAAAAIAhHP0MmpmuwpqZrsKama7CmpmuwiEd/Qw7qrg/O6q4PzuquD87qrg/IR79DAAAQEsAAEBLAABASwAAQEshH/0Mg4BeOYOAXjmDgF45g4BeOSEg/QwAgDG/AIAxvwCAMb8AgDG/ISH9DGwxCDxsMQg8bDEIPGwxCDwhIv0M+5QrPfuUKz37lCs9+5QrPSEj/QzXqyo+16sqPterKj7Xqyo+IST9DP7+/z7+/v8+/v7/Pv7+/z4hJf0MfwDAtH8AwLR/AMC0fwDAtCEm/QwAAIA/AACAPwAAgD8AAIA/ISf9DAAAAAAAAAAAAAAAAAAAAAAhKP0MAAAAQAAAAEAAAABAAAAAQCEp/QwqQkw/KkJMPypCTD8qQkw/ISr9DE9dCT5PXQk+T10JPk9dCT4hKyAE/RMhCCAF/RMhCSAG/RMhCiAAIANBfHFBAnRqIQcCQANAIAAgB08NASAA/QAEACELIAH9AAQAIQwgGiALIBsgCyALIAv95gH95gH95gH95AH95gEhDiAOIBz9UCAd/esBIQ8gDyAeIB/9hQIhECAQIB/95QEhESARICAgESAhIA/9hQL9hQIhEiASIBL95gEhEyATIBMgEiAiICP9hQIgEiAkICX9hQL9hQIgEv2FAiEUIBAgJv2uAUEX/asBIRUgFSAUIBX9hQIgDiAc/VAgHf1D/U8hFiAnIBb95AEhFyAnIBYgDiAo/Ub9UiAX/ecBIRggFiAXIBf95gH95wEhGSAMIBggKSAL/eYBIBkgKiAnICsgCyAL/eYB/eYB/eQB/eYB/eYB/eYB/eQB/eYBIQ0gAiAN/QsEACAAQRBqIQAgAUEQaiEBIAJBEGohAgwACwsgACADQQNxQQJ0aiEHAkADQCAAIAdPDQEgAP0JAgAhCyAB/QkCACEMIBogCyAbIAsgCyAL/eYB/eYB/eYB/eQB/eYBIQ4gDiAc/VAgHf3rASEPIA8gHiAf/YUCIRAgECAf/eUBIREgESAgIBEgISAP/YUC/YUCIRIgEiAS/eYBIRMgEyATIBIgIiAj/YUCIBIgJCAl/YUC/YUCIBL9hQIhFCAQICb9rgFBF/2rASEVIBUgFCAV/YUCIA4gHP1QIB39Q/1PIRYgJyAW/eQBIRcgJyAWIA4gKP1G/VIgF/3nASEYIBYgFyAX/eYB/ecBIRkgDCAYICkgC/3mASAZICogJyArIAsgC/3mAf3mAf3kAf3mAf3mAf3mAf3kAf3mASENIAIgDf1aAgAAIABBBGohACABQQRqIQEgAkEEaiECDAALCwvjBQIBfxx7/QwAAKBBAACgQQAAoEEAAKBBIRb9DJqZrsKama7CmpmuwpqZrsIhF/0MmpmwQpqZsEKambBCmpmwQiEY/Qw7qrg/O6q4PzuquD87qrg/IRn9DAAAQEsAAEBLAABASwAAQEshGv0Mg4BeOYOAXjmDgF45g4BeOSEb/QwAgDG/AIAxvwCAMb8AgDG/IRz9DGwxCDxsMQg8bDEIPGwxCDwhHf0M+5QrPfuUKz37lCs9+5QrPSEe/QzXqyo+16sqPterKj7Xqyo+IR/9DP7+/z7+/v8+/v7/Pv7+/z4hIP0MfwDAtH8AwLR/AMC0fwDAtCEh/QwAAABAAAAAQAAAAEAAAABAISIgA/0TIQcgBP0TIQggBf0TIQkgACACQXxxQQJ0aiEGAkADQCAAIAZPDQEgAP0ABAAhCiAKIBb96gEgF/3rASAY/eoBIQ0gDSAZIBr9hQIhDiAOIBr95QEhDyAPIBsgDyAcIA39hQL9hQIhECAQIBD95gEhESARIBEgECAdIB79hQIgECAfICD9hQL9hQIgEP2FAiESIA4gIf2uAUEX/asBIRMgEyASIBP9hQIgCiAW/eoBIBf9Q/1PIRQgFCAUICL95AH95gEhFSAKIBUgFSAi/eQB/ecB/eYBIQwgASAM/QsEACAAQRBqIQAgAUEQaiEBDAALCyAAIAJBA3FBAnRqIQYCQANAIAAgBk8NASAA/QkCACEKIAogFv3qASAX/esBIBj96gEhDSANIBkgGv2FAiEOIA4gGv3lASEPIA8gGyAPIBwgDf2FAv2FAiEQIBAgEP3mASERIBEgESAQIB0gHv2FAiAQIB8gIP2FAv2FAiAQ/YUCIRIgDiAh/a4BQRf9qwEhEyATIBIgE/2FAiAKIBb96gEgF/1D/U8hFCAUIBQgIv3kAf3mASEVIAogFSAVICL95AH95wH95gEhDCABIAz9WgIAACAAQQRqIQAgAUEEaiEBDAALCwuFBwIBfx97/QwAAKBBAACgQQAAoEEAAKBBIRn9DJqZrsKama7CmpmuwpqZrsIhGv0MmpmwQpqZsEKambBCmpmwQiEb/Qw7qrg/O6q4PzuquD87qrg/IRz9DAAAQEsAAEBLAABASwAAQEshHf0Mg4BeOYOAXjmDgF45g4BeOSEe/QwAgDG/AIAxvwCAMb8AgDG/IR/9DGwxCDxsMQg8bDEIPGwxCDwhIP0M+5QrPfuUKz37lCs9+5QrPSEh/QzXqyo+16sqPterKj7Xqyo+ISL9DP7+/z7+/v8+/v7/Pv7+/z4hI/0MfwDAtH8AwLR/AMC0fwDAtCEk/QwAAABAAAAAQAAAAEAAAABAISX9DAAAgD8AAIA/AACAPwAAgD8hJiAE/RMhCCAF/RMhCSAG/RMhCiAAIANBfHFBAnRqIQcCQANAIAAgB08NASAA/QAEACELIAH9AAQAIQwgCyAZ/eoBIBr96wEgG/3qASEOIA4gHCAd/YUCIQ8gDyAd/eUBIRAgECAeIBAgHyAO/YUC/YUCIREgESAR/eYBIRIgEiASIBEgICAh/YUCIBEgIiAj/YUC/YUCIBH9hQIhEyAPICT9rgFBF/2rASEUIBQgEyAU/YUCIAsgGf3qASAa/UP9TyEVIBUgFSAl/eQB/eYBIRYgFiAl/eQBIRcgFiAX/ecBIRggDCAYIAsgJSAX/ecBICYgGP3kAf3mASAVICYgFf3kAf3nAf3mASALIBn9RP1P/eYB/eQB/eYBIQ0gAiAN/QsEACAAQRBqIQAgAUEQaiEBIAJBEGohAgwACwsgACADQQNxQQJ0aiEHAkADQCAAIAdPDQEgAP0JAgAhCyAB/QkCACEMIAsgGf3qASAa/esBIBv96gEhDiAOIBwgHf2FAiEPIA8gHf3lASEQIBAgHiAQIB8gDv2FAv2FAiERIBEgEf3mASESIBIgEiARICAgIf2FAiARICIgI/2FAv2FAiAR/YUCIRMgDyAk/a4BQRf9qwEhFCAUIBMgFP2FAiALIBn96gEgGv1D/U8hFSAVIBUgJf3kAf3mASEWIBYgJf3kASEXIBYgF/3nASEYIAwgGCALICUgF/3nASAmIBj95AH95gEgFSAmIBX95AH95wH95gEgCyAZ/UT9T/3mAf3kAf3mASENIAIgDf1aAgAAIABBBGohACABQQRqIQEgAkEEaiECDAALCwvPBAIBfxh7/Qyama7CmpmuwpqZrsKama7CIRX9DDuquD87qrg/O6q4PzuquD8hFv0MAABASwAAQEsAAEBLAABASyEX/QyDgF45g4BeOYOAXjmDgF45IRj9DACAMb8AgDG/AIAxvwCAMb8hGf0MbDEIPGwxCDxsMQg8bDEIPCEa/Qz7lCs9+5QrPfuUKz37lCs9IRv9DNerKj7Xqyo+16sqPterKj4hHP0M/v7/Pv7+/z7+/v8+/v7/PiEd/Qx/AMC0fwDAtH8AwLR/AMC0IR4gA/0TIQcgBP0TIQggBf0TIQkgACACQXxxQQJ0aiEGAkADQCAAIAZPDQEgAP0ABAAhCiAKIBX96wEhDSANIBYgF/2FAiEOIA4gF/3lASEPIA8gGCAPIBkgDf2FAv2FAiEQIBAgEP3mASERIBEgESAQIBogG/2FAiAQIBwgHf2FAv2FAiAQ/YUCIRIgDiAe/a4BQRf9qwEhEyATIBIgE/2FAiAKIBX9Q/1PIRQgFCEMIAEgDP0LBAAgAEEQaiEAIAFBEGohAQwACwsgACACQQNxQQJ0aiEGAkADQCAAIAZPDQEgAP0JAgAhCiAKIBX96wEhDSANIBYgF/2FAiEOIA4gF/3lASEPIA8gGCAPIBkgDf2FAv2FAiEQIBAgEP3mASERIBEgESAQIBogG/2FAiAQIBwgHf2FAv2FAiAQ/YUCIRIgDiAe/a4BQRf9qwEhEyATIBIgE/2FAiAKIBX9Q/1PIRQgFCEMIAEgDP1aAgAAIABBBGohACABQQRqIQEMAAsLC70vHAF/AX0BewF9AXsBfQF7AX0BewF9AXsBfQF7AX0BewF9AXsBfQN7AX0CewF9AnsBfQJ7AX0CewF9IAa2IRIgEv0TIRMgB7YhFCAU/RMhFSAItiEWIBb9EyEXIAm2IRggGP0TIRkgC7YhGiAa/RMhGyAMtiEcIBz9EyEdIA22IR4gHv0TIR8gDyAKo7YhICAg/RMhIUQAAAAAAADwPyAPIA6ioLYhIiAi/RMhIyANRAAAAAAAAAAAYgRAIA5EAAAAAAAAAABiBEAgEARAIAAgBUF4cUECdGohESAAIBFJBEADQCAA/QAEACEkIAH9AAQAIScgJyAfICT95gH95AEhJyATIAL9AAQA/eYBIBcgJ/3mAf3kASEqIBUgA/0ABAD95gEgGSAn/eYBICf95gH95AEhLSACICr9CwQAIAMgLf0LBAAgBP0ABAAhMCAtIDAgLSAw/UT9UiEtIAQgLf0LBAAgJCAj/eYBISQgACAkICEgKv3mASAt/eMBIBv95wEgHf3kAf3nAf3kAf0LBAAgAP0ABBAhJSAB/QAEECEoICggHyAl/eYB/eQBISggEyAC/QAEEP3mASAXICj95gH95AEhKyAVIAP9AAQQ/eYBIBkgKP3mASAo/eYB/eQBIS4gAiAr/QsEECADIC79CwQQIAT9AAQQITEgLiAxIC4gMf1E/VIhLiAEIC79CwQQICUgI/3mASElIAAgJSAhICv95gEgLv3jASAb/ecBIB395AH95wH95AH9CwQQIABBIGohACABQSBqIQEgAkEgaiECIANBIGohAyAEQSBqIQQgACARSQ0ACwsgBUEEcQRAIAD9AAQAISQgAf0ABAAhJyAnIB8gJP3mAf3kASEnIBMgAv0ABAD95gEgFyAn/eYB/eQBISogFSAD/QAEAP3mASAZICf95gEgJ/3mAf3kASEtIAIgKv0LBAAgAyAt/QsEACAE/QAEACEwIC0gMCAtIDD9RP1SIS0gBCAt/QsEACAkICP95gEhJCAAICQgISAq/eYBIC394wEgG/3nASAd/eQB/ecB/eQB/QsEACAAQRBqIQAgAUEQaiEBIAJBEGohAiADQRBqIQMgBEEQaiEECyAAIAVBA3FBAnRqIREgACAFQQNxQQJ0aiERAkADQCAAIBFPDQEgACoCACEmIAEqAgAhKSApIB4gJpSSISkgEiACKgIAlCAWICmUkiEsIBQgAyoCAJQgGCAplCAplJIhLyACICw4AgAgAyAvOAIAIAQqAgAhMiAvIDIgLyAyXhshLyAEIC84AgAgJiAilCEmIAAgJiAgICyUIC+RIBqVIBySlZI4AgAgAEEEaiEAIAFBBGohASACQQRqIQIgA0EEaiEDIARBBGohBAwACwsFIAAgBUF4cUECdGohESAAIBFJBEADQCAA/QAEACEkIAH9AAQAIScgJyAfICT95gH95AEhJyATIAL9AAQA/eYBIBcgJ/3mAf3kASEqIBUgA/0ABAD95gEgGSAn/eYBICf95gH95AEhLSACICr9CwQAIAMgLf0LBAAgJCAj/eYBISQgACAkICEgKv3mASAt/eMBIBv95wEgHf3kAf3nAf3kAf0LBAAgAP0ABBAhJSAB/QAEECEoICggHyAl/eYB/eQBISggEyAC/QAEEP3mASAXICj95gH95AEhKyAVIAP9AAQQ/eYBIBkgKP3mASAo/eYB/eQBIS4gAiAr/QsEECADIC79CwQQICUgI/3mASElIAAgJSAhICv95gEgLv3jASAb/ecBIB395AH95wH95AH9CwQQIABBIGohACABQSBqIQEgAkEgaiECIANBIGohAyAEQSBqIQQgACARSQ0ACwsgBUEEcQRAIAD9AAQAISQgAf0ABAAhJyAnIB8gJP3mAf3kASEnIBMgAv0ABAD95gEgFyAn/eYB/eQBISogFSAD/QAEAP3mASAZICf95gEgJ/3mAf3kASEtIAIgKv0LBAAgAyAt/QsEACAkICP95gEhJCAAICQgISAq/eYBIC394wEgG/3nASAd/eQB/ecB/eQB/QsEACAAQRBqIQAgAUEQaiEBIAJBEGohAiADQRBqIQMgBEEQaiEECyAAIAVBA3FBAnRqIREgACAFQQNxQQJ0aiERAkADQCAAIBFPDQEgACoCACEmIAEqAgAhKSApIB4gJpSSISkgEiACKgIAlCAWICmUkiEsIBQgAyoCAJQgGCAplCAplJIhLyACICw4AgAgAyAvOAIAICYgIpQhJiAAICYgICAslCAvkSAalSAckpWSOAIAIABBBGohACABQQRqIQEgAkEEaiECIANBBGohAyAEQQRqIQQMAAsLCwUgEARAIAAgBUF4cUECdGohESAAIBFJBEADQCAA/QAEACEkIAH9AAQAIScgJyAfICT95gH95AEhJyATIAL9AAQA/eYBIBcgJ/3mAf3kASEqIBUgA/0ABAD95gEgGSAn/eYBICf95gH95AEhLSACICr9CwQAIAMgLf0LBAAgBP0ABAAhMCAtIDAgLSAw/UT9UiEtIAQgLf0LBAAgACAkICEgKv3mASAt/eMBIBv95wEgHf3kAf3nAf3kAf0LBAAgAP0ABBAhJSAB/QAEECEoICggHyAl/eYB/eQBISggEyAC/QAEEP3mASAXICj95gH95AEhKyAVIAP9AAQQ/eYBIBkgKP3mASAo/eYB/eQBIS4gAiAr/QsEECADIC79CwQQIAT9AAQQITEgLiAxIC4gMf1E/VIhLiAEIC79CwQQIAAgJSAhICv95gEgLv3jASAb/ecBIB395AH95wH95AH9CwQQIABBIGohACABQSBqIQEgAkEgaiECIANBIGohAyAEQSBqIQQgACARSQ0ACwsgBUEEcQRAIAD9AAQAISQgAf0ABAAhJyAnIB8gJP3mAf3kASEnIBMgAv0ABAD95gEgFyAn/eYB/eQBISogFSAD/QAEAP3mASAZICf95gEgJ/3mAf3kASEtIAIgKv0LBAAgAyAt/QsEACAE/QAEACEwIC0gMCAtIDD9RP1SIS0gBCAt/QsEACAAICQgISAq/eYBIC394wEgG/3nASAd/eQB/ecB/eQB/QsEACAAQRBqIQAgAUEQaiEBIAJBEGohAiADQRBqIQMgBEEQaiEECyAAIAVBA3FBAnRqIREgACAFQQNxQQJ0aiERAkADQCAAIBFPDQEgACoCACEmIAEqAgAhKSApIB4gJpSSISkgEiACKgIAlCAWICmUkiEsIBQgAyoCAJQgGCAplCAplJIhLyACICw4AgAgAyAvOAIAIAQqAgAhMiAvIDIgLyAyXhshLyAEIC84AgAgACAmICAgLJQgL5EgGpUgHJKVkjgCACAAQQRqIQAgAUEEaiEBIAJBBGohAiADQQRqIQMgBEEEaiEEDAALCwUgACAFQXhxQQJ0aiERIAAgEUkEQANAIAD9AAQAISQgAf0ABAAhJyAnIB8gJP3mAf3kASEnIBMgAv0ABAD95gEgFyAn/eYB/eQBISogFSAD/QAEAP3mASAZICf95gEgJ/3mAf3kASEtIAIgKv0LBAAgAyAt/QsEACAAICQgISAq/eYBIC394wEgG/3nASAd/eQB/ecB/eQB/QsEACAA/QAEECElIAH9AAQQISggKCAfICX95gH95AEhKCATIAL9AAQQ/eYBIBcgKP3mAf3kASErIBUgA/0ABBD95gEgGSAo/eYBICj95gH95AEhLiACICv9CwQQIAMgLv0LBBAgACAlICEgK/3mASAu/eMBIBv95wEgHf3kAf3nAf3kAf0LBBAgAEEgaiEAIAFBIGohASACQSBqIQIgA0EgaiEDIARBIGohBCAAIBFJDQALCyAFQQRxBEAgAP0ABAAhJCAB/QAEACEnICcgHyAk/eYB/eQBIScgEyAC/QAEAP3mASAXICf95gH95AEhKiAVIAP9AAQA/eYBIBkgJ/3mASAn/eYB/eQBIS0gAiAq/QsEACADIC39CwQAIAAgJCAhICr95gEgLf3jASAb/ecBIB395AH95wH95AH9CwQAIABBEGohACABQRBqIQEgAkEQaiECIANBEGohAyAEQRBqIQQLIAAgBUEDcUECdGohESAAIAVBA3FBAnRqIRECQANAIAAgEU8NASAAKgIAISYgASoCACEpICkgHiAmlJIhKSASIAIqAgCUIBYgKZSSISwgFCADKgIAlCAYICmUICmUkiEvIAIgLDgCACADIC84AgAgACAmICAgLJQgL5EgGpUgHJKVkjgCACAAQQRqIQAgAUEEaiEBIAJBBGohAiADQQRqIQMgBEEEaiEEDAALCwsLBSAORAAAAAAAAAAAYgRAIBAEQCAAIAVBeHFBAnRqIREgACARSQRAA0AgAP0ABAAhJCAB/QAEACEnIBMgAv0ABAD95gEgFyAn/eYB/eQBISogFSAD/QAEAP3mASAZICf95gEgJ/3mAf3kASEtIAIgKv0LBAAgAyAt/QsEACAE/QAEACEwIC0gMCAtIDD9RP1SIS0gBCAt/QsEACAkICP95gEhJCAAICQgISAq/eYBIC394wEgG/3nASAd/eQB/ecB/eQB/QsEACAA/QAEECElIAH9AAQQISggEyAC/QAEEP3mASAXICj95gH95AEhKyAVIAP9AAQQ/eYBIBkgKP3mASAo/eYB/eQBIS4gAiAr/QsEECADIC79CwQQIAT9AAQQITEgLiAxIC4gMf1E/VIhLiAEIC79CwQQICUgI/3mASElIAAgJSAhICv95gEgLv3jASAb/ecBIB395AH95wH95AH9CwQQIABBIGohACABQSBqIQEgAkEgaiECIANBIGohAyAEQSBqIQQgACARSQ0ACwsgBUEEcQRAIAD9AAQAISQgAf0ABAAhJyATIAL9AAQA/eYBIBcgJ/3mAf3kASEqIBUgA/0ABAD95gEgGSAn/eYBICf95gH95AEhLSACICr9CwQAIAMgLf0LBAAgBP0ABAAhMCAtIDAgLSAw/UT9UiEtIAQgLf0LBAAgJCAj/eYBISQgACAkICEgKv3mASAt/eMBIBv95wEgHf3kAf3nAf3kAf0LBAAgAEEQaiEAIAFBEGohASACQRBqIQIgA0EQaiEDIARBEGohBAsgACAFQQNxQQJ0aiERIAAgBUEDcUECdGohEQJAA0AgACARTw0BIAAqAgAhJiABKgIAISkgEiACKgIAlCAWICmUkiEsIBQgAyoCAJQgGCAplCAplJIhLyACICw4AgAgAyAvOAIAIAQqAgAhMiAvIDIgLyAyXhshLyAEIC84AgAgJiAilCEmIAAgJiAgICyUIC+RIBqVIBySlZI4AgAgAEEEaiEAIAFBBGohASACQQRqIQIgA0EEaiEDIARBBGohBAwACwsFIAAgBUF4cUECdGohESAAIBFJBEADQCAA/QAEACEkIAH9AAQAIScgEyAC/QAEAP3mASAXICf95gH95AEhKiAVIAP9AAQA/eYBIBkgJ/3mASAn/eYB/eQBIS0gAiAq/QsEACADIC39CwQAICQgI/3mASEkIAAgJCAhICr95gEgLf3jASAb/ecBIB395AH95wH95AH9CwQAIAD9AAQQISUgAf0ABBAhKCATIAL9AAQQ/eYBIBcgKP3mAf3kASErIBUgA/0ABBD95gEgGSAo/eYBICj95gH95AEhLiACICv9CwQQIAMgLv0LBBAgJSAj/eYBISUgACAlICEgK/3mASAu/eMBIBv95wEgHf3kAf3nAf3kAf0LBBAgAEEgaiEAIAFBIGohASACQSBqIQIgA0EgaiEDIARBIGohBCAAIBFJDQALCyAFQQRxBEAgAP0ABAAhJCAB/QAEACEnIBMgAv0ABAD95gEgFyAn/eYB/eQBISogFSAD/QAEAP3mASAZICf95gEgJ/3mAf3kASEtIAIgKv0LBAAgAyAt/QsEACAkICP95gEhJCAAICQgISAq/eYBIC394wEgG/3nASAd/eQB/ecB/eQB/QsEACAAQRBqIQAgAUEQaiEBIAJBEGohAiADQRBqIQMgBEEQaiEECyAAIAVBA3FBAnRqIREgACAFQQNxQQJ0aiERAkADQCAAIBFPDQEgACoCACEmIAEqAgAhKSASIAIqAgCUIBYgKZSSISwgFCADKgIAlCAYICmUICmUkiEvIAIgLDgCACADIC84AgAgJiAilCEmIAAgJiAgICyUIC+RIBqVIBySlZI4AgAgAEEEaiEAIAFBBGohASACQQRqIQIgA0EEaiEDIARBBGohBAwACwsLBSAQBEAgACAFQXhxQQJ0aiERIAAgEUkEQANAIAD9AAQAISQgAf0ABAAhJyATIAL9AAQA/eYBIBcgJ/3mAf3kASEqIBUgA/0ABAD95gEgGSAn/eYBICf95gH95AEhLSACICr9CwQAIAMgLf0LBAAgBP0ABAAhMCAtIDAgLSAw/UT9UiEtIAQgLf0LBAAgACAkICEgKv3mASAt/eMBIBv95wEgHf3kAf3nAf3kAf0LBAAgAP0ABBAhJSAB/QAEECEoIBMgAv0ABBD95gEgFyAo/eYB/eQBISsgFSAD/QAEEP3mASAZICj95gEgKP3mAf3kASEuIAIgK/0LBBAgAyAu/QsEECAE/QAEECExIC4gMSAuIDH9RP1SIS4gBCAu/QsEECAAICUgISAr/eYBIC794wEgG/3nASAd/eQB/ecB/eQB/QsEECAAQSBqIQAgAUEgaiEBIAJBIGohAiADQSBqIQMgBEEgaiEEIAAgEUkNAAsLIAVBBHEEQCAA/QAEACEkIAH9AAQAIScgEyAC/QAEAP3mASAXICf95gH95AEhKiAVIAP9AAQA/eYBIBkgJ/3mASAn/eYB/eQBIS0gAiAq/QsEACADIC39CwQAIAT9AAQAITAgLSAwIC0gMP1E/VIhLSAEIC39CwQAIAAgJCAhICr95gEgLf3jASAb/ecBIB395AH95wH95AH9CwQAIABBEGohACABQRBqIQEgAkEQaiECIANBEGohAyAEQRBqIQQLIAAgBUEDcUECdGohESAAIAVBA3FBAnRqIRECQANAIAAgEU8NASAAKgIAISYgASoCACEpIBIgAioCAJQgFiAplJIhLCAUIAMqAgCUIBggKZQgKZSSIS8gAiAsOAIAIAMgLzgCACAEKgIAITIgLyAyIC8gMl4bIS8gBCAvOAIAIAAgJiAgICyUIC+RIBqVIBySlZI4AgAgAEEEaiEAIAFBBGohASACQQRqIQIgA0EEaiEDIARBBGohBAwACwsFIAAgBUF4cUECdGohESAAIBFJBEADQCAA/QAEACEkIAH9AAQAIScgEyAC/QAEAP3mASAXICf95gH95AEhKiAVIAP9AAQA/eYBIBkgJ/3mASAn/eYB/eQBIS0gAiAq/QsEACADIC39CwQAIAAgJCAhICr95gEgLf3jASAb/ecBIB395AH95wH95AH9CwQAIAD9AAQQISUgAf0ABBAhKCATIAL9AAQQ/eYBIBcgKP3mAf3kASErIBUgA/0ABBD95gEgGSAo/eYBICj95gH95AEhLiACICv9CwQQIAMgLv0LBBAgACAlICEgK/3mASAu/eMBIBv95wEgHf3kAf3nAf3kAf0LBBAgAEEgaiEAIAFBIGohASACQSBqIQIgA0EgaiEDIARBIGohBCAAIBFJDQALCyAFQQRxBEAgAP0ABAAhJCAB/QAEACEnIBMgAv0ABAD95gEgFyAn/eYB/eQBISogFSAD/QAEAP3mASAZICf95gEgJ/3mAf3kASEtIAIgKv0LBAAgAyAt/QsEACAAICQgISAq/eYBIC394wEgG/3nASAd/eQB/ecB/eQB/QsEACAAQRBqIQAgAUEQaiEBIAJBEGohAiADQRBqIQMgBEEQaiEECyAAIAVBA3FBAnRqIREgACAFQQNxQQJ0aiERAkADQCAAIBFPDQEgACoCACEmIAEqAgAhKSASIAIqAgCUIBYgKZSSISwgFCADKgIAlCAYICmUICmUkiEvIAIgLDgCACADIC84AgAgACAmICAgLJQgL5EgGpUgHJKVkjgCACAAQQRqIQAgAUEEaiEBIAJBBGohAiADQQRqIQMgBEEEaiEEDAALCwsLCwu0AQEGfyABQQAgAiAHIAhsbEECdPwLACAIIAZrIQwgDCAESgRAIAQhDAsgDEEATARADwsgASENIAAhDgJAA0AgCSACTw0BQQAhCwJAA0AgCyADTw0BIAsgBWohCiAKIAdODQEgDSAKIAhsIAZqQQJ0aiAOIAsgBGxBAnRqIAxBAnT8CgAAIAtBAWohCwwACwsgDSAHIAhsQQJ0aiENIA4gAyAEbEECdGohDiAJQQFqIQkMAAsLC+wBAQx/IAtBAnQhFiAHIARsQQJ0IRcgDCAKIAtsa0ECdCEYIAAhEQJAA0AgDSACTw0BQQAhDgJAA0AgDiAFTw0BQQAhDwJAA0AgDyAGTw0BIBEgDiAIbCAEbCAPIAlsakECdGohEiAKIRACQANAIBBFDQEgEiETIAEgFmohFQNAIAEgE/0ABAD9CwQAIAFBEGohASATQRBqIRMgASAVSQ0ACyAVIQEgEiAXaiESIBBBAWshEAwACwsgASAYaiEBIA9BAWohDwwACwsgDkEBaiEODAALCyARIAMgBGxBAnRqIREgDUEBaiENDAALCwu/AgENfyABQQAgAiADIARsbEECdPwLACALQQJ0IRYgByAEbEECdCEXIAwgCiALbGtBAnQhGCABIRECQANAIA0gAk8NAUEAIQ4CQANAIA4gBU8NAUEAIQ8CQANAIA8gBk8NASARIA4gCGwgBGwgDyAJbGpBAnRqIRIgCiEQAkADQCAQRQ0BIBIhFCAAIBZqIRUgACAWQXBxaiEZAkADQCAAIBlPDQEgFCAU/QAEACAA/QAEAP3kAf0LBAAgAEEQaiEAIBRBEGohFAwACwsCQANAIAAgFU8NASAUIBQqAgAgACoCAJI4AgAgAEEEaiEAIBRBBGohFAwACwsgEiAXaiESIBBBAWshEAwACwsgACAYaiEAIA9BAWohDwwACwsgDkEBaiEODAALCyARIAMgBGxBAnRqIREgDUEBaiENDAALCwuqAQEGfyAIIAZrIQsgCyAESgRAIAQhCwsgC0EATARADwsgByAFayEMIAwgA0oEQCADIQwLIAAhDSABIQ4CQANAIAkgAk8NAUEAIQoCQANAIAogDE4NASAOIAogBGxBAnRqIA0gCiAFaiAIbCAGakECdGogC0ECdPwKAAAgCkEBaiEKDAALCyANIAcgCGxBAnRqIQ0gDiADIARsQQJ0aiEOIAlBAWohCQwACwsLwgEBB38gBEECdCEPAkADQCAJIAJPDQFBACEKAkADQCAKIANPDQEgACAJIAVsIAogBmxqQQJ0aiELIAEgCSAHbCAKIAhsakECdGohDCALIA9qIQ0gCyAPQXBxaiEOAkADQCALIA5PDQEgDCAL/QAEAP0LBAAgC0EQaiELIAxBEGohDAwACwsCQANAIAsgDU8NASAMIAsqAgA4AgAgC0EEaiELIAxBBGohDAwACwsgCkEBaiEKDAALCyAJQQFqIQkMAAsLC7QDARB/IAAhFSABIRsgDyANIA5sa0ECdCEfQQAhEAJAA0AgECACTw0BQQAhEQJAA0AgESAFTw0BQQAhEgJAA0AgEiAGTw0BIBIgDGwgCmshF0EAIBdrIRggGEEASARAQQAhGAsgGCAOSgRAIA4hGAsgBCAXayEZIBkgDkoEQCAOIRkLIBkgGEgEQCAYIRkLQQAhEwJAA0AgEyANTw0BIBMgB2wgCWsgESALbGohFiAWIANPBEAgG0EAIA5BAnT8CwAFIAhBAUYEQCAbQQAgGEECdPwLACAbIBhBAnRqIBUgFiAEbCAXIBhqakECdGogGSAYa0ECdPwKAAAgGyAZQQJ0akEAIA4gGWtBAnT8CwAFQQAhFCAXIRogGyEdAkADQCAUIA5PDQEgGiAESQRAIB0gFSAWIARsIBpqQQJ0aioCADgCAAUgHUMAAAAAOAIACyAaIAhqIRogHUEEaiEdIBRBAWohFAwACwsLCyAbIA5BAnRqIRsgE0EBaiETDAALCyAbIB9qIRsgEkEBaiESDAALCyARQQFqIREMAAsLIBUgAyAEbEECdGohFSAQQQFqIRAMAAsLC/YDARB/IAEhFSAAIRsgDyANIA5sa0ECdCEfQQAhEAJAA0AgECACTw0BQQAhEQJAA0AgESAFTw0BQQAhEgJAA0AgEiAGTw0BIBIgDGwgCmshF0EAIBdrIRggGEEASARAQQAhGAsgGCAOSgRAIA4hGAsgBCAXayEZIBkgDkoEQCAOIRkLIBkgGEgEQCAYIRkLQQAhEwJAA0AgEyANTw0BIBMgB2wgCWsgESALbGohFiAWIANJBEAgCEEBRgRAIBsgGEECdGohHCAVIBYgBGwgFyAYampBAnRqIR0gHCAZIBhrQXxxQQJ0aiEeAkADQCAcIB5PDQEgHSAd/QAEACAc/QAEAP3kAf0LBAAgHEEQaiEcIB1BEGohHQwACwsgGyAZQQJ0aiEeAkADQCAcIB5PDQEgHSAdKgIAIBwqAgCSOAIAIBxBBGohHCAdQQRqIR0MAAsLBUEAIRQgFyEaIBshHAJAA0AgFCAOTw0BIBogBEkEQCAVIBYgBGwgGmpBAnRqIR0gHSAdKgIAIBwqAgCSOAIACyAaIAhqIRogHEEEaiEcIBRBAWohFAwACwsLCyAbIA5BAnRqIRsgE0EBaiETDAALCyAbIB9qIRsgEkEBaiESDAALCyARQQFqIREMAAsLIBUgAyAEbEECdGohFSAQQQFqIRAMAAsLC4oEAwV/AX0EeyADQQJ0IQkCQANAIAVBEGogA0sNASABIAVBAnRqIQggCP0ABAD9DAAAAAAAAAAAAAAAAAAAAAAgBBshCyAI/QAEEP0MAAAAAAAAAAAAAAAAAAAAACAEGyEMIAj9AAQg/QwAAAAAAAAAAAAAAAAAAAAAIAQbIQ0gCP0ABDD9DAAAAAAAAAAAAAAAAAAAAAAgBBshDiAAIAVBAnRqIQcgAiEGAkADQCAGRQ0BIAsgB/0ABAD95AEhCyAMIAf9AAQQ/eQBIQwgDSAH/QAEIP3kASENIA4gB/0ABDD95AEhDiAHIAlqIQcgBkEBayEGDAALCyAIIAv9CwQAIAggDP0LBBAgCCAN/QsEICAIIA79CwQwIAVBEGohBQwACwsCQANAIAVBBGogA0sNASABIAVBAnRqIQggCP0ABAD9DAAAAAAAAAAAAAAAAAAAAAAgBBshCyAAIAVBAnRqIQcgAiEGAkADQCAGRQ0BIAsgB/0ABAD95AEhCyAHIAlqIQcgBkEBayEGDAALCyAIIAv9CwQAIAVBBGohBQwACwsCQANAIAUgA08NASABIAVBAnRqIQggCCoCAEMAAAAAIAQbIQogACAFQQJ0aiEHIAIhBgJAA0AgBkUNASAKIAcqAgCSIQogByAJaiEHIAZBAWshBgwACwsgCCAKOAIAIAVBAWohBQwACwsLDgAgAEEAIAFBAnT8CwALDwAgASAAIAJBAnT8CgAAC58BAgF/AntBgICA/Af9ESEEIAAgAUF4cUECdGohAgJAA0AgACACTw0BIAMgAP0ABAAgBP1OIAT9NyAA/QAEECAE/U4gBP03/VD9UCEDIABBIGohAAwACwsgA/1TBEBBAQ8LIAAgAUEHcUECdGohAgJAA0AgACACTw0BIAAoAgBBgICA/AdxQYCAgPwHRgRAQQEPCyAAQQRqIQAMAAsLQQALvwEDAX8FewJ8IAAgAUF8cUECdGohAgJAA0AgACACTw0BIAD9AAQAIQMgA/1fIQQgAyAD/Q0ICQoLDA0ODwABAgMEBQYH/V8hBSAGIAQgBP3yAf3wASEGIAcgBSAF/fIB/fABIQcgAEEQaiEADAALCyAG/SEAIQggACABQQNxQQJ0aiECAkADQCAAIAJPDQEgACoCALshCSAIIAkgCaKgIQggAEEEaiEADAALCyAIIAb9IQGgIAf9IQCgIAf9IQGgC9QpEwF/A3sBfAF7AXwBewF8AXsBfAF7AXwDewF8AnsBfAJ7AXwCewF8IAQhDyAE/RQhECAFIREgBf0UIRIgBiETIAb9FCEUIAchFSAH/RQhFiAIIRcgCP0UIRggBkQAAAAAAAAAAGEEQCAFRAAAAAAAAAAAYgRAIApEAAAAAAAAAABiBEAgACADQXxxQQJ0aiELAkADQCAAIAtPDQEgAP0ABAAhDCAB/QAEACENIAz9XyEZIA39XyEcIBz97QEhHCAcIBIgGf3yAf3wAf1e/V8hHCAZIBwgEP3yAf1e/V/98AEhIiAMIAz9DQgJCgsMDQ4PAAECAwQFBgf9XyEaIA0gDf0NCAkKCwwNDg8AAQIDBAUGB/1fIR0gHf3tASEdIB0gEiAa/fIB/fAB/V79XyEdIBogHSAQ/fIB/V79X/3wASEjIAAgIv1eICP9Xv0NAAECAwQFBgcQERITFBUWF/0LBAAgAEEQaiEAIAFBEGohAQwACwsgACADQQNxQQJ0aiELAkADQCAAIAtPDQEgACoCALshGyABKgIAuyEeIB6aIR4gHiARIBuioLa7IR4gGyAeIA+itrugISQgACAktjgCACAAQQRqIQAgAUEEaiEBDAALCwUgACADQXxxQQJ0aiELAkADQCAAIAtPDQEgAP0ABAAhDCAB/QAEACENIAz9XyEZIA39XyEcIBwgEiAZ/fIB/fAB/V79XyEcIBkgHCAQ/fIB/V79X/3wASEiIAwgDP0NCAkKCwwNDg8AAQIDBAUGB/1fIRogDSAN/Q0ICQoLDA0ODwABAgMEBQYH/V8hHSAdIBIgGv3yAf3wAf1e/V8hHSAaIB0gEP3yAf1e/V/98AEhIyAAICL9XiAj/V79DQABAgMEBQYHEBESExQVFhf9CwQAIABBEGohACABQRBqIQEMAAsLIAAgA0EDcUECdGohCwJAA0AgACALTw0BIAAqAgC7IRsgASoCALshHiAeIBEgG6KgtrshHiAbIB4gD6K2u6AhJCAAICS2OAIAIABBBGohACABQQRqIQEMAAsLCwUgCkQAAAAAAAAAAGIEQCAAIANBfHFBAnRqIQsCQANAIAAgC08NASAA/QAEACEMIAH9AAQAIQ0gDP1fIRkgDf1fIRwgHP3tASEcIBkgHCAQ/fIB/V79X/3wASEiIAwgDP0NCAkKCwwNDg8AAQIDBAUGB/1fIRogDSAN/Q0ICQoLDA0ODwABAgMEBQYH/V8hHSAd/e0BIR0gGiAdIBD98gH9Xv1f/fABISMgACAi/V4gI/1e/Q0AAQIDBAUGBxAREhMUFRYX/QsEACAAQRBqIQAgAUEQaiEBDAALCyAAIANBA3FBAnRqIQsCQANAIAAgC08NASAAKgIAuyEbIAEqAgC7IR4gHpohHiAbIB4gD6K2u6AhJCAAICS2OAIAIABBBGohACABQQRqIQEMAAsLBSAAIANBfHFBAnRqIQsCQANAIAAgC08NASAA/QAEACEMIAH9AAQAIQ0gDP1fIRkgDf1fIRwgGSAcIBD98gH9Xv1f/fABISIgDCAM/Q0ICQoLDA0ODwABAgMEBQYH/V8hGiANIA39DQgJCgsMDQ4PAAECAwQFBgf9XyEdIBogHSAQ/fIB/V79X/3wASEjIAAgIv1eICP9Xv0NAAECAwQFBgcQERITFBUWF/0LBAAgAEEQaiEAIAFBEGohAQwACwsgACADQQNxQQJ0aiELAkADQCAAIAtPDQEgACoCALshGyABKgIAuyEeIBsgHiAPora7oCEkIAAgJLY4AgAgAEEEaiEAIAFBBGohAQwACwsLCwUgCUQAAAAAAAAAAGIEQCAFRAAAAAAAAAAAYgRAIApEAAAAAAAAAABiBEAgACADQXxxQQJ0aiELAkADQCAAIAtPDQEgAP0ABAAhDCAB/QAEACENIAL9AAQAIQ4gDP1fIRkgDf1fIRwgHP3tASEcIBwgEiAZ/fIB/fAB/V79XyEcIBYgDv1f/fIBIBggHP3yAf3wAf1e/V8hHyAcIBQgH/3yAf3wAf1e/V8hHCAZIBwgEP3yAf1e/V/98AEhIiAMIAz9DQgJCgsMDQ4PAAECAwQFBgf9XyEaIA0gDf0NCAkKCwwNDg8AAQIDBAUGB/1fIR0gHf3tASEdIB0gEiAa/fIB/fAB/V79XyEdIBYgDiAO/Q0ICQoLDA0ODwABAgMEBQYH/V/98gEgGCAd/fIB/fAB/V79XyEgIB0gFCAg/fIB/fAB/V79XyEdIBogHSAQ/fIB/V79X/3wASEjIAAgIv1eICP9Xv0NAAECAwQFBgcQERITFBUWF/0LBAAgAiAf/V4gIP1e/Q0AAQIDBAUGBxAREhMUFRYX/QsEACAAQRBqIQAgAUEQaiEBIAJBEGohAgwACwsgACADQQNxQQJ0aiELAkADQCAAIAtPDQEgACoCALshGyABKgIAuyEeIB6aIR4gHiARIBuioLa7IR4gFSACKgIAu6IgFyAeoqC2uyEhIB4gEyAhoqC2uyEeIBsgHiAPora7oCEkIAAgJLY4AgAgAiAhtjgCACAAQQRqIQAgAUEEaiEBIAJBBGohAgwACwsFIAAgA0F8cUECdGohCwJAA0AgACALTw0BIAD9AAQAIQwgAf0ABAAhDSAC/QAEACEOIAz9XyEZIA39XyEcIBwgEiAZ/fIB/fAB/V79XyEcIBYgDv1f/fIBIBggHP3yAf3wAf1e/V8hHyAcIBQgH/3yAf3wAf1e/V8hHCAZIBwgEP3yAf1e/V/98AEhIiAMIAz9DQgJCgsMDQ4PAAECAwQFBgf9XyEaIA0gDf0NCAkKCwwNDg8AAQIDBAUGB/1fIR0gHSASIBr98gH98AH9Xv1fIR0gFiAOIA79DQgJCgsMDQ4PAAECAwQFBgf9X/3yASAYIB398gH98AH9Xv1fISAgHSAUICD98gH98AH9Xv1fIR0gGiAdIBD98gH9Xv1f/fABISMgACAi/V4gI/1e/Q0AAQIDBAUGBxAREhMUFRYX/QsEACACIB/9XiAg/V79DQABAgMEBQYHEBESExQVFhf9CwQAIABBEGohACABQRBqIQEgAkEQaiECDAALCyAAIANBA3FBAnRqIQsCQANAIAAgC08NASAAKgIAuyEbIAEqAgC7IR4gHiARIBuioLa7IR4gFSACKgIAu6IgFyAeoqC2uyEhIB4gEyAhoqC2uyEeIBsgHiAPora7oCEkIAAgJLY4AgAgAiAhtjgCACAAQQRqIQAgAUEEaiEBIAJBBGohAgwACwsLBSAKRAAAAAAAAAAAYgRAIAAgA0F8cUECdGohCwJAA0AgACALTw0BIAD9AAQAIQwgAf0ABAAhDSAC/QAEACEOIAz9XyEZIA39XyEcIBz97QEhHCAWIA79X/3yASAYIBz98gH98AH9Xv1fIR8gHCAUIB/98gH98AH9Xv1fIRwgGSAcIBD98gH9Xv1f/fABISIgDCAM/Q0ICQoLDA0ODwABAgMEBQYH/V8hGiANIA39DQgJCgsMDQ4PAAECAwQFBgf9XyEdIB397QEhHSAWIA4gDv0NCAkKCwwNDg8AAQIDBAUGB/1f/fIBIBggHf3yAf3wAf1e/V8hICAdIBQgIP3yAf3wAf1e/V8hHSAaIB0gEP3yAf1e/V/98AEhIyAAICL9XiAj/V79DQABAgMEBQYHEBESExQVFhf9CwQAIAIgH/1eICD9Xv0NAAECAwQFBgcQERITFBUWF/0LBAAgAEEQaiEAIAFBEGohASACQRBqIQIMAAsLIAAgA0EDcUECdGohCwJAA0AgACALTw0BIAAqAgC7IRsgASoCALshHiAemiEeIBUgAioCALuiIBcgHqKgtrshISAeIBMgIaKgtrshHiAbIB4gD6K2u6AhJCAAICS2OAIAIAIgIbY4AgAgAEEEaiEAIAFBBGohASACQQRqIQIMAAsLBSAAIANBfHFBAnRqIQsCQANAIAAgC08NASAA/QAEACEMIAH9AAQAIQ0gAv0ABAAhDiAM/V8hGSAN/V8hHCAWIA79X/3yASAYIBz98gH98AH9Xv1fIR8gHCAUIB/98gH98AH9Xv1fIRwgGSAcIBD98gH9Xv1f/fABISIgDCAM/Q0ICQoLDA0ODwABAgMEBQYH/V8hGiANIA39DQgJCgsMDQ4PAAECAwQFBgf9XyEdIBYgDiAO/Q0ICQoLDA0ODwABAgMEBQYH/V/98gEgGCAd/fIB/fAB/V79XyEgIB0gFCAg/fIB/fAB/V79XyEdIBogHSAQ/fIB/V79X/3wASEjIAAgIv1eICP9Xv0NAAECAwQFBgcQERITFBUWF/0LBAAgAiAf/V4gIP1e/Q0AAQIDBAUGBxAREhMUFRYX/QsEACAAQRBqIQAgAUEQaiEBIAJBEGohAgwACwsgACADQQNxQQJ0aiELAkADQCAAIAtPDQEgACoCALshGyABKgIAuyEeIBUgAioCALuiIBcgHqKgtrshISAeIBMgIaKgtrshHiAbIB4gD6K2u6AhJCAAICS2OAIAIAIgIbY4AgAgAEEEaiEAIAFBBGohASACQQRqIQIMAAsLCwsFIAVEAAAAAAAAAABiBEAgCkQAAAAAAAAAAGIEQCAAIANBfHFBAnRqIQsCQANAIAAgC08NASAA/QAEACEMIAH9AAQAIQ0gAv0ABAAhDiAM/V8hGSAN/V8hHCAc/e0BIRwgHCASIBn98gH98AH9Xv1fIRwgFiAO/V/98gEgGCAc/fIB/fAB/V79XyEfIB8hHCAZIBwgEP3yAf1e/V/98AEhIiAMIAz9DQgJCgsMDQ4PAAECAwQFBgf9XyEaIA0gDf0NCAkKCwwNDg8AAQIDBAUGB/1fIR0gHf3tASEdIB0gEiAa/fIB/fAB/V79XyEdIBYgDiAO/Q0ICQoLDA0ODwABAgMEBQYH/V/98gEgGCAd/fIB/fAB/V79XyEgICAhHSAaIB0gEP3yAf1e/V/98AEhIyAAICL9XiAj/V79DQABAgMEBQYHEBESExQVFhf9CwQAIAIgH/1eICD9Xv0NAAECAwQFBgcQERITFBUWF/0LBAAgAEEQaiEAIAFBEGohASACQRBqIQIMAAsLIAAgA0EDcUECdGohCwJAA0AgACALTw0BIAAqAgC7IRsgASoCALshHiAemiEeIB4gESAboqC2uyEeIBUgAioCALuiIBcgHqKgtrshISAhIR4gGyAeIA+itrugISQgACAktjgCACACICG2OAIAIABBBGohACABQQRqIQEgAkEEaiECDAALCwUgACADQXxxQQJ0aiELAkADQCAAIAtPDQEgAP0ABAAhDCAB/QAEACENIAL9AAQAIQ4gDP1fIRkgDf1fIRwgHCASIBn98gH98AH9Xv1fIRwgFiAO/V/98gEgGCAc/fIB/fAB/V79XyEfIB8hHCAZIBwgEP3yAf1e/V/98AEhIiAMIAz9DQgJCgsMDQ4PAAECAwQFBgf9XyEaIA0gDf0NCAkKCwwNDg8AAQIDBAUGB/1fIR0gHSASIBr98gH98AH9Xv1fIR0gFiAOIA79DQgJCgsMDQ4PAAECAwQFBgf9X/3yASAYIB398gH98AH9Xv1fISAgICEdIBogHSAQ/fIB/V79X/3wASEjIAAgIv1eICP9Xv0NAAECAwQFBgcQERITFBUWF/0LBAAgAiAf/V4gIP1e/Q0AAQIDBAUGBxAREhMUFRYX/QsEACAAQRBqIQAgAUEQaiEBIAJBEGohAgwACwsgACADQQNxQQJ0aiELAkADQCAAIAtPDQEgACoCALshGyABKgIAuyEeIB4gESAboqC2uyEeIBUgAioCALuiIBcgHqKgtrshISAhIR4gGyAeIA+itrugISQgACAktjgCACACICG2OAIAIABBBGohACABQQRqIQEgAkEEaiECDAALCwsFIApEAAAAAAAAAABiBEAgACADQXxxQQJ0aiELAkADQCAAIAtPDQEgAP0ABAAhDCAB/QAEACENIAL9AAQAIQ4gDP1fIRkgDf1fIRwgHP3tASEcIBYgDv1f/fIBIBggHP3yAf3wAf1e/V8hHyAfIRwgGSAcIBD98gH9Xv1f/fABISIgDCAM/Q0ICQoLDA0ODwABAgMEBQYH/V8hGiANIA39DQgJCgsMDQ4PAAECAwQFBgf9XyEdIB397QEhHSAWIA4gDv0NCAkKCwwNDg8AAQIDBAUGB/1f/fIBIBggHf3yAf3wAf1e/V8hICAgIR0gGiAdIBD98gH9Xv1f/fABISMgACAi/V4gI/1e/Q0AAQIDBAUGBxAREhMUFRYX/QsEACACIB/9XiAg/V79DQABAgMEBQYHEBESExQVFhf9CwQAIABBEGohACABQRBqIQEgAkEQaiECDAALCyAAIANBA3FBAnRqIQsCQANAIAAgC08NASAAKgIAuyEbIAEqAgC7IR4gHpohHiAVIAIqAgC7oiAXIB6ioLa7ISEgISEeIBsgHiAPora7oCEkIAAgJLY4AgAgAiAhtjgCACAAQQRqIQAgAUEEaiEBIAJBBGohAgwACwsFIAAgA0F8cUECdGohCwJAA0AgACALTw0BIAD9AAQAIQwgAf0ABAAhDSAC/QAEACEOIAz9XyEZIA39XyEcIBYgDv1f/fIBIBggHP3yAf3wAf1e/V8hHyAfIRwgGSAcIBD98gH9Xv1f/fABISIgDCAM/Q0ICQoLDA0ODwABAgMEBQYH/V8hGiANIA39DQgJCgsMDQ4PAAECAwQFBgf9XyEdIBYgDiAO/Q0ICQoLDA0ODwABAgMEBQYH/V/98gEgGCAd/fIB/fAB/V79XyEgICAhHSAaIB0gEP3yAf1e/V/98AEhIyAAICL9XiAj/V79DQABAgMEBQYHEBESExQVFhf9CwQAIAIgH/1eICD9Xv0NAAECAwQFBgcQERITFBUWF/0LBAAgAEEQaiEAIAFBEGohASACQRBqIQIMAAsLIAAgA0EDcUECdGohCwJAA0AgACALTw0BIAAqAgC7IRsgASoCALshHiAVIAIqAgC7oiAXIB6ioLa7ISEgISEeIBsgHiAPora7oCEkIAAgJLY4AgAgAiAhtjgCACAAQQRqIQAgAUEEaiEBIAJBBGohAgwACwsLCwsLCw==";
var WASM_SIMD = "AGFzbQEAAAABugERYAp/f39/f39/f39/AGAGf39/f39/AGALf39/f39/f39/f38AYAR/f39/AGADf39/AGAGf39/fX19AGAHf39/f319fQBgCH9/f39/fX19AGARf39/f39/fHx8fHx8fHx8fH8AYAl/f39/f39/f38AYA1/f39/f39/f39/f39/AGAQf39/f39/f39/f39/f39/fwBgBX9/f39/AGACf38AYAJ/fwF/YAJ/fwF8YAt/f39/fHx8fHx8fAADRUQAAAECAQMDAwMDAwMEBAQEBAQEBQYGBwUGBQYFBgUGBQYFBgUGBQYFBgUGBQYFBgUGBQYFBgUICQoKCQkLCwwNBA4PEAUDAQABB9oFQwZtZW1vcnkCAAVwYWNrQQACBGdlbW0AAwVwYWNrQgAEA2FkZAAFA3N1YgAGA211bAAHA2RpdgAIB21heGltdW0ACQdtaW5pbXVtAAoMcmVsdUJhY2t3YXJkAAsDbmVnAAwDYWJzAA0Ec3FydAAOBnNxdWFyZQAPBXJlY2lwABAEc2lnbgARBHJlbHUAEglsZWFreVJlbHUAExFsZWFreVJlbHVCYWNrd2FyZAAUBXByZWx1ABUNcHJlbHVCYWNrd2FyZAAWBXJlbHU2ABcNcmVsdTZCYWNrd2FyZAAYCGhhcmRUYW5oABkQaGFyZFRhbmhCYWNrd2FyZAAaC2hhcmRTaWdtb2lkABsTaGFyZFNpZ21vaWRCYWNrd2FyZAAcCWhhcmRTd2lzaAAdEWhhcmRTd2lzaEJhY2t3YXJkAB4DZWx1AB8LZWx1QmFja3dhcmQAIARjZWx1ACEMY2VsdUJhY2t3YXJkACIEc2VsdQAjDHNlbHVCYWNrd2FyZAAkB3NpZ21vaWQAJQ9zaWdtb2lkQmFja3dhcmQAJgR0YW5oACcMdGFuaEJhY2t3YXJkACgEc2lsdQApDHNpbHVCYWNrd2FyZAAqBXN3aXNoACsNc3dpc2hCYWNrd2FyZAAsCHNvZnRwbHVzAC0Qc29mdHBsdXNCYWNrd2FyZAAuBGdlbHUALwxnZWx1QmFja3dhcmQAMAhnZWx1VGFuaAAxEGdlbHVUYW5oQmFja3dhcmQAMgRtaXNoADMMbWlzaEJhY2t3YXJkADQKc29mdG1heEV4cAA1BGFkYW0ANgNwYWQANwxpbTJjb2xQYWRkZWQAOAxjb2wyaW1QYWRkZWQAOQV1bnBhZAA6BmJsb2NrcwA7BmltMmNvbAA8BmNvbDJpbQA9B3N1bVJvd3MAPgR6ZXJvAD8EY29weQBACW5vbkZpbml0ZQBBCnN1bVNxdWFyZXMAQgNzZ2QAQwrmgQNE5hcDDXsBfwF7IAVBBE8EQANAIAH9AAQAIRIgAf0ABBAhEyABIAJqIQEgAP0ABAAhGCAYIBj9DQABAgMAAQIDAAECAwABAgMhFCAUIBL95gEgCv3kASEKIBQgE/3mASAL/eQBIQsgGCAY/Q0EBQYHBAUGBwQFBgcEBQYHIRQgFCAS/eYBIAz95AEhDCAUIBP95gEgDf3kASENIBggGP0NCAkKCwgJCgsICQoLCAkKCyEUIBQgEv3mASAO/eQBIQ4gFCAT/eYBIA/95AEhDyAA/QkCDCEUIBQgEv3mASAQ/eQBIRAgFCAT/eYBIBH95AEhESAB/QAEACESIAH9AAQQIRMgASACaiEBIAD9AAQQIRggGCAY/Q0AAQIDAAECAwABAgMAAQIDIRQgFCAS/eYBIAr95AEhCiAUIBP95gEgC/3kASELIBggGP0NBAUGBwQFBgcEBQYHBAUGByEUIBQgEv3mASAM/eQBIQwgFCAT/eYBIA395AEhDSAYIBj9DQgJCgsICQoLCAkKCwgJCgshFCAUIBL95gEgDv3kASEOIBQgE/3mASAP/eQBIQ8gAP0JAhwhFCAUIBL95gEgEP3kASEQIBQgE/3mASAR/eQBIREgAf0ABAAhEiAB/QAEECETIAEgAmohASAA/QAEICEYIBggGP0NAAECAwABAgMAAQIDAAECAyEUIBQgEv3mASAK/eQBIQogFCAT/eYBIAv95AEhCyAYIBj9DQQFBgcEBQYHBAUGBwQFBgchFCAUIBL95gEgDP3kASEMIBQgE/3mASAN/eQBIQ0gGCAY/Q0ICQoLCAkKCwgJCgsICQoLIRQgFCAS/eYBIA795AEhDiAUIBP95gEgD/3kASEPIAD9CQIsIRQgFCAS/eYBIBD95AEhECAUIBP95gEgEf3kASERIAH9AAQAIRIgAf0ABBAhEyABIAJqIQEgAP0ABDAhGCAYIBj9DQABAgMAAQIDAAECAwABAgMhFCAUIBL95gEgCv3kASEKIBQgE/3mASAL/eQBIQsgGCAY/Q0EBQYHBAUGBwQFBgcEBQYHIRQgFCAS/eYBIAz95AEhDCAUIBP95gEgDf3kASENIBggGP0NCAkKCwgJCgsICQoLCAkKCyEUIBQgEv3mASAO/eQBIQ4gFCAT/eYBIA/95AEhDyAA/QkCPCEUIBQgEv3mASAQ/eQBIRAgFCAT/eYBIBH95AEhESAAQcAAaiEAIAVBBGshBSAFQQRPDQALCyAFBEADQCAB/QAEACESIAH9AAQQIRMgASACaiEBIAD9AAQAIRggGCAY/Q0AAQIDAAECAwABAgMAAQIDIRQgFCAS/eYBIAr95AEhCiAUIBP95gEgC/3kASELIBggGP0NBAUGBwQFBgcEBQYHBAUGByEUIBQgEv3mASAM/eQBIQwgFCAT/eYBIA395AEhDSAYIBj9DQgJCgsICQoLCAkKCwgJCgshFCAUIBL95gEgDv3kASEOIBQgE/3mASAP/eQBIQ8gAP0JAgwhFCAUIBL95gEgEP3kASEQIBQgE/3mASAR/eQBIREgAEEQaiEAIAVBAWshBSAFDQALCyAGQQBLBEAgAyAEQQBsaiEXIAhBAXEEQCAHQQhGBEAgF/0ABAAhFSAX/QAEECEWBSAHQQBLBEAgFSAXKgIA/SAAIRULIAdBAUsEQCAVIBcqAgT9IAEhFQsgB0ECSwRAIBUgFyoCCP0gAiEVCyAHQQNLBEAgFSAXKgIM/SADIRULIAdBBEsEQCAWIBcqAhD9IAAhFgsgB0EFSwRAIBYgFyoCFP0gASEWCyAHQQZLBEAgFiAXKgIY/SACIRYLIAdBB0sEQCAWIBcqAhz9IAMhFgsLIBUgCv3kASEKIBYgC/3kASELCyAIQQJxBEAgCiAJ/QAEAP3kASEKIAsgCf0ABBD95AEhCwsgCEEEcQRAIAn9CQIAIRQgCiAU/eQBIQogCyAU/eQBIQsLIAdBCEYEQCAXIAr9CwQAIBcgC/0LBBAFIAdBAEsEQCAXIAr9HwA4AgALIAdBAUsEQCAXIAr9HwE4AgQLIAdBAksEQCAXIAr9HwI4AggLIAdBA0sEQCAXIAr9HwM4AgwLIAdBBEsEQCAXIAv9HwA4AhALIAdBBUsEQCAXIAv9HwE4AhQLIAdBBksEQCAXIAv9HwI4AhgLIAdBB0sEQCAXIAv9HwM4AhwLCwsgBkEBSwRAIAMgBEEBbGohFyAIQQFxBEAgB0EIRgRAIBf9AAQAIRUgF/0ABBAhFgUgB0EASwRAIBUgFyoCAP0gACEVCyAHQQFLBEAgFSAXKgIE/SABIRULIAdBAksEQCAVIBcqAgj9IAIhFQsgB0EDSwRAIBUgFyoCDP0gAyEVCyAHQQRLBEAgFiAXKgIQ/SAAIRYLIAdBBUsEQCAWIBcqAhT9IAEhFgsgB0EGSwRAIBYgFyoCGP0gAiEWCyAHQQdLBEAgFiAXKgIc/SADIRYLCyAVIAz95AEhDCAWIA395AEhDQsgCEECcQRAIAwgCf0ABAD95AEhDCANIAn9AAQQ/eQBIQ0LIAhBBHEEQCAJ/QkCBCEUIAwgFP3kASEMIA0gFP3kASENCyAHQQhGBEAgFyAM/QsEACAXIA39CwQQBSAHQQBLBEAgFyAM/R8AOAIACyAHQQFLBEAgFyAM/R8BOAIECyAHQQJLBEAgFyAM/R8COAIICyAHQQNLBEAgFyAM/R8DOAIMCyAHQQRLBEAgFyAN/R8AOAIQCyAHQQVLBEAgFyAN/R8BOAIUCyAHQQZLBEAgFyAN/R8COAIYCyAHQQdLBEAgFyAN/R8DOAIcCwsLIAZBAksEQCADIARBAmxqIRcgCEEBcQRAIAdBCEYEQCAX/QAEACEVIBf9AAQQIRYFIAdBAEsEQCAVIBcqAgD9IAAhFQsgB0EBSwRAIBUgFyoCBP0gASEVCyAHQQJLBEAgFSAXKgII/SACIRULIAdBA0sEQCAVIBcqAgz9IAMhFQsgB0EESwRAIBYgFyoCEP0gACEWCyAHQQVLBEAgFiAXKgIU/SABIRYLIAdBBksEQCAWIBcqAhj9IAIhFgsgB0EHSwRAIBYgFyoCHP0gAyEWCwsgFSAO/eQBIQ4gFiAP/eQBIQ8LIAhBAnEEQCAOIAn9AAQA/eQBIQ4gDyAJ/QAEEP3kASEPCyAIQQRxBEAgCf0JAgghFCAOIBT95AEhDiAPIBT95AEhDwsgB0EIRgRAIBcgDv0LBAAgFyAP/QsEEAUgB0EASwRAIBcgDv0fADgCAAsgB0EBSwRAIBcgDv0fATgCBAsgB0ECSwRAIBcgDv0fAjgCCAsgB0EDSwRAIBcgDv0fAzgCDAsgB0EESwRAIBcgD/0fADgCEAsgB0EFSwRAIBcgD/0fATgCFAsgB0EGSwRAIBcgD/0fAjgCGAsgB0EHSwRAIBcgD/0fAzgCHAsLCyAGQQNLBEAgAyAEQQNsaiEXIAhBAXEEQCAHQQhGBEAgF/0ABAAhFSAX/QAEECEWBSAHQQBLBEAgFSAXKgIA/SAAIRULIAdBAUsEQCAVIBcqAgT9IAEhFQsgB0ECSwRAIBUgFyoCCP0gAiEVCyAHQQNLBEAgFSAXKgIM/SADIRULIAdBBEsEQCAWIBcqAhD9IAAhFgsgB0EFSwRAIBYgFyoCFP0gASEWCyAHQQZLBEAgFiAXKgIY/SACIRYLIAdBB0sEQCAWIBcqAhz9IAMhFgsLIBUgEP3kASEQIBYgEf3kASERCyAIQQJxBEAgECAJ/QAEAP3kASEQIBEgCf0ABBD95AEhEQsgCEEEcQRAIAn9CQIMIRQgECAU/eQBIRAgESAU/eQBIRELIAdBCEYEQCAXIBD9CwQAIBcgEf0LBBAFIAdBAEsEQCAXIBD9HwA4AgALIAdBAUsEQCAXIBD9HwE4AgQLIAdBAksEQCAXIBD9HwI4AggLIAdBA0sEQCAXIBD9HwM4AgwLIAdBBEsEQCAXIBH9HwA4AhALIAdBBUsEQCAXIBH9HwE4AhQLIAdBBksEQCAXIBH9HwI4AhgLIAdBB0sEQCAXIBH9HwM4AhwLCwsLzhUDDXsBfwF7IAVBBE8EQANAIAH9AAQAIRIgAf0ABBAhEyABIAJqIQEgAP0JAgAhFCAUIBL95gEgCv3kASEKIBQgE/3mASAL/eQBIQsgAP0JAgQhFCAUIBL95gEgDP3kASEMIBQgE/3mASAN/eQBIQ0gAP0JAgghFCAUIBL95gEgDv3kASEOIBQgE/3mASAP/eQBIQ8gAP0JAgwhFCAUIBL95gEgEP3kASEQIBQgE/3mASAR/eQBIREgAf0ABAAhEiAB/QAEECETIAEgAmohASAA/QkCECEUIBQgEv3mASAK/eQBIQogFCAT/eYBIAv95AEhCyAA/QkCFCEUIBQgEv3mASAM/eQBIQwgFCAT/eYBIA395AEhDSAA/QkCGCEUIBQgEv3mASAO/eQBIQ4gFCAT/eYBIA/95AEhDyAA/QkCHCEUIBQgEv3mASAQ/eQBIRAgFCAT/eYBIBH95AEhESAB/QAEACESIAH9AAQQIRMgASACaiEBIAD9CQIgIRQgFCAS/eYBIAr95AEhCiAUIBP95gEgC/3kASELIAD9CQIkIRQgFCAS/eYBIAz95AEhDCAUIBP95gEgDf3kASENIAD9CQIoIRQgFCAS/eYBIA795AEhDiAUIBP95gEgD/3kASEPIAD9CQIsIRQgFCAS/eYBIBD95AEhECAUIBP95gEgEf3kASERIAH9AAQAIRIgAf0ABBAhEyABIAJqIQEgAP0JAjAhFCAUIBL95gEgCv3kASEKIBQgE/3mASAL/eQBIQsgAP0JAjQhFCAUIBL95gEgDP3kASEMIBQgE/3mASAN/eQBIQ0gAP0JAjghFCAUIBL95gEgDv3kASEOIBQgE/3mASAP/eQBIQ8gAP0JAjwhFCAUIBL95gEgEP3kASEQIBQgE/3mASAR/eQBIREgAEHAAGohACAFQQRrIQUgBUEETw0ACwsgBQRAA0AgAf0ABAAhEiAB/QAEECETIAEgAmohASAA/QkCACEUIBQgEv3mASAK/eQBIQogFCAT/eYBIAv95AEhCyAA/QkCBCEUIBQgEv3mASAM/eQBIQwgFCAT/eYBIA395AEhDSAA/QkCCCEUIBQgEv3mASAO/eQBIQ4gFCAT/eYBIA/95AEhDyAA/QkCDCEUIBQgEv3mASAQ/eQBIRAgFCAT/eYBIBH95AEhESAAQRBqIQAgBUEBayEFIAUNAAsLIAZBAEsEQCADIARBAGxqIRcgCEEBcQRAIAdBCEYEQCAX/QAEACEVIBf9AAQQIRYFIAdBAEsEQCAVIBcqAgD9IAAhFQsgB0EBSwRAIBUgFyoCBP0gASEVCyAHQQJLBEAgFSAXKgII/SACIRULIAdBA0sEQCAVIBcqAgz9IAMhFQsgB0EESwRAIBYgFyoCEP0gACEWCyAHQQVLBEAgFiAXKgIU/SABIRYLIAdBBksEQCAWIBcqAhj9IAIhFgsgB0EHSwRAIBYgFyoCHP0gAyEWCwsgFSAK/eQBIQogFiAL/eQBIQsLIAhBAnEEQCAKIAn9AAQA/eQBIQogCyAJ/QAEEP3kASELCyAIQQRxBEAgCf0JAgAhFCAKIBT95AEhCiALIBT95AEhCwsgB0EIRgRAIBcgCv0LBAAgFyAL/QsEEAUgB0EASwRAIBcgCv0fADgCAAsgB0EBSwRAIBcgCv0fATgCBAsgB0ECSwRAIBcgCv0fAjgCCAsgB0EDSwRAIBcgCv0fAzgCDAsgB0EESwRAIBcgC/0fADgCEAsgB0EFSwRAIBcgC/0fATgCFAsgB0EGSwRAIBcgC/0fAjgCGAsgB0EHSwRAIBcgC/0fAzgCHAsLCyAGQQFLBEAgAyAEQQFsaiEXIAhBAXEEQCAHQQhGBEAgF/0ABAAhFSAX/QAEECEWBSAHQQBLBEAgFSAXKgIA/SAAIRULIAdBAUsEQCAVIBcqAgT9IAEhFQsgB0ECSwRAIBUgFyoCCP0gAiEVCyAHQQNLBEAgFSAXKgIM/SADIRULIAdBBEsEQCAWIBcqAhD9IAAhFgsgB0EFSwRAIBYgFyoCFP0gASEWCyAHQQZLBEAgFiAXKgIY/SACIRYLIAdBB0sEQCAWIBcqAhz9IAMhFgsLIBUgDP3kASEMIBYgDf3kASENCyAIQQJxBEAgDCAJ/QAEAP3kASEMIA0gCf0ABBD95AEhDQsgCEEEcQRAIAn9CQIEIRQgDCAU/eQBIQwgDSAU/eQBIQ0LIAdBCEYEQCAXIAz9CwQAIBcgDf0LBBAFIAdBAEsEQCAXIAz9HwA4AgALIAdBAUsEQCAXIAz9HwE4AgQLIAdBAksEQCAXIAz9HwI4AggLIAdBA0sEQCAXIAz9HwM4AgwLIAdBBEsEQCAXIA39HwA4AhALIAdBBUsEQCAXIA39HwE4AhQLIAdBBksEQCAXIA39HwI4AhgLIAdBB0sEQCAXIA39HwM4AhwLCwsgBkECSwRAIAMgBEECbGohFyAIQQFxBEAgB0EIRgRAIBf9AAQAIRUgF/0ABBAhFgUgB0EASwRAIBUgFyoCAP0gACEVCyAHQQFLBEAgFSAXKgIE/SABIRULIAdBAksEQCAVIBcqAgj9IAIhFQsgB0EDSwRAIBUgFyoCDP0gAyEVCyAHQQRLBEAgFiAXKgIQ/SAAIRYLIAdBBUsEQCAWIBcqAhT9IAEhFgsgB0EGSwRAIBYgFyoCGP0gAiEWCyAHQQdLBEAgFiAXKgIc/SADIRYLCyAVIA795AEhDiAWIA/95AEhDwsgCEECcQRAIA4gCf0ABAD95AEhDiAPIAn9AAQQ/eQBIQ8LIAhBBHEEQCAJ/QkCCCEUIA4gFP3kASEOIA8gFP3kASEPCyAHQQhGBEAgFyAO/QsEACAXIA/9CwQQBSAHQQBLBEAgFyAO/R8AOAIACyAHQQFLBEAgFyAO/R8BOAIECyAHQQJLBEAgFyAO/R8COAIICyAHQQNLBEAgFyAO/R8DOAIMCyAHQQRLBEAgFyAP/R8AOAIQCyAHQQVLBEAgFyAP/R8BOAIUCyAHQQZLBEAgFyAP/R8COAIYCyAHQQdLBEAgFyAP/R8DOAIcCwsLIAZBA0sEQCADIARBA2xqIRcgCEEBcQRAIAdBCEYEQCAX/QAEACEVIBf9AAQQIRYFIAdBAEsEQCAVIBcqAgD9IAAhFQsgB0EBSwRAIBUgFyoCBP0gASEVCyAHQQJLBEAgFSAXKgII/SACIRULIAdBA0sEQCAVIBcqAgz9IAMhFQsgB0EESwRAIBYgFyoCEP0gACEWCyAHQQVLBEAgFiAXKgIU/SABIRYLIAdBBksEQCAWIBcqAhj9IAIhFgsgB0EHSwRAIBYgFyoCHP0gAyEWCwsgFSAQ/eQBIRAgFiAR/eQBIRELIAhBAnEEQCAQIAn9AAQA/eQBIRAgESAJ/QAEEP3kASERCyAIQQRxBEAgCf0JAgwhFCAQIBT95AEhECARIBT95AEhEQsgB0EIRgRAIBcgEP0LBAAgFyAR/QsEEAUgB0EASwRAIBcgEP0fADgCAAsgB0EBSwRAIBcgEP0fATgCBAsgB0ECSwRAIBcgEP0fAjgCCAsgB0EDSwRAIBcgEP0fAzgCDAsgB0EESwRAIBcgEf0fADgCEAsgB0EFSwRAIBcgEf0fATgCFAsgB0EGSwRAIBcgEf0fAjgCGAsgB0EHSwRAIBcgEf0fAzgCHAsLCwvMBQIGfwh7AkADQCAGIARPDQEgAkEERgRAQQAhCCAGQQRqIARNBEAgACAGIAFsaiEJIAMhCgJAA0AgCEEEaiAFSw0BIAn9AAQAIQwgCSABav0ABAAhDSAJIAFBAXRq/QAEACEOIAkgAUEDbGr9AAQAIQ8gDCAN/Q0AAQIDEBESEwQFBgcUFRYXIRAgDCAN/Q0ICQoLGBkaGwwNDg8cHR4fIREgDiAP/Q0AAQIDEBESEwQFBgcUFRYXIRIgDiAP/Q0ICQoLGBkaGwwNDg8cHR4fIRMgCiAQIBL9DQABAgMEBQYHEBESExQVFhf9CwQAIAogECAS/Q0ICQoLDA0ODxgZGhscHR4f/QsEECAKIBEgE/0NAAECAwQFBgcQERITFBUWF/0LBCAgCiARIBP9DQgJCgsMDQ4PGBkaGxwdHh/9CwQwIAlBEGohCSAKQcAAaiEKIAhBBGohCAwACwsLQQAhBwJAA0AgB0EETw0BIAMgB0ECdGogCEEEdGohCiAFIAhrIQsgBiAHaiAESQRAIAAgBiAHaiABbGogCEECdGohCQJAA0AgC0UNASAKIAkqAgA4AgAgCUEEaiEJIApBEGohCiALQQFrIQsMAAsLBQJAA0AgC0UNASAKQwAAAAA4AgAgCkEQaiEKIAtBAWshCwwACwsLIAdBAWohBwwACwsgAyAFQRBsaiEDBUEAIQggAUEERiAGQQRqIARNcQRAIAAgBiABbGohCQJAA0AgCCAFTw0BIAMgCf0ABAD9CwQAIAkgAmohCSADQRBqIQMgCEEBaiEIDAALCwsCQANAIAggBU8NASAAIAggAmxqIAYgAWxqIQlBACEHAkADQCAHQQRPDQEgAyAGIAdqIARJBH0gCSoCAAVDAAAAAAs4AgAgCSABaiEJIANBBGohAyAHQQFqIQcMAAsLIAhBAWohCAwACwsLIAZBBGohBgwACwsL7QEBCn8gCEECdCENIARBEGwhEkEgIRMgCUUEQEEgIQkgBEEFdCETCyABIQ4CQANAIAsgBU8NASAFIAtrIQ8gD0EISwRAQQghDwtBACEMIAAhECACIAtBAnRqIREgByAHIAtBAnRqIAZBBHEbIRQCQANAIAwgA08NASAKBEAgECAOIAkgESANIAQgAyAMayAPIAYgFBABBSAQIA4gCSARIA0gBCADIAxrIA8gBiAUEAALIBAgEmohECARIA1BBGxqIREgBkEEcQRAIBRBEGohFAsgDEEEaiEMDAALCyAOIBNqIQ4gC0EIaiELDAALCwvSBgIHfwh7IAVFBEAgAyEFCyAFQQJ0IQsgAkECdCEMAkADQCAGIANPDQEgBEUgBkEIaiADTXEEQCAAIAZBAnRqIQpBACEHAkADQCAHIAJPDQEgASAK/QAEAP0LBAAgASAK/QAEEP0LBBAgCiALaiEKIAFBIGohASAHQQFqIQcMAAsLBUEAIQcgBCAGQQhqIANNcQRAIAAgBiAMbGohCgJAA0AgB0EEaiACSw0BIAogDEEAbGr9AAQAIQ0gCiAMQQFsav0ABAAhDiAKIAxBAmxq/QAEACEPIAogDEEDbGr9AAQAIRAgDSAO/Q0AAQIDEBESEwQFBgcUFRYXIREgDSAO/Q0ICQoLGBkaGwwNDg8cHR4fIRIgDyAQ/Q0AAQIDEBESEwQFBgcUFRYXIRMgDyAQ/Q0ICQoLGBkaGwwNDg8cHR4fIRQgASARIBP9DQABAgMEBQYHEBESExQVFhf9CwQAIAEgESAT/Q0ICQoLDA0ODxgZGhscHR4f/QsEICABIBIgFP0NAAECAwQFBgcQERITFBUWF/0LBEAgASASIBT9DQgJCgsMDQ4PGBkaGxwdHh/9CwRgIAogDEEEbGr9AAQAIQ0gCiAMQQVsav0ABAAhDiAKIAxBBmxq/QAEACEPIAogDEEHbGr9AAQAIRAgDSAO/Q0AAQIDEBESEwQFBgcUFRYXIREgDSAO/Q0ICQoLGBkaGwwNDg8cHR4fIRIgDyAQ/Q0AAQIDEBESEwQFBgcUFRYXIRMgDyAQ/Q0ICQoLGBkaGwwNDg8cHR4fIRQgASARIBP9DQABAgMEBQYHEBESExQVFhf9CwQQIAEgESAT/Q0ICQoLDA0ODxgZGhscHR4f/QsEMCABIBIgFP0NAAECAwQFBgcQERITFBUWF/0LBFAgASASIBT9DQgJCgsMDQ4PGBkaGxwdHh/9CwRwIApBEGohCiABQYABaiEBIAdBBGohBwwACwsLAkADQCAHIAJPDQFBACEIAkADQCAIQQhPDQEgBiAIaiEJIAEgCSADSQR9IAAgBAR/IAkgAmwgB2oFIAcgBWwgCWoLQQJ0aioCAAVDAAAAAAs4AgAgAUEEaiEBIAhBAWohCAwACwsgB0EBaiEHDAALCwsgBkEIaiEGDAALCwuZAgMCfQF/BnsgACADQXhxQQJ0aiEGIAAgBkkEQANAIAD9AAQAIQcgAf0ABAAhCCAA/QAEECEKIAH9AAQQIQsgByAI/eQBIQkgCiAL/eQBIQwgAiAJ/QsEACACIAz9CwQQIABBIGohACABQSBqIQEgAkEgaiECIAAgBkkNAAsLIAAgA0EEcUECdGohBgJAA0AgACAGTw0BIAD9AAQAIQcgAf0ABAAhCCAHIAj95AEhCSACIAn9CwQAIABBEGohACABQRBqIQEgAkEQaiECDAALCyAAIANBA3FBAnRqIQYCQANAIAAgBk8NASAAKgIAIQQgASoCACEFIAIgBCAFkjgCACAAQQRqIQAgAUEEaiEBIAJBBGohAgwACwsLmQIDAn0BfwZ7IAAgA0F4cUECdGohBiAAIAZJBEADQCAA/QAEACEHIAH9AAQAIQggAP0ABBAhCiAB/QAEECELIAcgCP3lASEJIAogC/3lASEMIAIgCf0LBAAgAiAM/QsEECAAQSBqIQAgAUEgaiEBIAJBIGohAiAAIAZJDQALCyAAIANBBHFBAnRqIQYCQANAIAAgBk8NASAA/QAEACEHIAH9AAQAIQggByAI/eUBIQkgAiAJ/QsEACAAQRBqIQAgAUEQaiEBIAJBEGohAgwACwsgACADQQNxQQJ0aiEGAkADQCAAIAZPDQEgACoCACEEIAEqAgAhBSACIAQgBZM4AgAgAEEEaiEAIAFBBGohASACQQRqIQIMAAsLC5kCAwJ9AX8GeyAAIANBeHFBAnRqIQYgACAGSQRAA0AgAP0ABAAhByAB/QAEACEIIAD9AAQQIQogAf0ABBAhCyAHIAj95gEhCSAKIAv95gEhDCACIAn9CwQAIAIgDP0LBBAgAEEgaiEAIAFBIGohASACQSBqIQIgACAGSQ0ACwsgACADQQRxQQJ0aiEGAkADQCAAIAZPDQEgAP0ABAAhByAB/QAEACEIIAcgCP3mASEJIAIgCf0LBAAgAEEQaiEAIAFBEGohASACQRBqIQIMAAsLIAAgA0EDcUECdGohBgJAA0AgACAGTw0BIAAqAgAhBCABKgIAIQUgAiAEIAWUOAIAIABBBGohACABQQRqIQEgAkEEaiECDAALCwuZAgMCfQF/BnsgACADQXhxQQJ0aiEGIAAgBkkEQANAIAD9AAQAIQcgAf0ABAAhCCAA/QAEECEKIAH9AAQQIQsgByAI/ecBIQkgCiAL/ecBIQwgAiAJ/QsEACACIAz9CwQQIABBIGohACABQSBqIQEgAkEgaiECIAAgBkkNAAsLIAAgA0EEcUECdGohBgJAA0AgACAGTw0BIAD9AAQAIQcgAf0ABAAhCCAHIAj95wEhCSACIAn9CwQAIABBEGohACABQRBqIQEgAkEQaiECDAALCyAAIANBA3FBAnRqIQYCQANAIAAgBk8NASAAKgIAIQQgASoCACEFIAIgBCAFlTgCACAAQQRqIQAgAUEEaiEBIAJBBGohAgwACwsLrQIDAn0BfwZ7IAAgA0F4cUECdGohBiAAIAZJBEADQCAA/QAEACEHIAH9AAQAIQggAP0ABBAhCiAB/QAEECELIAcgCCAHIAj9Rv1SIQkgCiALIAogC/1G/VIhDCACIAn9CwQAIAIgDP0LBBAgAEEgaiEAIAFBIGohASACQSBqIQIgACAGSQ0ACwsgACADQQRxQQJ0aiEGAkADQCAAIAZPDQEgAP0ABAAhByAB/QAEACEIIAcgCCAHIAj9Rv1SIQkgAiAJ/QsEACAAQRBqIQAgAUEQaiEBIAJBEGohAgwACwsgACADQQNxQQJ0aiEGAkADQCAAIAZPDQEgACoCACEEIAEqAgAhBSACIAQgBSAEIAVgGzgCACAAQQRqIQAgAUEEaiEBIAJBBGohAgwACwsLrQIDAn0BfwZ7IAAgA0F4cUECdGohBiAAIAZJBEADQCAA/QAEACEHIAH9AAQAIQggAP0ABBAhCiAB/QAEECELIAcgCCAHIAj9Rf1SIQkgCiALIAogC/1F/VIhDCACIAn9CwQAIAIgDP0LBBAgAEEgaiEAIAFBIGohASACQSBqIQIgACAGSQ0ACwsgACADQQRxQQJ0aiEGAkADQCAAIAZPDQEgAP0ABAAhByAB/QAEACEIIAcgCCAHIAj9Rf1SIQkgAiAJ/QsEACAAQRBqIQAgAUEQaiEBIAJBEGohAgwACwsgACADQQNxQQJ0aiEGAkADQCAAIAZPDQEgACoCACEEIAEqAgAhBSACIAQgBSAEIAVfGzgCACAAQQRqIQAgAUEEaiEBIAJBBGohAgwACwsLxwIDAn0Bfwd7/QwAAAAAAAAAAAAAAAAAAAAAIQ0gACADQXhxQQJ0aiEGIAAgBkkEQANAIAD9AAQAIQcgAf0ABAAhCCAA/QAEECEKIAH9AAQQIQsgCCAHIA39Rf1PIQkgCyAKIA39Rf1PIQwgAiAJ/QsEACACIAz9CwQQIABBIGohACABQSBqIQEgAkEgaiECIAAgBkkNAAsLIAAgA0EEcUECdGohBgJAA0AgACAGTw0BIAD9AAQAIQcgAf0ABAAhCCAIIAcgDf1F/U8hCSACIAn9CwQAIABBEGohACABQRBqIQEgAkEQaiECDAALCyAAIANBA3FBAnRqIQYCQANAIAAgBk8NASAAKgIAIQQgASoCACEFIAIgBUMAAAAAIARDAAAAAF4gBCAEXHIbOAIAIABBBGohACABQQRqIQEgAkEEaiECDAALCwvdAQMCfQF/BnsgACACQXhxQQJ0aiEFIAAgBUkEQANAIAD9AAQAIQYgAP0ABBAhCSAG/eEBIQggCf3hASELIAEgCP0LBAAgASAL/QsEECAAQSBqIQAgAUEgaiEBIAAgBUkNAAsLIAAgAkEEcUECdGohBQJAA0AgACAFTw0BIAD9AAQAIQYgBv3hASEIIAEgCP0LBAAgAEEQaiEAIAFBEGohAQwACwsgACACQQNxQQJ0aiEFAkADQCAAIAVPDQEgACoCACEDIAEgA4w4AgAgAEEEaiEAIAFBBGohAQwACwsL3QEDAn0BfwZ7IAAgAkF4cUECdGohBSAAIAVJBEADQCAA/QAEACEGIAD9AAQQIQkgBv3gASEIIAn94AEhCyABIAj9CwQAIAEgC/0LBBAgAEEgaiEAIAFBIGohASAAIAVJDQALCyAAIAJBBHFBAnRqIQUCQANAIAAgBU8NASAA/QAEACEGIAb94AEhCCABIAj9CwQAIABBEGohACABQRBqIQEMAAsLIAAgAkEDcUECdGohBQJAA0AgACAFTw0BIAAqAgAhAyABIAOLOAIAIABBBGohACABQQRqIQEMAAsLC90BAwJ9AX8GeyAAIAJBeHFBAnRqIQUgACAFSQRAA0AgAP0ABAAhBiAA/QAEECEJIAb94wEhCCAJ/eMBIQsgASAI/QsEACABIAv9CwQQIABBIGohACABQSBqIQEgACAFSQ0ACwsgACACQQRxQQJ0aiEFAkADQCAAIAVPDQEgAP0ABAAhBiAG/eMBIQggASAI/QsEACAAQRBqIQAgAUEQaiEBDAALCyAAIAJBA3FBAnRqIQUCQANAIAAgBU8NASAAKgIAIQMgASADkTgCACAAQQRqIQAgAUEEaiEBDAALCwvlAQMCfQF/BnsgACACQXhxQQJ0aiEFIAAgBUkEQANAIAD9AAQAIQYgAP0ABBAhCSAGIAb95gEhCCAJIAn95gEhCyABIAj9CwQAIAEgC/0LBBAgAEEgaiEAIAFBIGohASAAIAVJDQALCyAAIAJBBHFBAnRqIQUCQANAIAAgBU8NASAA/QAEACEGIAYgBv3mASEIIAEgCP0LBAAgAEEQaiEAIAFBEGohAQwACwsgACACQQNxQQJ0aiEFAkADQCAAIAVPDQEgACoCACEDIAEgAyADlDgCACAAQQRqIQAgAUEEaiEBDAALCwv8AQMCfQF/B3v9DAAAgD8AAIA/AACAPwAAgD8hDCAAIAJBeHFBAnRqIQUgACAFSQRAA0AgAP0ABAAhBiAA/QAEECEJIAwgBv3nASEIIAwgCf3nASELIAEgCP0LBAAgASAL/QsEECAAQSBqIQAgAUEgaiEBIAAgBUkNAAsLIAAgAkEEcUECdGohBQJAA0AgACAFTw0BIAD9AAQAIQYgDCAG/ecBIQggASAI/QsEACAAQRBqIQAgAUEQaiEBDAALCyAAIAJBA3FBAnRqIQUCQANAIAAgBU8NASAAKgIAIQMgAUMAAIA/IAOVOAIAIABBBGohACABQQRqIQEMAAsLC+oCAwJ9AX8Je/0MAAAAAAAAAAAAAAAAAAAAACEM/QwAAIA/AACAPwAAgD8AAIA/IQ39DAAAgL8AAIC/AACAvwAAgL8hDiAAIAJBeHFBAnRqIQUgACAFSQRAA0AgAP0ABAAhBiAA/QAEECEJIAYgDP1EIA39TiAGIAz9QyAO/U79UCEIIAkgDP1EIA39TiAJIAz9QyAO/U79UCELIAEgCP0LBAAgASAL/QsEECAAQSBqIQAgAUEgaiEBIAAgBUkNAAsLIAAgAkEEcUECdGohBQJAA0AgACAFTw0BIAD9AAQAIQYgBiAM/UQgDf1OIAYgDP1DIA79Tv1QIQggASAI/QsEACAAQRBqIQAgAUEQaiEBDAALCyAAIAJBA3FBAnRqIQUCQANAIAAgBU8NASAAKgIAIQMgAUMAAIA/QwAAgL9DAAAAACADQwAAAABdGyADQwAAAABeGzgCACAAQQRqIQAgAUEEaiEBDAALCwuTAgMCfQF/B3v9DAAAAAAAAAAAAAAAAAAAAAAhDCAAIAJBeHFBAnRqIQUgACAFSQRAA0AgAP0ABAAhBiAA/QAEECEJIAYgBiAM/UX9TyEIIAkgCSAM/UX9TyELIAEgCP0LBAAgASAL/QsEECAAQSBqIQAgAUEgaiEBIAAgBUkNAAsLIAAgAkEEcUECdGohBQJAA0AgACAFTw0BIAD9AAQAIQYgBiAGIAz9Rf1PIQggASAI/QsEACAAQRBqIQAgAUEQaiEBDAALCyAAIAJBA3FBAnRqIQUCQANAIAAgBU8NASAAKgIAIQMgASADQwAAAAAgA0MAAAAAXiADIANcchs4AgAgAEEEaiEAIAFBBGohAQwACwsLugICAX8Ke/0MAAAAAAAAAAAAAAAAAAAAACEQIAP9EyEHIAT9EyEIIAX9EyEJIAAgAkF4cUECdGohBiAAIAZJBEADQCAA/QAEACEKIAD9AAQQIQ0gCiAH/eYBIAogCiAQ/UP9UiEMIA0gB/3mASANIA0gEP1D/VIhDyABIAz9CwQAIAEgD/0LBBAgAEEgaiEAIAFBIGohASAAIAZJDQALCyAAIAJBBHFBAnRqIQYCQANAIAAgBk8NASAA/QAEACEKIAogB/3mASAKIAogEP1D/VIhDCABIAz9CwQAIABBEGohACABQRBqIQEMAAsLIAAgAkEDcUECdGohBgJAA0AgACAGTw0BIAD9CQIAIQogCiAH/eYBIAogCiAQ/UP9UiEMIAEgDP1aAgAAIABBBGohACABQQRqIQEMAAsLC+8CAgF/Cnv9DAAAAAAAAAAAAAAAAAAAAAAhESAE/RMhCCAF/RMhCSAG/RMhCiAAIANBeHFBAnRqIQcgACAHSQRAA0AgAP0ABAAhCyAB/QAEACEMIAD9AAQQIQ4gAf0ABBAhDyAMIAwgCP3mASALIBH9RP1SIQ0gDyAPIAj95gEgDiAR/UT9UiEQIAIgDf0LBAAgAiAQ/QsEECAAQSBqIQAgAUEgaiEBIAJBIGohAiAAIAdJDQALCyAAIANBBHFBAnRqIQcCQANAIAAgB08NASAA/QAEACELIAH9AAQAIQwgDCAMIAj95gEgCyAR/UT9UiENIAIgDf0LBAAgAEEQaiEAIAFBEGohASACQRBqIQIMAAsLIAAgA0EDcUECdGohBwJAA0AgACAHTw0BIAD9CQIAIQsgAf0JAgAhDCAMIAwgCP3mASALIBH9RP1SIQ0gAiAN/VoCAAAgAEEEaiEAIAFBBGohASACQQRqIQIMAAsLC+8CAgF/Cnv9DAAAAAAAAAAAAAAAAAAAAAAhESAE/RMhCCAF/RMhCSAG/RMhCiAAIANBeHFBAnRqIQcgACAHSQRAA0AgAP0ABAAhCyAB/QAEACEMIAD9AAQQIQ4gAf0ABBAhDyALIAwgC/3mASALIBH9RP1SIQ0gDiAPIA795gEgDiAR/UT9UiEQIAIgDf0LBAAgAiAQ/QsEECAAQSBqIQAgAUEgaiEBIAJBIGohAiAAIAdJDQALCyAAIANBBHFBAnRqIQcCQANAIAAgB08NASAA/QAEACELIAH9AAQAIQwgCyAMIAv95gEgCyAR/UT9UiENIAIgDf0LBAAgAEEQaiEAIAFBEGohASACQRBqIQIMAAsLIAAgA0EDcUECdGohBwJAA0AgACAHTw0BIAD9CQIAIQsgAf0JAgAhDCALIAwgC/3mASALIBH9RP1SIQ0gAiAN/VoCAAAgAEEEaiEAIAFBBGohASACQQRqIQIMAAsLC6QDAgF/DHv9DAAAAAAAAAAAAAAAAAAAAAAhFCAF/RMhCSAG/RMhCiAH/RMhCyAAIARBeHFBAnRqIQggACAISQRAA0AgAP0ABAAhDCAB/QAEACENIAL9AAQAIQ4gAP0ABBAhECAB/QAEECERIAL9AAQQIRIgDSAOIA395gEgDCAU/UT9UiEPIBEgEiAR/eYBIBAgFP1E/VIhEyADIA/9CwQAIAMgE/0LBBAgAEEgaiEAIAFBIGohASACQSBqIQIgA0EgaiEDIAAgCEkNAAsLIAAgBEEEcUECdGohCAJAA0AgACAITw0BIAD9AAQAIQwgAf0ABAAhDSAC/QAEACEOIA0gDiAN/eYBIAwgFP1E/VIhDyADIA/9CwQAIABBEGohACABQRBqIQEgAkEQaiECIANBEGohAwwACwsgACAEQQNxQQJ0aiEIAkADQCAAIAhPDQEgAP0JAgAhDCAB/QkCACENIAL9CQIAIQ4gDSAOIA395gEgDCAU/UT9UiEPIAMgD/1aAgAAIABBBGohACABQQRqIQEgAkEEaiECIANBBGohAwwACwsL2gICAX8Le/0MAADAQAAAwEAAAMBAAADAQCEQ/QwAAAAAAAAAAAAAAAAAAAAAIREgA/0TIQcgBP0TIQggBf0TIQkgACACQXhxQQJ0aiEGIAAgBkkEQANAIAD9AAQAIQogAP0ABBAhDSAKIBAgCiAQ/UP9UiAKIBH9RP1OIQwgDSAQIA0gEP1D/VIgDSAR/UT9TiEPIAEgDP0LBAAgASAP/QsEECAAQSBqIQAgAUEgaiEBIAAgBkkNAAsLIAAgAkEEcUECdGohBgJAA0AgACAGTw0BIAD9AAQAIQogCiAQIAogEP1D/VIgCiAR/UT9TiEMIAEgDP0LBAAgAEEQaiEAIAFBEGohAQwACwsgACACQQNxQQJ0aiEGAkADQCAAIAZPDQEgAP0JAgAhCiAKIBAgCiAQ/UP9UiAKIBH9RP1OIQwgASAM/VoCAAAgAEEEaiEAIAFBBGohAQwACwsLhwMCAX8Le/0MAAAAAAAAAAAAAAAAAAAAACER/QwAAMBAAADAQAAAwEAAAMBAIRIgBP0TIQggBf0TIQkgBv0TIQogACADQXhxQQJ0aiEHIAAgB0kEQANAIAD9AAQAIQsgAf0ABAAhDCAA/QAEECEOIAH9AAQQIQ8gDCALIBH9RCALIBL9Q/1O/U4hDSAPIA4gEf1EIA4gEv1D/U79TiEQIAIgDf0LBAAgAiAQ/QsEECAAQSBqIQAgAUEgaiEBIAJBIGohAiAAIAdJDQALCyAAIANBBHFBAnRqIQcCQANAIAAgB08NASAA/QAEACELIAH9AAQAIQwgDCALIBH9RCALIBL9Q/1O/U4hDSACIA39CwQAIABBEGohACABQRBqIQEgAkEQaiECDAALCyAAIANBA3FBAnRqIQcCQANAIAAgB08NASAA/QkCACELIAH9CQIAIQwgDCALIBH9RCALIBL9Q/1O/U4hDSACIA39WgIAACAAQQRqIQAgAUEEaiEBIAJBBGohAgwACwsLugICAX8JeyAD/RMhByAE/RMhCCAF/RMhCSAAIAJBeHFBAnRqIQYgACAGSQRAA0AgAP0ABAAhCiAA/QAEECENIAcgCCAKIAogCP1E/VIgCiAH/UP9UiEMIAcgCCANIA0gCP1E/VIgDSAH/UP9UiEPIAEgDP0LBAAgASAP/QsEECAAQSBqIQAgAUEgaiEBIAAgBkkNAAsLIAAgAkEEcUECdGohBgJAA0AgACAGTw0BIAD9AAQAIQogByAIIAogCiAI/UT9UiAKIAf9Q/1SIQwgASAM/QsEACAAQRBqIQAgAUEQaiEBDAALCyAAIAJBA3FBAnRqIQYCQANAIAAgBk8NASAA/QkCACEKIAcgCCAKIAogCP1E/VIgCiAH/UP9UiEMIAEgDP1aAgAAIABBBGohACABQQRqIQEMAAsLC98CAgF/CXsgBP0TIQggBf0TIQkgBv0TIQogACADQXhxQQJ0aiEHIAAgB0kEQANAIAD9AAQAIQsgAf0ABAAhDCAA/QAEECEOIAH9AAQQIQ8gDCALIAj9RCALIAn9Q/1O/U4hDSAPIA4gCP1EIA4gCf1D/U79TiEQIAIgDf0LBAAgAiAQ/QsEECAAQSBqIQAgAUEgaiEBIAJBIGohAiAAIAdJDQALCyAAIANBBHFBAnRqIQcCQANAIAAgB08NASAA/QAEACELIAH9AAQAIQwgDCALIAj9RCALIAn9Q/1O/U4hDSACIA39CwQAIABBEGohACABQRBqIQEgAkEQaiECDAALCyAAIANBA3FBAnRqIQcCQANAIAAgB08NASAA/QkCACELIAH9CQIAIQwgDCALIAj9RCALIAn9Q/1O/U4hDSACIA39WgIAACAAQQRqIQAgAUEEaiEBIAJBBGohAgwACwsLvgMCAX8Oe/0MAACAPwAAgD8AAIA/AACAPyEQ/QwAAMBAAADAQAAAwEAAAMBAIRH9DAAAAD8AAAA/AAAAPwAAAD8hEv0MAABAQAAAQEAAAEBAAABAQCET/QwAAEDAAABAwAAAQMAAAEDAIRQgA/0TIQcgBP0TIQggBf0TIQkgACACQXhxQQJ0aiEGIAAgBkkEQANAIAD9AAQAIQogAP0ABBAhDSAQIAogEf3nASAS/eQBIAogE/1G/VIgCiAU/UX9TyEMIBAgDSAR/ecBIBL95AEgDSAT/Ub9UiANIBT9Rf1PIQ8gASAM/QsEACABIA/9CwQQIABBIGohACABQSBqIQEgACAGSQ0ACwsgACACQQRxQQJ0aiEGAkADQCAAIAZPDQEgAP0ABAAhCiAQIAogEf3nASAS/eQBIAogE/1G/VIgCiAU/UX9TyEMIAEgDP0LBAAgAEEQaiEAIAFBEGohAQwACwsgACACQQNxQQJ0aiEGAkADQCAAIAZPDQEgAP0JAgAhCiAQIAogEf3nASAS/eQBIAogE/1G/VIgCiAU/UX9TyEMIAEgDP1aAgAAIABBBGohACABQQRqIQEMAAsLC68DAgF/DHv9DAAAwEAAAMBAAADAQAAAwEAhEf0MAABAwAAAQMAAAEDAAABAwCES/QwAAEBAAABAQAAAQEAAAEBAIRMgBP0TIQggBf0TIQkgBv0TIQogACADQXhxQQJ0aiEHIAAgB0kEQANAIAD9AAQAIQsgAf0ABAAhDCAA/QAEECEOIAH9AAQQIQ8gDCAR/ecBIAsgEv1EIAsgE/1D/U79TiENIA8gEf3nASAOIBL9RCAOIBP9Q/1O/U4hECACIA39CwQAIAIgEP0LBBAgAEEgaiEAIAFBIGohASACQSBqIQIgACAHSQ0ACwsgACADQQRxQQJ0aiEHAkADQCAAIAdPDQEgAP0ABAAhCyAB/QAEACEMIAwgEf3nASALIBL9RCALIBP9Q/1O/U4hDSACIA39CwQAIABBEGohACABQRBqIQEgAkEQaiECDAALCyAAIANBA3FBAnRqIQcCQANAIAAgB08NASAA/QkCACELIAH9CQIAIQwgDCAR/ecBIAsgEv1EIAsgE/1D/U79TiENIAIgDf1aAgAAIABBBGohACABQQRqIQEgAkEEaiECDAALCwuqAwIBfwx7/QwAAEBAAABAQAAAQEAAAEBAIRD9DAAAwEAAAMBAAADAQAAAwEAhEf0MAABAwAAAQMAAAEDAAABAwCESIAP9EyEHIAT9EyEIIAX9EyEJIAAgAkF4cUECdGohBiAAIAZJBEADQCAA/QAEACEKIAD9AAQQIQ0gCiAKIAogEP3kAf3mASAR/ecBIAogEP1G/VIgCiAS/UX9TyEMIA0gDSANIBD95AH95gEgEf3nASANIBD9Rv1SIA0gEv1F/U8hDyABIAz9CwQAIAEgD/0LBBAgAEEgaiEAIAFBIGohASAAIAZJDQALCyAAIAJBBHFBAnRqIQYCQANAIAAgBk8NASAA/QAEACEKIAogCiAKIBD95AH95gEgEf3nASAKIBD9Rv1SIAogEv1F/U8hDCABIAz9CwQAIABBEGohACABQRBqIQEMAAsLIAAgAkEDcUECdGohBgJAA0AgACAGTw0BIAD9CQIAIQogCiAKIAogEP3kAf3mASAR/ecBIAogEP1G/VIgCiAS/UX9TyEMIAEgDP1aAgAAIABBBGohACABQQRqIQEMAAsLC4cEAgF/DXv9DAAAAEAAAABAAAAAQAAAAEAhEf0MAABAQAAAQEAAAEBAAABAQCES/QwAAMBAAADAQAAAwEAAAMBAIRP9DAAAQMAAAEDAAABAwAAAQMAhFCAE/RMhCCAF/RMhCSAG/RMhCiAAIANBeHFBAnRqIQcgACAHSQRAA0AgAP0ABAAhCyAB/QAEACEMIAD9AAQQIQ4gAf0ABBAhDyAMIAwgESAL/eYBIBL95AH95gEgE/3nASALIBL9Rv1SIAsgFP1F/U8hDSAPIA8gESAO/eYBIBL95AH95gEgE/3nASAOIBL9Rv1SIA4gFP1F/U8hECACIA39CwQAIAIgEP0LBBAgAEEgaiEAIAFBIGohASACQSBqIQIgACAHSQ0ACwsgACADQQRxQQJ0aiEHAkADQCAAIAdPDQEgAP0ABAAhCyAB/QAEACEMIAwgDCARIAv95gEgEv3kAf3mASAT/ecBIAsgEv1G/VIgCyAU/UX9TyENIAIgDf0LBAAgAEEQaiEAIAFBEGohASACQRBqIQIMAAsLIAAgA0EDcUECdGohBwJAA0AgACAHTw0BIAD9CQIAIQsgAf0JAgAhDCAMIAwgESAL/eYBIBL95AH95gEgE/3nASALIBL9Rv1SIAsgFP1F/U8hDSACIA39WgIAACAAQQRqIQAgAUEEaiEBIAJBBGohAgwACwsLvwUCAX8ae/0MmpmuwpqZrsKama7CmpmuwiEV/Qw7qrg/O6q4PzuquD87qrg/IRb9DAAAQEsAAEBLAABASwAAQEshF/0Mg4BeOYOAXjmDgF45g4BeOSEY/QwAgDG/AIAxvwCAMb8AgDG/IRn9DGwxCDxsMQg8bDEIPGwxCDwhGv0M+5QrPfuUKz37lCs9+5QrPSEb/QzXqyo+16sqPterKj7Xqyo+IRz9DP7+/z7+/v8+/v7/Pv7+/z4hHf0MfwDAtH8AwLR/AMC0fwDAtCEe/QwAAIA/AACAPwAAgD8AAIA/IR/9DAAAAAAAAAAAAAAAAAAAAAAhICAD/RMhByAE/RMhCCAF/RMhCSAAIAJBfHFBAnRqIQYCQANAIAAgBk8NASAA/QAEACEKIAogFf3rASENIA0gFv3mASAX/eQBIQ4gDiAX/eUBIQ8gDyAY/eYBIA8gGf3mASAN/eQB/eQBIRAgECAQ/eYBIREgESARIBAgGv3mASAb/eQB/eYBIBAgHP3mASAd/eQB/eQB/eYBIBD95AEhEiAOIB79rgFBF/2rASETIBMgEv3mASATIB/95QH95AEhFCAKIAcgFP3mASAKICD9RP1SIQwgASAM/QsEACAAQRBqIQAgAUEQaiEBDAALCyAAIAJBA3FBAnRqIQYCQANAIAAgBk8NASAA/QkCACEKIAogFf3rASENIA0gFv3mASAX/eQBIQ4gDiAX/eUBIQ8gDyAY/eYBIA8gGf3mASAN/eQB/eQBIRAgECAQ/eYBIREgESARIBAgGv3mASAb/eQB/eYBIBAgHP3mASAd/eQB/eQB/eYBIBD95AEhEiAOIB79rgFBF/2rASETIBMgEv3mASATIB/95QH95AEhFCAKIAcgFP3mASAKICD9RP1SIQwgASAM/VoCAAAgAEEEaiEAIAFBBGohAQwACwsLgwMCAX8Ke/0MAAAAAAAAAAAAAAAAAAAAACERIAT9EyEIIAX9EyEJIAb9EyEKIAAgA0F4cUECdGohByAAIAdJBEADQCAA/QAEACELIAH9AAQAIQwgAP0ABBAhDiAB/QAEECEPIAwgDCALIAj95AH95gEgCyAR/UT9UiENIA8gDyAOIAj95AH95gEgDiAR/UT9UiEQIAIgDf0LBAAgAiAQ/QsEECAAQSBqIQAgAUEgaiEBIAJBIGohAiAAIAdJDQALCyAAIANBBHFBAnRqIQcCQANAIAAgB08NASAA/QAEACELIAH9AAQAIQwgDCAMIAsgCP3kAf3mASALIBH9RP1SIQ0gAiAN/QsEACAAQRBqIQAgAUEQaiEBIAJBEGohAgwACwsgACADQQNxQQJ0aiEHAkADQCAAIAdPDQEgAP0JAgAhCyAB/QkCACEMIAwgDCALIAj95AH95gEgCyAR/UT9UiENIAIgDf1aAgAAIABBBGohACABQQRqIQEgAkEEaiECDAALCwvJBQIBfxp7/Qyama7CmpmuwpqZrsKama7CIRX9DDuquD87qrg/O6q4PzuquD8hFv0MAABASwAAQEsAAEBLAABASyEX/QyDgF45g4BeOYOAXjmDgF45IRj9DACAMb8AgDG/AIAxvwCAMb8hGf0MbDEIPGwxCDxsMQg8bDEIPCEa/Qz7lCs9+5QrPfuUKz37lCs9IRv9DNerKj7Xqyo+16sqPterKj4hHP0M/v7/Pv7+/z7+/v8+/v7/PiEd/Qx/AMC0fwDAtH8AwLR/AMC0IR79DAAAgD8AAIA/AACAPwAAgD8hH/0MAAAAAAAAAAAAAAAAAAAAACEgIAP9EyEHIAT9EyEIIAX9EyEJIAAgAkF8cUECdGohBgJAA0AgACAGTw0BIAD9AAQAIQogCiAI/eYBIBX96wEhDSANIBb95gEgF/3kASEOIA4gF/3lASEPIA8gGP3mASAPIBn95gEgDf3kAf3kASEQIBAgEP3mASERIBEgESAQIBr95gEgG/3kAf3mASAQIBz95gEgHf3kAf3kAf3mASAQ/eQBIRIgDiAe/a4BQRf9qwEhEyATIBL95gEgEyAf/eUB/eQBIRQgCiAHIBT95gEgCiAg/UT9UiEMIAEgDP0LBAAgAEEQaiEAIAFBEGohAQwACwsgACACQQNxQQJ0aiEGAkADQCAAIAZPDQEgAP0JAgAhCiAKIAj95gEgFf3rASENIA0gFv3mASAX/eQBIQ4gDiAX/eUBIQ8gDyAY/eYBIA8gGf3mASAN/eQB/eQBIRAgECAQ/eYBIREgESARIBAgGv3mASAb/eQB/eYBIBAgHP3mASAd/eQB/eQB/eYBIBD95AEhEiAOIB79rgFBF/2rASETIBMgEv3mASATIB/95QH95AEhFCAKIAcgFP3mASAKICD9RP1SIQwgASAM/VoCAAAgAEEEaiEAIAFBBGohAQwACwsLqwMCAX8Le/0MAACAPwAAgD8AAIA/AACAPyER/QwAAAAAAAAAAAAAAAAAAAAAIRIgBP0TIQggBf0TIQkgBv0TIQogACADQXhxQQJ0aiEHIAAgB0kEQANAIAD9AAQAIQsgAf0ABAAhDCAA/QAEECEOIAH9AAQQIQ8gDCAMIAsgCf3mASAR/eQB/eYBIAsgEv1E/VIhDSAPIA8gDiAJ/eYBIBH95AH95gEgDiAS/UT9UiEQIAIgDf0LBAAgAiAQ/QsEECAAQSBqIQAgAUEgaiEBIAJBIGohAiAAIAdJDQALCyAAIANBBHFBAnRqIQcCQANAIAAgB08NASAA/QAEACELIAH9AAQAIQwgDCAMIAsgCf3mASAR/eQB/eYBIAsgEv1E/VIhDSACIA39CwQAIABBEGohACABQRBqIQEgAkEQaiECDAALCyAAIANBA3FBAnRqIQcCQANAIAAgB08NASAA/QkCACELIAH9CQIAIQwgDCAMIAsgCf3mASAR/eQB/eYBIAsgEv1E/VIhDSACIA39WgIAACAAQQRqIQAgAUEEaiEBIAJBBGohAgwACwsL8QUCAX8ce/0MmpmuwpqZrsKama7CmpmuwiEV/Qw7qrg/O6q4PzuquD87qrg/IRb9DAAAQEsAAEBLAABASwAAQEshF/0Mg4BeOYOAXjmDgF45g4BeOSEY/QwAgDG/AIAxvwCAMb8AgDG/IRn9DGwxCDxsMQg8bDEIPGwxCDwhGv0M+5QrPfuUKz37lCs9+5QrPSEb/QzXqyo+16sqPterKj7Xqyo+IRz9DP7+/z7+/v8+/v7/Pv7+/z4hHf0MfwDAtH8AwLR/AMC0fwDAtCEe/QwAAIA/AACAPwAAgD8AAIA/IR/9DF99hj9ffYY/X32GP199hj8hIP0MZgnhP2YJ4T9mCeE/ZgnhPyEh/QwAAAAAAAAAAAAAAAAAAAAAISIgA/0TIQcgBP0TIQggBf0TIQkgACACQXxxQQJ0aiEGAkADQCAAIAZPDQEgAP0ABAAhCiAKIBX96wEhDSANIBb95gEgF/3kASEOIA4gF/3lASEPIA8gGP3mASAPIBn95gEgDf3kAf3kASEQIBAgEP3mASERIBEgESAQIBr95gEgG/3kAf3mASAQIBz95gEgHf3kAf3kAf3mASAQ/eQBIRIgDiAe/a4BQRf9qwEhEyATIBL95gEgEyAf/eUB/eQBIRQgICAK/eYBICEgFP3mASAKICL9RP1SIQwgASAM/QsEACAAQRBqIQAgAUEQaiEBDAALCyAAIAJBA3FBAnRqIQYCQANAIAAgBk8NASAA/QkCACEKIAogFf3rASENIA0gFv3mASAX/eQBIQ4gDiAX/eUBIQ8gDyAY/eYBIA8gGf3mASAN/eQB/eQBIRAgECAQ/eYBIREgESARIBAgGv3mASAb/eQB/eYBIBAgHP3mASAd/eQB/eQB/eYBIBD95AEhEiAOIB79rgFBF/2rASETIBMgEv3mASATIB/95QH95AEhFCAgIAr95gEgISAU/eYBIAogIv1E/VIhDCABIAz9WgIAACAAQQRqIQAgAUEEaiEBDAALCwu/AwIBfwx7/QxffYY/X32GP199hj9ffYY/IRH9DGYJ4T9mCeE/ZgnhP2YJ4T8hEv0MAAAAAAAAAAAAAAAAAAAAACETIAT9EyEIIAX9EyEJIAb9EyEKIAAgA0F4cUECdGohByAAIAdJBEADQCAA/QAEACELIAH9AAQAIQwgAP0ABBAhDiAB/QAEECEPIBEgDP3mASAMIAsgEv3kAf3mASALIBP9RP1SIQ0gESAP/eYBIA8gDiAS/eQB/eYBIA4gE/1E/VIhECACIA39CwQAIAIgEP0LBBAgAEEgaiEAIAFBIGohASACQSBqIQIgACAHSQ0ACwsgACADQQRxQQJ0aiEHAkADQCAAIAdPDQEgAP0ABAAhCyAB/QAEACEMIBEgDP3mASAMIAsgEv3kAf3mASALIBP9RP1SIQ0gAiAN/QsEACAAQRBqIQAgAUEQaiEBIAJBEGohAgwACwsgACADQQNxQQJ0aiEHAkADQCAAIAdPDQEgAP0JAgAhCyAB/QkCACEMIBEgDP3mASAMIAsgEv3kAf3mASALIBP9RP1SIQ0gAiAN/VoCAAAgAEEEaiEAIAFBBGohASACQQRqIQIMAAsLC+sFAgF/HXv9DAAAAIAAAACAAAAAgAAAAIAhF/0MmpmuwpqZrsKama7CmpmuwiEY/Qw7qrg/O6q4PzuquD87qrg/IRn9DAAAQEsAAEBLAABASwAAQEshGv0Mg4BeOYOAXjmDgF45g4BeOSEb/QwAgDG/AIAxvwCAMb8AgDG/IRz9DGwxCDxsMQg8bDEIPGwxCDwhHf0M+5QrPfuUKz37lCs9+5QrPSEe/QzXqyo+16sqPterKj7Xqyo+IR/9DP7+/z7+/v8+/v7/Pv7+/z4hIP0MfwDAtH8AwLR/AMC0fwDAtCEh/QwAAIA/AACAPwAAgD8AAIA/ISL9DAAAAAAAAAAAAAAAAAAAAAAhIyAD/RMhByAE/RMhCCAF/RMhCSAAIAJBfHFBAnRqIQYCQANAIAAgBk8NASAA/QAEACEKIAogF/1QIBj96wEhDSANIBn95gEgGv3kASEOIA4gGv3lASEPIA8gG/3mASAPIBz95gEgDf3kAf3kASEQIBAgEP3mASERIBEgESAQIB395gEgHv3kAf3mASAQIB/95gEgIP3kAf3kAf3mASAQ/eQBIRIgDiAh/a4BQRf9qwEhEyATIBL95gEgE/3kASEUICIgFP3kASEVICIgFCAKICP9Rv1SIBX95wEhFiAWIQwgASAM/QsEACAAQRBqIQAgAUEQaiEBDAALCyAAIAJBA3FBAnRqIQYCQANAIAAgBk8NASAA/QkCACEKIAogF/1QIBj96wEhDSANIBn95gEgGv3kASEOIA4gGv3lASEPIA8gG/3mASAPIBz95gEgDf3kAf3kASEQIBAgEP3mASERIBEgESAQIB395gEgHv3kAf3mASAQIB/95gEgIP3kAf3kAf3mASAQ/eQBIRIgDiAh/a4BQRf9qwEhEyATIBL95gEgE/3kASEUICIgFP3kASEVICIgFCAKICP9Rv1SIBX95wEhFiAWIQwgASAM/VoCAAAgAEEEaiEAIAFBBGohAQwACwsL7wICAX8Ke/0MAACAPwAAgD8AAIA/AACAPyERIAT9EyEIIAX9EyEJIAb9EyEKIAAgA0F4cUECdGohByAAIAdJBEADQCAA/QAEACELIAH9AAQAIQwgAP0ABBAhDiAB/QAEECEPIAwgC/3mASARIAv95QH95gEhDSAPIA795gEgESAO/eUB/eYBIRAgAiAN/QsEACACIBD9CwQQIABBIGohACABQSBqIQEgAkEgaiECIAAgB0kNAAsLIAAgA0EEcUECdGohBwJAA0AgACAHTw0BIAD9AAQAIQsgAf0ABAAhDCAMIAv95gEgESAL/eUB/eYBIQ0gAiAN/QsEACAAQRBqIQAgAUEQaiEBIAJBEGohAgwACwsgACADQQNxQQJ0aiEHAkADQCAAIAdPDQEgAP0JAgAhCyAB/QkCACEMIAwgC/3mASARIAv95QH95gEhDSACIA39WgIAACAAQQRqIQAgAUEEaiEBIAJBBGohAgwACwsLiQYCAX8ce/0MAAAAwAAAAMAAAADAAAAAwCEV/Qyama7CmpmuwpqZrsKama7CIRb9DDuquD87qrg/O6q4PzuquD8hF/0MAABASwAAQEsAAEBLAABASyEY/QyDgF45g4BeOYOAXjmDgF45IRn9DACAMb8AgDG/AIAxvwCAMb8hGv0MbDEIPGwxCDxsMQg8bDEIPCEb/Qz7lCs9+5QrPfuUKz37lCs9IRz9DNerKj7Xqyo+16sqPterKj4hHf0M/v7/Pv7+/z7+/v8+/v7/PiEe/Qx/AMC0fwDAtH8AwLR/AMC0IR/9DAAAgD8AAIA/AACAPwAAgD8hIP0MAAAAQAAAAEAAAABAAAAAQCEh/QwAAACAAAAAgAAAAIAAAACAISIgA/0TIQcgBP0TIQggBf0TIQkgACACQXxxQQJ0aiEGAkADQCAAIAZPDQEgAP0ABAAhCiAVIAr94AH95gEgFv3rASENIA0gF/3mASAY/eQBIQ4gDiAY/eUBIQ8gDyAZ/eYBIA8gGv3mASAN/eQB/eQBIRAgECAQ/eYBIREgESARIBAgG/3mASAc/eQB/eYBIBAgHf3mASAe/eQB/eQB/eYBIBD95AEhEiAOIB/9rgFBF/2rASETIBMgEv3mASATICD95QH95AEhFCAU/eEBICEgFP3kAf3nAf3gASAKICL9Tv1QIQwgASAM/QsEACAAQRBqIQAgAUEQaiEBDAALCyAAIAJBA3FBAnRqIQYCQANAIAAgBk8NASAA/QkCACEKIBUgCv3gAf3mASAW/esBIQ0gDSAX/eYBIBj95AEhDiAOIBj95QEhDyAPIBn95gEgDyAa/eYBIA395AH95AEhECAQIBD95gEhESARIBEgECAb/eYBIBz95AH95gEgECAd/eYBIB795AH95AH95gEgEP3kASESIA4gH/2uAUEX/asBIRMgEyAS/eYBIBMgIP3lAf3kASEUIBT94QEgISAU/eQB/ecB/eABIAogIv1O/VAhDCABIAz9WgIAACAAQQRqIQAgAUEEaiEBDAALCwvvAgIBfwp7/QwAAIA/AACAPwAAgD8AAIA/IREgBP0TIQggBf0TIQkgBv0TIQogACADQXhxQQJ0aiEHIAAgB0kEQANAIAD9AAQAIQsgAf0ABAAhDCAA/QAEECEOIAH9AAQQIQ8gDCARIAsgC/3mAf3lAf3mASENIA8gESAOIA795gH95QH95gEhECACIA39CwQAIAIgEP0LBBAgAEEgaiEAIAFBIGohASACQSBqIQIgACAHSQ0ACwsgACADQQRxQQJ0aiEHAkADQCAAIAdPDQEgAP0ABAAhCyAB/QAEACEMIAwgESALIAv95gH95QH95gEhDSACIA39CwQAIABBEGohACABQRBqIQEgAkEQaiECDAALCyAAIANBA3FBAnRqIQcCQANAIAAgB08NASAA/QkCACELIAH9CQIAIQwgDCARIAsgC/3mAf3lAf3mASENIAIgDf1aAgAAIABBBGohACABQQRqIQEgAkEEaiECDAALCwuNBgIBfx17/QwAAACAAAAAgAAAAIAAAACAIRf9DJqZrsKama7CmpmuwpqZrsIhGP0MO6q4PzuquD87qrg/O6q4PyEZ/QwAAEBLAABASwAAQEsAAEBLIRr9DIOAXjmDgF45g4BeOYOAXjkhG/0MAIAxvwCAMb8AgDG/AIAxvyEc/QxsMQg8bDEIPGwxCDxsMQg8IR39DPuUKz37lCs9+5QrPfuUKz0hHv0M16sqPterKj7Xqyo+16sqPiEf/Qz+/v8+/v7/Pv7+/z7+/v8+ISD9DH8AwLR/AMC0fwDAtH8AwLQhIf0MAACAPwAAgD8AAIA/AACAPyEi/QwAAAAAAAAAAAAAAAAAAAAAISMgA/0TIQcgBP0TIQggBf0TIQkgACACQXxxQQJ0aiEGAkADQCAAIAZPDQEgAP0ABAAhCiAKIBf9UCAY/esBIQ0gDSAZ/eYBIBr95AEhDiAOIBr95QEhDyAPIBv95gEgDyAc/eYBIA395AH95AEhECAQIBD95gEhESARIBEgECAd/eYBIB795AH95gEgECAf/eYBICD95AH95AH95gEgEP3kASESIA4gIf2uAUEX/asBIRMgEyAS/eYBIBP95AEgCiAX/VAgGP1D/U8hFCAiIBT95AEhFSAiIBQgCiAj/Ub9UiAV/ecBIRYgCiAW/eYBIQwgASAM/QsEACAAQRBqIQAgAUEQaiEBDAALCyAAIAJBA3FBAnRqIQYCQANAIAAgBk8NASAA/QkCACEKIAogF/1QIBj96wEhDSANIBn95gEgGv3kASEOIA4gGv3lASEPIA8gG/3mASAPIBz95gEgDf3kAf3kASEQIBAgEP3mASERIBEgESAQIB395gEgHv3kAf3mASAQIB/95gEgIP3kAf3kAf3mASAQ/eQBIRIgDiAh/a4BQRf9qwEhEyATIBL95gEgE/3kASAKIBf9UCAY/UP9TyEUICIgFP3kASEVICIgFCAKICP9Rv1SIBX95wEhFiAKIBb95gEhDCABIAz9WgIAACAAQQRqIQAgAUEEaiEBDAALCwvbBgIBfx57/QwAAACAAAAAgAAAAIAAAACAIRn9DJqZrsKama7CmpmuwpqZrsIhGv0MO6q4PzuquD87qrg/O6q4PyEb/QwAAEBLAABASwAAQEsAAEBLIRz9DIOAXjmDgF45g4BeOYOAXjkhHf0MAIAxvwCAMb8AgDG/AIAxvyEe/QxsMQg8bDEIPGwxCDxsMQg8IR/9DPuUKz37lCs9+5QrPfuUKz0hIP0M16sqPterKj7Xqyo+16sqPiEh/Qz+/v8+/v7/Pv7+/z7+/v8+ISL9DH8AwLR/AMC0fwDAtH8AwLQhI/0MAACAPwAAgD8AAIA/AACAPyEk/QwAAAAAAAAAAAAAAAAAAAAAISUgBP0TIQggBf0TIQkgBv0TIQogACADQXxxQQJ0aiEHAkADQCAAIAdPDQEgAP0ABAAhCyAB/QAEACEMIAsgGf1QIBr96wEhDiAOIBv95gEgHP3kASEPIA8gHP3lASEQIBAgHf3mASAQIB795gEgDv3kAf3kASERIBEgEf3mASESIBIgEiARIB/95gEgIP3kAf3mASARICH95gEgIv3kAf3kAf3mASAR/eQBIRMgDyAj/a4BQRf9qwEhFCAUIBP95gEgFP3kASALIBn9UCAa/UP9TyEVICQgFf3kASEWICQgFSALICX9Rv1SIBb95wEhFyAVIBYgFv3mAf3nASEYIAwgFyALIBj95gH95AH95gEhDSACIA39CwQAIABBEGohACABQRBqIQEgAkEQaiECDAALCyAAIANBA3FBAnRqIQcCQANAIAAgB08NASAA/QkCACELIAH9CQIAIQwgCyAZ/VAgGv3rASEOIA4gG/3mASAc/eQBIQ8gDyAc/eUBIRAgECAd/eYBIBAgHv3mASAO/eQB/eQBIREgESAR/eYBIRIgEiASIBEgH/3mASAg/eQB/eYBIBEgIf3mASAi/eQB/eQB/eYBIBH95AEhEyAPICP9rgFBF/2rASEUIBQgE/3mASAU/eQBIAsgGf1QIBr9Q/1PIRUgJCAV/eQBIRYgJCAVIAsgJf1G/VIgFv3nASEXIBUgFiAW/eYB/ecBIRggDCAXIAsgGP3mAf3kAf3mASENIAIgDf1aAgAAIABBBGohACABQQRqIQEgAkEEaiECDAALCwurBgIBfx17/QwAAACAAAAAgAAAAIAAAACAIRf9DJqZrsKama7CmpmuwpqZrsIhGP0MO6q4PzuquD87qrg/O6q4PyEZ/QwAAEBLAABASwAAQEsAAEBLIRr9DIOAXjmDgF45g4BeOYOAXjkhG/0MAIAxvwCAMb8AgDG/AIAxvyEc/QxsMQg8bDEIPGwxCDxsMQg8IR39DPuUKz37lCs9+5QrPfuUKz0hHv0M16sqPterKj7Xqyo+16sqPiEf/Qz+/v8+/v7/Pv7+/z7+/v8+ISD9DH8AwLR/AMC0fwDAtH8AwLQhIf0MAACAPwAAgD8AAIA/AACAPyEi/QwAAAAAAAAAAAAAAAAAAAAAISMgA/0TIQcgBP0TIQggBf0TIQkgACACQXxxQQJ0aiEGAkADQCAAIAZPDQEgAP0ABAAhCiAHIAr95gEgF/1QIBj96wEhDSANIBn95gEgGv3kASEOIA4gGv3lASEPIA8gG/3mASAPIBz95gEgDf3kAf3kASEQIBAgEP3mASERIBEgESAQIB395gEgHv3kAf3mASAQIB/95gEgIP3kAf3kAf3mASAQ/eQBIRIgDiAh/a4BQRf9qwEhEyATIBL95gEgE/3kASAHIAr95gEgF/1QIBj9Q/1PIRQgIiAU/eQBIRUgIiAUIAcgCv3mASAj/Ub9UiAV/ecBIRYgCiAW/eYBIQwgASAM/QsEACAAQRBqIQAgAUEQaiEBDAALCyAAIAJBA3FBAnRqIQYCQANAIAAgBk8NASAA/QkCACEKIAcgCv3mASAX/VAgGP3rASENIA0gGf3mASAa/eQBIQ4gDiAa/eUBIQ8gDyAb/eYBIA8gHP3mASAN/eQB/eQBIRAgECAQ/eYBIREgESARIBAgHf3mASAe/eQB/eYBIBAgH/3mASAg/eQB/eQB/eYBIBD95AEhEiAOICH9rgFBF/2rASETIBMgEv3mASAT/eQBIAcgCv3mASAX/VAgGP1D/U8hFCAiIBT95AEhFSAiIBQgByAK/eYBICP9Rv1SIBX95wEhFiAKIBb95gEhDCABIAz9WgIAACAAQQRqIQAgAUEEaiEBDAALCwvtBgIBfx97/QwAAACAAAAAgAAAAIAAAACAIRr9DJqZrsKama7CmpmuwpqZrsIhG/0MO6q4PzuquD87qrg/O6q4PyEc/QwAAEBLAABASwAAQEsAAEBLIR39DIOAXjmDgF45g4BeOYOAXjkhHv0MAIAxvwCAMb8AgDG/AIAxvyEf/QxsMQg8bDEIPGwxCDxsMQg8ISD9DPuUKz37lCs9+5QrPfuUKz0hIf0M16sqPterKj7Xqyo+16sqPiEi/Qz+/v8+/v7/Pv7+/z7+/v8+ISP9DH8AwLR/AMC0fwDAtH8AwLQhJP0MAACAPwAAgD8AAIA/AACAPyEl/QwAAAAAAAAAAAAAAAAAAAAAISYgBP0TIQggBf0TIQkgBv0TIQogACADQXxxQQJ0aiEHAkADQCAAIAdPDQEgAP0ABAAhCyAB/QAEACEMIAggC/3mASEOIA4gGv1QIBv96wEhDyAPIBz95gEgHf3kASEQIBAgHf3lASERIBEgHv3mASARIB/95gEgD/3kAf3kASESIBIgEv3mASETIBMgEyASICD95gEgIf3kAf3mASASICL95gEgI/3kAf3kAf3mASAS/eQBIRQgECAk/a4BQRf9qwEhFSAVIBT95gEgFf3kASAOIBr9UCAb/UP9TyEWICUgFv3kASEXICUgFiAOICb9Rv1SIBf95wEhGCAWIBcgF/3mAf3nASEZIAwgGCAOIBn95gH95AH95gEhDSACIA39CwQAIABBEGohACABQRBqIQEgAkEQaiECDAALCyAAIANBA3FBAnRqIQcCQANAIAAgB08NASAA/QkCACELIAH9CQIAIQwgCCAL/eYBIQ4gDiAa/VAgG/3rASEPIA8gHP3mASAd/eQBIRAgECAd/eUBIREgESAe/eYBIBEgH/3mASAP/eQB/eQBIRIgEiAS/eYBIRMgEyATIBIgIP3mASAh/eQB/eYBIBIgIv3mASAj/eQB/eQB/eYBIBL95AEhFCAQICT9rgFBF/2rASEVIBUgFP3mASAV/eQBIA4gGv1QIBv9Q/1PIRYgJSAW/eQBIRcgJSAWIA4gJv1G/VIgF/3nASEYIBYgFyAX/eYB/ecBIRkgDCAYIA4gGf3mAf3kAf3mASENIAIgDf1aAgAAIABBBGohACABQQRqIQEgAkEEaiECDAALCwvtCAIBfyd7/QwAAACAAAAAgAAAAIAAAACAIRn9DJqZrsKama7CmpmuwpqZrsIhGv0MO6q4PzuquD87qrg/O6q4PyEb/QwAAEBLAABASwAAQEsAAEBLIRz9DIOAXjmDgF45g4BeOYOAXjkhHf0MAIAxvwCAMb8AgDG/AIAxvyEe/QxsMQg8bDEIPGwxCDxsMQg8IR/9DPuUKz37lCs9+5QrPfuUKz0hIP0M16sqPterKj7Xqyo+16sqPiEh/Qz+/v8+/v7/Pv7+/z7+/v8+ISL9DH8AwLR/AMC0fwDAtH8AwLQhI/0MAAAAQAAAAEAAAABAAAAAQCEk/QyJiIg9iYiIPYmIiD2JiIg9ISX9DNmJnT3ZiZ092YmdPdmJnT0hJv0MjC66PYwuuj2MLro9jC66PSEn/Qw5juM9OY7jPTmO4z05juM9ISj9DCVJEj4lSRI+JUkSPiVJEj4hKf0MzcxMPs3MTD7NzEw+zcxMPiEq/Qyrqqo+q6qqPquqqj6rqqo+ISv9DAAAgD8AAIA/AACAPwAAgD8hLP0MAAAAAAAAAAAAAAAAAAAAACEtIAP9EyEHIAT9EyEIIAX9EyEJIAAgAkF8cUECdGohBgJAA0AgACAGTw0BIAD9AAQAIQogByAK/eYBIQ0gDSAZ/VAgGv3rASEOIA4gG/3mASAc/eQBIQ8gDyAc/eUBIRAgECAd/eYBIBAgHv3mASAO/eQB/eQBIREgESAR/eYBIRIgEiASIBEgH/3mASAg/eQB/eYBIBEgIf3mASAi/eQB/eQB/eYBIBH95AEhEyAPICP9rgFBF/2rASEUIBQgE/3mASAU/eQBIRUgFSAkIBX95AH95wEhFiAWIBb95gEhFyAkIBb95gEgJSAX/eYBICb95AEgF/3mASAn/eQBIBf95gEgKP3kASAX/eYBICn95AEgF/3mASAq/eQBIBf95gEgK/3kASAX/eYBICz95AH95gEhGCAKIA0gLf3pASAY/eQBIAn95gEgDSAI/UT9UiEMIAEgDP0LBAAgAEEQaiEAIAFBEGohAQwACwsgACACQQNxQQJ0aiEGAkADQCAAIAZPDQEgAP0JAgAhCiAHIAr95gEhDSANIBn9UCAa/esBIQ4gDiAb/eYBIBz95AEhDyAPIBz95QEhECAQIB395gEgECAe/eYBIA795AH95AEhESARIBH95gEhEiASIBIgESAf/eYBICD95AH95gEgESAh/eYBICL95AH95AH95gEgEf3kASETIA8gI/2uAUEX/asBIRQgFCAT/eYBIBT95AEhFSAVICQgFf3kAf3nASEWIBYgFv3mASEXICQgFv3mASAlIBf95gEgJv3kASAX/eYBICf95AEgF/3mASAo/eQBIBf95gEgKf3kASAX/eYBICr95AEgF/3mASAr/eQBIBf95gEgLP3kAf3mASEYIAogDSAt/ekBIBj95AEgCf3mASANIAj9RP1SIQwgASAM/VoCAAAgAEEEaiEAIAFBBGohAQwACwsL0QYCAX8ee/0MAAAAgAAAAIAAAACAAAAAgCEZ/Qyama7CmpmuwpqZrsKama7CIRr9DDuquD87qrg/O6q4PzuquD8hG/0MAABASwAAQEsAAEBLAABASyEc/QyDgF45g4BeOYOAXjmDgF45IR39DACAMb8AgDG/AIAxvwCAMb8hHv0MbDEIPGwxCDxsMQg8bDEIPCEf/Qz7lCs9+5QrPfuUKz37lCs9ISD9DNerKj7Xqyo+16sqPterKj4hIf0M/v7/Pv7+/z7+/v8+/v7/PiEi/Qx/AMC0fwDAtH8AwLR/AMC0ISP9DAAAgD8AAIA/AACAPwAAgD8hJP0MAAAAAAAAAAAAAAAAAAAAACElIAT9EyEIIAX9EyEJIAb9EyEKIAAgA0F8cUECdGohBwJAA0AgACAHTw0BIAD9AAQAIQsgAf0ABAAhDCAIIAv95gEhDiAOIBn9UCAa/esBIQ8gDyAb/eYBIBz95AEhECAQIBz95QEhESARIB395gEgESAe/eYBIA/95AH95AEhEiASIBL95gEhEyATIBMgEiAf/eYBICD95AH95gEgEiAh/eYBICL95AH95AH95gEgEv3kASEUIBAgI/2uAUEX/asBIRUgFSAU/eYBIBX95AEgDiAZ/VAgGv1D/U8hFiAkIBb95AEhFyAkIBYgDiAl/Ub9UiAX/ecBIRggDCAMIBj95gEgDiAJ/UT9UiENIAIgDf0LBAAgAEEQaiEAIAFBEGohASACQRBqIQIMAAsLIAAgA0EDcUECdGohBwJAA0AgACAHTw0BIAD9CQIAIQsgAf0JAgAhDCAIIAv95gEhDiAOIBn9UCAa/esBIQ8gDyAb/eYBIBz95AEhECAQIBz95QEhESARIB395gEgESAe/eYBIA/95AH95AEhEiASIBL95gEhEyATIBMgEiAf/eYBICD95AH95gEgEiAh/eYBICL95AH95AH95gEgEv3kASEUIBAgI/2uAUEX/asBIRUgFSAU/eYBIBX95AEgDiAZ/VAgGv1D/U8hFiAkIBb95AEhFyAkIBYgDiAl/Ub9UiAX/ecBIRggDCAMIBj95gEgDiAJ/UT9UiENIAIgDf1aAgAAIABBBGohACABQQRqIQEgAkEEaiECDAALCwvXCwIBfyx7/QzzBDU/8wQ1P/MENT/zBDU/IRr9DAAAgD8AAIA/AACAPwAAgD8hG/0MAAAAPwAAAD8AAAA/AAAAPyEc/QxF+S4+RfkuPkX5Lj5F+S4+IR39DJJ4Ur+SeFK/knhSv5J4Ur8hHv0MsIe+P7CHvj+wh74/sIe+PyEf/QxdTpG/XU6Rv11Okb9dTpG/ISD9DMzHjj7Mx44+zMeOPszHjj4hIf0MTMI+vkzCPr5Mwj6+TMI+viEi/QzJNsY9yTbGPck2xj3JNsY9ISP9DPuIvz77iL8++4i/PvuIvz4hJP0MxwCAP8cAgD/HAIA/xwCAPyEl/QxO/KG/Tvyhv078ob9O/KG/ISb9DJqZrsKama7CmpmuwpqZrsIhJ/0MmpmwQpqZsEKambBCmpmwQiEo/Qw7qrg/O6q4PzuquD87qrg/ISn9DAAAQEsAAEBLAABASwAAQEshKv0Mg4BeOYOAXjmDgF45g4BeOSEr/QwAgDG/AIAxvwCAMb8AgDG/ISz9DGwxCDxsMQg8bDEIPGwxCDwhLf0M+5QrPfuUKz37lCs9+5QrPSEu/QzXqyo+16sqPterKj7Xqyo+IS/9DP7+/z7+/v8+/v7/Pv7+/z4hMP0MfwDAtH8AwLR/AMC0fwDAtCEx/QwAAAAAAAAAAAAAAAAAAAAAITIgA/0TIQcgBP0TIQggBf0TIQkgACACQXxxQQJ0aiEGAkADQCAAIAZPDQEgAP0ABAAhCiAK/eABIBr95gEhDSAbIBsgHCAN/eYB/eQB/ecBIQ4gHSAO/eYBIB795AEgDv3mASAf/eQBIA795gEgIP3kASAO/eYBICH95AEgDv3mASAi/eQBIA795gEgI/3kASAO/eYBICT95AEgDv3mASAl/eQBIA795gEgJv3kASANIA395gH95QEgJ/3rASAo/eoBIQ8gDyAp/eYBICr95AEhECAQICr95QEhESARICv95gEgESAs/eYBIA/95AH95AEhEiASIBL95gEhEyATIBMgEiAt/eYBIC795AH95gEgEiAv/eYBIDD95AH95AH95gEgEv3kASEUIBAgMf2uAUEX/asBIRUgFSAU/eYBIBX95AEgHSAO/eYBIB795AEgDv3mASAf/eQBIA795gEgIP3kASAO/eYBICH95AEgDv3mASAi/eQBIA795gEgI/3kASAO/eYBICT95AEgDv3mASAl/eQBIA795gEgJv3kASANIA395gH95QEgJ/1D/U8hFiAOIBb95gEhFyAcIBf95gEhGCAbIBj95QEgGCAKIDL9Rv1SIRkgCiAZ/eYBIQwgASAM/QsEACAAQRBqIQAgAUEQaiEBDAALCyAAIAJBA3FBAnRqIQYCQANAIAAgBk8NASAA/QkCACEKIAr94AEgGv3mASENIBsgGyAcIA395gH95AH95wEhDiAdIA795gEgHv3kASAO/eYBIB/95AEgDv3mASAg/eQBIA795gEgIf3kASAO/eYBICL95AEgDv3mASAj/eQBIA795gEgJP3kASAO/eYBICX95AEgDv3mASAm/eQBIA0gDf3mAf3lASAn/esBICj96gEhDyAPICn95gEgKv3kASEQIBAgKv3lASERIBEgK/3mASARICz95gEgD/3kAf3kASESIBIgEv3mASETIBMgEyASIC395gEgLv3kAf3mASASIC/95gEgMP3kAf3kAf3mASAS/eQBIRQgECAx/a4BQRf9qwEhFSAVIBT95gEgFf3kASAdIA795gEgHv3kASAO/eYBIB/95AEgDv3mASAg/eQBIA795gEgIf3kASAO/eYBICL95AEgDv3mASAj/eQBIA795gEgJP3kASAO/eYBICX95AEgDv3mASAm/eQBIA0gDf3mAf3lASAn/UP9TyEWIA4gFv3mASEXIBwgF/3mASEYIBsgGP3lASAYIAogMv1G/VIhGSAKIBn95gEhDCABIAz9WgIAACAAQQRqIQAgAUEEaiEBDAALCwuPDwIBfzZ7/QwAAAC/AAAAvwAAAL8AAAC/ISP9DJqZrsKama7CmpmuwpqZrsIhJP0MmpmwQpqZsEKambBCmpmwQiEl/Qw7qrg/O6q4PzuquD87qrg/ISb9DAAAQEsAAEBLAABASwAAQEshJ/0Mg4BeOYOAXjmDgF45g4BeOSEo/QwAgDG/AIAxvwCAMb8AgDG/ISn9DGwxCDxsMQg8bDEIPGwxCDwhKv0M+5QrPfuUKz37lCs9+5QrPSEr/QzXqyo+16sqPterKj7Xqyo+ISz9DP7+/z7+/v8+/v7/Pv7+/z4hLf0MfwDAtH8AwLR/AMC0fwDAtCEu/QzzBDU/8wQ1P/MENT/zBDU/IS/9DAAAgD8AAIA/AACAPwAAgD8hMP0MAAAAPwAAAD8AAAA/AAAAPyEx/QxF+S4+RfkuPkX5Lj5F+S4+ITL9DJJ4Ur+SeFK/knhSv5J4Ur8hM/0MsIe+P7CHvj+wh74/sIe+PyE0/QxdTpG/XU6Rv11Okb9dTpG/ITX9DMzHjj7Mx44+zMeOPszHjj4hNv0MTMI+vkzCPr5Mwj6+TMI+viE3/QzJNsY9yTbGPck2xj3JNsY9ITj9DPuIvz77iL8++4i/PvuIvz4hOf0MxwCAP8cAgD/HAIA/xwCAPyE6/QxO/KG/Tvyhv078ob9O/KG/ITv9DAAAAAAAAAAAAAAAAAAAAAAhPP0MKkLMPipCzD4qQsw+KkLMPiE9IAT9EyEIIAX9EyEJIAb9EyEKIAAgA0F8cUECdGohBwJAA0AgACAHTw0BIAD9AAQAIQsgAf0ABAAhDCAjIAsgC/3mAf3mASAk/esBICX96gEhDiAOICb95gEgJ/3kASEPIA8gJ/3lASEQIBAgKP3mASAQICn95gEgDv3kAf3kASERIBEgEf3mASESIBIgEiARICr95gEgK/3kAf3mASARICz95gEgLf3kAf3kAf3mASAR/eQBIRMgDyAu/a4BQRf9qwEhFCAUIBP95gEgFP3kASAjIAsgC/3mAf3mASAk/UP9TyEVIAv94AEgL/3mASEWIDAgMCAxIBb95gH95AH95wEhFyAyIBf95gEgM/3kASAX/eYBIDT95AEgF/3mASA1/eQBIBf95gEgNv3kASAX/eYBIDf95AEgF/3mASA4/eQBIBf95gEgOf3kASAX/eYBIDr95AEgF/3mASA7/eQBIBYgFv3mAf3lASAk/esBICX96gEhGCAYICb95gEgJ/3kASEZIBkgJ/3lASEaIBogKP3mASAaICn95gEgGP3kAf3kASEbIBsgG/3mASEcIBwgHCAbICr95gEgK/3kAf3mASAbICz95gEgLf3kAf3kAf3mASAb/eQBIR0gGSAu/a4BQRf9qwEhHiAeIB395gEgHv3kASAyIBf95gEgM/3kASAX/eYBIDT95AEgF/3mASA1/eQBIBf95gEgNv3kASAX/eYBIDf95AEgF/3mASA4/eQBIBf95gEgOf3kASAX/eYBIDr95AEgF/3mASA7/eQBIBYgFv3mAf3lASAk/UP9TyEfIBcgH/3mASEgIDEgIP3mASEhIDAgIf3lASAhIAsgPP1G/VIhIiAMICIgCyA9IBX95gH95gH95AH95gEhDSACIA39CwQAIABBEGohACABQRBqIQEgAkEQaiECDAALCyAAIANBA3FBAnRqIQcCQANAIAAgB08NASAA/QkCACELIAH9CQIAIQwgIyALIAv95gH95gEgJP3rASAl/eoBIQ4gDiAm/eYBICf95AEhDyAPICf95QEhECAQICj95gEgECAp/eYBIA795AH95AEhESARIBH95gEhEiASIBIgESAq/eYBICv95AH95gEgESAs/eYBIC395AH95AH95gEgEf3kASETIA8gLv2uAUEX/asBIRQgFCAT/eYBIBT95AEgIyALIAv95gH95gEgJP1D/U8hFSAL/eABIC/95gEhFiAwIDAgMSAW/eYB/eQB/ecBIRcgMiAX/eYBIDP95AEgF/3mASA0/eQBIBf95gEgNf3kASAX/eYBIDb95AEgF/3mASA3/eQBIBf95gEgOP3kASAX/eYBIDn95AEgF/3mASA6/eQBIBf95gEgO/3kASAWIBb95gH95QEgJP3rASAl/eoBIRggGCAm/eYBICf95AEhGSAZICf95QEhGiAaICj95gEgGiAp/eYBIBj95AH95AEhGyAbIBv95gEhHCAcIBwgGyAq/eYBICv95AH95gEgGyAs/eYBIC395AH95AH95gEgG/3kASEdIBkgLv2uAUEX/asBIR4gHiAd/eYBIB795AEgMiAX/eYBIDP95AEgF/3mASA0/eQBIBf95gEgNf3kASAX/eYBIDb95AEgF/3mASA3/eQBIBf95gEgOP3kASAX/eYBIDn95AEgF/3mASA6/eQBIBf95gEgO/3kASAWIBb95gH95QEgJP1D/U8hHyAXIB/95gEhICAxICD95gEhISAwICH95QEgISALIDz9Rv1SISIgDCAiIAsgPSAV/eYB/eYB/eQB/eYBIQ0gAiAN/VoCAAAgAEEEaiEAIAFBBGohASACQQRqIQIMAAsLC+8GAgF/IHv9DCpCzD8qQsw/KkLMPypCzD8hGP0MEyc3PRMnNz0TJzc9Eyc3PSEZ/QwAAACAAAAAgAAAAIAAAACAIRr9DJqZrsKama7CmpmuwpqZrsIhG/0MO6q4PzuquD87qrg/O6q4PyEc/QwAAEBLAABASwAAQEsAAEBLIR39DIOAXjmDgF45g4BeOYOAXjkhHv0MAIAxvwCAMb8AgDG/AIAxvyEf/QxsMQg8bDEIPGwxCDxsMQg8ISD9DPuUKz37lCs9+5QrPfuUKz0hIf0M16sqPterKj7Xqyo+16sqPiEi/Qz+/v8+/v7/Pv7+/z7+/v8+ISP9DH8AwLR/AMC0fwDAtH8AwLQhJP0MAACAPwAAgD8AAIA/AACAPyEl/QwAAAAAAAAAAAAAAAAAAAAAISYgA/0TIQcgBP0TIQggBf0TIQkgACACQXxxQQJ0aiEGAkADQCAAIAZPDQEgAP0ABAAhCiAYIAogGSAKIAogCv3mAf3mAf3mAf3kAf3mASENIA0gGv1QIBv96wEhDiAOIBz95gEgHf3kASEPIA8gHf3lASEQIBAgHv3mASAQIB/95gEgDv3kAf3kASERIBEgEf3mASESIBIgEiARICD95gEgIf3kAf3mASARICL95gEgI/3kAf3kAf3mASAR/eQBIRMgDyAk/a4BQRf9qwEhFCAUIBP95gEgFP3kASANIBr9UCAb/UP9TyEVICUgFf3kASEWICUgFSANICb9Rv1SIBb95wEhFyAKIBf95gEhDCABIAz9CwQAIABBEGohACABQRBqIQEMAAsLIAAgAkEDcUECdGohBgJAA0AgACAGTw0BIAD9CQIAIQogGCAKIBkgCiAKIAr95gH95gH95gH95AH95gEhDSANIBr9UCAb/esBIQ4gDiAc/eYBIB395AEhDyAPIB395QEhECAQIB795gEgECAf/eYBIA795AH95AEhESARIBH95gEhEiASIBIgESAg/eYBICH95AH95gEgESAi/eYBICP95AH95AH95gEgEf3kASETIA8gJP2uAUEX/asBIRQgFCAT/eYBIBT95AEgDSAa/VAgG/1D/U8hFSAlIBX95AEhFiAlIBUgDSAm/Ub9UiAW/ecBIRcgCiAX/eYBIQwgASAM/VoCAAAgAEEEaiEAIAFBBGohAQwACwsLtQgCAX8ke/0MKkLMPypCzD8qQsw/KkLMPyEa/QwTJzc9Eyc3PRMnNz0TJzc9IRv9DAAAAIAAAACAAAAAgAAAAIAhHP0MmpmuwpqZrsKama7CmpmuwiEd/Qw7qrg/O6q4PzuquD87qrg/IR79DAAAQEsAAEBLAABASwAAQEshH/0Mg4BeOYOAXjmDgF45g4BeOSEg/QwAgDG/AIAxvwCAMb8AgDG/ISH9DGwxCDxsMQg8bDEIPGwxCDwhIv0M+5QrPfuUKz37lCs9+5QrPSEj/QzXqyo+16sqPterKj7Xqyo+IST9DP7+/z7+/v8+/v7/Pv7+/z4hJf0MfwDAtH8AwLR/AMC0fwDAtCEm/QwAAIA/AACAPwAAgD8AAIA/ISf9DAAAAAAAAAAAAAAAAAAAAAAhKP0MAAAAQAAAAEAAAABAAAAAQCEp/QwqQkw/KkJMPypCTD8qQkw/ISr9DE9dCT5PXQk+T10JPk9dCT4hKyAE/RMhCCAF/RMhCSAG/RMhCiAAIANBfHFBAnRqIQcCQANAIAAgB08NASAA/QAEACELIAH9AAQAIQwgGiALIBsgCyALIAv95gH95gH95gH95AH95gEhDiAOIBz9UCAd/esBIQ8gDyAe/eYBIB/95AEhECAQIB/95QEhESARICD95gEgESAh/eYBIA/95AH95AEhEiASIBL95gEhEyATIBMgEiAi/eYBICP95AH95gEgEiAk/eYBICX95AH95AH95gEgEv3kASEUIBAgJv2uAUEX/asBIRUgFSAU/eYBIBX95AEgDiAc/VAgHf1D/U8hFiAnIBb95AEhFyAnIBYgDiAo/Ub9UiAX/ecBIRggFiAXIBf95gH95wEhGSAMIBggKSAL/eYBIBkgKiAnICsgCyAL/eYB/eYB/eQB/eYB/eYB/eYB/eQB/eYBIQ0gAiAN/QsEACAAQRBqIQAgAUEQaiEBIAJBEGohAgwACwsgACADQQNxQQJ0aiEHAkADQCAAIAdPDQEgAP0JAgAhCyAB/QkCACEMIBogCyAbIAsgCyAL/eYB/eYB/eYB/eQB/eYBIQ4gDiAc/VAgHf3rASEPIA8gHv3mASAf/eQBIRAgECAf/eUBIREgESAg/eYBIBEgIf3mASAP/eQB/eQBIRIgEiAS/eYBIRMgEyATIBIgIv3mASAj/eQB/eYBIBIgJP3mASAl/eQB/eQB/eYBIBL95AEhFCAQICb9rgFBF/2rASEVIBUgFP3mASAV/eQBIA4gHP1QIB39Q/1PIRYgJyAW/eQBIRcgJyAWIA4gKP1G/VIgF/3nASEYIBYgFyAX/eYB/ecBIRkgDCAYICkgC/3mASAZICogJyArIAsgC/3mAf3mAf3kAf3mAf3mAf3mAf3kAf3mASENIAIgDf1aAgAAIABBBGohACABQQRqIQEgAkEEaiECDAALCwuTBgIBfxx7/QwAAKBBAACgQQAAoEEAAKBBIRb9DJqZrsKama7CmpmuwpqZrsIhF/0MmpmwQpqZsEKambBCmpmwQiEY/Qw7qrg/O6q4PzuquD87qrg/IRn9DAAAQEsAAEBLAABASwAAQEshGv0Mg4BeOYOAXjmDgF45g4BeOSEb/QwAgDG/AIAxvwCAMb8AgDG/IRz9DGwxCDxsMQg8bDEIPGwxCDwhHf0M+5QrPfuUKz37lCs9+5QrPSEe/QzXqyo+16sqPterKj7Xqyo+IR/9DP7+/z7+/v8+/v7/Pv7+/z4hIP0MfwDAtH8AwLR/AMC0fwDAtCEh/QwAAABAAAAAQAAAAEAAAABAISIgA/0TIQcgBP0TIQggBf0TIQkgACACQXxxQQJ0aiEGAkADQCAAIAZPDQEgAP0ABAAhCiAKIBb96gEgF/3rASAY/eoBIQ0gDSAZ/eYBIBr95AEhDiAOIBr95QEhDyAPIBv95gEgDyAc/eYBIA395AH95AEhECAQIBD95gEhESARIBEgECAd/eYBIB795AH95gEgECAf/eYBICD95AH95AH95gEgEP3kASESIA4gIf2uAUEX/asBIRMgEyAS/eYBIBP95AEgCiAW/eoBIBf9Q/1PIRQgFCAUICL95AH95gEhFSAKIBUgFSAi/eQB/ecB/eYBIQwgASAM/QsEACAAQRBqIQAgAUEQaiEBDAALCyAAIAJBA3FBAnRqIQYCQANAIAAgBk8NASAA/QkCACEKIAogFv3qASAX/esBIBj96gEhDSANIBn95gEgGv3kASEOIA4gGv3lASEPIA8gG/3mASAPIBz95gEgDf3kAf3kASEQIBAgEP3mASERIBEgESAQIB395gEgHv3kAf3mASAQIB/95gEgIP3kAf3kAf3mASAQ/eQBIRIgDiAh/a4BQRf9qwEhEyATIBL95gEgE/3kASAKIBb96gEgF/1D/U8hFCAUIBQgIv3kAf3mASEVIAogFSAVICL95AH95wH95gEhDCABIAz9WgIAACAAQQRqIQAgAUEEaiEBDAALCwu1BwIBfx97/QwAAKBBAACgQQAAoEEAAKBBIRn9DJqZrsKama7CmpmuwpqZrsIhGv0MmpmwQpqZsEKambBCmpmwQiEb/Qw7qrg/O6q4PzuquD87qrg/IRz9DAAAQEsAAEBLAABASwAAQEshHf0Mg4BeOYOAXjmDgF45g4BeOSEe/QwAgDG/AIAxvwCAMb8AgDG/IR/9DGwxCDxsMQg8bDEIPGwxCDwhIP0M+5QrPfuUKz37lCs9+5QrPSEh/QzXqyo+16sqPterKj7Xqyo+ISL9DP7+/z7+/v8+/v7/Pv7+/z4hI/0MfwDAtH8AwLR/AMC0fwDAtCEk/QwAAABAAAAAQAAAAEAAAABAISX9DAAAgD8AAIA/AACAPwAAgD8hJiAE/RMhCCAF/RMhCSAG/RMhCiAAIANBfHFBAnRqIQcCQANAIAAgB08NASAA/QAEACELIAH9AAQAIQwgCyAZ/eoBIBr96wEgG/3qASEOIA4gHP3mASAd/eQBIQ8gDyAd/eUBIRAgECAe/eYBIBAgH/3mASAO/eQB/eQBIREgESAR/eYBIRIgEiASIBEgIP3mASAh/eQB/eYBIBEgIv3mASAj/eQB/eQB/eYBIBH95AEhEyAPICT9rgFBF/2rASEUIBQgE/3mASAU/eQBIAsgGf3qASAa/UP9TyEVIBUgFSAl/eQB/eYBIRYgFiAl/eQBIRcgFiAX/ecBIRggDCAYIAsgJSAX/ecBICYgGP3kAf3mASAVICYgFf3kAf3nAf3mASALIBn9RP1P/eYB/eQB/eYBIQ0gAiAN/QsEACAAQRBqIQAgAUEQaiEBIAJBEGohAgwACwsgACADQQNxQQJ0aiEHAkADQCAAIAdPDQEgAP0JAgAhCyAB/QkCACEMIAsgGf3qASAa/esBIBv96gEhDiAOIBz95gEgHf3kASEPIA8gHf3lASEQIBAgHv3mASAQIB/95gEgDv3kAf3kASERIBEgEf3mASESIBIgEiARICD95gEgIf3kAf3mASARICL95gEgI/3kAf3kAf3mASAR/eQBIRMgDyAk/a4BQRf9qwEhFCAUIBP95gEgFP3kASALIBn96gEgGv1D/U8hFSAVIBUgJf3kAf3mASEWIBYgJf3kASEXIBYgF/3nASEYIAwgGCALICUgF/3nASAmIBj95AH95gEgFSAmIBX95AH95wH95gEgCyAZ/UT9T/3mAf3kAf3mASENIAIgDf1aAgAAIABBBGohACABQQRqIQEgAkEEaiECDAALCwv/BAIBfxh7/Qyama7CmpmuwpqZrsKama7CIRX9DDuquD87qrg/O6q4PzuquD8hFv0MAABASwAAQEsAAEBLAABASyEX/QyDgF45g4BeOYOAXjmDgF45IRj9DACAMb8AgDG/AIAxvwCAMb8hGf0MbDEIPGwxCDxsMQg8bDEIPCEa/Qz7lCs9+5QrPfuUKz37lCs9IRv9DNerKj7Xqyo+16sqPterKj4hHP0M/v7/Pv7+/z7+/v8+/v7/PiEd/Qx/AMC0fwDAtH8AwLR/AMC0IR4gA/0TIQcgBP0TIQggBf0TIQkgACACQXxxQQJ0aiEGAkADQCAAIAZPDQEgAP0ABAAhCiAKIBX96wEhDSANIBb95gEgF/3kASEOIA4gF/3lASEPIA8gGP3mASAPIBn95gEgDf3kAf3kASEQIBAgEP3mASERIBEgESAQIBr95gEgG/3kAf3mASAQIBz95gEgHf3kAf3kAf3mASAQ/eQBIRIgDiAe/a4BQRf9qwEhEyATIBL95gEgE/3kASAKIBX9Q/1PIRQgFCEMIAEgDP0LBAAgAEEQaiEAIAFBEGohAQwACwsgACACQQNxQQJ0aiEGAkADQCAAIAZPDQEgAP0JAgAhCiAKIBX96wEhDSANIBb95gEgF/3kASEOIA4gF/3lASEPIA8gGP3mASAPIBn95gEgDf3kAf3kASEQIBAgEP3mASERIBEgESAQIBr95gEgG/3kAf3mASAQIBz95gEgHf3kAf3kAf3mASAQ/eQBIRIgDiAe/a4BQRf9qwEhEyATIBL95gEgE/3kASAKIBX9Q/1PIRQgFCEMIAEgDP1aAgAAIABBBGohACABQQRqIQEMAAsLC70vHAF/AX0BewF9AXsBfQF7AX0BewF9AXsBfQF7AX0BewF9AXsBfQN7AX0CewF9AnsBfQJ7AX0CewF9IAa2IRIgEv0TIRMgB7YhFCAU/RMhFSAItiEWIBb9EyEXIAm2IRggGP0TIRkgC7YhGiAa/RMhGyAMtiEcIBz9EyEdIA22IR4gHv0TIR8gDyAKo7YhICAg/RMhIUQAAAAAAADwPyAPIA6ioLYhIiAi/RMhIyANRAAAAAAAAAAAYgRAIA5EAAAAAAAAAABiBEAgEARAIAAgBUF4cUECdGohESAAIBFJBEADQCAA/QAEACEkIAH9AAQAIScgJyAfICT95gH95AEhJyATIAL9AAQA/eYBIBcgJ/3mAf3kASEqIBUgA/0ABAD95gEgGSAn/eYBICf95gH95AEhLSACICr9CwQAIAMgLf0LBAAgBP0ABAAhMCAtIDAgLSAw/UT9UiEtIAQgLf0LBAAgJCAj/eYBISQgACAkICEgKv3mASAt/eMBIBv95wEgHf3kAf3nAf3kAf0LBAAgAP0ABBAhJSAB/QAEECEoICggHyAl/eYB/eQBISggEyAC/QAEEP3mASAXICj95gH95AEhKyAVIAP9AAQQ/eYBIBkgKP3mASAo/eYB/eQBIS4gAiAr/QsEECADIC79CwQQIAT9AAQQITEgLiAxIC4gMf1E/VIhLiAEIC79CwQQICUgI/3mASElIAAgJSAhICv95gEgLv3jASAb/ecBIB395AH95wH95AH9CwQQIABBIGohACABQSBqIQEgAkEgaiECIANBIGohAyAEQSBqIQQgACARSQ0ACwsgBUEEcQRAIAD9AAQAISQgAf0ABAAhJyAnIB8gJP3mAf3kASEnIBMgAv0ABAD95gEgFyAn/eYB/eQBISogFSAD/QAEAP3mASAZICf95gEgJ/3mAf3kASEtIAIgKv0LBAAgAyAt/QsEACAE/QAEACEwIC0gMCAtIDD9RP1SIS0gBCAt/QsEACAkICP95gEhJCAAICQgISAq/eYBIC394wEgG/3nASAd/eQB/ecB/eQB/QsEACAAQRBqIQAgAUEQaiEBIAJBEGohAiADQRBqIQMgBEEQaiEECyAAIAVBA3FBAnRqIREgACAFQQNxQQJ0aiERAkADQCAAIBFPDQEgACoCACEmIAEqAgAhKSApIB4gJpSSISkgEiACKgIAlCAWICmUkiEsIBQgAyoCAJQgGCAplCAplJIhLyACICw4AgAgAyAvOAIAIAQqAgAhMiAvIDIgLyAyXhshLyAEIC84AgAgJiAilCEmIAAgJiAgICyUIC+RIBqVIBySlZI4AgAgAEEEaiEAIAFBBGohASACQQRqIQIgA0EEaiEDIARBBGohBAwACwsFIAAgBUF4cUECdGohESAAIBFJBEADQCAA/QAEACEkIAH9AAQAIScgJyAfICT95gH95AEhJyATIAL9AAQA/eYBIBcgJ/3mAf3kASEqIBUgA/0ABAD95gEgGSAn/eYBICf95gH95AEhLSACICr9CwQAIAMgLf0LBAAgJCAj/eYBISQgACAkICEgKv3mASAt/eMBIBv95wEgHf3kAf3nAf3kAf0LBAAgAP0ABBAhJSAB/QAEECEoICggHyAl/eYB/eQBISggEyAC/QAEEP3mASAXICj95gH95AEhKyAVIAP9AAQQ/eYBIBkgKP3mASAo/eYB/eQBIS4gAiAr/QsEECADIC79CwQQICUgI/3mASElIAAgJSAhICv95gEgLv3jASAb/ecBIB395AH95wH95AH9CwQQIABBIGohACABQSBqIQEgAkEgaiECIANBIGohAyAEQSBqIQQgACARSQ0ACwsgBUEEcQRAIAD9AAQAISQgAf0ABAAhJyAnIB8gJP3mAf3kASEnIBMgAv0ABAD95gEgFyAn/eYB/eQBISogFSAD/QAEAP3mASAZICf95gEgJ/3mAf3kASEtIAIgKv0LBAAgAyAt/QsEACAkICP95gEhJCAAICQgISAq/eYBIC394wEgG/3nASAd/eQB/ecB/eQB/QsEACAAQRBqIQAgAUEQaiEBIAJBEGohAiADQRBqIQMgBEEQaiEECyAAIAVBA3FBAnRqIREgACAFQQNxQQJ0aiERAkADQCAAIBFPDQEgACoCACEmIAEqAgAhKSApIB4gJpSSISkgEiACKgIAlCAWICmUkiEsIBQgAyoCAJQgGCAplCAplJIhLyACICw4AgAgAyAvOAIAICYgIpQhJiAAICYgICAslCAvkSAalSAckpWSOAIAIABBBGohACABQQRqIQEgAkEEaiECIANBBGohAyAEQQRqIQQMAAsLCwUgEARAIAAgBUF4cUECdGohESAAIBFJBEADQCAA/QAEACEkIAH9AAQAIScgJyAfICT95gH95AEhJyATIAL9AAQA/eYBIBcgJ/3mAf3kASEqIBUgA/0ABAD95gEgGSAn/eYBICf95gH95AEhLSACICr9CwQAIAMgLf0LBAAgBP0ABAAhMCAtIDAgLSAw/UT9UiEtIAQgLf0LBAAgACAkICEgKv3mASAt/eMBIBv95wEgHf3kAf3nAf3kAf0LBAAgAP0ABBAhJSAB/QAEECEoICggHyAl/eYB/eQBISggEyAC/QAEEP3mASAXICj95gH95AEhKyAVIAP9AAQQ/eYBIBkgKP3mASAo/eYB/eQBIS4gAiAr/QsEECADIC79CwQQIAT9AAQQITEgLiAxIC4gMf1E/VIhLiAEIC79CwQQIAAgJSAhICv95gEgLv3jASAb/ecBIB395AH95wH95AH9CwQQIABBIGohACABQSBqIQEgAkEgaiECIANBIGohAyAEQSBqIQQgACARSQ0ACwsgBUEEcQRAIAD9AAQAISQgAf0ABAAhJyAnIB8gJP3mAf3kASEnIBMgAv0ABAD95gEgFyAn/eYB/eQBISogFSAD/QAEAP3mASAZICf95gEgJ/3mAf3kASEtIAIgKv0LBAAgAyAt/QsEACAE/QAEACEwIC0gMCAtIDD9RP1SIS0gBCAt/QsEACAAICQgISAq/eYBIC394wEgG/3nASAd/eQB/ecB/eQB/QsEACAAQRBqIQAgAUEQaiEBIAJBEGohAiADQRBqIQMgBEEQaiEECyAAIAVBA3FBAnRqIREgACAFQQNxQQJ0aiERAkADQCAAIBFPDQEgACoCACEmIAEqAgAhKSApIB4gJpSSISkgEiACKgIAlCAWICmUkiEsIBQgAyoCAJQgGCAplCAplJIhLyACICw4AgAgAyAvOAIAIAQqAgAhMiAvIDIgLyAyXhshLyAEIC84AgAgACAmICAgLJQgL5EgGpUgHJKVkjgCACAAQQRqIQAgAUEEaiEBIAJBBGohAiADQQRqIQMgBEEEaiEEDAALCwUgACAFQXhxQQJ0aiERIAAgEUkEQANAIAD9AAQAISQgAf0ABAAhJyAnIB8gJP3mAf3kASEnIBMgAv0ABAD95gEgFyAn/eYB/eQBISogFSAD/QAEAP3mASAZICf95gEgJ/3mAf3kASEtIAIgKv0LBAAgAyAt/QsEACAAICQgISAq/eYBIC394wEgG/3nASAd/eQB/ecB/eQB/QsEACAA/QAEECElIAH9AAQQISggKCAfICX95gH95AEhKCATIAL9AAQQ/eYBIBcgKP3mAf3kASErIBUgA/0ABBD95gEgGSAo/eYBICj95gH95AEhLiACICv9CwQQIAMgLv0LBBAgACAlICEgK/3mASAu/eMBIBv95wEgHf3kAf3nAf3kAf0LBBAgAEEgaiEAIAFBIGohASACQSBqIQIgA0EgaiEDIARBIGohBCAAIBFJDQALCyAFQQRxBEAgAP0ABAAhJCAB/QAEACEnICcgHyAk/eYB/eQBIScgEyAC/QAEAP3mASAXICf95gH95AEhKiAVIAP9AAQA/eYBIBkgJ/3mASAn/eYB/eQBIS0gAiAq/QsEACADIC39CwQAIAAgJCAhICr95gEgLf3jASAb/ecBIB395AH95wH95AH9CwQAIABBEGohACABQRBqIQEgAkEQaiECIANBEGohAyAEQRBqIQQLIAAgBUEDcUECdGohESAAIAVBA3FBAnRqIRECQANAIAAgEU8NASAAKgIAISYgASoCACEpICkgHiAmlJIhKSASIAIqAgCUIBYgKZSSISwgFCADKgIAlCAYICmUICmUkiEvIAIgLDgCACADIC84AgAgACAmICAgLJQgL5EgGpUgHJKVkjgCACAAQQRqIQAgAUEEaiEBIAJBBGohAiADQQRqIQMgBEEEaiEEDAALCwsLBSAORAAAAAAAAAAAYgRAIBAEQCAAIAVBeHFBAnRqIREgACARSQRAA0AgAP0ABAAhJCAB/QAEACEnIBMgAv0ABAD95gEgFyAn/eYB/eQBISogFSAD/QAEAP3mASAZICf95gEgJ/3mAf3kASEtIAIgKv0LBAAgAyAt/QsEACAE/QAEACEwIC0gMCAtIDD9RP1SIS0gBCAt/QsEACAkICP95gEhJCAAICQgISAq/eYBIC394wEgG/3nASAd/eQB/ecB/eQB/QsEACAA/QAEECElIAH9AAQQISggEyAC/QAEEP3mASAXICj95gH95AEhKyAVIAP9AAQQ/eYBIBkgKP3mASAo/eYB/eQBIS4gAiAr/QsEECADIC79CwQQIAT9AAQQITEgLiAxIC4gMf1E/VIhLiAEIC79CwQQICUgI/3mASElIAAgJSAhICv95gEgLv3jASAb/ecBIB395AH95wH95AH9CwQQIABBIGohACABQSBqIQEgAkEgaiECIANBIGohAyAEQSBqIQQgACARSQ0ACwsgBUEEcQRAIAD9AAQAISQgAf0ABAAhJyATIAL9AAQA/eYBIBcgJ/3mAf3kASEqIBUgA/0ABAD95gEgGSAn/eYBICf95gH95AEhLSACICr9CwQAIAMgLf0LBAAgBP0ABAAhMCAtIDAgLSAw/UT9UiEtIAQgLf0LBAAgJCAj/eYBISQgACAkICEgKv3mASAt/eMBIBv95wEgHf3kAf3nAf3kAf0LBAAgAEEQaiEAIAFBEGohASACQRBqIQIgA0EQaiEDIARBEGohBAsgACAFQQNxQQJ0aiERIAAgBUEDcUECdGohEQJAA0AgACARTw0BIAAqAgAhJiABKgIAISkgEiACKgIAlCAWICmUkiEsIBQgAyoCAJQgGCAplCAplJIhLyACICw4AgAgAyAvOAIAIAQqAgAhMiAvIDIgLyAyXhshLyAEIC84AgAgJiAilCEmIAAgJiAgICyUIC+RIBqVIBySlZI4AgAgAEEEaiEAIAFBBGohASACQQRqIQIgA0EEaiEDIARBBGohBAwACwsFIAAgBUF4cUECdGohESAAIBFJBEADQCAA/QAEACEkIAH9AAQAIScgEyAC/QAEAP3mASAXICf95gH95AEhKiAVIAP9AAQA/eYBIBkgJ/3mASAn/eYB/eQBIS0gAiAq/QsEACADIC39CwQAICQgI/3mASEkIAAgJCAhICr95gEgLf3jASAb/ecBIB395AH95wH95AH9CwQAIAD9AAQQISUgAf0ABBAhKCATIAL9AAQQ/eYBIBcgKP3mAf3kASErIBUgA/0ABBD95gEgGSAo/eYBICj95gH95AEhLiACICv9CwQQIAMgLv0LBBAgJSAj/eYBISUgACAlICEgK/3mASAu/eMBIBv95wEgHf3kAf3nAf3kAf0LBBAgAEEgaiEAIAFBIGohASACQSBqIQIgA0EgaiEDIARBIGohBCAAIBFJDQALCyAFQQRxBEAgAP0ABAAhJCAB/QAEACEnIBMgAv0ABAD95gEgFyAn/eYB/eQBISogFSAD/QAEAP3mASAZICf95gEgJ/3mAf3kASEtIAIgKv0LBAAgAyAt/QsEACAkICP95gEhJCAAICQgISAq/eYBIC394wEgG/3nASAd/eQB/ecB/eQB/QsEACAAQRBqIQAgAUEQaiEBIAJBEGohAiADQRBqIQMgBEEQaiEECyAAIAVBA3FBAnRqIREgACAFQQNxQQJ0aiERAkADQCAAIBFPDQEgACoCACEmIAEqAgAhKSASIAIqAgCUIBYgKZSSISwgFCADKgIAlCAYICmUICmUkiEvIAIgLDgCACADIC84AgAgJiAilCEmIAAgJiAgICyUIC+RIBqVIBySlZI4AgAgAEEEaiEAIAFBBGohASACQQRqIQIgA0EEaiEDIARBBGohBAwACwsLBSAQBEAgACAFQXhxQQJ0aiERIAAgEUkEQANAIAD9AAQAISQgAf0ABAAhJyATIAL9AAQA/eYBIBcgJ/3mAf3kASEqIBUgA/0ABAD95gEgGSAn/eYBICf95gH95AEhLSACICr9CwQAIAMgLf0LBAAgBP0ABAAhMCAtIDAgLSAw/UT9UiEtIAQgLf0LBAAgACAkICEgKv3mASAt/eMBIBv95wEgHf3kAf3nAf3kAf0LBAAgAP0ABBAhJSAB/QAEECEoIBMgAv0ABBD95gEgFyAo/eYB/eQBISsgFSAD/QAEEP3mASAZICj95gEgKP3mAf3kASEuIAIgK/0LBBAgAyAu/QsEECAE/QAEECExIC4gMSAuIDH9RP1SIS4gBCAu/QsEECAAICUgISAr/eYBIC794wEgG/3nASAd/eQB/ecB/eQB/QsEECAAQSBqIQAgAUEgaiEBIAJBIGohAiADQSBqIQMgBEEgaiEEIAAgEUkNAAsLIAVBBHEEQCAA/QAEACEkIAH9AAQAIScgEyAC/QAEAP3mASAXICf95gH95AEhKiAVIAP9AAQA/eYBIBkgJ/3mASAn/eYB/eQBIS0gAiAq/QsEACADIC39CwQAIAT9AAQAITAgLSAwIC0gMP1E/VIhLSAEIC39CwQAIAAgJCAhICr95gEgLf3jASAb/ecBIB395AH95wH95AH9CwQAIABBEGohACABQRBqIQEgAkEQaiECIANBEGohAyAEQRBqIQQLIAAgBUEDcUECdGohESAAIAVBA3FBAnRqIRECQANAIAAgEU8NASAAKgIAISYgASoCACEpIBIgAioCAJQgFiAplJIhLCAUIAMqAgCUIBggKZQgKZSSIS8gAiAsOAIAIAMgLzgCACAEKgIAITIgLyAyIC8gMl4bIS8gBCAvOAIAIAAgJiAgICyUIC+RIBqVIBySlZI4AgAgAEEEaiEAIAFBBGohASACQQRqIQIgA0EEaiEDIARBBGohBAwACwsFIAAgBUF4cUECdGohESAAIBFJBEADQCAA/QAEACEkIAH9AAQAIScgEyAC/QAEAP3mASAXICf95gH95AEhKiAVIAP9AAQA/eYBIBkgJ/3mASAn/eYB/eQBIS0gAiAq/QsEACADIC39CwQAIAAgJCAhICr95gEgLf3jASAb/ecBIB395AH95wH95AH9CwQAIAD9AAQQISUgAf0ABBAhKCATIAL9AAQQ/eYBIBcgKP3mAf3kASErIBUgA/0ABBD95gEgGSAo/eYBICj95gH95AEhLiACICv9CwQQIAMgLv0LBBAgACAlICEgK/3mASAu/eMBIBv95wEgHf3kAf3nAf3kAf0LBBAgAEEgaiEAIAFBIGohASACQSBqIQIgA0EgaiEDIARBIGohBCAAIBFJDQALCyAFQQRxBEAgAP0ABAAhJCAB/QAEACEnIBMgAv0ABAD95gEgFyAn/eYB/eQBISogFSAD/QAEAP3mASAZICf95gEgJ/3mAf3kASEtIAIgKv0LBAAgAyAt/QsEACAAICQgISAq/eYBIC394wEgG/3nASAd/eQB/ecB/eQB/QsEACAAQRBqIQAgAUEQaiEBIAJBEGohAiADQRBqIQMgBEEQaiEECyAAIAVBA3FBAnRqIREgACAFQQNxQQJ0aiERAkADQCAAIBFPDQEgACoCACEmIAEqAgAhKSASIAIqAgCUIBYgKZSSISwgFCADKgIAlCAYICmUICmUkiEvIAIgLDgCACADIC84AgAgACAmICAgLJQgL5EgGpUgHJKVkjgCACAAQQRqIQAgAUEEaiEBIAJBBGohAiADQQRqIQMgBEEEaiEEDAALCwsLCwu0AQEGfyABQQAgAiAHIAhsbEECdPwLACAIIAZrIQwgDCAESgRAIAQhDAsgDEEATARADwsgASENIAAhDgJAA0AgCSACTw0BQQAhCwJAA0AgCyADTw0BIAsgBWohCiAKIAdODQEgDSAKIAhsIAZqQQJ0aiAOIAsgBGxBAnRqIAxBAnT8CgAAIAtBAWohCwwACwsgDSAHIAhsQQJ0aiENIA4gAyAEbEECdGohDiAJQQFqIQkMAAsLC+wBAQx/IAtBAnQhFiAHIARsQQJ0IRcgDCAKIAtsa0ECdCEYIAAhEQJAA0AgDSACTw0BQQAhDgJAA0AgDiAFTw0BQQAhDwJAA0AgDyAGTw0BIBEgDiAIbCAEbCAPIAlsakECdGohEiAKIRACQANAIBBFDQEgEiETIAEgFmohFQNAIAEgE/0ABAD9CwQAIAFBEGohASATQRBqIRMgASAVSQ0ACyAVIQEgEiAXaiESIBBBAWshEAwACwsgASAYaiEBIA9BAWohDwwACwsgDkEBaiEODAALCyARIAMgBGxBAnRqIREgDUEBaiENDAALCwu/AgENfyABQQAgAiADIARsbEECdPwLACALQQJ0IRYgByAEbEECdCEXIAwgCiALbGtBAnQhGCABIRECQANAIA0gAk8NAUEAIQ4CQANAIA4gBU8NAUEAIQ8CQANAIA8gBk8NASARIA4gCGwgBGwgDyAJbGpBAnRqIRIgCiEQAkADQCAQRQ0BIBIhFCAAIBZqIRUgACAWQXBxaiEZAkADQCAAIBlPDQEgFCAU/QAEACAA/QAEAP3kAf0LBAAgAEEQaiEAIBRBEGohFAwACwsCQANAIAAgFU8NASAUIBQqAgAgACoCAJI4AgAgAEEEaiEAIBRBBGohFAwACwsgEiAXaiESIBBBAWshEAwACwsgACAYaiEAIA9BAWohDwwACwsgDkEBaiEODAALCyARIAMgBGxBAnRqIREgDUEBaiENDAALCwuqAQEGfyAIIAZrIQsgCyAESgRAIAQhCwsgC0EATARADwsgByAFayEMIAwgA0oEQCADIQwLIAAhDSABIQ4CQANAIAkgAk8NAUEAIQoCQANAIAogDE4NASAOIAogBGxBAnRqIA0gCiAFaiAIbCAGakECdGogC0ECdPwKAAAgCkEBaiEKDAALCyANIAcgCGxBAnRqIQ0gDiADIARsQQJ0aiEOIAlBAWohCQwACwsLwgEBB38gBEECdCEPAkADQCAJIAJPDQFBACEKAkADQCAKIANPDQEgACAJIAVsIAogBmxqQQJ0aiELIAEgCSAHbCAKIAhsakECdGohDCALIA9qIQ0gCyAPQXBxaiEOAkADQCALIA5PDQEgDCAL/QAEAP0LBAAgC0EQaiELIAxBEGohDAwACwsCQANAIAsgDU8NASAMIAsqAgA4AgAgC0EEaiELIAxBBGohDAwACwsgCkEBaiEKDAALCyAJQQFqIQkMAAsLC7QDARB/IAAhFSABIRsgDyANIA5sa0ECdCEfQQAhEAJAA0AgECACTw0BQQAhEQJAA0AgESAFTw0BQQAhEgJAA0AgEiAGTw0BIBIgDGwgCmshF0EAIBdrIRggGEEASARAQQAhGAsgGCAOSgRAIA4hGAsgBCAXayEZIBkgDkoEQCAOIRkLIBkgGEgEQCAYIRkLQQAhEwJAA0AgEyANTw0BIBMgB2wgCWsgESALbGohFiAWIANPBEAgG0EAIA5BAnT8CwAFIAhBAUYEQCAbQQAgGEECdPwLACAbIBhBAnRqIBUgFiAEbCAXIBhqakECdGogGSAYa0ECdPwKAAAgGyAZQQJ0akEAIA4gGWtBAnT8CwAFQQAhFCAXIRogGyEdAkADQCAUIA5PDQEgGiAESQRAIB0gFSAWIARsIBpqQQJ0aioCADgCAAUgHUMAAAAAOAIACyAaIAhqIRogHUEEaiEdIBRBAWohFAwACwsLCyAbIA5BAnRqIRsgE0EBaiETDAALCyAbIB9qIRsgEkEBaiESDAALCyARQQFqIREMAAsLIBUgAyAEbEECdGohFSAQQQFqIRAMAAsLC/YDARB/IAEhFSAAIRsgDyANIA5sa0ECdCEfQQAhEAJAA0AgECACTw0BQQAhEQJAA0AgESAFTw0BQQAhEgJAA0AgEiAGTw0BIBIgDGwgCmshF0EAIBdrIRggGEEASARAQQAhGAsgGCAOSgRAIA4hGAsgBCAXayEZIBkgDkoEQCAOIRkLIBkgGEgEQCAYIRkLQQAhEwJAA0AgEyANTw0BIBMgB2wgCWsgESALbGohFiAWIANJBEAgCEEBRgRAIBsgGEECdGohHCAVIBYgBGwgFyAYampBAnRqIR0gHCAZIBhrQXxxQQJ0aiEeAkADQCAcIB5PDQEgHSAd/QAEACAc/QAEAP3kAf0LBAAgHEEQaiEcIB1BEGohHQwACwsgGyAZQQJ0aiEeAkADQCAcIB5PDQEgHSAdKgIAIBwqAgCSOAIAIBxBBGohHCAdQQRqIR0MAAsLBUEAIRQgFyEaIBshHAJAA0AgFCAOTw0BIBogBEkEQCAVIBYgBGwgGmpBAnRqIR0gHSAdKgIAIBwqAgCSOAIACyAaIAhqIRogHEEEaiEcIBRBAWohFAwACwsLCyAbIA5BAnRqIRsgE0EBaiETDAALCyAbIB9qIRsgEkEBaiESDAALCyARQQFqIREMAAsLIBUgAyAEbEECdGohFSAQQQFqIRAMAAsLC4oEAwV/AX0EeyADQQJ0IQkCQANAIAVBEGogA0sNASABIAVBAnRqIQggCP0ABAD9DAAAAAAAAAAAAAAAAAAAAAAgBBshCyAI/QAEEP0MAAAAAAAAAAAAAAAAAAAAACAEGyEMIAj9AAQg/QwAAAAAAAAAAAAAAAAAAAAAIAQbIQ0gCP0ABDD9DAAAAAAAAAAAAAAAAAAAAAAgBBshDiAAIAVBAnRqIQcgAiEGAkADQCAGRQ0BIAsgB/0ABAD95AEhCyAMIAf9AAQQ/eQBIQwgDSAH/QAEIP3kASENIA4gB/0ABDD95AEhDiAHIAlqIQcgBkEBayEGDAALCyAIIAv9CwQAIAggDP0LBBAgCCAN/QsEICAIIA79CwQwIAVBEGohBQwACwsCQANAIAVBBGogA0sNASABIAVBAnRqIQggCP0ABAD9DAAAAAAAAAAAAAAAAAAAAAAgBBshCyAAIAVBAnRqIQcgAiEGAkADQCAGRQ0BIAsgB/0ABAD95AEhCyAHIAlqIQcgBkEBayEGDAALCyAIIAv9CwQAIAVBBGohBQwACwsCQANAIAUgA08NASABIAVBAnRqIQggCCoCAEMAAAAAIAQbIQogACAFQQJ0aiEHIAIhBgJAA0AgBkUNASAKIAcqAgCSIQogByAJaiEHIAZBAWshBgwACwsgCCAKOAIAIAVBAWohBQwACwsLDgAgAEEAIAFBAnT8CwALDwAgASAAIAJBAnT8CgAAC58BAgF/AntBgICA/Af9ESEEIAAgAUF4cUECdGohAgJAA0AgACACTw0BIAMgAP0ABAAgBP1OIAT9NyAA/QAEECAE/U4gBP03/VD9UCEDIABBIGohAAwACwsgA/1TBEBBAQ8LIAAgAUEHcUECdGohAgJAA0AgACACTw0BIAAoAgBBgICA/AdxQYCAgPwHRgRAQQEPCyAAQQRqIQAMAAsLQQALvwEDAX8FewJ8IAAgAUF8cUECdGohAgJAA0AgACACTw0BIAD9AAQAIQMgA/1fIQQgAyAD/Q0ICQoLDA0ODwABAgMEBQYH/V8hBSAGIAQgBP3yAf3wASEGIAcgBSAF/fIB/fABIQcgAEEQaiEADAALCyAG/SEAIQggACABQQNxQQJ0aiECAkADQCAAIAJPDQEgACoCALshCSAIIAkgCaKgIQggAEEEaiEADAALCyAIIAb9IQGgIAf9IQCgIAf9IQGgC9QpEwF/A3sBfAF7AXwBewF8AXsBfAF7AXwDewF8AnsBfAJ7AXwCewF8IAQhDyAE/RQhECAFIREgBf0UIRIgBiETIAb9FCEUIAchFSAH/RQhFiAIIRcgCP0UIRggBkQAAAAAAAAAAGEEQCAFRAAAAAAAAAAAYgRAIApEAAAAAAAAAABiBEAgACADQXxxQQJ0aiELAkADQCAAIAtPDQEgAP0ABAAhDCAB/QAEACENIAz9XyEZIA39XyEcIBz97QEhHCAcIBIgGf3yAf3wAf1e/V8hHCAZIBwgEP3yAf1e/V/98AEhIiAMIAz9DQgJCgsMDQ4PAAECAwQFBgf9XyEaIA0gDf0NCAkKCwwNDg8AAQIDBAUGB/1fIR0gHf3tASEdIB0gEiAa/fIB/fAB/V79XyEdIBogHSAQ/fIB/V79X/3wASEjIAAgIv1eICP9Xv0NAAECAwQFBgcQERITFBUWF/0LBAAgAEEQaiEAIAFBEGohAQwACwsgACADQQNxQQJ0aiELAkADQCAAIAtPDQEgACoCALshGyABKgIAuyEeIB6aIR4gHiARIBuioLa7IR4gGyAeIA+itrugISQgACAktjgCACAAQQRqIQAgAUEEaiEBDAALCwUgACADQXxxQQJ0aiELAkADQCAAIAtPDQEgAP0ABAAhDCAB/QAEACENIAz9XyEZIA39XyEcIBwgEiAZ/fIB/fAB/V79XyEcIBkgHCAQ/fIB/V79X/3wASEiIAwgDP0NCAkKCwwNDg8AAQIDBAUGB/1fIRogDSAN/Q0ICQoLDA0ODwABAgMEBQYH/V8hHSAdIBIgGv3yAf3wAf1e/V8hHSAaIB0gEP3yAf1e/V/98AEhIyAAICL9XiAj/V79DQABAgMEBQYHEBESExQVFhf9CwQAIABBEGohACABQRBqIQEMAAsLIAAgA0EDcUECdGohCwJAA0AgACALTw0BIAAqAgC7IRsgASoCALshHiAeIBEgG6KgtrshHiAbIB4gD6K2u6AhJCAAICS2OAIAIABBBGohACABQQRqIQEMAAsLCwUgCkQAAAAAAAAAAGIEQCAAIANBfHFBAnRqIQsCQANAIAAgC08NASAA/QAEACEMIAH9AAQAIQ0gDP1fIRkgDf1fIRwgHP3tASEcIBkgHCAQ/fIB/V79X/3wASEiIAwgDP0NCAkKCwwNDg8AAQIDBAUGB/1fIRogDSAN/Q0ICQoLDA0ODwABAgMEBQYH/V8hHSAd/e0BIR0gGiAdIBD98gH9Xv1f/fABISMgACAi/V4gI/1e/Q0AAQIDBAUGBxAREhMUFRYX/QsEACAAQRBqIQAgAUEQaiEBDAALCyAAIANBA3FBAnRqIQsCQANAIAAgC08NASAAKgIAuyEbIAEqAgC7IR4gHpohHiAbIB4gD6K2u6AhJCAAICS2OAIAIABBBGohACABQQRqIQEMAAsLBSAAIANBfHFBAnRqIQsCQANAIAAgC08NASAA/QAEACEMIAH9AAQAIQ0gDP1fIRkgDf1fIRwgGSAcIBD98gH9Xv1f/fABISIgDCAM/Q0ICQoLDA0ODwABAgMEBQYH/V8hGiANIA39DQgJCgsMDQ4PAAECAwQFBgf9XyEdIBogHSAQ/fIB/V79X/3wASEjIAAgIv1eICP9Xv0NAAECAwQFBgcQERITFBUWF/0LBAAgAEEQaiEAIAFBEGohAQwACwsgACADQQNxQQJ0aiELAkADQCAAIAtPDQEgACoCALshGyABKgIAuyEeIBsgHiAPora7oCEkIAAgJLY4AgAgAEEEaiEAIAFBBGohAQwACwsLCwUgCUQAAAAAAAAAAGIEQCAFRAAAAAAAAAAAYgRAIApEAAAAAAAAAABiBEAgACADQXxxQQJ0aiELAkADQCAAIAtPDQEgAP0ABAAhDCAB/QAEACENIAL9AAQAIQ4gDP1fIRkgDf1fIRwgHP3tASEcIBwgEiAZ/fIB/fAB/V79XyEcIBYgDv1f/fIBIBggHP3yAf3wAf1e/V8hHyAcIBQgH/3yAf3wAf1e/V8hHCAZIBwgEP3yAf1e/V/98AEhIiAMIAz9DQgJCgsMDQ4PAAECAwQFBgf9XyEaIA0gDf0NCAkKCwwNDg8AAQIDBAUGB/1fIR0gHf3tASEdIB0gEiAa/fIB/fAB/V79XyEdIBYgDiAO/Q0ICQoLDA0ODwABAgMEBQYH/V/98gEgGCAd/fIB/fAB/V79XyEgIB0gFCAg/fIB/fAB/V79XyEdIBogHSAQ/fIB/V79X/3wASEjIAAgIv1eICP9Xv0NAAECAwQFBgcQERITFBUWF/0LBAAgAiAf/V4gIP1e/Q0AAQIDBAUGBxAREhMUFRYX/QsEACAAQRBqIQAgAUEQaiEBIAJBEGohAgwACwsgACADQQNxQQJ0aiELAkADQCAAIAtPDQEgACoCALshGyABKgIAuyEeIB6aIR4gHiARIBuioLa7IR4gFSACKgIAu6IgFyAeoqC2uyEhIB4gEyAhoqC2uyEeIBsgHiAPora7oCEkIAAgJLY4AgAgAiAhtjgCACAAQQRqIQAgAUEEaiEBIAJBBGohAgwACwsFIAAgA0F8cUECdGohCwJAA0AgACALTw0BIAD9AAQAIQwgAf0ABAAhDSAC/QAEACEOIAz9XyEZIA39XyEcIBwgEiAZ/fIB/fAB/V79XyEcIBYgDv1f/fIBIBggHP3yAf3wAf1e/V8hHyAcIBQgH/3yAf3wAf1e/V8hHCAZIBwgEP3yAf1e/V/98AEhIiAMIAz9DQgJCgsMDQ4PAAECAwQFBgf9XyEaIA0gDf0NCAkKCwwNDg8AAQIDBAUGB/1fIR0gHSASIBr98gH98AH9Xv1fIR0gFiAOIA79DQgJCgsMDQ4PAAECAwQFBgf9X/3yASAYIB398gH98AH9Xv1fISAgHSAUICD98gH98AH9Xv1fIR0gGiAdIBD98gH9Xv1f/fABISMgACAi/V4gI/1e/Q0AAQIDBAUGBxAREhMUFRYX/QsEACACIB/9XiAg/V79DQABAgMEBQYHEBESExQVFhf9CwQAIABBEGohACABQRBqIQEgAkEQaiECDAALCyAAIANBA3FBAnRqIQsCQANAIAAgC08NASAAKgIAuyEbIAEqAgC7IR4gHiARIBuioLa7IR4gFSACKgIAu6IgFyAeoqC2uyEhIB4gEyAhoqC2uyEeIBsgHiAPora7oCEkIAAgJLY4AgAgAiAhtjgCACAAQQRqIQAgAUEEaiEBIAJBBGohAgwACwsLBSAKRAAAAAAAAAAAYgRAIAAgA0F8cUECdGohCwJAA0AgACALTw0BIAD9AAQAIQwgAf0ABAAhDSAC/QAEACEOIAz9XyEZIA39XyEcIBz97QEhHCAWIA79X/3yASAYIBz98gH98AH9Xv1fIR8gHCAUIB/98gH98AH9Xv1fIRwgGSAcIBD98gH9Xv1f/fABISIgDCAM/Q0ICQoLDA0ODwABAgMEBQYH/V8hGiANIA39DQgJCgsMDQ4PAAECAwQFBgf9XyEdIB397QEhHSAWIA4gDv0NCAkKCwwNDg8AAQIDBAUGB/1f/fIBIBggHf3yAf3wAf1e/V8hICAdIBQgIP3yAf3wAf1e/V8hHSAaIB0gEP3yAf1e/V/98AEhIyAAICL9XiAj/V79DQABAgMEBQYHEBESExQVFhf9CwQAIAIgH/1eICD9Xv0NAAECAwQFBgcQERITFBUWF/0LBAAgAEEQaiEAIAFBEGohASACQRBqIQIMAAsLIAAgA0EDcUECdGohCwJAA0AgACALTw0BIAAqAgC7IRsgASoCALshHiAemiEeIBUgAioCALuiIBcgHqKgtrshISAeIBMgIaKgtrshHiAbIB4gD6K2u6AhJCAAICS2OAIAIAIgIbY4AgAgAEEEaiEAIAFBBGohASACQQRqIQIMAAsLBSAAIANBfHFBAnRqIQsCQANAIAAgC08NASAA/QAEACEMIAH9AAQAIQ0gAv0ABAAhDiAM/V8hGSAN/V8hHCAWIA79X/3yASAYIBz98gH98AH9Xv1fIR8gHCAUIB/98gH98AH9Xv1fIRwgGSAcIBD98gH9Xv1f/fABISIgDCAM/Q0ICQoLDA0ODwABAgMEBQYH/V8hGiANIA39DQgJCgsMDQ4PAAECAwQFBgf9XyEdIBYgDiAO/Q0ICQoLDA0ODwABAgMEBQYH/V/98gEgGCAd/fIB/fAB/V79XyEgIB0gFCAg/fIB/fAB/V79XyEdIBogHSAQ/fIB/V79X/3wASEjIAAgIv1eICP9Xv0NAAECAwQFBgcQERITFBUWF/0LBAAgAiAf/V4gIP1e/Q0AAQIDBAUGBxAREhMUFRYX/QsEACAAQRBqIQAgAUEQaiEBIAJBEGohAgwACwsgACADQQNxQQJ0aiELAkADQCAAIAtPDQEgACoCALshGyABKgIAuyEeIBUgAioCALuiIBcgHqKgtrshISAeIBMgIaKgtrshHiAbIB4gD6K2u6AhJCAAICS2OAIAIAIgIbY4AgAgAEEEaiEAIAFBBGohASACQQRqIQIMAAsLCwsFIAVEAAAAAAAAAABiBEAgCkQAAAAAAAAAAGIEQCAAIANBfHFBAnRqIQsCQANAIAAgC08NASAA/QAEACEMIAH9AAQAIQ0gAv0ABAAhDiAM/V8hGSAN/V8hHCAc/e0BIRwgHCASIBn98gH98AH9Xv1fIRwgFiAO/V/98gEgGCAc/fIB/fAB/V79XyEfIB8hHCAZIBwgEP3yAf1e/V/98AEhIiAMIAz9DQgJCgsMDQ4PAAECAwQFBgf9XyEaIA0gDf0NCAkKCwwNDg8AAQIDBAUGB/1fIR0gHf3tASEdIB0gEiAa/fIB/fAB/V79XyEdIBYgDiAO/Q0ICQoLDA0ODwABAgMEBQYH/V/98gEgGCAd/fIB/fAB/V79XyEgICAhHSAaIB0gEP3yAf1e/V/98AEhIyAAICL9XiAj/V79DQABAgMEBQYHEBESExQVFhf9CwQAIAIgH/1eICD9Xv0NAAECAwQFBgcQERITFBUWF/0LBAAgAEEQaiEAIAFBEGohASACQRBqIQIMAAsLIAAgA0EDcUECdGohCwJAA0AgACALTw0BIAAqAgC7IRsgASoCALshHiAemiEeIB4gESAboqC2uyEeIBUgAioCALuiIBcgHqKgtrshISAhIR4gGyAeIA+itrugISQgACAktjgCACACICG2OAIAIABBBGohACABQQRqIQEgAkEEaiECDAALCwUgACADQXxxQQJ0aiELAkADQCAAIAtPDQEgAP0ABAAhDCAB/QAEACENIAL9AAQAIQ4gDP1fIRkgDf1fIRwgHCASIBn98gH98AH9Xv1fIRwgFiAO/V/98gEgGCAc/fIB/fAB/V79XyEfIB8hHCAZIBwgEP3yAf1e/V/98AEhIiAMIAz9DQgJCgsMDQ4PAAECAwQFBgf9XyEaIA0gDf0NCAkKCwwNDg8AAQIDBAUGB/1fIR0gHSASIBr98gH98AH9Xv1fIR0gFiAOIA79DQgJCgsMDQ4PAAECAwQFBgf9X/3yASAYIB398gH98AH9Xv1fISAgICEdIBogHSAQ/fIB/V79X/3wASEjIAAgIv1eICP9Xv0NAAECAwQFBgcQERITFBUWF/0LBAAgAiAf/V4gIP1e/Q0AAQIDBAUGBxAREhMUFRYX/QsEACAAQRBqIQAgAUEQaiEBIAJBEGohAgwACwsgACADQQNxQQJ0aiELAkADQCAAIAtPDQEgACoCALshGyABKgIAuyEeIB4gESAboqC2uyEeIBUgAioCALuiIBcgHqKgtrshISAhIR4gGyAeIA+itrugISQgACAktjgCACACICG2OAIAIABBBGohACABQQRqIQEgAkEEaiECDAALCwsFIApEAAAAAAAAAABiBEAgACADQXxxQQJ0aiELAkADQCAAIAtPDQEgAP0ABAAhDCAB/QAEACENIAL9AAQAIQ4gDP1fIRkgDf1fIRwgHP3tASEcIBYgDv1f/fIBIBggHP3yAf3wAf1e/V8hHyAfIRwgGSAcIBD98gH9Xv1f/fABISIgDCAM/Q0ICQoLDA0ODwABAgMEBQYH/V8hGiANIA39DQgJCgsMDQ4PAAECAwQFBgf9XyEdIB397QEhHSAWIA4gDv0NCAkKCwwNDg8AAQIDBAUGB/1f/fIBIBggHf3yAf3wAf1e/V8hICAgIR0gGiAdIBD98gH9Xv1f/fABISMgACAi/V4gI/1e/Q0AAQIDBAUGBxAREhMUFRYX/QsEACACIB/9XiAg/V79DQABAgMEBQYHEBESExQVFhf9CwQAIABBEGohACABQRBqIQEgAkEQaiECDAALCyAAIANBA3FBAnRqIQsCQANAIAAgC08NASAAKgIAuyEbIAEqAgC7IR4gHpohHiAVIAIqAgC7oiAXIB6ioLa7ISEgISEeIBsgHiAPora7oCEkIAAgJLY4AgAgAiAhtjgCACAAQQRqIQAgAUEEaiEBIAJBBGohAgwACwsFIAAgA0F8cUECdGohCwJAA0AgACALTw0BIAD9AAQAIQwgAf0ABAAhDSAC/QAEACEOIAz9XyEZIA39XyEcIBYgDv1f/fIBIBggHP3yAf3wAf1e/V8hHyAfIRwgGSAcIBD98gH9Xv1f/fABISIgDCAM/Q0ICQoLDA0ODwABAgMEBQYH/V8hGiANIA39DQgJCgsMDQ4PAAECAwQFBgf9XyEdIBYgDiAO/Q0ICQoLDA0ODwABAgMEBQYH/V/98gEgGCAd/fIB/fAB/V79XyEgICAhHSAaIB0gEP3yAf1e/V/98AEhIyAAICL9XiAj/V79DQABAgMEBQYHEBESExQVFhf9CwQAIAIgH/1eICD9Xv0NAAECAwQFBgcQERITFBUWF/0LBAAgAEEQaiEAIAFBEGohASACQRBqIQIMAAsLIAAgA0EDcUECdGohCwJAA0AgACALTw0BIAAqAgC7IRsgASoCALshHiAVIAIqAgC7oiAXIB6ioLa7ISEgISEeIBsgHiAPora7oCEkIAAgJLY4AgAgAiAhtjgCACAAQQRqIQAgAUEEaiEBIAJBBGohAgwACwsLCwsLCw==";
var WASM_RELAXED_SHARED = "AGFzbQEAAAABugERYAp/f39/f39/f39/AGAGf39/f39/AGALf39/f39/f39/f38AYAR/f39/AGADf39/AGAGf39/fX19AGAHf39/f319fQBgCH9/f39/fX19AGARf39/f39/fHx8fHx8fHx8fH8AYAl/f39/f39/f38AYA1/f39/f39/f39/f39/AGAQf39/f39/f39/f39/f39/fwBgBX9/f39/AGACf38AYAJ/fwF/YAJ/fwF8YAt/f39/fHx8fHx8fAACEgEDZW52Bm1lbW9yeQIDAYCAAQNFRAAAAQIBAwMDAwMDAwQEBAQEBAQFBgYHBQYFBgUGBQYFBgUGBQYFBgUGBQYFBgUGBQYFBgUGBQgJCgoJCQsLDA0EDg8QB9EFQgVwYWNrQQACBGdlbW0AAwVwYWNrQgAEA2FkZAAFA3N1YgAGA211bAAHA2RpdgAIB21heGltdW0ACQdtaW5pbXVtAAoMcmVsdUJhY2t3YXJkAAsDbmVnAAwDYWJzAA0Ec3FydAAOBnNxdWFyZQAPBXJlY2lwABAEc2lnbgARBHJlbHUAEglsZWFreVJlbHUAExFsZWFreVJlbHVCYWNrd2FyZAAUBXByZWx1ABUNcHJlbHVCYWNrd2FyZAAWBXJlbHU2ABcNcmVsdTZCYWNrd2FyZAAYCGhhcmRUYW5oABkQaGFyZFRhbmhCYWNrd2FyZAAaC2hhcmRTaWdtb2lkABsTaGFyZFNpZ21vaWRCYWNrd2FyZAAcCWhhcmRTd2lzaAAdEWhhcmRTd2lzaEJhY2t3YXJkAB4DZWx1AB8LZWx1QmFja3dhcmQAIARjZWx1ACEMY2VsdUJhY2t3YXJkACIEc2VsdQAjDHNlbHVCYWNrd2FyZAAkB3NpZ21vaWQAJQ9zaWdtb2lkQmFja3dhcmQAJgR0YW5oACcMdGFuaEJhY2t3YXJkACgEc2lsdQApDHNpbHVCYWNrd2FyZAAqBXN3aXNoACsNc3dpc2hCYWNrd2FyZAAsCHNvZnRwbHVzAC0Qc29mdHBsdXNCYWNrd2FyZAAuBGdlbHUALwxnZWx1QmFja3dhcmQAMAhnZWx1VGFuaAAxEGdlbHVUYW5oQmFja3dhcmQAMgRtaXNoADMMbWlzaEJhY2t3YXJkADQKc29mdG1heEV4cAA1BGFkYW0ANgNwYWQANwxpbTJjb2xQYWRkZWQAOAxjb2wyaW1QYWRkZWQAOQV1bnBhZAA6BmJsb2NrcwA7BmltMmNvbAA8BmNvbDJpbQA9B3N1bVJvd3MAPgR6ZXJvAD8EY29weQBACW5vbkZpbml0ZQBBCnN1bVNxdWFyZXMAQgNzZ2QAQwrm+AJE7hYDDXsBfwF7IAVBBE8EQANAIAH9AAQAIRIgAf0ABBAhEyABIAJqIQEgAP0ABAAhGCAYIBj9DQABAgMAAQIDAAECAwABAgMhFCAUIBIgCv2FAiEKIBQgEyAL/YUCIQsgGCAY/Q0EBQYHBAUGBwQFBgcEBQYHIRQgFCASIAz9hQIhDCAUIBMgDf2FAiENIBggGP0NCAkKCwgJCgsICQoLCAkKCyEUIBQgEiAO/YUCIQ4gFCATIA/9hQIhDyAA/QkCDCEUIBQgEiAQ/YUCIRAgFCATIBH9hQIhESAB/QAEACESIAH9AAQQIRMgASACaiEBIAD9AAQQIRggGCAY/Q0AAQIDAAECAwABAgMAAQIDIRQgFCASIAr9hQIhCiAUIBMgC/2FAiELIBggGP0NBAUGBwQFBgcEBQYHBAUGByEUIBQgEiAM/YUCIQwgFCATIA39hQIhDSAYIBj9DQgJCgsICQoLCAkKCwgJCgshFCAUIBIgDv2FAiEOIBQgEyAP/YUCIQ8gAP0JAhwhFCAUIBIgEP2FAiEQIBQgEyAR/YUCIREgAf0ABAAhEiAB/QAEECETIAEgAmohASAA/QAEICEYIBggGP0NAAECAwABAgMAAQIDAAECAyEUIBQgEiAK/YUCIQogFCATIAv9hQIhCyAYIBj9DQQFBgcEBQYHBAUGBwQFBgchFCAUIBIgDP2FAiEMIBQgEyAN/YUCIQ0gGCAY/Q0ICQoLCAkKCwgJCgsICQoLIRQgFCASIA79hQIhDiAUIBMgD/2FAiEPIAD9CQIsIRQgFCASIBD9hQIhECAUIBMgEf2FAiERIAH9AAQAIRIgAf0ABBAhEyABIAJqIQEgAP0ABDAhGCAYIBj9DQABAgMAAQIDAAECAwABAgMhFCAUIBIgCv2FAiEKIBQgEyAL/YUCIQsgGCAY/Q0EBQYHBAUGBwQFBgcEBQYHIRQgFCASIAz9hQIhDCAUIBMgDf2FAiENIBggGP0NCAkKCwgJCgsICQoLCAkKCyEUIBQgEiAO/YUCIQ4gFCATIA/9hQIhDyAA/QkCPCEUIBQgEiAQ/YUCIRAgFCATIBH9hQIhESAAQcAAaiEAIAVBBGshBSAFQQRPDQALCyAFBEADQCAB/QAEACESIAH9AAQQIRMgASACaiEBIAD9AAQAIRggGCAY/Q0AAQIDAAECAwABAgMAAQIDIRQgFCASIAr9hQIhCiAUIBMgC/2FAiELIBggGP0NBAUGBwQFBgcEBQYHBAUGByEUIBQgEiAM/YUCIQwgFCATIA39hQIhDSAYIBj9DQgJCgsICQoLCAkKCwgJCgshFCAUIBIgDv2FAiEOIBQgEyAP/YUCIQ8gAP0JAgwhFCAUIBIgEP2FAiEQIBQgEyAR/YUCIREgAEEQaiEAIAVBAWshBSAFDQALCyAGQQBLBEAgAyAEQQBsaiEXIAhBAXEEQCAHQQhGBEAgF/0ABAAhFSAX/QAEECEWBSAHQQBLBEAgFSAXKgIA/SAAIRULIAdBAUsEQCAVIBcqAgT9IAEhFQsgB0ECSwRAIBUgFyoCCP0gAiEVCyAHQQNLBEAgFSAXKgIM/SADIRULIAdBBEsEQCAWIBcqAhD9IAAhFgsgB0EFSwRAIBYgFyoCFP0gASEWCyAHQQZLBEAgFiAXKgIY/SACIRYLIAdBB0sEQCAWIBcqAhz9IAMhFgsLIBUgCv3kASEKIBYgC/3kASELCyAIQQJxBEAgCiAJ/QAEAP3kASEKIAsgCf0ABBD95AEhCwsgCEEEcQRAIAn9CQIAIRQgCiAU/eQBIQogCyAU/eQBIQsLIAdBCEYEQCAXIAr9CwQAIBcgC/0LBBAFIAdBAEsEQCAXIAr9HwA4AgALIAdBAUsEQCAXIAr9HwE4AgQLIAdBAksEQCAXIAr9HwI4AggLIAdBA0sEQCAXIAr9HwM4AgwLIAdBBEsEQCAXIAv9HwA4AhALIAdBBUsEQCAXIAv9HwE4AhQLIAdBBksEQCAXIAv9HwI4AhgLIAdBB0sEQCAXIAv9HwM4AhwLCwsgBkEBSwRAIAMgBEEBbGohFyAIQQFxBEAgB0EIRgRAIBf9AAQAIRUgF/0ABBAhFgUgB0EASwRAIBUgFyoCAP0gACEVCyAHQQFLBEAgFSAXKgIE/SABIRULIAdBAksEQCAVIBcqAgj9IAIhFQsgB0EDSwRAIBUgFyoCDP0gAyEVCyAHQQRLBEAgFiAXKgIQ/SAAIRYLIAdBBUsEQCAWIBcqAhT9IAEhFgsgB0EGSwRAIBYgFyoCGP0gAiEWCyAHQQdLBEAgFiAXKgIc/SADIRYLCyAVIAz95AEhDCAWIA395AEhDQsgCEECcQRAIAwgCf0ABAD95AEhDCANIAn9AAQQ/eQBIQ0LIAhBBHEEQCAJ/QkCBCEUIAwgFP3kASEMIA0gFP3kASENCyAHQQhGBEAgFyAM/QsEACAXIA39CwQQBSAHQQBLBEAgFyAM/R8AOAIACyAHQQFLBEAgFyAM/R8BOAIECyAHQQJLBEAgFyAM/R8COAIICyAHQQNLBEAgFyAM/R8DOAIMCyAHQQRLBEAgFyAN/R8AOAIQCyAHQQVLBEAgFyAN/R8BOAIUCyAHQQZLBEAgFyAN/R8COAIYCyAHQQdLBEAgFyAN/R8DOAIcCwsLIAZBAksEQCADIARBAmxqIRcgCEEBcQRAIAdBCEYEQCAX/QAEACEVIBf9AAQQIRYFIAdBAEsEQCAVIBcqAgD9IAAhFQsgB0EBSwRAIBUgFyoCBP0gASEVCyAHQQJLBEAgFSAXKgII/SACIRULIAdBA0sEQCAVIBcqAgz9IAMhFQsgB0EESwRAIBYgFyoCEP0gACEWCyAHQQVLBEAgFiAXKgIU/SABIRYLIAdBBksEQCAWIBcqAhj9IAIhFgsgB0EHSwRAIBYgFyoCHP0gAyEWCwsgFSAO/eQBIQ4gFiAP/eQBIQ8LIAhBAnEEQCAOIAn9AAQA/eQBIQ4gDyAJ/QAEEP3kASEPCyAIQQRxBEAgCf0JAgghFCAOIBT95AEhDiAPIBT95AEhDwsgB0EIRgRAIBcgDv0LBAAgFyAP/QsEEAUgB0EASwRAIBcgDv0fADgCAAsgB0EBSwRAIBcgDv0fATgCBAsgB0ECSwRAIBcgDv0fAjgCCAsgB0EDSwRAIBcgDv0fAzgCDAsgB0EESwRAIBcgD/0fADgCEAsgB0EFSwRAIBcgD/0fATgCFAsgB0EGSwRAIBcgD/0fAjgCGAsgB0EHSwRAIBcgD/0fAzgCHAsLCyAGQQNLBEAgAyAEQQNsaiEXIAhBAXEEQCAHQQhGBEAgF/0ABAAhFSAX/QAEECEWBSAHQQBLBEAgFSAXKgIA/SAAIRULIAdBAUsEQCAVIBcqAgT9IAEhFQsgB0ECSwRAIBUgFyoCCP0gAiEVCyAHQQNLBEAgFSAXKgIM/SADIRULIAdBBEsEQCAWIBcqAhD9IAAhFgsgB0EFSwRAIBYgFyoCFP0gASEWCyAHQQZLBEAgFiAXKgIY/SACIRYLIAdBB0sEQCAWIBcqAhz9IAMhFgsLIBUgEP3kASEQIBYgEf3kASERCyAIQQJxBEAgECAJ/QAEAP3kASEQIBEgCf0ABBD95AEhEQsgCEEEcQRAIAn9CQIMIRQgECAU/eQBIRAgESAU/eQBIRELIAdBCEYEQCAXIBD9CwQAIBcgEf0LBBAFIAdBAEsEQCAXIBD9HwA4AgALIAdBAUsEQCAXIBD9HwE4AgQLIAdBAksEQCAXIBD9HwI4AggLIAdBA0sEQCAXIBD9HwM4AgwLIAdBBEsEQCAXIBH9HwA4AhALIAdBBUsEQCAXIBH9HwE4AhQLIAdBBksEQCAXIBH9HwI4AhgLIAdBB0sEQCAXIBH9HwM4AhwLCwsL1hQDDXsBfwF7IAVBBE8EQANAIAH9AAQAIRIgAf0ABBAhEyABIAJqIQEgAP0JAgAhFCAUIBIgCv2FAiEKIBQgEyAL/YUCIQsgAP0JAgQhFCAUIBIgDP2FAiEMIBQgEyAN/YUCIQ0gAP0JAgghFCAUIBIgDv2FAiEOIBQgEyAP/YUCIQ8gAP0JAgwhFCAUIBIgEP2FAiEQIBQgEyAR/YUCIREgAf0ABAAhEiAB/QAEECETIAEgAmohASAA/QkCECEUIBQgEiAK/YUCIQogFCATIAv9hQIhCyAA/QkCFCEUIBQgEiAM/YUCIQwgFCATIA39hQIhDSAA/QkCGCEUIBQgEiAO/YUCIQ4gFCATIA/9hQIhDyAA/QkCHCEUIBQgEiAQ/YUCIRAgFCATIBH9hQIhESAB/QAEACESIAH9AAQQIRMgASACaiEBIAD9CQIgIRQgFCASIAr9hQIhCiAUIBMgC/2FAiELIAD9CQIkIRQgFCASIAz9hQIhDCAUIBMgDf2FAiENIAD9CQIoIRQgFCASIA79hQIhDiAUIBMgD/2FAiEPIAD9CQIsIRQgFCASIBD9hQIhECAUIBMgEf2FAiERIAH9AAQAIRIgAf0ABBAhEyABIAJqIQEgAP0JAjAhFCAUIBIgCv2FAiEKIBQgEyAL/YUCIQsgAP0JAjQhFCAUIBIgDP2FAiEMIBQgEyAN/YUCIQ0gAP0JAjghFCAUIBIgDv2FAiEOIBQgEyAP/YUCIQ8gAP0JAjwhFCAUIBIgEP2FAiEQIBQgEyAR/YUCIREgAEHAAGohACAFQQRrIQUgBUEETw0ACwsgBQRAA0AgAf0ABAAhEiAB/QAEECETIAEgAmohASAA/QkCACEUIBQgEiAK/YUCIQogFCATIAv9hQIhCyAA/QkCBCEUIBQgEiAM/YUCIQwgFCATIA39hQIhDSAA/QkCCCEUIBQgEiAO/YUCIQ4gFCATIA/9hQIhDyAA/QkCDCEUIBQgEiAQ/YUCIRAgFCATIBH9hQIhESAAQRBqIQAgBUEBayEFIAUNAAsLIAZBAEsEQCADIARBAGxqIRcgCEEBcQRAIAdBCEYEQCAX/QAEACEVIBf9AAQQIRYFIAdBAEsEQCAVIBcqAgD9IAAhFQsgB0EBSwRAIBUgFyoCBP0gASEVCyAHQQJLBEAgFSAXKgII/SACIRULIAdBA0sEQCAVIBcqAgz9IAMhFQsgB0EESwRAIBYgFyoCEP0gACEWCyAHQQVLBEAgFiAXKgIU/SABIRYLIAdBBksEQCAWIBcqAhj9IAIhFgsgB0EHSwRAIBYgFyoCHP0gAyEWCwsgFSAK/eQBIQogFiAL/eQBIQsLIAhBAnEEQCAKIAn9AAQA/eQBIQogCyAJ/QAEEP3kASELCyAIQQRxBEAgCf0JAgAhFCAKIBT95AEhCiALIBT95AEhCwsgB0EIRgRAIBcgCv0LBAAgFyAL/QsEEAUgB0EASwRAIBcgCv0fADgCAAsgB0EBSwRAIBcgCv0fATgCBAsgB0ECSwRAIBcgCv0fAjgCCAsgB0EDSwRAIBcgCv0fAzgCDAsgB0EESwRAIBcgC/0fADgCEAsgB0EFSwRAIBcgC/0fATgCFAsgB0EGSwRAIBcgC/0fAjgCGAsgB0EHSwRAIBcgC/0fAzgCHAsLCyAGQQFLBEAgAyAEQQFsaiEXIAhBAXEEQCAHQQhGBEAgF/0ABAAhFSAX/QAEECEWBSAHQQBLBEAgFSAXKgIA/SAAIRULIAdBAUsEQCAVIBcqAgT9IAEhFQsgB0ECSwRAIBUgFyoCCP0gAiEVCyAHQQNLBEAgFSAXKgIM/SADIRULIAdBBEsEQCAWIBcqAhD9IAAhFgsgB0EFSwRAIBYgFyoCFP0gASEWCyAHQQZLBEAgFiAXKgIY/SACIRYLIAdBB0sEQCAWIBcqAhz9IAMhFgsLIBUgDP3kASEMIBYgDf3kASENCyAIQQJxBEAgDCAJ/QAEAP3kASEMIA0gCf0ABBD95AEhDQsgCEEEcQRAIAn9CQIEIRQgDCAU/eQBIQwgDSAU/eQBIQ0LIAdBCEYEQCAXIAz9CwQAIBcgDf0LBBAFIAdBAEsEQCAXIAz9HwA4AgALIAdBAUsEQCAXIAz9HwE4AgQLIAdBAksEQCAXIAz9HwI4AggLIAdBA0sEQCAXIAz9HwM4AgwLIAdBBEsEQCAXIA39HwA4AhALIAdBBUsEQCAXIA39HwE4AhQLIAdBBksEQCAXIA39HwI4AhgLIAdBB0sEQCAXIA39HwM4AhwLCwsgBkECSwRAIAMgBEECbGohFyAIQQFxBEAgB0EIRgRAIBf9AAQAIRUgF/0ABBAhFgUgB0EASwRAIBUgFyoCAP0gACEVCyAHQQFLBEAgFSAXKgIE/SABIRULIAdBAksEQCAVIBcqAgj9IAIhFQsgB0EDSwRAIBUgFyoCDP0gAyEVCyAHQQRLBEAgFiAXKgIQ/SAAIRYLIAdBBUsEQCAWIBcqAhT9IAEhFgsgB0EGSwRAIBYgFyoCGP0gAiEWCyAHQQdLBEAgFiAXKgIc/SADIRYLCyAVIA795AEhDiAWIA/95AEhDwsgCEECcQRAIA4gCf0ABAD95AEhDiAPIAn9AAQQ/eQBIQ8LIAhBBHEEQCAJ/QkCCCEUIA4gFP3kASEOIA8gFP3kASEPCyAHQQhGBEAgFyAO/QsEACAXIA/9CwQQBSAHQQBLBEAgFyAO/R8AOAIACyAHQQFLBEAgFyAO/R8BOAIECyAHQQJLBEAgFyAO/R8COAIICyAHQQNLBEAgFyAO/R8DOAIMCyAHQQRLBEAgFyAP/R8AOAIQCyAHQQVLBEAgFyAP/R8BOAIUCyAHQQZLBEAgFyAP/R8COAIYCyAHQQdLBEAgFyAP/R8DOAIcCwsLIAZBA0sEQCADIARBA2xqIRcgCEEBcQRAIAdBCEYEQCAX/QAEACEVIBf9AAQQIRYFIAdBAEsEQCAVIBcqAgD9IAAhFQsgB0EBSwRAIBUgFyoCBP0gASEVCyAHQQJLBEAgFSAXKgII/SACIRULIAdBA0sEQCAVIBcqAgz9IAMhFQsgB0EESwRAIBYgFyoCEP0gACEWCyAHQQVLBEAgFiAXKgIU/SABIRYLIAdBBksEQCAWIBcqAhj9IAIhFgsgB0EHSwRAIBYgFyoCHP0gAyEWCwsgFSAQ/eQBIRAgFiAR/eQBIRELIAhBAnEEQCAQIAn9AAQA/eQBIRAgESAJ/QAEEP3kASERCyAIQQRxBEAgCf0JAgwhFCAQIBT95AEhECARIBT95AEhEQsgB0EIRgRAIBcgEP0LBAAgFyAR/QsEEAUgB0EASwRAIBcgEP0fADgCAAsgB0EBSwRAIBcgEP0fATgCBAsgB0ECSwRAIBcgEP0fAjgCCAsgB0EDSwRAIBcgEP0fAzgCDAsgB0EESwRAIBcgEf0fADgCEAsgB0EFSwRAIBcgEf0fATgCFAsgB0EGSwRAIBcgEf0fAjgCGAsgB0EHSwRAIBcgEf0fAzgCHAsLCwvMBQIGfwh7AkADQCAGIARPDQEgAkEERgRAQQAhCCAGQQRqIARNBEAgACAGIAFsaiEJIAMhCgJAA0AgCEEEaiAFSw0BIAn9AAQAIQwgCSABav0ABAAhDSAJIAFBAXRq/QAEACEOIAkgAUEDbGr9AAQAIQ8gDCAN/Q0AAQIDEBESEwQFBgcUFRYXIRAgDCAN/Q0ICQoLGBkaGwwNDg8cHR4fIREgDiAP/Q0AAQIDEBESEwQFBgcUFRYXIRIgDiAP/Q0ICQoLGBkaGwwNDg8cHR4fIRMgCiAQIBL9DQABAgMEBQYHEBESExQVFhf9CwQAIAogECAS/Q0ICQoLDA0ODxgZGhscHR4f/QsEECAKIBEgE/0NAAECAwQFBgcQERITFBUWF/0LBCAgCiARIBP9DQgJCgsMDQ4PGBkaGxwdHh/9CwQwIAlBEGohCSAKQcAAaiEKIAhBBGohCAwACwsLQQAhBwJAA0AgB0EETw0BIAMgB0ECdGogCEEEdGohCiAFIAhrIQsgBiAHaiAESQRAIAAgBiAHaiABbGogCEECdGohCQJAA0AgC0UNASAKIAkqAgA4AgAgCUEEaiEJIApBEGohCiALQQFrIQsMAAsLBQJAA0AgC0UNASAKQwAAAAA4AgAgCkEQaiEKIAtBAWshCwwACwsLIAdBAWohBwwACwsgAyAFQRBsaiEDBUEAIQggAUEERiAGQQRqIARNcQRAIAAgBiABbGohCQJAA0AgCCAFTw0BIAMgCf0ABAD9CwQAIAkgAmohCSADQRBqIQMgCEEBaiEIDAALCwsCQANAIAggBU8NASAAIAggAmxqIAYgAWxqIQlBACEHAkADQCAHQQRPDQEgAyAGIAdqIARJBH0gCSoCAAVDAAAAAAs4AgAgCSABaiEJIANBBGohAyAHQQFqIQcMAAsLIAhBAWohCAwACwsLIAZBBGohBgwACwsL7QEBCn8gCEECdCENIARBEGwhEkEgIRMgCUUEQEEgIQkgBEEFdCETCyABIQ4CQANAIAsgBU8NASAFIAtrIQ8gD0EISwRAQQghDwtBACEMIAAhECACIAtBAnRqIREgByAHIAtBAnRqIAZBBHEbIRQCQANAIAwgA08NASAKBEAgECAOIAkgESANIAQgAyAMayAPIAYgFBABBSAQIA4gCSARIA0gBCADIAxrIA8gBiAUEAALIBAgEmohECARIA1BBGxqIREgBkEEcQRAIBRBEGohFAsgDEEEaiEMDAALCyAOIBNqIQ4gC0EIaiELDAALCwvSBgIHfwh7IAVFBEAgAyEFCyAFQQJ0IQsgAkECdCEMAkADQCAGIANPDQEgBEUgBkEIaiADTXEEQCAAIAZBAnRqIQpBACEHAkADQCAHIAJPDQEgASAK/QAEAP0LBAAgASAK/QAEEP0LBBAgCiALaiEKIAFBIGohASAHQQFqIQcMAAsLBUEAIQcgBCAGQQhqIANNcQRAIAAgBiAMbGohCgJAA0AgB0EEaiACSw0BIAogDEEAbGr9AAQAIQ0gCiAMQQFsav0ABAAhDiAKIAxBAmxq/QAEACEPIAogDEEDbGr9AAQAIRAgDSAO/Q0AAQIDEBESEwQFBgcUFRYXIREgDSAO/Q0ICQoLGBkaGwwNDg8cHR4fIRIgDyAQ/Q0AAQIDEBESEwQFBgcUFRYXIRMgDyAQ/Q0ICQoLGBkaGwwNDg8cHR4fIRQgASARIBP9DQABAgMEBQYHEBESExQVFhf9CwQAIAEgESAT/Q0ICQoLDA0ODxgZGhscHR4f/QsEICABIBIgFP0NAAECAwQFBgcQERITFBUWF/0LBEAgASASIBT9DQgJCgsMDQ4PGBkaGxwdHh/9CwRgIAogDEEEbGr9AAQAIQ0gCiAMQQVsav0ABAAhDiAKIAxBBmxq/QAEACEPIAogDEEHbGr9AAQAIRAgDSAO/Q0AAQIDEBESEwQFBgcUFRYXIREgDSAO/Q0ICQoLGBkaGwwNDg8cHR4fIRIgDyAQ/Q0AAQIDEBESEwQFBgcUFRYXIRMgDyAQ/Q0ICQoLGBkaGwwNDg8cHR4fIRQgASARIBP9DQABAgMEBQYHEBESExQVFhf9CwQQIAEgESAT/Q0ICQoLDA0ODxgZGhscHR4f/QsEMCABIBIgFP0NAAECAwQFBgcQERITFBUWF/0LBFAgASASIBT9DQgJCgsMDQ4PGBkaGxwdHh/9CwRwIApBEGohCiABQYABaiEBIAdBBGohBwwACwsLAkADQCAHIAJPDQFBACEIAkADQCAIQQhPDQEgBiAIaiEJIAEgCSADSQR9IAAgBAR/IAkgAmwgB2oFIAcgBWwgCWoLQQJ0aioCAAVDAAAAAAs4AgAgAUEEaiEBIAhBAWohCAwACwsgB0EBaiEHDAALCwsgBkEIaiEGDAALCwuZAgMCfQF/BnsgACADQXhxQQJ0aiEGIAAgBkkEQANAIAD9AAQAIQcgAf0ABAAhCCAA/QAEECEKIAH9AAQQIQsgByAI/eQBIQkgCiAL/eQBIQwgAiAJ/QsEACACIAz9CwQQIABBIGohACABQSBqIQEgAkEgaiECIAAgBkkNAAsLIAAgA0EEcUECdGohBgJAA0AgACAGTw0BIAD9AAQAIQcgAf0ABAAhCCAHIAj95AEhCSACIAn9CwQAIABBEGohACABQRBqIQEgAkEQaiECDAALCyAAIANBA3FBAnRqIQYCQANAIAAgBk8NASAAKgIAIQQgASoCACEFIAIgBCAFkjgCACAAQQRqIQAgAUEEaiEBIAJBBGohAgwACwsLmQIDAn0BfwZ7IAAgA0F4cUECdGohBiAAIAZJBEADQCAA/QAEACEHIAH9AAQAIQggAP0ABBAhCiAB/QAEECELIAcgCP3lASEJIAogC/3lASEMIAIgCf0LBAAgAiAM/QsEECAAQSBqIQAgAUEgaiEBIAJBIGohAiAAIAZJDQALCyAAIANBBHFBAnRqIQYCQANAIAAgBk8NASAA/QAEACEHIAH9AAQAIQggByAI/eUBIQkgAiAJ/QsEACAAQRBqIQAgAUEQaiEBIAJBEGohAgwACwsgACADQQNxQQJ0aiEGAkADQCAAIAZPDQEgACoCACEEIAEqAgAhBSACIAQgBZM4AgAgAEEEaiEAIAFBBGohASACQQRqIQIMAAsLC5kCAwJ9AX8GeyAAIANBeHFBAnRqIQYgACAGSQRAA0AgAP0ABAAhByAB/QAEACEIIAD9AAQQIQogAf0ABBAhCyAHIAj95gEhCSAKIAv95gEhDCACIAn9CwQAIAIgDP0LBBAgAEEgaiEAIAFBIGohASACQSBqIQIgACAGSQ0ACwsgACADQQRxQQJ0aiEGAkADQCAAIAZPDQEgAP0ABAAhByAB/QAEACEIIAcgCP3mASEJIAIgCf0LBAAgAEEQaiEAIAFBEGohASACQRBqIQIMAAsLIAAgA0EDcUECdGohBgJAA0AgACAGTw0BIAAqAgAhBCABKgIAIQUgAiAEIAWUOAIAIABBBGohACABQQRqIQEgAkEEaiECDAALCwuZAgMCfQF/BnsgACADQXhxQQJ0aiEGIAAgBkkEQANAIAD9AAQAIQcgAf0ABAAhCCAA/QAEECEKIAH9AAQQIQsgByAI/ecBIQkgCiAL/ecBIQwgAiAJ/QsEACACIAz9CwQQIABBIGohACABQSBqIQEgAkEgaiECIAAgBkkNAAsLIAAgA0EEcUECdGohBgJAA0AgACAGTw0BIAD9AAQAIQcgAf0ABAAhCCAHIAj95wEhCSACIAn9CwQAIABBEGohACABQRBqIQEgAkEQaiECDAALCyAAIANBA3FBAnRqIQYCQANAIAAgBk8NASAAKgIAIQQgASoCACEFIAIgBCAFlTgCACAAQQRqIQAgAUEEaiEBIAJBBGohAgwACwsLrQIDAn0BfwZ7IAAgA0F4cUECdGohBiAAIAZJBEADQCAA/QAEACEHIAH9AAQAIQggAP0ABBAhCiAB/QAEECELIAcgCCAHIAj9Rv1SIQkgCiALIAogC/1G/VIhDCACIAn9CwQAIAIgDP0LBBAgAEEgaiEAIAFBIGohASACQSBqIQIgACAGSQ0ACwsgACADQQRxQQJ0aiEGAkADQCAAIAZPDQEgAP0ABAAhByAB/QAEACEIIAcgCCAHIAj9Rv1SIQkgAiAJ/QsEACAAQRBqIQAgAUEQaiEBIAJBEGohAgwACwsgACADQQNxQQJ0aiEGAkADQCAAIAZPDQEgACoCACEEIAEqAgAhBSACIAQgBSAEIAVgGzgCACAAQQRqIQAgAUEEaiEBIAJBBGohAgwACwsLrQIDAn0BfwZ7IAAgA0F4cUECdGohBiAAIAZJBEADQCAA/QAEACEHIAH9AAQAIQggAP0ABBAhCiAB/QAEECELIAcgCCAHIAj9Rf1SIQkgCiALIAogC/1F/VIhDCACIAn9CwQAIAIgDP0LBBAgAEEgaiEAIAFBIGohASACQSBqIQIgACAGSQ0ACwsgACADQQRxQQJ0aiEGAkADQCAAIAZPDQEgAP0ABAAhByAB/QAEACEIIAcgCCAHIAj9Rf1SIQkgAiAJ/QsEACAAQRBqIQAgAUEQaiEBIAJBEGohAgwACwsgACADQQNxQQJ0aiEGAkADQCAAIAZPDQEgACoCACEEIAEqAgAhBSACIAQgBSAEIAVfGzgCACAAQQRqIQAgAUEEaiEBIAJBBGohAgwACwsLxwIDAn0Bfwd7/QwAAAAAAAAAAAAAAAAAAAAAIQ0gACADQXhxQQJ0aiEGIAAgBkkEQANAIAD9AAQAIQcgAf0ABAAhCCAA/QAEECEKIAH9AAQQIQsgCCAHIA39Rf1PIQkgCyAKIA39Rf1PIQwgAiAJ/QsEACACIAz9CwQQIABBIGohACABQSBqIQEgAkEgaiECIAAgBkkNAAsLIAAgA0EEcUECdGohBgJAA0AgACAGTw0BIAD9AAQAIQcgAf0ABAAhCCAIIAcgDf1F/U8hCSACIAn9CwQAIABBEGohACABQRBqIQEgAkEQaiECDAALCyAAIANBA3FBAnRqIQYCQANAIAAgBk8NASAAKgIAIQQgASoCACEFIAIgBUMAAAAAIARDAAAAAF4gBCAEXHIbOAIAIABBBGohACABQQRqIQEgAkEEaiECDAALCwvdAQMCfQF/BnsgACACQXhxQQJ0aiEFIAAgBUkEQANAIAD9AAQAIQYgAP0ABBAhCSAG/eEBIQggCf3hASELIAEgCP0LBAAgASAL/QsEECAAQSBqIQAgAUEgaiEBIAAgBUkNAAsLIAAgAkEEcUECdGohBQJAA0AgACAFTw0BIAD9AAQAIQYgBv3hASEIIAEgCP0LBAAgAEEQaiEAIAFBEGohAQwACwsgACACQQNxQQJ0aiEFAkADQCAAIAVPDQEgACoCACEDIAEgA4w4AgAgAEEEaiEAIAFBBGohAQwACwsL3QEDAn0BfwZ7IAAgAkF4cUECdGohBSAAIAVJBEADQCAA/QAEACEGIAD9AAQQIQkgBv3gASEIIAn94AEhCyABIAj9CwQAIAEgC/0LBBAgAEEgaiEAIAFBIGohASAAIAVJDQALCyAAIAJBBHFBAnRqIQUCQANAIAAgBU8NASAA/QAEACEGIAb94AEhCCABIAj9CwQAIABBEGohACABQRBqIQEMAAsLIAAgAkEDcUECdGohBQJAA0AgACAFTw0BIAAqAgAhAyABIAOLOAIAIABBBGohACABQQRqIQEMAAsLC90BAwJ9AX8GeyAAIAJBeHFBAnRqIQUgACAFSQRAA0AgAP0ABAAhBiAA/QAEECEJIAb94wEhCCAJ/eMBIQsgASAI/QsEACABIAv9CwQQIABBIGohACABQSBqIQEgACAFSQ0ACwsgACACQQRxQQJ0aiEFAkADQCAAIAVPDQEgAP0ABAAhBiAG/eMBIQggASAI/QsEACAAQRBqIQAgAUEQaiEBDAALCyAAIAJBA3FBAnRqIQUCQANAIAAgBU8NASAAKgIAIQMgASADkTgCACAAQQRqIQAgAUEEaiEBDAALCwvlAQMCfQF/BnsgACACQXhxQQJ0aiEFIAAgBUkEQANAIAD9AAQAIQYgAP0ABBAhCSAGIAb95gEhCCAJIAn95gEhCyABIAj9CwQAIAEgC/0LBBAgAEEgaiEAIAFBIGohASAAIAVJDQALCyAAIAJBBHFBAnRqIQUCQANAIAAgBU8NASAA/QAEACEGIAYgBv3mASEIIAEgCP0LBAAgAEEQaiEAIAFBEGohAQwACwsgACACQQNxQQJ0aiEFAkADQCAAIAVPDQEgACoCACEDIAEgAyADlDgCACAAQQRqIQAgAUEEaiEBDAALCwv8AQMCfQF/B3v9DAAAgD8AAIA/AACAPwAAgD8hDCAAIAJBeHFBAnRqIQUgACAFSQRAA0AgAP0ABAAhBiAA/QAEECEJIAwgBv3nASEIIAwgCf3nASELIAEgCP0LBAAgASAL/QsEECAAQSBqIQAgAUEgaiEBIAAgBUkNAAsLIAAgAkEEcUECdGohBQJAA0AgACAFTw0BIAD9AAQAIQYgDCAG/ecBIQggASAI/QsEACAAQRBqIQAgAUEQaiEBDAALCyAAIAJBA3FBAnRqIQUCQANAIAAgBU8NASAAKgIAIQMgAUMAAIA/IAOVOAIAIABBBGohACABQQRqIQEMAAsLC+oCAwJ9AX8Je/0MAAAAAAAAAAAAAAAAAAAAACEM/QwAAIA/AACAPwAAgD8AAIA/IQ39DAAAgL8AAIC/AACAvwAAgL8hDiAAIAJBeHFBAnRqIQUgACAFSQRAA0AgAP0ABAAhBiAA/QAEECEJIAYgDP1EIA39TiAGIAz9QyAO/U79UCEIIAkgDP1EIA39TiAJIAz9QyAO/U79UCELIAEgCP0LBAAgASAL/QsEECAAQSBqIQAgAUEgaiEBIAAgBUkNAAsLIAAgAkEEcUECdGohBQJAA0AgACAFTw0BIAD9AAQAIQYgBiAM/UQgDf1OIAYgDP1DIA79Tv1QIQggASAI/QsEACAAQRBqIQAgAUEQaiEBDAALCyAAIAJBA3FBAnRqIQUCQANAIAAgBU8NASAAKgIAIQMgAUMAAIA/QwAAgL9DAAAAACADQwAAAABdGyADQwAAAABeGzgCACAAQQRqIQAgAUEEaiEBDAALCwuTAgMCfQF/B3v9DAAAAAAAAAAAAAAAAAAAAAAhDCAAIAJBeHFBAnRqIQUgACAFSQRAA0AgAP0ABAAhBiAA/QAEECEJIAYgBiAM/UX9TyEIIAkgCSAM/UX9TyELIAEgCP0LBAAgASAL/QsEECAAQSBqIQAgAUEgaiEBIAAgBUkNAAsLIAAgAkEEcUECdGohBQJAA0AgACAFTw0BIAD9AAQAIQYgBiAGIAz9Rf1PIQggASAI/QsEACAAQRBqIQAgAUEQaiEBDAALCyAAIAJBA3FBAnRqIQUCQANAIAAgBU8NASAAKgIAIQMgASADQwAAAAAgA0MAAAAAXiADIANcchs4AgAgAEEEaiEAIAFBBGohAQwACwsLugICAX8Ke/0MAAAAAAAAAAAAAAAAAAAAACEQIAP9EyEHIAT9EyEIIAX9EyEJIAAgAkF4cUECdGohBiAAIAZJBEADQCAA/QAEACEKIAD9AAQQIQ0gCiAH/eYBIAogCiAQ/UP9UiEMIA0gB/3mASANIA0gEP1D/VIhDyABIAz9CwQAIAEgD/0LBBAgAEEgaiEAIAFBIGohASAAIAZJDQALCyAAIAJBBHFBAnRqIQYCQANAIAAgBk8NASAA/QAEACEKIAogB/3mASAKIAogEP1D/VIhDCABIAz9CwQAIABBEGohACABQRBqIQEMAAsLIAAgAkEDcUECdGohBgJAA0AgACAGTw0BIAD9CQIAIQogCiAH/eYBIAogCiAQ/UP9UiEMIAEgDP1aAgAAIABBBGohACABQQRqIQEMAAsLC+8CAgF/Cnv9DAAAAAAAAAAAAAAAAAAAAAAhESAE/RMhCCAF/RMhCSAG/RMhCiAAIANBeHFBAnRqIQcgACAHSQRAA0AgAP0ABAAhCyAB/QAEACEMIAD9AAQQIQ4gAf0ABBAhDyAMIAwgCP3mASALIBH9RP1SIQ0gDyAPIAj95gEgDiAR/UT9UiEQIAIgDf0LBAAgAiAQ/QsEECAAQSBqIQAgAUEgaiEBIAJBIGohAiAAIAdJDQALCyAAIANBBHFBAnRqIQcCQANAIAAgB08NASAA/QAEACELIAH9AAQAIQwgDCAMIAj95gEgCyAR/UT9UiENIAIgDf0LBAAgAEEQaiEAIAFBEGohASACQRBqIQIMAAsLIAAgA0EDcUECdGohBwJAA0AgACAHTw0BIAD9CQIAIQsgAf0JAgAhDCAMIAwgCP3mASALIBH9RP1SIQ0gAiAN/VoCAAAgAEEEaiEAIAFBBGohASACQQRqIQIMAAsLC+8CAgF/Cnv9DAAAAAAAAAAAAAAAAAAAAAAhESAE/RMhCCAF/RMhCSAG/RMhCiAAIANBeHFBAnRqIQcgACAHSQRAA0AgAP0ABAAhCyAB/QAEACEMIAD9AAQQIQ4gAf0ABBAhDyALIAwgC/3mASALIBH9RP1SIQ0gDiAPIA795gEgDiAR/UT9UiEQIAIgDf0LBAAgAiAQ/QsEECAAQSBqIQAgAUEgaiEBIAJBIGohAiAAIAdJDQALCyAAIANBBHFBAnRqIQcCQANAIAAgB08NASAA/QAEACELIAH9AAQAIQwgCyAMIAv95gEgCyAR/UT9UiENIAIgDf0LBAAgAEEQaiEAIAFBEGohASACQRBqIQIMAAsLIAAgA0EDcUECdGohBwJAA0AgACAHTw0BIAD9CQIAIQsgAf0JAgAhDCALIAwgC/3mASALIBH9RP1SIQ0gAiAN/VoCAAAgAEEEaiEAIAFBBGohASACQQRqIQIMAAsLC6QDAgF/DHv9DAAAAAAAAAAAAAAAAAAAAAAhFCAF/RMhCSAG/RMhCiAH/RMhCyAAIARBeHFBAnRqIQggACAISQRAA0AgAP0ABAAhDCAB/QAEACENIAL9AAQAIQ4gAP0ABBAhECAB/QAEECERIAL9AAQQIRIgDSAOIA395gEgDCAU/UT9UiEPIBEgEiAR/eYBIBAgFP1E/VIhEyADIA/9CwQAIAMgE/0LBBAgAEEgaiEAIAFBIGohASACQSBqIQIgA0EgaiEDIAAgCEkNAAsLIAAgBEEEcUECdGohCAJAA0AgACAITw0BIAD9AAQAIQwgAf0ABAAhDSAC/QAEACEOIA0gDiAN/eYBIAwgFP1E/VIhDyADIA/9CwQAIABBEGohACABQRBqIQEgAkEQaiECIANBEGohAwwACwsgACAEQQNxQQJ0aiEIAkADQCAAIAhPDQEgAP0JAgAhDCAB/QkCACENIAL9CQIAIQ4gDSAOIA395gEgDCAU/UT9UiEPIAMgD/1aAgAAIABBBGohACABQQRqIQEgAkEEaiECIANBBGohAwwACwsL2gICAX8Le/0MAADAQAAAwEAAAMBAAADAQCEQ/QwAAAAAAAAAAAAAAAAAAAAAIREgA/0TIQcgBP0TIQggBf0TIQkgACACQXhxQQJ0aiEGIAAgBkkEQANAIAD9AAQAIQogAP0ABBAhDSAKIBAgCiAQ/UP9UiAKIBH9RP1OIQwgDSAQIA0gEP1D/VIgDSAR/UT9TiEPIAEgDP0LBAAgASAP/QsEECAAQSBqIQAgAUEgaiEBIAAgBkkNAAsLIAAgAkEEcUECdGohBgJAA0AgACAGTw0BIAD9AAQAIQogCiAQIAogEP1D/VIgCiAR/UT9TiEMIAEgDP0LBAAgAEEQaiEAIAFBEGohAQwACwsgACACQQNxQQJ0aiEGAkADQCAAIAZPDQEgAP0JAgAhCiAKIBAgCiAQ/UP9UiAKIBH9RP1OIQwgASAM/VoCAAAgAEEEaiEAIAFBBGohAQwACwsLhwMCAX8Le/0MAAAAAAAAAAAAAAAAAAAAACER/QwAAMBAAADAQAAAwEAAAMBAIRIgBP0TIQggBf0TIQkgBv0TIQogACADQXhxQQJ0aiEHIAAgB0kEQANAIAD9AAQAIQsgAf0ABAAhDCAA/QAEECEOIAH9AAQQIQ8gDCALIBH9RCALIBL9Q/1O/U4hDSAPIA4gEf1EIA4gEv1D/U79TiEQIAIgDf0LBAAgAiAQ/QsEECAAQSBqIQAgAUEgaiEBIAJBIGohAiAAIAdJDQALCyAAIANBBHFBAnRqIQcCQANAIAAgB08NASAA/QAEACELIAH9AAQAIQwgDCALIBH9RCALIBL9Q/1O/U4hDSACIA39CwQAIABBEGohACABQRBqIQEgAkEQaiECDAALCyAAIANBA3FBAnRqIQcCQANAIAAgB08NASAA/QkCACELIAH9CQIAIQwgDCALIBH9RCALIBL9Q/1O/U4hDSACIA39WgIAACAAQQRqIQAgAUEEaiEBIAJBBGohAgwACwsLugICAX8JeyAD/RMhByAE/RMhCCAF/RMhCSAAIAJBeHFBAnRqIQYgACAGSQRAA0AgAP0ABAAhCiAA/QAEECENIAcgCCAKIAogCP1E/VIgCiAH/UP9UiEMIAcgCCANIA0gCP1E/VIgDSAH/UP9UiEPIAEgDP0LBAAgASAP/QsEECAAQSBqIQAgAUEgaiEBIAAgBkkNAAsLIAAgAkEEcUECdGohBgJAA0AgACAGTw0BIAD9AAQAIQogByAIIAogCiAI/UT9UiAKIAf9Q/1SIQwgASAM/QsEACAAQRBqIQAgAUEQaiEBDAALCyAAIAJBA3FBAnRqIQYCQANAIAAgBk8NASAA/QkCACEKIAcgCCAKIAogCP1E/VIgCiAH/UP9UiEMIAEgDP1aAgAAIABBBGohACABQQRqIQEMAAsLC98CAgF/CXsgBP0TIQggBf0TIQkgBv0TIQogACADQXhxQQJ0aiEHIAAgB0kEQANAIAD9AAQAIQsgAf0ABAAhDCAA/QAEECEOIAH9AAQQIQ8gDCALIAj9RCALIAn9Q/1O/U4hDSAPIA4gCP1EIA4gCf1D/U79TiEQIAIgDf0LBAAgAiAQ/QsEECAAQSBqIQAgAUEgaiEBIAJBIGohAiAAIAdJDQALCyAAIANBBHFBAnRqIQcCQANAIAAgB08NASAA/QAEACELIAH9AAQAIQwgDCALIAj9RCALIAn9Q/1O/U4hDSACIA39CwQAIABBEGohACABQRBqIQEgAkEQaiECDAALCyAAIANBA3FBAnRqIQcCQANAIAAgB08NASAA/QkCACELIAH9CQIAIQwgDCALIAj9RCALIAn9Q/1O/U4hDSACIA39WgIAACAAQQRqIQAgAUEEaiEBIAJBBGohAgwACwsLvgMCAX8Oe/0MAACAPwAAgD8AAIA/AACAPyEQ/QwAAMBAAADAQAAAwEAAAMBAIRH9DAAAAD8AAAA/AAAAPwAAAD8hEv0MAABAQAAAQEAAAEBAAABAQCET/QwAAEDAAABAwAAAQMAAAEDAIRQgA/0TIQcgBP0TIQggBf0TIQkgACACQXhxQQJ0aiEGIAAgBkkEQANAIAD9AAQAIQogAP0ABBAhDSAQIAogEf3nASAS/eQBIAogE/1G/VIgCiAU/UX9TyEMIBAgDSAR/ecBIBL95AEgDSAT/Ub9UiANIBT9Rf1PIQ8gASAM/QsEACABIA/9CwQQIABBIGohACABQSBqIQEgACAGSQ0ACwsgACACQQRxQQJ0aiEGAkADQCAAIAZPDQEgAP0ABAAhCiAQIAogEf3nASAS/eQBIAogE/1G/VIgCiAU/UX9TyEMIAEgDP0LBAAgAEEQaiEAIAFBEGohAQwACwsgACACQQNxQQJ0aiEGAkADQCAAIAZPDQEgAP0JAgAhCiAQIAogEf3nASAS/eQBIAogE/1G/VIgCiAU/UX9TyEMIAEgDP1aAgAAIABBBGohACABQQRqIQEMAAsLC68DAgF/DHv9DAAAwEAAAMBAAADAQAAAwEAhEf0MAABAwAAAQMAAAEDAAABAwCES/QwAAEBAAABAQAAAQEAAAEBAIRMgBP0TIQggBf0TIQkgBv0TIQogACADQXhxQQJ0aiEHIAAgB0kEQANAIAD9AAQAIQsgAf0ABAAhDCAA/QAEECEOIAH9AAQQIQ8gDCAR/ecBIAsgEv1EIAsgE/1D/U79TiENIA8gEf3nASAOIBL9RCAOIBP9Q/1O/U4hECACIA39CwQAIAIgEP0LBBAgAEEgaiEAIAFBIGohASACQSBqIQIgACAHSQ0ACwsgACADQQRxQQJ0aiEHAkADQCAAIAdPDQEgAP0ABAAhCyAB/QAEACEMIAwgEf3nASALIBL9RCALIBP9Q/1O/U4hDSACIA39CwQAIABBEGohACABQRBqIQEgAkEQaiECDAALCyAAIANBA3FBAnRqIQcCQANAIAAgB08NASAA/QkCACELIAH9CQIAIQwgDCAR/ecBIAsgEv1EIAsgE/1D/U79TiENIAIgDf1aAgAAIABBBGohACABQQRqIQEgAkEEaiECDAALCwuqAwIBfwx7/QwAAEBAAABAQAAAQEAAAEBAIRD9DAAAwEAAAMBAAADAQAAAwEAhEf0MAABAwAAAQMAAAEDAAABAwCESIAP9EyEHIAT9EyEIIAX9EyEJIAAgAkF4cUECdGohBiAAIAZJBEADQCAA/QAEACEKIAD9AAQQIQ0gCiAKIAogEP3kAf3mASAR/ecBIAogEP1G/VIgCiAS/UX9TyEMIA0gDSANIBD95AH95gEgEf3nASANIBD9Rv1SIA0gEv1F/U8hDyABIAz9CwQAIAEgD/0LBBAgAEEgaiEAIAFBIGohASAAIAZJDQALCyAAIAJBBHFBAnRqIQYCQANAIAAgBk8NASAA/QAEACEKIAogCiAKIBD95AH95gEgEf3nASAKIBD9Rv1SIAogEv1F/U8hDCABIAz9CwQAIABBEGohACABQRBqIQEMAAsLIAAgAkEDcUECdGohBgJAA0AgACAGTw0BIAD9CQIAIQogCiAKIAogEP3kAf3mASAR/ecBIAogEP1G/VIgCiAS/UX9TyEMIAEgDP1aAgAAIABBBGohACABQQRqIQEMAAsLC4cEAgF/DXv9DAAAAEAAAABAAAAAQAAAAEAhEf0MAABAQAAAQEAAAEBAAABAQCES/QwAAMBAAADAQAAAwEAAAMBAIRP9DAAAQMAAAEDAAABAwAAAQMAhFCAE/RMhCCAF/RMhCSAG/RMhCiAAIANBeHFBAnRqIQcgACAHSQRAA0AgAP0ABAAhCyAB/QAEACEMIAD9AAQQIQ4gAf0ABBAhDyAMIAwgESAL/eYBIBL95AH95gEgE/3nASALIBL9Rv1SIAsgFP1F/U8hDSAPIA8gESAO/eYBIBL95AH95gEgE/3nASAOIBL9Rv1SIA4gFP1F/U8hECACIA39CwQAIAIgEP0LBBAgAEEgaiEAIAFBIGohASACQSBqIQIgACAHSQ0ACwsgACADQQRxQQJ0aiEHAkADQCAAIAdPDQEgAP0ABAAhCyAB/QAEACEMIAwgDCARIAv95gEgEv3kAf3mASAT/ecBIAsgEv1G/VIgCyAU/UX9TyENIAIgDf0LBAAgAEEQaiEAIAFBEGohASACQRBqIQIMAAsLIAAgA0EDcUECdGohBwJAA0AgACAHTw0BIAD9CQIAIQsgAf0JAgAhDCAMIAwgESAL/eYBIBL95AH95gEgE/3nASALIBL9Rv1SIAsgFP1F/U8hDSACIA39WgIAACAAQQRqIQAgAUEEaiEBIAJBBGohAgwACwsLjwUCAX8ae/0MmpmuwpqZrsKama7CmpmuwiEV/Qw7qrg/O6q4PzuquD87qrg/IRb9DAAAQEsAAEBLAABASwAAQEshF/0Mg4BeOYOAXjmDgF45g4BeOSEY/QwAgDG/AIAxvwCAMb8AgDG/IRn9DGwxCDxsMQg8bDEIPGwxCDwhGv0M+5QrPfuUKz37lCs9+5QrPSEb/QzXqyo+16sqPterKj7Xqyo+IRz9DP7+/z7+/v8+/v7/Pv7+/z4hHf0MfwDAtH8AwLR/AMC0fwDAtCEe/QwAAIA/AACAPwAAgD8AAIA/IR/9DAAAAAAAAAAAAAAAAAAAAAAhICAD/RMhByAE/RMhCCAF/RMhCSAAIAJBfHFBAnRqIQYCQANAIAAgBk8NASAA/QAEACEKIAogFf3rASENIA0gFiAX/YUCIQ4gDiAX/eUBIQ8gDyAYIA8gGSAN/YUC/YUCIRAgECAQ/eYBIREgESARIBAgGiAb/YUCIBAgHCAd/YUC/YUCIBD9hQIhEiAOIB79rgFBF/2rASETIBMgEiATIB/95QH9hQIhFCAKIAcgFP3mASAKICD9RP1SIQwgASAM/QsEACAAQRBqIQAgAUEQaiEBDAALCyAAIAJBA3FBAnRqIQYCQANAIAAgBk8NASAA/QkCACEKIAogFf3rASENIA0gFiAX/YUCIQ4gDiAX/eUBIQ8gDyAYIA8gGSAN/YUC/YUCIRAgECAQ/eYBIREgESARIBAgGiAb/YUCIBAgHCAd/YUC/YUCIBD9hQIhEiAOIB79rgFBF/2rASETIBMgEiATIB/95QH9hQIhFCAKIAcgFP3mASAKICD9RP1SIQwgASAM/VoCAAAgAEEEaiEAIAFBBGohAQwACwsLgwMCAX8Ke/0MAAAAAAAAAAAAAAAAAAAAACERIAT9EyEIIAX9EyEJIAb9EyEKIAAgA0F4cUECdGohByAAIAdJBEADQCAA/QAEACELIAH9AAQAIQwgAP0ABBAhDiAB/QAEECEPIAwgDCALIAj95AH95gEgCyAR/UT9UiENIA8gDyAOIAj95AH95gEgDiAR/UT9UiEQIAIgDf0LBAAgAiAQ/QsEECAAQSBqIQAgAUEgaiEBIAJBIGohAiAAIAdJDQALCyAAIANBBHFBAnRqIQcCQANAIAAgB08NASAA/QAEACELIAH9AAQAIQwgDCAMIAsgCP3kAf3mASALIBH9RP1SIQ0gAiAN/QsEACAAQRBqIQAgAUEQaiEBIAJBEGohAgwACwsgACADQQNxQQJ0aiEHAkADQCAAIAdPDQEgAP0JAgAhCyAB/QkCACEMIAwgDCALIAj95AH95gEgCyAR/UT9UiENIAIgDf1aAgAAIABBBGohACABQQRqIQEgAkEEaiECDAALCwuZBQIBfxp7/Qyama7CmpmuwpqZrsKama7CIRX9DDuquD87qrg/O6q4PzuquD8hFv0MAABASwAAQEsAAEBLAABASyEX/QyDgF45g4BeOYOAXjmDgF45IRj9DACAMb8AgDG/AIAxvwCAMb8hGf0MbDEIPGwxCDxsMQg8bDEIPCEa/Qz7lCs9+5QrPfuUKz37lCs9IRv9DNerKj7Xqyo+16sqPterKj4hHP0M/v7/Pv7+/z7+/v8+/v7/PiEd/Qx/AMC0fwDAtH8AwLR/AMC0IR79DAAAgD8AAIA/AACAPwAAgD8hH/0MAAAAAAAAAAAAAAAAAAAAACEgIAP9EyEHIAT9EyEIIAX9EyEJIAAgAkF8cUECdGohBgJAA0AgACAGTw0BIAD9AAQAIQogCiAI/eYBIBX96wEhDSANIBYgF/2FAiEOIA4gF/3lASEPIA8gGCAPIBkgDf2FAv2FAiEQIBAgEP3mASERIBEgESAQIBogG/2FAiAQIBwgHf2FAv2FAiAQ/YUCIRIgDiAe/a4BQRf9qwEhEyATIBIgEyAf/eUB/YUCIRQgCiAHIBT95gEgCiAg/UT9UiEMIAEgDP0LBAAgAEEQaiEAIAFBEGohAQwACwsgACACQQNxQQJ0aiEGAkADQCAAIAZPDQEgAP0JAgAhCiAKIAj95gEgFf3rASENIA0gFiAX/YUCIQ4gDiAX/eUBIQ8gDyAYIA8gGSAN/YUC/YUCIRAgECAQ/eYBIREgESARIBAgGiAb/YUCIBAgHCAd/YUC/YUCIBD9hQIhEiAOIB79rgFBF/2rASETIBMgEiATIB/95QH9hQIhFCAKIAcgFP3mASAKICD9RP1SIQwgASAM/VoCAAAgAEEEaiEAIAFBBGohAQwACwsLqwMCAX8Le/0MAACAPwAAgD8AAIA/AACAPyER/QwAAAAAAAAAAAAAAAAAAAAAIRIgBP0TIQggBf0TIQkgBv0TIQogACADQXhxQQJ0aiEHIAAgB0kEQANAIAD9AAQAIQsgAf0ABAAhDCAA/QAEECEOIAH9AAQQIQ8gDCAMIAsgCf3mASAR/eQB/eYBIAsgEv1E/VIhDSAPIA8gDiAJ/eYBIBH95AH95gEgDiAS/UT9UiEQIAIgDf0LBAAgAiAQ/QsEECAAQSBqIQAgAUEgaiEBIAJBIGohAiAAIAdJDQALCyAAIANBBHFBAnRqIQcCQANAIAAgB08NASAA/QAEACELIAH9AAQAIQwgDCAMIAsgCf3mASAR/eQB/eYBIAsgEv1E/VIhDSACIA39CwQAIABBEGohACABQRBqIQEgAkEQaiECDAALCyAAIANBA3FBAnRqIQcCQANAIAAgB08NASAA/QkCACELIAH9CQIAIQwgDCAMIAsgCf3mASAR/eQB/eYBIAsgEv1E/VIhDSACIA39WgIAACAAQQRqIQAgAUEEaiEBIAJBBGohAgwACwsLwQUCAX8ce/0MmpmuwpqZrsKama7CmpmuwiEV/Qw7qrg/O6q4PzuquD87qrg/IRb9DAAAQEsAAEBLAABASwAAQEshF/0Mg4BeOYOAXjmDgF45g4BeOSEY/QwAgDG/AIAxvwCAMb8AgDG/IRn9DGwxCDxsMQg8bDEIPGwxCDwhGv0M+5QrPfuUKz37lCs9+5QrPSEb/QzXqyo+16sqPterKj7Xqyo+IRz9DP7+/z7+/v8+/v7/Pv7+/z4hHf0MfwDAtH8AwLR/AMC0fwDAtCEe/QwAAIA/AACAPwAAgD8AAIA/IR/9DF99hj9ffYY/X32GP199hj8hIP0MZgnhP2YJ4T9mCeE/ZgnhPyEh/QwAAAAAAAAAAAAAAAAAAAAAISIgA/0TIQcgBP0TIQggBf0TIQkgACACQXxxQQJ0aiEGAkADQCAAIAZPDQEgAP0ABAAhCiAKIBX96wEhDSANIBYgF/2FAiEOIA4gF/3lASEPIA8gGCAPIBkgDf2FAv2FAiEQIBAgEP3mASERIBEgESAQIBogG/2FAiAQIBwgHf2FAv2FAiAQ/YUCIRIgDiAe/a4BQRf9qwEhEyATIBIgEyAf/eUB/YUCIRQgICAK/eYBICEgFP3mASAKICL9RP1SIQwgASAM/QsEACAAQRBqIQAgAUEQaiEBDAALCyAAIAJBA3FBAnRqIQYCQANAIAAgBk8NASAA/QkCACEKIAogFf3rASENIA0gFiAX/YUCIQ4gDiAX/eUBIQ8gDyAYIA8gGSAN/YUC/YUCIRAgECAQ/eYBIREgESARIBAgGiAb/YUCIBAgHCAd/YUC/YUCIBD9hQIhEiAOIB79rgFBF/2rASETIBMgEiATIB/95QH9hQIhFCAgIAr95gEgISAU/eYBIAogIv1E/VIhDCABIAz9WgIAACAAQQRqIQAgAUEEaiEBDAALCwu/AwIBfwx7/QxffYY/X32GP199hj9ffYY/IRH9DGYJ4T9mCeE/ZgnhP2YJ4T8hEv0MAAAAAAAAAAAAAAAAAAAAACETIAT9EyEIIAX9EyEJIAb9EyEKIAAgA0F4cUECdGohByAAIAdJBEADQCAA/QAEACELIAH9AAQAIQwgAP0ABBAhDiAB/QAEECEPIBEgDP3mASAMIAsgEv3kAf3mASALIBP9RP1SIQ0gESAP/eYBIA8gDiAS/eQB/eYBIA4gE/1E/VIhECACIA39CwQAIAIgEP0LBBAgAEEgaiEAIAFBIGohASACQSBqIQIgACAHSQ0ACwsgACADQQRxQQJ0aiEHAkADQCAAIAdPDQEgAP0ABAAhCyAB/QAEACEMIBEgDP3mASAMIAsgEv3kAf3mASALIBP9RP1SIQ0gAiAN/QsEACAAQRBqIQAgAUEQaiEBIAJBEGohAgwACwsgACADQQNxQQJ0aiEHAkADQCAAIAdPDQEgAP0JAgAhCyAB/QkCACEMIBEgDP3mASAMIAsgEv3kAf3mASALIBP9RP1SIQ0gAiAN/VoCAAAgAEEEaiEAIAFBBGohASACQQRqIQIMAAsLC7sFAgF/HXv9DAAAAIAAAACAAAAAgAAAAIAhF/0MmpmuwpqZrsKama7CmpmuwiEY/Qw7qrg/O6q4PzuquD87qrg/IRn9DAAAQEsAAEBLAABASwAAQEshGv0Mg4BeOYOAXjmDgF45g4BeOSEb/QwAgDG/AIAxvwCAMb8AgDG/IRz9DGwxCDxsMQg8bDEIPGwxCDwhHf0M+5QrPfuUKz37lCs9+5QrPSEe/QzXqyo+16sqPterKj7Xqyo+IR/9DP7+/z7+/v8+/v7/Pv7+/z4hIP0MfwDAtH8AwLR/AMC0fwDAtCEh/QwAAIA/AACAPwAAgD8AAIA/ISL9DAAAAAAAAAAAAAAAAAAAAAAhIyAD/RMhByAE/RMhCCAF/RMhCSAAIAJBfHFBAnRqIQYCQANAIAAgBk8NASAA/QAEACEKIAogF/1QIBj96wEhDSANIBkgGv2FAiEOIA4gGv3lASEPIA8gGyAPIBwgDf2FAv2FAiEQIBAgEP3mASERIBEgESAQIB0gHv2FAiAQIB8gIP2FAv2FAiAQ/YUCIRIgDiAh/a4BQRf9qwEhEyATIBIgE/2FAiEUICIgFP3kASEVICIgFCAKICP9Rv1SIBX95wEhFiAWIQwgASAM/QsEACAAQRBqIQAgAUEQaiEBDAALCyAAIAJBA3FBAnRqIQYCQANAIAAgBk8NASAA/QkCACEKIAogF/1QIBj96wEhDSANIBkgGv2FAiEOIA4gGv3lASEPIA8gGyAPIBwgDf2FAv2FAiEQIBAgEP3mASERIBEgESAQIB0gHv2FAiAQIB8gIP2FAv2FAiAQ/YUCIRIgDiAh/a4BQRf9qwEhEyATIBIgE/2FAiEUICIgFP3kASEVICIgFCAKICP9Rv1SIBX95wEhFiAWIQwgASAM/VoCAAAgAEEEaiEAIAFBBGohAQwACwsL7wICAX8Ke/0MAACAPwAAgD8AAIA/AACAPyERIAT9EyEIIAX9EyEJIAb9EyEKIAAgA0F4cUECdGohByAAIAdJBEADQCAA/QAEACELIAH9AAQAIQwgAP0ABBAhDiAB/QAEECEPIAwgC/3mASARIAv95QH95gEhDSAPIA795gEgESAO/eUB/eYBIRAgAiAN/QsEACACIBD9CwQQIABBIGohACABQSBqIQEgAkEgaiECIAAgB0kNAAsLIAAgA0EEcUECdGohBwJAA0AgACAHTw0BIAD9AAQAIQsgAf0ABAAhDCAMIAv95gEgESAL/eUB/eYBIQ0gAiAN/QsEACAAQRBqIQAgAUEQaiEBIAJBEGohAgwACwsgACADQQNxQQJ0aiEHAkADQCAAIAdPDQEgAP0JAgAhCyAB/QkCACEMIAwgC/3mASARIAv95QH95gEhDSACIA39WgIAACAAQQRqIQAgAUEEaiEBIAJBBGohAgwACwsL2QUCAX8ce/0MAAAAwAAAAMAAAADAAAAAwCEV/Qyama7CmpmuwpqZrsKama7CIRb9DDuquD87qrg/O6q4PzuquD8hF/0MAABASwAAQEsAAEBLAABASyEY/QyDgF45g4BeOYOAXjmDgF45IRn9DACAMb8AgDG/AIAxvwCAMb8hGv0MbDEIPGwxCDxsMQg8bDEIPCEb/Qz7lCs9+5QrPfuUKz37lCs9IRz9DNerKj7Xqyo+16sqPterKj4hHf0M/v7/Pv7+/z7+/v8+/v7/PiEe/Qx/AMC0fwDAtH8AwLR/AMC0IR/9DAAAgD8AAIA/AACAPwAAgD8hIP0MAAAAQAAAAEAAAABAAAAAQCEh/QwAAACAAAAAgAAAAIAAAACAISIgA/0TIQcgBP0TIQggBf0TIQkgACACQXxxQQJ0aiEGAkADQCAAIAZPDQEgAP0ABAAhCiAVIAr94AH95gEgFv3rASENIA0gFyAY/YUCIQ4gDiAY/eUBIQ8gDyAZIA8gGiAN/YUC/YUCIRAgECAQ/eYBIREgESARIBAgGyAc/YUCIBAgHSAe/YUC/YUCIBD9hQIhEiAOIB/9rgFBF/2rASETIBMgEiATICD95QH9hQIhFCAU/eEBICEgFP3kAf3nAf3gASAKICL9Tv1QIQwgASAM/QsEACAAQRBqIQAgAUEQaiEBDAALCyAAIAJBA3FBAnRqIQYCQANAIAAgBk8NASAA/QkCACEKIBUgCv3gAf3mASAW/esBIQ0gDSAXIBj9hQIhDiAOIBj95QEhDyAPIBkgDyAaIA39hQL9hQIhECAQIBD95gEhESARIBEgECAbIBz9hQIgECAdIB79hQL9hQIgEP2FAiESIA4gH/2uAUEX/asBIRMgEyASIBMgIP3lAf2FAiEUIBT94QEgISAU/eQB/ecB/eABIAogIv1O/VAhDCABIAz9WgIAACAAQQRqIQAgAUEEaiEBDAALCwvvAgIBfwp7/QwAAIA/AACAPwAAgD8AAIA/IREgBP0TIQggBf0TIQkgBv0TIQogACADQXhxQQJ0aiEHIAAgB0kEQANAIAD9AAQAIQsgAf0ABAAhDCAA/QAEECEOIAH9AAQQIQ8gDCARIAsgC/3mAf3lAf3mASENIA8gESAOIA795gH95QH95gEhECACIA39CwQAIAIgEP0LBBAgAEEgaiEAIAFBIGohASACQSBqIQIgACAHSQ0ACwsgACADQQRxQQJ0aiEHAkADQCAAIAdPDQEgAP0ABAAhCyAB/QAEACEMIAwgESALIAv95gH95QH95gEhDSACIA39CwQAIABBEGohACABQRBqIQEgAkEQaiECDAALCyAAIANBA3FBAnRqIQcCQANAIAAgB08NASAA/QkCACELIAH9CQIAIQwgDCARIAsgC/3mAf3lAf3mASENIAIgDf1aAgAAIABBBGohACABQQRqIQEgAkEEaiECDAALCwvdBQIBfx17/QwAAACAAAAAgAAAAIAAAACAIRf9DJqZrsKama7CmpmuwpqZrsIhGP0MO6q4PzuquD87qrg/O6q4PyEZ/QwAAEBLAABASwAAQEsAAEBLIRr9DIOAXjmDgF45g4BeOYOAXjkhG/0MAIAxvwCAMb8AgDG/AIAxvyEc/QxsMQg8bDEIPGwxCDxsMQg8IR39DPuUKz37lCs9+5QrPfuUKz0hHv0M16sqPterKj7Xqyo+16sqPiEf/Qz+/v8+/v7/Pv7+/z7+/v8+ISD9DH8AwLR/AMC0fwDAtH8AwLQhIf0MAACAPwAAgD8AAIA/AACAPyEi/QwAAAAAAAAAAAAAAAAAAAAAISMgA/0TIQcgBP0TIQggBf0TIQkgACACQXxxQQJ0aiEGAkADQCAAIAZPDQEgAP0ABAAhCiAKIBf9UCAY/esBIQ0gDSAZIBr9hQIhDiAOIBr95QEhDyAPIBsgDyAcIA39hQL9hQIhECAQIBD95gEhESARIBEgECAdIB79hQIgECAfICD9hQL9hQIgEP2FAiESIA4gIf2uAUEX/asBIRMgEyASIBP9hQIgCiAX/VAgGP1D/U8hFCAiIBT95AEhFSAiIBQgCiAj/Ub9UiAV/ecBIRYgCiAW/eYBIQwgASAM/QsEACAAQRBqIQAgAUEQaiEBDAALCyAAIAJBA3FBAnRqIQYCQANAIAAgBk8NASAA/QkCACEKIAogF/1QIBj96wEhDSANIBkgGv2FAiEOIA4gGv3lASEPIA8gGyAPIBwgDf2FAv2FAiEQIBAgEP3mASERIBEgESAQIB0gHv2FAiAQIB8gIP2FAv2FAiAQ/YUCIRIgDiAh/a4BQRf9qwEhEyATIBIgE/2FAiAKIBf9UCAY/UP9TyEUICIgFP3kASEVICIgFCAKICP9Rv1SIBX95wEhFiAKIBb95gEhDCABIAz9WgIAACAAQQRqIQAgAUEEaiEBDAALCwurBgIBfx57/QwAAACAAAAAgAAAAIAAAACAIRn9DJqZrsKama7CmpmuwpqZrsIhGv0MO6q4PzuquD87qrg/O6q4PyEb/QwAAEBLAABASwAAQEsAAEBLIRz9DIOAXjmDgF45g4BeOYOAXjkhHf0MAIAxvwCAMb8AgDG/AIAxvyEe/QxsMQg8bDEIPGwxCDxsMQg8IR/9DPuUKz37lCs9+5QrPfuUKz0hIP0M16sqPterKj7Xqyo+16sqPiEh/Qz+/v8+/v7/Pv7+/z7+/v8+ISL9DH8AwLR/AMC0fwDAtH8AwLQhI/0MAACAPwAAgD8AAIA/AACAPyEk/QwAAAAAAAAAAAAAAAAAAAAAISUgBP0TIQggBf0TIQkgBv0TIQogACADQXxxQQJ0aiEHAkADQCAAIAdPDQEgAP0ABAAhCyAB/QAEACEMIAsgGf1QIBr96wEhDiAOIBsgHP2FAiEPIA8gHP3lASEQIBAgHSAQIB4gDv2FAv2FAiERIBEgEf3mASESIBIgEiARIB8gIP2FAiARICEgIv2FAv2FAiAR/YUCIRMgDyAj/a4BQRf9qwEhFCAUIBMgFP2FAiALIBn9UCAa/UP9TyEVICQgFf3kASEWICQgFSALICX9Rv1SIBb95wEhFyAVIBYgFv3mAf3nASEYIAwgFyALIBj95gH95AH95gEhDSACIA39CwQAIABBEGohACABQRBqIQEgAkEQaiECDAALCyAAIANBA3FBAnRqIQcCQANAIAAgB08NASAA/QkCACELIAH9CQIAIQwgCyAZ/VAgGv3rASEOIA4gGyAc/YUCIQ8gDyAc/eUBIRAgECAdIBAgHiAO/YUC/YUCIREgESAR/eYBIRIgEiASIBEgHyAg/YUCIBEgISAi/YUC/YUCIBH9hQIhEyAPICP9rgFBF/2rASEUIBQgEyAU/YUCIAsgGf1QIBr9Q/1PIRUgJCAV/eQBIRYgJCAVIAsgJf1G/VIgFv3nASEXIBUgFiAW/eYB/ecBIRggDCAXIAsgGP3mAf3kAf3mASENIAIgDf1aAgAAIABBBGohACABQQRqIQEgAkEEaiECDAALCwv7BQIBfx17/QwAAACAAAAAgAAAAIAAAACAIRf9DJqZrsKama7CmpmuwpqZrsIhGP0MO6q4PzuquD87qrg/O6q4PyEZ/QwAAEBLAABASwAAQEsAAEBLIRr9DIOAXjmDgF45g4BeOYOAXjkhG/0MAIAxvwCAMb8AgDG/AIAxvyEc/QxsMQg8bDEIPGwxCDxsMQg8IR39DPuUKz37lCs9+5QrPfuUKz0hHv0M16sqPterKj7Xqyo+16sqPiEf/Qz+/v8+/v7/Pv7+/z7+/v8+ISD9DH8AwLR/AMC0fwDAtH8AwLQhIf0MAACAPwAAgD8AAIA/AACAPyEi/QwAAAAAAAAAAAAAAAAAAAAAISMgA/0TIQcgBP0TIQggBf0TIQkgACACQXxxQQJ0aiEGAkADQCAAIAZPDQEgAP0ABAAhCiAHIAr95gEgF/1QIBj96wEhDSANIBkgGv2FAiEOIA4gGv3lASEPIA8gGyAPIBwgDf2FAv2FAiEQIBAgEP3mASERIBEgESAQIB0gHv2FAiAQIB8gIP2FAv2FAiAQ/YUCIRIgDiAh/a4BQRf9qwEhEyATIBIgE/2FAiAHIAr95gEgF/1QIBj9Q/1PIRQgIiAU/eQBIRUgIiAUIAcgCv3mASAj/Ub9UiAV/ecBIRYgCiAW/eYBIQwgASAM/QsEACAAQRBqIQAgAUEQaiEBDAALCyAAIAJBA3FBAnRqIQYCQANAIAAgBk8NASAA/QkCACEKIAcgCv3mASAX/VAgGP3rASENIA0gGSAa/YUCIQ4gDiAa/eUBIQ8gDyAbIA8gHCAN/YUC/YUCIRAgECAQ/eYBIREgESARIBAgHSAe/YUCIBAgHyAg/YUC/YUCIBD9hQIhEiAOICH9rgFBF/2rASETIBMgEiAT/YUCIAcgCv3mASAX/VAgGP1D/U8hFCAiIBT95AEhFSAiIBQgByAK/eYBICP9Rv1SIBX95wEhFiAKIBb95gEhDCABIAz9WgIAACAAQQRqIQAgAUEEaiEBDAALCwu9BgIBfx97/QwAAACAAAAAgAAAAIAAAACAIRr9DJqZrsKama7CmpmuwpqZrsIhG/0MO6q4PzuquD87qrg/O6q4PyEc/QwAAEBLAABASwAAQEsAAEBLIR39DIOAXjmDgF45g4BeOYOAXjkhHv0MAIAxvwCAMb8AgDG/AIAxvyEf/QxsMQg8bDEIPGwxCDxsMQg8ISD9DPuUKz37lCs9+5QrPfuUKz0hIf0M16sqPterKj7Xqyo+16sqPiEi/Qz+/v8+/v7/Pv7+/z7+/v8+ISP9DH8AwLR/AMC0fwDAtH8AwLQhJP0MAACAPwAAgD8AAIA/AACAPyEl/QwAAAAAAAAAAAAAAAAAAAAAISYgBP0TIQggBf0TIQkgBv0TIQogACADQXxxQQJ0aiEHAkADQCAAIAdPDQEgAP0ABAAhCyAB/QAEACEMIAggC/3mASEOIA4gGv1QIBv96wEhDyAPIBwgHf2FAiEQIBAgHf3lASERIBEgHiARIB8gD/2FAv2FAiESIBIgEv3mASETIBMgEyASICAgIf2FAiASICIgI/2FAv2FAiAS/YUCIRQgECAk/a4BQRf9qwEhFSAVIBQgFf2FAiAOIBr9UCAb/UP9TyEWICUgFv3kASEXICUgFiAOICb9Rv1SIBf95wEhGCAWIBcgF/3mAf3nASEZIAwgGCAOIBn95gH95AH95gEhDSACIA39CwQAIABBEGohACABQRBqIQEgAkEQaiECDAALCyAAIANBA3FBAnRqIQcCQANAIAAgB08NASAA/QkCACELIAH9CQIAIQwgCCAL/eYBIQ4gDiAa/VAgG/3rASEPIA8gHCAd/YUCIRAgECAd/eUBIREgESAeIBEgHyAP/YUC/YUCIRIgEiAS/eYBIRMgEyATIBIgICAh/YUCIBIgIiAj/YUC/YUCIBL9hQIhFCAQICT9rgFBF/2rASEVIBUgFCAV/YUCIA4gGv1QIBv9Q/1PIRYgJSAW/eQBIRcgJSAWIA4gJv1G/VIgF/3nASEYIBYgFyAX/eYB/ecBIRkgDCAYIA4gGf3mAf3kAf3mASENIAIgDf1aAgAAIABBBGohACABQQRqIQEgAkEEaiECDAALCwu9CAIBfyd7/QwAAACAAAAAgAAAAIAAAACAIRn9DJqZrsKama7CmpmuwpqZrsIhGv0MO6q4PzuquD87qrg/O6q4PyEb/QwAAEBLAABASwAAQEsAAEBLIRz9DIOAXjmDgF45g4BeOYOAXjkhHf0MAIAxvwCAMb8AgDG/AIAxvyEe/QxsMQg8bDEIPGwxCDxsMQg8IR/9DPuUKz37lCs9+5QrPfuUKz0hIP0M16sqPterKj7Xqyo+16sqPiEh/Qz+/v8+/v7/Pv7+/z7+/v8+ISL9DH8AwLR/AMC0fwDAtH8AwLQhI/0MAAAAQAAAAEAAAABAAAAAQCEk/QyJiIg9iYiIPYmIiD2JiIg9ISX9DNmJnT3ZiZ092YmdPdmJnT0hJv0MjC66PYwuuj2MLro9jC66PSEn/Qw5juM9OY7jPTmO4z05juM9ISj9DCVJEj4lSRI+JUkSPiVJEj4hKf0MzcxMPs3MTD7NzEw+zcxMPiEq/Qyrqqo+q6qqPquqqj6rqqo+ISv9DAAAgD8AAIA/AACAPwAAgD8hLP0MAAAAAAAAAAAAAAAAAAAAACEtIAP9EyEHIAT9EyEIIAX9EyEJIAAgAkF8cUECdGohBgJAA0AgACAGTw0BIAD9AAQAIQogByAK/eYBIQ0gDSAZ/VAgGv3rASEOIA4gGyAc/YUCIQ8gDyAc/eUBIRAgECAdIBAgHiAO/YUC/YUCIREgESAR/eYBIRIgEiASIBEgHyAg/YUCIBEgISAi/YUC/YUCIBH9hQIhEyAPICP9rgFBF/2rASEUIBQgEyAU/YUCIRUgFSAkIBX95AH95wEhFiAWIBb95gEhFyAkIBb95gEgJSAX/eYBICb95AEgF/3mASAn/eQBIBf95gEgKP3kASAX/eYBICn95AEgF/3mASAq/eQBIBf95gEgK/3kASAX/eYBICz95AH95gEhGCAKIA0gLf3pASAY/eQBIAn95gEgDSAI/UT9UiEMIAEgDP0LBAAgAEEQaiEAIAFBEGohAQwACwsgACACQQNxQQJ0aiEGAkADQCAAIAZPDQEgAP0JAgAhCiAHIAr95gEhDSANIBn9UCAa/esBIQ4gDiAbIBz9hQIhDyAPIBz95QEhECAQIB0gECAeIA79hQL9hQIhESARIBH95gEhEiASIBIgESAfICD9hQIgESAhICL9hQL9hQIgEf2FAiETIA8gI/2uAUEX/asBIRQgFCATIBT9hQIhFSAVICQgFf3kAf3nASEWIBYgFv3mASEXICQgFv3mASAlIBf95gEgJv3kASAX/eYBICf95AEgF/3mASAo/eQBIBf95gEgKf3kASAX/eYBICr95AEgF/3mASAr/eQBIBf95gEgLP3kAf3mASEYIAogDSAt/ekBIBj95AEgCf3mASANIAj9RP1SIQwgASAM/VoCAAAgAEEEaiEAIAFBBGohAQwACwsLoQYCAX8ee/0MAAAAgAAAAIAAAACAAAAAgCEZ/Qyama7CmpmuwpqZrsKama7CIRr9DDuquD87qrg/O6q4PzuquD8hG/0MAABASwAAQEsAAEBLAABASyEc/QyDgF45g4BeOYOAXjmDgF45IR39DACAMb8AgDG/AIAxvwCAMb8hHv0MbDEIPGwxCDxsMQg8bDEIPCEf/Qz7lCs9+5QrPfuUKz37lCs9ISD9DNerKj7Xqyo+16sqPterKj4hIf0M/v7/Pv7+/z7+/v8+/v7/PiEi/Qx/AMC0fwDAtH8AwLR/AMC0ISP9DAAAgD8AAIA/AACAPwAAgD8hJP0MAAAAAAAAAAAAAAAAAAAAACElIAT9EyEIIAX9EyEJIAb9EyEKIAAgA0F8cUECdGohBwJAA0AgACAHTw0BIAD9AAQAIQsgAf0ABAAhDCAIIAv95gEhDiAOIBn9UCAa/esBIQ8gDyAbIBz9hQIhECAQIBz95QEhESARIB0gESAeIA/9hQL9hQIhEiASIBL95gEhEyATIBMgEiAfICD9hQIgEiAhICL9hQL9hQIgEv2FAiEUIBAgI/2uAUEX/asBIRUgFSAUIBX9hQIgDiAZ/VAgGv1D/U8hFiAkIBb95AEhFyAkIBYgDiAl/Ub9UiAX/ecBIRggDCAMIBj95gEgDiAJ/UT9UiENIAIgDf0LBAAgAEEQaiEAIAFBEGohASACQRBqIQIMAAsLIAAgA0EDcUECdGohBwJAA0AgACAHTw0BIAD9CQIAIQsgAf0JAgAhDCAIIAv95gEhDiAOIBn9UCAa/esBIQ8gDyAbIBz9hQIhECAQIBz95QEhESARIB0gESAeIA/9hQL9hQIhEiASIBL95gEhEyATIBMgEiAfICD9hQIgEiAhICL9hQL9hQIgEv2FAiEUIBAgI/2uAUEX/asBIRUgFSAUIBX9hQIgDiAZ/VAgGv1D/U8hFiAkIBb95AEhFyAkIBYgDiAl/Ub9UiAX/ecBIRggDCAMIBj95gEgDiAJ/UT9UiENIAIgDf1aAgAAIABBBGohACABQQRqIQEgAkEEaiECDAALCwunCwIBfyx7/QzzBDU/8wQ1P/MENT/zBDU/IRr9DAAAgD8AAIA/AACAPwAAgD8hG/0MAAAAPwAAAD8AAAA/AAAAPyEc/QxF+S4+RfkuPkX5Lj5F+S4+IR39DJJ4Ur+SeFK/knhSv5J4Ur8hHv0MsIe+P7CHvj+wh74/sIe+PyEf/QxdTpG/XU6Rv11Okb9dTpG/ISD9DMzHjj7Mx44+zMeOPszHjj4hIf0MTMI+vkzCPr5Mwj6+TMI+viEi/QzJNsY9yTbGPck2xj3JNsY9ISP9DPuIvz77iL8++4i/PvuIvz4hJP0MxwCAP8cAgD/HAIA/xwCAPyEl/QxO/KG/Tvyhv078ob9O/KG/ISb9DJqZrsKama7CmpmuwpqZrsIhJ/0MmpmwQpqZsEKambBCmpmwQiEo/Qw7qrg/O6q4PzuquD87qrg/ISn9DAAAQEsAAEBLAABASwAAQEshKv0Mg4BeOYOAXjmDgF45g4BeOSEr/QwAgDG/AIAxvwCAMb8AgDG/ISz9DGwxCDxsMQg8bDEIPGwxCDwhLf0M+5QrPfuUKz37lCs9+5QrPSEu/QzXqyo+16sqPterKj7Xqyo+IS/9DP7+/z7+/v8+/v7/Pv7+/z4hMP0MfwDAtH8AwLR/AMC0fwDAtCEx/QwAAAAAAAAAAAAAAAAAAAAAITIgA/0TIQcgBP0TIQggBf0TIQkgACACQXxxQQJ0aiEGAkADQCAAIAZPDQEgAP0ABAAhCiAK/eABIBr95gEhDSAbIBsgHCAN/eYB/eQB/ecBIQ4gHSAO/eYBIB795AEgDv3mASAf/eQBIA795gEgIP3kASAO/eYBICH95AEgDv3mASAi/eQBIA795gEgI/3kASAO/eYBICT95AEgDv3mASAl/eQBIA795gEgJv3kASANIA395gH95QEgJ/3rASAo/eoBIQ8gDyApICr9hQIhECAQICr95QEhESARICsgESAsIA/9hQL9hQIhEiASIBL95gEhEyATIBMgEiAtIC79hQIgEiAvIDD9hQL9hQIgEv2FAiEUIBAgMf2uAUEX/asBIRUgFSAUIBX9hQIgHSAO/eYBIB795AEgDv3mASAf/eQBIA795gEgIP3kASAO/eYBICH95AEgDv3mASAi/eQBIA795gEgI/3kASAO/eYBICT95AEgDv3mASAl/eQBIA795gEgJv3kASANIA395gH95QEgJ/1D/U8hFiAOIBb95gEhFyAcIBf95gEhGCAbIBj95QEgGCAKIDL9Rv1SIRkgCiAZ/eYBIQwgASAM/QsEACAAQRBqIQAgAUEQaiEBDAALCyAAIAJBA3FBAnRqIQYCQANAIAAgBk8NASAA/QkCACEKIAr94AEgGv3mASENIBsgGyAcIA395gH95AH95wEhDiAdIA795gEgHv3kASAO/eYBIB/95AEgDv3mASAg/eQBIA795gEgIf3kASAO/eYBICL95AEgDv3mASAj/eQBIA795gEgJP3kASAO/eYBICX95AEgDv3mASAm/eQBIA0gDf3mAf3lASAn/esBICj96gEhDyAPICkgKv2FAiEQIBAgKv3lASERIBEgKyARICwgD/2FAv2FAiESIBIgEv3mASETIBMgEyASIC0gLv2FAiASIC8gMP2FAv2FAiAS/YUCIRQgECAx/a4BQRf9qwEhFSAVIBQgFf2FAiAdIA795gEgHv3kASAO/eYBIB/95AEgDv3mASAg/eQBIA795gEgIf3kASAO/eYBICL95AEgDv3mASAj/eQBIA795gEgJP3kASAO/eYBICX95AEgDv3mASAm/eQBIA0gDf3mAf3lASAn/UP9TyEWIA4gFv3mASEXIBwgF/3mASEYIBsgGP3lASAYIAogMv1G/VIhGSAKIBn95gEhDCABIAz9WgIAACAAQQRqIQAgAUEEaiEBDAALCwuvDgIBfzZ7/QwAAAC/AAAAvwAAAL8AAAC/ISP9DJqZrsKama7CmpmuwpqZrsIhJP0MmpmwQpqZsEKambBCmpmwQiEl/Qw7qrg/O6q4PzuquD87qrg/ISb9DAAAQEsAAEBLAABASwAAQEshJ/0Mg4BeOYOAXjmDgF45g4BeOSEo/QwAgDG/AIAxvwCAMb8AgDG/ISn9DGwxCDxsMQg8bDEIPGwxCDwhKv0M+5QrPfuUKz37lCs9+5QrPSEr/QzXqyo+16sqPterKj7Xqyo+ISz9DP7+/z7+/v8+/v7/Pv7+/z4hLf0MfwDAtH8AwLR/AMC0fwDAtCEu/QzzBDU/8wQ1P/MENT/zBDU/IS/9DAAAgD8AAIA/AACAPwAAgD8hMP0MAAAAPwAAAD8AAAA/AAAAPyEx/QxF+S4+RfkuPkX5Lj5F+S4+ITL9DJJ4Ur+SeFK/knhSv5J4Ur8hM/0MsIe+P7CHvj+wh74/sIe+PyE0/QxdTpG/XU6Rv11Okb9dTpG/ITX9DMzHjj7Mx44+zMeOPszHjj4hNv0MTMI+vkzCPr5Mwj6+TMI+viE3/QzJNsY9yTbGPck2xj3JNsY9ITj9DPuIvz77iL8++4i/PvuIvz4hOf0MxwCAP8cAgD/HAIA/xwCAPyE6/QxO/KG/Tvyhv078ob9O/KG/ITv9DAAAAAAAAAAAAAAAAAAAAAAhPP0MKkLMPipCzD4qQsw+KkLMPiE9IAT9EyEIIAX9EyEJIAb9EyEKIAAgA0F8cUECdGohBwJAA0AgACAHTw0BIAD9AAQAIQsgAf0ABAAhDCAjIAsgC/3mAf3mASAk/esBICX96gEhDiAOICYgJ/2FAiEPIA8gJ/3lASEQIBAgKCAQICkgDv2FAv2FAiERIBEgEf3mASESIBIgEiARICogK/2FAiARICwgLf2FAv2FAiAR/YUCIRMgDyAu/a4BQRf9qwEhFCAUIBMgFP2FAiAjIAsgC/3mAf3mASAk/UP9TyEVIAv94AEgL/3mASEWIDAgMCAxIBb95gH95AH95wEhFyAyIBf95gEgM/3kASAX/eYBIDT95AEgF/3mASA1/eQBIBf95gEgNv3kASAX/eYBIDf95AEgF/3mASA4/eQBIBf95gEgOf3kASAX/eYBIDr95AEgF/3mASA7/eQBIBYgFv3mAf3lASAk/esBICX96gEhGCAYICYgJ/2FAiEZIBkgJ/3lASEaIBogKCAaICkgGP2FAv2FAiEbIBsgG/3mASEcIBwgHCAbICogK/2FAiAbICwgLf2FAv2FAiAb/YUCIR0gGSAu/a4BQRf9qwEhHiAeIB0gHv2FAiAyIBf95gEgM/3kASAX/eYBIDT95AEgF/3mASA1/eQBIBf95gEgNv3kASAX/eYBIDf95AEgF/3mASA4/eQBIBf95gEgOf3kASAX/eYBIDr95AEgF/3mASA7/eQBIBYgFv3mAf3lASAk/UP9TyEfIBcgH/3mASEgIDEgIP3mASEhIDAgIf3lASAhIAsgPP1G/VIhIiAMICIgCyA9IBX95gH95gH95AH95gEhDSACIA39CwQAIABBEGohACABQRBqIQEgAkEQaiECDAALCyAAIANBA3FBAnRqIQcCQANAIAAgB08NASAA/QkCACELIAH9CQIAIQwgIyALIAv95gH95gEgJP3rASAl/eoBIQ4gDiAmICf9hQIhDyAPICf95QEhECAQICggECApIA79hQL9hQIhESARIBH95gEhEiASIBIgESAqICv9hQIgESAsIC39hQL9hQIgEf2FAiETIA8gLv2uAUEX/asBIRQgFCATIBT9hQIgIyALIAv95gH95gEgJP1D/U8hFSAL/eABIC/95gEhFiAwIDAgMSAW/eYB/eQB/ecBIRcgMiAX/eYBIDP95AEgF/3mASA0/eQBIBf95gEgNf3kASAX/eYBIDb95AEgF/3mASA3/eQBIBf95gEgOP3kASAX/eYBIDn95AEgF/3mASA6/eQBIBf95gEgO/3kASAWIBb95gH95QEgJP3rASAl/eoBIRggGCAmICf9hQIhGSAZICf95QEhGiAaICggGiApIBj9hQL9hQIhGyAbIBv95gEhHCAcIBwgGyAqICv9hQIgGyAsIC39hQL9hQIgG/2FAiEdIBkgLv2uAUEX/asBIR4gHiAdIB79hQIgMiAX/eYBIDP95AEgF/3mASA0/eQBIBf95gEgNf3kASAX/eYBIDb95AEgF/3mASA3/eQBIBf95gEgOP3kASAX/eYBIDn95AEgF/3mASA6/eQBIBf95gEgO/3kASAWIBb95gH95QEgJP1D/U8hHyAXIB/95gEhICAxICD95gEhISAwICH95QEgISALIDz9Rv1SISIgDCAiIAsgPSAV/eYB/eYB/eQB/eYBIQ0gAiAN/VoCAAAgAEEEaiEAIAFBBGohASACQQRqIQIMAAsLC78GAgF/IHv9DCpCzD8qQsw/KkLMPypCzD8hGP0MEyc3PRMnNz0TJzc9Eyc3PSEZ/QwAAACAAAAAgAAAAIAAAACAIRr9DJqZrsKama7CmpmuwpqZrsIhG/0MO6q4PzuquD87qrg/O6q4PyEc/QwAAEBLAABASwAAQEsAAEBLIR39DIOAXjmDgF45g4BeOYOAXjkhHv0MAIAxvwCAMb8AgDG/AIAxvyEf/QxsMQg8bDEIPGwxCDxsMQg8ISD9DPuUKz37lCs9+5QrPfuUKz0hIf0M16sqPterKj7Xqyo+16sqPiEi/Qz+/v8+/v7/Pv7+/z7+/v8+ISP9DH8AwLR/AMC0fwDAtH8AwLQhJP0MAACAPwAAgD8AAIA/AACAPyEl/QwAAAAAAAAAAAAAAAAAAAAAISYgA/0TIQcgBP0TIQggBf0TIQkgACACQXxxQQJ0aiEGAkADQCAAIAZPDQEgAP0ABAAhCiAYIAogGSAKIAogCv3mAf3mAf3mAf3kAf3mASENIA0gGv1QIBv96wEhDiAOIBwgHf2FAiEPIA8gHf3lASEQIBAgHiAQIB8gDv2FAv2FAiERIBEgEf3mASESIBIgEiARICAgIf2FAiARICIgI/2FAv2FAiAR/YUCIRMgDyAk/a4BQRf9qwEhFCAUIBMgFP2FAiANIBr9UCAb/UP9TyEVICUgFf3kASEWICUgFSANICb9Rv1SIBb95wEhFyAKIBf95gEhDCABIAz9CwQAIABBEGohACABQRBqIQEMAAsLIAAgAkEDcUECdGohBgJAA0AgACAGTw0BIAD9CQIAIQogGCAKIBkgCiAKIAr95gH95gH95gH95AH95gEhDSANIBr9UCAb/esBIQ4gDiAcIB39hQIhDyAPIB395QEhECAQIB4gECAfIA79hQL9hQIhESARIBH95gEhEiASIBIgESAgICH9hQIgESAiICP9hQL9hQIgEf2FAiETIA8gJP2uAUEX/asBIRQgFCATIBT9hQIgDSAa/VAgG/1D/U8hFSAlIBX95AEhFiAlIBUgDSAm/Ub9UiAW/ecBIRcgCiAX/eYBIQwgASAM/VoCAAAgAEEEaiEAIAFBBGohAQwACwsLhQgCAX8ke/0MKkLMPypCzD8qQsw/KkLMPyEa/QwTJzc9Eyc3PRMnNz0TJzc9IRv9DAAAAIAAAACAAAAAgAAAAIAhHP0MmpmuwpqZrsKama7CmpmuwiEd/Qw7qrg/O6q4PzuquD87qrg/IR79DAAAQEsAAEBLAABASwAAQEshH/0Mg4BeOYOAXjmDgF45g4BeOSEg/QwAgDG/AIAxvwCAMb8AgDG/ISH9DGwxCDxsMQg8bDEIPGwxCDwhIv0M+5QrPfuUKz37lCs9+5QrPSEj/QzXqyo+16sqPterKj7Xqyo+IST9DP7+/z7+/v8+/v7/Pv7+/z4hJf0MfwDAtH8AwLR/AMC0fwDAtCEm/QwAAIA/AACAPwAAgD8AAIA/ISf9DAAAAAAAAAAAAAAAAAAAAAAhKP0MAAAAQAAAAEAAAABAAAAAQCEp/QwqQkw/KkJMPypCTD8qQkw/ISr9DE9dCT5PXQk+T10JPk9dCT4hKyAE/RMhCCAF/RMhCSAG/RMhCiAAIANBfHFBAnRqIQcCQANAIAAgB08NASAA/QAEACELIAH9AAQAIQwgGiALIBsgCyALIAv95gH95gH95gH95AH95gEhDiAOIBz9UCAd/esBIQ8gDyAeIB/9hQIhECAQIB/95QEhESARICAgESAhIA/9hQL9hQIhEiASIBL95gEhEyATIBMgEiAiICP9hQIgEiAkICX9hQL9hQIgEv2FAiEUIBAgJv2uAUEX/asBIRUgFSAUIBX9hQIgDiAc/VAgHf1D/U8hFiAnIBb95AEhFyAnIBYgDiAo/Ub9UiAX/ecBIRggFiAXIBf95gH95wEhGSAMIBggKSAL/eYBIBkgKiAnICsgCyAL/eYB/eYB/eQB/eYB/eYB/eYB/eQB/eYBIQ0gAiAN/QsEACAAQRBqIQAgAUEQaiEBIAJBEGohAgwACwsgACADQQNxQQJ0aiEHAkADQCAAIAdPDQEgAP0JAgAhCyAB/QkCACEMIBogCyAbIAsgCyAL/eYB/eYB/eYB/eQB/eYBIQ4gDiAc/VAgHf3rASEPIA8gHiAf/YUCIRAgECAf/eUBIREgESAgIBEgISAP/YUC/YUCIRIgEiAS/eYBIRMgEyATIBIgIiAj/YUCIBIgJCAl/YUC/YUCIBL9hQIhFCAQICb9rgFBF/2rASEVIBUgFCAV/YUCIA4gHP1QIB39Q/1PIRYgJyAW/eQBIRcgJyAWIA4gKP1G/VIgF/3nASEYIBYgFyAX/eYB/ecBIRkgDCAYICkgC/3mASAZICogJyArIAsgC/3mAf3mAf3kAf3mAf3mAf3mAf3kAf3mASENIAIgDf1aAgAAIABBBGohACABQQRqIQEgAkEEaiECDAALCwvjBQIBfxx7/QwAAKBBAACgQQAAoEEAAKBBIRb9DJqZrsKama7CmpmuwpqZrsIhF/0MmpmwQpqZsEKambBCmpmwQiEY/Qw7qrg/O6q4PzuquD87qrg/IRn9DAAAQEsAAEBLAABASwAAQEshGv0Mg4BeOYOAXjmDgF45g4BeOSEb/QwAgDG/AIAxvwCAMb8AgDG/IRz9DGwxCDxsMQg8bDEIPGwxCDwhHf0M+5QrPfuUKz37lCs9+5QrPSEe/QzXqyo+16sqPterKj7Xqyo+IR/9DP7+/z7+/v8+/v7/Pv7+/z4hIP0MfwDAtH8AwLR/AMC0fwDAtCEh/QwAAABAAAAAQAAAAEAAAABAISIgA/0TIQcgBP0TIQggBf0TIQkgACACQXxxQQJ0aiEGAkADQCAAIAZPDQEgAP0ABAAhCiAKIBb96gEgF/3rASAY/eoBIQ0gDSAZIBr9hQIhDiAOIBr95QEhDyAPIBsgDyAcIA39hQL9hQIhECAQIBD95gEhESARIBEgECAdIB79hQIgECAfICD9hQL9hQIgEP2FAiESIA4gIf2uAUEX/asBIRMgEyASIBP9hQIgCiAW/eoBIBf9Q/1PIRQgFCAUICL95AH95gEhFSAKIBUgFSAi/eQB/ecB/eYBIQwgASAM/QsEACAAQRBqIQAgAUEQaiEBDAALCyAAIAJBA3FBAnRqIQYCQANAIAAgBk8NASAA/QkCACEKIAogFv3qASAX/esBIBj96gEhDSANIBkgGv2FAiEOIA4gGv3lASEPIA8gGyAPIBwgDf2FAv2FAiEQIBAgEP3mASERIBEgESAQIB0gHv2FAiAQIB8gIP2FAv2FAiAQ/YUCIRIgDiAh/a4BQRf9qwEhEyATIBIgE/2FAiAKIBb96gEgF/1D/U8hFCAUIBQgIv3kAf3mASEVIAogFSAVICL95AH95wH95gEhDCABIAz9WgIAACAAQQRqIQAgAUEEaiEBDAALCwuFBwIBfx97/QwAAKBBAACgQQAAoEEAAKBBIRn9DJqZrsKama7CmpmuwpqZrsIhGv0MmpmwQpqZsEKambBCmpmwQiEb/Qw7qrg/O6q4PzuquD87qrg/IRz9DAAAQEsAAEBLAABASwAAQEshHf0Mg4BeOYOAXjmDgF45g4BeOSEe/QwAgDG/AIAxvwCAMb8AgDG/IR/9DGwxCDxsMQg8bDEIPGwxCDwhIP0M+5QrPfuUKz37lCs9+5QrPSEh/QzXqyo+16sqPterKj7Xqyo+ISL9DP7+/z7+/v8+/v7/Pv7+/z4hI/0MfwDAtH8AwLR/AMC0fwDAtCEk/QwAAABAAAAAQAAAAEAAAABAISX9DAAAgD8AAIA/AACAPwAAgD8hJiAE/RMhCCAF/RMhCSAG/RMhCiAAIANBfHFBAnRqIQcCQANAIAAgB08NASAA/QAEACELIAH9AAQAIQwgCyAZ/eoBIBr96wEgG/3qASEOIA4gHCAd/YUCIQ8gDyAd/eUBIRAgECAeIBAgHyAO/YUC/YUCIREgESAR/eYBIRIgEiASIBEgICAh/YUCIBEgIiAj/YUC/YUCIBH9hQIhEyAPICT9rgFBF/2rASEUIBQgEyAU/YUCIAsgGf3qASAa/UP9TyEVIBUgFSAl/eQB/eYBIRYgFiAl/eQBIRcgFiAX/ecBIRggDCAYIAsgJSAX/ecBICYgGP3kAf3mASAVICYgFf3kAf3nAf3mASALIBn9RP1P/eYB/eQB/eYBIQ0gAiAN/QsEACAAQRBqIQAgAUEQaiEBIAJBEGohAgwACwsgACADQQNxQQJ0aiEHAkADQCAAIAdPDQEgAP0JAgAhCyAB/QkCACEMIAsgGf3qASAa/esBIBv96gEhDiAOIBwgHf2FAiEPIA8gHf3lASEQIBAgHiAQIB8gDv2FAv2FAiERIBEgEf3mASESIBIgEiARICAgIf2FAiARICIgI/2FAv2FAiAR/YUCIRMgDyAk/a4BQRf9qwEhFCAUIBMgFP2FAiALIBn96gEgGv1D/U8hFSAVIBUgJf3kAf3mASEWIBYgJf3kASEXIBYgF/3nASEYIAwgGCALICUgF/3nASAmIBj95AH95gEgFSAmIBX95AH95wH95gEgCyAZ/UT9T/3mAf3kAf3mASENIAIgDf1aAgAAIABBBGohACABQQRqIQEgAkEEaiECDAALCwvPBAIBfxh7/Qyama7CmpmuwpqZrsKama7CIRX9DDuquD87qrg/O6q4PzuquD8hFv0MAABASwAAQEsAAEBLAABASyEX/QyDgF45g4BeOYOAXjmDgF45IRj9DACAMb8AgDG/AIAxvwCAMb8hGf0MbDEIPGwxCDxsMQg8bDEIPCEa/Qz7lCs9+5QrPfuUKz37lCs9IRv9DNerKj7Xqyo+16sqPterKj4hHP0M/v7/Pv7+/z7+/v8+/v7/PiEd/Qx/AMC0fwDAtH8AwLR/AMC0IR4gA/0TIQcgBP0TIQggBf0TIQkgACACQXxxQQJ0aiEGAkADQCAAIAZPDQEgAP0ABAAhCiAKIBX96wEhDSANIBYgF/2FAiEOIA4gF/3lASEPIA8gGCAPIBkgDf2FAv2FAiEQIBAgEP3mASERIBEgESAQIBogG/2FAiAQIBwgHf2FAv2FAiAQ/YUCIRIgDiAe/a4BQRf9qwEhEyATIBIgE/2FAiAKIBX9Q/1PIRQgFCEMIAEgDP0LBAAgAEEQaiEAIAFBEGohAQwACwsgACACQQNxQQJ0aiEGAkADQCAAIAZPDQEgAP0JAgAhCiAKIBX96wEhDSANIBYgF/2FAiEOIA4gF/3lASEPIA8gGCAPIBkgDf2FAv2FAiEQIBAgEP3mASERIBEgESAQIBogG/2FAiAQIBwgHf2FAv2FAiAQ/YUCIRIgDiAe/a4BQRf9qwEhEyATIBIgE/2FAiAKIBX9Q/1PIRQgFCEMIAEgDP1aAgAAIABBBGohACABQQRqIQEMAAsLC70vHAF/AX0BewF9AXsBfQF7AX0BewF9AXsBfQF7AX0BewF9AXsBfQN7AX0CewF9AnsBfQJ7AX0CewF9IAa2IRIgEv0TIRMgB7YhFCAU/RMhFSAItiEWIBb9EyEXIAm2IRggGP0TIRkgC7YhGiAa/RMhGyAMtiEcIBz9EyEdIA22IR4gHv0TIR8gDyAKo7YhICAg/RMhIUQAAAAAAADwPyAPIA6ioLYhIiAi/RMhIyANRAAAAAAAAAAAYgRAIA5EAAAAAAAAAABiBEAgEARAIAAgBUF4cUECdGohESAAIBFJBEADQCAA/QAEACEkIAH9AAQAIScgJyAfICT95gH95AEhJyATIAL9AAQA/eYBIBcgJ/3mAf3kASEqIBUgA/0ABAD95gEgGSAn/eYBICf95gH95AEhLSACICr9CwQAIAMgLf0LBAAgBP0ABAAhMCAtIDAgLSAw/UT9UiEtIAQgLf0LBAAgJCAj/eYBISQgACAkICEgKv3mASAt/eMBIBv95wEgHf3kAf3nAf3kAf0LBAAgAP0ABBAhJSAB/QAEECEoICggHyAl/eYB/eQBISggEyAC/QAEEP3mASAXICj95gH95AEhKyAVIAP9AAQQ/eYBIBkgKP3mASAo/eYB/eQBIS4gAiAr/QsEECADIC79CwQQIAT9AAQQITEgLiAxIC4gMf1E/VIhLiAEIC79CwQQICUgI/3mASElIAAgJSAhICv95gEgLv3jASAb/ecBIB395AH95wH95AH9CwQQIABBIGohACABQSBqIQEgAkEgaiECIANBIGohAyAEQSBqIQQgACARSQ0ACwsgBUEEcQRAIAD9AAQAISQgAf0ABAAhJyAnIB8gJP3mAf3kASEnIBMgAv0ABAD95gEgFyAn/eYB/eQBISogFSAD/QAEAP3mASAZICf95gEgJ/3mAf3kASEtIAIgKv0LBAAgAyAt/QsEACAE/QAEACEwIC0gMCAtIDD9RP1SIS0gBCAt/QsEACAkICP95gEhJCAAICQgISAq/eYBIC394wEgG/3nASAd/eQB/ecB/eQB/QsEACAAQRBqIQAgAUEQaiEBIAJBEGohAiADQRBqIQMgBEEQaiEECyAAIAVBA3FBAnRqIREgACAFQQNxQQJ0aiERAkADQCAAIBFPDQEgACoCACEmIAEqAgAhKSApIB4gJpSSISkgEiACKgIAlCAWICmUkiEsIBQgAyoCAJQgGCAplCAplJIhLyACICw4AgAgAyAvOAIAIAQqAgAhMiAvIDIgLyAyXhshLyAEIC84AgAgJiAilCEmIAAgJiAgICyUIC+RIBqVIBySlZI4AgAgAEEEaiEAIAFBBGohASACQQRqIQIgA0EEaiEDIARBBGohBAwACwsFIAAgBUF4cUECdGohESAAIBFJBEADQCAA/QAEACEkIAH9AAQAIScgJyAfICT95gH95AEhJyATIAL9AAQA/eYBIBcgJ/3mAf3kASEqIBUgA/0ABAD95gEgGSAn/eYBICf95gH95AEhLSACICr9CwQAIAMgLf0LBAAgJCAj/eYBISQgACAkICEgKv3mASAt/eMBIBv95wEgHf3kAf3nAf3kAf0LBAAgAP0ABBAhJSAB/QAEECEoICggHyAl/eYB/eQBISggEyAC/QAEEP3mASAXICj95gH95AEhKyAVIAP9AAQQ/eYBIBkgKP3mASAo/eYB/eQBIS4gAiAr/QsEECADIC79CwQQICUgI/3mASElIAAgJSAhICv95gEgLv3jASAb/ecBIB395AH95wH95AH9CwQQIABBIGohACABQSBqIQEgAkEgaiECIANBIGohAyAEQSBqIQQgACARSQ0ACwsgBUEEcQRAIAD9AAQAISQgAf0ABAAhJyAnIB8gJP3mAf3kASEnIBMgAv0ABAD95gEgFyAn/eYB/eQBISogFSAD/QAEAP3mASAZICf95gEgJ/3mAf3kASEtIAIgKv0LBAAgAyAt/QsEACAkICP95gEhJCAAICQgISAq/eYBIC394wEgG/3nASAd/eQB/ecB/eQB/QsEACAAQRBqIQAgAUEQaiEBIAJBEGohAiADQRBqIQMgBEEQaiEECyAAIAVBA3FBAnRqIREgACAFQQNxQQJ0aiERAkADQCAAIBFPDQEgACoCACEmIAEqAgAhKSApIB4gJpSSISkgEiACKgIAlCAWICmUkiEsIBQgAyoCAJQgGCAplCAplJIhLyACICw4AgAgAyAvOAIAICYgIpQhJiAAICYgICAslCAvkSAalSAckpWSOAIAIABBBGohACABQQRqIQEgAkEEaiECIANBBGohAyAEQQRqIQQMAAsLCwUgEARAIAAgBUF4cUECdGohESAAIBFJBEADQCAA/QAEACEkIAH9AAQAIScgJyAfICT95gH95AEhJyATIAL9AAQA/eYBIBcgJ/3mAf3kASEqIBUgA/0ABAD95gEgGSAn/eYBICf95gH95AEhLSACICr9CwQAIAMgLf0LBAAgBP0ABAAhMCAtIDAgLSAw/UT9UiEtIAQgLf0LBAAgACAkICEgKv3mASAt/eMBIBv95wEgHf3kAf3nAf3kAf0LBAAgAP0ABBAhJSAB/QAEECEoICggHyAl/eYB/eQBISggEyAC/QAEEP3mASAXICj95gH95AEhKyAVIAP9AAQQ/eYBIBkgKP3mASAo/eYB/eQBIS4gAiAr/QsEECADIC79CwQQIAT9AAQQITEgLiAxIC4gMf1E/VIhLiAEIC79CwQQIAAgJSAhICv95gEgLv3jASAb/ecBIB395AH95wH95AH9CwQQIABBIGohACABQSBqIQEgAkEgaiECIANBIGohAyAEQSBqIQQgACARSQ0ACwsgBUEEcQRAIAD9AAQAISQgAf0ABAAhJyAnIB8gJP3mAf3kASEnIBMgAv0ABAD95gEgFyAn/eYB/eQBISogFSAD/QAEAP3mASAZICf95gEgJ/3mAf3kASEtIAIgKv0LBAAgAyAt/QsEACAE/QAEACEwIC0gMCAtIDD9RP1SIS0gBCAt/QsEACAAICQgISAq/eYBIC394wEgG/3nASAd/eQB/ecB/eQB/QsEACAAQRBqIQAgAUEQaiEBIAJBEGohAiADQRBqIQMgBEEQaiEECyAAIAVBA3FBAnRqIREgACAFQQNxQQJ0aiERAkADQCAAIBFPDQEgACoCACEmIAEqAgAhKSApIB4gJpSSISkgEiACKgIAlCAWICmUkiEsIBQgAyoCAJQgGCAplCAplJIhLyACICw4AgAgAyAvOAIAIAQqAgAhMiAvIDIgLyAyXhshLyAEIC84AgAgACAmICAgLJQgL5EgGpUgHJKVkjgCACAAQQRqIQAgAUEEaiEBIAJBBGohAiADQQRqIQMgBEEEaiEEDAALCwUgACAFQXhxQQJ0aiERIAAgEUkEQANAIAD9AAQAISQgAf0ABAAhJyAnIB8gJP3mAf3kASEnIBMgAv0ABAD95gEgFyAn/eYB/eQBISogFSAD/QAEAP3mASAZICf95gEgJ/3mAf3kASEtIAIgKv0LBAAgAyAt/QsEACAAICQgISAq/eYBIC394wEgG/3nASAd/eQB/ecB/eQB/QsEACAA/QAEECElIAH9AAQQISggKCAfICX95gH95AEhKCATIAL9AAQQ/eYBIBcgKP3mAf3kASErIBUgA/0ABBD95gEgGSAo/eYBICj95gH95AEhLiACICv9CwQQIAMgLv0LBBAgACAlICEgK/3mASAu/eMBIBv95wEgHf3kAf3nAf3kAf0LBBAgAEEgaiEAIAFBIGohASACQSBqIQIgA0EgaiEDIARBIGohBCAAIBFJDQALCyAFQQRxBEAgAP0ABAAhJCAB/QAEACEnICcgHyAk/eYB/eQBIScgEyAC/QAEAP3mASAXICf95gH95AEhKiAVIAP9AAQA/eYBIBkgJ/3mASAn/eYB/eQBIS0gAiAq/QsEACADIC39CwQAIAAgJCAhICr95gEgLf3jASAb/ecBIB395AH95wH95AH9CwQAIABBEGohACABQRBqIQEgAkEQaiECIANBEGohAyAEQRBqIQQLIAAgBUEDcUECdGohESAAIAVBA3FBAnRqIRECQANAIAAgEU8NASAAKgIAISYgASoCACEpICkgHiAmlJIhKSASIAIqAgCUIBYgKZSSISwgFCADKgIAlCAYICmUICmUkiEvIAIgLDgCACADIC84AgAgACAmICAgLJQgL5EgGpUgHJKVkjgCACAAQQRqIQAgAUEEaiEBIAJBBGohAiADQQRqIQMgBEEEaiEEDAALCwsLBSAORAAAAAAAAAAAYgRAIBAEQCAAIAVBeHFBAnRqIREgACARSQRAA0AgAP0ABAAhJCAB/QAEACEnIBMgAv0ABAD95gEgFyAn/eYB/eQBISogFSAD/QAEAP3mASAZICf95gEgJ/3mAf3kASEtIAIgKv0LBAAgAyAt/QsEACAE/QAEACEwIC0gMCAtIDD9RP1SIS0gBCAt/QsEACAkICP95gEhJCAAICQgISAq/eYBIC394wEgG/3nASAd/eQB/ecB/eQB/QsEACAA/QAEECElIAH9AAQQISggEyAC/QAEEP3mASAXICj95gH95AEhKyAVIAP9AAQQ/eYBIBkgKP3mASAo/eYB/eQBIS4gAiAr/QsEECADIC79CwQQIAT9AAQQITEgLiAxIC4gMf1E/VIhLiAEIC79CwQQICUgI/3mASElIAAgJSAhICv95gEgLv3jASAb/ecBIB395AH95wH95AH9CwQQIABBIGohACABQSBqIQEgAkEgaiECIANBIGohAyAEQSBqIQQgACARSQ0ACwsgBUEEcQRAIAD9AAQAISQgAf0ABAAhJyATIAL9AAQA/eYBIBcgJ/3mAf3kASEqIBUgA/0ABAD95gEgGSAn/eYBICf95gH95AEhLSACICr9CwQAIAMgLf0LBAAgBP0ABAAhMCAtIDAgLSAw/UT9UiEtIAQgLf0LBAAgJCAj/eYBISQgACAkICEgKv3mASAt/eMBIBv95wEgHf3kAf3nAf3kAf0LBAAgAEEQaiEAIAFBEGohASACQRBqIQIgA0EQaiEDIARBEGohBAsgACAFQQNxQQJ0aiERIAAgBUEDcUECdGohEQJAA0AgACARTw0BIAAqAgAhJiABKgIAISkgEiACKgIAlCAWICmUkiEsIBQgAyoCAJQgGCAplCAplJIhLyACICw4AgAgAyAvOAIAIAQqAgAhMiAvIDIgLyAyXhshLyAEIC84AgAgJiAilCEmIAAgJiAgICyUIC+RIBqVIBySlZI4AgAgAEEEaiEAIAFBBGohASACQQRqIQIgA0EEaiEDIARBBGohBAwACwsFIAAgBUF4cUECdGohESAAIBFJBEADQCAA/QAEACEkIAH9AAQAIScgEyAC/QAEAP3mASAXICf95gH95AEhKiAVIAP9AAQA/eYBIBkgJ/3mASAn/eYB/eQBIS0gAiAq/QsEACADIC39CwQAICQgI/3mASEkIAAgJCAhICr95gEgLf3jASAb/ecBIB395AH95wH95AH9CwQAIAD9AAQQISUgAf0ABBAhKCATIAL9AAQQ/eYBIBcgKP3mAf3kASErIBUgA/0ABBD95gEgGSAo/eYBICj95gH95AEhLiACICv9CwQQIAMgLv0LBBAgJSAj/eYBISUgACAlICEgK/3mASAu/eMBIBv95wEgHf3kAf3nAf3kAf0LBBAgAEEgaiEAIAFBIGohASACQSBqIQIgA0EgaiEDIARBIGohBCAAIBFJDQALCyAFQQRxBEAgAP0ABAAhJCAB/QAEACEnIBMgAv0ABAD95gEgFyAn/eYB/eQBISogFSAD/QAEAP3mASAZICf95gEgJ/3mAf3kASEtIAIgKv0LBAAgAyAt/QsEACAkICP95gEhJCAAICQgISAq/eYBIC394wEgG/3nASAd/eQB/ecB/eQB/QsEACAAQRBqIQAgAUEQaiEBIAJBEGohAiADQRBqIQMgBEEQaiEECyAAIAVBA3FBAnRqIREgACAFQQNxQQJ0aiERAkADQCAAIBFPDQEgACoCACEmIAEqAgAhKSASIAIqAgCUIBYgKZSSISwgFCADKgIAlCAYICmUICmUkiEvIAIgLDgCACADIC84AgAgJiAilCEmIAAgJiAgICyUIC+RIBqVIBySlZI4AgAgAEEEaiEAIAFBBGohASACQQRqIQIgA0EEaiEDIARBBGohBAwACwsLBSAQBEAgACAFQXhxQQJ0aiERIAAgEUkEQANAIAD9AAQAISQgAf0ABAAhJyATIAL9AAQA/eYBIBcgJ/3mAf3kASEqIBUgA/0ABAD95gEgGSAn/eYBICf95gH95AEhLSACICr9CwQAIAMgLf0LBAAgBP0ABAAhMCAtIDAgLSAw/UT9UiEtIAQgLf0LBAAgACAkICEgKv3mASAt/eMBIBv95wEgHf3kAf3nAf3kAf0LBAAgAP0ABBAhJSAB/QAEECEoIBMgAv0ABBD95gEgFyAo/eYB/eQBISsgFSAD/QAEEP3mASAZICj95gEgKP3mAf3kASEuIAIgK/0LBBAgAyAu/QsEECAE/QAEECExIC4gMSAuIDH9RP1SIS4gBCAu/QsEECAAICUgISAr/eYBIC794wEgG/3nASAd/eQB/ecB/eQB/QsEECAAQSBqIQAgAUEgaiEBIAJBIGohAiADQSBqIQMgBEEgaiEEIAAgEUkNAAsLIAVBBHEEQCAA/QAEACEkIAH9AAQAIScgEyAC/QAEAP3mASAXICf95gH95AEhKiAVIAP9AAQA/eYBIBkgJ/3mASAn/eYB/eQBIS0gAiAq/QsEACADIC39CwQAIAT9AAQAITAgLSAwIC0gMP1E/VIhLSAEIC39CwQAIAAgJCAhICr95gEgLf3jASAb/ecBIB395AH95wH95AH9CwQAIABBEGohACABQRBqIQEgAkEQaiECIANBEGohAyAEQRBqIQQLIAAgBUEDcUECdGohESAAIAVBA3FBAnRqIRECQANAIAAgEU8NASAAKgIAISYgASoCACEpIBIgAioCAJQgFiAplJIhLCAUIAMqAgCUIBggKZQgKZSSIS8gAiAsOAIAIAMgLzgCACAEKgIAITIgLyAyIC8gMl4bIS8gBCAvOAIAIAAgJiAgICyUIC+RIBqVIBySlZI4AgAgAEEEaiEAIAFBBGohASACQQRqIQIgA0EEaiEDIARBBGohBAwACwsFIAAgBUF4cUECdGohESAAIBFJBEADQCAA/QAEACEkIAH9AAQAIScgEyAC/QAEAP3mASAXICf95gH95AEhKiAVIAP9AAQA/eYBIBkgJ/3mASAn/eYB/eQBIS0gAiAq/QsEACADIC39CwQAIAAgJCAhICr95gEgLf3jASAb/ecBIB395AH95wH95AH9CwQAIAD9AAQQISUgAf0ABBAhKCATIAL9AAQQ/eYBIBcgKP3mAf3kASErIBUgA/0ABBD95gEgGSAo/eYBICj95gH95AEhLiACICv9CwQQIAMgLv0LBBAgACAlICEgK/3mASAu/eMBIBv95wEgHf3kAf3nAf3kAf0LBBAgAEEgaiEAIAFBIGohASACQSBqIQIgA0EgaiEDIARBIGohBCAAIBFJDQALCyAFQQRxBEAgAP0ABAAhJCAB/QAEACEnIBMgAv0ABAD95gEgFyAn/eYB/eQBISogFSAD/QAEAP3mASAZICf95gEgJ/3mAf3kASEtIAIgKv0LBAAgAyAt/QsEACAAICQgISAq/eYBIC394wEgG/3nASAd/eQB/ecB/eQB/QsEACAAQRBqIQAgAUEQaiEBIAJBEGohAiADQRBqIQMgBEEQaiEECyAAIAVBA3FBAnRqIREgACAFQQNxQQJ0aiERAkADQCAAIBFPDQEgACoCACEmIAEqAgAhKSASIAIqAgCUIBYgKZSSISwgFCADKgIAlCAYICmUICmUkiEvIAIgLDgCACADIC84AgAgACAmICAgLJQgL5EgGpUgHJKVkjgCACAAQQRqIQAgAUEEaiEBIAJBBGohAiADQQRqIQMgBEEEaiEEDAALCwsLCwu0AQEGfyABQQAgAiAHIAhsbEECdPwLACAIIAZrIQwgDCAESgRAIAQhDAsgDEEATARADwsgASENIAAhDgJAA0AgCSACTw0BQQAhCwJAA0AgCyADTw0BIAsgBWohCiAKIAdODQEgDSAKIAhsIAZqQQJ0aiAOIAsgBGxBAnRqIAxBAnT8CgAAIAtBAWohCwwACwsgDSAHIAhsQQJ0aiENIA4gAyAEbEECdGohDiAJQQFqIQkMAAsLC+wBAQx/IAtBAnQhFiAHIARsQQJ0IRcgDCAKIAtsa0ECdCEYIAAhEQJAA0AgDSACTw0BQQAhDgJAA0AgDiAFTw0BQQAhDwJAA0AgDyAGTw0BIBEgDiAIbCAEbCAPIAlsakECdGohEiAKIRACQANAIBBFDQEgEiETIAEgFmohFQNAIAEgE/0ABAD9CwQAIAFBEGohASATQRBqIRMgASAVSQ0ACyAVIQEgEiAXaiESIBBBAWshEAwACwsgASAYaiEBIA9BAWohDwwACwsgDkEBaiEODAALCyARIAMgBGxBAnRqIREgDUEBaiENDAALCwu/AgENfyABQQAgAiADIARsbEECdPwLACALQQJ0IRYgByAEbEECdCEXIAwgCiALbGtBAnQhGCABIRECQANAIA0gAk8NAUEAIQ4CQANAIA4gBU8NAUEAIQ8CQANAIA8gBk8NASARIA4gCGwgBGwgDyAJbGpBAnRqIRIgCiEQAkADQCAQRQ0BIBIhFCAAIBZqIRUgACAWQXBxaiEZAkADQCAAIBlPDQEgFCAU/QAEACAA/QAEAP3kAf0LBAAgAEEQaiEAIBRBEGohFAwACwsCQANAIAAgFU8NASAUIBQqAgAgACoCAJI4AgAgAEEEaiEAIBRBBGohFAwACwsgEiAXaiESIBBBAWshEAwACwsgACAYaiEAIA9BAWohDwwACwsgDkEBaiEODAALCyARIAMgBGxBAnRqIREgDUEBaiENDAALCwuqAQEGfyAIIAZrIQsgCyAESgRAIAQhCwsgC0EATARADwsgByAFayEMIAwgA0oEQCADIQwLIAAhDSABIQ4CQANAIAkgAk8NAUEAIQoCQANAIAogDE4NASAOIAogBGxBAnRqIA0gCiAFaiAIbCAGakECdGogC0ECdPwKAAAgCkEBaiEKDAALCyANIAcgCGxBAnRqIQ0gDiADIARsQQJ0aiEOIAlBAWohCQwACwsLwgEBB38gBEECdCEPAkADQCAJIAJPDQFBACEKAkADQCAKIANPDQEgACAJIAVsIAogBmxqQQJ0aiELIAEgCSAHbCAKIAhsakECdGohDCALIA9qIQ0gCyAPQXBxaiEOAkADQCALIA5PDQEgDCAL/QAEAP0LBAAgC0EQaiELIAxBEGohDAwACwsCQANAIAsgDU8NASAMIAsqAgA4AgAgC0EEaiELIAxBBGohDAwACwsgCkEBaiEKDAALCyAJQQFqIQkMAAsLC7QDARB/IAAhFSABIRsgDyANIA5sa0ECdCEfQQAhEAJAA0AgECACTw0BQQAhEQJAA0AgESAFTw0BQQAhEgJAA0AgEiAGTw0BIBIgDGwgCmshF0EAIBdrIRggGEEASARAQQAhGAsgGCAOSgRAIA4hGAsgBCAXayEZIBkgDkoEQCAOIRkLIBkgGEgEQCAYIRkLQQAhEwJAA0AgEyANTw0BIBMgB2wgCWsgESALbGohFiAWIANPBEAgG0EAIA5BAnT8CwAFIAhBAUYEQCAbQQAgGEECdPwLACAbIBhBAnRqIBUgFiAEbCAXIBhqakECdGogGSAYa0ECdPwKAAAgGyAZQQJ0akEAIA4gGWtBAnT8CwAFQQAhFCAXIRogGyEdAkADQCAUIA5PDQEgGiAESQRAIB0gFSAWIARsIBpqQQJ0aioCADgCAAUgHUMAAAAAOAIACyAaIAhqIRogHUEEaiEdIBRBAWohFAwACwsLCyAbIA5BAnRqIRsgE0EBaiETDAALCyAbIB9qIRsgEkEBaiESDAALCyARQQFqIREMAAsLIBUgAyAEbEECdGohFSAQQQFqIRAMAAsLC/YDARB/IAEhFSAAIRsgDyANIA5sa0ECdCEfQQAhEAJAA0AgECACTw0BQQAhEQJAA0AgESAFTw0BQQAhEgJAA0AgEiAGTw0BIBIgDGwgCmshF0EAIBdrIRggGEEASARAQQAhGAsgGCAOSgRAIA4hGAsgBCAXayEZIBkgDkoEQCAOIRkLIBkgGEgEQCAYIRkLQQAhEwJAA0AgEyANTw0BIBMgB2wgCWsgESALbGohFiAWIANJBEAgCEEBRgRAIBsgGEECdGohHCAVIBYgBGwgFyAYampBAnRqIR0gHCAZIBhrQXxxQQJ0aiEeAkADQCAcIB5PDQEgHSAd/QAEACAc/QAEAP3kAf0LBAAgHEEQaiEcIB1BEGohHQwACwsgGyAZQQJ0aiEeAkADQCAcIB5PDQEgHSAdKgIAIBwqAgCSOAIAIBxBBGohHCAdQQRqIR0MAAsLBUEAIRQgFyEaIBshHAJAA0AgFCAOTw0BIBogBEkEQCAVIBYgBGwgGmpBAnRqIR0gHSAdKgIAIBwqAgCSOAIACyAaIAhqIRogHEEEaiEcIBRBAWohFAwACwsLCyAbIA5BAnRqIRsgE0EBaiETDAALCyAbIB9qIRsgEkEBaiESDAALCyARQQFqIREMAAsLIBUgAyAEbEECdGohFSAQQQFqIRAMAAsLC4oEAwV/AX0EeyADQQJ0IQkCQANAIAVBEGogA0sNASABIAVBAnRqIQggCP0ABAD9DAAAAAAAAAAAAAAAAAAAAAAgBBshCyAI/QAEEP0MAAAAAAAAAAAAAAAAAAAAACAEGyEMIAj9AAQg/QwAAAAAAAAAAAAAAAAAAAAAIAQbIQ0gCP0ABDD9DAAAAAAAAAAAAAAAAAAAAAAgBBshDiAAIAVBAnRqIQcgAiEGAkADQCAGRQ0BIAsgB/0ABAD95AEhCyAMIAf9AAQQ/eQBIQwgDSAH/QAEIP3kASENIA4gB/0ABDD95AEhDiAHIAlqIQcgBkEBayEGDAALCyAIIAv9CwQAIAggDP0LBBAgCCAN/QsEICAIIA79CwQwIAVBEGohBQwACwsCQANAIAVBBGogA0sNASABIAVBAnRqIQggCP0ABAD9DAAAAAAAAAAAAAAAAAAAAAAgBBshCyAAIAVBAnRqIQcgAiEGAkADQCAGRQ0BIAsgB/0ABAD95AEhCyAHIAlqIQcgBkEBayEGDAALCyAIIAv9CwQAIAVBBGohBQwACwsCQANAIAUgA08NASABIAVBAnRqIQggCCoCAEMAAAAAIAQbIQogACAFQQJ0aiEHIAIhBgJAA0AgBkUNASAKIAcqAgCSIQogByAJaiEHIAZBAWshBgwACwsgCCAKOAIAIAVBAWohBQwACwsLDgAgAEEAIAFBAnT8CwALDwAgASAAIAJBAnT8CgAAC58BAgF/AntBgICA/Af9ESEEIAAgAUF4cUECdGohAgJAA0AgACACTw0BIAMgAP0ABAAgBP1OIAT9NyAA/QAEECAE/U4gBP03/VD9UCEDIABBIGohAAwACwsgA/1TBEBBAQ8LIAAgAUEHcUECdGohAgJAA0AgACACTw0BIAAoAgBBgICA/AdxQYCAgPwHRgRAQQEPCyAAQQRqIQAMAAsLQQALvwEDAX8FewJ8IAAgAUF8cUECdGohAgJAA0AgACACTw0BIAD9AAQAIQMgA/1fIQQgAyAD/Q0ICQoLDA0ODwABAgMEBQYH/V8hBSAGIAQgBP3yAf3wASEGIAcgBSAF/fIB/fABIQcgAEEQaiEADAALCyAG/SEAIQggACABQQNxQQJ0aiECAkADQCAAIAJPDQEgACoCALshCSAIIAkgCaKgIQggAEEEaiEADAALCyAIIAb9IQGgIAf9IQCgIAf9IQGgC9QpEwF/A3sBfAF7AXwBewF8AXsBfAF7AXwDewF8AnsBfAJ7AXwCewF8IAQhDyAE/RQhECAFIREgBf0UIRIgBiETIAb9FCEUIAchFSAH/RQhFiAIIRcgCP0UIRggBkQAAAAAAAAAAGEEQCAFRAAAAAAAAAAAYgRAIApEAAAAAAAAAABiBEAgACADQXxxQQJ0aiELAkADQCAAIAtPDQEgAP0ABAAhDCAB/QAEACENIAz9XyEZIA39XyEcIBz97QEhHCAcIBIgGf3yAf3wAf1e/V8hHCAZIBwgEP3yAf1e/V/98AEhIiAMIAz9DQgJCgsMDQ4PAAECAwQFBgf9XyEaIA0gDf0NCAkKCwwNDg8AAQIDBAUGB/1fIR0gHf3tASEdIB0gEiAa/fIB/fAB/V79XyEdIBogHSAQ/fIB/V79X/3wASEjIAAgIv1eICP9Xv0NAAECAwQFBgcQERITFBUWF/0LBAAgAEEQaiEAIAFBEGohAQwACwsgACADQQNxQQJ0aiELAkADQCAAIAtPDQEgACoCALshGyABKgIAuyEeIB6aIR4gHiARIBuioLa7IR4gGyAeIA+itrugISQgACAktjgCACAAQQRqIQAgAUEEaiEBDAALCwUgACADQXxxQQJ0aiELAkADQCAAIAtPDQEgAP0ABAAhDCAB/QAEACENIAz9XyEZIA39XyEcIBwgEiAZ/fIB/fAB/V79XyEcIBkgHCAQ/fIB/V79X/3wASEiIAwgDP0NCAkKCwwNDg8AAQIDBAUGB/1fIRogDSAN/Q0ICQoLDA0ODwABAgMEBQYH/V8hHSAdIBIgGv3yAf3wAf1e/V8hHSAaIB0gEP3yAf1e/V/98AEhIyAAICL9XiAj/V79DQABAgMEBQYHEBESExQVFhf9CwQAIABBEGohACABQRBqIQEMAAsLIAAgA0EDcUECdGohCwJAA0AgACALTw0BIAAqAgC7IRsgASoCALshHiAeIBEgG6KgtrshHiAbIB4gD6K2u6AhJCAAICS2OAIAIABBBGohACABQQRqIQEMAAsLCwUgCkQAAAAAAAAAAGIEQCAAIANBfHFBAnRqIQsCQANAIAAgC08NASAA/QAEACEMIAH9AAQAIQ0gDP1fIRkgDf1fIRwgHP3tASEcIBkgHCAQ/fIB/V79X/3wASEiIAwgDP0NCAkKCwwNDg8AAQIDBAUGB/1fIRogDSAN/Q0ICQoLDA0ODwABAgMEBQYH/V8hHSAd/e0BIR0gGiAdIBD98gH9Xv1f/fABISMgACAi/V4gI/1e/Q0AAQIDBAUGBxAREhMUFRYX/QsEACAAQRBqIQAgAUEQaiEBDAALCyAAIANBA3FBAnRqIQsCQANAIAAgC08NASAAKgIAuyEbIAEqAgC7IR4gHpohHiAbIB4gD6K2u6AhJCAAICS2OAIAIABBBGohACABQQRqIQEMAAsLBSAAIANBfHFBAnRqIQsCQANAIAAgC08NASAA/QAEACEMIAH9AAQAIQ0gDP1fIRkgDf1fIRwgGSAcIBD98gH9Xv1f/fABISIgDCAM/Q0ICQoLDA0ODwABAgMEBQYH/V8hGiANIA39DQgJCgsMDQ4PAAECAwQFBgf9XyEdIBogHSAQ/fIB/V79X/3wASEjIAAgIv1eICP9Xv0NAAECAwQFBgcQERITFBUWF/0LBAAgAEEQaiEAIAFBEGohAQwACwsgACADQQNxQQJ0aiELAkADQCAAIAtPDQEgACoCALshGyABKgIAuyEeIBsgHiAPora7oCEkIAAgJLY4AgAgAEEEaiEAIAFBBGohAQwACwsLCwUgCUQAAAAAAAAAAGIEQCAFRAAAAAAAAAAAYgRAIApEAAAAAAAAAABiBEAgACADQXxxQQJ0aiELAkADQCAAIAtPDQEgAP0ABAAhDCAB/QAEACENIAL9AAQAIQ4gDP1fIRkgDf1fIRwgHP3tASEcIBwgEiAZ/fIB/fAB/V79XyEcIBYgDv1f/fIBIBggHP3yAf3wAf1e/V8hHyAcIBQgH/3yAf3wAf1e/V8hHCAZIBwgEP3yAf1e/V/98AEhIiAMIAz9DQgJCgsMDQ4PAAECAwQFBgf9XyEaIA0gDf0NCAkKCwwNDg8AAQIDBAUGB/1fIR0gHf3tASEdIB0gEiAa/fIB/fAB/V79XyEdIBYgDiAO/Q0ICQoLDA0ODwABAgMEBQYH/V/98gEgGCAd/fIB/fAB/V79XyEgIB0gFCAg/fIB/fAB/V79XyEdIBogHSAQ/fIB/V79X/3wASEjIAAgIv1eICP9Xv0NAAECAwQFBgcQERITFBUWF/0LBAAgAiAf/V4gIP1e/Q0AAQIDBAUGBxAREhMUFRYX/QsEACAAQRBqIQAgAUEQaiEBIAJBEGohAgwACwsgACADQQNxQQJ0aiELAkADQCAAIAtPDQEgACoCALshGyABKgIAuyEeIB6aIR4gHiARIBuioLa7IR4gFSACKgIAu6IgFyAeoqC2uyEhIB4gEyAhoqC2uyEeIBsgHiAPora7oCEkIAAgJLY4AgAgAiAhtjgCACAAQQRqIQAgAUEEaiEBIAJBBGohAgwACwsFIAAgA0F8cUECdGohCwJAA0AgACALTw0BIAD9AAQAIQwgAf0ABAAhDSAC/QAEACEOIAz9XyEZIA39XyEcIBwgEiAZ/fIB/fAB/V79XyEcIBYgDv1f/fIBIBggHP3yAf3wAf1e/V8hHyAcIBQgH/3yAf3wAf1e/V8hHCAZIBwgEP3yAf1e/V/98AEhIiAMIAz9DQgJCgsMDQ4PAAECAwQFBgf9XyEaIA0gDf0NCAkKCwwNDg8AAQIDBAUGB/1fIR0gHSASIBr98gH98AH9Xv1fIR0gFiAOIA79DQgJCgsMDQ4PAAECAwQFBgf9X/3yASAYIB398gH98AH9Xv1fISAgHSAUICD98gH98AH9Xv1fIR0gGiAdIBD98gH9Xv1f/fABISMgACAi/V4gI/1e/Q0AAQIDBAUGBxAREhMUFRYX/QsEACACIB/9XiAg/V79DQABAgMEBQYHEBESExQVFhf9CwQAIABBEGohACABQRBqIQEgAkEQaiECDAALCyAAIANBA3FBAnRqIQsCQANAIAAgC08NASAAKgIAuyEbIAEqAgC7IR4gHiARIBuioLa7IR4gFSACKgIAu6IgFyAeoqC2uyEhIB4gEyAhoqC2uyEeIBsgHiAPora7oCEkIAAgJLY4AgAgAiAhtjgCACAAQQRqIQAgAUEEaiEBIAJBBGohAgwACwsLBSAKRAAAAAAAAAAAYgRAIAAgA0F8cUECdGohCwJAA0AgACALTw0BIAD9AAQAIQwgAf0ABAAhDSAC/QAEACEOIAz9XyEZIA39XyEcIBz97QEhHCAWIA79X/3yASAYIBz98gH98AH9Xv1fIR8gHCAUIB/98gH98AH9Xv1fIRwgGSAcIBD98gH9Xv1f/fABISIgDCAM/Q0ICQoLDA0ODwABAgMEBQYH/V8hGiANIA39DQgJCgsMDQ4PAAECAwQFBgf9XyEdIB397QEhHSAWIA4gDv0NCAkKCwwNDg8AAQIDBAUGB/1f/fIBIBggHf3yAf3wAf1e/V8hICAdIBQgIP3yAf3wAf1e/V8hHSAaIB0gEP3yAf1e/V/98AEhIyAAICL9XiAj/V79DQABAgMEBQYHEBESExQVFhf9CwQAIAIgH/1eICD9Xv0NAAECAwQFBgcQERITFBUWF/0LBAAgAEEQaiEAIAFBEGohASACQRBqIQIMAAsLIAAgA0EDcUECdGohCwJAA0AgACALTw0BIAAqAgC7IRsgASoCALshHiAemiEeIBUgAioCALuiIBcgHqKgtrshISAeIBMgIaKgtrshHiAbIB4gD6K2u6AhJCAAICS2OAIAIAIgIbY4AgAgAEEEaiEAIAFBBGohASACQQRqIQIMAAsLBSAAIANBfHFBAnRqIQsCQANAIAAgC08NASAA/QAEACEMIAH9AAQAIQ0gAv0ABAAhDiAM/V8hGSAN/V8hHCAWIA79X/3yASAYIBz98gH98AH9Xv1fIR8gHCAUIB/98gH98AH9Xv1fIRwgGSAcIBD98gH9Xv1f/fABISIgDCAM/Q0ICQoLDA0ODwABAgMEBQYH/V8hGiANIA39DQgJCgsMDQ4PAAECAwQFBgf9XyEdIBYgDiAO/Q0ICQoLDA0ODwABAgMEBQYH/V/98gEgGCAd/fIB/fAB/V79XyEgIB0gFCAg/fIB/fAB/V79XyEdIBogHSAQ/fIB/V79X/3wASEjIAAgIv1eICP9Xv0NAAECAwQFBgcQERITFBUWF/0LBAAgAiAf/V4gIP1e/Q0AAQIDBAUGBxAREhMUFRYX/QsEACAAQRBqIQAgAUEQaiEBIAJBEGohAgwACwsgACADQQNxQQJ0aiELAkADQCAAIAtPDQEgACoCALshGyABKgIAuyEeIBUgAioCALuiIBcgHqKgtrshISAeIBMgIaKgtrshHiAbIB4gD6K2u6AhJCAAICS2OAIAIAIgIbY4AgAgAEEEaiEAIAFBBGohASACQQRqIQIMAAsLCwsFIAVEAAAAAAAAAABiBEAgCkQAAAAAAAAAAGIEQCAAIANBfHFBAnRqIQsCQANAIAAgC08NASAA/QAEACEMIAH9AAQAIQ0gAv0ABAAhDiAM/V8hGSAN/V8hHCAc/e0BIRwgHCASIBn98gH98AH9Xv1fIRwgFiAO/V/98gEgGCAc/fIB/fAB/V79XyEfIB8hHCAZIBwgEP3yAf1e/V/98AEhIiAMIAz9DQgJCgsMDQ4PAAECAwQFBgf9XyEaIA0gDf0NCAkKCwwNDg8AAQIDBAUGB/1fIR0gHf3tASEdIB0gEiAa/fIB/fAB/V79XyEdIBYgDiAO/Q0ICQoLDA0ODwABAgMEBQYH/V/98gEgGCAd/fIB/fAB/V79XyEgICAhHSAaIB0gEP3yAf1e/V/98AEhIyAAICL9XiAj/V79DQABAgMEBQYHEBESExQVFhf9CwQAIAIgH/1eICD9Xv0NAAECAwQFBgcQERITFBUWF/0LBAAgAEEQaiEAIAFBEGohASACQRBqIQIMAAsLIAAgA0EDcUECdGohCwJAA0AgACALTw0BIAAqAgC7IRsgASoCALshHiAemiEeIB4gESAboqC2uyEeIBUgAioCALuiIBcgHqKgtrshISAhIR4gGyAeIA+itrugISQgACAktjgCACACICG2OAIAIABBBGohACABQQRqIQEgAkEEaiECDAALCwUgACADQXxxQQJ0aiELAkADQCAAIAtPDQEgAP0ABAAhDCAB/QAEACENIAL9AAQAIQ4gDP1fIRkgDf1fIRwgHCASIBn98gH98AH9Xv1fIRwgFiAO/V/98gEgGCAc/fIB/fAB/V79XyEfIB8hHCAZIBwgEP3yAf1e/V/98AEhIiAMIAz9DQgJCgsMDQ4PAAECAwQFBgf9XyEaIA0gDf0NCAkKCwwNDg8AAQIDBAUGB/1fIR0gHSASIBr98gH98AH9Xv1fIR0gFiAOIA79DQgJCgsMDQ4PAAECAwQFBgf9X/3yASAYIB398gH98AH9Xv1fISAgICEdIBogHSAQ/fIB/V79X/3wASEjIAAgIv1eICP9Xv0NAAECAwQFBgcQERITFBUWF/0LBAAgAiAf/V4gIP1e/Q0AAQIDBAUGBxAREhMUFRYX/QsEACAAQRBqIQAgAUEQaiEBIAJBEGohAgwACwsgACADQQNxQQJ0aiELAkADQCAAIAtPDQEgACoCALshGyABKgIAuyEeIB4gESAboqC2uyEeIBUgAioCALuiIBcgHqKgtrshISAhIR4gGyAeIA+itrugISQgACAktjgCACACICG2OAIAIABBBGohACABQQRqIQEgAkEEaiECDAALCwsFIApEAAAAAAAAAABiBEAgACADQXxxQQJ0aiELAkADQCAAIAtPDQEgAP0ABAAhDCAB/QAEACENIAL9AAQAIQ4gDP1fIRkgDf1fIRwgHP3tASEcIBYgDv1f/fIBIBggHP3yAf3wAf1e/V8hHyAfIRwgGSAcIBD98gH9Xv1f/fABISIgDCAM/Q0ICQoLDA0ODwABAgMEBQYH/V8hGiANIA39DQgJCgsMDQ4PAAECAwQFBgf9XyEdIB397QEhHSAWIA4gDv0NCAkKCwwNDg8AAQIDBAUGB/1f/fIBIBggHf3yAf3wAf1e/V8hICAgIR0gGiAdIBD98gH9Xv1f/fABISMgACAi/V4gI/1e/Q0AAQIDBAUGBxAREhMUFRYX/QsEACACIB/9XiAg/V79DQABAgMEBQYHEBESExQVFhf9CwQAIABBEGohACABQRBqIQEgAkEQaiECDAALCyAAIANBA3FBAnRqIQsCQANAIAAgC08NASAAKgIAuyEbIAEqAgC7IR4gHpohHiAVIAIqAgC7oiAXIB6ioLa7ISEgISEeIBsgHiAPora7oCEkIAAgJLY4AgAgAiAhtjgCACAAQQRqIQAgAUEEaiEBIAJBBGohAgwACwsFIAAgA0F8cUECdGohCwJAA0AgACALTw0BIAD9AAQAIQwgAf0ABAAhDSAC/QAEACEOIAz9XyEZIA39XyEcIBYgDv1f/fIBIBggHP3yAf3wAf1e/V8hHyAfIRwgGSAcIBD98gH9Xv1f/fABISIgDCAM/Q0ICQoLDA0ODwABAgMEBQYH/V8hGiANIA39DQgJCgsMDQ4PAAECAwQFBgf9XyEdIBYgDiAO/Q0ICQoLDA0ODwABAgMEBQYH/V/98gEgGCAd/fIB/fAB/V79XyEgICAhHSAaIB0gEP3yAf1e/V/98AEhIyAAICL9XiAj/V79DQABAgMEBQYHEBESExQVFhf9CwQAIAIgH/1eICD9Xv0NAAECAwQFBgcQERITFBUWF/0LBAAgAEEQaiEAIAFBEGohASACQRBqIQIMAAsLIAAgA0EDcUECdGohCwJAA0AgACALTw0BIAAqAgC7IRsgASoCALshHiAVIAIqAgC7oiAXIB6ioLa7ISEgISEeIBsgHiAPora7oCEkIAAgJLY4AgAgAiAhtjgCACAAQQRqIQAgAUEEaiEBIAJBBGohAgwACwsLCwsLCw==";
var WASM_GEMM_ROWS = 4;
var WASM_SHARED_MAX_PAGES = 16384;

// plugins/backends/_wasm_threads.ts
var SEQ = 0;
var DONE = 1;
var READY = 2;
var JOB = 3;
var NEXT = 4;
var AWAKE = 7;
var ARGS = 8;
var F64 = 16;
var WAKE_UP = 4;
var SPIN_MS = 0.25;
var SPLIT_ASLEEP_MIN = 2 ** 23;
var WAKE_WORK_PER_US = 1e4;
function spin(c, i, v, ms) {
  const end = performance.now() + ms;
  for (let n = 0; ; n++) {
    if (Atomics.load(c, i) !== v) return true;
    if ((n & 255) === 255 && performance.now() > end) return false;
  }
}
function gemmChunks(x, c, at, next) {
  const apk = c[at], b = c[at + 1], bpk = c[at + 2], cc = c[at + 3], m = c[at + 4];
  const k = c[at + 5], n = c[at + 6], flags = c[at + 7], bias = c[at + 8], splat = c[at + 9];
  const cw = c[at + 10], trans = c[at + 11], a = c[at + 12];
  if (a >= 0) {
    const rs = c[at + 13], ps = c[at + 14], mr = c[at + 15], sb = 8;
    const blocks = Math.ceil(m / (mr * sb));
    for (let q = Atomics.add(c, next + 1, 1); q < blocks; q = Atomics.add(c, next + 1, 1)) {
      const i0 = q * sb * mr;
      x.packA(a + i0 * rs, rs, ps, apk + i0 * k * 4, Math.min(m - i0, sb * mr), k);
      Atomics.add(c, next + 2, 1);
    }
    const end = performance.now() + 1e4;
    for (let w = 0; Atomics.load(c, next + 2) < blocks; w++) {
      if ((w & 1023) === 1023 && performance.now() > end) {
        throw new Error("wasm threads: the other thread did not finish packing A within 10 s");
      }
    }
  }
  const chunks = Math.ceil(n / cw);
  for (let j = Atomics.add(c, next, 1); j < chunks; j = Atomics.add(c, next, 1)) {
    const j0 = j * cw, cols = Math.min(cw, n - j0), pk = bpk + j0 * k * 4;
    x.packB(trans ? b + j0 * k * 4 : b + j0 * 4, pk, k, cols, trans, n);
    x.gemm(apk, pk, cc + j0 * 4, m, k, cols, flags, bias + j0 * 4, n, 0, splat);
  }
}
var WORKER = `
const { parentPort } = require("node:worker_threads");
const gemmChunks = ${gemmChunks.toString()};
const spin = ${spin.toString()};
parentPort.once("message", ({ bytes, memory, storage, ctrl }) => {
  const module = new WebAssembly.Module(bytes);
  const x = new WebAssembly.Instance(module, { env: { memory } }).exports;
  const xs = storage ? new WebAssembly.Instance(module, { env: { memory: storage } }).exports : x;
  const c = new Int32Array(ctrl), f = new Float64Array(ctrl);
  Atomics.store(c, ${AWAKE}, 1);
  Atomics.store(c, ${READY}, 1);
  let seen = 0, spinMs = ${SPIN_MS};
  for (;;) {
    if (!spin(c, ${SEQ}, seen, spinMs)) {
      Atomics.store(c, ${AWAKE}, 0);
      Atomics.wait(c, ${SEQ}, seen);
      Atomics.store(c, ${AWAKE}, 1);
    }
    seen = Atomics.load(c, ${SEQ});
    const a = ${ARGS};
    // after a wake-up, spin through the product the caller runs alone meanwhile (c[a]: its
    // expected time in \xB5s), so that the next one finds the worker awake
    spinMs = ${SPIN_MS} + (c[${JOB}] === ${WAKE_UP} ? c[a] / 1000 : 0);
    if (c[${JOB}] === 0 || c[${JOB}] === 3) {
      gemmChunks(c[${JOB}] === 0 ? x : xs, c, a, ${NEXT});
    } else if (c[${JOB}] !== ${WAKE_UP}) {
      const d = ${F64};
      (c[${JOB}] === 2 ? xs : x).adam(c[a], c[a + 1], c[a + 2], c[a + 3], c[a + 4], c[a + 5],
        f[d], f[d + 1], f[d + 2], f[d + 3], f[d + 4], f[d + 5], f[d + 6], f[d + 7], f[d + 8],
        f[d + 9], c[a + 6]);
    }
    Atomics.store(c, ${DONE}, seen);
    Atomics.notify(c, ${DONE});
  }
});
`;
var GEMM_CHUNKS = 12;
function chunkColumns(n) {
  return Math.max(1, Math.ceil((n + 7) / 8 / GEMM_CHUNKS)) * 8;
}
var GemmPool = class _GemmPool {
  /** The shared memory both threads run on. */
  memory;
  /** The backend's storage memory, where the worker also runs Adam updates (null: none). */
  storage;
  #ctrl;
  /** The job slots of a gemm run on the calling thread alone. */
  #solo = new Int32Array(ARGS + 16);
  #f64;
  #seq = 0;
  constructor(memory, storage, ctrl) {
    this.memory = memory;
    this.storage = storage;
    this.#ctrl = ctrl;
    this.#f64 = new Float64Array(ctrl.buffer);
  }
  /** A shared WebAssembly memory, or null where the engine has none. */
  static sharedMemory(maxPages) {
    if (typeof SharedArrayBuffer !== "function" || typeof Atomics !== "object") return null;
    try {
      return new WebAssembly.Memory({
        initial: 1,
        maximum: maxPages,
        shared: true
      });
    } catch {
      return null;
    }
  }
  /**
   * Start the worker on the module `bytes` and `memory` (and, given, the
   * storage memory: see {@linkcode GemmPool.adam}). `node:worker_threads`
   * is imported lazily (so engines without it, e.g. browsers, still load the
   * backend); where it or the worker fails, the pool never becomes ready and
   * every matmul stays on the calling thread.
   */
  static start(bytes, memory, storage) {
    const ctrl = new Int32Array(new SharedArrayBuffer(64 * 4));
    import("node:worker_threads").then(({ Worker: Worker2 }) => {
      const worker = new Worker2(WORKER, {
        eval: true
      });
      worker.unref();
      worker.on("error", () => Atomics.store(ctrl, READY, -1));
      worker.postMessage({
        bytes,
        memory,
        storage,
        ctrl: ctrl.buffer
      });
    }).catch(() => Atomics.store(ctrl, READY, -1));
    return new _GemmPool(memory, storage, ctrl);
  }
  /** Whether the worker has instantiated the module. */
  ready() {
    return Atomics.load(this.#ctrl, READY) === 1;
  }
  /**
   * `gemm` over all `n` columns (arguments as the export's: A packed at
   * `apk`, C rows `n` apart, the micro-kernel `splat`; B unpacked at `b`,
   * transposed or not, packed into `bpk`) on both threads: the 8-column
   * panels in chunks that each thread claims in turn until none are left,
   * packing each chunk's panels of B itself (see `gemmChunks`), so a thread
   * on a slower core takes fewer (the two vCPUs here ran at different speeds
   * from moment to moment). Each column is
   * computed by the same kernel calls whichever thread claims it: the bits of
   * one thread. The offsets are in the shared memory, or with `onStorage` in
   * the storage memory (`x` the caller's instance on it; the worker runs its
   * own instance there). Runs on the calling thread alone until the worker is
   * ready. Whether a product should split now is {@linkcode GemmPool.claim}'s to say.
   * Given `packA`, A is packed into `apk` first, by both threads (see `gemmChunks`).
   */
  gemm(x, apk, b, trans, bpk, c, m, k, n, flags, bias, splat, onStorage = false, packA = null) {
    const alone = !this.ready() || onStorage && this.storage === null;
    if (!alone) this.#settle();
    const ctl = alone ? this.#solo : this.#ctrl;
    ctl[JOB] = onStorage ? 3 : 0;
    ctl[ARGS] = apk;
    ctl[ARGS + 1] = b;
    ctl[ARGS + 2] = bpk;
    ctl[ARGS + 3] = c;
    ctl[ARGS + 4] = m;
    ctl[ARGS + 5] = k;
    ctl[ARGS + 6] = n;
    ctl[ARGS + 7] = flags;
    ctl[ARGS + 8] = bias;
    ctl[ARGS + 9] = splat;
    ctl[ARGS + 10] = chunkColumns(n);
    ctl[ARGS + 11] = trans ? 1 : 0;
    ctl[ARGS + 12] = packA === null ? -1 : packA.a;
    ctl[ARGS + 13] = packA?.rs ?? 0;
    ctl[ARGS + 14] = packA?.ps ?? 0;
    ctl[ARGS + 15] = packA?.rows ?? 0;
    Atomics.store(ctl, NEXT, 0);
    Atomics.store(ctl, NEXT + 1, 0);
    Atomics.store(ctl, NEXT + 2, 0);
    const seq = alone ? 0 : this.#post();
    gemmChunks(x, ctl, ARGS, NEXT);
    if (!alone) this.#wait(seq);
  }
  /**
   * One Adam step over `n` elements at byte offsets `p, g, m, v, vm` of the
   * shared memory, or of the storage memory with `onStorage` (the `adam`
   * export's arguments; `x` the caller's instance on that memory; `c` its ten
   * float coefficients `[b1, b2, a1, a2, bc1, bc2Sqrt, eps, cwd, dwd, k]`),
   * the second half of the elements on the worker. Element-wise, so the bits
   * are those of one thread.
   */
  adam(x, offs, n, c, ams, onStorage = false) {
    const [p, g, m, v, vm] = offs;
    const left2 = (!onStorage || this.storage !== null) && this.claim(0) ? n >> 5 << 4 : n;
    if (left2 < n) {
      const ctl = this.#ctrl, f = this.#f64;
      ctl[JOB] = onStorage ? 2 : 1;
      for (let i = 0; i < 5; i++) ctl[ARGS + i] = offs[i] + left2 * 4;
      ctl[ARGS + 5] = n - left2;
      ctl[ARGS + 6] = ams;
      for (let i = 0; i < 10; i++) f[F64 + i] = c[i];
      const seq = this.#post();
      x.adam(p, g, m, v, vm, left2, ...c, ams);
      this.#wait(seq);
    } else x.adam(p, g, m, v, vm, n, ...c, ams);
  }
  /**
   * Whether a job of `work` multiply-adds should go to both threads now: the worker is ready,
   * has taken every job posted (a wake-up is not waited for), and is awake, or the work pays for
   * waking it ({@linkcode SPLIT_ASLEEP_MIN}). When it sleeps and the work does not pay, this
   * posts a wake-up (not waited for), after which the worker spins through the time this work
   * should take and then {@linkcode SPIN_MS} for the next job, and says no: the caller runs this
   * one alone.
   */
  claim(work) {
    if (!this.ready()) return false;
    const ctl = this.#ctrl;
    if (Atomics.load(ctl, DONE) !== this.#seq) return false;
    if (Atomics.load(ctl, AWAKE) === 1 || work >= SPLIT_ASLEEP_MIN) return true;
    ctl[JOB] = WAKE_UP;
    ctl[ARGS] = Math.ceil(work / WAKE_WORK_PER_US);
    this.#post();
    return false;
  }
  /** Wait for a wake-up the worker has not taken yet (none: return at once). */
  #settle() {
    if (Atomics.load(this.#ctrl, DONE) !== this.#seq) this.#wait(this.#seq);
  }
  /**
   * Have the worker awake (spinning for a job) now, waking it and waiting until it is up if it
   * sleeps: before timing a split as a training step runs it (its jobs come back to back).
   */
  awaken() {
    if (!this.ready()) return;
    const ctl = this.#ctrl;
    this.#settle();
    if (Atomics.load(ctl, AWAKE) === 1) return;
    ctl[JOB] = WAKE_UP;
    this.#wait(this.#post());
  }
  /** Hand the job in the slots to the worker; returns its sequence number. */
  #post() {
    const seq = ++this.#seq;
    Atomics.store(this.#ctrl, SEQ, seq);
    Atomics.notify(this.#ctrl, SEQ);
    return seq;
  }
  /** Wait until the worker has finished job `seq`. */
  #wait(seq) {
    const ctl = this.#ctrl;
    if (spin(ctl, DONE, seq - 1, SPIN_MS)) return;
    const t0 = performance.now();
    for (; ; ) {
      const done = Atomics.load(ctl, DONE);
      if (done === seq) break;
      Atomics.wait(ctl, DONE, done, 50);
      if (performance.now() - t0 > 1e4) {
        throw new RectifyError("plugin", "wasm: the worker did not answer within 10 s");
      }
    }
  }
};

// plugins/backends/_wasm_layout.ts
function align(bytes) {
  return bytes + 63 & ~63;
}
function slot(at, d) {
  const want = d.byteOffset + 2048 & 4032;
  return at + (want - at & 4095);
}
var SLOT_SLACK = 4096;

// plugins/backends/_wasm_conv.ts
function layout(...regions) {
  const offs = [];
  let at = 0;
  for (const r of regions) {
    if (typeof r !== "number") at = slot(at, r);
    offs.push(at);
    at = align(at + (typeof r === "number" ? r : r.length) * 4);
  }
  offs.push(at + 64);
  return offs;
}
var CHUNK_FLOATS = 1 << 16;
function chunkOf(n, k, hw) {
  return Math.max(1, Math.min(n, Math.floor(CHUNK_FLOATS / (k * hw))));
}
function sizes(p) {
  const [n, c, h, w, o, kh, kw, sh, sw, pt, pl, dh, dw, groups, ho, wo] = p;
  const cg = c / groups, og = o / groups, k = cg * kh * kw, hw = ho * wo;
  const trivial = kh === 1 && kw === 1 && sh === 1 && sw === 1 && pt === 0 && pl === 0 && ho === h && wo === w;
  const chunk = chunkOf(n, k, hw);
  const ld = chunk * hw + 4;
  const geometry = [
    cg,
    h,
    w,
    kh,
    kw,
    sh,
    sw,
    pt,
    pl,
    dh,
    dw,
    ho,
    wo,
    ld
  ];
  const hp = (ho - 1) * sh + (kh - 1) * dh + 1, wp = wo + (kw - 1) * dw;
  const padded = sw === 1 ? cg * hp * wp : 0;
  const padGeometry = [
    cg,
    h,
    w,
    pt,
    pl,
    hp,
    wp
  ];
  const rowGeometry = [
    cg,
    hp,
    wp,
    kh,
    kw,
    sh,
    dh,
    dw,
    ho,
    wo,
    ld
  ];
  return {
    chunk,
    ld,
    n,
    c,
    h,
    w,
    o,
    groups,
    cg,
    og,
    k,
    hw,
    trivial,
    geometry,
    padded,
    padGeometry,
    rowGeometry
  };
}
function gather(e, z, xo, xp, col) {
  if (z.trivial) return e.blocks(xo, col, z.cg, 1, z.hw, z.hw, 0, z.ld, 0);
  if (z.padded === 0) return e.im2col(xo, col, ...z.geometry);
  e.pad(xo, xp, ...z.padGeometry);
  e.im2colPadded(xp, col, ...z.rowGeometry);
}
function scatter(e, z, col, xp, xo) {
  if (z.trivial) return e.blocks(col, xo, z.cg, 1, z.hw, z.ld, 0, z.hw, 0);
  if (z.padded === 0) return e.col2im(col, xo, ...z.geometry);
  e.col2imPadded(col, xp, ...z.rowGeometry);
  e.unpad(xp, xo, ...z.padGeometry);
}
function regroup(e, z, from2, to, g, back = false) {
  if (back) e.blocks(from2, to, z.og, g, z.hw, g * z.hw, z.hw, z.hw, z.o * z.hw);
  else e.blocks(from2, to, z.og, g, z.hw, z.hw, z.o * z.hw, g * z.hw, z.hw);
}
function f32(...ds) {
  for (const d of ds) if (!(d instanceof Float32Array)) return false;
  return true;
}
function packedA(rows, k) {
  return Math.ceil(rows / WASM_GEMM_ROWS) * WASM_GEMM_ROWS * k;
}
function forward(s, minWork) {
  return ([x, wt, bias], [y], params) => {
    const z = sizes(params);
    if (!f32(x, wt, bias, y) || z.n * z.o * z.hw * z.k < minWork) return false;
    const wq = packedA(z.og, z.k), cols = z.chunk * z.hw;
    const [offX, offW, offQ, offXp, offCol, offT, offY, offB, total] = layout(x, wt, z.groups * wq, z.padded, z.k * z.ld + 8, z.og * cols, y, z.o);
    const f = s.ensure(total), e = s.x;
    f.set(x, offX >> 2);
    f.set(wt, offW >> 2);
    f.set(bias, offB >> 2);
    const flags = bias.length === 0 ? 0 : 4;
    for (let q = 0; q < z.groups; q++) {
      e.packA(offW + q * z.og * z.k * 4, z.k * 4, 4, offQ + q * wq * 4, z.og, z.k);
    }
    for (let n0 = 0; n0 < z.n; n0 += z.chunk) {
      const g = Math.min(z.chunk, z.n - n0);
      for (let q = 0; q < z.groups; q++) {
        for (let i = 0; i < g; i++) {
          const xo = offX + ((n0 + i) * z.c + q * z.cg) * z.h * z.w * 4;
          gather(e, z, xo, offXp, offCol + i * z.hw * 4);
        }
        const bq = offB + q * z.og * 4;
        e.gemm(offQ + q * wq * 4, offCol, offT, z.og, z.k, g * z.hw, flags, bq, g * z.hw, z.ld * 4, s.splat());
        regroup(e, z, offT, offY + (n0 * z.o + q * z.og) * z.hw * 4, g, true);
      }
    }
    y.set(f.subarray(offY >> 2, (offY >> 2) + y.length));
    return true;
  };
}
function backwardInput(s, minWork) {
  return ([dy, wt], [dx], params) => {
    const z = sizes(params);
    if (!f32(dy, wt, dx) || z.n * z.o * z.hw * z.k < minWork) return false;
    const wq = packedA(z.k, z.og), cols = z.chunk * z.hw;
    const [offDy, offW, offQ, offD, offXp, offCol, offDx, total] = layout(dy, wt, z.groups * wq, z.og * cols + 8, z.padded, z.k * z.ld, dx);
    const f = s.ensure(total), e = s.x;
    f.set(dy, offDy >> 2);
    f.set(wt, offW >> 2);
    if (!z.trivial) f.fill(0, offDx >> 2, (offDx >> 2) + dx.length);
    for (let q = 0; q < z.groups; q++) {
      e.packA(offW + q * z.og * z.k * 4, 4, z.k * 4, offQ + q * wq * 4, z.k, z.og);
    }
    for (let n0 = 0; n0 < z.n; n0 += z.chunk) {
      const g = Math.min(z.chunk, z.n - n0);
      for (let q = 0; q < z.groups; q++) {
        regroup(e, z, offDy + (n0 * z.o + q * z.og) * z.hw * 4, offD, g);
        e.gemm(offQ + q * wq * 4, offD, offCol, z.k, z.og, g * z.hw, 0, 0, z.ld, g * z.hw * 4, s.splat());
        for (let i = 0; i < g; i++) {
          const xo = offDx + ((n0 + i) * z.c + q * z.cg) * z.h * z.w * 4;
          scatter(e, z, offCol + i * z.hw * 4, offXp, xo);
        }
      }
    }
    dx.set(f.subarray(offDx >> 2, (offDx >> 2) + dx.length));
    return true;
  };
}
function backwardWeight(s, minWork) {
  return ([dy, x], [dw, db], params) => {
    const z = sizes(params);
    if (!f32(dy, x, dw, db) || z.n * z.o * z.hw * z.k < minWork) return false;
    const cols = z.chunk * z.hw;
    const [offX, offDy, offXp, offCol, offD, offQ, offP, offT, total] = layout(x, dy, z.padded, z.k * z.ld + 8, z.og * cols, packedA(z.k, cols), cols * (z.og + 7 & ~7), dw.length);
    const f = s.ensure(total), e = s.x;
    f.set(x, offX >> 2);
    f.set(dy, offDy >> 2);
    for (let n0 = 0; n0 < z.n; n0 += z.chunk) {
      const g = Math.min(z.chunk, z.n - n0);
      for (let q = 0; q < z.groups; q++) {
        for (let i = 0; i < g; i++) {
          const xo = offX + ((n0 + i) * z.c + q * z.cg) * z.h * z.w * 4;
          gather(e, z, xo, offXp, offCol + i * z.hw * 4);
        }
        regroup(e, z, offDy + (n0 * z.o + q * z.og) * z.hw * 4, offD, g);
        e.packA(offCol, z.ld * 4, 4, offQ, z.k, g * z.hw);
        e.packB(offD, offP, g * z.hw, z.og, 1, 0);
        const t = offT + q * z.k * z.og * 4;
        e.gemm(offQ, offP, t, z.k, g * z.hw, z.og, n0 === 0 ? 0 : 1, 0, z.og, 0, s.splat());
      }
    }
    const t4 = offT >> 2;
    for (let q = 0; q < z.groups; q++) {
      const base = q * z.og * z.k;
      for (let o = 0; o < z.og; o++) {
        for (let k = 0; k < z.k; k++) dw[base + o * z.k + k] = f[t4 + base + k * z.og + o];
      }
    }
    if (db.length === 0) return true;
    db.fill(0);
    for (let n = 0, i = 0; n < z.n; n++) {
      for (let o = 0; o < z.o; o++) {
        let sum3 = 0;
        for (const end = i + z.hw; i < end; i++) sum3 += dy[i];
        db[o] += sum3;
      }
    }
    return true;
  };
}
function convKernels(s, minWork) {
  return /* @__PURE__ */ new Map([
    [
      "conv2d",
      forward(s, minWork)
    ],
    [
      "conv2dBackwardInput",
      backwardInput(s, minWork)
    ],
    [
      "conv2dBackwardWeight",
      backwardWeight(s, minWork)
    ]
  ]);
}

// plugins/backends/_wasm_kernels.ts
var SHARED_ARENA_BYTES = WASM_SHARED_MAX_PAGES * 65536 - (1 << 20);
var SPLAT = /* @__PURE__ */ new Map();
var SPLAT_WORK = /* @__PURE__ */ new WeakMap();
var SPLAT_SKIP_WORK = 2 ** 25;
var SPLAT_CALIBRATION = 12;
var SPLAT_MIN_WORK = 1 << 17;
var SPLAT_SHAPE = [
  64,
  256,
  128
];
var SPLAT_BYTES = align(packedA(SPLAT_SHAPE[0], SPLAT_SHAPE[1]) * 4) + align(SPLAT_SHAPE[1] * SPLAT_SHAPE[2] * 4) + SPLAT_SHAPE[0] * SPLAT_SHAPE[2] * 4;
function splatFor(relaxed, x, work) {
  const chosen = SPLAT.get(relaxed);
  if (chosen !== void 0) return chosen;
  if (work < SPLAT_MIN_WORK) return 0;
  let done = SPLAT_WORK.get(x);
  if (done === void 0) SPLAT_WORK.set(x, done = {
    work: 0,
    calls: 0
  });
  done.work += work;
  return done.calls++ & 1;
}
function calibrateSplat(relaxed, x, base) {
  if (SPLAT.has(relaxed) || (SPLAT_WORK.get(x)?.work ?? 0) < SPLAT_SKIP_WORK) return;
  const [m, k, n] = SPLAT_SHAPE;
  const offP = base + align(packedA(m, k) * 4), offC = offP + align(k * n * 4);
  x.zero(base, (offC - base) / 4);
  const pairs = [];
  for (let r = 0; r < SPLAT_CALIBRATION + 2; r++) {
    const t = [
      0,
      0
    ];
    for (const splat of r & 1 ? [
      1,
      0
    ] : [
      0,
      1
    ]) {
      const t0 = performance.now();
      x.gemm(base, offP, offC, m, k, n, 0, 0, n, 0, splat);
      t[splat] = performance.now() - t0;
    }
    if (r >= 2) pairs.push(t);
  }
  SPLAT.set(relaxed, splatChoice(pairs));
}
function splatChoice(pairs) {
  return median(pairs.map(([shuffle, splat]) => splat / shuffle)) < 1 ? 1 : 0;
}
var IN_PLACE_MAX_ROWS = 64;
function readsBInPlace(pool, transB, m, n) {
  return pool === null && !transB && (m <= IN_PLACE_MAX_ROWS || n < 16);
}
function packedGemm(relaxed, x, pool, offA, offB, offP, offQ, offC, m, k, n, transA, transB, flags, offBias, inPlace, onStorage) {
  const rs = transA ? 4 : k * 4, ps = transA ? m * 4 : 4;
  const splat = splatFor(relaxed, x, m * k * n);
  if (pool !== null) {
    const packA = {
      a: offA,
      rs,
      ps,
      rows: WASM_GEMM_ROWS
    };
    pool.gemm(x, offQ, offB, transB, offP, offC, m, k, n, flags, offBias, splat, onStorage, packA);
  } else {
    if (!inPlace) x.packB(offB, offP, k, n, transB ? 1 : 0, n);
    x.packA(offA, rs, ps, offQ, m, k);
    x.gemm(offQ, inPlace ? offB : offP, offC, m, k, n, flags, offBias, n, inPlace ? 4 * n : 0, splat);
  }
}
var MIN_THREAD_WORK = 1 << 18;
function splitDecision(pays, before, doubt) {
  if (pays) return [
    true,
    false
  ];
  if (before === true && !doubt) return [
    true,
    true
  ];
  return [
    false,
    false
  ];
}
var SPLIT_SKIP_WORK = 2 ** 26;
var SPLIT_CALIBRATION = 8;
var SPLIT_SHAPE = [
  128,
  256,
  256
];
var RECALIBRATE = 2e3;
var ADAM_THREAD_MIN = 1 << 15;
function median(xs) {
  const s = [
    ...xs
  ].sort((a, b) => a - b);
  return s[s.length >> 1];
}
function decode(b64) {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}
var relaxedBytes;
var simdBytes;
function wasmSupport() {
  if (typeof WebAssembly !== "object") return {
    simd: false,
    relaxed: false
  };
  simdBytes ??= decode(WASM_SIMD);
  relaxedBytes ??= decode(WASM_RELAXED);
  return {
    simd: WebAssembly.validate(simdBytes),
    relaxed: WebAssembly.validate(relaxedBytes)
  };
}
var BINARY = /* @__PURE__ */ new Set([
  "add",
  "sub",
  "mul",
  "div",
  "maximum",
  "minimum"
]);
var UNARY = /* @__PURE__ */ new Set([
  "neg",
  "abs",
  "sqrt",
  "square",
  "recip",
  "sign"
]);
function pair3(name, forward2 = {}, backward = forward2) {
  return {
    [name]: {
      inputs: 1,
      ...forward2
    },
    [`${name}Backward`]: {
      inputs: 2,
      ...backward
    }
  };
}
var ACTIVATIONS = {
  ...pair3("relu"),
  // the backward's export reads the sign from the saved output: right for alpha ≥ 0 only
  ...pair3("leakyRelu", {}, {
    accepts: ([alpha]) => alpha >= 0
  }),
  // inputs [x, slopeRow] and [x, g, slopeRow]
  ...pair3("prelu", {
    periodic: true
  }),
  ...pair3("relu6"),
  ...pair3("hardTanh"),
  ...pair3("hardSigmoid"),
  ...pair3("hardSwish"),
  ...pair3("elu"),
  ...pair3("selu"),
  // params [alpha]: the exports take [alpha, 1/alpha]
  ...pair3("celu", {
    params: ([alpha]) => [
      alpha,
      1 / alpha
    ]
  }),
  ...pair3("sigmoid"),
  ...pair3("tanh"),
  ...pair3("silu"),
  ...pair3("swish"),
  // params [beta, threshold]: the forward's export takes [beta, threshold, 1/beta]
  ...pair3("softplus", {
    params: ([beta, threshold]) => [
      beta,
      threshold,
      1 / beta
    ]
  }, {}),
  ...pair3("gelu"),
  ...pair3("geluTanh"),
  ...pair3("mish")
};
var WASM_ACTIVATION_KERNELS = Object.keys(ACTIVATIONS);
var CHUNK = 16384;
var PATTERN = 4096;
function patternLength(f) {
  const step = f % 4 === 0 ? 1 : f % 2 === 0 ? 2 : 4;
  const k = Math.ceil(Math.ceil(PATTERN / f) / step) * step;
  return f * k;
}
function tile(row, dst, at, len) {
  for (let j = 0; j < len; j += row.length) dst.set(row, at + j);
}
function sameBits(a, b) {
  const ai = new Int32Array(a.buffer, a.byteOffset, a.length);
  const bi = new Int32Array(b.buffer, b.byteOffset, b.length);
  for (let i = 0; i < ai.length; i++) if (ai[i] !== bi[i]) return false;
  return true;
}
var GEMM_ARENA_MAX_BYTES = 2 ** 31 - (1 << 20);
function gemmArenaBytes(m, k, n) {
  const nPad = n + 7;
  return (m * k + k * n + k * nPad + packedA(m, k) + m * n + nPad) * 4 + 7 * 64 + 32 + 4 * SLOT_SLACK;
}
function overlaps(a, b, s) {
  return (a.buffer === b.buffer || s !== null && s.has(a) && s.has(b)) && a.byteOffset < b.byteOffset + b.byteLength && b.byteOffset < a.byteOffset + a.byteLength;
}
function writable(out, x, s) {
  return !overlaps(out, x, s) || out.byteOffset === x.byteOffset && out.length === x.length;
}
function separate(arrays, ams, s) {
  const last = ams ? 5 : 4;
  for (let w = 0; w < last; w++) {
    if (w === 1) continue;
    for (let j = 0; j < last; j++) {
      if (j !== w && !writable(arrays[w], arrays[j], s)) return false;
    }
  }
  return true;
}
var Arena = class {
  x;
  #f32;
  constructor(x) {
    this.x = x;
    this.#f32 = new Float32Array(x.memory.buffer);
  }
  /** Make the arena at least `bytes` long; returns the float32 view. */
  ensure(bytes) {
    if (!(bytes >= 0 && bytes <= GEMM_ARENA_MAX_BYTES)) {
      throw new RectifyError("shape", `wasm: the operands need a ${bytes >= 0 ? bytes : "more than 2^31"}-byte scratch arena, over the limit of ${GEMM_ARENA_MAX_BYTES} bytes (2 GiB less 1 MiB); use smaller operands or the js backend`);
    }
    const mem = this.x.memory;
    if (mem.buffer.byteLength < bytes) {
      mem.grow(Math.ceil((bytes - mem.buffer.byteLength) / 65536));
    }
    if (this.#f32.buffer !== mem.buffer) this.#f32 = new Float32Array(mem.buffer);
    return this.#f32;
  }
};
var STORAGE_GROW_BYTES = 4 << 20;
var Storage = class _Storage {
  x;
  memory;
  /** Every SharedArrayBuffer this memory has had (each growth makes a new one). */
  #buffers = /* @__PURE__ */ new WeakSet();
  #f32;
  /** Free ranges below `#top`, sorted by offset, never adjacent: [offset, bytes] pairs. */
  #freeOff = [];
  #freeLen = [];
  /** Live blocks: byte offset -> bytes. */
  #live = /* @__PURE__ */ new Map();
  /** End of the highest live or free range. */
  #top = 0;
  /** The scratch block of the kernels that copy operands in: gemm, Adam (see {@linkcode scratch}). */
  #scratch = null;
  constructor(x, memory) {
    this.x = x;
    this.memory = memory;
    this.#f32 = new Float32Array(memory.buffer);
    this.#buffers.add(memory.buffer);
  }
  /** The storage instance, or null without shared memory or a valid relaxed shared module. */
  static create() {
    const bytes = decode(WASM_RELAXED_SHARED);
    if (!WebAssembly.validate(bytes)) return null;
    const memory = GemmPool.sharedMemory(WASM_SHARED_MAX_PAGES);
    if (memory === null) return null;
    try {
      const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {
        env: {
          memory
        }
      });
      return new _Storage({
        ...instance.exports,
        memory
      }, memory);
    } catch {
      return null;
    }
  }
  /** Whether `d` is a view into this memory. */
  has(d) {
    const buf = d.buffer;
    return buf === this.#f32.buffer || this.#buffers.has(buf);
  }
  /** A float32 view of the whole memory as it is now. */
  view() {
    const buf = this.memory.buffer;
    if (this.#f32.buffer !== buf) {
      this.#f32 = new Float32Array(buf);
      this.#buffers.add(buf);
    }
    return this.#f32;
  }
  /** Byte offset of `bytes` (a multiple of 64) free bytes, or -1 when the memory is full. */
  #take(bytes) {
    const offs = this.#freeOff, lens = this.#freeLen;
    for (let i = 0; i < offs.length; i++) {
      if (lens[i] < bytes) continue;
      const off2 = offs[i];
      if (lens[i] === bytes) {
        offs.splice(i, 1);
        lens.splice(i, 1);
      } else {
        offs[i] += bytes;
        lens[i] -= bytes;
      }
      return off2;
    }
    const end = this.#top + bytes;
    const have = this.memory.buffer.byteLength;
    if (end > have) {
      const max2 = WASM_SHARED_MAX_PAGES * 65536;
      if (end > max2) return -1;
      const want = Math.min(max2, Math.max(end, have + STORAGE_GROW_BYTES));
      try {
        this.memory.grow(Math.ceil((want - have) / 65536));
      } catch {
        return -1;
      }
      this.view();
    }
    const off = this.#top;
    this.#top = end;
    return off;
  }
  /** Give back the range `[off, off + bytes)`, merging it with free neighbours. */
  #give(off, bytes) {
    const offs = this.#freeOff, lens = this.#freeLen;
    let lo = 0, hi = offs.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (offs[mid] < off) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0 && offs[lo - 1] + lens[lo - 1] === off) {
      lo--;
      off = offs[lo];
      bytes += lens[lo];
      offs.splice(lo, 1);
      lens.splice(lo, 1);
    }
    if (lo < offs.length && off + bytes === offs[lo]) {
      bytes += lens[lo];
      offs.splice(lo, 1);
      lens.splice(lo, 1);
    }
    if (off + bytes === this.#top) this.#top = off;
    else {
      offs.splice(lo, 0, off);
      lens.splice(lo, 0, bytes);
    }
  }
  /**
   * Byte offset of at least `bytes` scratch bytes (one block kept and grown on demand; its
   * contents are not kept between calls), or -1 when the memory is full.
   */
  scratch(bytes) {
    if (this.#scratch === null || this.#scratch.byteLength < bytes) {
      if (this.#scratch !== null) this.free(this.#scratch);
      this.#scratch = this.allocate(Math.ceil(bytes / 4));
      if (this.#scratch === null) return -1;
    }
    return this.#scratch.byteOffset;
  }
  /** Where {@linkcode placeUpdate} put p and g (one object, reused: calls do not nest). */
  #placed = {
    p: 0,
    g: 0,
    pIn: false
  };
  /**
   * Byte offsets of an update's parameter `p` and gradient `g` (equal lengths) in this memory:
   * where they lie when they are blocks, else slots of the scratch block they are copied into;
   * null when the scratch cannot be had. The caller's kernel updates p at `.p`, then calls
   * {@linkcode placeBack} (Adam and SGD on plain parameters or gradients). The result is
   * overwritten by the next call.
   */
  placeUpdate(p, g) {
    const n = p.length, pIn = !this.has(p), gIn = !this.has(g);
    let at = pIn || gIn ? this.scratch(2 * (align(n * 4) + SLOT_SLACK)) : 0;
    if (at < 0) return null;
    const f = this.view(), placed = this.#placed;
    placed.p = p.byteOffset;
    placed.g = g.byteOffset;
    placed.pIn = pIn;
    if (pIn) {
      placed.p = slot(at, p);
      at = align(placed.p + n * 4);
      f.set(p, placed.p >> 2);
    }
    if (gIn) {
      placed.g = slot(at, g);
      f.set(g, placed.g >> 2);
    }
    return placed;
  }
  /** After an update placed by {@linkcode placeUpdate}: p copied back out when it was copied in. */
  placeBack(p) {
    const placed = this.#placed;
    if (placed.pIn) p.set(this.view().subarray(placed.p >> 2, (placed.p >> 2) + p.length));
  }
  /** `n` float32 elements (64-byte aligned), or null when the memory is full. */
  allocate(n) {
    const bytes = align(Math.max(n, 1) * 4);
    const off = this.#take(bytes);
    if (off < 0) return null;
    this.#live.set(off, bytes);
    return new Float32Array(this.memory.buffer, off, n);
  }
  /** Give back a block from {@linkcode allocate}. */
  free(block) {
    const bytes = this.has(block) ? this.#live.get(block.byteOffset) : void 0;
    if (bytes === void 0 || bytes !== align(Math.max(block.length, 1) * 4)) {
      throw new RectifyError("usage", `wasm: free() got a Float32Array of length ${block.length} that is not a live block from this backend's allocate() (already freed, or allocated elsewhere)`);
    }
    this.#live.delete(block.byteOffset);
    this.#give(block.byteOffset, bytes);
  }
};
var WasmKernels = class {
  /** Whether the instance uses relaxed SIMD. */
  relaxed;
  #x;
  #main;
  /** The instance on shared memory, for split matmuls only (slower alone: ~10% on 512³). */
  #shared = null;
  #minWork;
  #minElem;
  #minThreadWork;
  #pool = null;
  /** true: split, false: one thread (measured slower), null: still calibrating. */
  #split;
  /**
   * The decision before the one being measured again, and whether a kept split's last
   * measurement said no (kept once more: see {@linkcode WasmKernels.gemm}).
   */
  #before = null;
  #doubt = false;
  /** While calibrating: multiply-adds run split so far, and products (for the alternation). */
  #splitWork = 0;
  #calls = 0;
  #calibrate;
  /** Eligible matmuls since the last decision. */
  #since = 0;
  /** Kernel-resident blocks: undefined until the first allocate, null where unavailable. */
  #storage = void 0;
  /** The last periodic row tiled into storage (a copy), and its tiled block. */
  #patternRow = null;
  #patternBlock = null;
  /** The convolution kernels by open op name, on the private arena. */
  #convKernels;
  /**
   * Instantiate the module (relaxed if asked and supported). With
   * `threads: 2` (and relaxed SIMD, shared memory and worker threads
   * available) a second instance runs on a shared memory with a worker on
   * the same memory; large matmuls split there once the worker is ready.
   */
  constructor(options) {
    const support = wasmSupport();
    this.relaxed = options.relaxed && support.relaxed;
    const instance = new WebAssembly.Instance(new WebAssembly.Module(this.relaxed ? relaxedBytes : simdBytes), {});
    this.#x = instance.exports;
    this.#main = new Arena(this.#x);
    if ((options.threads ?? 1) >= 2 && this.relaxed) {
      const bytes = decode(WASM_RELAXED_SHARED);
      const memory = GemmPool.sharedMemory(WASM_SHARED_MAX_PAGES);
      if (memory !== null && WebAssembly.validate(bytes)) {
        const shared2 = new WebAssembly.Instance(new WebAssembly.Module(bytes), {
          env: {
            memory
          }
        });
        this.#shared = new Arena({
          ...shared2.exports,
          memory
        });
        this.#storage = Storage.create();
        this.#pool = GemmPool.start(bytes, memory, this.#storage?.memory ?? null);
      }
    }
    this.#minWork = options.minMatmulWork;
    this.#minElem = options.minElementwise;
    this.#minThreadWork = options.minThreadWork ?? MIN_THREAD_WORK;
    this.#calibrate = options.calibrate !== false;
    this.#split = this.#calibrate ? null : true;
    const main = this.#main, relaxed = this.relaxed;
    const scratch = {
      x: main.x,
      ensure: (bytes) => main.ensure(bytes),
      splat: () => SPLAT.get(relaxed) ?? 0
    };
    this.#convKernels = convKernels(scratch, this.#minWork);
  }
  /**
   * Threads a large matmul runs on now: 2 once the worker is ready (and,
   * when calibrating, unless splitting measured slower), else 1.
   */
  get threads() {
    return this.#pool?.ready() && this.#split !== false ? 2 : 1;
  }
  /**
   * `n` float32 elements of the storage memory, or null without relaxed SIMD
   * (its kernels must give the same bits as the copy path's), shared memory,
   * or room below the memory's maximum.
   */
  allocate(n) {
    if (!Number.isInteger(n) || n < 0) {
      throw new RectifyError("usage", `wasm: allocate() takes a whole number of elements >= 0, got ${n}`);
    }
    if (this.#storage === void 0) this.#storage = this.relaxed ? Storage.create() : null;
    return this.#storage === null ? null : this.#storage.allocate(n);
  }
  /** Give back a block from {@linkcode allocate}. */
  free(block) {
    if (!this.#storage) {
      throw new RectifyError("usage", `wasm: free() got a Float32Array of length ${block.length}, but this backend never allocated a block`);
    }
    this.#storage.free(block);
  }
  /** `out (+)= op(A)·op(B) (+ bias)`; bias is per column, `[n]`. */
  gemm(a, b, out, m, k, n, transA, transB, accumulate, bias) {
    const bytes = gemmArenaBytes(m, k, n);
    if (bytes > GEMM_ARENA_MAX_BYTES) {
      throw new RectifyError("shape", `wasm gemm: [${m}, ${k}]\xB7[${k}, ${n}] needs a ${bytes}-byte arena, over the limit of ${GEMM_ARENA_MAX_BYTES} bytes (2 GiB less 1 MiB); the backend's matmul runs such products on the js kernels`);
    }
    const pool = this.#pool;
    const eligible = pool !== null && m * k * n >= this.#minThreadWork && n > 8 && pool.ready() && gemmArenaBytes(m, k, n) <= SHARED_ARENA_BYTES;
    if (eligible && this.#calibrate && this.#split !== null && ++this.#since >= RECALIBRATE) {
      this.#before = this.#split;
      this.#split = null;
      this.#since = 0;
    }
    if (!eligible || this.#split === false) {
      this.#gemmAny(null, a, b, out, m, k, n, transA, transB, accumulate, bias);
      return;
    }
    if (this.#split === null) {
      if (this.#splitWork < SPLIT_SKIP_WORK) {
        const split3 = (this.#calls++ & 1) === 0;
        if (split3) this.#splitWork += m * k * n;
        this.#gemmAny(split3 ? pool : null, a, b, out, m, k, n, transA, transB, accumulate, bias);
        return;
      }
      [this.#split, this.#doubt] = splitDecision(this.#splitPays(pool), this.#before, this.#doubt);
      if (!this.#split) {
        this.#gemmAny(null, a, b, out, m, k, n, transA, transB, accumulate, bias);
        return;
      }
    }
    const split2 = pool.claim(m * k * n);
    this.#gemmAny(split2 ? pool : null, a, b, out, m, k, n, transA, transB, accumulate, bias);
  }
  /**
   * Whether splitting pays now: {@linkcode SPLIT_SHAPE} (zero operands, on the shared arena)
   * timed split (the worker awake: `GemmPool.awaken`) and on this thread alone back to back, the
   * order alternating, after one untimed pair; true when the median ratio is below 0.9.
   */
  #splitPays(pool) {
    const [m, k, n] = SPLIT_SHAPE, arena = this.#shared, x = arena.x;
    const offB = align(packedA(m, k) * 4), offP = offB + align(k * n * 4);
    const offC = offP + align(k * (n + 7 & ~7) * 4), end = offC + m * n * 4;
    arena.ensure(end + 64);
    x.zero(0, end / 4);
    const splat = SPLAT.get(this.relaxed) ?? 0;
    const ratios = [];
    for (let r = 0; r <= SPLIT_CALIBRATION; r++) {
      let one = 0, two = 0;
      for (const split2 of r & 1 ? [
        true,
        false
      ] : [
        false,
        true
      ]) {
        if (split2) pool.awaken();
        const t0 = performance.now();
        if (split2) {
          pool.gemm(x, 0, offB, false, offP, offC, m, k, n, 0, 0, splat);
        } else {
          x.packB(offB, offP, k, n, 0, n);
          x.gemm(0, offP, offC, m, k, n, 0, 0, n, 0, splat);
        }
        if (split2) two = performance.now() - t0;
        else one = performance.now() - t0;
      }
      if (r > 0) ratios.push(two / one);
    }
    return median(ratios) < 0.9;
  }
  /**
   * The gemm on the worker and this thread (`pool`) or on this thread alone: where the output
   * is a storage block, on the storage memory (see {@linkcode #gemmResident}), else copied
   * into an arena's memory (the shared one when split).
   */
  #gemmAny(pool, a, b, out, m, k, n, transA, transB, accumulate, bias) {
    const s = this.#storage;
    if (s && s.has(out) && (bias === null || s.has(bias)) && !overlaps(out, a, s) && !overlaps(out, b, s) && (bias === null || !overlaps(out, bias, s)) && this.#gemmResident(s, pool, a, b, out, m, k, n, transA, transB, accumulate, bias)) return;
    const arena = pool === null ? this.#main : this.#shared;
    this.#gemmOn(arena, pool, a, b, out, m, k, n, transA, transB, accumulate, bias);
  }
  /**
   * The gemm with its output in storage, on the storage instance (and the worker's instance
   * there, given `pool`): operands that live in storage read where they are, the others copied
   * into storage scratch, packed there, C written in place. False (nothing done) when the
   * scratch does not fit.
   */
  #gemmResident(s, pool, a, b, out, m, k, n, transA, transB, accumulate, bias) {
    const nPad = n + 7 & ~7;
    const pBytes = align(k * nPad * 4), qBytes = align(packedA(m, k) * 4);
    const aIn = s.has(a), bIn = s.has(b);
    const aBytes = aIn ? 0 : align(m * k * 4), bBytes = bIn ? 0 : align(k * n * 4);
    const offP = s.scratch(pBytes + qBytes + aBytes + bBytes + 64);
    if (offP < 0) return false;
    const offQ = offP + pBytes;
    let offA = a.byteOffset, offB = b.byteOffset;
    if (!aIn) {
      offA = offQ + qBytes;
      s.view().set(a.length === m * k ? a : a.subarray(0, m * k), offA >> 2);
    }
    if (!bIn) {
      offB = offQ + qBytes + aBytes;
      s.view().set(b.length === k * n ? b : b.subarray(0, k * n), offB >> 2);
    }
    const x = s.x;
    const inPlace = readsBInPlace(pool, transB, m, n) && offB + k * n * 4 + 32 <= s.memory.buffer.byteLength;
    const flags = (accumulate ? 1 : 0) | (bias ? 2 : 0), offBias = bias ? bias.byteOffset : 0;
    packedGemm(this.relaxed, x, pool, offA, offB, offP, offQ, out.byteOffset, m, k, n, transA, transB, flags, offBias, inPlace, true);
    if (!SPLAT.has(this.relaxed)) {
      const base = s.scratch(SPLAT_BYTES);
      if (base >= 0) calibrateSplat(this.relaxed, x, base);
    }
    return true;
  }
  #gemmOn(arena, pool, a, b, out, m, k, n, transA, transB, accumulate, bias) {
    const nPad = n + 7 & ~7;
    const offA = slot(0, a);
    const offB = slot(align(offA + m * k * 4), b);
    const offP = align(offB + k * n * 4);
    const offQ = align(offP + k * nPad * 4);
    const offC = slot(align(offQ + packedA(m, k) * 4), out);
    const offBias = bias ? slot(align(offC + m * n * 4 + 32), bias) : align(offC + m * n * 4 + 32);
    const f = arena.ensure(offBias + nPad * 4 + 64);
    f.set(a.length === m * k ? a : a.subarray(0, m * k), offA >> 2);
    f.set(b.length === k * n ? b : b.subarray(0, k * n), offB >> 2);
    let flags = 0;
    if (accumulate) {
      f.set(out.length === m * n ? out : out.subarray(0, m * n), offC >> 2);
      flags |= 1;
    }
    if (bias) {
      f.set(bias.subarray(0, n), offBias >> 2);
      flags |= 2;
    }
    const x = arena.x;
    const inPlace = readsBInPlace(pool, transB, m, n);
    packedGemm(this.relaxed, x, pool, offA, offB, offP, offQ, offC, m, k, n, transA, transB, flags, offBias, inPlace, false);
    out.set(f.subarray(offC >> 2, (offC >> 2) + m * n));
    if (!SPLAT.has(this.relaxed)) {
      arena.ensure(SPLAT_BYTES + 64);
      calibrateSplat(this.relaxed, x, 0);
    }
  }
  /**
   * Run a one-input kernel by export name, with up to three float
   * parameters. Long arrays go through in chunks of {@linkcode CHUNK}
   * elements, so the copies in and out stay in cache.
   */
  map(name, x, out, p0 = 0, p1 = 0, p2 = 0) {
    const n = out.length;
    const s = this.#storage;
    if (s && s.has(x) && s.has(out) && writable(out, x, s)) {
      s.x[name](x.byteOffset, out.byteOffset, n, p0, p1, p2);
      return;
    }
    const c = n < CHUNK ? n : CHUNK;
    const offX = slot(0, x);
    const offO = slot(align(offX + c * 4), out);
    const f = this.#main.ensure(offO + c * 4 + 64);
    const kernel = this.#x[name], x4 = offX >> 2, o4 = offO >> 2;
    for (let i = 0; i < n; i += c) {
      const len = n - i < c ? n - i : c;
      f.set(len === n ? x : x.subarray(i, i + len), x4);
      kernel(offX, offO, len, p0, p1, p2);
      out.set(f.subarray(o4, o4 + len), i);
    }
  }
  /**
   * The sums over the middle axis of `x` as `[outer, len, inner]` into `out`
   * (`[outer, inner]`, not overlapping `x`) by the `sumRows` export: the js
   * kernel's order and float32 rounding, so the same bits. Read in place where both arrays are
   * in storage; else each block of `[len, inner]` goes through the arena in
   * chunks of whole rows (about {@linkcode CHUNK} elements), each chunk
   * adding into the sums of the ones before.
   */
  sumAxis(x, out, outer, len, inner) {
    const s = this.#storage;
    if (s && s.has(x) && s.has(out)) {
      for (let o = 0; o < outer; o++) {
        s.x.sumRows(x.byteOffset + o * len * inner * 4, out.byteOffset + o * inner * 4, len, inner, 0);
      }
      return;
    }
    const rows = Math.max(1, Math.min(len, Math.floor(CHUNK / inner)));
    const offX = slot(0, x);
    const offO = slot(align(offX + rows * inner * 4), out);
    const f = this.#main.ensure(offO + inner * 4 + 64);
    const kernel = this.#x.sumRows, o4 = offO >> 2;
    for (let o = 0; o < outer; o++) {
      for (let l = 0; l < len; l += rows) {
        const r = len - l < rows ? len - l : rows, at = (o * len + l) * inner;
        f.set(x.subarray(at, at + r * inner), offX >> 2);
        kernel(offX, offO, r, inner, l === 0 ? 0 : 1);
      }
      out.set(f.subarray(o4, o4 + inner), o * inner);
    }
  }
  /** Run a two-input kernel by export name (chunked as {@linkcode map}). */
  map2(name, a, b, out, p0 = 0, p1 = 0, p2 = 0) {
    const n = out.length;
    const s = this.#storage;
    if (s && s.has(a) && s.has(b) && s.has(out) && writable(out, a, s) && writable(out, b, s)) {
      s.x[name](a.byteOffset, b.byteOffset, out.byteOffset, n, p0, p1, p2);
      return;
    }
    const c = n < CHUNK ? n : CHUNK;
    const offA = slot(0, a);
    const offB = slot(align(offA + c * 4), b);
    const offO = slot(align(offB + c * 4), out);
    const f = this.#main.ensure(offO + c * 4 + 64);
    const kernel = this.#x[name], a4 = offA >> 2, b4 = offB >> 2, o4 = offO >> 2;
    for (let i = 0; i < n; i += c) {
      const len = n - i < c ? n - i : c;
      f.set(len === n ? a : a.subarray(i, i + len), a4);
      f.set(len === n ? b : b.subarray(i, i + len), b4);
      kernel(offA, offB, offO, len, p0, p1, p2);
      out.set(f.subarray(o4, o4 + len), i);
    }
  }
  /**
   * The tiled pattern of `row` in storage ({@linkcode patternLength}
   * elements), kept while the row's bits stay the same; null when the
   * storage memory is full.
   */
  #storagePattern(s, row) {
    const prev = this.#patternRow;
    if (prev !== null && prev.length === row.length && sameBits(prev, row)) {
      return this.#patternBlock;
    }
    if (this.#patternBlock !== null) s.free(this.#patternBlock);
    this.#patternBlock = this.#patternRow = null;
    const len = patternLength(row.length);
    const block = s.allocate(len);
    if (block === null) return null;
    tile(row, block, 0, len);
    this.#patternBlock = block;
    this.#patternRow = row.slice();
    return block;
  }
  /**
   * Run a kernel by export name whose last operand is periodic: `row`
   * (length f ≥ 1) read at `i % f`, after `a` (and `b` when not null) of the
   * output's length. The row is tiled into a pattern of
   * {@linkcode patternLength} elements; the kernel runs over segments of the
   * operands, its pattern pointer at the segment's phase. Operands in storage
   * run there in place (the pattern then cached in a storage block), others
   * are copied in chunks as in {@linkcode map2}.
   */
  mapPeriodic(name, a, b, row, out) {
    const n = out.length, len = patternLength(row.length);
    const s = this.#storage;
    if (s && s.has(a) && s.has(out) && writable(out, a, s) && (b === null || s.has(b) && writable(out, b, s))) {
      const pattern = this.#storagePattern(s, row);
      if (pattern !== null) {
        const kernel2 = s.x[name], pb = pattern.byteOffset;
        const ab = a.byteOffset, ob = out.byteOffset;
        if (b === null) {
          for (let i = 0; i < n; i += len) {
            kernel2(ab + 4 * i, pb, ob + 4 * i, n - i < len ? n - i : len, 0, 0, 0);
          }
        } else {
          const bb = b.byteOffset;
          for (let i = 0; i < n; i += len) {
            kernel2(ab + 4 * i, bb + 4 * i, pb, ob + 4 * i, n - i < len ? n - i : len, 0, 0, 0);
          }
        }
        return;
      }
    }
    const c = n < CHUNK ? n : CHUNK;
    const offA = slot(0, a);
    const offB = b === null ? offA : slot(align(offA + c * 4), b);
    const offO = slot(align(offB + c * 4), out);
    const offP = align(offO + c * 4);
    const f = this.#main.ensure(offP + len * 4 + 64);
    tile(row, f, offP >> 2, len);
    const kernel = this.#x[name], a4 = offA >> 2, b4 = offB >> 2, o4 = offO >> 2;
    for (let i = 0; i < n; i += c) {
      const m = n - i < c ? n - i : c;
      f.set(m === n ? a : a.subarray(i, i + m), a4);
      if (b !== null) f.set(m === n ? b : b.subarray(i, i + m), b4);
      for (let j = 0, p = i % len; j < m; p = 0) {
        const seg = m - j < len - p ? m - j : len - p;
        if (b === null) kernel(offA + 4 * j, offP + 4 * p, offO + 4 * j, seg, 0, 0, 0);
        else kernel(offA + 4 * j, offB + 4 * j, offP + 4 * p, offO + 4 * j, seg, 0, 0, 0);
        j += seg;
      }
      out.set(f.subarray(o4, o4 + m), i);
    }
  }
  /**
   * One Adam step in place (the `"adam"` op of the adam optimizer plugin:
   * arrays `[p, g, m, v, vmax]`, params `[k, b1, b2, a1, a2, bc1, bc2Sqrt,
   * eps, cwd, dwd, amsgrad]`) on float32 arrays of one length. With the
   * moments in storage (as the optimizer keeps them; each written array the
   * same as or disjoint from every other) it runs there in place, p and g
   * copied into a storage scratch block unless they are blocks too (p back
   * out), on both threads when the worker splits (see `GemmPool.adam`).
   * Else, on both threads, all five go whole through the threaded arena;
   * on one, through the private arena in chunks of {@linkcode CHUNK}
   * elements: p, g, m, v (and vmax with amsgrad) copied in, p, m, v (vmax)
   * copied out.
   */
  adam(arrays, params) {
    const [p, g, m, v, vm] = arrays;
    const [k, b1, b2, a1, a2, bc1, bc2Sqrt, eps, cwd, dwd, amsgrad] = params;
    const ams = amsgrad !== 0 ? 1 : 0;
    const n = p.length;
    const pool = this.#pool !== null && this.#split === true && n >= ADAM_THREAD_MIN && this.#pool.ready() ? this.#pool : null;
    const s = this.#storage;
    const resident2 = s && s.has(m) && s.has(v) && s.has(vm) && separate(arrays, ams === 1, s);
    const placed = resident2 ? s.placeUpdate(p, g) : null;
    if (s && placed !== null) {
      const offP2 = placed.p, offG2 = placed.g;
      const offM2 = m.byteOffset, offV2 = v.byteOffset, offVm2 = vm.byteOffset;
      if (pool !== null) {
        pool.adam(s.x, [
          offP2,
          offG2,
          offM2,
          offV2,
          offVm2
        ], n, [
          b1,
          b2,
          a1,
          a2,
          bc1,
          bc2Sqrt,
          eps,
          cwd,
          dwd,
          k
        ], ams, true);
      } else {
        s.x.adam(offP2, offG2, offM2, offV2, offVm2, n, b1, b2, a1, a2, bc1, bc2Sqrt, eps, cwd, dwd, k, ams);
      }
      s.placeBack(p);
      return;
    }
    if (pool !== null && (align(n * 4) + SLOT_SLACK) * (4 + ams) + 64 <= SHARED_ARENA_BYTES && separate(arrays, ams === 1, s ?? null)) {
      this.#adamSplit(arrays, [
        b1,
        b2,
        a1,
        a2,
        bc1,
        bc2Sqrt,
        eps,
        cwd,
        dwd,
        k
      ], ams);
      return;
    }
    const c = n < CHUNK ? n : CHUNK, bytes = align(c * 4);
    const offP = slot(0, p), offG = slot(offP + bytes, g), offM = slot(offG + bytes, m);
    const offV = slot(offM + bytes, v), offVm = ams ? slot(offV + bytes, vm) : offV + bytes;
    const f = this.#main.ensure(offVm + bytes + 64);
    const p4 = offP >> 2, g4 = offG >> 2, m4 = offM >> 2, v4 = offV >> 2, vm4 = offVm >> 2;
    const kernel = this.#x.adam;
    for (let i = 0; i < n; i += c) {
      const len = n - i < c ? n - i : c, whole = len === n;
      f.set(whole ? p : p.subarray(i, i + len), p4);
      f.set(whole ? g : g.subarray(i, i + len), g4);
      f.set(whole ? m : m.subarray(i, i + len), m4);
      f.set(whole ? v : v.subarray(i, i + len), v4);
      if (ams) f.set(whole ? vm : vm.subarray(i, i + len), vm4);
      kernel(offP, offG, offM, offV, offVm, len, b1, b2, a1, a2, bc1, bc2Sqrt, eps, cwd, dwd, k, ams);
      p.set(f.subarray(p4, p4 + len), i);
      m.set(f.subarray(m4, m4 + len), i);
      v.set(f.subarray(v4, v4 + len), i);
      if (ams) vm.set(f.subarray(vm4, vm4 + len), i);
    }
  }
  /**
   * Adam on both threads: p, g, m, v (and vmax) copied whole into the shared
   * arena, the worker updating the second half of the elements
   * ({@linkcode GemmPool.adam}), p, m, v (vmax) copied back.
   */
  #adamSplit(arrays, c, ams) {
    const [p, g, m, v, vm] = arrays;
    const n = p.length, bytes = align(n * 4);
    const offP = slot(0, p), offG = slot(offP + bytes, g), offM = slot(offG + bytes, m);
    const offV = slot(offM + bytes, v), offVm = ams ? slot(offV + bytes, vm) : offV;
    const f = this.#shared.ensure((ams ? offVm : offV) + bytes + 64);
    f.set(p, offP >> 2);
    f.set(g, offG >> 2);
    f.set(m, offM >> 2);
    f.set(v, offV >> 2);
    if (ams) f.set(vm, offVm >> 2);
    const offs = [
      offP,
      offG,
      offM,
      offV,
      offVm
    ];
    this.#pool.adam(this.#shared.x, offs, n, c, ams);
    p.set(f.subarray(offP >> 2, (offP >> 2) + n));
    m.set(f.subarray(offM >> 2, (offM >> 2) + n));
    v.set(f.subarray(offV >> 2, (offV >> 2) + n));
    if (ams) vm.set(f.subarray(offVm >> 2, (offVm >> 2) + n));
  }
  /**
   * The `"adam"` op's kernel: in place (`outputs` are `[p, m, v, vmax]` of
   * `inputs` `[p, g, m, v, vmax]`), float32 arrays of one length of at least
   * `minElementwise` elements, 11 params; it declines anything else.
   */
  #adamKernel() {
    const minElem = this.#minElem;
    return (inputs, outputs, params) => {
      const [p, , m, v, vm] = inputs;
      if (inputs.length !== 5 || params.length !== 11 || p.length < minElem || outputs[0] !== p || outputs[1] !== m || outputs[2] !== v || outputs[3] !== vm) return false;
      for (const a of inputs) {
        if (!(a instanceof Float32Array) || a.length !== p.length) return false;
      }
      this.adam(inputs, params);
    };
  }
  /**
   * The `"sgd"` op's kernel (the sgd plugin's rule: inputs `[p, g]` or `[p, g, buffer]`,
   * outputs `[p]` or `[p, buffer]`, params its seven coefficients): the `f64x2` export,
   * bit-identical to the plugin's loop (`wasm/sgd_kernel.ts`), on float32 arrays that do not
   * overlap, the buffer a block of the storage memory (p and g are copied in when they are
   * not); it declines anything else.
   */
  #sgdKernel() {
    const minElem = this.#minElem;
    return (inputs, outputs, c) => {
      const s = this.#storage;
      const [p, g, b] = inputs;
      const momentum = c[2] !== 0;
      if (!s || c.length !== 7 || inputs.length !== (momentum ? 3 : 2) || outputs.length !== inputs.length - 1 || outputs[0] !== p || momentum && (outputs[1] !== b || !s.has(b)) || p.length < minElem) return false;
      for (const a of inputs) {
        if (!(a instanceof Float32Array) || a.length !== p.length) return false;
      }
      if (overlaps(p, g, s) || momentum && (overlaps(b, p, s) || overlaps(b, g, s))) {
        return false;
      }
      const placed = s.placeUpdate(p, g);
      if (placed === null) return false;
      s.x.sgd(placed.p, placed.g, momentum ? b.byteOffset : 0, p.length, c[0], c[1], c[2], c[3], c[4], c[5], c[6]);
      s.placeBack(p);
    };
  }
  /**
   * The `"zero"` op's kernel: a `memory.fill` for a float32 block of the
   * storage memory (shared: `TypedArray.fill` there writes element by
   * element); it declines anything else.
   */
  #zeroKernel() {
    return (_inputs, [out]) => {
      const s = this.#storage;
      if (!(out instanceof Float32Array) || !s || !s.has(out)) return false;
      s.x.zero(out.byteOffset, out.length);
    };
  }
  /**
   * The `"copy"` op's kernel: a `memory.copy` between float32 blocks of the
   * storage memory (a gradient into its buffer; `TypedArray.set` between
   * shared views is ~25% slower); it declines anything else.
   */
  #copyKernel() {
    return ([src], [dst]) => {
      const s = this.#storage;
      if (!(src instanceof Float32Array) || !(dst instanceof Float32Array) || !s || !s.has(src) || !s.has(dst) || src.length !== dst.length) return false;
      s.x.copy(src.byteOffset, dst.byteOffset, dst.length);
    };
  }
  /**
   * The `"nonFinite"` op's kernel (inputs `[x]`, outputs `[flag]`: `flag[0]` 1 when x holds a
   * NaN or ±Infinity, else 0): the SIMD export on a float32 block of the storage memory,
   * where the parameters and gradients of a training step live; it declines anything else.
   */
  #nonFiniteKernel() {
    return ([x], [flag]) => {
      const s = this.#storage;
      if (!(x instanceof Float32Array) || !s || !s.has(x)) return false;
      flag[0] = s.x.nonFinite(x.byteOffset, x.length);
    };
  }
  /**
   * The `"sumSquares"` op's kernel (inputs `[x]`, outputs `[sum]`: `sum[0] = Σ x²` in float64,
   * the js loop's bits, `plugins/_sum.ts`): the `f64x2` export on a float32 block of the
   * storage memory (a gradient in a training step); it declines anything else.
   */
  #sumSquaresKernel() {
    return ([x], [sum3]) => {
      const s = this.#storage;
      if (!(x instanceof Float32Array) || !s || !s.has(x) || sum3 === void 0) return false;
      sum3[0] = s.x.sumSquares(x.byteOffset, x.length);
    };
  }
  /**
   * The `"softmaxCrossEntropy"` op's kernel (core's loss: inputs `[z, t]`, logits `[b, k]` and
   * class indices, outputs `[loss, p]`, params `[b, k]`) on float32 logits of at least
   * `minElementwise` elements: each row's maximum and `z − max` in js, the exponentials by the
   * `softmaxExp` export (a float32 polynomial, a few ulp, as the activations'; the js loop calls
   * `Math.exp`, ~20 ns), then the row sums, `p / sum` and the loss in js as the loop does.
   */
  #crossEntropyKernel() {
    const minElem = this.#minElem;
    let rowMax = new Float64Array(0);
    return ([z, t], [out, p], [b, k]) => {
      const n = b * k;
      if (!(z instanceof Float32Array) || !(p instanceof Float32Array) || z.length !== n || p.length !== n || n < minElem || out === void 0 || out.length !== 1 || overlaps(p, z, this.#storage ?? null)) return false;
      if (rowMax.length < b) rowMax = new Float64Array(b);
      for (let i = 0; i < b; i++) {
        const o = i * k;
        let m = -Infinity;
        for (let j = 0; j < k; j++) if (z[o + j] > m) m = z[o + j];
        rowMax[i] = m;
        for (let j = 0; j < k; j++) p[o + j] = z[o + j] - m;
      }
      this.map("softmaxExp", p, p);
      let loss = 0;
      for (let i = 0; i < b; i++) {
        const o = i * k;
        let s = 0;
        for (let j = 0; j < k; j++) s += p[o + j];
        for (let j = 0; j < k; j++) p[o + j] /= s;
        loss += rowMax[i] + Math.log(s) - z[o + t[i]];
      }
      out[0] = loss / b;
    };
  }
  /** Built kernels by op name (undefined: none for that name). */
  #kernels = /* @__PURE__ */ new Map();
  /** This backend's kernel for op `name`, or undefined (see `Backend.kernel`). */
  kernel(name) {
    let k = this.#kernels.get(name);
    if (k === void 0 && !this.#kernels.has(name)) {
      const entry = Object.hasOwn(ACTIVATIONS, name) ? ACTIVATIONS[name] : void 0;
      k = entry !== void 0 ? this.#activation(name, entry) : name === "adam" ? this.#adamKernel() : name === "sgd" ? this.#sgdKernel() : name === "zero" ? this.#zeroKernel() : name === "copy" ? this.#copyKernel() : name === "nonFinite" ? this.#nonFiniteKernel() : name === "sumSquares" ? this.#sumSquaresKernel() : name === "softmaxCrossEntropy" ? this.#crossEntropyKernel() : this.#convKernels.get(name);
      this.#kernels.set(name, k);
    }
    return k;
  }
  /**
   * The kernel of an activation op: its SIMD export on float32 arrays of at
   * least `minElementwise` elements; it declines (false) anything else.
   */
  #activation(name, e) {
    const minElem = this.#minElem;
    const f322 = (d) => d instanceof Float32Array;
    if (e.periodic) {
      return (inputs, [out], params) => {
        const x = inputs[0], b = e.inputs === 2 ? inputs[1] : null, row = inputs[e.inputs];
        if (!f322(x) || b !== null && !f322(b) || !f322(row) || !f322(out) || out.length < minElem || row.length === 0 || e.accepts !== void 0 && !e.accepts(params)) return false;
        this.mapPeriodic(name, x, b, row, out);
      };
    }
    return (inputs, [out], params) => {
      const [x, g] = inputs;
      if (!f322(x) || !f322(out) || out.length < minElem || e.inputs === 2 && !f322(g) || e.accepts !== void 0 && !e.accepts(params)) return false;
      const [p0 = 0, p1 = 0, p2 = 0] = e.params === void 0 ? params : e.params(params);
      if (e.inputs === 2) this.map2(name, x, g, out, p0, p1, p2);
      else this.map(name, x, out, p0, p1, p2);
    };
  }
  /** The backend object. */
  backend() {
    const js2 = jsBackend;
    const minWork = this.#minWork, minElem = this.#minElem;
    const f322 = (d) => d instanceof Float32Array;
    return {
      name: "wasm",
      threads: () => this.threads,
      matmul: (a, b, out, m, k, n, options = {}) => {
        if (!f322(a) || !f322(b) || !f322(out) || m * k * n < minWork || gemmArenaBytes(m, k, n) > GEMM_ARENA_MAX_BYTES) {
          js2.matmul(a, b, out, m, k, n, options);
          return;
        }
        this.gemm(a, b, out, m, k, n, options.transA === true, options.transB === true, options.accumulate === true, null);
      },
      linear: (x, w, bias, out, m, k, n) => {
        if (!f322(x) || !f322(w) || !f322(out) || bias !== null && !f322(bias) || m * k * n < minWork || gemmArenaBytes(m, k, n) > GEMM_ARENA_MAX_BYTES) {
          js2.linear(x, w, bias, out, m, k, n);
          return;
        }
        this.gemm(x, w, out, m, k, n, false, false, false, bias);
      },
      kernel: (name) => this.kernel(name),
      binary: (op, a, b, out) => {
        if (!BINARY.has(op) || !f322(a) || !f322(b) || !f322(out) || out.length < minElem) {
          js2.binary(op, a, b, out);
        } else this.map2(op, a, b, out);
      },
      unary: (op, x, out) => {
        if (!UNARY.has(op) || !f322(x) || !f322(out) || out.length < minElem) {
          js2.unary(op, x, out);
        } else this.map(op, x, out);
      },
      allocate: (n) => this.allocate(n),
      free: (block) => this.free(block),
      sumAxis: (x, out, outer, len, inner) => {
        if (!f322(x) || !f322(out) || outer * len * inner < minElem || overlaps(x, out, this.#storage ?? null)) {
          js2.sumAxis(x, out, outer, len, inner);
        } else this.sumAxis(x, out, outer, len, inner);
      },
      maxAxis: js2.maxAxis
    };
  }
};

// plugins/backends/wasm.ts
var wasm = defineBackend({
  name: "wasm",
  version: "1.1.0",
  description: "WebAssembly SIMD128 kernels (relaxed SIMD where available)",
  defaults: {
    relaxed: true,
    minMatmulWork: 512,
    minElementwise: 256,
    threads: 1,
    minThreadWork: MIN_THREAD_WORK,
    calibrate: true
  },
  validate({ minMatmulWork, minElementwise, threads, minThreadWork }) {
    for (const [k, v] of [
      [
        "minMatmulWork",
        minMatmulWork
      ],
      [
        "minElementwise",
        minElementwise
      ],
      [
        "minThreadWork",
        minThreadWork
      ]
    ]) {
      if (!(Number(v) >= 0)) {
        throw new RectifyError("option", `Cannot create "wasm": ${k} must be >= 0, got ${v}`);
      }
    }
    if (threads !== 1 && threads !== 2) {
      throw new RectifyError("option", `Cannot create "wasm": threads must be 1 or 2, got ${threads}`);
    }
  },
  create(options) {
    if (!wasmSupport().simd) {
      throw new RectifyError("plugin", `Cannot create "wasm": this engine has no WebAssembly SIMD128 (use the "js" backend)`);
    }
    return new WasmKernels(options).backend();
  }
});
function wasmSimdSupported() {
  return wasmSupport().simd;
}

// plugins/backends/_webgpu_device.ts
var INIT_TIMEOUT_MS = 6e4;
var READ_TIMEOUT_MS = 12e4;
var MAX_QUEUE = 512;
var NO_ADAPTER_HELP = "WebGPU needs a GPU driver with Vulkan, Metal or D3D12 support; for a software device on Debian or Ubuntu, install lavapipe: apt-get install mesa-vulkan-drivers";
var GpuDevice = class {
  info;
  stats = {
    readbacks: 0,
    uploads: 0,
    dispatches: 0
  };
  #worker;
  #control;
  #stage;
  #answers = 0;
  #nextId = 1;
  #queue = [];
  #transfer = [];
  #res = /* @__PURE__ */ new WeakMap();
  #pipes = /* @__PURE__ */ new Map();
  #finalizer = new FinalizationRegistry((id) => this.#queue.push([
    "free",
    id
  ]));
  constructor() {
    const control = new SharedArrayBuffer(16 + 4096);
    this.#control = new Int32Array(control);
    this.#stage = new Float32Array(new SharedArrayBuffer(1 << 20));
    this.#worker = new Worker(new URL("./_webgpu_worker.ts", import.meta.url).href, {
      type: "module"
    });
    this.#worker.unref?.();
    this.#queue.push([
      "init",
      control,
      this.#stage.buffer
    ]);
    const [status, message] = this.#wait(INIT_TIMEOUT_MS, "starting the device");
    if (status !== 0) {
      this.#worker.terminate();
      throw new RectifyError("plugin", `Cannot create "webgpu": no WebGPU adapter (${message}). ${NO_ADAPTER_HELP}`);
    }
    this.info = JSON.parse(message);
  }
  /** Send the queued commands to the worker (without waiting). */
  flush() {
    if (this.#queue.length === 0) return;
    this.#worker.postMessage(this.#queue, this.#transfer);
    this.#queue = [];
    this.#transfer = [];
  }
  /** Flush, then block until the worker answers once more; returns [status, message]. */
  #wait(timeout, what) {
    this.flush();
    const want = ++this.#answers;
    const start = Date.now();
    while (Atomics.load(this.#control, 0) < want) {
      const left2 = timeout - (Date.now() - start);
      if (left2 <= 0 || Atomics.wait(this.#control, 0, want - 1, left2) === "timed-out") {
        throw new RectifyError("plugin", `webgpu: the device did not answer ${what} in ${timeout} ms`);
      }
    }
    const len = this.#control[2];
    const message = new TextDecoder().decode(new Uint8Array(this.#control.buffer, 16, len).slice());
    return [
      this.#control[1],
      message
    ];
  }
  #residency(data) {
    let r = this.#res.get(data);
    if (r === void 0) {
      r = {
        id: this.#nextId++,
        device: false,
        host: true
      };
      this.#queue.push([
        "alloc",
        r.id,
        data.length
      ]);
      this.#res.set(data, r);
      this.#finalizer.register(data, r.id);
    }
    return r;
  }
  /** The pipeline id of a WGSL source (compiled on first use). */
  #pipe(wgsl) {
    let id = this.#pipes.get(wgsl);
    if (id === void 0) {
      id = this.#pipes.size + 1;
      this.#pipes.set(wgsl, id);
      this.#queue.push([
        "pipe",
        id,
        wgsl
      ]);
    }
    return id;
  }
  /**
   * Queue one compute pass of `wgsl` (binding 0: `params` as `array<f32>`;
   * bindings 1...: `bindings`, distinct arrays) over `gx`·`gy` workgroups.
   * Arrays read are uploaded first where the host copy is the current one;
   * arrays written are current on the device afterwards.
   */
  run(wgsl, bindings, params, gx, gy = 1) {
    const pipe = this.#pipe(wgsl);
    const ids = [];
    for (const b of bindings) {
      const r = this.#residency(b.data);
      if (b.read && !r.device) {
        const copy2 = b.data.slice();
        this.#queue.push([
          "write",
          r.id,
          copy2
        ]);
        this.#transfer.push(copy2.buffer);
        this.stats.uploads++;
        r.device = true;
      }
      ids.push(r.id);
    }
    for (const b of bindings) {
      if (!b.write) continue;
      const r = this.#res.get(b.data);
      r.device = true;
      r.host = false;
    }
    const p = new Float32Array(params);
    this.#queue.push([
      "run",
      pipe,
      ids,
      p,
      gx,
      gy
    ]);
    this.#transfer.push(p.buffer);
    this.stats.dispatches++;
    if (this.#queue.length > MAX_QUEUE) this.flush();
  }
  /**
   * Make the host copy of `data` current (reading it back when the device
   * holds newer contents and `keep`), and the host copy the current one.
   */
  toHost(data, keep) {
    const r = this.#res.get(data);
    if (r === void 0) return;
    if (!r.host && keep) this.#read(data, r);
    r.host = true;
    r.device = false;
  }
  #read(data, r) {
    if (data.length > this.#stage.length) {
      this.#stage = new Float32Array(new SharedArrayBuffer(data.length * 4));
      this.#queue.push([
        "stage",
        this.#stage.buffer
      ]);
    }
    this.#queue.push([
      "read",
      r.id,
      data.length
    ]);
    const [status, message] = this.#wait(READ_TIMEOUT_MS, "a read");
    if (status !== 0) throw new RectifyError("plugin", `webgpu: the device failed: ${message}`);
    data.set(this.#stage.subarray(0, data.length));
    this.stats.readbacks++;
  }
};
var shared = null;
function sharedDevice() {
  if (shared === null) {
    try {
      shared = new GpuDevice();
    } catch (e) {
      shared = e;
    }
  }
  if (shared instanceof Error) throw shared;
  return shared;
}

// plugins/backends/_webgpu_wgsl.ts
var EW_GROUP = 64;
var PRELUDE = `
fn logistic(x: f32) -> f32 { return 1.0 / (1.0 + exp(-x)); }
fn isnanf(x: f32) -> bool { return (bitcast<u32>(x) & 0x7fffffffu) > 0x7f800000u; }
fn log1pf(u: f32) -> f32 {
  if (abs(u) < 1e-3) { return u * (1.0 - u * (0.5 - u * (1.0 / 3.0 - 0.25 * u))); }
  return log(1.0 + u);
}
fn softplus1(z: f32) -> f32 { return max(z, 0.0) + log1pf(exp(-abs(z))); }
fn expm1f(x: f32) -> f32 {
  if (abs(x) < 1e-2) { return x * (1.0 + x * (0.5 + x * (1.0 / 6.0 + x * (1.0 / 24.0 + x / 120.0)))); }
  return exp(x) - 1.0;
}
fn erff(x: f32) -> f32 {
  let s = sign(x);
  let a = abs(x);
  let t = 1.0 / (1.0 + 0.3275911 * a);
  let y = 1.0 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t
    + 0.254829592) * t * exp(-a * a);
  return s * y;
}
fn ncdf(x: f32) -> f32 { return 0.5 * (1.0 + erff(x * 0.70710678118654752)); }
fn npdf(x: f32) -> f32 { return exp(-0.5 * x * x) * 0.39894228040143268; }
fn tanhf(x: f32) -> f32 {
  if (isnanf(x)) { return x; }
  if (abs(x) < 0.1) {
    let x2 = x * x;
    return x * (1.0 - x2 * (1.0 / 3.0 - x2 * (2.0 / 15.0 - x2 * (17.0 / 315.0))));
  }
  return tanh(clamp(x, -15.0, 15.0));
}
fn powf(a: f32, b: f32) -> f32 {
  if (b == 0.0) { return 1.0; }
  let r = pow(abs(a), b);
  if (a < 0.0) {
    if (fract(b) != 0.0) { return bitcast<f32>(0x7fc00000u); }
    if (fract(b * 0.5) != 0.0) { return -r; }
  }
  return r;
}
`;
function elementwiseWgsl(body, buffers, ins, outs, params) {
  const decl = [
    "@group(0) @binding(0) var<storage, read> P: array<f32>;"
  ];
  for (let b = 1; b <= buffers; b++) {
    decl.push(`@group(0) @binding(${b}) var<storage, read_write> B${b}: array<f32>;`);
  }
  const lines = [];
  for (let j = 0; j < params; j++) lines.push(`let p${j} = P[${j + 1}];`);
  ins.forEach((b, j) => lines.push(`let x${j} = B${b}[i];`));
  outs.forEach((_, o) => lines.push(`var y${o}: f32;`));
  lines.push(body);
  outs.forEach((b, o) => lines.push(`B${b}[i] = y${o};`));
  return `${decl.join("\n")}
${PRELUDE}
@compute @workgroup_size(${EW_GROUP})
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nw: vec3u) {
  let i = gid.x + gid.y * nw.x * ${EW_GROUP}u;
  if (i >= u32(P[0])) { return; }
  ${lines.join("\n  ")}
}`;
}
var TILE = 16;
function matmulWgsl(transA, transB, acc, bias) {
  const aIdx = transA ? "ac * m + row" : "row * k + ac";
  const bIdx = transB ? "col * k + br" : "br * n + col";
  const init2 = acc ? "C[o]" : "0.0";
  return `@group(0) @binding(0) var<storage, read> P: array<f32>;
@group(0) @binding(1) var<storage, read_write> A: array<f32>;
@group(0) @binding(2) var<storage, read_write> B: array<f32>;
@group(0) @binding(3) var<storage, read_write> C: array<f32>;
${bias ? "@group(0) @binding(4) var<storage, read_write> Bias: array<f32>;" : ""}
var<workgroup> As: array<array<f32, ${TILE}>, ${TILE}>;
var<workgroup> Bs: array<array<f32, ${TILE}>, ${TILE}>;
@compute @workgroup_size(${TILE}, ${TILE})
fn main(@builtin(local_invocation_id) l: vec3u, @builtin(workgroup_id) w: vec3u) {
  let m = u32(P[0]);
  let k = u32(P[1]);
  let n = u32(P[2]);
  let row = w.y * ${TILE}u + l.y;
  let col = w.x * ${TILE}u + l.x;
  var sum = 0.0;
  for (var t = 0u; t < k; t += ${TILE}u) {
    let ac = t + l.x;
    let br = t + l.y;
    As[l.y][l.x] = select(0.0, A[${aIdx}], row < m && ac < k);
    Bs[l.y][l.x] = select(0.0, B[${bIdx}], br < k && col < n);
    workgroupBarrier();
    for (var q = 0u; q < ${TILE}u; q++) { sum += As[l.y][q] * Bs[q][l.x]; }
    workgroupBarrier();
  }
  if (row < m && col < n) {
    let o = row * n + col;
    C[o] = ${init2} + sum${bias ? " + Bias[col]" : ""};
  }
}`;
}
var SUM_AXIS_WGSL = `@group(0) @binding(0) var<storage, read> P: array<f32>;
@group(0) @binding(1) var<storage, read_write> X: array<f32>;
@group(0) @binding(2) var<storage, read_write> Out: array<f32>;
@compute @workgroup_size(${EW_GROUP})
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nw: vec3u) {
  let j = gid.x + gid.y * nw.x * ${EW_GROUP}u;
  if (j >= u32(P[0])) { return; }
  let len = u32(P[1]);
  let inner = u32(P[2]);
  let o = j / inner;
  let i = j % inner;
  var s = 0.0;
  for (var l = 0u; l < len; l++) { s += X[(o * len + l) * inner + i]; }
  Out[j] = s;
}`;
var CE_GROUP = 256;
var CE_WGSL = `@group(0) @binding(0) var<storage, read> P: array<f32>;
@group(0) @binding(1) var<storage, read_write> Z: array<f32>;
@group(0) @binding(2) var<storage, read_write> T: array<f32>;
@group(0) @binding(3) var<storage, read_write> Loss: array<f32>;
@group(0) @binding(4) var<storage, read_write> Prob: array<f32>;
var<workgroup> partial: array<f32, ${CE_GROUP}>;
@compute @workgroup_size(${CE_GROUP})
fn main(@builtin(local_invocation_id) l: vec3u) {
  let b = u32(P[0]);
  let k = u32(P[1]);
  var loss = 0.0;
  for (var r = l.x; r < b; r += ${CE_GROUP}u) {
    let o = r * k;
    var m = Z[o];
    for (var j = 1u; j < k; j++) { m = max(m, Z[o + j]); }
    var s = 0.0;
    for (var j = 0u; j < k; j++) {
      let e = exp(Z[o + j] - m);
      Prob[o + j] = e;
      s += e;
    }
    for (var j = 0u; j < k; j++) { Prob[o + j] = Prob[o + j] / s; }
    loss += m + log(s) - Z[o + u32(T[r])];
  }
  partial[l.x] = loss;
  workgroupBarrier();
  for (var w = ${CE_GROUP / 2}u; w > 0u; w = w / 2u) {
    if (l.x < w) { partial[l.x] += partial[l.x + w]; }
    workgroupBarrier();
  }
  if (l.x == 0u) { Loss[0] = partial[0] / f32(b); }
}`;
var CE_BACKWARD_WGSL = `@group(0) @binding(0) var<storage, read> P: array<f32>;
@group(0) @binding(1) var<storage, read_write> Prob: array<f32>;
@group(0) @binding(2) var<storage, read_write> T: array<f32>;
@group(0) @binding(3) var<storage, read_write> G: array<f32>;
@group(0) @binding(4) var<storage, read_write> D: array<f32>;
@compute @workgroup_size(${EW_GROUP})
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nw: vec3u) {
  let i = gid.x + gid.y * nw.x * ${EW_GROUP}u;
  if (i >= u32(P[0])) { return; }
  let k = u32(P[1]);
  let s = G[0] / P[2];
  let hit = u32(T[i / k]) == i % k;
  D[i] = Prob[i] * s - select(0.0, s, hit);
}`;

// plugins/backends/_webgpu_kernels.ts
var MAX_ELEMENTS2 = 1 << 24;
function allF32(arrays) {
  for (const a of arrays) if (!(a instanceof Float32Array)) return false;
  return true;
}
function grid(n, size) {
  const groups = Math.max(1, Math.ceil(n / size));
  const x = Math.min(groups, 65535);
  return [
    x,
    Math.ceil(groups / x)
  ];
}
function bindAll(inputs, outputs) {
  const bindings = [];
  const slot2 = (data, read2) => {
    let i = bindings.findIndex((b) => b.data === data);
    if (i < 0) i = bindings.push({
      data,
      read: false,
      write: false
    }) - 1;
    if (read2) bindings[i].read = true;
    else bindings[i].write = true;
    return i + 1;
  };
  const ins = inputs.map((d) => slot2(d, true));
  const outs = outputs.map((d) => slot2(d, false));
  return {
    bindings,
    ins,
    outs
  };
}
function bodyKernel(body, device) {
  return (inputs, outputs, params) => {
    if (!allF32(inputs) || !allF32(outputs) || outputs.length === 0) return false;
    const n = outputs[0].length;
    if (n > MAX_ELEMENTS2) return false;
    if (n === 0) return true;
    const { bindings, ins, outs } = bindAll(inputs, outputs);
    const wgsl = elementwiseWgsl(body, bindings.length, ins, outs, params.length);
    device().run(wgsl, bindings, [
      n,
      ...params
    ], ...grid(n, EW_GROUP));
  };
}
var BODIES = {
  copy: "y0 = x0;",
  // activations (forward: x0 = x; backward: x0 = the saved input or output, x1 = g)
  relu: "y0 = select(x0, 0.0, x0 <= 0.0);",
  reluBackward: "y0 = select(x1, 0.0, x0 <= 0.0);",
  leakyRelu: "y0 = select(p0 * x0, x0, x0 > 0.0);",
  leakyReluBackward: "y0 = select(p0 * x1, x1, x0 > 0.0);",
  elu: "y0 = select(p0 * expm1f(x0), x0, x0 > 0.0);",
  eluBackward: "y0 = select(x1 * (x0 + p0), x1, x0 > 0.0);",
  celu: "y0 = select(p0 * expm1f(x0 * (1.0 / p0)), x0, x0 > 0.0);",
  celuBackward: "y0 = select(x1 * (x0 * (1.0 / p0) + 1.0), x1, x0 > 0.0);",
  selu: "y0 = select(1.7580993408473766 * expm1f(x0), 1.0507009873554805 * x0, x0 > 0.0);",
  seluBackward: "y0 = select(x1 * (x0 + 1.7580993408473766), 1.0507009873554805 * x1, x0 > 0.0);",
  gelu: "y0 = x0 * ncdf(x0);",
  geluBackward: "y0 = x1 * (ncdf(x0) + x0 * npdf(x0));",
  geluTanh: "y0 = 0.5 * x0 * (1.0 + tanhf(0.7978845608028654 * (x0 + 0.044715 * x0 * x0 * x0)));",
  geluTanhBackward: `let t = tanhf(0.7978845608028654 * (x0 + 0.044715 * x0 * x0 * x0));
    let du = 0.7978845608028654 * (1.0 + 3.0 * 0.044715 * x0 * x0);
    y0 = x1 * (0.5 * (1.0 + t) + 0.5 * x0 * (1.0 - t * t) * du);`,
  hardSigmoid: "y0 = select(select(x0 / 6.0 + 0.5, 1.0, x0 >= 3.0), 0.0, x0 <= -3.0);",
  hardSigmoidBackward: "y0 = select(0.0, x1 / 6.0, x0 > -3.0 && x0 < 3.0);",
  hardSwish: "y0 = select(select(x0 * (x0 + 3.0) / 6.0, x0, x0 >= 3.0), 0.0, x0 <= -3.0);",
  hardSwishBackward: "y0 = select(select(x1 * (2.0 * x0 + 3.0) / 6.0, x1, x0 >= 3.0), 0.0, x0 <= -3.0);",
  hardTanh: "y0 = select(select(x0, p1, x0 > p1), p0, x0 < p0);",
  hardTanhBackward: "y0 = select(0.0, x1, x0 > p0 && x0 < p1);",
  mish: "y0 = x0 * tanhf(softplus1(x0));",
  mishBackward: `let t = tanhf(softplus1(x0));
    y0 = x1 * (t + x0 * (1.0 - t * t) * logistic(x0));`,
  relu6: "y0 = select(0.0, min(x0, 6.0), x0 > 0.0);",
  relu6Backward: "y0 = select(0.0, x1, x0 > 0.0 && x0 < 6.0);",
  sigmoid: "y0 = logistic(x0);",
  sigmoidBackward: "y0 = x1 * x0 * (1.0 - x0);",
  silu: "y0 = x0 * logistic(x0);",
  siluBackward: "let s = logistic(x0);\n    y0 = x1 * s * (1.0 + x0 * (1.0 - s));",
  softplus: "let z = p0 * x0;\n    y0 = select(softplus1(z) * (1.0 / p0), x0, z > p1);",
  softplusBackward: "let z = p0 * x0;\n    y0 = select(x1 * logistic(z), x1, z > p1);",
  swish: "y0 = x0 * logistic(p0 * x0);",
  swishBackward: `let bx = p0 * x0;
    let s = logistic(bx);
    y0 = x1 * (s + bx * s * (1.0 - s));`,
  tanh: "y0 = tanhf(x0);",
  tanhBackward: "y0 = x1 * (1.0 - x0 * x0);",
  softsign: "y0 = x0 / (1.0 + abs(x0));",
  softsignBackward: "let d = 1.0 + abs(x0);\n    y0 = x1 / (d * d);",
  thresholdedRelu: "y0 = select(0.0, x0, x0 > p0);",
  thresholdedReluBackward: "y0 = select(select(0.0, p1 * x1, x0 == p0), x1, x0 > p0);",
  // optimizers (see plugins/optimizers/adam.ts and sgd.ts for the arrays and params)
  adam: `var gi = x1;
    if (p8 != 0.0) { gi = gi + p8 * x0; }
    let mi = p1 * x2 + p3 * gi;
    let vi = p2 * x3 + p4 * gi * gi;
    y1 = mi;
    y2 = vi;
    var vv = vi;
    if (p10 != 0.0) { vv = max(x4, vi); }
    y3 = vv;
    var u = (mi / p5) / (sqrt(vv) / p6 + p7);
    if (p9 != 0.0) { u = u + p9 * x0; }
    y0 = x0 + u * p0;`
};
var BINARY2 = {
  add: "y0 = x0 + x1;",
  sub: "y0 = x0 - x1;",
  mul: "y0 = x0 * x1;",
  div: "y0 = x0 / x1;",
  pow: "y0 = powf(x0, x1);",
  maximum: "y0 = select(x1, x0, x0 >= x1);",
  minimum: "y0 = select(x1, x0, x0 <= x1);"
};
var UNARY2 = {
  neg: "y0 = -x0;",
  exp: "y0 = exp(x0);",
  log: "y0 = log(x0);",
  sqrt: "y0 = sqrt(x0);",
  abs: "y0 = abs(x0);",
  sign: "y0 = sign(x0);",
  square: "y0 = x0 * x0;",
  recip: "y0 = 1.0 / x0;"
};
var SGD_PLAIN = `var u = x1;
    if (p6 != 0.0) { u = -u; }
    if (p1 != 0.0) { u = u + p1 * x0; }
    y0 = x0 + u * p0;`;
var SGD_MOMENTUM = `var u = x1;
    if (p6 != 0.0) { u = -u; }
    if (p1 != 0.0) { u = u + p1 * x0; }
    let bi = p3 * x2 + p4 * u;
    y1 = bi;
    if (p5 != 0.0) { u = u + p2 * bi; } else { u = bi; }
    y0 = x0 + u * p0;`;
function namedKernels(device) {
  const table = /* @__PURE__ */ new Map();
  for (const [name, body] of Object.entries(BODIES)) table.set(name, bodyKernel(body, device));
  const plain = bodyKernel(SGD_PLAIN, device), momentum = bodyKernel(SGD_MOMENTUM, device);
  table.set("sgd", (i, o, p) => (i.length === 2 ? plain : momentum)(i, o, p));
  table.set("softmaxCrossEntropy", (inputs, outputs, [b, k]) => {
    if (!allF32(inputs) || !allF32(outputs) || b * k > MAX_ELEMENTS2 || b * k === 0) return false;
    const [z, t] = inputs, [loss, p] = outputs;
    device().run(CE_WGSL, [
      {
        data: z,
        read: true,
        write: false
      },
      {
        data: t,
        read: true,
        write: false
      },
      {
        data: loss,
        read: false,
        write: true
      },
      {
        data: p,
        read: false,
        write: true
      }
    ], [
      b,
      k
    ], 1);
    void CE_GROUP;
  });
  table.set("softmaxCrossEntropyBackward", (inputs, outputs, [b, k]) => {
    if (!allF32(inputs) || !allF32(outputs) || b * k > MAX_ELEMENTS2 || b * k === 0) return false;
    const [p, t, g] = inputs, [d] = outputs;
    device().run(CE_BACKWARD_WGSL, [
      {
        data: p,
        read: true,
        write: false
      },
      {
        data: t,
        read: true,
        write: false
      },
      {
        data: g,
        read: true,
        write: false
      },
      {
        data: d,
        read: false,
        write: true
      }
    ], [
      b * k,
      k,
      b
    ], ...grid(b * k, EW_GROUP));
  });
  return table;
}
function onHost(device, reads, writes, keep) {
  for (const d of reads) if (d instanceof Float32Array) device.toHost(d, true);
  for (const d of writes) if (d instanceof Float32Array) device.toHost(d, keep);
}
function webgpuBackend() {
  const device = sharedDevice();
  const get = () => device;
  const named = namedKernels(get);
  const binary = new Map(Object.entries(BINARY2).map(([k, b]) => [
    k,
    bodyKernel(b, get)
  ]));
  const unary = new Map(Object.entries(UNARY2).map(([k, b]) => [
    k,
    bodyKernel(b, get)
  ]));
  const gemm = (a, b, bias, out, [m, k, n], [transA, transB, acc]) => {
    const arrays = bias === null ? [
      a,
      b,
      out
    ] : [
      a,
      b,
      out,
      bias
    ];
    if (!allF32(arrays) || k === 0 || m * k > MAX_ELEMENTS2 || k * n > MAX_ELEMENTS2) return false;
    if (m * n === 0) return true;
    if (m * n > MAX_ELEMENTS2 || Math.ceil(m / TILE) > 65535 || Math.ceil(n / TILE) > 65535) {
      return false;
    }
    const bindings = [
      {
        data: a,
        read: true,
        write: false
      },
      {
        data: b,
        read: true,
        write: false
      },
      {
        data: out,
        read: acc,
        write: true
      }
    ];
    if (bias !== null) bindings.push({
      data: bias,
      read: true,
      write: false
    });
    const wgsl = matmulWgsl(transA, transB, acc, bias !== null);
    device.run(wgsl, bindings, [
      m,
      k,
      n
    ], Math.ceil(n / TILE), Math.ceil(m / TILE));
    return true;
  };
  return {
    name: "webgpu",
    adapter: device.info,
    stats: () => ({
      ...device.stats
    }),
    matmul(a, b, out, m, k, n, options = {}) {
      const acc = options.accumulate === true;
      const flags = [
        options.transA === true,
        options.transB === true,
        acc
      ];
      if (gemm(a, b, null, out, [
        m,
        k,
        n
      ], flags)) return;
      onHost(device, [
        a,
        b
      ], [
        out
      ], acc);
      jsBackend.matmul(a, b, out, m, k, n, options);
    },
    linear(x, w, bias, out, m, k, n) {
      if (gemm(x, w, bias, out, [
        m,
        k,
        n
      ], [
        false,
        false,
        false
      ])) return;
      onHost(device, bias === null ? [
        x,
        w
      ] : [
        x,
        w,
        bias
      ], [
        out
      ], false);
      jsBackend.linear(x, w, bias, out, m, k, n);
    },
    binary(op, a, b, out) {
      if (binary.get(op)?.([
        a,
        b
      ], [
        out
      ], []) !== false) return;
      onHost(device, [
        a,
        b
      ], [
        out
      ], false);
      jsBackend.binary(op, a, b, out);
    },
    unary(op, x, out) {
      if (unary.get(op)?.([
        x
      ], [
        out
      ], []) !== false) return;
      onHost(device, [
        x
      ], [
        out
      ], false);
      jsBackend.unary(op, x, out);
    },
    sumAxis(x, out, outer, len, inner) {
      const n = outer * inner;
      if (allF32([
        x,
        out
      ]) && x.length <= MAX_ELEMENTS2 && len > 0) {
        if (n === 0) return;
        device.run(SUM_AXIS_WGSL, [
          {
            data: x,
            read: true,
            write: false
          },
          {
            data: out,
            read: false,
            write: true
          }
        ], [
          n,
          len,
          inner
        ], ...grid(n, EW_GROUP));
        return;
      }
      onHost(device, [
        x
      ], [
        out
      ], false);
      jsBackend.sumAxis(x, out, outer, len, inner);
    },
    maxAxis(x, out, argmax2, outer, len, inner) {
      onHost(device, [
        x
      ], [
        out
      ], false);
      jsBackend.maxAxis(x, out, argmax2, outer, len, inner);
    },
    kernel: (name) => named.get(name),
    toHost(data, keep = true) {
      if (data instanceof Float32Array) device.toHost(data, keep);
    }
  };
}

// plugins/backends/webgpu.ts
var webgpu = defineBackend({
  name: "webgpu",
  version: "1.0.0",
  description: "WGSL compute shaders on a WebGPU device, tensors resident on it (float32)",
  defaults: {},
  create() {
    if (typeof Atomics.wait !== "function" || typeof SharedArrayBuffer !== "function") {
      throw new RectifyError("plugin", `Cannot create "webgpu": it needs SharedArrayBuffer and Atomics.wait on this thread (Deno, or a browser worker that is cross-origin isolated)`);
    }
    return webgpuBackend();
  }
});
function webgpuAvailable() {
  try {
    sharedDevice();
    return true;
  } catch {
    return false;
  }
}
var WEBGPU_HELP = NO_ADAPTER_HELP;
function wgslElementwise(body) {
  if (typeof body !== "string" || !/\by0\s*=/.test(body)) {
    throw new TypeError(`wgslElementwise: body must be WGSL assigning y0 (e.g. "y0 = x0 * x0;"), got ${JSON.stringify(body)}`);
  }
  return bodyKernel(body, sharedDevice);
}

// plugins/backends/mod.ts
var backendPlugins = [
  js,
  wasm,
  webgpu
];

// plugins/initializers/calculate_gain.ts
var GAINS = {
  linear: () => 1,
  identity: () => 1,
  sigmoid: () => 1,
  tanh: () => 5 / 3,
  relu: () => Math.SQRT2,
  leakyRelu: (a) => Math.sqrt(2 / (1 + (a ?? 0.01) ** 2)),
  selu: () => 3 / 4
};
function calculateGain(nonlinearity, param2) {
  const name = nonlinearity === "leaky_relu" ? "leakyRelu" : nonlinearity;
  const g = Object.hasOwn(GAINS, name) ? GAINS[name] : void 0;
  if (!g) {
    throw new RectifyError("option", `calculateGain: unknown nonlinearity ${JSON.stringify(nonlinearity)}; expected one of ${Object.keys(GAINS).join(", ")}`);
  }
  if (param2 !== void 0 && (typeof param2 !== "number" || !Number.isFinite(param2))) {
    throw new RectifyError("option", `calculateGain: param must be a finite number, got ${param2}`);
  }
  return g(param2);
}
function gainNames() {
  return Object.keys(GAINS);
}

// plugins/_check.ts
function fail(who, why) {
  throw new RectifyError("option", `Cannot create "${who}": ${why}`);
}
function checkBeta(who, name, value) {
  if (typeof value !== "number" || !(value >= 0 && value < 1)) {
    fail(who, `${name} must be in [0, 1), got ${value}`);
  }
}
function checkPositive(who, name, value) {
  if (typeof value !== "number" || !(value > 0) || !Number.isFinite(value)) {
    fail(who, `${name} must be > 0, got ${value}`);
  }
}
function checkNonNegative(who, name, value) {
  if (typeof value !== "number" || !(value >= 0) || !Number.isFinite(value)) {
    fail(who, `${name} must be >= 0, got ${value}`);
  }
}
function checkFinite2(who, name, value) {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    fail(who, `${name} must be a finite number, got ${value}`);
  }
}
function checkInt(who, name, value, min) {
  if (!Number.isInteger(value) || value < min) {
    fail(who, `${name} must be an integer >= ${min}, got ${value}`);
  }
}
function checkAdamFamily(who, o) {
  checkNonNegative(who, "lr", o.lr);
  checkBeta(who, "beta1", o.beta1);
  checkBeta(who, "beta2", o.beta2);
  checkPositive(who, "eps", o.eps);
  checkNonNegative(who, "weightDecay", o.weightDecay);
}

// plugins/initializers/_check.ts
function checkHe(who, o) {
  const names = gainNames();
  if (!names.includes(o.nonlinearity) && o.nonlinearity !== "leaky_relu") {
    fail(who, `nonlinearity must be one of ${names.join(", ")}, got "${o.nonlinearity}"`);
  }
  if (!Number.isFinite(o.alpha)) fail(who, `alpha must be a finite number, got ${o.alpha}`);
  if (o.mode !== "fanIn" && o.mode !== "fanOut") {
    fail(who, `mode must be "fanIn" or "fanOut", got "${o.mode}"`);
  }
}

// plugins/initializers/constant.ts
var constant = defineInitializer({
  name: "constant",
  version: "1.0.0",
  description: "constant value",
  defaults: {
    value: 0
  },
  validate({ value }) {
    checkFinite2("constant", "value", value);
  },
  create: ({ value }, ctx) => (shape, options) => fill(shape, ctx, options, () => value)
});

// plugins/initializers/glorot_normal.ts
var glorotNormal = defineInitializer({
  name: "glorotNormal",
  version: "1.0.0",
  description: "N(0, gain\xB2 * 2 / (fanIn + fanOut))",
  defaults: {
    gain: 1
  },
  validate({ gain }) {
    checkPositive("glorotNormal", "gain", gain);
  },
  create({ gain }, ctx) {
    return (shape, options) => {
      const [fi, fo] = fans(shape);
      const std = gain * Math.sqrt(2 / (fi + fo));
      return fill(shape, ctx, options, (r) => r.normal() * std);
    };
  }
});

// plugins/initializers/he_normal.ts
var heNormal = defineInitializer({
  name: "heNormal",
  version: "1.1.0",
  description: "N(0, gain\xB2/fan), gain from nonlinearity, fan = fanIn or fanOut",
  defaults: {
    nonlinearity: "relu",
    alpha: 0.01,
    mode: "fanIn"
  },
  validate(o) {
    checkHe("heNormal", o);
  },
  create({ nonlinearity, alpha, mode }, ctx) {
    const gain = calculateGain(nonlinearity, alpha);
    return (shape, options) => {
      const [fi, fo] = fans(shape);
      const std = gain / Math.sqrt(mode === "fanOut" ? fo : fi);
      return fill(shape, ctx, options, (r) => r.normal() * std);
    };
  }
});

// plugins/initializers/he_uniform.ts
var heUniform = defineInitializer({
  name: "heUniform",
  version: "1.0.0",
  description: "U(-b, b), b = gain * sqrt(3 / fan), gain from nonlinearity",
  defaults: {
    nonlinearity: "relu",
    alpha: 0.01,
    mode: "fanIn"
  },
  validate(o) {
    checkHe("heUniform", o);
  },
  create({ nonlinearity, alpha, mode }, ctx) {
    const gain = calculateGain(nonlinearity, alpha);
    return (shape, options) => {
      const [fi, fo] = fans(shape);
      const b = gain * Math.sqrt(3 / (mode === "fanOut" ? fo : fi));
      return fill(shape, ctx, options, (r) => (r.uniform() * 2 - 1) * b);
    };
  }
});

// plugins/initializers/lecun_normal.ts
var lecunNormal = defineInitializer({
  name: "lecunNormal",
  version: "1.0.0",
  description: "N(0, 1 / fanIn)",
  defaults: {},
  create(_o, ctx) {
    return (shape, options) => {
      const std = 1 / Math.sqrt(fans(shape)[0]);
      return fill(shape, ctx, options, (r) => r.normal() * std);
    };
  }
});

// plugins/initializers/lecun_uniform.ts
var lecunUniform = defineInitializer({
  name: "lecunUniform",
  version: "1.0.0",
  description: "U(-b, b), b = sqrt(3 / fanIn)",
  defaults: {},
  create(_o, ctx) {
    return (shape, options) => {
      const b = Math.sqrt(3 / fans(shape)[0]);
      return fill(shape, ctx, options, (r) => (r.uniform() * 2 - 1) * b);
    };
  }
});

// plugins/initializers/normal.ts
var normal = defineInitializer({
  name: "normal",
  version: "1.0.0",
  description: "N(mean, std\xB2)",
  defaults: {
    mean: 0,
    std: 1
  },
  validate({ mean: mean2, std }) {
    checkFinite2("normal", "mean", mean2);
    if (!(std >= 0) || !Number.isFinite(std)) fail("normal", `std must be >= 0, got ${std}`);
  },
  create({ mean: mean2, std }, ctx) {
    return (shape, options) => fill(shape, ctx, options, (r) => mean2 + std * r.normal());
  }
});

// plugins/initializers/ones.ts
var ones2 = defineInitializer({
  name: "ones",
  version: "1.0.0",
  description: "constant 1",
  defaults: {},
  create: (_o, ctx) => (shape, options) => fill(shape, ctx, options, () => 1)
});

// plugins/initializers/orthogonal.ts
var orthogonal = defineInitializer({
  name: "orthogonal",
  version: "1.0.0",
  description: "gain * a random (semi-)orthogonal matrix",
  defaults: {
    gain: 1
  },
  validate({ gain }) {
    checkPositive("orthogonal", "gain", gain);
  },
  create({ gain }, ctx) {
    return (shape, options) => {
      if (shape.length < 2) {
        throw new RectifyError("shape", `orthogonal: needs a shape with at least 2 dimensions, got ${fmtShape(shape)}`);
      }
      const dtype = options?.dtype ?? ctx.dtype;
      const rng = options?.rng ?? ctx.rng;
      const rows = shape[0];
      const size = shape.reduce((x, y) => x * y, 1);
      const cols = rows === 0 ? 0 : size / rows;
      const flat = new Float64Array(size);
      for (let i = 0; i < size; i++) flat[i] = rng.normal();
      const tall = rows >= cols;
      const n = tall ? rows : cols, k = tall ? cols : rows;
      const q = new Float64Array(n * k);
      for (let j = 0; j < k; j++) {
        for (let i = 0; i < n; i++) q[j * n + i] = tall ? flat[i * cols + j] : flat[j * cols + i];
      }
      orthonormalise(q, n, k);
      const out = allocData(dtype, size);
      for (let j = 0; j < k; j++) {
        for (let i = 0; i < n; i++) {
          const v = gain * q[j * n + i];
          if (tall) out[i * cols + j] = v;
          else out[j * cols + i] = v;
        }
      }
      return new Tensor(out, shape);
    };
  }
});
function orthonormalise(q, n, k) {
  for (let j = 0; j < k; j++) {
    const vj = j * n;
    for (let pass = 0; pass < 2; pass++) {
      for (let p = 0; p < j; p++) {
        const vp = p * n;
        let dot = 0;
        for (let i = 0; i < n; i++) dot += q[vp + i] * q[vj + i];
        for (let i = 0; i < n; i++) q[vj + i] -= dot * q[vp + i];
      }
    }
    let norm = 0;
    for (let i = 0; i < n; i++) norm += q[vj + i] * q[vj + i];
    norm = Math.sqrt(norm);
    if (norm === 0) {
      throw new RectifyError("numeric", "orthogonal: the random matrix is rank-deficient");
    }
    for (let i = 0; i < n; i++) q[vj + i] /= norm;
  }
}

// plugins/initializers/_truncated.ts
var SQRT_2PI = Math.sqrt(2 * Math.PI);
function truncatedStandardNormal(rng, a, b) {
  if (a >= 0) return upperTail(rng, a, b);
  if (b <= 0) return -upperTail(rng, -b, -a);
  if (b - a >= SQRT_2PI) {
    for (; ; ) {
      const z = rng.normal();
      if (z >= a && z <= b) return z;
    }
  }
  for (; ; ) {
    const z = a + (b - a) * rng.uniform();
    if (rng.uniform() <= Math.exp(-0.5 * z * z)) return z;
  }
}
function upperTail(rng, a, b) {
  const root = Math.sqrt(a * a + 4);
  const lambda = (a + root) / 2;
  const uniformBetter = b - a < 2 * Math.sqrt(Math.E) / (a + root) * Math.exp((a * a - a * root) / 4);
  if (uniformBetter) {
    for (; ; ) {
      const z = a + (b - a) * rng.uniform();
      if (rng.uniform() <= Math.exp(0.5 * (a * a - z * z))) return z;
    }
  }
  for (; ; ) {
    const z = a - Math.log(1 - rng.uniform()) / lambda;
    if (z > b) continue;
    const d = z - lambda;
    if (rng.uniform() <= Math.exp(-0.5 * d * d)) return z;
  }
}

// plugins/initializers/truncated_normal.ts
var truncatedNormal = defineInitializer({
  name: "truncatedNormal",
  version: "1.0.0",
  description: "N(mean, std\xB2) restricted to [a, b] (absolute cut-offs)",
  defaults: {
    mean: 0,
    std: 1,
    a: -2,
    b: 2
  },
  validate({ mean: mean2, std, a, b }) {
    checkFinite2("truncatedNormal", "mean", mean2);
    checkFinite2("truncatedNormal", "a", a);
    checkFinite2("truncatedNormal", "b", b);
    if (!(std > 0) || !Number.isFinite(std)) {
      fail("truncatedNormal", `std must be > 0, got ${std}`);
    }
    if (!(b > a)) fail("truncatedNormal", `b must be > a (${a}), got ${b}`);
  },
  create({ mean: mean2, std, a, b }, ctx) {
    const lo = (a - mean2) / std, hi = (b - mean2) / std;
    return (shape, options) => fill(shape, ctx, options, (r) => {
      const x = mean2 + std * truncatedStandardNormal(r, lo, hi);
      return x < a ? a : x > b ? b : x;
    });
  }
});

// plugins/initializers/uniform.ts
var uniform = defineInitializer({
  name: "uniform",
  version: "1.0.0",
  description: "U(low, high)",
  defaults: {
    low: 0,
    high: 1
  },
  validate({ low, high }) {
    checkFinite2("uniform", "low", low);
    checkFinite2("uniform", "high", high);
    if (!(high >= low)) fail("uniform", `high must be >= low (${low}), got ${high}`);
  },
  create({ low, high }, ctx) {
    const w = high - low;
    return (shape, options) => fill(shape, ctx, options, (r) => low + w * r.uniform());
  }
});

// plugins/initializers/zeros.ts
var zeros2 = defineInitializer({
  name: "zeros",
  version: "1.0.0",
  description: "constant 0",
  defaults: {},
  create: (_o, ctx) => (shape, options) => fill(shape, ctx, options, () => 0)
});

// plugins/initializers/mod.ts
var initializerPlugins = [
  zeros2,
  ones2,
  constant,
  uniform,
  normal,
  truncatedNormal,
  heNormal,
  heUniform,
  glorotNormal,
  glorotUniform,
  lecunNormal,
  lecunUniform,
  orthogonal
];

// plugins/optimizers/_rule.ts
function identity(x) {
  return x;
}
function recompile(factory) {
  try {
    return new Function(`"use strict"; return (${String(factory)});`)();
  } catch {
    return factory;
  }
}
var compileMoments = (round) => recompile((fr) => function moments(p, g, m, v, wd, b1, a1, b2, a2) {
  const W = fr(wd), B1 = fr(b1), A1 = fr(a1), B2 = fr(b2), A2 = fr(a2);
  if (W !== 0) {
    for (let i = 0; i < m.length; i++) {
      const u = fr(g[i] + fr(W * p[i]));
      m[i] = fr(fr(B1 * m[i]) + fr(A1 * u));
      v[i] = fr(fr(B2 * v[i]) + fr(fr(A2 * u) * u));
    }
  } else {
    for (let i = 0; i < m.length; i++) {
      const u = g[i];
      m[i] = fr(fr(B1 * m[i]) + fr(A1 * u));
      v[i] = fr(fr(B2 * v[i]) + fr(fr(A2 * u) * u));
    }
  }
})(round);
function storageLoops(factory) {
  return {
    float32: recompile(factory)(Math.fround, compileMoments(Math.fround)),
    float64: recompile(factory)(identity, compileMoments(identity))
  };
}
function loopFor(loops, p) {
  return p instanceof Float32Array ? loops.float32 : loops.float64;
}
function updateRule(def) {
  const coefficients = new Array(def.size).fill(0);
  return {
    buffers: def.buffers,
    ...def.scalars === void 0 ? {} : {
      scalars: def.scalars
    },
    begin(ctx, scalars) {
      def.begin(coefficients, ctx, scalars);
      return coefficients;
    },
    apply(p, g, s, c) {
      loopFor(def.loops, p)(p, g, p, s, c);
    },
    ...def.kernel === void 0 ? {} : kernelApply(def, def.kernel)
  };
}
function kernelApply(def, name) {
  const names = Object.keys(def.buffers);
  const inputs = [], outputs = [];
  const state = {};
  const reference = ([p, g, ...buffers], _outputs, c) => {
    names.forEach((n, i) => state[n] = buffers[i]);
    loopFor(def.loops, p)(p, g, p, state, c);
  };
  return {
    kernelOnly: true,
    apply(p, g, s, c) {
      inputs.length = outputs.length = 0;
      inputs.push(p, g);
      outputs.push(p);
      for (const n of names) {
        inputs.push(s[n]);
        outputs.push(s[n]);
      }
      runKernel(name, inputs, outputs, c, reference);
    }
  };
}
var negZero32 = new Float32Array(0);
var negZero64 = new Float64Array(0);
function negativeZeros(d) {
  const n = d.length;
  if (d instanceof Float32Array) {
    if (negZero32.length < n) negZero32 = new Float32Array(n).fill(-0);
    return negZero32.subarray(0, n);
  }
  if (negZero64.length < n) negZero64 = new Float64Array(n).fill(-0);
  return negZero64.subarray(0, n);
}
function updateInPlace(loops, u, s, c) {
  c[0] = 1;
  loopFor(loops, u)(negativeZeros(u), u, u, s, c);
}
function ruleTransform(def) {
  const c = new Array(def.size).fill(0);
  const names = Object.keys(def.buffers);
  const scalarNames = Object.keys(def.scalars ?? {});
  const scalars = {};
  const rec = {};
  return {
    init(params, ctx) {
      const st = {};
      for (const [k, spec] of Object.entries(def.buffers)) {
        st[k] = paramBuffers(params, typeof spec.init === "function" ? spec.init(ctx) : spec.init);
      }
      for (const [k, spec] of Object.entries(def.scalars ?? {})) st[k] = spec.init;
      return st;
    },
    update(updates, state, _params, ctx) {
      renameV01(def, state);
      for (const k of scalarNames) scalars[k] = state[k];
      def.begin(c, ctx, scalars);
      for (const k of scalarNames) state[k] = scalars[k];
      for (let j = 0; j < updates.length; j++) {
        for (const k of names) rec[k] = state[k][j];
        updateInPlace(def.loops, updates[j], rec, c);
      }
    }
  };
}
function renameV01(def, state) {
  const specs = [
    ...Object.entries(def.buffers),
    ...Object.entries(def.scalars ?? {})
  ];
  for (const [k, spec] of specs) {
    if (state[k] === void 0 && spec.v01 !== void 0 && state[spec.v01] !== void 0) {
      state[k] = state[spec.v01];
      delete state[spec.v01];
    }
  }
}
function beginMoments(c, ctx, o) {
  c[0] = -ctx.lr;
  c[1] = o.weightDecay;
  c[2] = o.beta1;
  c[3] = 1 - o.beta1;
  c[4] = o.beta2;
  c[5] = 1 - o.beta2;
}
var ADAM_DEFAULTS = Object.freeze({
  lr: 1e-3,
  beta1: 0.9,
  beta2: 0.999,
  eps: 1e-8,
  weightDecay: 0
});

// plugins/optimizers/adadelta.ts
var adadeltaLoops = storageLoops((fr) => function adadelta2(p, g, out, s, c) {
  const k = c[0], wd = c[1], rho = c[2], r1 = c[3], eps = c[4];
  const v = s.squareAvg, a = s.accDelta;
  for (let i = 0; i < p.length; i++) {
    const pi = p[i];
    let u = g[i];
    if (wd !== 0) u = fr(u + wd * pi);
    const vi = fr(rho * v[i] + r1 * u * u);
    v[i] = vi;
    const delta = Math.sqrt(a[i] + eps) / Math.sqrt(vi + eps) * u;
    a[i] = rho * a[i] + r1 * delta * delta;
    u = fr(delta);
    out[i] = pi + fr(u * k);
  }
});
function adadeltaDefinition(o) {
  const { rho, eps, weightDecay } = o;
  return {
    buffers: {
      squareAvg: {
        torch: "square_avg",
        v01: "squareAvg"
      },
      accDelta: {
        torch: "acc_delta",
        v01: "accDelta"
      }
    },
    size: 5,
    begin(c, ctx) {
      c[0] = -ctx.lr;
      c[1] = weightDecay;
      c[2] = rho;
      c[3] = 1 - rho;
      c[4] = eps;
    },
    loops: adadeltaLoops
  };
}
var adadelta = defineOptimizer({
  name: "adadelta",
  version: "1.0.0",
  description: "Adadelta (torch.optim.Adadelta)",
  defaults: {
    lr: 1,
    rho: 0.9,
    eps: 1e-6,
    weightDecay: 0
  },
  validate(o) {
    const who = "adadelta";
    checkNonNegative(who, "lr", o.lr);
    checkBeta(who, "rho", o.rho);
    checkPositive(who, "eps", o.eps);
    checkNonNegative(who, "weightDecay", o.weightDecay);
  },
  create: (o) => updateRule(adadeltaDefinition(o))
});

// plugins/optimizers/adagrad.ts
var adagradLoops = storageLoops((fr) => function adagrad2(p, g, out, s, c) {
  const k = c[0], wd = c[1], decay = c[2], eps = c[3];
  const sum3 = s.sum;
  for (let i = 0; i < p.length; i++) {
    const pi = p[i];
    let u = g[i];
    if (wd !== 0) u = fr(u + wd * pi);
    const si = fr(sum3[i] + u * u);
    sum3[i] = si;
    u = fr(decay * u / (Math.sqrt(si) + eps));
    out[i] = pi + fr(u * k);
  }
});
function adagradDefinition(o) {
  const { initialAccumulatorValue, eps, lrDecay, weightDecay } = o;
  return {
    buffers: {
      sum: {
        torch: "sum",
        init: initialAccumulatorValue,
        v01: "sum"
      }
    },
    size: 4,
    begin(c, ctx) {
      c[0] = -ctx.lr;
      c[1] = weightDecay;
      c[2] = 1 / (1 + (ctx.step - 1) * lrDecay);
      c[3] = eps;
    },
    loops: adagradLoops
  };
}
var adagrad = defineOptimizer({
  name: "adagrad",
  version: "1.0.0",
  description: "Adagrad (torch.optim.Adagrad)",
  defaults: {
    lr: 0.01,
    lrDecay: 0,
    weightDecay: 0,
    initialAccumulatorValue: 0,
    eps: 1e-10
  },
  validate(o) {
    const who = "adagrad";
    checkNonNegative(who, "lr", o.lr);
    checkNonNegative(who, "lrDecay", o.lrDecay);
    checkNonNegative(who, "weightDecay", o.weightDecay);
    checkNonNegative(who, "initialAccumulatorValue", o.initialAccumulatorValue);
    checkPositive(who, "eps", o.eps);
  },
  create: (o) => updateRule(adagradDefinition(o))
});

// plugins/optimizers/adam.ts
var adamLoops = storageLoops((fr, moment) => function adam2(p, g, out, m, v, vm, c) {
  const k = c[0], b1 = c[1], b2 = c[2], a1 = c[3], a2 = c[4], bc1 = c[5], bc2Sqrt = c[6];
  const eps = c[7], cwd = c[8], dwd = c[9], ams = c[10] !== 0;
  moment(p, g, m, v, cwd, b1, a1, b2, a2);
  const step = fr(k / bc1), bc2 = fr(bc2Sqrt), e = fr(eps), decay = fr(1 + k * dwd);
  for (let i = 0; i < p.length; i++) {
    let vv = v[i];
    if (ams) {
      if (vv > vm[i]) vm[i] = vv;
      vv = vm[i];
    }
    const pi = dwd !== 0 ? fr(p[i] * decay) : p[i];
    const den = fr(fr(fr(Math.sqrt(vv)) / bc2) + e);
    out[i] = fr(pi + fr(fr(step * m[i]) / den));
  }
});
var adamReference = ([p, g, m, v, vm], [out], params) => {
  loopFor(adamLoops, p)(p, g, out, m, v, vm, params);
};
var adamLoop = (p, g, out, s, c) => loopFor(adamLoops, p)(p, g, out, s.expAvg, s.expAvgSq, s.maxExpAvgSq ?? s.expAvgSq, c);
function adamDefinition(o) {
  const { beta1: b1, beta2: b2, eps, amsgrad, weightDecay: wd, decoupled } = o;
  return {
    buffers: {
      expAvg: {
        torch: "exp_avg",
        v01: "mu"
      },
      expAvgSq: {
        torch: "exp_avg_sq",
        v01: "nu"
      },
      ...amsgrad ? {
        maxExpAvgSq: {
          torch: "max_exp_avg_sq",
          v01: "nuMax"
        }
      } : {}
    },
    size: 11,
    begin(c, ctx) {
      c[0] = -ctx.lr;
      c[1] = b1;
      c[2] = b2;
      c[3] = 1 - b1;
      c[4] = 1 - b2;
      c[5] = 1 - b1 ** ctx.step;
      c[6] = Math.sqrt(1 - b2 ** ctx.step);
      c[7] = eps;
      c[8] = decoupled ? 0 : wd;
      c[9] = decoupled ? wd : 0;
      c[10] = amsgrad ? 1 : 0;
    },
    loops: {
      float32: adamLoop,
      float64: adamLoop
    }
  };
}
function adamDirection(g, out, s, c) {
  out.set(g);
  updateInPlace({
    float32: adamLoop,
    float64: adamLoop
  }, out, s, c);
}
function adamRule(o) {
  const def = adamDefinition(o);
  const c = new Array(def.size).fill(0);
  const inputs = [], outputs = [];
  return {
    buffers: def.buffers,
    kernelOnly: true,
    begin(ctx) {
      def.begin(c, ctx, {});
      return c;
    },
    apply(p, g, s, params) {
      const m = s.expAvg, v = s.expAvgSq, vm = s.maxExpAvgSq ?? v;
      inputs.length = outputs.length = 0;
      inputs.push(p, g, m, v, vm);
      outputs.push(p, m, v, vm);
      runKernel("adam", inputs, outputs, params, adamReference);
    }
  };
}
var adam = defineOptimizer({
  name: "adam",
  version: "1.0.0",
  description: "Adam / AMSGrad with L2 weight decay (torch.optim.Adam)",
  defaults: {
    ...ADAM_DEFAULTS,
    amsgrad: false
  },
  validate: (o) => checkAdamFamily("adam", o),
  create: ({ beta1, beta2, eps, weightDecay, amsgrad }) => adamRule({
    beta1,
    beta2,
    eps,
    amsgrad,
    weightDecay,
    decoupled: false
  })
});

// plugins/optimizers/adamax.ts
var adamaxLoops = storageLoops((fr) => function adamax2(p, g, out, s, c) {
  const k = c[0], wd = c[1], b1 = c[2], a1 = c[3], b2 = c[4], eps = c[6], bc1 = c[7];
  const m = s.expAvg, e = s.expInf;
  for (let i = 0; i < p.length; i++) {
    const pi = p[i];
    let u = g[i];
    if (wd !== 0) u = fr(u + wd * pi);
    const mi = fr(b1 * m[i] + a1 * u);
    m[i] = mi;
    const decayed = b2 * e[i], cur = Math.abs(u) + eps;
    const ei = fr(decayed > cur ? decayed : cur);
    e[i] = ei;
    u = fr(mi / (bc1 * ei));
    out[i] = pi + fr(u * k);
  }
});
function adamaxDefinition(o) {
  const { beta1: b1, eps } = o;
  return {
    buffers: {
      expAvg: {
        torch: "exp_avg",
        v01: "mu"
      },
      expInf: {
        torch: "exp_inf",
        v01: "expInf"
      }
    },
    size: 8,
    begin(c, ctx) {
      beginMoments(c, ctx, o);
      c[6] = eps;
      c[7] = 1 - b1 ** ctx.step;
    },
    loops: adamaxLoops
  };
}
var adamax = defineOptimizer({
  name: "adamax",
  version: "1.0.0",
  description: "Adamax (torch.optim.Adamax)",
  defaults: {
    ...ADAM_DEFAULTS,
    lr: 2e-3
  },
  validate: (o) => checkAdamFamily("adamax", o),
  create: (o) => updateRule(adamaxDefinition(o))
});

// plugins/optimizers/adamw.ts
var adamw = defineOptimizer({
  name: "adamw",
  version: "1.0.0",
  description: "Adam with decoupled weight decay (torch.optim.AdamW)",
  defaults: {
    ...ADAM_DEFAULTS,
    weightDecay: 0.01,
    amsgrad: false
  },
  validate: (o) => checkAdamFamily("adamw", o),
  create: ({ beta1, beta2, eps, weightDecay, amsgrad }) => adamRule({
    beta1,
    beta2,
    eps,
    amsgrad,
    weightDecay,
    decoupled: true
  })
});

// plugins/transforms/_check.ts
function checkRpropEtas(who, etaMinus, etaPlus, stepMin, stepMax) {
  if (!(etaMinus > 0 && etaMinus < 1)) fail(who, `etaMinus must be in (0, 1), got ${etaMinus}`);
  if (!(etaPlus > 1) || !Number.isFinite(etaPlus)) {
    fail(who, `etaPlus must be > 1, got ${etaPlus}`);
  }
  if (!(stepMin >= 0)) fail(who, `stepMin must be >= 0, got ${stepMin}`);
  if (!(stepMax >= stepMin)) {
    fail(who, `stepMax must be >= stepMin (${stepMin}), got ${stepMax}`);
  }
}

// plugins/_sum.ts
var squares = storageLoops(() => {
  const acc = new Float64Array(4);
  return function squares2(d) {
    acc.fill(0);
    const n = d.length, n4 = n & ~3;
    let i = 0;
    for (; i < n4; i += 4) {
      acc[0] += d[i] * d[i];
      acc[1] += d[i + 1] * d[i + 1];
      acc[2] += d[i + 2] * d[i + 2];
      acc[3] += d[i + 3] * d[i + 3];
    }
    for (; i < n; i++) acc[0] += d[i] * d[i];
    return acc[0] + acc[1] + acc[2] + acc[3];
  };
});
var squaresReference = ([d], [out]) => {
  out[0] = loopFor(squares, d)(d);
};
var sum2 = new Float64Array(1);
function sumSquares(d) {
  runKernel("sumSquares", [
    d
  ], [
    sum2
  ], [], squaresReference);
  return sum2[0];
}

// plugins/transforms/_norm.ts
function normOrder(who, normType) {
  if (normType === "inf" || normType === Infinity) return Infinity;
  if (typeof normType !== "number" || !(normType > 0) || !Number.isFinite(normType)) {
    fail(who, `normType must be a number > 0 or "inf", got ${JSON.stringify(normType)}`);
  }
  return normType;
}
function globalNorm(buffers, p) {
  if (p === Infinity) {
    let m = 0;
    for (const b of buffers) {
      for (let i = 0; i < b.length; i++) {
        const a = Math.abs(b[i]);
        if (a > m || a !== a) m = a;
      }
    }
    return m;
  }
  let s = 0;
  if (p === 2) {
    for (const b of buffers) s += sumSquares(b);
    return Math.sqrt(s);
  }
  if (p === 1) {
    for (const b of buffers) for (let i = 0; i < b.length; i++) s += Math.abs(b[i]);
    return s;
  }
  for (const b of buffers) for (let i = 0; i < b.length; i++) s += Math.abs(b[i]) ** p;
  return s ** (1 / p);
}
function clipCoefficient(total, maxNorm) {
  const coef = maxNorm / (total + 1e-6);
  return coef < 1 ? coef : 1;
}
function scaleAll(buffers, k) {
  for (const b of buffers) for (let i = 0; i < b.length; i++) b[i] *= k;
}
function trustRatio(p, u, minNorm) {
  let pp = 0, uu = 0;
  for (let i = 0; i < u.length; i++) {
    pp += p[i] * p[i];
    uu += u[i] * u[i];
  }
  const pn = Math.max(Math.sqrt(pp), minNorm), un = Math.sqrt(uu);
  return pn === 0 || un === 0 ? 1 : pn / un;
}

// plugins/optimizers/lamb.ts
function lambRule(o) {
  const adamDef = adamDefinition({
    ...o,
    amsgrad: false,
    weightDecay: 0,
    decoupled: false
  });
  const c = new Array(adamDef.size + 1).fill(0);
  let scratch32 = new Float32Array(0), scratch64 = new Float64Array(0);
  const scratch = (p) => {
    const n = p.length;
    if (p instanceof Float32Array) {
      if (scratch32.length < n) scratch32 = new Float32Array(n);
      return scratch32.subarray(0, n);
    }
    if (scratch64.length < n) scratch64 = new Float64Array(n);
    return scratch64.subarray(0, n);
  };
  return {
    buffers: adamDef.buffers,
    begin(ctx) {
      adamDef.begin(c, ctx, {});
      c[adamDef.size] = -ctx.lr;
      return c;
    },
    apply(p, g, s, c2) {
      const u = scratch(p), wd = o.weightDecay, k = c2[c2.length - 1];
      adamDirection(g, u, s, c2);
      if (wd !== 0) {
        for (let i = 0; i < u.length; i++) u[i] += wd * p[i];
      }
      const ratio = trustRatio(p, u, 0);
      if (ratio !== 1) {
        for (let i = 0; i < u.length; i++) u[i] *= ratio;
      }
      for (let i = 0; i < u.length; i++) {
        u[i] *= k;
        p[i] += u[i];
      }
    }
  };
}
var lamb = defineOptimizer({
  name: "lamb",
  version: "1.0.0",
  description: "LAMB layer-wise trust ratio on Adam (You et al. 2020)",
  defaults: {
    ...ADAM_DEFAULTS,
    eps: 1e-6
  },
  validate: (o) => checkAdamFamily("lamb", o),
  create: (o) => lambRule(o)
});

// plugins/optimizers/lion.ts
var lionLoops = storageLoops((fr) => function lion2(p, g, out, s, c) {
  const k = c[0], wd = c[1], b1 = c[2], a1 = c[3], b2 = c[4], a2 = c[5];
  const m = s.expAvg;
  for (let i = 0; i < p.length; i++) {
    const pi = p[i], gi = g[i];
    const d = b1 * m[i] + a1 * gi;
    m[i] = b2 * m[i] + a2 * gi;
    let u = +(d > 0) - +(d < 0) + (d - d);
    if (wd !== 0) u = fr(u + wd * pi);
    out[i] = pi + fr(u * k);
  }
});
function lionDefinition(o) {
  return {
    buffers: {
      expAvg: {
        torch: "exp_avg",
        v01: "mu"
      }
    },
    size: 6,
    begin: (c, ctx) => beginMoments(c, ctx, o),
    loops: lionLoops
  };
}
var lion = defineOptimizer({
  name: "lion",
  version: "1.0.0",
  description: "Lion sign momentum (Chen et al. 2023)",
  defaults: {
    lr: 1e-4,
    beta1: 0.9,
    beta2: 0.99,
    weightDecay: 0
  },
  validate(o) {
    const who = "lion";
    checkNonNegative(who, "lr", o.lr);
    checkBeta(who, "beta1", o.beta1);
    checkBeta(who, "beta2", o.beta2);
    checkNonNegative(who, "weightDecay", o.weightDecay);
  },
  create: (o) => updateRule(lionDefinition(o))
});

// plugins/optimizers/nadam.ts
var nadamLoops = storageLoops((fr, moment) => function nadam2(p, g, out, s, c) {
  const k = c[0], wd = c[1], b1 = c[2], a1 = c[3], b2 = c[4], a2 = c[5], eps = c[6];
  const bc2 = c[7], cg = c[8], cm = c[9];
  const m = s.expAvg, v = s.expAvgSq;
  moment(p, g, m, v, wd, b1, a1, b2, a2);
  const W = fr(wd);
  for (let i = 0; i < p.length; i++) {
    const pi = p[i];
    const gi = W !== 0 ? fr(g[i] + fr(W * pi)) : g[i];
    const u = fr((cg * gi + cm * m[i]) / (Math.sqrt(v[i] / bc2) + eps));
    out[i] = pi + fr(u * k);
  }
});
function nadamDefinition(o) {
  const { beta1: b1, beta2: b2, eps, momentumDecay: psi } = o;
  return {
    buffers: {
      expAvg: {
        torch: "exp_avg",
        v01: "mu"
      },
      expAvgSq: {
        torch: "exp_avg_sq",
        v01: "nu"
      }
    },
    scalars: {
      muProduct: {
        torch: "mu_product",
        init: 1,
        v01: "muProduct"
      }
    },
    size: 10,
    begin(c, ctx, scalars) {
      const t = ctx.step;
      const mu = b1 * (1 - 0.5 * 0.96 ** (t * psi));
      const muNext = b1 * (1 - 0.5 * 0.96 ** ((t + 1) * psi));
      const prod = scalars.muProduct * mu;
      scalars.muProduct = prod;
      beginMoments(c, ctx, o);
      c[6] = eps;
      c[7] = 1 - b2 ** t;
      c[8] = (1 - mu) / (1 - prod);
      c[9] = muNext / (1 - prod * muNext);
    },
    loops: nadamLoops
  };
}
var nadam = defineOptimizer({
  name: "nadam",
  version: "1.0.0",
  description: "NAdam (torch.optim.NAdam)",
  defaults: {
    ...ADAM_DEFAULTS,
    lr: 2e-3,
    momentumDecay: 4e-3
  },
  validate(o) {
    checkAdamFamily("nadam", o);
    checkNonNegative("nadam", "momentumDecay", o.momentumDecay);
  },
  create: (o) => updateRule(nadamDefinition(o))
});

// plugins/optimizers/radam.ts
var radamLoops = storageLoops((fr, moment) => function radam2(p, g, out, s, c) {
  const k = c[0], wd = c[1], b1 = c[2], a1 = c[3], b2 = c[4], a2 = c[5], eps = c[6];
  const bc1 = c[7], rectify = c[8] !== 0, r = c[9];
  const m = s.expAvg, v = s.expAvgSq;
  moment(p, g, m, v, wd, b1, a1, b2, a2);
  for (let i = 0; i < p.length; i++) {
    const pi = p[i];
    const u = rectify ? fr(m[i] / bc1 * r / (Math.sqrt(v[i]) + eps)) : fr(m[i] / bc1);
    out[i] = pi + fr(u * k);
  }
});
function radamDefinition(o) {
  const { beta1: b1, beta2: b2, eps } = o;
  const rhoInf = 2 / (1 - b2) - 1;
  return {
    buffers: {
      expAvg: {
        torch: "exp_avg",
        v01: "mu"
      },
      expAvgSq: {
        torch: "exp_avg_sq",
        v01: "nu"
      }
    },
    size: 10,
    begin(c, ctx) {
      const t = ctx.step;
      const bc2 = 1 - b2 ** t;
      const rho = rhoInf - 2 * t * b2 ** t / bc2;
      beginMoments(c, ctx, o);
      c[6] = eps;
      c[7] = 1 - b1 ** t;
      c[8] = rho > 5 ? 1 : 0;
      c[9] = rho > 5 ? Math.sqrt((rho - 4) * (rho - 2) * rhoInf / ((rhoInf - 4) * (rhoInf - 2) * rho)) * Math.sqrt(bc2) : 0;
    },
    loops: radamLoops
  };
}
var radam = defineOptimizer({
  name: "radam",
  version: "1.0.0",
  description: "RAdam (torch.optim.RAdam)",
  defaults: {
    ...ADAM_DEFAULTS
  },
  validate: (o) => checkAdamFamily("radam", o),
  create: (o) => updateRule(radamDefinition(o))
});

// plugins/optimizers/rmsprop.ts
var rmspropLoops = storageLoops((fr) => function rmsprop2(p, g, out, s, c) {
  const k = c[0], wd = c[1], alpha = c[2], a1 = c[3], eps = c[4], centered = c[5] !== 0;
  const m = c[6], decay = c[7];
  const v = s.squareAvg, ga = s.gradAvg ?? v, b = s.momentumBuffer ?? v;
  for (let i = 0; i < p.length; i++) {
    const pi = p[i];
    let u = g[i];
    if (wd !== 0) u = fr(u + wd * pi);
    const vi = fr(alpha * v[i] + a1 * u * u);
    v[i] = vi;
    if (centered) {
      const gai = fr(alpha * ga[i] + a1 * u);
      ga[i] = gai;
      u = fr(u / (Math.sqrt(vi - gai * gai) + eps));
    } else u = fr(u / (Math.sqrt(vi) + eps));
    if (m > 0) {
      const bi = fr(decay * b[i] + u);
      b[i] = bi;
      u = bi;
    }
    out[i] = pi + fr(u * k);
  }
});
function rmspropDefinition(o) {
  const { alpha, eps, centered, momentum, weightDecay } = o;
  return {
    buffers: {
      squareAvg: {
        torch: "square_avg",
        v01: "nu"
      },
      ...centered ? {
        gradAvg: {
          torch: "grad_avg",
          v01: "gAvg"
        }
      } : {},
      ...momentum > 0 ? {
        momentumBuffer: {
          torch: "momentum_buffer",
          v01: "momentumBuffer"
        }
      } : {}
    },
    size: 8,
    begin(c, ctx) {
      c[0] = -ctx.lr;
      c[1] = weightDecay;
      c[2] = alpha;
      c[3] = 1 - alpha;
      c[4] = eps;
      c[5] = centered ? 1 : 0;
      c[6] = momentum;
      c[7] = ctx.step === 1 ? -0 : momentum;
    },
    loops: rmspropLoops
  };
}
var rmsprop = defineOptimizer({
  name: "rmsprop",
  version: "1.0.0",
  description: "RMSProp, optionally centered and with momentum (torch.optim.RMSprop)",
  defaults: {
    lr: 0.01,
    alpha: 0.99,
    eps: 1e-8,
    weightDecay: 0,
    momentum: 0,
    centered: false
  },
  validate(o) {
    const who = "rmsprop";
    checkNonNegative(who, "lr", o.lr);
    checkBeta(who, "alpha", o.alpha);
    checkPositive(who, "eps", o.eps);
    checkNonNegative(who, "weightDecay", o.weightDecay);
    checkNonNegative(who, "momentum", o.momentum);
  },
  create: (o) => updateRule(rmspropDefinition(o))
});

// plugins/optimizers/rprop.ts
var rpropLoops = storageLoops((fr) => function rprop2(p, g, out, s, c) {
  const k = c[0], stepMin = c[4], stepMax = c[5];
  const prev = s.prev, steps = s.stepSize;
  for (let i = 0; i < p.length; i++) {
    const pi = p[i], gi = g[i], sg = gi * prev[i];
    const pos = +(sg > 0), neg2 = +(sg < 0);
    let st = steps[i] * c[2 + pos - neg2];
    st = fr(st < stepMin ? stepMin : st > stepMax ? stepMax : st);
    steps[i] = st;
    const kept = gi * (1 - neg2);
    prev[i] = kept;
    const u = (+(kept > 0) - +(kept < 0)) * st;
    out[i] = pi + fr(u * k);
  }
});
function rpropDefinition(o) {
  const { initialStep, etaMinus, etaPlus, stepMin, stepMax } = o;
  return {
    buffers: {
      prev: {
        torch: "prev",
        v01: "prev"
      },
      stepSize: {
        torch: "step_size",
        init: initialStep ?? ((ctx) => ctx.lr),
        v01: "stepSize"
      }
    },
    size: 6,
    begin(c) {
      c[0] = -1;
      c[1] = etaMinus;
      c[2] = 1;
      c[3] = etaPlus;
      c[4] = stepMin;
      c[5] = stepMax;
    },
    loops: rpropLoops
  };
}
var rprop = defineOptimizer({
  name: "rprop",
  version: "1.0.0",
  description: "Rprop (torch.optim.Rprop)",
  defaults: {
    lr: 0.01,
    etaMinus: 0.5,
    etaPlus: 1.2,
    stepMin: 1e-6,
    stepMax: 50
  },
  validate(o) {
    const who = "rprop";
    checkPositive(who, "lr", o.lr);
    checkRpropEtas(who, o.etaMinus, o.etaPlus, o.stepMin, o.stepMax);
  },
  create: ({ etaMinus, etaPlus, stepMin, stepMax }) => updateRule(rpropDefinition({
    etaMinus,
    etaPlus,
    stepMin,
    stepMax
  }))
});

// plugins/optimizers/sgd.ts
var sgdLoops = storageLoops((fr) => function sgd2(p, g, out, s, c) {
  const k = c[0], wd = c[1], m = c[2], decay = c[3], damp1 = c[4], nesterov = c[5] !== 0;
  const maximize = c[6] !== 0;
  if (m === 0) {
    for (let i = 0; i < p.length; i++) {
      const pi = p[i];
      let u = g[i];
      if (maximize) u = -u;
      if (wd !== 0) u = fr(u + wd * pi);
      out[i] = pi + fr(u * k);
    }
    return;
  }
  const b = s.momentumBuffer;
  for (let i = 0; i < p.length; i++) {
    const pi = p[i];
    let u = g[i];
    if (maximize) u = -u;
    if (wd !== 0) u = fr(u + wd * pi);
    const bi = fr(decay * b[i] + damp1 * u);
    b[i] = bi;
    u = nesterov ? fr(u + m * bi) : bi;
    out[i] = pi + fr(u * k);
  }
});
function sgdDefinition(o) {
  const { momentum, dampening, nesterov, weightDecay, maximize } = o;
  return {
    buffers: momentum === 0 ? {} : {
      momentumBuffer: {
        torch: "momentum_buffer",
        v01: "momentumBuffer"
      }
    },
    size: 7,
    begin(c, ctx) {
      const first = ctx.step === 1;
      c[0] = -ctx.lr;
      c[1] = weightDecay;
      c[2] = momentum;
      c[3] = first ? -0 : momentum;
      c[4] = first ? 1 : 1 - dampening;
      c[5] = nesterov ? 1 : 0;
      c[6] = maximize ? 1 : 0;
    },
    loops: sgdLoops,
    kernel: "sgd"
  };
}
var sgd = defineOptimizer({
  name: "sgd",
  version: "1.0.0",
  description: "SGD with momentum / Nesterov / weight decay (torch.optim.SGD)",
  defaults: {
    lr: 0.01,
    momentum: 0,
    dampening: 0,
    nesterov: false,
    weightDecay: 0,
    maximize: false
  },
  validate({ lr, momentum, dampening, nesterov, weightDecay }) {
    const bad = (why) => {
      throw new RectifyError("option", `Cannot create "sgd": ${why}`);
    };
    if (!(lr >= 0)) bad(`lr must be >= 0, got ${lr}`);
    if (!(momentum >= 0)) bad(`momentum must be >= 0, got ${momentum}`);
    if (!(weightDecay >= 0)) bad(`weightDecay must be >= 0, got ${weightDecay}`);
    if (nesterov && (momentum <= 0 || dampening !== 0)) {
      bad(`nesterov needs momentum > 0 and dampening = 0, got momentum ${momentum}, dampening ${dampening}`);
    }
  },
  create: (o) => updateRule(sgdDefinition(o))
});

// plugins/optimizers/mod.ts
var optimizerPlugins = [
  sgd,
  adagrad,
  rmsprop,
  adadelta,
  adam,
  adamw,
  adamax,
  nadam,
  radam,
  rprop,
  lion,
  lamb
];

// plugins/schedules/_epoch.ts
function badState(who, state, expected) {
  throw new RectifyError("checkpoint", `Schedule "${who}": cannot load state ${JSON.stringify(state)}: expected ${expected}`);
}
function readInt(who, state, key, expected) {
  const v = state?.[key];
  if (typeof state !== "object" || state === null || !Number.isInteger(v) || v < 0) {
    badState(who, state, expected);
  }
  return v;
}
function epochSchedule(who, lrAt) {
  let epoch = 0;
  return {
    lr: (baseLr) => lrAt(baseLr, epoch),
    step() {
      epoch++;
    },
    state: () => ({
      epoch
    }),
    load(state) {
      epoch = readInt(who, state, "epoch", "{ epoch: integer >= 0 }");
    }
  };
}

// plugins/schedules/constant.ts
var constantSchedule = defineSchedule({
  name: "constant",
  version: "1.0.0",
  description: "base lr (times factor for the first totalIters epochs)",
  defaults: {
    factor: 1,
    totalIters: 0
  },
  validate({ factor, totalIters }) {
    if (!(factor >= 0 && factor <= 1)) {
      fail("constant", `factor must be in [0, 1], got ${factor}`);
    }
    checkInt("constant", "totalIters", totalIters, 0);
  },
  create: ({ factor, totalIters }) => epochSchedule("constant", (base, e) => e < totalIters ? base * factor : base)
});

// plugins/schedules/cosine.ts
var cosineSchedule = defineSchedule({
  name: "cosine",
  version: "1.0.0",
  description: "etaMin + (base - etaMin) * (1 + cos(pi * epoch / tMax)) / 2",
  defaults: {
    tMax: 10,
    etaMin: 0
  },
  validate({ tMax, etaMin }) {
    checkInt("cosine", "tMax", tMax, 1);
    checkNonNegative("cosine", "etaMin", etaMin);
  },
  create: ({ tMax, etaMin }) => epochSchedule("cosine", (base, e) => etaMin + (base - etaMin) * (1 + Math.cos(Math.PI * e / tMax)) / 2)
});

// plugins/schedules/cosine_warm_restarts.ts
var cosineWarmRestartsSchedule = defineSchedule({
  name: "cosineWarmRestarts",
  version: "1.0.0",
  description: "SGDR: cosine annealing restarted every tI epochs, tI = t0 * tMult^restarts",
  defaults: {
    t0: 10,
    tMult: 1,
    etaMin: 0
  },
  validate({ t0, tMult, etaMin }) {
    checkInt("cosineWarmRestarts", "t0", t0, 1);
    checkInt("cosineWarmRestarts", "tMult", tMult, 1);
    checkNonNegative("cosineWarmRestarts", "etaMin", etaMin);
  },
  create({ t0, tMult, etaMin }) {
    let epoch = 0, tCur = 0, tI = t0;
    const expected = "{ epoch, tCur, tI: integers, tCur < tI }";
    return {
      lr: (base) => etaMin + (base - etaMin) * (1 + Math.cos(Math.PI * tCur / tI)) / 2,
      step() {
        epoch++;
        tCur++;
        if (tCur >= tI) {
          tCur -= tI;
          tI *= tMult;
        }
      },
      state: () => ({
        epoch,
        tCur,
        tI
      }),
      load(state) {
        const e = readInt("cosineWarmRestarts", state, "epoch", expected);
        const c = readInt("cosineWarmRestarts", state, "tCur", expected);
        const i = readInt("cosineWarmRestarts", state, "tI", expected);
        if (c >= i) badState("cosineWarmRestarts", state, expected);
        epoch = e;
        tCur = c;
        tI = i;
      }
    };
  }
});

// plugins/schedules/exponential.ts
var exponentialSchedule = defineSchedule({
  name: "exponential",
  version: "1.0.0",
  description: "base * gamma^epoch",
  defaults: {
    gamma: 0.95
  },
  validate({ gamma }) {
    checkPositive("exponential", "gamma", gamma);
  },
  create: ({ gamma }) => epochSchedule("exponential", (base, e) => base * gamma ** e)
});

// plugins/schedules/multi_step.ts
var multiStepSchedule = defineSchedule({
  name: "multiStep",
  version: "1.0.0",
  description: "base * gamma^(milestones passed)",
  defaults: {
    milestones: [],
    gamma: 0.1
  },
  validate({ milestones, gamma }) {
    for (const m of milestones) {
      if (!Number.isInteger(m) || m < 0) {
        fail("multiStep", `milestones must be integers >= 0, got [${milestones.join(", ")}]`);
      }
    }
    checkPositive("multiStep", "gamma", gamma);
  },
  create({ milestones, gamma }) {
    const sorted = [
      ...milestones
    ].sort((a, b) => a - b);
    return epochSchedule("multiStep", (base, e) => {
      let passed = 0;
      while (passed < sorted.length && sorted[passed] <= e) passed++;
      return base * gamma ** passed;
    });
  }
});

// plugins/schedules/one_cycle.ts
var oneCycleSchedule = defineSchedule({
  name: "oneCycle",
  version: "1.0.0",
  description: "1cycle: warm up to maxLr, then anneal far below the start (OneCycleLR)",
  defaults: {
    maxLr: 0,
    totalSteps: 100,
    pctStart: 0.3,
    annealStrategy: "cos",
    divFactor: 25,
    finalDivFactor: 1e4,
    threePhase: false
  },
  validate(o) {
    checkNonNegative("oneCycle", "maxLr", o.maxLr);
    checkInt("oneCycle", "totalSteps", o.totalSteps, 1);
    if (!(o.pctStart > 0 && o.pctStart < 1)) {
      fail("oneCycle", `pctStart must be in (0, 1), got ${o.pctStart}`);
    }
    if (o.annealStrategy !== "cos" && o.annealStrategy !== "linear") {
      fail("oneCycle", `annealStrategy must be "cos" or "linear", got "${o.annealStrategy}"`);
    }
    checkPositive("oneCycle", "divFactor", o.divFactor);
    checkPositive("oneCycle", "finalDivFactor", o.finalDivFactor);
    if (o.threePhase && !(2 * o.pctStart * o.totalSteps - 2 < o.totalSteps - 1)) {
      fail("oneCycle", `with threePhase, 2\xB7pctStart\xB7totalSteps \u2212 2 must be < totalSteps \u2212 1, got pctStart ${o.pctStart}, totalSteps ${o.totalSteps}`);
    }
  },
  create(o) {
    const cos = o.annealStrategy === "cos";
    const anneal = (s, e, pct) => cos ? e + (s - e) * (1 + Math.cos(Math.PI * pct)) / 2 : s + (e - s) * pct;
    const end1 = o.pctStart * o.totalSteps - 1;
    const phases = o.threePhase ? [
      [
        end1,
        0,
        1
      ],
      [
        2 * o.pctStart * o.totalSteps - 2,
        1,
        0
      ],
      [
        o.totalSteps - 1,
        0,
        2
      ]
    ] : [
      [
        end1,
        0,
        1
      ],
      [
        o.totalSteps - 1,
        1,
        2
      ]
    ];
    const inner = epochSchedule("oneCycle", (base, step) => {
      const max2 = o.maxLr > 0 ? o.maxLr : base;
      const initial = max2 / o.divFactor;
      const levels = [
        initial,
        max2,
        initial / o.finalDivFactor
      ];
      let start = 0;
      for (let i = 0; i < phases.length; i++) {
        const [end, from2, to] = phases[i];
        if (step <= end || i === phases.length - 1) {
          return anneal(levels[from2], levels[to], (step - start) / (end - start));
        }
        start = end;
      }
      return levels[2];
    });
    let steps = 0;
    return {
      lr: inner.lr,
      step() {
        if (steps + 1 > o.totalSteps) {
          throw new RectifyError("usage", `Schedule "oneCycle": tried to step ${steps + 1} times, but totalSteps is ${o.totalSteps}`);
        }
        steps++;
        inner.step();
      },
      state: inner.state,
      load(state) {
        inner.load(state);
        steps = inner.state().epoch;
      }
    };
  }
});

// plugins/schedules/reduce_on_plateau.ts
var reduceOnPlateauSchedule = defineSchedule({
  name: "reduceOnPlateau",
  version: "1.0.0",
  description: "multiply lr by factor after `patience` epochs without improvement",
  defaults: {
    mode: "min",
    factor: 0.1,
    patience: 10,
    threshold: 1e-4,
    thresholdMode: "rel",
    cooldown: 0,
    minLr: 0,
    eps: 1e-8
  },
  validate(o) {
    const who = "reduceOnPlateau";
    if (o.mode !== "min" && o.mode !== "max") {
      fail(who, `mode must be "min" or "max", got "${o.mode}"`);
    }
    if (!(o.factor >= 0 && o.factor < 1)) fail(who, `factor must be in [0, 1), got ${o.factor}`);
    checkInt(who, "patience", o.patience, 0);
    checkNonNegative(who, "threshold", o.threshold);
    if (o.thresholdMode !== "rel" && o.thresholdMode !== "abs") {
      fail(who, `thresholdMode must be "rel" or "abs", got "${o.thresholdMode}"`);
    }
    checkInt(who, "cooldown", o.cooldown, 0);
    checkNonNegative(who, "minLr", o.minLr);
    checkNonNegative(who, "eps", o.eps);
  },
  create(o) {
    const min = o.mode === "min", rel = o.thresholdMode === "rel";
    let epoch = 0, best = null, bad = 0, cooldown = 0, reductions = 0;
    const better = (m, b) => {
      if (b === null) return true;
      if (min) return rel ? m < b * (1 - o.threshold) : m < b - o.threshold;
      return rel ? m > b * (1 + o.threshold) : m > b + o.threshold;
    };
    const expected = "{ epoch, best: number | null, numBadEpochs, cooldownCounter, reductions }";
    return {
      needsMetric: true,
      lr(base) {
        let lr = base;
        for (let k = 0; k < reductions; k++) {
          const next = Math.max(lr * o.factor, o.minLr);
          if (lr - next > o.eps) lr = next;
        }
        return lr;
      },
      step(metric) {
        if (typeof metric !== "number" || Number.isNaN(metric)) {
          throw new RectifyError("usage", `Schedule "reduceOnPlateau": step(metric) needs the monitored metric as a number, got ${metric}; pass it every epoch, e.g. schedule.step(valLoss) (every schedule accepts a metric, so a loop can always pass one)`);
        }
        epoch++;
        if (better(metric, best)) {
          best = metric;
          bad = 0;
        } else bad++;
        if (cooldown > 0) {
          cooldown--;
          bad = 0;
        }
        if (bad > o.patience) {
          reductions++;
          cooldown = o.cooldown;
          bad = 0;
        }
      },
      state: () => ({
        epoch,
        best,
        numBadEpochs: bad,
        cooldownCounter: cooldown,
        reductions
      }),
      load(state) {
        const e = readInt("reduceOnPlateau", state, "epoch", expected);
        const b = state.best;
        if (b !== null && typeof b !== "number") badState("reduceOnPlateau", state, expected);
        bad = readInt("reduceOnPlateau", state, "numBadEpochs", expected);
        cooldown = readInt("reduceOnPlateau", state, "cooldownCounter", expected);
        reductions = readInt("reduceOnPlateau", state, "reductions", expected);
        epoch = e;
        best = b;
      }
    };
  }
});

// plugins/schedules/step.ts
var stepSchedule = defineSchedule({
  name: "step",
  version: "1.0.0",
  description: "base * gamma^floor(epoch / stepSize)",
  defaults: {
    stepSize: 10,
    gamma: 0.1
  },
  validate({ stepSize, gamma }) {
    checkInt("step", "stepSize", stepSize, 1);
    checkPositive("step", "gamma", gamma);
  },
  create: ({ stepSize, gamma }) => epochSchedule("step", (base, e) => base * gamma ** Math.floor(e / stepSize))
});

// plugins/schedules/warmup.ts
var warmupSchedule = defineSchedule({
  name: "warmup",
  version: "1.0.0",
  description: "linear warm-up over `steps` epochs, then the `after` schedule",
  defaults: {
    steps: 5,
    startFactor: 1 / 3,
    after: "constant"
  },
  validate({ steps, startFactor, after }) {
    checkInt("warmup", "steps", steps, 0);
    if (!(startFactor >= 0 && startFactor <= 1)) {
      fail("warmup", `startFactor must be in [0, 1], got ${startFactor}`);
    }
    if (after.trim() === "") fail("warmup", `after must be a schedule spec, got ""`);
  },
  create({ steps, startFactor, after }, ctx) {
    let next;
    try {
      next = ctx.registry.create("schedule", after, {
        rng: ctx.rng,
        dtype: ctx.dtype
      });
    } catch (e) {
      throw new RectifyError("option", `Cannot create "warmup": after: ${e.message}`, {
        cause: e
      });
    }
    let epoch = 0;
    return {
      needsMetric: next.needsMetric === true,
      lr: (base) => epoch < steps ? base * (startFactor + (1 - startFactor) * epoch / steps) : next.lr(base),
      step(metric) {
        if (next.needsMetric && (typeof metric !== "number" || Number.isNaN(metric))) {
          throw new RectifyError("usage", `Schedule "warmup": its after schedule "${after}" needs the monitored metric: step(metric) must get a number from the first epoch on, got ${metric}; e.g. schedule.step(valLoss)`);
        }
        epoch++;
        if (epoch > steps) next.step(metric);
      },
      state: () => ({
        epoch,
        after: next.state()
      }),
      load(state) {
        const e = readInt("warmup", state, "epoch", "{ epoch, after }");
        if (!("after" in state)) badState("warmup", state, "{ epoch, after }");
        next.load(state.after);
        epoch = e;
      }
    };
  }
});

// plugins/schedules/mod.ts
var schedulePlugins = [
  constantSchedule,
  stepSchedule,
  multiStepSchedule,
  exponentialSchedule,
  cosineSchedule,
  cosineWarmRestartsSchedule,
  warmupSchedule,
  oneCycleSchedule,
  reduceOnPlateauSchedule
];

// plugins/gradients/dead_unit_monitor.ts
var deadUnitMonitor = defineGradient({
  name: "deadUnitMonitor",
  version: "1.0.0",
  description: "per activation layer, units whose input was <= 0 for every sample seen",
  defaults: {},
  create: () => ({
    attach(model) {
      const layers = [];
      const handles = [];
      for (const [name, m] of model.namedModules()) {
        if (!(m instanceof Activation)) continue;
        const st = {
          name,
          pending: new Int32Array(0),
          open: 0,
          samples: 0
        };
        layers.push(st);
        handles.push(m.registerForwardHook((_m, input) => {
          const x = input.data;
          const rows = input.ndim >= 2 ? input.shape[0] : 1;
          if (rows === 0) return;
          const units = input.ndim >= 3 ? input.shape[1] : x.length / rows;
          const positions = x.length / (rows * units), stride = units * positions;
          if (st.pending.length !== units) {
            st.pending = Int32Array.from({
              length: units
            }, (_, j) => j);
            st.open = units;
            st.samples = 0;
          }
          st.samples += rows;
          const pending = st.pending;
          let open = st.open;
          for (let q = 0; q < open; ) {
            const j = pending[q];
            let seen = false;
            for (let r = 0, off = j * positions; r < rows && !seen; r++, off += stride) {
              for (let p = 0; p < positions; p++) {
                if (x[off + p] > 0) {
                  seen = true;
                  break;
                }
              }
            }
            if (!seen) q++;
            else {
              pending[q] = pending[--open];
              pending[open] = j;
            }
          }
          st.open = open;
        }));
      }
      return {
        remove() {
          for (const h of handles) h.remove();
        },
        read() {
          const out = [];
          for (const st of layers) {
            if (st.samples === 0) continue;
            const dead = st.open, units = st.pending.length;
            out.push({
              name: st.name,
              units,
              dead,
              fraction: units ? dead / units : 0,
              samples: st.samples
            });
          }
          return out;
        },
        reset() {
          for (const st of layers) {
            st.open = st.pending.length;
            st.samples = 0;
          }
        }
      };
    }
  })
});

// plugins/gradients/gradient_noise.ts
var gradientNoise = defineGradient({
  name: "gradientNoise",
  version: "1.0.0",
  description: "annealed Gaussian noise eta/(1+t)^gamma on parameter gradients (seeded)",
  defaults: {
    eta: 0.3,
    gamma: 0.55,
    seed: 0
  },
  validate({ eta, gamma, seed }) {
    if (!(eta >= 0 && Number.isFinite(eta))) {
      throw new RectifyError("option", `Cannot create "gradientNoise": eta must be a finite number >= 0, got ${eta}`);
    }
    if (!(gamma >= 0 && Number.isFinite(gamma))) {
      throw new RectifyError("option", `Cannot create "gradientNoise": gamma must be a finite number >= 0, got ${gamma}`);
    }
    if (!Number.isFinite(seed)) {
      throw new RectifyError("option", `Cannot create "gradientNoise": seed must be a finite number, got ${seed}`);
    }
  },
  create: ({ eta, gamma, seed }) => ({
    attach(model) {
      const base = new Rng(seed);
      const handles = [];
      for (const [, p] of model.namedParameters()) {
        if (!p.requiresGrad) continue;
        const rng = base.fork();
        let t = 0;
        handles.push(p.registerHook((g) => {
          const std = Math.sqrt(eta / (1 + t) ** gamma);
          t++;
          const src = g.data;
          const out = allocData(g.dtype, g.size);
          for (let i = 0; i < src.length; i++) out[i] = src[i] + std * rng.normal();
          return new Tensor(out, g.shape);
        }));
      }
      return {
        remove() {
          for (const h of handles) h.remove();
        }
      };
    }
  })
});

// plugins/gradients/grad_norm_monitor.ts
var gradNormMonitor = defineGradient({
  name: "gradNormMonitor",
  version: "1.0.0",
  description: "records the L2 gradient norm of every parameter per backward pass",
  defaults: {},
  create: () => ({
    attach(model) {
      const history = /* @__PURE__ */ new Map();
      const handles = [];
      for (const [name, p] of model.namedParameters()) {
        if (!p.requiresGrad) continue;
        const list = [];
        history.set(name, list);
        handles.push(p.registerHook((g) => {
          list.push(Math.sqrt(sumSquares(g.data)));
        }));
      }
      return {
        remove() {
          for (const h of handles) h.remove();
        },
        read() {
          const out = {};
          for (const [name, list] of history) out[name] = [
            ...list
          ];
          return out;
        },
        reset() {
          for (const list of history.values()) list.length = 0;
        }
      };
    }
  })
});

// plugins/gradients/linear_relu.ts
var linearRelu = defineGradient({
  name: "linearRelu",
  version: "1.0.0",
  description: "straight-through relu: identity backward",
  defaults: {},
  create: () => ({
    overrides: {
      relu: (g) => {
        const d = g.dtype === "float64" ? new Float64Array(g.data) : new Float32Array(g.data);
        return new Tensor(d, g.shape);
      }
    }
  })
});

// plugins/gradients/mod.ts
var gradientPlugins = [
  guidedBackprop,
  deconvnet,
  linearRelu,
  gradientNoise,
  deadUnitMonitor,
  gradNormMonitor
];

// plugins/transforms/_scaled_params.ts
function addScaledParams(who, weightDecay) {
  checkNonNegative(who, "weightDecay", weightDecay);
  return {
    init: () => ({}),
    update(updates, _state, params) {
      if (weightDecay === 0) return;
      for (let j = 0; j < updates.length; j++) {
        const u = updates[j], p = params[j];
        for (let i = 0; i < u.length; i++) u[i] += weightDecay * p[i];
      }
    }
  };
}

// plugins/transforms/add_decayed_weights.ts
function addDecayedWeights(weightDecay) {
  return addScaledParams("addDecayedWeights", weightDecay);
}

// plugins/transforms/add_weight_decay.ts
function addWeightDecay(weightDecay) {
  return addScaledParams("addWeightDecay", weightDecay);
}

// plugins/transforms/clip_by_global_norm.ts
function clipByGlobalNorm(maxNorm, options = {}) {
  checkPositive("clipByGlobalNorm", "maxNorm", maxNorm);
  const p = normOrder("clipByGlobalNorm", options.normType ?? 2);
  return {
    init: () => ({}),
    update(updates) {
      const coef = clipCoefficient(globalNorm(updates, p), maxNorm);
      if (coef < 1) scaleAll(updates, coef);
    }
  };
}

// plugins/transforms/clip_by_value.ts
function clipByValue(clipValue) {
  checkNonNegative("clipByValue", "clipValue", clipValue);
  const lo = -clipValue;
  return {
    init: () => ({}),
    update(updates) {
      for (const u of updates) {
        for (let i = 0; i < u.length; i++) {
          const x = u[i];
          if (x > clipValue) u[i] = clipValue;
          else if (x < lo) u[i] = lo;
        }
      }
    }
  };
}

// plugins/transforms/clip_grad_norm.ts
function clipGradNorm(params, maxNorm, normType = 2) {
  checkNonNegative("clipGradNorm", "maxNorm", maxNorm);
  const p = normOrder("clipGradNorm", normType);
  const grads = [];
  for (const t of params) if (t.grad) grads.push(t.grad.data);
  const total = globalNorm(grads, p);
  const coef = clipCoefficient(total, maxNorm);
  if (coef < 1) scaleAll(grads, coef);
  return total;
}

// plugins/transforms/clip_grad_value.ts
function clipGradValue(params, clipValue) {
  checkNonNegative("clipGradValue", "clipValue", clipValue);
  const lo = -clipValue;
  for (const t of params) {
    const g = t.grad?.data;
    if (!g) continue;
    for (let i = 0; i < g.length; i++) {
      const x = g[i];
      if (x > clipValue) g[i] = clipValue;
      else if (x < lo) g[i] = lo;
    }
  }
}

// plugins/transforms/scale.ts
function scale(factor) {
  checkFinite2("scale", "factor", factor);
  return {
    init: () => ({}),
    update(updates) {
      if (factor === 1) return;
      for (const u of updates) for (let i = 0; i < u.length; i++) u[i] *= factor;
    }
  };
}

// plugins/transforms/scale_by_learning_rate.ts
function scaleByLearningRate(lr) {
  return {
    init: () => ({}),
    update(updates, _s, _p, ctx) {
      const r = lr === void 0 ? ctx.lr : typeof lr === "number" ? lr : typeof lr === "function" ? lr(ctx.step) : lr.lr(ctx.lr);
      const k = -r;
      for (const u of updates) for (let i = 0; i < u.length; i++) u[i] *= k;
    }
  };
}

// plugins/transforms/scale_by_adadelta.ts
function scaleByAdadelta(options = {}) {
  const rho = options.rho ?? 0.9, eps = options.eps ?? 1e-6;
  checkBeta("scaleByAdadelta", "rho", rho);
  checkPositive("scaleByAdadelta", "eps", eps);
  return ruleTransform(adadeltaDefinition({
    rho,
    eps,
    weightDecay: 0
  }));
}

// plugins/transforms/scale_by_adagrad.ts
function scaleByAdagrad(options = {}) {
  const initialAccumulatorValue = options.initialAccumulatorValue ?? 0;
  const eps = options.eps ?? 1e-10, lrDecay = options.lrDecay ?? 0;
  checkNonNegative("scaleByAdagrad", "initialAccumulatorValue", initialAccumulatorValue);
  checkPositive("scaleByAdagrad", "eps", eps);
  checkNonNegative("scaleByAdagrad", "lrDecay", lrDecay);
  return ruleTransform(adagradDefinition({
    initialAccumulatorValue,
    eps,
    lrDecay,
    weightDecay: 0
  }));
}

// plugins/transforms/scale_by_adam.ts
function scaleByAdam(options = {}) {
  const beta1 = options.beta1 ?? 0.9, beta2 = options.beta2 ?? 0.999, eps = options.eps ?? 1e-8;
  checkBeta("scaleByAdam", "beta1", beta1);
  checkBeta("scaleByAdam", "beta2", beta2);
  checkPositive("scaleByAdam", "eps", eps);
  const amsgrad = options.amsgrad ?? false;
  return ruleTransform(adamDefinition({
    beta1,
    beta2,
    eps,
    amsgrad,
    weightDecay: 0,
    decoupled: false
  }));
}

// plugins/transforms/scale_by_adamax.ts
function scaleByAdamax(options = {}) {
  const beta1 = options.beta1 ?? 0.9, beta2 = options.beta2 ?? 0.999, eps = options.eps ?? 1e-8;
  checkBeta("scaleByAdamax", "beta1", beta1);
  checkBeta("scaleByAdamax", "beta2", beta2);
  checkPositive("scaleByAdamax", "eps", eps);
  return ruleTransform(adamaxDefinition({
    beta1,
    beta2,
    eps,
    weightDecay: 0
  }));
}

// plugins/transforms/scale_by_lion.ts
function scaleByLion(options = {}) {
  const beta1 = options.beta1 ?? 0.9, beta2 = options.beta2 ?? 0.99;
  checkBeta("scaleByLion", "beta1", beta1);
  checkBeta("scaleByLion", "beta2", beta2);
  return ruleTransform(lionDefinition({
    beta1,
    beta2,
    weightDecay: 0
  }));
}

// plugins/transforms/scale_by_nadam.ts
function scaleByNadam(options = {}) {
  const beta1 = options.beta1 ?? 0.9, beta2 = options.beta2 ?? 0.999, eps = options.eps ?? 1e-8;
  const momentumDecay = options.momentumDecay ?? 4e-3;
  checkBeta("scaleByNadam", "beta1", beta1);
  checkBeta("scaleByNadam", "beta2", beta2);
  checkPositive("scaleByNadam", "eps", eps);
  checkNonNegative("scaleByNadam", "momentumDecay", momentumDecay);
  return ruleTransform(nadamDefinition({
    beta1,
    beta2,
    eps,
    momentumDecay,
    weightDecay: 0
  }));
}

// plugins/transforms/scale_by_radam.ts
function scaleByRadam(options = {}) {
  const beta1 = options.beta1 ?? 0.9, beta2 = options.beta2 ?? 0.999, eps = options.eps ?? 1e-8;
  checkBeta("scaleByRadam", "beta1", beta1);
  checkBeta("scaleByRadam", "beta2", beta2);
  checkPositive("scaleByRadam", "eps", eps);
  return ruleTransform(radamDefinition({
    beta1,
    beta2,
    eps,
    weightDecay: 0
  }));
}

// plugins/transforms/scale_by_rms.ts
function scaleByRms(options = {}) {
  const alpha = options.alpha ?? 0.99, eps = options.eps ?? 1e-8;
  const centered = options.centered ?? false;
  checkBeta("scaleByRms", "alpha", alpha);
  checkPositive("scaleByRms", "eps", eps);
  return ruleTransform(rmspropDefinition({
    alpha,
    eps,
    centered,
    momentum: 0,
    weightDecay: 0
  }));
}

// plugins/transforms/scale_by_rprop.ts
function scaleByRprop(options = {}) {
  const initialStep = options.initialStep;
  const etaMinus = options.etaMinus ?? 0.5, etaPlus = options.etaPlus ?? 1.2;
  const stepMin = options.stepMin ?? 1e-6, stepMax = options.stepMax ?? 50;
  if (initialStep !== void 0) checkPositive("scaleByRprop", "initialStep", initialStep);
  checkRpropEtas("scaleByRprop", etaMinus, etaPlus, stepMin, stepMax);
  return ruleTransform(rpropDefinition({
    initialStep,
    etaMinus,
    etaPlus,
    stepMin,
    stepMax
  }));
}

// plugins/transforms/scale_by_trust_ratio.ts
function scaleByTrustRatio(options = {}) {
  const minNorm = options.minNorm ?? 0;
  checkNonNegative("scaleByTrustRatio", "minNorm", minNorm);
  return {
    init: () => ({}),
    update(updates, _state, params) {
      for (let j = 0; j < updates.length; j++) {
        const u = updates[j], ratio = trustRatio(params[j], u, minNorm);
        if (ratio !== 1) {
          for (let i = 0; i < u.length; i++) u[i] *= ratio;
        }
      }
    }
  };
}

// plugins/transforms/trace.ts
function trace(options) {
  const momentum = options.momentum, dampening = options.dampening ?? 0;
  const nesterov = options.nesterov ?? false;
  checkNonNegative("trace", "momentum", momentum);
  if (nesterov && (momentum <= 0 || dampening !== 0)) {
    fail("trace", `nesterov needs momentum > 0 and dampening = 0, got ${momentum}, ${dampening}`);
  }
  return ruleTransform(sgdDefinition({
    momentum,
    dampening,
    nesterov,
    weightDecay: 0,
    maximize: false
  }));
}

// plugins/mod.ts
var builtinPlugins = [
  ...activationPlugins,
  ...initializerPlugins,
  ...optimizerPlugins,
  ...schedulePlugins,
  ...gradientPlugins,
  ...backendPlugins
];
var builtinDefaults = Object.freeze({
  activation: relu.name,
  initializer: glorotUniform.name,
  saliency: Object.freeze({
    guided: guidedBackprop.name,
    deconvnet: deconvnet.name
  })
});
function installBuiltins(registry) {
  for (const p of builtinPlugins) {
    if (!registry.has(p.kind, p.name)) registry.register(p);
  }
  const d = registry.defaults;
  registry.setDefaults({
    activation: d.activation ?? builtinDefaults.activation,
    initializer: d.initializer ?? builtinDefaults.initializer,
    saliency: {
      ...builtinDefaults.saliency,
      ...d.saliency
    }
  });
  return registry;
}
function createRegistry(options = {}) {
  const registry = new Registry();
  return options.builtins === false ? registry : installBuiltins(registry);
}
var backendChosen = false;
function useBuiltins() {
  installBuiltins(defaultRegistry);
  if (backendChosen) return;
  backendChosen = true;
  if (getBackend() === jsBackend && wasmSimdSupported()) {
    setBackend(defaultRegistry.create("backend", "wasm"));
  }
}

// mod.ts
useBuiltins();

// npm:csv-parse@5.6.0/dist/esm/sync.js
var global$1 = typeof global !== "undefined" ? global : typeof self !== "undefined" ? self : typeof window !== "undefined" ? window : {};
var lookup = [];
var revLookup = [];
var Arr = typeof Uint8Array !== "undefined" ? Uint8Array : Array;
var inited = false;
function init() {
  inited = true;
  var code = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  for (var i = 0, len = code.length; i < len; ++i) {
    lookup[i] = code[i];
    revLookup[code.charCodeAt(i)] = i;
  }
  revLookup["-".charCodeAt(0)] = 62;
  revLookup["_".charCodeAt(0)] = 63;
}
function toByteArray(b64) {
  if (!inited) {
    init();
  }
  var i, j, l, tmp, placeHolders, arr;
  var len = b64.length;
  if (len % 4 > 0) {
    throw new Error("Invalid string. Length must be a multiple of 4");
  }
  placeHolders = b64[len - 2] === "=" ? 2 : b64[len - 1] === "=" ? 1 : 0;
  arr = new Arr(len * 3 / 4 - placeHolders);
  l = placeHolders > 0 ? len - 4 : len;
  var L = 0;
  for (i = 0, j = 0; i < l; i += 4, j += 3) {
    tmp = revLookup[b64.charCodeAt(i)] << 18 | revLookup[b64.charCodeAt(i + 1)] << 12 | revLookup[b64.charCodeAt(i + 2)] << 6 | revLookup[b64.charCodeAt(i + 3)];
    arr[L++] = tmp >> 16 & 255;
    arr[L++] = tmp >> 8 & 255;
    arr[L++] = tmp & 255;
  }
  if (placeHolders === 2) {
    tmp = revLookup[b64.charCodeAt(i)] << 2 | revLookup[b64.charCodeAt(i + 1)] >> 4;
    arr[L++] = tmp & 255;
  } else if (placeHolders === 1) {
    tmp = revLookup[b64.charCodeAt(i)] << 10 | revLookup[b64.charCodeAt(i + 1)] << 4 | revLookup[b64.charCodeAt(i + 2)] >> 2;
    arr[L++] = tmp >> 8 & 255;
    arr[L++] = tmp & 255;
  }
  return arr;
}
function tripletToBase64(num) {
  return lookup[num >> 18 & 63] + lookup[num >> 12 & 63] + lookup[num >> 6 & 63] + lookup[num & 63];
}
function encodeChunk(uint8, start, end) {
  var tmp;
  var output = [];
  for (var i = start; i < end; i += 3) {
    tmp = (uint8[i] << 16) + (uint8[i + 1] << 8) + uint8[i + 2];
    output.push(tripletToBase64(tmp));
  }
  return output.join("");
}
function fromByteArray(uint8) {
  if (!inited) {
    init();
  }
  var tmp;
  var len = uint8.length;
  var extraBytes = len % 3;
  var output = "";
  var parts = [];
  var maxChunkLength = 16383;
  for (var i = 0, len2 = len - extraBytes; i < len2; i += maxChunkLength) {
    parts.push(encodeChunk(uint8, i, i + maxChunkLength > len2 ? len2 : i + maxChunkLength));
  }
  if (extraBytes === 1) {
    tmp = uint8[len - 1];
    output += lookup[tmp >> 2];
    output += lookup[tmp << 4 & 63];
    output += "==";
  } else if (extraBytes === 2) {
    tmp = (uint8[len - 2] << 8) + uint8[len - 1];
    output += lookup[tmp >> 10];
    output += lookup[tmp >> 4 & 63];
    output += lookup[tmp << 2 & 63];
    output += "=";
  }
  parts.push(output);
  return parts.join("");
}
function read(buffer, offset, isLE, mLen, nBytes) {
  var e, m;
  var eLen = nBytes * 8 - mLen - 1;
  var eMax = (1 << eLen) - 1;
  var eBias = eMax >> 1;
  var nBits = -7;
  var i = isLE ? nBytes - 1 : 0;
  var d = isLE ? -1 : 1;
  var s = buffer[offset + i];
  i += d;
  e = s & (1 << -nBits) - 1;
  s >>= -nBits;
  nBits += eLen;
  for (; nBits > 0; e = e * 256 + buffer[offset + i], i += d, nBits -= 8) {
  }
  m = e & (1 << -nBits) - 1;
  e >>= -nBits;
  nBits += mLen;
  for (; nBits > 0; m = m * 256 + buffer[offset + i], i += d, nBits -= 8) {
  }
  if (e === 0) {
    e = 1 - eBias;
  } else if (e === eMax) {
    return m ? NaN : (s ? -1 : 1) * Infinity;
  } else {
    m = m + Math.pow(2, mLen);
    e = e - eBias;
  }
  return (s ? -1 : 1) * m * Math.pow(2, e - mLen);
}
function write(buffer, value, offset, isLE, mLen, nBytes) {
  var e, m, c;
  var eLen = nBytes * 8 - mLen - 1;
  var eMax = (1 << eLen) - 1;
  var eBias = eMax >> 1;
  var rt = mLen === 23 ? Math.pow(2, -24) - Math.pow(2, -77) : 0;
  var i = isLE ? 0 : nBytes - 1;
  var d = isLE ? 1 : -1;
  var s = value < 0 || value === 0 && 1 / value < 0 ? 1 : 0;
  value = Math.abs(value);
  if (isNaN(value) || value === Infinity) {
    m = isNaN(value) ? 1 : 0;
    e = eMax;
  } else {
    e = Math.floor(Math.log(value) / Math.LN2);
    if (value * (c = Math.pow(2, -e)) < 1) {
      e--;
      c *= 2;
    }
    if (e + eBias >= 1) {
      value += rt / c;
    } else {
      value += rt * Math.pow(2, 1 - eBias);
    }
    if (value * c >= 2) {
      e++;
      c /= 2;
    }
    if (e + eBias >= eMax) {
      m = 0;
      e = eMax;
    } else if (e + eBias >= 1) {
      m = (value * c - 1) * Math.pow(2, mLen);
      e = e + eBias;
    } else {
      m = value * Math.pow(2, eBias - 1) * Math.pow(2, mLen);
      e = 0;
    }
  }
  for (; mLen >= 8; buffer[offset + i] = m & 255, i += d, m /= 256, mLen -= 8) {
  }
  e = e << mLen | m;
  eLen += mLen;
  for (; eLen > 0; buffer[offset + i] = e & 255, i += d, e /= 256, eLen -= 8) {
  }
  buffer[offset + i - d] |= s * 128;
}
var toString = {}.toString;
var isArray = Array.isArray || function(arr) {
  return toString.call(arr) == "[object Array]";
};
var INSPECT_MAX_BYTES = 50;
Buffer.TYPED_ARRAY_SUPPORT = global$1.TYPED_ARRAY_SUPPORT !== void 0 ? global$1.TYPED_ARRAY_SUPPORT : true;
kMaxLength();
function kMaxLength() {
  return Buffer.TYPED_ARRAY_SUPPORT ? 2147483647 : 1073741823;
}
function createBuffer(that, length) {
  if (kMaxLength() < length) {
    throw new RangeError("Invalid typed array length");
  }
  if (Buffer.TYPED_ARRAY_SUPPORT) {
    that = new Uint8Array(length);
    that.__proto__ = Buffer.prototype;
  } else {
    if (that === null) {
      that = new Buffer(length);
    }
    that.length = length;
  }
  return that;
}
function Buffer(arg, encodingOrOffset, length) {
  if (!Buffer.TYPED_ARRAY_SUPPORT && !(this instanceof Buffer)) {
    return new Buffer(arg, encodingOrOffset, length);
  }
  if (typeof arg === "number") {
    if (typeof encodingOrOffset === "string") {
      throw new Error("If encoding is specified then the first argument must be a string");
    }
    return allocUnsafe(this, arg);
  }
  return from(this, arg, encodingOrOffset, length);
}
Buffer.poolSize = 8192;
Buffer._augment = function(arr) {
  arr.__proto__ = Buffer.prototype;
  return arr;
};
function from(that, value, encodingOrOffset, length) {
  if (typeof value === "number") {
    throw new TypeError('"value" argument must not be a number');
  }
  if (typeof ArrayBuffer !== "undefined" && value instanceof ArrayBuffer) {
    return fromArrayBuffer(that, value, encodingOrOffset, length);
  }
  if (typeof value === "string") {
    return fromString(that, value, encodingOrOffset);
  }
  return fromObject(that, value);
}
Buffer.from = function(value, encodingOrOffset, length) {
  return from(null, value, encodingOrOffset, length);
};
if (Buffer.TYPED_ARRAY_SUPPORT) {
  Buffer.prototype.__proto__ = Uint8Array.prototype;
  Buffer.__proto__ = Uint8Array;
  if (typeof Symbol !== "undefined" && Symbol.species && Buffer[Symbol.species] === Buffer) ;
}
function assertSize(size) {
  if (typeof size !== "number") {
    throw new TypeError('"size" argument must be a number');
  } else if (size < 0) {
    throw new RangeError('"size" argument must not be negative');
  }
}
function alloc2(that, size, fill3, encoding) {
  assertSize(size);
  if (size <= 0) {
    return createBuffer(that, size);
  }
  if (fill3 !== void 0) {
    return typeof encoding === "string" ? createBuffer(that, size).fill(fill3, encoding) : createBuffer(that, size).fill(fill3);
  }
  return createBuffer(that, size);
}
Buffer.alloc = function(size, fill3, encoding) {
  return alloc2(null, size, fill3, encoding);
};
function allocUnsafe(that, size) {
  assertSize(size);
  that = createBuffer(that, size < 0 ? 0 : checked(size) | 0);
  if (!Buffer.TYPED_ARRAY_SUPPORT) {
    for (var i = 0; i < size; ++i) {
      that[i] = 0;
    }
  }
  return that;
}
Buffer.allocUnsafe = function(size) {
  return allocUnsafe(null, size);
};
Buffer.allocUnsafeSlow = function(size) {
  return allocUnsafe(null, size);
};
function fromString(that, string, encoding) {
  if (typeof encoding !== "string" || encoding === "") {
    encoding = "utf8";
  }
  if (!Buffer.isEncoding(encoding)) {
    throw new TypeError('"encoding" must be a valid string encoding');
  }
  var length = byteLength(string, encoding) | 0;
  that = createBuffer(that, length);
  var actual = that.write(string, encoding);
  if (actual !== length) {
    that = that.slice(0, actual);
  }
  return that;
}
function fromArrayLike(that, array) {
  var length = array.length < 0 ? 0 : checked(array.length) | 0;
  that = createBuffer(that, length);
  for (var i = 0; i < length; i += 1) {
    that[i] = array[i] & 255;
  }
  return that;
}
function fromArrayBuffer(that, array, byteOffset, length) {
  array.byteLength;
  if (byteOffset < 0 || array.byteLength < byteOffset) {
    throw new RangeError("'offset' is out of bounds");
  }
  if (array.byteLength < byteOffset + (length || 0)) {
    throw new RangeError("'length' is out of bounds");
  }
  if (byteOffset === void 0 && length === void 0) {
    array = new Uint8Array(array);
  } else if (length === void 0) {
    array = new Uint8Array(array, byteOffset);
  } else {
    array = new Uint8Array(array, byteOffset, length);
  }
  if (Buffer.TYPED_ARRAY_SUPPORT) {
    that = array;
    that.__proto__ = Buffer.prototype;
  } else {
    that = fromArrayLike(that, array);
  }
  return that;
}
function fromObject(that, obj) {
  if (internalIsBuffer(obj)) {
    var len = checked(obj.length) | 0;
    that = createBuffer(that, len);
    if (that.length === 0) {
      return that;
    }
    obj.copy(that, 0, 0, len);
    return that;
  }
  if (obj) {
    if (typeof ArrayBuffer !== "undefined" && obj.buffer instanceof ArrayBuffer || "length" in obj) {
      if (typeof obj.length !== "number" || isnan(obj.length)) {
        return createBuffer(that, 0);
      }
      return fromArrayLike(that, obj);
    }
    if (obj.type === "Buffer" && isArray(obj.data)) {
      return fromArrayLike(that, obj.data);
    }
  }
  throw new TypeError("First argument must be a string, Buffer, ArrayBuffer, Array, or array-like object.");
}
function checked(length) {
  if (length >= kMaxLength()) {
    throw new RangeError("Attempt to allocate Buffer larger than maximum size: 0x" + kMaxLength().toString(16) + " bytes");
  }
  return length | 0;
}
Buffer.isBuffer = isBuffer;
function internalIsBuffer(b) {
  return !!(b != null && b._isBuffer);
}
Buffer.compare = function compare2(a, b) {
  if (!internalIsBuffer(a) || !internalIsBuffer(b)) {
    throw new TypeError("Arguments must be Buffers");
  }
  if (a === b) return 0;
  var x = a.length;
  var y = b.length;
  for (var i = 0, len = Math.min(x, y); i < len; ++i) {
    if (a[i] !== b[i]) {
      x = a[i];
      y = b[i];
      break;
    }
  }
  if (x < y) return -1;
  if (y < x) return 1;
  return 0;
};
Buffer.isEncoding = function isEncoding(encoding) {
  switch (String(encoding).toLowerCase()) {
    case "hex":
    case "utf8":
    case "utf-8":
    case "ascii":
    case "latin1":
    case "binary":
    case "base64":
    case "ucs2":
    case "ucs-2":
    case "utf16le":
    case "utf-16le":
      return true;
    default:
      return false;
  }
};
Buffer.concat = function concat2(list, length) {
  if (!isArray(list)) {
    throw new TypeError('"list" argument must be an Array of Buffers');
  }
  if (list.length === 0) {
    return Buffer.alloc(0);
  }
  var i;
  if (length === void 0) {
    length = 0;
    for (i = 0; i < list.length; ++i) {
      length += list[i].length;
    }
  }
  var buffer = Buffer.allocUnsafe(length);
  var pos = 0;
  for (i = 0; i < list.length; ++i) {
    var buf = list[i];
    if (!internalIsBuffer(buf)) {
      throw new TypeError('"list" argument must be an Array of Buffers');
    }
    buf.copy(buffer, pos);
    pos += buf.length;
  }
  return buffer;
};
function byteLength(string, encoding) {
  if (internalIsBuffer(string)) {
    return string.length;
  }
  if (typeof ArrayBuffer !== "undefined" && typeof ArrayBuffer.isView === "function" && (ArrayBuffer.isView(string) || string instanceof ArrayBuffer)) {
    return string.byteLength;
  }
  if (typeof string !== "string") {
    string = "" + string;
  }
  var len = string.length;
  if (len === 0) return 0;
  var loweredCase = false;
  for (; ; ) {
    switch (encoding) {
      case "ascii":
      case "latin1":
      case "binary":
        return len;
      case "utf8":
      case "utf-8":
      case void 0:
        return utf8ToBytes(string).length;
      case "ucs2":
      case "ucs-2":
      case "utf16le":
      case "utf-16le":
        return len * 2;
      case "hex":
        return len >>> 1;
      case "base64":
        return base64ToBytes(string).length;
      default:
        if (loweredCase) return utf8ToBytes(string).length;
        encoding = ("" + encoding).toLowerCase();
        loweredCase = true;
    }
  }
}
Buffer.byteLength = byteLength;
function slowToString(encoding, start, end) {
  var loweredCase = false;
  if (start === void 0 || start < 0) {
    start = 0;
  }
  if (start > this.length) {
    return "";
  }
  if (end === void 0 || end > this.length) {
    end = this.length;
  }
  if (end <= 0) {
    return "";
  }
  end >>>= 0;
  start >>>= 0;
  if (end <= start) {
    return "";
  }
  if (!encoding) encoding = "utf8";
  while (true) {
    switch (encoding) {
      case "hex":
        return hexSlice(this, start, end);
      case "utf8":
      case "utf-8":
        return utf8Slice(this, start, end);
      case "ascii":
        return asciiSlice(this, start, end);
      case "latin1":
      case "binary":
        return latin1Slice(this, start, end);
      case "base64":
        return base64Slice(this, start, end);
      case "ucs2":
      case "ucs-2":
      case "utf16le":
      case "utf-16le":
        return utf16leSlice(this, start, end);
      default:
        if (loweredCase) throw new TypeError("Unknown encoding: " + encoding);
        encoding = (encoding + "").toLowerCase();
        loweredCase = true;
    }
  }
}
Buffer.prototype._isBuffer = true;
function swap(b, n, m) {
  var i = b[n];
  b[n] = b[m];
  b[m] = i;
}
Buffer.prototype.swap16 = function swap16() {
  var len = this.length;
  if (len % 2 !== 0) {
    throw new RangeError("Buffer size must be a multiple of 16-bits");
  }
  for (var i = 0; i < len; i += 2) {
    swap(this, i, i + 1);
  }
  return this;
};
Buffer.prototype.swap32 = function swap32() {
  var len = this.length;
  if (len % 4 !== 0) {
    throw new RangeError("Buffer size must be a multiple of 32-bits");
  }
  for (var i = 0; i < len; i += 4) {
    swap(this, i, i + 3);
    swap(this, i + 1, i + 2);
  }
  return this;
};
Buffer.prototype.swap64 = function swap64() {
  var len = this.length;
  if (len % 8 !== 0) {
    throw new RangeError("Buffer size must be a multiple of 64-bits");
  }
  for (var i = 0; i < len; i += 8) {
    swap(this, i, i + 7);
    swap(this, i + 1, i + 6);
    swap(this, i + 2, i + 5);
    swap(this, i + 3, i + 4);
  }
  return this;
};
Buffer.prototype.toString = function toString2() {
  var length = this.length | 0;
  if (length === 0) return "";
  if (arguments.length === 0) return utf8Slice(this, 0, length);
  return slowToString.apply(this, arguments);
};
Buffer.prototype.equals = function equals(b) {
  if (!internalIsBuffer(b)) throw new TypeError("Argument must be a Buffer");
  if (this === b) return true;
  return Buffer.compare(this, b) === 0;
};
Buffer.prototype.inspect = function inspect() {
  var str = "";
  var max2 = INSPECT_MAX_BYTES;
  if (this.length > 0) {
    str = this.toString("hex", 0, max2).match(/.{2}/g).join(" ");
    if (this.length > max2) str += " ... ";
  }
  return "<Buffer " + str + ">";
};
Buffer.prototype.compare = function compare3(target, start, end, thisStart, thisEnd) {
  if (!internalIsBuffer(target)) {
    throw new TypeError("Argument must be a Buffer");
  }
  if (start === void 0) {
    start = 0;
  }
  if (end === void 0) {
    end = target ? target.length : 0;
  }
  if (thisStart === void 0) {
    thisStart = 0;
  }
  if (thisEnd === void 0) {
    thisEnd = this.length;
  }
  if (start < 0 || end > target.length || thisStart < 0 || thisEnd > this.length) {
    throw new RangeError("out of range index");
  }
  if (thisStart >= thisEnd && start >= end) {
    return 0;
  }
  if (thisStart >= thisEnd) {
    return -1;
  }
  if (start >= end) {
    return 1;
  }
  start >>>= 0;
  end >>>= 0;
  thisStart >>>= 0;
  thisEnd >>>= 0;
  if (this === target) return 0;
  var x = thisEnd - thisStart;
  var y = end - start;
  var len = Math.min(x, y);
  var thisCopy = this.slice(thisStart, thisEnd);
  var targetCopy = target.slice(start, end);
  for (var i = 0; i < len; ++i) {
    if (thisCopy[i] !== targetCopy[i]) {
      x = thisCopy[i];
      y = targetCopy[i];
      break;
    }
  }
  if (x < y) return -1;
  if (y < x) return 1;
  return 0;
};
function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  if (buffer.length === 0) return -1;
  if (typeof byteOffset === "string") {
    encoding = byteOffset;
    byteOffset = 0;
  } else if (byteOffset > 2147483647) {
    byteOffset = 2147483647;
  } else if (byteOffset < -2147483648) {
    byteOffset = -2147483648;
  }
  byteOffset = +byteOffset;
  if (isNaN(byteOffset)) {
    byteOffset = dir ? 0 : buffer.length - 1;
  }
  if (byteOffset < 0) byteOffset = buffer.length + byteOffset;
  if (byteOffset >= buffer.length) {
    if (dir) return -1;
    else byteOffset = buffer.length - 1;
  } else if (byteOffset < 0) {
    if (dir) byteOffset = 0;
    else return -1;
  }
  if (typeof val === "string") {
    val = Buffer.from(val, encoding);
  }
  if (internalIsBuffer(val)) {
    if (val.length === 0) {
      return -1;
    }
    return arrayIndexOf(buffer, val, byteOffset, encoding, dir);
  } else if (typeof val === "number") {
    val = val & 255;
    if (Buffer.TYPED_ARRAY_SUPPORT && typeof Uint8Array.prototype.indexOf === "function") {
      if (dir) {
        return Uint8Array.prototype.indexOf.call(buffer, val, byteOffset);
      } else {
        return Uint8Array.prototype.lastIndexOf.call(buffer, val, byteOffset);
      }
    }
    return arrayIndexOf(buffer, [
      val
    ], byteOffset, encoding, dir);
  }
  throw new TypeError("val must be string, number or Buffer");
}
function arrayIndexOf(arr, val, byteOffset, encoding, dir) {
  var indexSize = 1;
  var arrLength = arr.length;
  var valLength = val.length;
  if (encoding !== void 0) {
    encoding = String(encoding).toLowerCase();
    if (encoding === "ucs2" || encoding === "ucs-2" || encoding === "utf16le" || encoding === "utf-16le") {
      if (arr.length < 2 || val.length < 2) {
        return -1;
      }
      indexSize = 2;
      arrLength /= 2;
      valLength /= 2;
      byteOffset /= 2;
    }
  }
  function read2(buf, i2) {
    if (indexSize === 1) {
      return buf[i2];
    } else {
      return buf.readUInt16BE(i2 * indexSize);
    }
  }
  var i;
  if (dir) {
    var foundIndex = -1;
    for (i = byteOffset; i < arrLength; i++) {
      if (read2(arr, i) === read2(val, foundIndex === -1 ? 0 : i - foundIndex)) {
        if (foundIndex === -1) foundIndex = i;
        if (i - foundIndex + 1 === valLength) return foundIndex * indexSize;
      } else {
        if (foundIndex !== -1) i -= i - foundIndex;
        foundIndex = -1;
      }
    }
  } else {
    if (byteOffset + valLength > arrLength) byteOffset = arrLength - valLength;
    for (i = byteOffset; i >= 0; i--) {
      var found = true;
      for (var j = 0; j < valLength; j++) {
        if (read2(arr, i + j) !== read2(val, j)) {
          found = false;
          break;
        }
      }
      if (found) return i;
    }
  }
  return -1;
}
Buffer.prototype.includes = function includes(val, byteOffset, encoding) {
  return this.indexOf(val, byteOffset, encoding) !== -1;
};
Buffer.prototype.indexOf = function indexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
};
Buffer.prototype.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
};
function hexWrite(buf, string, offset, length) {
  offset = Number(offset) || 0;
  var remaining = buf.length - offset;
  if (!length) {
    length = remaining;
  } else {
    length = Number(length);
    if (length > remaining) {
      length = remaining;
    }
  }
  var strLen = string.length;
  if (strLen % 2 !== 0) throw new TypeError("Invalid hex string");
  if (length > strLen / 2) {
    length = strLen / 2;
  }
  for (var i = 0; i < length; ++i) {
    var parsed = parseInt(string.substr(i * 2, 2), 16);
    if (isNaN(parsed)) return i;
    buf[offset + i] = parsed;
  }
  return i;
}
function utf8Write(buf, string, offset, length) {
  return blitBuffer(utf8ToBytes(string, buf.length - offset), buf, offset, length);
}
function asciiWrite(buf, string, offset, length) {
  return blitBuffer(asciiToBytes(string), buf, offset, length);
}
function latin1Write(buf, string, offset, length) {
  return asciiWrite(buf, string, offset, length);
}
function base64Write(buf, string, offset, length) {
  return blitBuffer(base64ToBytes(string), buf, offset, length);
}
function ucs2Write(buf, string, offset, length) {
  return blitBuffer(utf16leToBytes(string, buf.length - offset), buf, offset, length);
}
Buffer.prototype.write = function write2(string, offset, length, encoding) {
  if (offset === void 0) {
    encoding = "utf8";
    length = this.length;
    offset = 0;
  } else if (length === void 0 && typeof offset === "string") {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else if (isFinite(offset)) {
    offset = offset | 0;
    if (isFinite(length)) {
      length = length | 0;
      if (encoding === void 0) encoding = "utf8";
    } else {
      encoding = length;
      length = void 0;
    }
  } else {
    throw new Error("Buffer.write(string, encoding, offset[, length]) is no longer supported");
  }
  var remaining = this.length - offset;
  if (length === void 0 || length > remaining) length = remaining;
  if (string.length > 0 && (length < 0 || offset < 0) || offset > this.length) {
    throw new RangeError("Attempt to write outside buffer bounds");
  }
  if (!encoding) encoding = "utf8";
  var loweredCase = false;
  for (; ; ) {
    switch (encoding) {
      case "hex":
        return hexWrite(this, string, offset, length);
      case "utf8":
      case "utf-8":
        return utf8Write(this, string, offset, length);
      case "ascii":
        return asciiWrite(this, string, offset, length);
      case "latin1":
      case "binary":
        return latin1Write(this, string, offset, length);
      case "base64":
        return base64Write(this, string, offset, length);
      case "ucs2":
      case "ucs-2":
      case "utf16le":
      case "utf-16le":
        return ucs2Write(this, string, offset, length);
      default:
        if (loweredCase) throw new TypeError("Unknown encoding: " + encoding);
        encoding = ("" + encoding).toLowerCase();
        loweredCase = true;
    }
  }
};
Buffer.prototype.toJSON = function toJSON() {
  return {
    type: "Buffer",
    data: Array.prototype.slice.call(this._arr || this, 0)
  };
};
function base64Slice(buf, start, end) {
  if (start === 0 && end === buf.length) {
    return fromByteArray(buf);
  } else {
    return fromByteArray(buf.slice(start, end));
  }
}
function utf8Slice(buf, start, end) {
  end = Math.min(buf.length, end);
  var res = [];
  var i = start;
  while (i < end) {
    var firstByte = buf[i];
    var codePoint = null;
    var bytesPerSequence = firstByte > 239 ? 4 : firstByte > 223 ? 3 : firstByte > 191 ? 2 : 1;
    if (i + bytesPerSequence <= end) {
      var secondByte, thirdByte, fourthByte, tempCodePoint;
      switch (bytesPerSequence) {
        case 1:
          if (firstByte < 128) {
            codePoint = firstByte;
          }
          break;
        case 2:
          secondByte = buf[i + 1];
          if ((secondByte & 192) === 128) {
            tempCodePoint = (firstByte & 31) << 6 | secondByte & 63;
            if (tempCodePoint > 127) {
              codePoint = tempCodePoint;
            }
          }
          break;
        case 3:
          secondByte = buf[i + 1];
          thirdByte = buf[i + 2];
          if ((secondByte & 192) === 128 && (thirdByte & 192) === 128) {
            tempCodePoint = (firstByte & 15) << 12 | (secondByte & 63) << 6 | thirdByte & 63;
            if (tempCodePoint > 2047 && (tempCodePoint < 55296 || tempCodePoint > 57343)) {
              codePoint = tempCodePoint;
            }
          }
          break;
        case 4:
          secondByte = buf[i + 1];
          thirdByte = buf[i + 2];
          fourthByte = buf[i + 3];
          if ((secondByte & 192) === 128 && (thirdByte & 192) === 128 && (fourthByte & 192) === 128) {
            tempCodePoint = (firstByte & 15) << 18 | (secondByte & 63) << 12 | (thirdByte & 63) << 6 | fourthByte & 63;
            if (tempCodePoint > 65535 && tempCodePoint < 1114112) {
              codePoint = tempCodePoint;
            }
          }
      }
    }
    if (codePoint === null) {
      codePoint = 65533;
      bytesPerSequence = 1;
    } else if (codePoint > 65535) {
      codePoint -= 65536;
      res.push(codePoint >>> 10 & 1023 | 55296);
      codePoint = 56320 | codePoint & 1023;
    }
    res.push(codePoint);
    i += bytesPerSequence;
  }
  return decodeCodePointsArray(res);
}
var MAX_ARGUMENTS_LENGTH = 4096;
function decodeCodePointsArray(codePoints) {
  var len = codePoints.length;
  if (len <= MAX_ARGUMENTS_LENGTH) {
    return String.fromCharCode.apply(String, codePoints);
  }
  var res = "";
  var i = 0;
  while (i < len) {
    res += String.fromCharCode.apply(String, codePoints.slice(i, i += MAX_ARGUMENTS_LENGTH));
  }
  return res;
}
function asciiSlice(buf, start, end) {
  var ret = "";
  end = Math.min(buf.length, end);
  for (var i = start; i < end; ++i) {
    ret += String.fromCharCode(buf[i] & 127);
  }
  return ret;
}
function latin1Slice(buf, start, end) {
  var ret = "";
  end = Math.min(buf.length, end);
  for (var i = start; i < end; ++i) {
    ret += String.fromCharCode(buf[i]);
  }
  return ret;
}
function hexSlice(buf, start, end) {
  var len = buf.length;
  if (!start || start < 0) start = 0;
  if (!end || end < 0 || end > len) end = len;
  var out = "";
  for (var i = start; i < end; ++i) {
    out += toHex(buf[i]);
  }
  return out;
}
function utf16leSlice(buf, start, end) {
  var bytes = buf.slice(start, end);
  var res = "";
  for (var i = 0; i < bytes.length; i += 2) {
    res += String.fromCharCode(bytes[i] + bytes[i + 1] * 256);
  }
  return res;
}
Buffer.prototype.slice = function slice2(start, end) {
  var len = this.length;
  start = ~~start;
  end = end === void 0 ? len : ~~end;
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  } else if (start > len) {
    start = len;
  }
  if (end < 0) {
    end += len;
    if (end < 0) end = 0;
  } else if (end > len) {
    end = len;
  }
  if (end < start) end = start;
  var newBuf;
  if (Buffer.TYPED_ARRAY_SUPPORT) {
    newBuf = this.subarray(start, end);
    newBuf.__proto__ = Buffer.prototype;
  } else {
    var sliceLen = end - start;
    newBuf = new Buffer(sliceLen, void 0);
    for (var i = 0; i < sliceLen; ++i) {
      newBuf[i] = this[i + start];
    }
  }
  return newBuf;
};
function checkOffset(offset, ext, length) {
  if (offset % 1 !== 0 || offset < 0) throw new RangeError("offset is not uint");
  if (offset + ext > length) throw new RangeError("Trying to access beyond buffer length");
}
Buffer.prototype.readUIntLE = function readUIntLE(offset, byteLength2, noAssert) {
  offset = offset | 0;
  byteLength2 = byteLength2 | 0;
  if (!noAssert) checkOffset(offset, byteLength2, this.length);
  var val = this[offset];
  var mul2 = 1;
  var i = 0;
  while (++i < byteLength2 && (mul2 *= 256)) {
    val += this[offset + i] * mul2;
  }
  return val;
};
Buffer.prototype.readUIntBE = function readUIntBE(offset, byteLength2, noAssert) {
  offset = offset | 0;
  byteLength2 = byteLength2 | 0;
  if (!noAssert) {
    checkOffset(offset, byteLength2, this.length);
  }
  var val = this[offset + --byteLength2];
  var mul2 = 1;
  while (byteLength2 > 0 && (mul2 *= 256)) {
    val += this[offset + --byteLength2] * mul2;
  }
  return val;
};
Buffer.prototype.readUInt8 = function readUInt8(offset, noAssert) {
  if (!noAssert) checkOffset(offset, 1, this.length);
  return this[offset];
};
Buffer.prototype.readUInt16LE = function readUInt16LE(offset, noAssert) {
  if (!noAssert) checkOffset(offset, 2, this.length);
  return this[offset] | this[offset + 1] << 8;
};
Buffer.prototype.readUInt16BE = function readUInt16BE(offset, noAssert) {
  if (!noAssert) checkOffset(offset, 2, this.length);
  return this[offset] << 8 | this[offset + 1];
};
Buffer.prototype.readUInt32LE = function readUInt32LE(offset, noAssert) {
  if (!noAssert) checkOffset(offset, 4, this.length);
  return (this[offset] | this[offset + 1] << 8 | this[offset + 2] << 16) + this[offset + 3] * 16777216;
};
Buffer.prototype.readUInt32BE = function readUInt32BE(offset, noAssert) {
  if (!noAssert) checkOffset(offset, 4, this.length);
  return this[offset] * 16777216 + (this[offset + 1] << 16 | this[offset + 2] << 8 | this[offset + 3]);
};
Buffer.prototype.readIntLE = function readIntLE(offset, byteLength2, noAssert) {
  offset = offset | 0;
  byteLength2 = byteLength2 | 0;
  if (!noAssert) checkOffset(offset, byteLength2, this.length);
  var val = this[offset];
  var mul2 = 1;
  var i = 0;
  while (++i < byteLength2 && (mul2 *= 256)) {
    val += this[offset + i] * mul2;
  }
  mul2 *= 128;
  if (val >= mul2) val -= Math.pow(2, 8 * byteLength2);
  return val;
};
Buffer.prototype.readIntBE = function readIntBE(offset, byteLength2, noAssert) {
  offset = offset | 0;
  byteLength2 = byteLength2 | 0;
  if (!noAssert) checkOffset(offset, byteLength2, this.length);
  var i = byteLength2;
  var mul2 = 1;
  var val = this[offset + --i];
  while (i > 0 && (mul2 *= 256)) {
    val += this[offset + --i] * mul2;
  }
  mul2 *= 128;
  if (val >= mul2) val -= Math.pow(2, 8 * byteLength2);
  return val;
};
Buffer.prototype.readInt8 = function readInt8(offset, noAssert) {
  if (!noAssert) checkOffset(offset, 1, this.length);
  if (!(this[offset] & 128)) return this[offset];
  return (255 - this[offset] + 1) * -1;
};
Buffer.prototype.readInt16LE = function readInt16LE(offset, noAssert) {
  if (!noAssert) checkOffset(offset, 2, this.length);
  var val = this[offset] | this[offset + 1] << 8;
  return val & 32768 ? val | 4294901760 : val;
};
Buffer.prototype.readInt16BE = function readInt16BE(offset, noAssert) {
  if (!noAssert) checkOffset(offset, 2, this.length);
  var val = this[offset + 1] | this[offset] << 8;
  return val & 32768 ? val | 4294901760 : val;
};
Buffer.prototype.readInt32LE = function readInt32LE(offset, noAssert) {
  if (!noAssert) checkOffset(offset, 4, this.length);
  return this[offset] | this[offset + 1] << 8 | this[offset + 2] << 16 | this[offset + 3] << 24;
};
Buffer.prototype.readInt32BE = function readInt32BE(offset, noAssert) {
  if (!noAssert) checkOffset(offset, 4, this.length);
  return this[offset] << 24 | this[offset + 1] << 16 | this[offset + 2] << 8 | this[offset + 3];
};
Buffer.prototype.readFloatLE = function readFloatLE(offset, noAssert) {
  if (!noAssert) checkOffset(offset, 4, this.length);
  return read(this, offset, true, 23, 4);
};
Buffer.prototype.readFloatBE = function readFloatBE(offset, noAssert) {
  if (!noAssert) checkOffset(offset, 4, this.length);
  return read(this, offset, false, 23, 4);
};
Buffer.prototype.readDoubleLE = function readDoubleLE(offset, noAssert) {
  if (!noAssert) checkOffset(offset, 8, this.length);
  return read(this, offset, true, 52, 8);
};
Buffer.prototype.readDoubleBE = function readDoubleBE(offset, noAssert) {
  if (!noAssert) checkOffset(offset, 8, this.length);
  return read(this, offset, false, 52, 8);
};
function checkInt2(buf, value, offset, ext, max2, min) {
  if (!internalIsBuffer(buf)) throw new TypeError('"buffer" argument must be a Buffer instance');
  if (value > max2 || value < min) throw new RangeError('"value" argument is out of bounds');
  if (offset + ext > buf.length) throw new RangeError("Index out of range");
}
Buffer.prototype.writeUIntLE = function writeUIntLE(value, offset, byteLength2, noAssert) {
  value = +value;
  offset = offset | 0;
  byteLength2 = byteLength2 | 0;
  if (!noAssert) {
    var maxBytes = Math.pow(2, 8 * byteLength2) - 1;
    checkInt2(this, value, offset, byteLength2, maxBytes, 0);
  }
  var mul2 = 1;
  var i = 0;
  this[offset] = value & 255;
  while (++i < byteLength2 && (mul2 *= 256)) {
    this[offset + i] = value / mul2 & 255;
  }
  return offset + byteLength2;
};
Buffer.prototype.writeUIntBE = function writeUIntBE(value, offset, byteLength2, noAssert) {
  value = +value;
  offset = offset | 0;
  byteLength2 = byteLength2 | 0;
  if (!noAssert) {
    var maxBytes = Math.pow(2, 8 * byteLength2) - 1;
    checkInt2(this, value, offset, byteLength2, maxBytes, 0);
  }
  var i = byteLength2 - 1;
  var mul2 = 1;
  this[offset + i] = value & 255;
  while (--i >= 0 && (mul2 *= 256)) {
    this[offset + i] = value / mul2 & 255;
  }
  return offset + byteLength2;
};
Buffer.prototype.writeUInt8 = function writeUInt8(value, offset, noAssert) {
  value = +value;
  offset = offset | 0;
  if (!noAssert) checkInt2(this, value, offset, 1, 255, 0);
  if (!Buffer.TYPED_ARRAY_SUPPORT) value = Math.floor(value);
  this[offset] = value & 255;
  return offset + 1;
};
function objectWriteUInt16(buf, value, offset, littleEndian) {
  if (value < 0) value = 65535 + value + 1;
  for (var i = 0, j = Math.min(buf.length - offset, 2); i < j; ++i) {
    buf[offset + i] = (value & 255 << 8 * (littleEndian ? i : 1 - i)) >>> (littleEndian ? i : 1 - i) * 8;
  }
}
Buffer.prototype.writeUInt16LE = function writeUInt16LE(value, offset, noAssert) {
  value = +value;
  offset = offset | 0;
  if (!noAssert) checkInt2(this, value, offset, 2, 65535, 0);
  if (Buffer.TYPED_ARRAY_SUPPORT) {
    this[offset] = value & 255;
    this[offset + 1] = value >>> 8;
  } else {
    objectWriteUInt16(this, value, offset, true);
  }
  return offset + 2;
};
Buffer.prototype.writeUInt16BE = function writeUInt16BE(value, offset, noAssert) {
  value = +value;
  offset = offset | 0;
  if (!noAssert) checkInt2(this, value, offset, 2, 65535, 0);
  if (Buffer.TYPED_ARRAY_SUPPORT) {
    this[offset] = value >>> 8;
    this[offset + 1] = value & 255;
  } else {
    objectWriteUInt16(this, value, offset, false);
  }
  return offset + 2;
};
function objectWriteUInt32(buf, value, offset, littleEndian) {
  if (value < 0) value = 4294967295 + value + 1;
  for (var i = 0, j = Math.min(buf.length - offset, 4); i < j; ++i) {
    buf[offset + i] = value >>> (littleEndian ? i : 3 - i) * 8 & 255;
  }
}
Buffer.prototype.writeUInt32LE = function writeUInt32LE(value, offset, noAssert) {
  value = +value;
  offset = offset | 0;
  if (!noAssert) checkInt2(this, value, offset, 4, 4294967295, 0);
  if (Buffer.TYPED_ARRAY_SUPPORT) {
    this[offset + 3] = value >>> 24;
    this[offset + 2] = value >>> 16;
    this[offset + 1] = value >>> 8;
    this[offset] = value & 255;
  } else {
    objectWriteUInt32(this, value, offset, true);
  }
  return offset + 4;
};
Buffer.prototype.writeUInt32BE = function writeUInt32BE(value, offset, noAssert) {
  value = +value;
  offset = offset | 0;
  if (!noAssert) checkInt2(this, value, offset, 4, 4294967295, 0);
  if (Buffer.TYPED_ARRAY_SUPPORT) {
    this[offset] = value >>> 24;
    this[offset + 1] = value >>> 16;
    this[offset + 2] = value >>> 8;
    this[offset + 3] = value & 255;
  } else {
    objectWriteUInt32(this, value, offset, false);
  }
  return offset + 4;
};
Buffer.prototype.writeIntLE = function writeIntLE(value, offset, byteLength2, noAssert) {
  value = +value;
  offset = offset | 0;
  if (!noAssert) {
    var limit = Math.pow(2, 8 * byteLength2 - 1);
    checkInt2(this, value, offset, byteLength2, limit - 1, -limit);
  }
  var i = 0;
  var mul2 = 1;
  var sub2 = 0;
  this[offset] = value & 255;
  while (++i < byteLength2 && (mul2 *= 256)) {
    if (value < 0 && sub2 === 0 && this[offset + i - 1] !== 0) {
      sub2 = 1;
    }
    this[offset + i] = (value / mul2 >> 0) - sub2 & 255;
  }
  return offset + byteLength2;
};
Buffer.prototype.writeIntBE = function writeIntBE(value, offset, byteLength2, noAssert) {
  value = +value;
  offset = offset | 0;
  if (!noAssert) {
    var limit = Math.pow(2, 8 * byteLength2 - 1);
    checkInt2(this, value, offset, byteLength2, limit - 1, -limit);
  }
  var i = byteLength2 - 1;
  var mul2 = 1;
  var sub2 = 0;
  this[offset + i] = value & 255;
  while (--i >= 0 && (mul2 *= 256)) {
    if (value < 0 && sub2 === 0 && this[offset + i + 1] !== 0) {
      sub2 = 1;
    }
    this[offset + i] = (value / mul2 >> 0) - sub2 & 255;
  }
  return offset + byteLength2;
};
Buffer.prototype.writeInt8 = function writeInt8(value, offset, noAssert) {
  value = +value;
  offset = offset | 0;
  if (!noAssert) checkInt2(this, value, offset, 1, 127, -128);
  if (!Buffer.TYPED_ARRAY_SUPPORT) value = Math.floor(value);
  if (value < 0) value = 255 + value + 1;
  this[offset] = value & 255;
  return offset + 1;
};
Buffer.prototype.writeInt16LE = function writeInt16LE(value, offset, noAssert) {
  value = +value;
  offset = offset | 0;
  if (!noAssert) checkInt2(this, value, offset, 2, 32767, -32768);
  if (Buffer.TYPED_ARRAY_SUPPORT) {
    this[offset] = value & 255;
    this[offset + 1] = value >>> 8;
  } else {
    objectWriteUInt16(this, value, offset, true);
  }
  return offset + 2;
};
Buffer.prototype.writeInt16BE = function writeInt16BE(value, offset, noAssert) {
  value = +value;
  offset = offset | 0;
  if (!noAssert) checkInt2(this, value, offset, 2, 32767, -32768);
  if (Buffer.TYPED_ARRAY_SUPPORT) {
    this[offset] = value >>> 8;
    this[offset + 1] = value & 255;
  } else {
    objectWriteUInt16(this, value, offset, false);
  }
  return offset + 2;
};
Buffer.prototype.writeInt32LE = function writeInt32LE(value, offset, noAssert) {
  value = +value;
  offset = offset | 0;
  if (!noAssert) checkInt2(this, value, offset, 4, 2147483647, -2147483648);
  if (Buffer.TYPED_ARRAY_SUPPORT) {
    this[offset] = value & 255;
    this[offset + 1] = value >>> 8;
    this[offset + 2] = value >>> 16;
    this[offset + 3] = value >>> 24;
  } else {
    objectWriteUInt32(this, value, offset, true);
  }
  return offset + 4;
};
Buffer.prototype.writeInt32BE = function writeInt32BE(value, offset, noAssert) {
  value = +value;
  offset = offset | 0;
  if (!noAssert) checkInt2(this, value, offset, 4, 2147483647, -2147483648);
  if (value < 0) value = 4294967295 + value + 1;
  if (Buffer.TYPED_ARRAY_SUPPORT) {
    this[offset] = value >>> 24;
    this[offset + 1] = value >>> 16;
    this[offset + 2] = value >>> 8;
    this[offset + 3] = value & 255;
  } else {
    objectWriteUInt32(this, value, offset, false);
  }
  return offset + 4;
};
function checkIEEE754(buf, value, offset, ext, max2, min) {
  if (offset + ext > buf.length) throw new RangeError("Index out of range");
  if (offset < 0) throw new RangeError("Index out of range");
}
function writeFloat(buf, value, offset, littleEndian, noAssert) {
  if (!noAssert) {
    checkIEEE754(buf, value, offset, 4);
  }
  write(buf, value, offset, littleEndian, 23, 4);
  return offset + 4;
}
Buffer.prototype.writeFloatLE = function writeFloatLE(value, offset, noAssert) {
  return writeFloat(this, value, offset, true, noAssert);
};
Buffer.prototype.writeFloatBE = function writeFloatBE(value, offset, noAssert) {
  return writeFloat(this, value, offset, false, noAssert);
};
function writeDouble(buf, value, offset, littleEndian, noAssert) {
  if (!noAssert) {
    checkIEEE754(buf, value, offset, 8);
  }
  write(buf, value, offset, littleEndian, 52, 8);
  return offset + 8;
}
Buffer.prototype.writeDoubleLE = function writeDoubleLE(value, offset, noAssert) {
  return writeDouble(this, value, offset, true, noAssert);
};
Buffer.prototype.writeDoubleBE = function writeDoubleBE(value, offset, noAssert) {
  return writeDouble(this, value, offset, false, noAssert);
};
Buffer.prototype.copy = function copy(target, targetStart, start, end) {
  if (!start) start = 0;
  if (!end && end !== 0) end = this.length;
  if (targetStart >= target.length) targetStart = target.length;
  if (!targetStart) targetStart = 0;
  if (end > 0 && end < start) end = start;
  if (end === start) return 0;
  if (target.length === 0 || this.length === 0) return 0;
  if (targetStart < 0) {
    throw new RangeError("targetStart out of bounds");
  }
  if (start < 0 || start >= this.length) throw new RangeError("sourceStart out of bounds");
  if (end < 0) throw new RangeError("sourceEnd out of bounds");
  if (end > this.length) end = this.length;
  if (target.length - targetStart < end - start) {
    end = target.length - targetStart + start;
  }
  var len = end - start;
  var i;
  if (this === target && start < targetStart && targetStart < end) {
    for (i = len - 1; i >= 0; --i) {
      target[i + targetStart] = this[i + start];
    }
  } else if (len < 1e3 || !Buffer.TYPED_ARRAY_SUPPORT) {
    for (i = 0; i < len; ++i) {
      target[i + targetStart] = this[i + start];
    }
  } else {
    Uint8Array.prototype.set.call(target, this.subarray(start, start + len), targetStart);
  }
  return len;
};
Buffer.prototype.fill = function fill2(val, start, end, encoding) {
  if (typeof val === "string") {
    if (typeof start === "string") {
      encoding = start;
      start = 0;
      end = this.length;
    } else if (typeof end === "string") {
      encoding = end;
      end = this.length;
    }
    if (val.length === 1) {
      var code = val.charCodeAt(0);
      if (code < 256) {
        val = code;
      }
    }
    if (encoding !== void 0 && typeof encoding !== "string") {
      throw new TypeError("encoding must be a string");
    }
    if (typeof encoding === "string" && !Buffer.isEncoding(encoding)) {
      throw new TypeError("Unknown encoding: " + encoding);
    }
  } else if (typeof val === "number") {
    val = val & 255;
  }
  if (start < 0 || this.length < start || this.length < end) {
    throw new RangeError("Out of range index");
  }
  if (end <= start) {
    return this;
  }
  start = start >>> 0;
  end = end === void 0 ? this.length : end >>> 0;
  if (!val) val = 0;
  var i;
  if (typeof val === "number") {
    for (i = start; i < end; ++i) {
      this[i] = val;
    }
  } else {
    var bytes = internalIsBuffer(val) ? val : utf8ToBytes(new Buffer(val, encoding).toString());
    var len = bytes.length;
    for (i = 0; i < end - start; ++i) {
      this[i + start] = bytes[i % len];
    }
  }
  return this;
};
var INVALID_BASE64_RE = /[^+\/0-9A-Za-z-_]/g;
function base64clean(str) {
  str = stringtrim(str).replace(INVALID_BASE64_RE, "");
  if (str.length < 2) return "";
  while (str.length % 4 !== 0) {
    str = str + "=";
  }
  return str;
}
function stringtrim(str) {
  if (str.trim) return str.trim();
  return str.replace(/^\s+|\s+$/g, "");
}
function toHex(n) {
  if (n < 16) return "0" + n.toString(16);
  return n.toString(16);
}
function utf8ToBytes(string, units) {
  units = units || Infinity;
  var codePoint;
  var length = string.length;
  var leadSurrogate = null;
  var bytes = [];
  for (var i = 0; i < length; ++i) {
    codePoint = string.charCodeAt(i);
    if (codePoint > 55295 && codePoint < 57344) {
      if (!leadSurrogate) {
        if (codePoint > 56319) {
          if ((units -= 3) > -1) bytes.push(239, 191, 189);
          continue;
        } else if (i + 1 === length) {
          if ((units -= 3) > -1) bytes.push(239, 191, 189);
          continue;
        }
        leadSurrogate = codePoint;
        continue;
      }
      if (codePoint < 56320) {
        if ((units -= 3) > -1) bytes.push(239, 191, 189);
        leadSurrogate = codePoint;
        continue;
      }
      codePoint = (leadSurrogate - 55296 << 10 | codePoint - 56320) + 65536;
    } else if (leadSurrogate) {
      if ((units -= 3) > -1) bytes.push(239, 191, 189);
    }
    leadSurrogate = null;
    if (codePoint < 128) {
      if ((units -= 1) < 0) break;
      bytes.push(codePoint);
    } else if (codePoint < 2048) {
      if ((units -= 2) < 0) break;
      bytes.push(codePoint >> 6 | 192, codePoint & 63 | 128);
    } else if (codePoint < 65536) {
      if ((units -= 3) < 0) break;
      bytes.push(codePoint >> 12 | 224, codePoint >> 6 & 63 | 128, codePoint & 63 | 128);
    } else if (codePoint < 1114112) {
      if ((units -= 4) < 0) break;
      bytes.push(codePoint >> 18 | 240, codePoint >> 12 & 63 | 128, codePoint >> 6 & 63 | 128, codePoint & 63 | 128);
    } else {
      throw new Error("Invalid code point");
    }
  }
  return bytes;
}
function asciiToBytes(str) {
  var byteArray = [];
  for (var i = 0; i < str.length; ++i) {
    byteArray.push(str.charCodeAt(i) & 255);
  }
  return byteArray;
}
function utf16leToBytes(str, units) {
  var c, hi, lo;
  var byteArray = [];
  for (var i = 0; i < str.length; ++i) {
    if ((units -= 2) < 0) break;
    c = str.charCodeAt(i);
    hi = c >> 8;
    lo = c % 256;
    byteArray.push(lo);
    byteArray.push(hi);
  }
  return byteArray;
}
function base64ToBytes(str) {
  return toByteArray(base64clean(str));
}
function blitBuffer(src, dst, offset, length) {
  for (var i = 0; i < length; ++i) {
    if (i + offset >= dst.length || i >= src.length) break;
    dst[i + offset] = src[i];
  }
  return i;
}
function isnan(val) {
  return val !== val;
}
function isBuffer(obj) {
  return obj != null && (!!obj._isBuffer || isFastBuffer(obj) || isSlowBuffer(obj));
}
function isFastBuffer(obj) {
  return !!obj.constructor && typeof obj.constructor.isBuffer === "function" && obj.constructor.isBuffer(obj);
}
function isSlowBuffer(obj) {
  return typeof obj.readFloatLE === "function" && typeof obj.slice === "function" && isFastBuffer(obj.slice(0, 0));
}
var CsvError = class _CsvError extends Error {
  constructor(code, message, options, ...contexts) {
    if (Array.isArray(message)) message = message.join(" ").trim();
    super(message);
    if (Error.captureStackTrace !== void 0) {
      Error.captureStackTrace(this, _CsvError);
    }
    this.code = code;
    for (const context of contexts) {
      for (const key in context) {
        const value = context[key];
        this[key] = isBuffer(value) ? value.toString(options.encoding) : value == null ? value : JSON.parse(JSON.stringify(value));
      }
    }
  }
};
var is_object = function(obj) {
  return typeof obj === "object" && obj !== null && !Array.isArray(obj);
};
var normalize_columns_array = function(columns) {
  const normalizedColumns = [];
  for (let i = 0, l = columns.length; i < l; i++) {
    const column = columns[i];
    if (column === void 0 || column === null || column === false) {
      normalizedColumns[i] = {
        disabled: true
      };
    } else if (typeof column === "string") {
      normalizedColumns[i] = {
        name: column
      };
    } else if (is_object(column)) {
      if (typeof column.name !== "string") {
        throw new CsvError("CSV_OPTION_COLUMNS_MISSING_NAME", [
          "Option columns missing name:",
          `property "name" is required at position ${i}`,
          "when column is an object literal"
        ]);
      }
      normalizedColumns[i] = column;
    } else {
      throw new CsvError("CSV_INVALID_COLUMN_DEFINITION", [
        "Invalid column definition:",
        "expect a string or a literal object,",
        `got ${JSON.stringify(column)} at position ${i}`
      ]);
    }
  }
  return normalizedColumns;
};
var ResizeableBuffer = class {
  constructor(size = 100) {
    this.size = size;
    this.length = 0;
    this.buf = Buffer.allocUnsafe(size);
  }
  prepend(val) {
    if (isBuffer(val)) {
      const length = this.length + val.length;
      if (length >= this.size) {
        this.resize();
        if (length >= this.size) {
          throw Error("INVALID_BUFFER_STATE");
        }
      }
      const buf = this.buf;
      this.buf = Buffer.allocUnsafe(this.size);
      val.copy(this.buf, 0);
      buf.copy(this.buf, val.length);
      this.length += val.length;
    } else {
      const length = this.length++;
      if (length === this.size) {
        this.resize();
      }
      const buf = this.clone();
      this.buf[0] = val;
      buf.copy(this.buf, 1, 0, length);
    }
  }
  append(val) {
    const length = this.length++;
    if (length === this.size) {
      this.resize();
    }
    this.buf[length] = val;
  }
  clone() {
    return Buffer.from(this.buf.slice(0, this.length));
  }
  resize() {
    const length = this.length;
    this.size = this.size * 2;
    const buf = Buffer.allocUnsafe(this.size);
    this.buf.copy(buf, 0, 0, length);
    this.buf = buf;
  }
  toString(encoding) {
    if (encoding) {
      return this.buf.slice(0, this.length).toString(encoding);
    } else {
      return Uint8Array.prototype.slice.call(this.buf.slice(0, this.length));
    }
  }
  toJSON() {
    return this.toString("utf8");
  }
  reset() {
    this.length = 0;
  }
};
var np = 12;
var cr$1 = 13;
var nl$1 = 10;
var space = 32;
var tab = 9;
var init_state = function(options) {
  return {
    bomSkipped: false,
    bufBytesStart: 0,
    castField: options.cast_function,
    commenting: false,
    // Current error encountered by a record
    error: void 0,
    enabled: options.from_line === 1,
    escaping: false,
    escapeIsQuote: isBuffer(options.escape) && isBuffer(options.quote) && Buffer.compare(options.escape, options.quote) === 0,
    // columns can be `false`, `true`, `Array`
    expectedRecordLength: Array.isArray(options.columns) ? options.columns.length : void 0,
    field: new ResizeableBuffer(20),
    firstLineToHeaders: options.cast_first_line_to_header,
    needMoreDataSize: Math.max(
      // Skip if the remaining buffer smaller than comment
      options.comment !== null ? options.comment.length : 0,
      ...options.delimiter.map((delimiter) => delimiter.length),
      // Skip if the remaining buffer can be escape sequence
      options.quote !== null ? options.quote.length : 0
    ),
    previousBuf: void 0,
    quoting: false,
    stop: false,
    rawBuffer: new ResizeableBuffer(100),
    record: [],
    recordHasError: false,
    record_length: 0,
    recordDelimiterMaxLength: options.record_delimiter.length === 0 ? 0 : Math.max(...options.record_delimiter.map((v) => v.length)),
    trimChars: [
      Buffer.from(" ", options.encoding)[0],
      Buffer.from("	", options.encoding)[0]
    ],
    wasQuoting: false,
    wasRowDelimiter: false,
    timchars: [
      Buffer.from(Buffer.from([
        cr$1
      ], "utf8").toString(), options.encoding),
      Buffer.from(Buffer.from([
        nl$1
      ], "utf8").toString(), options.encoding),
      Buffer.from(Buffer.from([
        np
      ], "utf8").toString(), options.encoding),
      Buffer.from(Buffer.from([
        space
      ], "utf8").toString(), options.encoding),
      Buffer.from(Buffer.from([
        tab
      ], "utf8").toString(), options.encoding)
    ]
  };
};
var underscore = function(str) {
  return str.replace(/([A-Z])/g, function(_, match) {
    return "_" + match.toLowerCase();
  });
};
var normalize_options = function(opts) {
  const options = {};
  for (const opt in opts) {
    options[underscore(opt)] = opts[opt];
  }
  if (options.encoding === void 0 || options.encoding === true) {
    options.encoding = "utf8";
  } else if (options.encoding === null || options.encoding === false) {
    options.encoding = null;
  } else if (typeof options.encoding !== "string" && options.encoding !== null) {
    throw new CsvError("CSV_INVALID_OPTION_ENCODING", [
      "Invalid option encoding:",
      "encoding must be a string or null to return a buffer,",
      `got ${JSON.stringify(options.encoding)}`
    ], options);
  }
  if (options.bom === void 0 || options.bom === null || options.bom === false) {
    options.bom = false;
  } else if (options.bom !== true) {
    throw new CsvError("CSV_INVALID_OPTION_BOM", [
      "Invalid option bom:",
      "bom must be true,",
      `got ${JSON.stringify(options.bom)}`
    ], options);
  }
  options.cast_function = null;
  if (options.cast === void 0 || options.cast === null || options.cast === false || options.cast === "") {
    options.cast = void 0;
  } else if (typeof options.cast === "function") {
    options.cast_function = options.cast;
    options.cast = true;
  } else if (options.cast !== true) {
    throw new CsvError("CSV_INVALID_OPTION_CAST", [
      "Invalid option cast:",
      "cast must be true or a function,",
      `got ${JSON.stringify(options.cast)}`
    ], options);
  }
  if (options.cast_date === void 0 || options.cast_date === null || options.cast_date === false || options.cast_date === "") {
    options.cast_date = false;
  } else if (options.cast_date === true) {
    options.cast_date = function(value) {
      const date = Date.parse(value);
      return !isNaN(date) ? new Date(date) : value;
    };
  } else if (typeof options.cast_date !== "function") {
    throw new CsvError("CSV_INVALID_OPTION_CAST_DATE", [
      "Invalid option cast_date:",
      "cast_date must be true or a function,",
      `got ${JSON.stringify(options.cast_date)}`
    ], options);
  }
  options.cast_first_line_to_header = null;
  if (options.columns === true) {
    options.cast_first_line_to_header = void 0;
  } else if (typeof options.columns === "function") {
    options.cast_first_line_to_header = options.columns;
    options.columns = true;
  } else if (Array.isArray(options.columns)) {
    options.columns = normalize_columns_array(options.columns);
  } else if (options.columns === void 0 || options.columns === null || options.columns === false) {
    options.columns = false;
  } else {
    throw new CsvError("CSV_INVALID_OPTION_COLUMNS", [
      "Invalid option columns:",
      "expect an array, a function or true,",
      `got ${JSON.stringify(options.columns)}`
    ], options);
  }
  if (options.group_columns_by_name === void 0 || options.group_columns_by_name === null || options.group_columns_by_name === false) {
    options.group_columns_by_name = false;
  } else if (options.group_columns_by_name !== true) {
    throw new CsvError("CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME", [
      "Invalid option group_columns_by_name:",
      "expect an boolean,",
      `got ${JSON.stringify(options.group_columns_by_name)}`
    ], options);
  } else if (options.columns === false) {
    throw new CsvError("CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME", [
      "Invalid option group_columns_by_name:",
      "the `columns` mode must be activated."
    ], options);
  }
  if (options.comment === void 0 || options.comment === null || options.comment === false || options.comment === "") {
    options.comment = null;
  } else {
    if (typeof options.comment === "string") {
      options.comment = Buffer.from(options.comment, options.encoding);
    }
    if (!isBuffer(options.comment)) {
      throw new CsvError("CSV_INVALID_OPTION_COMMENT", [
        "Invalid option comment:",
        "comment must be a buffer or a string,",
        `got ${JSON.stringify(options.comment)}`
      ], options);
    }
  }
  if (options.comment_no_infix === void 0 || options.comment_no_infix === null || options.comment_no_infix === false) {
    options.comment_no_infix = false;
  } else if (options.comment_no_infix !== true) {
    throw new CsvError("CSV_INVALID_OPTION_COMMENT", [
      "Invalid option comment_no_infix:",
      "value must be a boolean,",
      `got ${JSON.stringify(options.comment_no_infix)}`
    ], options);
  }
  const delimiter_json = JSON.stringify(options.delimiter);
  if (!Array.isArray(options.delimiter)) options.delimiter = [
    options.delimiter
  ];
  if (options.delimiter.length === 0) {
    throw new CsvError("CSV_INVALID_OPTION_DELIMITER", [
      "Invalid option delimiter:",
      "delimiter must be a non empty string or buffer or array of string|buffer,",
      `got ${delimiter_json}`
    ], options);
  }
  options.delimiter = options.delimiter.map(function(delimiter) {
    if (delimiter === void 0 || delimiter === null || delimiter === false) {
      return Buffer.from(",", options.encoding);
    }
    if (typeof delimiter === "string") {
      delimiter = Buffer.from(delimiter, options.encoding);
    }
    if (!isBuffer(delimiter) || delimiter.length === 0) {
      throw new CsvError("CSV_INVALID_OPTION_DELIMITER", [
        "Invalid option delimiter:",
        "delimiter must be a non empty string or buffer or array of string|buffer,",
        `got ${delimiter_json}`
      ], options);
    }
    return delimiter;
  });
  if (options.escape === void 0 || options.escape === true) {
    options.escape = Buffer.from('"', options.encoding);
  } else if (typeof options.escape === "string") {
    options.escape = Buffer.from(options.escape, options.encoding);
  } else if (options.escape === null || options.escape === false) {
    options.escape = null;
  }
  if (options.escape !== null) {
    if (!isBuffer(options.escape)) {
      throw new Error(`Invalid Option: escape must be a buffer, a string or a boolean, got ${JSON.stringify(options.escape)}`);
    }
  }
  if (options.from === void 0 || options.from === null) {
    options.from = 1;
  } else {
    if (typeof options.from === "string" && /\d+/.test(options.from)) {
      options.from = parseInt(options.from);
    }
    if (Number.isInteger(options.from)) {
      if (options.from < 0) {
        throw new Error(`Invalid Option: from must be a positive integer, got ${JSON.stringify(opts.from)}`);
      }
    } else {
      throw new Error(`Invalid Option: from must be an integer, got ${JSON.stringify(options.from)}`);
    }
  }
  if (options.from_line === void 0 || options.from_line === null) {
    options.from_line = 1;
  } else {
    if (typeof options.from_line === "string" && /\d+/.test(options.from_line)) {
      options.from_line = parseInt(options.from_line);
    }
    if (Number.isInteger(options.from_line)) {
      if (options.from_line <= 0) {
        throw new Error(`Invalid Option: from_line must be a positive integer greater than 0, got ${JSON.stringify(opts.from_line)}`);
      }
    } else {
      throw new Error(`Invalid Option: from_line must be an integer, got ${JSON.stringify(opts.from_line)}`);
    }
  }
  if (options.ignore_last_delimiters === void 0 || options.ignore_last_delimiters === null) {
    options.ignore_last_delimiters = false;
  } else if (typeof options.ignore_last_delimiters === "number") {
    options.ignore_last_delimiters = Math.floor(options.ignore_last_delimiters);
    if (options.ignore_last_delimiters === 0) {
      options.ignore_last_delimiters = false;
    }
  } else if (typeof options.ignore_last_delimiters !== "boolean") {
    throw new CsvError("CSV_INVALID_OPTION_IGNORE_LAST_DELIMITERS", [
      "Invalid option `ignore_last_delimiters`:",
      "the value must be a boolean value or an integer,",
      `got ${JSON.stringify(options.ignore_last_delimiters)}`
    ], options);
  }
  if (options.ignore_last_delimiters === true && options.columns === false) {
    throw new CsvError("CSV_IGNORE_LAST_DELIMITERS_REQUIRES_COLUMNS", [
      "The option `ignore_last_delimiters`",
      "requires the activation of the `columns` option"
    ], options);
  }
  if (options.info === void 0 || options.info === null || options.info === false) {
    options.info = false;
  } else if (options.info !== true) {
    throw new Error(`Invalid Option: info must be true, got ${JSON.stringify(options.info)}`);
  }
  if (options.max_record_size === void 0 || options.max_record_size === null || options.max_record_size === false) {
    options.max_record_size = 0;
  } else if (Number.isInteger(options.max_record_size) && options.max_record_size >= 0) ;
  else if (typeof options.max_record_size === "string" && /\d+/.test(options.max_record_size)) {
    options.max_record_size = parseInt(options.max_record_size);
  } else {
    throw new Error(`Invalid Option: max_record_size must be a positive integer, got ${JSON.stringify(options.max_record_size)}`);
  }
  if (options.objname === void 0 || options.objname === null || options.objname === false) {
    options.objname = void 0;
  } else if (isBuffer(options.objname)) {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty buffer`);
    }
    if (options.encoding === null) ;
    else {
      options.objname = options.objname.toString(options.encoding);
    }
  } else if (typeof options.objname === "string") {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty string`);
    }
  } else if (typeof options.objname === "number") ;
  else {
    throw new Error(`Invalid Option: objname must be a string or a buffer, got ${options.objname}`);
  }
  if (options.objname !== void 0) {
    if (typeof options.objname === "number") {
      if (options.columns !== false) {
        throw Error("Invalid Option: objname index cannot be combined with columns or be defined as a field");
      }
    } else {
      if (options.columns === false) {
        throw Error("Invalid Option: objname field must be combined with columns or be defined as an index");
      }
    }
  }
  if (options.on_record === void 0 || options.on_record === null) {
    options.on_record = void 0;
  } else if (typeof options.on_record !== "function") {
    throw new CsvError("CSV_INVALID_OPTION_ON_RECORD", [
      "Invalid option `on_record`:",
      "expect a function,",
      `got ${JSON.stringify(options.on_record)}`
    ], options);
  }
  if (options.on_skip !== void 0 && options.on_skip !== null && typeof options.on_skip !== "function") {
    throw new Error(`Invalid Option: on_skip must be a function, got ${JSON.stringify(options.on_skip)}`);
  }
  if (options.quote === null || options.quote === false || options.quote === "") {
    options.quote = null;
  } else {
    if (options.quote === void 0 || options.quote === true) {
      options.quote = Buffer.from('"', options.encoding);
    } else if (typeof options.quote === "string") {
      options.quote = Buffer.from(options.quote, options.encoding);
    }
    if (!isBuffer(options.quote)) {
      throw new Error(`Invalid Option: quote must be a buffer or a string, got ${JSON.stringify(options.quote)}`);
    }
  }
  if (options.raw === void 0 || options.raw === null || options.raw === false) {
    options.raw = false;
  } else if (options.raw !== true) {
    throw new Error(`Invalid Option: raw must be true, got ${JSON.stringify(options.raw)}`);
  }
  if (options.record_delimiter === void 0) {
    options.record_delimiter = [];
  } else if (typeof options.record_delimiter === "string" || isBuffer(options.record_delimiter)) {
    if (options.record_delimiter.length === 0) {
      throw new CsvError("CSV_INVALID_OPTION_RECORD_DELIMITER", [
        "Invalid option `record_delimiter`:",
        "value must be a non empty string or buffer,",
        `got ${JSON.stringify(options.record_delimiter)}`
      ], options);
    }
    options.record_delimiter = [
      options.record_delimiter
    ];
  } else if (!Array.isArray(options.record_delimiter)) {
    throw new CsvError("CSV_INVALID_OPTION_RECORD_DELIMITER", [
      "Invalid option `record_delimiter`:",
      "value must be a string, a buffer or array of string|buffer,",
      `got ${JSON.stringify(options.record_delimiter)}`
    ], options);
  }
  options.record_delimiter = options.record_delimiter.map(function(rd, i) {
    if (typeof rd !== "string" && !isBuffer(rd)) {
      throw new CsvError("CSV_INVALID_OPTION_RECORD_DELIMITER", [
        "Invalid option `record_delimiter`:",
        "value must be a string, a buffer or array of string|buffer",
        `at index ${i},`,
        `got ${JSON.stringify(rd)}`
      ], options);
    } else if (rd.length === 0) {
      throw new CsvError("CSV_INVALID_OPTION_RECORD_DELIMITER", [
        "Invalid option `record_delimiter`:",
        "value must be a non empty string or buffer",
        `at index ${i},`,
        `got ${JSON.stringify(rd)}`
      ], options);
    }
    if (typeof rd === "string") {
      rd = Buffer.from(rd, options.encoding);
    }
    return rd;
  });
  if (typeof options.relax_column_count === "boolean") ;
  else if (options.relax_column_count === void 0 || options.relax_column_count === null) {
    options.relax_column_count = false;
  } else {
    throw new Error(`Invalid Option: relax_column_count must be a boolean, got ${JSON.stringify(options.relax_column_count)}`);
  }
  if (typeof options.relax_column_count_less === "boolean") ;
  else if (options.relax_column_count_less === void 0 || options.relax_column_count_less === null) {
    options.relax_column_count_less = false;
  } else {
    throw new Error(`Invalid Option: relax_column_count_less must be a boolean, got ${JSON.stringify(options.relax_column_count_less)}`);
  }
  if (typeof options.relax_column_count_more === "boolean") ;
  else if (options.relax_column_count_more === void 0 || options.relax_column_count_more === null) {
    options.relax_column_count_more = false;
  } else {
    throw new Error(`Invalid Option: relax_column_count_more must be a boolean, got ${JSON.stringify(options.relax_column_count_more)}`);
  }
  if (typeof options.relax_quotes === "boolean") ;
  else if (options.relax_quotes === void 0 || options.relax_quotes === null) {
    options.relax_quotes = false;
  } else {
    throw new Error(`Invalid Option: relax_quotes must be a boolean, got ${JSON.stringify(options.relax_quotes)}`);
  }
  if (typeof options.skip_empty_lines === "boolean") ;
  else if (options.skip_empty_lines === void 0 || options.skip_empty_lines === null) {
    options.skip_empty_lines = false;
  } else {
    throw new Error(`Invalid Option: skip_empty_lines must be a boolean, got ${JSON.stringify(options.skip_empty_lines)}`);
  }
  if (typeof options.skip_records_with_empty_values === "boolean") ;
  else if (options.skip_records_with_empty_values === void 0 || options.skip_records_with_empty_values === null) {
    options.skip_records_with_empty_values = false;
  } else {
    throw new Error(`Invalid Option: skip_records_with_empty_values must be a boolean, got ${JSON.stringify(options.skip_records_with_empty_values)}`);
  }
  if (typeof options.skip_records_with_error === "boolean") ;
  else if (options.skip_records_with_error === void 0 || options.skip_records_with_error === null) {
    options.skip_records_with_error = false;
  } else {
    throw new Error(`Invalid Option: skip_records_with_error must be a boolean, got ${JSON.stringify(options.skip_records_with_error)}`);
  }
  if (options.rtrim === void 0 || options.rtrim === null || options.rtrim === false) {
    options.rtrim = false;
  } else if (options.rtrim !== true) {
    throw new Error(`Invalid Option: rtrim must be a boolean, got ${JSON.stringify(options.rtrim)}`);
  }
  if (options.ltrim === void 0 || options.ltrim === null || options.ltrim === false) {
    options.ltrim = false;
  } else if (options.ltrim !== true) {
    throw new Error(`Invalid Option: ltrim must be a boolean, got ${JSON.stringify(options.ltrim)}`);
  }
  if (options.trim === void 0 || options.trim === null || options.trim === false) {
    options.trim = false;
  } else if (options.trim !== true) {
    throw new Error(`Invalid Option: trim must be a boolean, got ${JSON.stringify(options.trim)}`);
  }
  if (options.trim === true && opts.ltrim !== false) {
    options.ltrim = true;
  } else if (options.ltrim !== true) {
    options.ltrim = false;
  }
  if (options.trim === true && opts.rtrim !== false) {
    options.rtrim = true;
  } else if (options.rtrim !== true) {
    options.rtrim = false;
  }
  if (options.to === void 0 || options.to === null) {
    options.to = -1;
  } else {
    if (typeof options.to === "string" && /\d+/.test(options.to)) {
      options.to = parseInt(options.to);
    }
    if (Number.isInteger(options.to)) {
      if (options.to <= 0) {
        throw new Error(`Invalid Option: to must be a positive integer greater than 0, got ${JSON.stringify(opts.to)}`);
      }
    } else {
      throw new Error(`Invalid Option: to must be an integer, got ${JSON.stringify(opts.to)}`);
    }
  }
  if (options.to_line === void 0 || options.to_line === null) {
    options.to_line = -1;
  } else {
    if (typeof options.to_line === "string" && /\d+/.test(options.to_line)) {
      options.to_line = parseInt(options.to_line);
    }
    if (Number.isInteger(options.to_line)) {
      if (options.to_line <= 0) {
        throw new Error(`Invalid Option: to_line must be a positive integer greater than 0, got ${JSON.stringify(opts.to_line)}`);
      }
    } else {
      throw new Error(`Invalid Option: to_line must be an integer, got ${JSON.stringify(opts.to_line)}`);
    }
  }
  return options;
};
var isRecordEmpty = function(record) {
  return record.every((field) => field == null || field.toString && field.toString().trim() === "");
};
var cr = 13;
var nl = 10;
var boms = {
  // Note, the following are equals:
  // Buffer.from("\ufeff")
  // Buffer.from([239, 187, 191])
  // Buffer.from('EFBBBF', 'hex')
  utf8: Buffer.from([
    239,
    187,
    191
  ]),
  // Note, the following are equals:
  // Buffer.from "\ufeff", 'utf16le
  // Buffer.from([255, 254])
  utf16le: Buffer.from([
    255,
    254
  ])
};
var transform = function(original_options = {}) {
  const info = {
    bytes: 0,
    comment_lines: 0,
    empty_lines: 0,
    invalid_field_length: 0,
    lines: 1,
    records: 0
  };
  const options = normalize_options(original_options);
  return {
    info,
    original_options,
    options,
    state: init_state(options),
    __needMoreData: function(i, bufLen, end) {
      if (end) return false;
      const { encoding, escape, quote } = this.options;
      const { quoting, needMoreDataSize, recordDelimiterMaxLength } = this.state;
      const numOfCharLeft = bufLen - i - 1;
      const requiredLength = Math.max(
        needMoreDataSize,
        // Skip if the remaining buffer smaller than record delimiter
        // If "record_delimiter" is yet to be discovered:
        // 1. It is equals to `[]` and "recordDelimiterMaxLength" equals `0`
        // 2. We set the length to windows line ending in the current encoding
        // Note, that encoding is known from user or bom discovery at that point
        // recordDelimiterMaxLength,
        recordDelimiterMaxLength === 0 ? Buffer.from("\r\n", encoding).length : recordDelimiterMaxLength,
        // Skip if remaining buffer can be an escaped quote
        quoting ? (escape === null ? 0 : escape.length) + quote.length : 0,
        // Skip if remaining buffer can be record delimiter following the closing quote
        quoting ? quote.length + recordDelimiterMaxLength : 0
      );
      return numOfCharLeft < requiredLength;
    },
    // Central parser implementation
    parse: function(nextBuf, end, push, close) {
      const { bom, comment_no_infix, encoding, from_line, ltrim, max_record_size, raw, relax_quotes, rtrim, skip_empty_lines, to, to_line } = this.options;
      let { comment, escape, quote, record_delimiter } = this.options;
      const { bomSkipped, previousBuf, rawBuffer, escapeIsQuote } = this.state;
      let buf;
      if (previousBuf === void 0) {
        if (nextBuf === void 0) {
          close();
          return;
        } else {
          buf = nextBuf;
        }
      } else if (previousBuf !== void 0 && nextBuf === void 0) {
        buf = previousBuf;
      } else {
        buf = Buffer.concat([
          previousBuf,
          nextBuf
        ]);
      }
      if (bomSkipped === false) {
        if (bom === false) {
          this.state.bomSkipped = true;
        } else if (buf.length < 3) {
          if (end === false) {
            this.state.previousBuf = buf;
            return;
          }
        } else {
          for (const encoding2 in boms) {
            if (boms[encoding2].compare(buf, 0, boms[encoding2].length) === 0) {
              const bomLength = boms[encoding2].length;
              this.state.bufBytesStart += bomLength;
              buf = buf.slice(bomLength);
              this.options = normalize_options({
                ...this.original_options,
                encoding: encoding2
              });
              ({ comment, escape, quote } = this.options);
              break;
            }
          }
          this.state.bomSkipped = true;
        }
      }
      const bufLen = buf.length;
      let pos;
      for (pos = 0; pos < bufLen; pos++) {
        if (this.__needMoreData(pos, bufLen, end)) {
          break;
        }
        if (this.state.wasRowDelimiter === true) {
          this.info.lines++;
          this.state.wasRowDelimiter = false;
        }
        if (to_line !== -1 && this.info.lines > to_line) {
          this.state.stop = true;
          close();
          return;
        }
        if (this.state.quoting === false && record_delimiter.length === 0) {
          const record_delimiterCount = this.__autoDiscoverRecordDelimiter(buf, pos);
          if (record_delimiterCount) {
            record_delimiter = this.options.record_delimiter;
          }
        }
        const chr = buf[pos];
        if (raw === true) {
          rawBuffer.append(chr);
        }
        if ((chr === cr || chr === nl) && this.state.wasRowDelimiter === false) {
          this.state.wasRowDelimiter = true;
        }
        if (this.state.escaping === true) {
          this.state.escaping = false;
        } else {
          if (escape !== null && this.state.quoting === true && this.__isEscape(buf, pos, chr) && pos + escape.length < bufLen) {
            if (escapeIsQuote) {
              if (this.__isQuote(buf, pos + escape.length)) {
                this.state.escaping = true;
                pos += escape.length - 1;
                continue;
              }
            } else {
              this.state.escaping = true;
              pos += escape.length - 1;
              continue;
            }
          }
          if (this.state.commenting === false && this.__isQuote(buf, pos)) {
            if (this.state.quoting === true) {
              const nextChr = buf[pos + quote.length];
              const isNextChrTrimable = rtrim && this.__isCharTrimable(buf, pos + quote.length);
              const isNextChrComment = comment !== null && this.__compareBytes(comment, buf, pos + quote.length, nextChr);
              const isNextChrDelimiter = this.__isDelimiter(buf, pos + quote.length, nextChr);
              const isNextChrRecordDelimiter = record_delimiter.length === 0 ? this.__autoDiscoverRecordDelimiter(buf, pos + quote.length) : this.__isRecordDelimiter(nextChr, buf, pos + quote.length);
              if (escape !== null && this.__isEscape(buf, pos, chr) && this.__isQuote(buf, pos + escape.length)) {
                pos += escape.length - 1;
              } else if (!nextChr || isNextChrDelimiter || isNextChrRecordDelimiter || isNextChrComment || isNextChrTrimable) {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                pos += quote.length - 1;
                continue;
              } else if (relax_quotes === false) {
                const err = this.__error(new CsvError("CSV_INVALID_CLOSING_QUOTE", [
                  "Invalid Closing Quote:",
                  `got "${String.fromCharCode(nextChr)}"`,
                  `at line ${this.info.lines}`,
                  "instead of delimiter, record delimiter, trimable character",
                  "(if activated) or comment"
                ], this.options, this.__infoField()));
                if (err !== void 0) return err;
              } else {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                this.state.field.prepend(quote);
                pos += quote.length - 1;
              }
            } else {
              if (this.state.field.length !== 0) {
                if (relax_quotes === false) {
                  const info2 = this.__infoField();
                  const bom2 = Object.keys(boms).map((b) => boms[b].equals(this.state.field.toString()) ? b : false).filter(Boolean)[0];
                  const err = this.__error(new CsvError("INVALID_OPENING_QUOTE", [
                    "Invalid Opening Quote:",
                    `a quote is found on field ${JSON.stringify(info2.column)} at line ${info2.lines}, value is ${JSON.stringify(this.state.field.toString(encoding))}`,
                    bom2 ? `(${bom2} bom)` : void 0
                  ], this.options, info2, {
                    field: this.state.field
                  }));
                  if (err !== void 0) return err;
                }
              } else {
                this.state.quoting = true;
                pos += quote.length - 1;
                continue;
              }
            }
          }
          if (this.state.quoting === false) {
            const recordDelimiterLength = this.__isRecordDelimiter(chr, buf, pos);
            if (recordDelimiterLength !== 0) {
              const skipCommentLine = this.state.commenting && this.state.wasQuoting === false && this.state.record.length === 0 && this.state.field.length === 0;
              if (skipCommentLine) {
                this.info.comment_lines++;
              } else {
                if (this.state.enabled === false && this.info.lines + (this.state.wasRowDelimiter === true ? 1 : 0) >= from_line) {
                  this.state.enabled = true;
                  this.__resetField();
                  this.__resetRecord();
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                if (skip_empty_lines === true && this.state.wasQuoting === false && this.state.record.length === 0 && this.state.field.length === 0) {
                  this.info.empty_lines++;
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                this.info.bytes = this.state.bufBytesStart + pos;
                const errField = this.__onField();
                if (errField !== void 0) return errField;
                this.info.bytes = this.state.bufBytesStart + pos + recordDelimiterLength;
                const errRecord = this.__onRecord(push);
                if (errRecord !== void 0) return errRecord;
                if (to !== -1 && this.info.records >= to) {
                  this.state.stop = true;
                  close();
                  return;
                }
              }
              this.state.commenting = false;
              pos += recordDelimiterLength - 1;
              continue;
            }
            if (this.state.commenting) {
              continue;
            }
            if (comment !== null && (comment_no_infix === false || this.state.record.length === 0 && this.state.field.length === 0)) {
              const commentCount = this.__compareBytes(comment, buf, pos, chr);
              if (commentCount !== 0) {
                this.state.commenting = true;
                continue;
              }
            }
            const delimiterLength = this.__isDelimiter(buf, pos, chr);
            if (delimiterLength !== 0) {
              this.info.bytes = this.state.bufBytesStart + pos;
              const errField = this.__onField();
              if (errField !== void 0) return errField;
              pos += delimiterLength - 1;
              continue;
            }
          }
        }
        if (this.state.commenting === false) {
          if (max_record_size !== 0 && this.state.record_length + this.state.field.length > max_record_size) {
            return this.__error(new CsvError("CSV_MAX_RECORD_SIZE", [
              "Max Record Size:",
              "record exceed the maximum number of tolerated bytes",
              `of ${max_record_size}`,
              `at line ${this.info.lines}`
            ], this.options, this.__infoField()));
          }
        }
        const lappend = ltrim === false || this.state.quoting === true || this.state.field.length !== 0 || !this.__isCharTrimable(buf, pos);
        const rappend = rtrim === false || this.state.wasQuoting === false;
        if (lappend === true && rappend === true) {
          this.state.field.append(chr);
        } else if (rtrim === true && !this.__isCharTrimable(buf, pos)) {
          return this.__error(new CsvError("CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE", [
            "Invalid Closing Quote:",
            "found non trimable byte after quote",
            `at line ${this.info.lines}`
          ], this.options, this.__infoField()));
        } else {
          if (lappend === false) {
            pos += this.__isCharTrimable(buf, pos) - 1;
          }
          continue;
        }
      }
      if (end === true) {
        if (this.state.quoting === true) {
          const err = this.__error(new CsvError("CSV_QUOTE_NOT_CLOSED", [
            "Quote Not Closed:",
            `the parsing is finished with an opening quote at line ${this.info.lines}`
          ], this.options, this.__infoField()));
          if (err !== void 0) return err;
        } else {
          if (this.state.wasQuoting === true || this.state.record.length !== 0 || this.state.field.length !== 0) {
            this.info.bytes = this.state.bufBytesStart + pos;
            const errField = this.__onField();
            if (errField !== void 0) return errField;
            const errRecord = this.__onRecord(push);
            if (errRecord !== void 0) return errRecord;
          } else if (this.state.wasRowDelimiter === true) {
            this.info.empty_lines++;
          } else if (this.state.commenting === true) {
            this.info.comment_lines++;
          }
        }
      } else {
        this.state.bufBytesStart += pos;
        this.state.previousBuf = buf.slice(pos);
      }
      if (this.state.wasRowDelimiter === true) {
        this.info.lines++;
        this.state.wasRowDelimiter = false;
      }
    },
    __onRecord: function(push) {
      const { columns, group_columns_by_name, encoding, info: info2, from: from2, relax_column_count, relax_column_count_less, relax_column_count_more, raw, skip_records_with_empty_values } = this.options;
      const { enabled, record } = this.state;
      if (enabled === false) {
        return this.__resetRecord();
      }
      const recordLength = record.length;
      if (columns === true) {
        if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
          this.__resetRecord();
          return;
        }
        return this.__firstLineToColumns(record);
      }
      if (columns === false && this.info.records === 0) {
        this.state.expectedRecordLength = recordLength;
      }
      if (recordLength !== this.state.expectedRecordLength) {
        const err = columns === false ? new CsvError("CSV_RECORD_INCONSISTENT_FIELDS_LENGTH", [
          "Invalid Record Length:",
          `expect ${this.state.expectedRecordLength},`,
          `got ${recordLength} on line ${this.info.lines}`
        ], this.options, this.__infoField(), {
          record
        }) : new CsvError("CSV_RECORD_INCONSISTENT_COLUMNS", [
          "Invalid Record Length:",
          `columns length is ${columns.length},`,
          `got ${recordLength} on line ${this.info.lines}`
        ], this.options, this.__infoField(), {
          record
        });
        if (relax_column_count === true || relax_column_count_less === true && recordLength < this.state.expectedRecordLength || relax_column_count_more === true && recordLength > this.state.expectedRecordLength) {
          this.info.invalid_field_length++;
          this.state.error = err;
        } else {
          const finalErr = this.__error(err);
          if (finalErr) return finalErr;
        }
      }
      if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
        this.__resetRecord();
        return;
      }
      if (this.state.recordHasError === true) {
        this.__resetRecord();
        this.state.recordHasError = false;
        return;
      }
      this.info.records++;
      if (from2 === 1 || this.info.records >= from2) {
        const { objname } = this.options;
        if (columns !== false) {
          const obj = {};
          for (let i = 0, l = record.length; i < l; i++) {
            if (columns[i] === void 0 || columns[i].disabled) continue;
            if (group_columns_by_name === true && obj[columns[i].name] !== void 0) {
              if (Array.isArray(obj[columns[i].name])) {
                obj[columns[i].name] = obj[columns[i].name].concat(record[i]);
              } else {
                obj[columns[i].name] = [
                  obj[columns[i].name],
                  record[i]
                ];
              }
            } else {
              obj[columns[i].name] = record[i];
            }
          }
          if (raw === true || info2 === true) {
            const extRecord = Object.assign({
              record: obj
            }, raw === true ? {
              raw: this.state.rawBuffer.toString(encoding)
            } : {}, info2 === true ? {
              info: this.__infoRecord()
            } : {});
            const err = this.__push(objname === void 0 ? extRecord : [
              obj[objname],
              extRecord
            ], push);
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(objname === void 0 ? obj : [
              obj[objname],
              obj
            ], push);
            if (err) {
              return err;
            }
          }
        } else {
          if (raw === true || info2 === true) {
            const extRecord = Object.assign({
              record
            }, raw === true ? {
              raw: this.state.rawBuffer.toString(encoding)
            } : {}, info2 === true ? {
              info: this.__infoRecord()
            } : {});
            const err = this.__push(objname === void 0 ? extRecord : [
              record[objname],
              extRecord
            ], push);
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(objname === void 0 ? record : [
              record[objname],
              record
            ], push);
            if (err) {
              return err;
            }
          }
        }
      }
      this.__resetRecord();
    },
    __firstLineToColumns: function(record) {
      const { firstLineToHeaders } = this.state;
      try {
        const headers = firstLineToHeaders === void 0 ? record : firstLineToHeaders.call(null, record);
        if (!Array.isArray(headers)) {
          return this.__error(new CsvError("CSV_INVALID_COLUMN_MAPPING", [
            "Invalid Column Mapping:",
            "expect an array from column function,",
            `got ${JSON.stringify(headers)}`
          ], this.options, this.__infoField(), {
            headers
          }));
        }
        const normalizedHeaders = normalize_columns_array(headers);
        this.state.expectedRecordLength = normalizedHeaders.length;
        this.options.columns = normalizedHeaders;
        this.__resetRecord();
        return;
      } catch (err) {
        return err;
      }
    },
    __resetRecord: function() {
      if (this.options.raw === true) {
        this.state.rawBuffer.reset();
      }
      this.state.error = void 0;
      this.state.record = [];
      this.state.record_length = 0;
    },
    __onField: function() {
      const { cast: cast2, encoding, rtrim, max_record_size } = this.options;
      const { enabled, wasQuoting } = this.state;
      if (enabled === false) {
        return this.__resetField();
      }
      let field = this.state.field.toString(encoding);
      if (rtrim === true && wasQuoting === false) {
        field = field.trimRight();
      }
      if (cast2 === true) {
        const [err, f] = this.__cast(field);
        if (err !== void 0) return err;
        field = f;
      }
      this.state.record.push(field);
      if (max_record_size !== 0 && typeof field === "string") {
        this.state.record_length += field.length;
      }
      this.__resetField();
    },
    __resetField: function() {
      this.state.field.reset();
      this.state.wasQuoting = false;
    },
    __push: function(record, push) {
      const { on_record } = this.options;
      if (on_record !== void 0) {
        const info2 = this.__infoRecord();
        try {
          record = on_record.call(null, record, info2);
        } catch (err) {
          return err;
        }
        if (record === void 0 || record === null) {
          return;
        }
      }
      push(record);
    },
    // Return a tuple with the error and the casted value
    __cast: function(field) {
      const { columns, relax_column_count } = this.options;
      const isColumns = Array.isArray(columns);
      if (isColumns === true && relax_column_count && this.options.columns.length <= this.state.record.length) {
        return [
          void 0,
          void 0
        ];
      }
      if (this.state.castField !== null) {
        try {
          const info2 = this.__infoField();
          return [
            void 0,
            this.state.castField.call(null, field, info2)
          ];
        } catch (err) {
          return [
            err
          ];
        }
      }
      if (this.__isFloat(field)) {
        return [
          void 0,
          parseFloat(field)
        ];
      } else if (this.options.cast_date !== false) {
        const info2 = this.__infoField();
        return [
          void 0,
          this.options.cast_date.call(null, field, info2)
        ];
      }
      return [
        void 0,
        field
      ];
    },
    // Helper to test if a character is a space or a line delimiter
    __isCharTrimable: function(buf, pos) {
      const isTrim = (buf2, pos2) => {
        const { timchars } = this.state;
        loop1: for (let i = 0; i < timchars.length; i++) {
          const timchar = timchars[i];
          for (let j = 0; j < timchar.length; j++) {
            if (timchar[j] !== buf2[pos2 + j]) continue loop1;
          }
          return timchar.length;
        }
        return 0;
      };
      return isTrim(buf, pos);
    },
    // Keep it in case we implement the `cast_int` option
    // __isInt(value){
    //   // return Number.isInteger(parseInt(value))
    //   // return !isNaN( parseInt( obj ) );
    //   return /^(\-|\+)?[1-9][0-9]*$/.test(value)
    // }
    __isFloat: function(value) {
      return value - parseFloat(value) + 1 >= 0;
    },
    __compareBytes: function(sourceBuf, targetBuf, targetPos, firstByte) {
      if (sourceBuf[0] !== firstByte) return 0;
      const sourceLength = sourceBuf.length;
      for (let i = 1; i < sourceLength; i++) {
        if (sourceBuf[i] !== targetBuf[targetPos + i]) return 0;
      }
      return sourceLength;
    },
    __isDelimiter: function(buf, pos, chr) {
      const { delimiter, ignore_last_delimiters } = this.options;
      if (ignore_last_delimiters === true && this.state.record.length === this.options.columns.length - 1) {
        return 0;
      } else if (ignore_last_delimiters !== false && typeof ignore_last_delimiters === "number" && this.state.record.length === ignore_last_delimiters - 1) {
        return 0;
      }
      loop1: for (let i = 0; i < delimiter.length; i++) {
        const del = delimiter[i];
        if (del[0] === chr) {
          for (let j = 1; j < del.length; j++) {
            if (del[j] !== buf[pos + j]) continue loop1;
          }
          return del.length;
        }
      }
      return 0;
    },
    __isRecordDelimiter: function(chr, buf, pos) {
      const { record_delimiter } = this.options;
      const recordDelimiterLength = record_delimiter.length;
      loop1: for (let i = 0; i < recordDelimiterLength; i++) {
        const rd = record_delimiter[i];
        const rdLength = rd.length;
        if (rd[0] !== chr) {
          continue;
        }
        for (let j = 1; j < rdLength; j++) {
          if (rd[j] !== buf[pos + j]) {
            continue loop1;
          }
        }
        return rd.length;
      }
      return 0;
    },
    __isEscape: function(buf, pos, chr) {
      const { escape } = this.options;
      if (escape === null) return false;
      const l = escape.length;
      if (escape[0] === chr) {
        for (let i = 0; i < l; i++) {
          if (escape[i] !== buf[pos + i]) {
            return false;
          }
        }
        return true;
      }
      return false;
    },
    __isQuote: function(buf, pos) {
      const { quote } = this.options;
      if (quote === null) return false;
      const l = quote.length;
      for (let i = 0; i < l; i++) {
        if (quote[i] !== buf[pos + i]) {
          return false;
        }
      }
      return true;
    },
    __autoDiscoverRecordDelimiter: function(buf, pos) {
      const { encoding } = this.options;
      const rds = [
        // Important, the windows line ending must be before mac os 9
        Buffer.from("\r\n", encoding),
        Buffer.from("\n", encoding),
        Buffer.from("\r", encoding)
      ];
      loop: for (let i = 0; i < rds.length; i++) {
        const l = rds[i].length;
        for (let j = 0; j < l; j++) {
          if (rds[i][j] !== buf[pos + j]) {
            continue loop;
          }
        }
        this.options.record_delimiter.push(rds[i]);
        this.state.recordDelimiterMaxLength = rds[i].length;
        return rds[i].length;
      }
      return 0;
    },
    __error: function(msg) {
      const { encoding, raw, skip_records_with_error } = this.options;
      const err = typeof msg === "string" ? new Error(msg) : msg;
      if (skip_records_with_error) {
        this.state.recordHasError = true;
        if (this.options.on_skip !== void 0) {
          this.options.on_skip(err, raw ? this.state.rawBuffer.toString(encoding) : void 0);
        }
        return void 0;
      } else {
        return err;
      }
    },
    __infoDataSet: function() {
      return {
        ...this.info,
        columns: this.options.columns
      };
    },
    __infoRecord: function() {
      const { columns, raw, encoding } = this.options;
      return {
        ...this.__infoDataSet(),
        error: this.state.error,
        header: columns === true,
        index: this.state.record.length,
        raw: raw ? this.state.rawBuffer.toString(encoding) : void 0
      };
    },
    __infoField: function() {
      const { columns } = this.options;
      const isColumns = Array.isArray(columns);
      return {
        ...this.__infoRecord(),
        column: isColumns === true ? columns.length > this.state.record.length ? columns[this.state.record.length].name : null : this.state.record.length,
        quoting: this.state.wasQuoting
      };
    }
  };
};
var parse = function(data, opts = {}) {
  if (typeof data === "string") {
    data = Buffer.from(data);
  }
  const records = opts && opts.objname ? {} : [];
  const parser = transform(opts);
  const push = (record) => {
    if (parser.options.objname === void 0) records.push(record);
    else {
      records[record[0]] = record[1];
    }
  };
  const close = () => {
  };
  const err1 = parser.parse(data, false, push, close);
  if (err1 !== void 0) throw err1;
  const err2 = parser.parse(void 0, true, push, close);
  if (err2 !== void 0) throw err2;
  return records;
};

// datasets/csv.ts
function csvError(file, line, column, what) {
  return new RectifyError("csv", `${file}:${line}:${column}: ${what}`, {
    details: {
      file,
      line,
      column
    }
  });
}
var NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
var FLOAT32_MAX = 34028234663852886e22;
var MAX_CLASS_INDEX = 65535;
function overflows(v) {
  return !(Math.abs(v) <= FLOAT32_MAX);
}
function parseCsvDataset(text, options = {}) {
  const file = options.file ?? "<csv>";
  const labelName = options.label ?? "label";
  const table = _parseCsvTable(text, {
    file,
    label: labelName
  });
  const { x, rows, features, featureNames, lineOf, headerLine, labelColumn: labelCol } = table;
  const rawLabels = table.labels;
  const allNumeric = rawLabels.every((v) => NUMBER.test(v));
  let task = options.task ?? "auto";
  if (task === "auto") {
    task = !allNumeric || rawLabels.every((v) => Number.isInteger(Number(v)) && Number(v) >= 0) ? "classification" : "regression";
  }
  const y = new Float32Array(rows);
  if (task === "regression") {
    for (let r = 0; r < rows; r++) {
      if (!allNumeric || !NUMBER.test(rawLabels[r])) {
        throw csvError(file, lineOf[r], labelCol + 1, `expected a numeric target in column "${labelName}", got ${JSON.stringify(rawLabels[r])}`);
      }
      y[r] = Number(rawLabels[r]);
      if (overflows(y[r])) {
        throw csvError(file, lineOf[r], labelCol + 1, `expected a target in float32 range (|x| <= 3.4e38) in column "${labelName}", got ${rawLabels[r]}`);
      }
    }
    return {
      name: baseName(file),
      x,
      y,
      rows,
      features,
      targets: 1,
      task,
      classes: 0,
      featureNames
    };
  }
  if (allNumeric) {
    let max2 = 0;
    for (let r = 0; r < rows; r++) {
      const v = Number(rawLabels[r]);
      if (!Number.isInteger(v) || v < 0 || v > MAX_CLASS_INDEX) {
        throw csvError(file, lineOf[r], labelCol + 1, `expected a class index (an integer in [0, ${MAX_CLASS_INDEX}]) in column "${labelName}", got ${rawLabels[r]}`);
      }
      y[r] = v;
      if (v > max2) max2 = v;
    }
    checkClasses(file, headerLine, labelCol, labelName, new Set(y).size, rawLabels[0]);
    return {
      name: baseName(file),
      x,
      y,
      rows,
      features,
      targets: 1,
      task,
      classes: max2 + 1,
      featureNames
    };
  }
  const names = [
    ...new Set(rawLabels)
  ].sort();
  checkClasses(file, headerLine, labelCol, labelName, names.length, rawLabels[0]);
  const index = new Map(names.map((n, i) => [
    n,
    i
  ]));
  for (let r = 0; r < rows; r++) y[r] = index.get(rawLabels[r]);
  return {
    name: baseName(file),
    x,
    y,
    rows,
    features,
    targets: 1,
    task,
    classes: names.length,
    featureNames,
    labelNames: names
  };
}
function checkHeader(file, line, header, labelName) {
  const first = /* @__PURE__ */ new Map();
  header.forEach((name, c) => {
    if (name === "") {
      throw csvError(file, line, c + 1, `column ${c + 1} of the header has no name`);
    }
    const prev = first.get(name);
    if (prev !== void 0) {
      throw csvError(file, line, c + 1, name === labelName ? `the label column "${name}" appears twice in the header (columns ${prev + 1} and ${c + 1}); which one is the target would be a guess: rename one` : `duplicate column name "${name}" (columns ${prev + 1} and ${c + 1}); every column needs its own name`);
    }
    first.set(name, c);
  });
}
function checkClasses(file, line, labelCol, labelName, present, example) {
  if (present >= 2) return;
  throw csvError(file, line, labelCol + 1, `every row has the same label ${JSON.stringify(example)} in column "${labelName}": a classification dataset needs at least two classes (training on one class reaches 100% accuracy without learning anything)`);
}
function baseName(file) {
  const b = file.split(/[\\/]/).pop() ?? file;
  return b.replace(/\.csv$/i, "");
}
async function loadCsv(path, options = {}) {
  const file = options.file ?? (path instanceof URL ? path.pathname : path);
  const text = await readText(path, file);
  return parseCsvDataset(text, {
    ...options,
    file
  });
}
async function readText(path, shown) {
  try {
    if (path instanceof URL && path.protocol !== "file:") {
      const res = await fetch(path);
      if (!res.ok) throw new Error(`HTTP ${res.status} ${res.statusText}`);
      return await res.text();
    }
    return await Deno.readTextFile(path);
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) {
      throw new RectifyError("io", `Cannot read ${shown}: no such file`, {
        cause: e
      });
    }
    throw new RectifyError("io", `Cannot read ${shown}: ${e.message}`, {
      cause: e
    });
  }
}
function _parseCsvTable(text, options) {
  const { file } = options;
  let labelName = options.label;
  if (text.trim() === "") {
    throw csvError(file, 1, 1, "the file is empty; expected a header row and data rows");
  }
  let records;
  try {
    records = parse(text, {
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      bom: true
    });
  } catch (e) {
    const err = e;
    const line = typeof err.lines === "number" ? err.lines : 1;
    const column = typeof err.index === "number" ? err.index + 1 : 1;
    throw csvError(file, line, column, `malformed CSV: ${err.message}`);
  }
  if (records.length === 0) {
    throw csvError(file, 1, 1, "the file is empty; expected a header row and data rows");
  }
  const header = records[0].record;
  const headerLine = records[0].info.lines;
  if (labelName !== null && options.labelOptional && !header.includes(labelName)) labelName = null;
  checkHeader(file, headerLine, header, labelName);
  const labelCol = labelName === null ? -1 : header.indexOf(labelName);
  if (labelName !== null && labelCol < 0) {
    throw csvError(file, headerLine, header.length + 1, `missing label column "${labelName}"; the header has ${header.length} columns: ${header.join(", ")} (choose one with --label)`);
  }
  if (records.length === 1) {
    throw csvError(file, headerLine + 1, 1, "no data rows after the header");
  }
  if (header.length < (labelCol < 0 ? 1 : 2)) {
    throw csvError(file, headerLine, 1, "expected at least one feature column besides the label");
  }
  const rows = records.length - 1;
  const features = header.length - (labelCol < 0 ? 0 : 1);
  const x = new Float32Array(rows * features);
  const rawLabels = new Array(rows);
  const lineOf = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const { record, info } = records[r + 1];
    const line = info.lines;
    lineOf[r] = line;
    if (record.length !== header.length) {
      throw csvError(file, line, Math.min(record.length, header.length) + 1, `ragged row: expected ${header.length} fields like the header, got ${record.length}`);
    }
    let f = 0;
    for (let c = 0; c < record.length; c++) {
      const cell = record[c];
      if (c === labelCol) {
        if (cell === "") {
          throw csvError(file, line, c + 1, `expected a label in column "${header[c]}", got an empty cell`);
        }
        rawLabels[r] = cell;
        continue;
      }
      if (!NUMBER.test(cell)) {
        throw csvError(file, line, c + 1, `expected a number in column "${header[c]}", got ${JSON.stringify(cell)}`);
      }
      const v = Number(cell);
      if (overflows(v)) {
        throw csvError(file, line, c + 1, `expected a number in float32 range (|x| <= 3.4e38) in column "${header[c]}", got ${cell}`);
      }
      x[r * features + f++] = v;
    }
  }
  const featureNames = header.filter((_, c) => c !== labelCol);
  return {
    x,
    rows,
    features,
    featureNames,
    labels: labelCol < 0 ? null : rawLabels,
    labelColumn: labelCol,
    lineOf,
    headerLine
  };
}

// datasets/builtin.ts
var SHAPES = {
  digits: [
    1,
    8,
    8
  ]
};
var FILES = {
  digits: "digits.csv",
  iris: "iris.csv",
  wine: "wine.csv",
  breastCancer: "breast_cancer.csv"
};
var builtinDatasetNames = Object.keys(FILES);
async function loadBuiltinDataset(name) {
  const file = FILES[name];
  if (file === void 0) {
    const near = closestNames(String(name), builtinDatasetNames);
    throw new RectifyError("data", `Unknown built-in dataset "${name}"; expected one of ${builtinDatasetNames.join(", ")} (did you mean "${near[0]}"?)`);
  }
  const url = new URL(`../data/${file}`, import.meta.url);
  const text = await readText(url, `data/${file}`);
  const ds = parseCsvDataset(text, {
    file: `data/${file}`,
    label: "label"
  });
  const shape = SHAPES[name];
  return shape ? {
    ...ds,
    name,
    shape
  } : {
    ...ds,
    name
  };
}

// datasets/generators.ts
function positiveInt(what, name, v) {
  if (!Number.isInteger(v) || v <= 0) {
    throw new RectifyError("option", `${what}: ${name} must be a positive integer, got ${v}`);
  }
}
function nonNegative(what, name, v) {
  if (!(v >= 0) || !Number.isFinite(v)) {
    throw new RectifyError("option", `${what}: ${name} must be a finite number >= 0, got ${v}`);
  }
}
function spiral(options = {}) {
  const per = options.pointsPerClass ?? 100, k = options.classes ?? 3;
  const noise = options.noise ?? 0.2;
  positiveInt("spiral", "pointsPerClass", per);
  positiveInt("spiral", "classes", k);
  nonNegative("spiral", "noise", noise);
  const rng = new Rng(options.seed ?? 0);
  const n = per * k;
  const x = new Float32Array(n * 2), y = new Float32Array(n);
  for (let c = 0; c < k; c++) {
    for (let i = 0; i < per; i++) {
      const j = c * per + i;
      const r = per === 1 ? 1 : i / (per - 1);
      const t = c * 4 + 4 * r + rng.normal() * noise;
      x[2 * j] = r * Math.sin(t);
      x[2 * j + 1] = r * Math.cos(t);
      y[j] = c;
    }
  }
  return {
    name: "spiral",
    x,
    y,
    rows: n,
    features: 2,
    targets: 1,
    task: "classification",
    classes: k,
    featureNames: [
      "x0",
      "x1"
    ]
  };
}
function xor(options = {}) {
  const n = options.n ?? 200, noise = options.noise ?? 0.1;
  positiveInt("xor", "n", n);
  nonNegative("xor", "noise", noise);
  const rng = new Rng(options.seed ?? 0);
  const x = new Float32Array(n * 2), y = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const a = rng.uniform() * 2 - 1, b = rng.uniform() * 2 - 1;
    y[i] = a > 0 !== b > 0 ? 1 : 0;
    x[2 * i] = a + rng.normal() * noise;
    x[2 * i + 1] = b + rng.normal() * noise;
  }
  return {
    name: "xor",
    x,
    y,
    rows: n,
    features: 2,
    targets: 1,
    task: "classification",
    classes: 2,
    featureNames: [
      "x0",
      "x1"
    ]
  };
}
function moons(options = {}) {
  const n = options.n ?? 200, noise = options.noise ?? 0.1;
  positiveInt("moons", "n", n);
  nonNegative("moons", "noise", noise);
  const rng = new Rng(options.seed ?? 0);
  const nOut = Math.floor(n / 2), nIn = n - nOut;
  const x = new Float32Array(n * 2), y = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    let a, b;
    if (i < nOut) {
      const t = nOut === 1 ? 0 : Math.PI * i / (nOut - 1);
      a = Math.cos(t);
      b = Math.sin(t);
      y[i] = 0;
    } else {
      const j = i - nOut;
      const t = nIn === 1 ? 0 : Math.PI * j / (nIn - 1);
      a = 1 - Math.cos(t);
      b = 0.5 - Math.sin(t);
      y[i] = 1;
    }
    x[2 * i] = a + rng.normal() * noise;
    x[2 * i + 1] = b + rng.normal() * noise;
  }
  return {
    name: "moons",
    x,
    y,
    rows: n,
    features: 2,
    targets: 1,
    task: "classification",
    classes: 2,
    featureNames: [
      "x0",
      "x1"
    ]
  };
}
function circles(options = {}) {
  const n = options.n ?? 200, noise = options.noise ?? 0.1, factor = options.factor ?? 0.5;
  positiveInt("circles", "n", n);
  nonNegative("circles", "noise", noise);
  if (!(factor > 0 && factor < 1)) {
    throw new RangeError(`circles: factor must be in (0, 1), got ${factor}`);
  }
  const rng = new Rng(options.seed ?? 0);
  const nOut = Math.floor(n / 2), nIn = n - nOut;
  const x = new Float32Array(n * 2), y = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const outer = i < nOut;
    const t = 2 * Math.PI * (outer ? i : i - nOut) / (outer ? nOut : nIn);
    const r = outer ? 1 : factor;
    x[2 * i] = r * Math.cos(t) + rng.normal() * noise;
    x[2 * i + 1] = r * Math.sin(t) + rng.normal() * noise;
    y[i] = outer ? 0 : 1;
  }
  return {
    name: "circles",
    x,
    y,
    rows: n,
    features: 2,
    targets: 1,
    task: "classification",
    classes: 2,
    featureNames: [
      "x0",
      "x1"
    ]
  };
}
function teacher(options = {}) {
  const n = options.n ?? 1e3, d = options.inputSize ?? 10;
  const hidden = options.hidden ?? [
    16
  ], outputs = options.outputs ?? 1;
  const noise = options.noise ?? 0;
  positiveInt("teacher", "n", n);
  positiveInt("teacher", "inputSize", d);
  positiveInt("teacher", "outputs", outputs);
  for (const h of hidden) positiveInt("teacher", "hidden width", h);
  nonNegative("teacher", "noise", noise);
  const rng = new Rng(options.seed ?? 0);
  const net = mlp({
    inputSize: d,
    hidden,
    outputSize: outputs,
    activation: "relu",
    initializer: "heNormal",
    rng: rng.fork()
  });
  for (const [name, p] of net.namedParameters()) {
    if (name.endsWith("bias")) {
      for (let i = 0; i < p.size; i++) p.data[i] = rng.normal() * 0.5;
    }
  }
  const x = new Float32Array(n * d);
  for (let i = 0; i < x.length; i++) x[i] = rng.normal();
  const out = noGrad(() => net.call(new Tensor(x, [
    n,
    d
  ])));
  const y = new Float32Array(n * outputs);
  for (let i = 0; i < y.length; i++) y[i] = out.data[i] + (noise > 0 ? rng.normal() * noise : 0);
  for (const p of net.parameters()) p.requiresGrad = false;
  return {
    name: "teacher",
    x,
    y,
    rows: n,
    features: d,
    targets: outputs,
    task: "regression",
    classes: 0,
    featureNames: Array.from({
      length: d
    }, (_, i) => `x${i}`),
    teacher: net
  };
}
var BAR_ORIENTATIONS = [
  "horizontal",
  "vertical",
  "diagonal",
  "antidiagonal"
];
function bars(options = {}) {
  const n = options.n ?? 1e3, size = options.size ?? 16, noise = options.noise ?? 0.1;
  positiveInt("bars", "n", n);
  positiveInt("bars", "size", size);
  if (size < 4) throw new RectifyError("option", `bars: size must be >= 4, got ${size}`);
  nonNegative("bars", "noise", noise);
  const rng = new Rng(options.seed ?? 0);
  const f = size * size;
  const x = new Float32Array(n * f), y = new Float32Array(n);
  const steps = [
    [
      0,
      1
    ],
    [
      1,
      0
    ],
    [
      1,
      1
    ],
    [
      1,
      -1
    ]
  ];
  const pick = (lo, hi) => lo + Math.floor(rng.uniform() * (hi - lo + 1));
  for (let i = 0; i < n; i++) {
    const c = i % 4, [dr, dc] = steps[c];
    const len = pick(size >> 1, size - 2);
    const r0 = pick(0, size - 1 - dr * (len - 1));
    const c0 = dc >= 0 ? pick(0, size - 1 - dc * (len - 1)) : pick(len - 1, size - 1);
    const img = x.subarray(i * f, (i + 1) * f);
    for (let k = 0; k < len; k++) img[(r0 + dr * k) * size + c0 + dc * k] = 1;
    if (noise > 0) {
      for (let j = 0; j < f; j++) img[j] += rng.normal() * noise;
    }
    y[i] = c;
  }
  return {
    name: "bars",
    x,
    y,
    rows: n,
    features: f,
    targets: 1,
    task: "classification",
    classes: 4,
    featureNames: Array.from({
      length: f
    }, (_, j) => `p${Math.floor(j / size)}_${j % size}`),
    labelNames: BAR_ORIENTATIONS,
    shape: [
      1,
      size,
      size
    ]
  };
}

// datasets/transforms.ts
function featureStats(dataset) {
  const { rows, features, x } = dataset;
  const mean2 = new Array(features).fill(0);
  const std = new Array(features).fill(0);
  for (let r = 0; r < rows; r++) for (let f = 0; f < features; f++) mean2[f] += x[r * features + f];
  for (let f = 0; f < features; f++) mean2[f] /= Math.max(rows, 1);
  for (let r = 0; r < rows; r++) {
    for (let f = 0; f < features; f++) {
      const d = x[r * features + f] - mean2[f];
      std[f] += d * d;
    }
  }
  for (let f = 0; f < features; f++) {
    const s = Math.sqrt(std[f] / Math.max(rows, 1));
    std[f] = s > 1e-12 ? s : 1;
  }
  return {
    mean: mean2,
    std
  };
}
function standardize(dataset, stats = featureStats(dataset)) {
  const { rows, features } = dataset;
  if (stats.mean.length !== features || stats.std.length !== features) {
    throw new RectifyError("shape", `standardize: statistics are for ${stats.mean.length} features, the dataset has ${features}`);
  }
  const x = new Float32Array(dataset.x.length);
  for (let r = 0; r < rows; r++) {
    for (let f = 0; f < features; f++) {
      const i = r * features + f;
      x[i] = (dataset.x[i] - stats.mean[f]) / stats.std[f];
    }
  }
  return {
    ...dataset,
    x
  };
}
function subset(dataset, indices) {
  const { features, targets } = dataset;
  const n = indices.length;
  const x = new Float32Array(n * features), y = new Float32Array(n * targets);
  for (let i = 0; i < n; i++) {
    const r = indices[i];
    if (!Number.isInteger(r) || r < 0 || r >= dataset.rows) {
      throw new RectifyError("data", `subset: row index ${r} is out of range [0, ${dataset.rows - 1}]`);
    }
    x.set(dataset.x.subarray(r * features, (r + 1) * features), i * features);
    y.set(dataset.y.subarray(r * targets, (r + 1) * targets), i * targets);
  }
  return {
    ...dataset,
    x,
    y,
    rows: n
  };
}
function trainValSplit(dataset, options = {}) {
  const frac = options.valFraction ?? 0.2;
  if (!(frac >= 0 && frac < 1)) {
    throw new RectifyError("option", `trainValSplit: valFraction must be in [0, 1), got ${frac}`);
  }
  const idx = new Int32Array(dataset.rows);
  for (let i = 0; i < idx.length; i++) idx[i] = i;
  new Rng(options.seed ?? 0).shuffle(idx);
  const nVal = Math.round(dataset.rows * frac);
  if (dataset.rows - nVal < 1) {
    throw new RectifyError("data", `trainValSplit: ${dataset.rows} rows leave no training rows at valFraction ${frac}`);
  }
  if (frac > 0 && nVal === 0) {
    throw new RectifyError("data", `trainValSplit: ${dataset.rows} rows are too few for a validation split of ${frac}`);
  }
  return {
    train: subset(dataset, idx.subarray(nVal)),
    val: subset(dataset, idx.subarray(0, nVal))
  };
}
function checkLabels(dataset, classes) {
  if (dataset.task !== "classification") return;
  if (!Number.isInteger(classes) || classes < 1) {
    throw new RectifyError("option", `class count must be a positive integer, got ${classes}`);
  }
  for (let r = 0; r < dataset.rows; r++) {
    const v = dataset.y[r];
    if (!Number.isInteger(v) || v < 0 || v >= classes) {
      throw new RectifyError("data", `${dataset.name}: row ${r + 1} has label ${v}, expected a class index in [0, ${classes - 1}] for ${classes} classes`, {
        details: {
          row: r + 1,
          label: v,
          classes
        }
      });
    }
  }
}
function withShape(dataset, shape) {
  if (!Array.isArray(shape) || shape.length === 0 || !shape.every((d) => Number.isInteger(d) && d > 0)) {
    throw new TypeError(`withShape: shape must be a list of positive integers, got ${JSON.stringify(shape)}`);
  }
  const size = shape.reduce((a, b) => a * b, 1);
  if (size !== dataset.features) {
    throw new RectifyError("shape", `withShape: shape ${JSON.stringify(shape)} holds ${size} values, but "${dataset.name}" has ${dataset.features} features per row`);
  }
  return {
    ...dataset,
    shape: [
      ...shape
    ]
  };
}

// datasets/_gather.ts
function gatherRows(ds, order, from2, to) {
  const f = ds.features, k = ds.targets, n = to - from2;
  const x = allocEmpty("float32", n * f, "batch");
  const y = allocEmpty("float32", n * k, "batch");
  const dx = ds.x, dy = ds.y;
  for (let i = 0; i < n; i++) {
    const r = order[from2 + i];
    for (let j = 0, s = r * f, t = i * f; j < f; j++) x[t + j] = dx[s + j];
    for (let j = 0, s = r * k, t = i * k; j < k; j++) y[t + j] = dy[s + j];
  }
  return {
    x: new Tensor(x, [
      n,
      f
    ]),
    y
  };
}

// datasets/batches.ts
function* batches(dataset, options = {}) {
  const batchSize = options.batchSize ?? 32;
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new RangeError(`batches: batchSize must be an integer >= 1, got ${batchSize}`);
  }
  if (options.shuffle && options.rng === void 0) {
    throw new RectifyError("option", "batches: shuffle needs rng (a seeded Rng), so that the order can be reproduced");
  }
  const order = new Int32Array(dataset.rows);
  for (let i = 0; i < order.length; i++) order[i] = i;
  if (options.shuffle) options.rng.shuffle(order);
  const classification = dataset.task === "classification";
  for (let from2 = 0; from2 < dataset.rows; from2 += batchSize) {
    const to = Math.min(dataset.rows, from2 + batchSize);
    if (options.dropLast && to - from2 < batchSize) break;
    const { x, y } = gatherRows(dataset, order, from2, to);
    const size = to - from2;
    yield {
      x,
      y: new Tensor(y, classification ? [
        size
      ] : [
        size,
        dataset.targets
      ]),
      size,
      indices: order.slice(from2, to)
    };
  }
}

// datasets/mod.ts
useBuiltins();
export {
  ADAM_DEFAULTS,
  API_VERSION,
  Activation,
  AvgPool2d,
  BAR_ORIENTATIONS,
  BatchNorm,
  BatchNorm2d,
  Conv1d,
  Conv2d,
  Dense,
  Dropout,
  Dropout2d,
  Flatten,
  GlobalAvgPool2d,
  GradNode,
  LayerNorm,
  MaxPool2d,
  Maxout,
  Module,
  Optimizer,
  PLUGIN_KINDS,
  ParamBuffers,
  RectifyError,
  Registry,
  Rng,
  Sequential,
  StepArena,
  Tensor,
  WEBGPU_HELP,
  abs,
  accuracy,
  activationPlugins,
  adadelta,
  adagrad,
  adam,
  adamReference,
  adamax,
  adamw,
  add,
  addDecayedWeights,
  addWeightDecay,
  affine,
  allocData,
  applyGradient,
  arange,
  argmax,
  avgPool2d,
  backendPlugins,
  bars,
  batches,
  builtinDatasetNames,
  builtinDefaults,
  builtinPlugins,
  calculateGain,
  cast,
  celu,
  chain,
  checkLabels,
  circles,
  clipByGlobalNorm,
  clipByValue,
  clipGradNorm,
  clipGradValue,
  clone,
  closestNames,
  cnn,
  compare,
  concat,
  confusionMatrix,
  constant as constantInitializer,
  constantSchedule,
  conv2d,
  cosineSchedule,
  cosineWarmRestartsSchedule,
  createRegistry,
  crelu,
  deadUnitMonitor,
  deconvnet,
  defaultRegistry,
  defineActivation,
  defineBackend,
  defineFunction,
  defineGradient,
  defineInitializer,
  defineOptimizer,
  defineSchedule,
  div,
  elementwise,
  elu,
  emptyData,
  exp,
  exponentialSchedule,
  eye,
  featureStats,
  findKernel,
  fmtShape,
  fromArray,
  full,
  gelu,
  getBackend,
  glorotNormal,
  glorotUniform,
  gradNormMonitor,
  gradcheck,
  gradientNoise,
  gradientPlugins,
  guidedBackprop,
  hardSigmoid,
  hardSwish,
  hardTanh,
  heNormal,
  heUniform,
  initializerPlugins,
  installBuiltins,
  isGradEnabled,
  isUpdateRule,
  js,
  jsBackend,
  lamb,
  leakyRelu,
  lecunNormal,
  lecunUniform,
  linear,
  linearRelu,
  lion,
  loadBuiltinDataset,
  loadCsv,
  log,
  logSoftmax,
  logSoftmaxActivation,
  matmul,
  max,
  maxPool2d,
  maximum,
  maxout,
  mean,
  minimum,
  mish,
  mlp,
  moons,
  mse,
  mul,
  multiStepSchedule,
  nadam,
  neg,
  noGrad,
  normal as normalInitializer,
  oneCycleSchedule,
  ones,
  ones2 as onesInitializer,
  optimizerPlugins,
  orthogonal,
  paramBuffers,
  parseCsvDataset,
  parseSpec,
  permute,
  pow,
  prelu,
  r2Score,
  radam,
  rand,
  randn,
  reduceOnPlateauSchedule,
  registerKernel,
  relu,
  relu6,
  reshape,
  rmse,
  rmsprop,
  rprop,
  rrelu,
  runKernel,
  saliency,
  scale,
  scaleByAdadelta,
  scaleByAdagrad,
  scaleByAdam,
  scaleByAdamax,
  scaleByLearningRate,
  scaleByLion,
  scaleByNadam,
  scaleByRadam,
  scaleByRms,
  scaleByRprop,
  scaleByTrustRatio,
  schedulePlugins,
  selu,
  setBackend,
  sgd,
  sigmoid,
  sigmoidBinaryCrossEntropy,
  sign,
  silu,
  slice,
  softmax,
  softmaxActivation,
  softmaxCrossEntropy,
  softplus,
  softsign,
  spiral,
  split,
  splitSpecList,
  sqrt,
  standardize,
  stepSchedule,
  sub,
  subset,
  sum,
  swish,
  syncHost,
  tanh,
  teacher,
  tensor,
  thresholdedRelu,
  trace,
  trainValSplit,
  transpose,
  truncatedNormal,
  uniform as uniformInitializer,
  useBuiltins,
  warmupSchedule,
  wasm,
  wasmSimdSupported,
  webgpu,
  webgpuAvailable,
  wgslElementwise,
  where,
  withGradient,
  withGradientOverride,
  withShape,
  withoutArena,
  xor,
  zeros,
  zeros2 as zerosInitializer
};
