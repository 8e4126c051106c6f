import assert from "node:assert/strict";
import { createRegistry, RectifyError, tensor } from "../../mod.ts";

const registry = createRegistry();

function throwsWith(fn: () => unknown, message: string | RegExp): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof RectifyError, `expected a RectifyError, got ${e}`);
    if (typeof message === "string") assert.equal(e.message, message);
    else assert.match(e.message, message);
    return true;
  });
}

Deno.test("activation plugins reject bad options naming plugin, option, value and range", async (t) => {
  const table: [string | { name: string; options: Record<string, unknown> }, string][] = [
    ["elu:alpha=-1", 'Cannot create "elu": alpha must be a finite number > 0, got -1'],
    ["celu:alpha=0", 'Cannot create "celu": alpha must be a finite number > 0, got 0'],
    ["relu:gradAtKink=2", 'Cannot create "relu": gradAtKink must be in [0, 1], got 2'],
    [
      "leakyRelu:gradAtKink=-0.5",
      'Cannot create "leakyRelu": gradAtKink must be in [0, 1], got -0.5',
    ],
    [
      "leakyRelu:alpha=Infinity",
      'Cannot create "leakyRelu": alpha must be a finite number, got Infinity',
    ],
    ["relu6:gradAtKink=1.5", 'Cannot create "relu6": gradAtKink must be in [0, 1], got 1.5'],
    [
      "hardTanh:minVal=1,maxVal=-1",
      'Cannot create "hardTanh": maxVal must be > minVal (1), got -1',
    ],
    ["hardTanh:gradAtKink=3", 'Cannot create "hardTanh": gradAtKink must be in [0, 1], got 3'],
    [
      "thresholdedRelu:theta=-1",
      'Cannot create "thresholdedRelu": theta must be a finite number >= 0, got -1',
    ],
    [
      "thresholdedRelu:gradAtKink=-1",
      'Cannot create "thresholdedRelu": gradAtKink must be in [0, 1], got -1',
    ],
    [
      "gelu:approximate=erf",
      'Cannot create "gelu": approximate must be "none" or "tanh", got "erf"',
    ],
    ["swish:beta=Infinity", 'Cannot create "swish": beta must be a finite number, got Infinity'],
    ["softplus:beta=0", 'Cannot create "softplus": beta must be a finite number > 0, got 0'],
    ["softplus:threshold=-5", 'Cannot create "softplus": threshold must be > 0, got -5'],
    ["rrelu:lower=-0.1", 'Cannot create "rrelu": lower must be a finite number >= 0, got -0.1'],
    [
      "rrelu:lower=0.5,upper=0.2",
      'Cannot create "rrelu": upper must be a finite number >= lower (0.5), got 0.2',
    ],
    ["softmax:axis=0.5", 'Cannot create "softmax": axis must be an integer, got 0.5'],
    ["logSoftmax:axis=1.5", 'Cannot create "logSoftmax": axis must be an integer, got 1.5'],
    ["crelu:axis=0.5", 'Cannot create "crelu": axis must be an integer, got 0.5'],
    ["maxout:pieces=0", 'Cannot create "maxout": pieces must be an integer >= 1, got 0'],
    ["maxout:pieces=1.5", 'Cannot create "maxout": pieces must be an integer >= 1, got 1.5'],
    ["prelu:init=Infinity", 'Cannot create "prelu": init must be a finite number, got Infinity'],
    [
      "prelu:sharedAxes=0",
      'Cannot create "prelu": sharedAxes must hold integers >= 1 (axis 0 is the batch), got [0]',
    ],
    [
      "prelu:sharedAxes=1/1",
      'Cannot create "prelu": sharedAxes must not repeat an axis, got [1,1]',
    ],
  ];
  for (const [spec, message] of table) {
    await t.step(typeof spec === "string" ? spec : JSON.stringify(spec), () => {
      throwsWith(() => registry.create("activation", spec), message);
    });
  }
});

Deno.test("axis-wise activations name the input shape when the axis is out of range", async (t) => {
  const x = tensor([[1, 2, 3, 4, 5, 6]]);
  const table: [string, RegExp][] = [
    ["softmax:axis=2", /^softmax: axis 2 is out of range for a tensor of shape \[1, 6\]/],
    ["logSoftmax:axis=-3", /^logSoftmax: axis -3 is out of range for a tensor of shape \[1, 6\]/],
    ["crelu:axis=5", /^crelu: axis 5 is out of range for an input of shape \[1, 6\]/],
    ["maxout:axis=-4", /^maxout: axis -4 is out of range for an input of shape \[1, 6\]/],
    [
      "maxout:pieces=4",
      /^maxout: size 6 of axis -1 of input shape \[1, 6\] is not divisible by pieces = 4$/,
    ],
  ];
  for (const [spec, message] of table) {
    await t.step(spec, () => {
      throwsWith(() => registry.create("activation", spec).forward(x), message);
    });
  }
});

Deno.test("prelu sharedAxes beyond the input's axes fail naming the shape", () => {
  const act = registry.create("activation", "prelu:sharedAxes=2");
  throwsWith(
    () => act.forward(tensor([[1, -2, 3]])),
    "prelu: sharedAxes holds axis 2, out of range for inputs of shape [N, 3] (feature axes are 1..1)",
  );
});

Deno.test("maxout outputSize rejects a width not divisible by pieces", () => {
  const act = registry.create("activation", "maxout:pieces=3");
  assert.equal(act.outputSize!(12), 4);
  throwsWith(() => act.outputSize!(7), /maxout: feature width 7 .* not divisible by pieces = 3/);
});
