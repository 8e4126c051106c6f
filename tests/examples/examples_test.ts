import assert from "node:assert/strict";
import { tempDir } from "../_temp.ts";

const ROOT = new URL("../../", import.meta.url);
const CONFIG = new URL("deno.json", ROOT).pathname;

async function runExample(name: string, args: string[] = [], cwd?: string) {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "--config", CONFIG, new URL(`examples/${name}`, ROOT).pathname, ...args],
    stdout: "piped",
    stderr: "piped",
    stdin: "null",
    cwd,
  }).output();
  const dec = new TextDecoder();
  return { code: out.code, stdout: dec.decode(out.stdout), stderr: dec.decode(out.stderr) };
}

const CASES: [string, RegExp][] = [
  ["xor.ts", /XOR validation accuracy: (9\d|100)\.\d%/],
  ["train_digits.ts", /epoch 30 .*val acc (9\d|100)\.\d%/],
  [
    "custom_function.ts",
    /gradcheck: gradcheck passed[\s\S]*XOR loss after 300 steps with myRelu: 0\.0\d+/,
  ],
  ["spiral.ts", /relu {5}final val accuracy (9\d|100)\.\d%/],
  [
    "teacher_student.ts",
    /student width 16 \(teacher's\): val mse [\d.]+ = [0-4]\.\d\d% of the target variance/,
  ],
  [
    "dying_relu.ts",
    /lr 2 {4}relu {17}dead units per hidden layer: \d+%, ([4-9]\d|100)%.*\nlr 2 {4}leakyRelu:alpha=0\.1 {2}dead units per hidden layer: 0%, 0%.*\nlr 2 {4}elu {18}dead units per hidden layer: 0%, \d+%/,
  ],
  ["vanishing_gradients.ts", /sigmoid:[\s\S]*first\/last layer ratio: \d\.\d\de-\d[\s\S]*relu:/],
  ["custom_activation.ts", /bentIdentity on moons: val accuracy \d+\.\d%/],
  [
    "load_plugin.ts",
    /loaded squarePlus from file:.*square_plus\.ts\nsquarePlus on spiral: val accuracy/,
  ],
  [
    "custom_optimizer.ts",
    /clippedAdamW:lr=0\.01,maxNorm=1 +val loss \d\.\d+, val accuracy (9\d|100)\.\d%/,
  ],
];

Deno.test("examples run and print what they promise", async (t) => {
  for (const [name, pattern] of CASES) {
    await t.step(name, async () => {
      const r = await runExample(name);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, pattern);
    });
  }
  await t.step("shallow_relu_1d.ts writes the SVG of the fit and its knots", async () => {
    await using tmp = await tempDir();
    const dir = tmp.path;
    const r = await runExample("shallow_relu_1d.ts", [`${dir}/fit.svg`]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /epoch 2500 \(mse 0\.0\d+\): \d+ knots in view/);
    const svg = await Deno.readTextFile(`${dir}/fit.svg`);
    assert.match(svg, /^<svg/);
    assert.ok(svg.includes("epoch 2500"));
  });
});
