import assert from "node:assert/strict";
import { parse } from "csv-parse/sync";
import { createRegistry } from "../../mod.ts";
import { assertPluginOk, checkActivation } from "../../testing/mod.ts";
import { runCli } from "../cli/_run.ts";
import { tempDir } from "../_temp.ts";

const core = new URL("../../mod.ts", import.meta.url).href;

// A third-party activation in its own file, importing the same core the CLI runs.
const SOURCE = `import { defineActivation, RectifyError } from "${core}";

/** Bent identity: f(x) = c·(sqrt(x² + 1) − 1) + x. */
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

Deno.test("cli train --plugin FILE trains with a new activation, and the kit passes on it", async () => {
  await using tmp = await tempDir("kit-cli-");
  const dir = tmp.path;
  const file = `${dir}/bent_identity.ts`;
  await Deno.writeTextFile(file, SOURCE);
  const r = await runCli([
    "train",
    "--dataset",
    "spiral",
    "--layers",
    "12",
    "--activation",
    "bentIdentity:curvature=0.3",
    "--optimizer",
    "sgd:lr=0.05,momentum=0.9",
    "--plugin",
    file,
    "--epochs",
    "3",
    "--out",
    `${dir}/out`,
  ]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /Loaded plugin bentIdentity from /);
  const rows = parse(await Deno.readTextFile(`${dir}/out/metrics.csv`), {
    columns: true,
  }) as Record<
    string,
    string
  >[];
  assert.equal(rows.length, 3);
  const losses = rows.map((row) => Number(row.train_loss));
  assert.ok(losses.every(Number.isFinite), `train_loss: ${losses}`);
  assert.ok(losses[2] < losses[0], `train_loss did not fall: ${losses}`);

  // The same file, loaded the way the CLI loads it, passes the kit.
  const registry = createRegistry();
  assert.deepEqual(await registry.load(file), ["bentIdentity"]);
  assertPluginOk(
    checkActivation(registry.get("activation", "bentIdentity"), {
      options: { curvature: 0.3 },
      invalid: [{ curvature: -0.1 }, { curvature: 1 }],
    }),
  );
});
