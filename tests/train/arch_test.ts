import assert from "node:assert/strict";
import { RectifyError, Rng, zeros } from "../../mod.ts";
import { cnn } from "../../mod.ts";
import { type ArchLayer, archLayers, parseArch } from "../../train/mod.ts";

function specError(fn: () => unknown, pattern: RegExp): void {
  assert.throws(fn, (e) => {
    assert.ok(e instanceof RectifyError, String(e));
    assert.equal(e.code, "spec");
    assert.match(e.message, pattern);
    return true;
  });
}

Deno.test("parseArch() reads every layer token and its options into plain JSON", async (t) => {
  const cases: [string, ArchLayer[]][] = [
    [
      "conv:16x3,act,pool:2,conv:32x3,act,gap,dense:10",
      [
        { type: "conv2d", outChannels: 16, kernelSize: 3 },
        { type: "act" },
        { type: "maxPool2d", kernelSize: 2 },
        { type: "conv2d", outChannels: 32, kernelSize: 3 },
        { type: "act" },
        { type: "globalAvgPool2d" },
        { type: "dense", outFeatures: 10 },
      ],
    ],
    [
      "conv:8x3,stride=2,padding=same,dilation=1/2,groups=2,bias=false,kernel=3/5",
      [{
        type: "conv2d",
        outChannels: 8,
        kernelSize: [3, 5],
        stride: 2,
        padding: "same",
        dilation: [1, 2],
        groups: 2,
        bias: false,
      }],
    ],
    ["conv:4x1,padding=0/1", [{ type: "conv2d", outChannels: 4, kernelSize: 1, padding: [0, 1] }]],
    [
      "maxpool:3,stride=2,padding=1,ceilMode=true",
      [{ type: "maxPool2d", kernelSize: 3, stride: 2, padding: 1, ceilMode: true }],
    ],
    [
      "avgpool:2/3,countIncludePad=false",
      [{ type: "avgPool2d", kernelSize: [2, 3], countIncludePad: false }],
    ],
    ["flatten,bn,eps=0.001,momentum=none", [{ type: "flatten" }, {
      type: "batchNorm2d",
      eps: 0.001,
      momentum: null,
    }]],
    ["ln,elementwiseAffine=false", [{ type: "layerNorm", elementwiseAffine: false }]],
    ["dropout:0.5,dropout2d:0.1", [{ type: "dropout", p: 0.5 }, { type: "dropout2d", p: 0.1 }]],
    ["dense:64,bias=false", [{ type: "dense", outFeatures: 64, bias: false }]],
    [
      "relu,leakyRelu:alpha=0.2,elu",
      [
        { type: "activation", activation: "relu" },
        { type: "activation", activation: "leakyRelu:alpha=0.2" },
        { type: "activation", activation: "elu" },
      ],
    ],
  ];
  for (const [text, expected] of cases) {
    await t.step(text, () => {
      const arch = parseArch(text);
      assert.deepEqual(arch, expected);
      assert.deepEqual(JSON.parse(JSON.stringify(arch)), arch, "JSON round trip");
    });
  }
});

Deno.test("parseArch() errors name the token, its position and what was expected", async (t) => {
  const cases: [string, RegExp][] = [
    ["conv:16", /token 1 "conv:16": expected conv:CHANNELSxKERNEL like conv:16x3/],
    ["conv", /token 1 "conv": expected conv:CHANNELSxKERNEL/],
    ["conv:0x3", /token 1 "conv:0x3": expected channels to be an integer >= 1/],
    [
      "conv:8x3,strid=2",
      /token 1 "conv:8x3,strid=2": expected options kernel, stride, padding, dilation, groups, bias, not "strid"/,
    ],
    ["conv:8x3,padding=-1", /expected padding to be an integer >= 0/],
    ["conv:8x3,bias=no", /expected bias to be true or false/],
    ["relu,pool", /token 2 "pool": expected pool:KERNEL like pool:2/],
    ["pool:2,countIncludePad=true", /expected options stride, padding, ceilMode, not/],
    ["gap:2", /token 1 "gap:2": expected no ":" argument/],
    ["dropout:1.5", /token 1 "dropout:1.5": expected dropout:P with P in \[0, 1\)/],
    ["dense:x", /expected width to be an integer >= 1/],
    ["act,rleu", /token 2 "rleu" is neither a layer \(conv, .*\) nor an activation: .*relu/],
    ["", /expected a comma-separated list of layers/],
  ];
  for (const [text, pattern] of cases) {
    await t.step(JSON.stringify(text), () => specError(() => parseArch(text), pattern));
  }
});

Deno.test("archLayers() fills act slots and adapts prelu, crelu and maxout to images", () => {
  const arch = parseArch("conv:8x3,act,prelu:init=0.1,crelu,gap,act,maxout,dense:4,crelu");
  const layers = archLayers(arch, { activation: "prelu" });
  assert.deepEqual(layers, [
    { type: "conv2d", outChannels: 8, kernelSize: 3 },
    { name: "prelu", options: { sharedAxes: [2, 3] } },
    { name: "prelu", options: { init: 0.1, sharedAxes: [2, 3] } },
    { name: "crelu", options: { axis: 1 } },
    { type: "globalAvgPool2d" },
    "prelu", // after gap: flat features, left as given
    "maxout",
    { type: "dense", outFeatures: 4 },
    "crelu",
  ]);
  assert.deepEqual(archLayers(parseArch("conv:2x1,act")), [
    { type: "conv2d", outChannels: 2, kernelSize: 1 },
    "relu",
  ]);
  // an explicit option wins
  assert.deepEqual(archLayers(parseArch("conv:2x1,crelu:axis=-1"))[1], "crelu:axis=-1");
});

Deno.test("archLayers() output builds a CNN whose prelu has one slope per channel", () => {
  const layers = archLayers(parseArch("conv:6x3,padding=1,act,pool:2,crelu,gap"), {
    activation: "prelu",
  });
  const model = cnn({ inputShape: [1, 8, 8], layers, outputSize: 3, rng: new Rng(0) });
  const alpha = model.namedParameters().find(([n]) => n.endsWith("alpha"));
  assert.ok(alpha, "prelu's slope is a parameter");
  assert.equal(alpha[1].size, 6);
  assert.deepEqual(model.call(zeros([2, 1, 8, 8])).shape, [2, 3]);
});
