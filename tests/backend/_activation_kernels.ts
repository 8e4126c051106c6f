// The activation op names a backend may bring kernels for, and their reference
// loops (which define them), imported from the plugins that own them.
import assert from "node:assert/strict";
import { type Backend, type Data, findKernel, type Kernel } from "../../mod.ts";
import { celuBackwardLoop, celuLoop } from "../../plugins/activations/celu.ts";
import { eluBackwardLoop, eluLoop } from "../../plugins/activations/elu.ts";
import {
  geluBackwardLoop,
  geluLoop,
  geluTanhBackwardLoop,
  geluTanhLoop,
} from "../../plugins/activations/gelu.ts";
import {
  hardSigmoidBackwardLoop,
  hardSigmoidLoop,
} from "../../plugins/activations/hard_sigmoid.ts";
import { hardSwishBackwardLoop, hardSwishLoop } from "../../plugins/activations/hard_swish.ts";
import { hardTanhBackwardLoop, hardTanhLoop } from "../../plugins/activations/hard_tanh.ts";
import { leakyReluBackwardLoop, leakyReluLoop } from "../../plugins/activations/leaky_relu.ts";
import { mishBackwardLoop, mishLoop } from "../../plugins/activations/mish.ts";
import { preluBackwardLoop, preluLoop } from "../../plugins/activations/prelu.ts";
import { reluBackwardLoop, reluLoop } from "../../plugins/activations/relu.ts";
import { relu6BackwardLoop, relu6Loop } from "../../plugins/activations/relu6.ts";
import { seluBackwardLoop, seluLoop } from "../../plugins/activations/selu.ts";
import { sigmoidBackwardLoop, sigmoidLoop } from "../../plugins/activations/sigmoid.ts";
import { siluBackwardLoop, siluLoop } from "../../plugins/activations/silu.ts";
import { softplusBackwardLoop, softplusLoop } from "../../plugins/activations/softplus.ts";
import { swishBackwardLoop, swishLoop } from "../../plugins/activations/swish.ts";
import { tanhBackwardLoop, tanhLoop } from "../../plugins/activations/tanh.ts";

/** Op name → the owning plugin's reference loop. */
export const REFERENCE: Readonly<Record<string, Kernel>> = {
  relu: reluLoop,
  reluBackward: reluBackwardLoop,
  leakyRelu: leakyReluLoop,
  leakyReluBackward: leakyReluBackwardLoop,
  prelu: preluLoop,
  preluBackward: preluBackwardLoop,
  relu6: relu6Loop,
  relu6Backward: relu6BackwardLoop,
  hardTanh: hardTanhLoop,
  hardTanhBackward: hardTanhBackwardLoop,
  hardSigmoid: hardSigmoidLoop,
  hardSigmoidBackward: hardSigmoidBackwardLoop,
  hardSwish: hardSwishLoop,
  hardSwishBackward: hardSwishBackwardLoop,
  elu: eluLoop,
  eluBackward: eluBackwardLoop,
  selu: seluLoop,
  seluBackward: seluBackwardLoop,
  celu: celuLoop,
  celuBackward: celuBackwardLoop,
  sigmoid: sigmoidLoop,
  sigmoidBackward: sigmoidBackwardLoop,
  tanh: tanhLoop,
  tanhBackward: tanhBackwardLoop,
  silu: siluLoop,
  siluBackward: siluBackwardLoop,
  swish: swishLoop,
  swishBackward: swishBackwardLoop,
  softplus: softplusLoop,
  softplusBackward: softplusBackwardLoop,
  gelu: geluLoop,
  geluBackward: geluBackwardLoop,
  geluTanh: geluTanhLoop,
  geluTanhBackward: geluTanhBackwardLoop,
  mish: mishLoop,
  mishBackward: mishBackwardLoop,
};

/** Run op `name` as `runKernel` would on `be`: its kernel, else the reference loop. */
export function runOp(
  be: Backend,
  name: string,
  inputs: readonly Data[],
  out: Data,
  params: readonly number[] = [],
): void {
  if (runBackendKernel(be, name, inputs, out, params, false)) return;
  REFERENCE[name](inputs, [out], params);
}

/**
 * Run op `name` on `be`'s kernel; true when it ran. With `required` (the
 * default) the kernel must exist and accept these arrays.
 */
export function runBackendKernel(
  be: Backend,
  name: string,
  inputs: readonly Data[],
  out: Data,
  params: readonly number[] = [],
  required = true,
): boolean {
  const k = findKernel(name, be);
  const ran = k !== undefined && k(inputs, [out], params) !== false;
  if (required) {
    assert.ok(ran, `backend "${be.name}" has a kernel "${name}" that accepts these arrays`);
  }
  return ran;
}
