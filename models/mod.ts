/**
 * Models that travel: save a trained `Sequential` as safetensors with the
 * tensor names and layouts of the equivalent PyTorch `nn.Sequential`, its
 * architecture and input preprocessing in `__metadata__`; load it (or a
 * PyTorch-written file, given the architecture) and predict on raw
 * features; export it to ONNX.
 *
 * @example Save, load, predict
 * ```ts
 * import { mlp, Rng } from "@rectify/core";
 * import { loadModel, predict, saveModel } from "@rectify/core/models";
 * const path = await Deno.makeTempFile({ suffix: ".safetensors" });
 * await saveModel(mlp({ inputSize: 2, hidden: [4], outputSize: 2, rng: new Rng(0) }), path);
 * const p = predict(await loadModel(path), [0.5, -1], 1);
 * console.log(p.values.length); // 2
 * await Deno.remove(path);
 * ```
 *
 * @module
 */

export {
  type Architecture,
  architectureOf,
  type ArchitectureOfOptions,
  buildModel,
  type BuildModelOptions,
  mlpArchitecture,
  type MlpArchitectureOptions,
  type ModelLayer,
  type Pair,
} from "./architecture.ts";
export {
  decodeModel,
  encodeModel,
  type LoadedModel,
  loadModel,
  type LoadModelOptions,
  MODEL_FORMAT,
  type ModelLabels,
  predict,
  type Prediction,
  type PredictOptions,
  type Preprocessing,
  saveModel,
  type SaveModelOptions,
} from "./model_file.ts";
export { exportOnnx, type ExportOnnxOptions, ONNX_OPSET } from "./onnx.ts";
export {
  encodeSafetensors,
  parseSafetensors,
  type Safetensors,
  type SafetensorsDType,
  type SafetensorsInput,
  type SafetensorsTensor,
} from "./safetensors.ts";
import { useBuiltins } from "../plugins/mod.ts";

// Loaded alone, this entry still finds the built-ins in `defaultRegistry` (a saved model names them).
useBuiltins();
