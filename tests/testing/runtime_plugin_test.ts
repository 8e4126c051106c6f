import assert from "node:assert/strict";
import {
  createRegistry,
  mlp,
  Optimizer,
  RectifyError,
  Rng,
  softmaxCrossEntropy,
  tensor,
} from "../../mod.ts";
import { assertPluginOk, checkActivation } from "../../testing/mod.ts";
import { tempDir } from "../_temp.ts";

const core = new URL("../../mod.ts", import.meta.url).href;

// A third-party activation as it would be written in its own file.
const bentIdentitySource = `
import { defineActivation, RectifyError } from "${core}";

/** Bent identity: f(x) = c·(sqrt(x² + 1) − 1) + x, f'(x) = c·x / sqrt(x² + 1) + 1. */
export default defineActivation({
  name: "bentIdentity",
  version: "1.0.0",
  description: "c * (sqrt(x^2 + 1) - 1) + x",
  defaults: { curvature: 0.5 },
  validate({ curvature }) {
    if (!(curvature >= 0 && curvature < 1)) {
      throw new RectifyError("option", \`Cannot create "bentIdentity": curvature must be in [0, 1), got \${curvature}\`);
    }
  },
  create: ({ curvature }) => ({
    forward: (x) => x.mul(x).add(1).sqrt().sub(1).mul(curvature).add(x),
  }),
});
`;

// Softsign with a deliberately wrong derivative: 1/(1+|x|) instead of 1/(1+|x|)².
const badSoftsignSource = `
import { defineActivation, defineFunction } from "${core}";

const op = defineFunction({
  name: "badSoftsign",
  forward(ctx, x) {
    ctx.save(x);
    return x.div(x.abs().add(1));
  },
  backward(ctx, g) {
    return g.div(ctx.saved[0].abs().add(1));
  },
});

export default defineActivation({
  name: "badSoftsign",
  version: "0.0.1",
  description: "x / (1 + |x|) with a wrong derivative",
  defaults: {},
  create: () => ({ forward: op }),
});
`;

async function writePlugin(dir: string, file: string, source: string): Promise<string> {
  const path = `${dir}/${file}`;
  await Deno.writeTextFile(path, source);
  return new URL(`file://${path}`).href;
}

Deno.test("a plugin written to a file loads with registry.load(), trains an mlp and passes the kit", async () => {
  await using tmp = await tempDir("kit-");
  const dir = tmp.path;
  const url = await writePlugin(dir, "bent_identity.ts", bentIdentitySource);
  const registry = createRegistry();
  assert.deepEqual(await registry.load(url), ["bentIdentity"]);
  const plugin = registry.get("activation", "bentIdentity");

  const model = mlp({
    inputSize: 2,
    hidden: [8],
    outputSize: 2,
    activation: "bentIdentity:curvature=0.3",
    rng: new Rng(1),
    registry,
  });
  const opt = new Optimizer(model.namedParameters(), "sgd:lr=0.3,momentum=0.9", { registry });
  const x = tensor([[0, 0], [0, 1], [1, 0], [1, 1], [0.5, 0.2], [0.9, 0.4]]);
  const y = [0, 1, 1, 0, 1, 0];
  const lossAt = () => softmaxCrossEntropy(model.call(x), y);
  const first = lossAt().item();
  for (let step = 0; step < 30; step++) {
    opt.zeroGrad();
    lossAt().backward();
    opt.step();
  }
  const last = lossAt().item();
  assert.ok(last < first * 0.9, `loss ${first} -> ${last} did not fall`);

  const result = checkActivation(plugin, {
    options: { curvature: 0.3 },
    invalid: [{ curvature: -1 }, { curvature: 1 }],
  });
  assertPluginOk(result);
  assert.ok(result.checks.some((c) => c.name === "gradcheck" && c.ok));
});

Deno.test("checkActivation() fails a wrong derivative, naming the plugin and the worst point", async () => {
  await using tmp = await tempDir("kit-");
  const dir = tmp.path;
  const url = await writePlugin(dir, "bad_softsign.ts", badSoftsignSource);
  const registry = createRegistry();
  await registry.load(url);
  const result = checkActivation(registry.get("activation", "badSoftsign"));
  assert.equal(result.ok, false);
  assert.equal(result.plugin, "badSoftsign");
  const grad = result.checks.find((c) => c.name === "gradcheck")!;
  assert.equal(grad.ok, false);
  assert.match(grad.message, /activation "badSoftsign" failed "gradcheck"/);
  const m = grad.message.match(
    /at x = (-?[\d.e-]+) \(input element \[\d+, \d+\] of \[4, 6\]\): analytic (-?[\d.e-]+) vs numeric (-?[\d.e-]+)/,
  );
  assert.ok(m, `no worst point in: ${grad.message}`);
  // The reported point really is where the two derivatives disagree most.
  const [xv, analytic, numeric] = [Number(m[1]), Number(m[2]), Number(m[3])];
  assert.ok(Math.abs(analytic - numeric) > 1e-3);
  assert.ok(Math.abs(xv) <= 3);
  // Forward-only checks still pass: only the derivative is wrong.
  assert.ok(result.checks.find((c) => c.name === "shapes")!.ok);
  assert.throws(
    () => assertPluginOk(result),
    (e: unknown) =>
      e instanceof RectifyError && e.code === "plugin" &&
      /activation "badSoftsign" failed \d+ of \d+ kit checks/.test(e.message) &&
      e.message.includes("analytic"),
  );
});
