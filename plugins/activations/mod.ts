/**
 * Built-in activation plugins, the `Maxout` layer, and `elementwise`, the
 * builder every element-wise activation (built-in or not) is made with.
 *
 * @module
 */

import type { ActivationPlugin, Options } from "../../core/mod.ts";
import { celu } from "./celu.ts";
import { crelu } from "./crelu.ts";
import { elu } from "./elu.ts";
import { gelu } from "./gelu.ts";
import { hardSigmoid } from "./hard_sigmoid.ts";
import { hardSwish } from "./hard_swish.ts";
import { hardTanh } from "./hard_tanh.ts";
import { leakyRelu } from "./leaky_relu.ts";
import { linear } from "./linear.ts";
import { logSoftmaxActivation } from "./log_softmax.ts";
import { maxout } from "./maxout.ts";
import { mish } from "./mish.ts";
import { prelu } from "./prelu.ts";
import { relu } from "./relu.ts";
import { relu6 } from "./relu6.ts";
import { rrelu } from "./rrelu.ts";
import { selu } from "./selu.ts";
import { sigmoid } from "./sigmoid.ts";
import { silu } from "./silu.ts";
import { softmaxActivation } from "./softmax.ts";
import { softplus } from "./softplus.ts";
import { softsign } from "./softsign.ts";
import { swish } from "./swish.ts";
import { tanh } from "./tanh.ts";
import { thresholdedRelu } from "./thresholded_relu.ts";

export {
  celu,
  crelu,
  elu,
  gelu,
  hardSigmoid,
  hardSwish,
  hardTanh,
  leakyRelu,
  linear,
  logSoftmaxActivation,
  maxout,
  mish,
  prelu,
  relu,
  relu6,
  rrelu,
  selu,
  sigmoid,
  silu,
  softmaxActivation,
  softplus,
  softsign,
  swish,
  tanh,
  thresholdedRelu,
};
export { Maxout, type MaxoutOptions } from "./maxout_layer.ts";
export { elementwise, type ElementwiseDefinition, type ElementwiseStep } from "./elementwise.ts";

/**
 * Every built-in activation plugin.
 *
 * @example
 * ```ts
 * import { activationPlugins } from "@rectify/core";
 * console.log(activationPlugins.map((p) => p.name).includes("relu")); // true
 * ```
 */
export const activationPlugins: readonly ActivationPlugin<Options>[] = [
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
  linear,
] as unknown as ActivationPlugin<Options>[];
