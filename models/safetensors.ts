/**
 * The safetensors container (https://github.com/huggingface/safetensors):
 * an 8-byte little-endian header length `n`, `n` bytes of JSON header, then
 * the raw little-endian tensor bytes. The header maps each tensor name to
 * `{ dtype, shape, data_offsets: [begin, end] }` (offsets relative to the end
 * of the header) and may hold `__metadata__`, a record of string pairs.
 *
 * @module
 */

import { fmtShape, RectifyError } from "../core/errors.ts";

/** Element types rectify reads and writes (safetensors' names). */
export type SafetensorsDType =
  | "F32"
  | "F64"
  | "I64"
  | "F16"
  | "BF16"
  | "I32"
  | "I16"
  | "I8"
  | "U8"
  | "BOOL";

const BYTES: Record<SafetensorsDType, number> = {
  F64: 8,
  F32: 4,
  F16: 2,
  BF16: 2,
  I64: 8,
  I32: 4,
  I16: 2,
  I8: 1,
  U8: 1,
  BOOL: 1,
};

/** One tensor of a safetensors file, its values widened to numbers. */
export interface SafetensorsTensor {
  /** Element type as stored. */
  dtype: SafetensorsDType;
  /** Shape (`[]` for a scalar). */
  shape: number[];
  /** Row-major values: `Float32Array` for F32 (and the 16-bit floats), `Float64Array` otherwise. */
  data: Float32Array | Float64Array;
}

/** A parsed safetensors file. */
export interface Safetensors {
  /** Tensors by name, in the order of their data. */
  tensors: Map<string, SafetensorsTensor>;
  /** The `__metadata__` string pairs (empty when absent). */
  metadata: Record<string, string>;
}

/** Largest header rectify reads (as the reference implementation: 100 MB). */
const MAX_HEADER = 100_000_000;

function bad(file: string, what: string): RectifyError {
  return new RectifyError("model", `${file}: not a valid safetensors file: ${what}`, {
    details: { file },
  });
}

function half(bits: number): number {
  const s = bits & 0x8000 ? -1 : 1, e = (bits >> 10) & 0x1f, m = bits & 0x3ff;
  if (e === 0) return s * m * 2 ** -24;
  if (e === 31) return m ? NaN : s * Infinity;
  return s * (1 + m / 1024) * 2 ** (e - 15);
}

function decode(
  dtype: SafetensorsDType,
  bytes: Uint8Array,
  count: number,
): Float32Array | Float64Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (dtype === "F32" || dtype === "F16" || dtype === "BF16") {
    const out = new Float32Array(count);
    for (let i = 0; i < count; i++) {
      out[i] = dtype === "F32"
        ? view.getFloat32(4 * i, true)
        : dtype === "F16"
        ? half(view.getUint16(2 * i, true))
        : new Float32Array(new Uint32Array([view.getUint16(2 * i, true) << 16]).buffer)[0];
    }
    return out;
  }
  const out = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    switch (dtype) {
      case "F64":
        out[i] = view.getFloat64(8 * i, true);
        break;
      case "I64":
        out[i] = Number(view.getBigInt64(8 * i, true));
        break;
      case "I32":
        out[i] = view.getInt32(4 * i, true);
        break;
      case "I16":
        out[i] = view.getInt16(2 * i, true);
        break;
      case "I8":
        out[i] = view.getInt8(i);
        break;
      default: // U8, BOOL
        out[i] = view.getUint8(i);
    }
  }
  return out;
}

/**
 * Parse safetensors bytes. Every structural problem (short file, header
 * length past the end, a header that is not a JSON object, an unknown dtype,
 * a shape that does not match its byte range, offsets out of range,
 * overlapping or leaving gaps) is a `RectifyError` (code `"model"`) naming
 * `file` and the problem.
 *
 * @example Round trip
 * ```ts
 * import { encodeSafetensors, parseSafetensors } from "@rectify/core/models";
 * const bytes = encodeSafetensors(
 *   new Map([["w", { dtype: "F32", shape: [2], data: new Float32Array([1, 2]) }]]),
 *   { note: "hi" },
 * );
 * const st = parseSafetensors(bytes, "mem");
 * console.log(st.tensors.get("w")!.data, st.metadata.note); // Float32Array [1, 2] "hi"
 * ```
 */
export function parseSafetensors(bytes: Uint8Array, file: string): Safetensors {
  if (bytes.length < 8) {
    throw bad(file, `the file has ${bytes.length} bytes, fewer than the 8-byte header length`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = view.getBigUint64(0, true);
  if (n > BigInt(bytes.length - 8)) {
    throw bad(
      file,
      `header length ${n} runs past the end of the file (${
        bytes.length - 8
      } bytes after the length)`,
    );
  }
  if (n > BigInt(MAX_HEADER)) throw bad(file, `header length ${n} exceeds ${MAX_HEADER} bytes`);
  const headerLen = Number(n);
  let header: unknown;
  try {
    header = JSON.parse(
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(8, 8 + headerLen)),
    );
  } catch (e) {
    throw bad(file, `the header is not UTF-8 JSON (${(e as Error).message})`);
  }
  if (typeof header !== "object" || header === null || Array.isArray(header)) {
    throw bad(file, `the header is not a JSON object`);
  }
  const dataStart = 8 + headerLen;
  const dataLen = bytes.length - dataStart;
  const metadata: Record<string, string> = {};
  const entries: [string, SafetensorsDType, number[], number, number][] = [];
  for (const [name, raw] of Object.entries(header as Record<string, unknown>)) {
    if (name === "__metadata__") {
      if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
        throw bad(file, `__metadata__ must be an object of strings`);
      }
      for (const [k, v] of Object.entries(raw)) {
        if (typeof v !== "string") {
          throw bad(file, `__metadata__ "${k}" must be a string, got ${JSON.stringify(v)}`);
        }
        metadata[k] = v;
      }
      continue;
    }
    const t = raw as { dtype?: unknown; shape?: unknown; data_offsets?: unknown };
    if (typeof t !== "object" || t === null) throw bad(file, `tensor "${name}" is not an object`);
    if (typeof t.dtype !== "string" || !Object.hasOwn(BYTES, t.dtype)) {
      throw bad(
        file,
        `tensor "${name}" has unknown dtype ${JSON.stringify(t.dtype)}; expected one of ${
          Object.keys(BYTES).join(", ")
        }`,
      );
    }
    const dtype = t.dtype as SafetensorsDType;
    if (
      !Array.isArray(t.shape) ||
      !t.shape.every((d) => Number.isSafeInteger(d) && d >= 0)
    ) {
      throw bad(
        file,
        `tensor "${name}" has shape ${JSON.stringify(t.shape)}; expected a list of sizes`,
      );
    }
    const off = t.data_offsets;
    if (
      !Array.isArray(off) || off.length !== 2 ||
      !off.every((d) => Number.isSafeInteger(d) && d >= 0) || off[0] > off[1]
    ) {
      throw bad(
        file,
        `tensor "${name}" has data_offsets ${JSON.stringify(off)}; expected [begin, end]`,
      );
    }
    if (off[1] > dataLen) {
      throw bad(
        file,
        `tensor "${name}" data_offsets ${
          JSON.stringify(off)
        } run past the end of the data (${dataLen} bytes)`,
      );
    }
    const count = (t.shape as number[]).reduce((a, b) => a * b, 1);
    if (count * BYTES[dtype] !== off[1] - off[0]) {
      throw bad(
        file,
        `tensor "${name}" of shape ${fmtShape(t.shape as number[])} and dtype ${dtype} needs ${
          count * BYTES[dtype]
        } bytes, its data_offsets ${JSON.stringify(off)} span ${off[1] - off[0]}`,
      );
    }
    entries.push([name, dtype, t.shape as number[], off[0], off[1]]);
  }
  entries.sort((a, b) => a[3] - b[3] || a[4] - b[4]);
  let end = 0;
  for (const [name, , , begin, stop] of entries) {
    if (begin < end) {
      throw bad(
        file,
        `tensor "${name}" data_offsets [${begin}, ${stop}] overlap the previous tensor (ends at ${end})`,
      );
    }
    if (begin > end) throw bad(file, `a gap of ${begin - end} bytes before tensor "${name}"`);
    end = stop;
  }
  if (end !== dataLen) {
    throw bad(
      file,
      `${dataLen - end} bytes after the last tensor's data (the file is ${bytes.length} bytes)`,
    );
  }
  const tensors = new Map<string, SafetensorsTensor>();
  for (const [name, dtype, shape, begin, stop] of entries) {
    const count = shape.reduce((a, b) => a * b, 1);
    tensors.set(name, {
      dtype,
      shape,
      data: decode(dtype, bytes.subarray(dataStart + begin, dataStart + stop), count),
    });
  }
  return { tensors, metadata };
}

/** A tensor to write: F32 and F64 from floats, I64 from integer-valued numbers. */
export interface SafetensorsInput {
  /** Element type to store: `"F32"`, `"F64"` or `"I64"`. */
  dtype: "F32" | "F64" | "I64";
  /** Shape. */
  shape: readonly number[];
  /** Row-major values. */
  data: ArrayLike<number>;
}

/**
 * Encode tensors (in the map's order) and string metadata as safetensors
 * bytes. The header is padded with spaces to a multiple of 8 bytes, as the
 * reference implementation does.
 *
 * @example
 * ```ts
 * import { encodeSafetensors } from "@rectify/core/models";
 * const bytes = encodeSafetensors(new Map([["n", { dtype: "I64", shape: [], data: [3] }]]));
 * console.log(bytes.length); // 8 + header + 8
 * ```
 */
export function encodeSafetensors(
  tensors: ReadonlyMap<string, SafetensorsInput>,
  metadata: Readonly<Record<string, string>> = {},
): Uint8Array {
  const header: Record<string, unknown> = {};
  if (Object.keys(metadata).length > 0) header.__metadata__ = { ...metadata };
  let offset = 0;
  for (const [name, t] of tensors) {
    const count = t.shape.reduce((a, b) => a * b, 1);
    if (count !== t.data.length) {
      throw new TypeError(
        `encodeSafetensors: tensor "${name}" has shape ${
          fmtShape(t.shape)
        } (${count} values), got ${t.data.length} values`,
      );
    }
    const size = count * BYTES[t.dtype];
    header[name] = { dtype: t.dtype, shape: [...t.shape], data_offsets: [offset, offset + size] };
    offset += size;
  }
  let json = new TextEncoder().encode(JSON.stringify(header));
  const pad = (8 - (json.length % 8)) % 8;
  if (pad) json = new TextEncoder().encode(JSON.stringify(header) + " ".repeat(pad));
  const out = new Uint8Array(8 + json.length + offset);
  const view = new DataView(out.buffer);
  view.setBigUint64(0, BigInt(json.length), true);
  out.set(json, 8);
  let at = 8 + json.length;
  for (const t of tensors.values()) {
    for (let i = 0; i < t.data.length; i++) {
      const v = t.data[i];
      if (t.dtype === "F32") view.setFloat32(at, v, true), at += 4;
      else if (t.dtype === "F64") view.setFloat64(at, v, true), at += 8;
      else view.setBigInt64(at, BigInt(Math.trunc(v)), true), at += 8;
    }
  }
  return out;
}
