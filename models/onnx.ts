/**
 * ONNX export of `Sequential` MLPs and CNNs (opset 17), encoded with
 * protobufjs from the ONNX schema (`models/onnx/onnx.proto`, as the JSON
 * descriptor `onnx_proto.json`).
 *
 * @module
 */

import protobuf from "protobufjs";
import {
  Activation,
  AvgPool2d,
  BatchNorm,
  BatchNorm2d,
  Conv2d,
  defaultRegistry,
  Dense,
  Dropout,
  Dropout2d,
  type DType,
  Flatten,
  GlobalAvgPool2d,
  LayerNorm,
  MaxPool2d,
  type Module,
  noGrad,
  type OnnxAttribute,
  type OnnxGraphBuilder,
  type Options,
  RectifyError,
  type Registry,
  type Sequential,
  type Tensor,
  zeros,
} from "../core/mod.ts";
import { architectureOf } from "./architecture.ts";
import type { Preprocessing } from "./model_file.ts";
import descriptor from "./onnx/onnx_proto.json" with { type: "json" };

/** The opset rectify writes. */
export const ONNX_OPSET = 17;
const IR_VERSION = 8;
const FLOAT = 1, INT64 = 7, DOUBLE = 11;
const ATTR = { FLOAT: 1, INT: 2, STRING: 3, FLOATS: 6, INTS: 7 } as const;

let modelType: protobuf.Type | null = null;

function modelProto(): protobuf.Type {
  modelType ??= protobuf.Root.fromJSON(descriptor as protobuf.INamespace).lookupType(
    "onnx.ModelProto",
  );
  return modelType;
}

/** Options of {@linkcode exportOnnx}. */
export interface ExportOnnxOptions {
  /** Preprocessing written as the graph's first nodes (`Sub`, `Div`), so the graph takes raw features. */
  preprocessing?: Preprocessing | null;
  /** Shape of one example; needed when the first layer is not `Dense` (`[C, H, W]`). */
  inputShape?: readonly number[];
  /** Add an output `"probabilities"`, the softmax of the last axis (default false). */
  probabilities?: boolean;
  /** Registry the activation plugins come from. */
  registry?: Registry;
  /** Graph name (default `"rectify"`). */
  name?: string;
}

interface NodeObject {
  op_type: string;
  input: string[];
  output: string[];
  name: string;
  attribute: Record<string, unknown>[];
}

interface InitObject {
  name: string;
  dims: number[];
  data_type: number;
  raw_data: Uint8Array;
}

function rawBytes(values: ArrayLike<number>, type: number): Uint8Array {
  const size = type === FLOAT ? 4 : 8;
  const out = new Uint8Array(values.length * size);
  const view = new DataView(out.buffer);
  for (let i = 0; i < values.length; i++) {
    if (type === FLOAT) view.setFloat32(4 * i, values[i], true);
    else if (type === DOUBLE) view.setFloat64(8 * i, values[i], true);
    else view.setBigInt64(8 * i, BigInt(Math.trunc(values[i])), true);
  }
  return out;
}

function attribute(name: string, a: OnnxAttribute): Record<string, unknown> {
  if ("float" in a) return { name, type: ATTR.FLOAT, f: a.float };
  if ("int" in a) return { name, type: ATTR.INT, i: a.int };
  if ("ints" in a) return { name, type: ATTR.INTS, ints: [...a.ints] };
  if ("floats" in a) return { name, type: ATTR.FLOATS, floats: [...a.floats] };
  return { name, type: ATTR.STRING, s: new TextEncoder().encode(a.string) };
}

class Graph {
  readonly nodes: NodeObject[] = [];
  readonly initializers: InitObject[] = [];
  readonly floatType: number;
  #count = 0;
  constructor(readonly dtype: DType) {
    this.floatType = dtype === "float64" ? DOUBLE : FLOAT;
  }
  fresh(prefix: string): string {
    return `${prefix}_${this.#count++}`;
  }
  node(
    opType: string,
    inputs: readonly string[],
    attributes: Readonly<Record<string, OnnxAttribute>> = {},
    output?: string,
  ): string {
    const out = output ?? this.fresh(opType.toLowerCase());
    this.nodes.push({
      op_type: opType,
      input: [...inputs],
      output: [out],
      name: `${opType}_${this.nodes.length}`,
      attribute: Object.entries(attributes).map(([k, v]) => attribute(k, v)),
    });
    return out;
  }
  constant(
    values: ArrayLike<number>,
    shape: readonly number[],
    type: "float" | "int64" = "float",
  ): string {
    const count = shape.reduce((a, b) => a * b, 1);
    if (count !== values.length) {
      throw new TypeError(
        `onnx constant: shape [${shape.join(", ")}] needs ${count} values, got ${values.length}`,
      );
    }
    const name = this.fresh("const");
    const dataType = type === "int64" ? INT64 : this.floatType;
    this.initializers.push({
      name,
      dims: [...shape],
      data_type: dataType,
      raw_data: rawBytes(values, dataType),
    });
    return name;
  }
  tensor(t: Tensor, shape: readonly number[] = t.shape): string {
    return this.constant(t.data, shape);
  }
  builder(featureShape: readonly number[]): OnnxGraphBuilder {
    return {
      opset: ONNX_OPSET,
      dtype: this.dtype,
      featureShape,
      node: (op, inputs, attributes) => this.node(op, inputs, attributes ?? {}),
      constant: (values, shape, type) => this.constant(values, shape, type ?? "float"),
    };
  }
}

function ones(n: number): number[] {
  return new Array<number>(n).fill(1);
}

/** Write one layer; returns the output name. */
function layerNodes(
  g: Graph,
  m: Module,
  index: number,
  x: string,
  feat: readonly number[],
  registry: Registry,
): string {
  if (m instanceof Dense) {
    const w = g.tensor(m.weight);
    if (feat.length === 1) {
      return g.node("Gemm", m.bias ? [x, w, g.tensor(m.bias)] : [x, w]);
    }
    const y = g.node("MatMul", [x, w]);
    return m.bias ? g.node("Add", [y, g.tensor(m.bias)]) : y;
  }
  if (m instanceof BatchNorm || m instanceof BatchNorm2d) {
    const c = m.runningMean.size;
    const scale = m.gamma ? g.tensor(m.gamma) : g.constant(ones(c), [c]);
    const bias = m.beta ? g.tensor(m.beta) : g.constant(new Array(c).fill(0), [c]);
    return g.node(
      "BatchNormalization",
      [x, scale, bias, g.tensor(m.runningMean), g.tensor(m.runningVar)],
      { epsilon: { float: m.eps } },
    );
  }
  if (m instanceof LayerNorm) {
    const shape = m.normalizedShape;
    const n = shape.reduce((a, b) => a * b, 1);
    const scale = m.gamma ? g.tensor(m.gamma) : g.constant(ones(n), shape);
    const bias = m.beta ? g.tensor(m.beta) : g.constant(new Array(n).fill(0), shape);
    return g.node("LayerNormalization", [x, scale, bias], {
      axis: { int: -shape.length },
      epsilon: { float: m.eps },
    });
  }
  if (m instanceof Dropout || m instanceof Dropout2d) return x;
  if (m instanceof Flatten) return g.node("Flatten", [x], { axis: { int: 1 } });
  if (m instanceof GlobalAvgPool2d) {
    return g.node("Flatten", [g.node("GlobalAveragePool", [x])], { axis: { int: 1 } });
  }
  if (m instanceof Conv2d) {
    const [kh, kw] = m.kernelSize;
    const o = m.options;
    const [dh, dw] = o.dilation ?? [1, 1];
    let pads: number[];
    if (o.padding === "same") {
      const th = dh * (kh - 1), tw = dw * (kw - 1);
      pads = [
        Math.floor(th / 2),
        Math.floor(tw / 2),
        th - Math.floor(th / 2),
        tw - Math.floor(tw / 2),
      ];
    } else {
      const [ph, pw] = o.padding ?? [0, 0];
      pads = [ph, pw, ph, pw];
    }
    const inputs = [x, g.tensor(m.weight)];
    if (m.bias) inputs.push(g.tensor(m.bias));
    return g.node("Conv", inputs, {
      kernel_shape: { ints: [kh, kw] },
      strides: { ints: [...(o.stride ?? [1, 1])] },
      dilations: { ints: [dh, dw] },
      pads: { ints: pads },
      group: { int: o.groups ?? 1 },
    });
  }
  if (m instanceof MaxPool2d || m instanceof AvgPool2d) {
    const o = m.options;
    const [ph, pw] = o.padding ?? [0, 0];
    const attrs: Record<string, OnnxAttribute> = {
      kernel_shape: { ints: [...m.kernelSize] },
      strides: { ints: [...(o.stride ?? m.kernelSize)] },
      pads: { ints: [ph, pw, ph, pw] },
      ceil_mode: { int: o.ceilMode ? 1 : 0 },
    };
    if (m instanceof AvgPool2d) {
      attrs.count_include_pad = { int: o.countIncludePad === false ? 0 : 1 };
      return g.node("AveragePool", [x], attrs);
    }
    return g.node("MaxPool", [x], attrs);
  }
  if (m instanceof Activation) {
    const plugin = registry.get("activation", m.activationName);
    if (!plugin.onnx) {
      throw new RectifyError(
        "model",
        `Cannot export layer ${index} to ONNX: activation plugin "${plugin.name}" has no ONNX form ` +
          `(a plugin supplies one with an onnx(input, graph, options, instance) hook)`,
      );
    }
    const options = { ...plugin.defaults, ...m.activationOptions } as Options;
    return plugin.onnx(x, g.builder(feat), options, m.instance);
  }
  throw new RectifyError(
    "model",
    `Cannot export layer ${index} to ONNX: ${m.constructor.name} has no ONNX form`,
  );
}

/**
 * Export a `Sequential` (MLP or CNN) as an ONNX model (opset 17, IR 8): one
 * input `"input"` of shape `[N, ...inputShape]` taking raw features when
 * `preprocessing` is given, the output `"output"` (the model's outputs) and
 * optionally `"probabilities"`. Activations are written by their plugin's
 * `onnx` hook (every built-in has one); a plugin without one makes the
 * export fail naming it. Layers compute as in evaluation mode (dropout is
 * dropped, batch norm uses its running statistics).
 *
 * @example
 * ```ts
 * import { mlp, Rng } from "@rectify/core";
 * import { exportOnnx } from "@rectify/core/models";
 * const bytes = exportOnnx(mlp({ inputSize: 4, hidden: [8], outputSize: 3, rng: new Rng(0) }), {
 *   probabilities: true,
 * });
 * console.log(bytes.length > 0); // true
 * ```
 */
export function exportOnnx(model: Module, options: ExportOnnxOptions = {}): Uint8Array {
  const registry = options.registry ?? defaultRegistry;
  const arch = architectureOf(model, { inputShape: options.inputShape, registry });
  const seq = model as Sequential;
  const g = new Graph(arch.dtype);
  // every layer's input shape, from one evaluation-mode pass on zeros
  const shapes: number[][] = [];
  const wasTraining = seq.training;
  seq.eval();
  try {
    noGrad(() => {
      let t = zeros([1, ...arch.inputShape], { dtype: arch.dtype });
      for (const l of seq.layers) {
        shapes.push(t.shape.slice(1));
        t = l.call(t);
      }
      shapes.push(t.shape.slice(1));
    });
  } finally {
    seq.train(wasTraining);
  }
  let x = "input";
  const st = options.preprocessing?.standardize;
  if (st) {
    x = g.node("Sub", [x, g.constant(st.mean, arch.inputShape)]);
    x = g.node("Div", [x, g.constant(st.std, arch.inputShape)]);
  }
  seq.layers.forEach((m, i) => {
    x = layerNodes(g, m, i, x, shapes[i], registry);
  });
  g.node("Identity", [x], {}, "output");
  const outShape = shapes[shapes.length - 1];
  const valueInfo = (name: string, shape: readonly number[]) => ({
    name,
    type: {
      tensor_type: {
        elem_type: g.floatType,
        shape: { dim: [{ dim_param: "N" }, ...shape.map((d) => ({ dim_value: d }))] },
      },
    },
  });
  const outputs = [valueInfo("output", outShape)];
  if (options.probabilities) {
    g.node("Softmax", [x], { axis: { int: -1 } }, "probabilities");
    outputs.push(valueInfo("probabilities", outShape));
  }
  const Model = modelProto();
  const message = Model.fromObject({
    ir_version: IR_VERSION,
    producer_name: "rectify",
    producer_version: "0.1.0",
    opset_import: [{ domain: "", version: ONNX_OPSET }],
    graph: {
      name: options.name ?? "rectify",
      node: g.nodes,
      initializer: g.initializers,
      input: [valueInfo("input", arch.inputShape)],
      output: outputs,
    },
  });
  return Model.encode(message).finish();
}
