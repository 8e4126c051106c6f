import assert from "node:assert/strict";
import { defaultRegistry, Optimizer, RectifyError, tensor } from "../../mod.ts";

function rejects(
  spec: string | { name: string; options: Record<string, unknown> },
  message: string,
) {
  const w = tensor([1, 2], { requiresGrad: true });
  assert.throws(
    () => new Optimizer({ w }, spec),
    (e: unknown) => {
      assert.ok(e instanceof RectifyError, `expected RectifyError, got ${e}`);
      assert.equal(e.code, "option");
      assert.equal(e.message, message);
      return true;
    },
  );
}

const BETAS: Record<string, string[]> = {
  adam: ["beta1", "beta2"],
  adamw: ["beta1", "beta2"],
  adamax: ["beta1", "beta2"],
  nadam: ["beta1", "beta2"],
  radam: ["beta1", "beta2"],
  lion: ["beta1", "beta2"],
  lamb: ["beta1", "beta2"],
  rmsprop: ["alpha"],
  adadelta: ["rho"],
};
const EPS = ["adagrad", "rmsprop", "adadelta", "adam", "adamw", "adamax", "nadam", "radam", "lamb"];

Deno.test("every optimizer rejects a negative lr", async (t) => {
  for (const name of defaultRegistry.list("optimizer")) {
    await t.step(name, () => {
      const op = name === "rprop" ? ">" : ">=";
      rejects(`${name}:lr=-1`, `Cannot create "${name}": lr must be ${op} 0, got -1`);
    });
  }
});

Deno.test("optimizers reject betas outside [0, 1)", async (t) => {
  for (const [name, keys] of Object.entries(BETAS)) {
    for (const key of keys) {
      for (const bad of [1.5, 1, -0.1]) {
        await t.step(`${name} ${key}=${bad}`, () => {
          rejects(
            `${name}:${key}=${bad}`,
            `Cannot create "${name}": ${key} must be in [0, 1), got ${bad}`,
          );
        });
      }
    }
  }
});

Deno.test("optimizers reject eps <= 0", async (t) => {
  for (const name of EPS) {
    for (const bad of [0, -1e-8]) {
      await t.step(`${name} eps=${bad}`, () => {
        rejects(`${name}:eps=${bad}`, `Cannot create "${name}": eps must be > 0, got ${bad}`);
      });
    }
  }
});

Deno.test("optimizers reject an unknown option key and name the known ones", () => {
  rejects(
    "adam:betta1=0.9",
    'Cannot create "adam": unknown option "betta1" (known: lr, beta1, beta2, eps, weightDecay, amsgrad; did you mean "beta1"?)',
  );
  rejects(
    { name: "lion", options: { eps: 1e-8 } },
    'Cannot create "lion": unknown option "eps" (known: lr, beta1, beta2, weightDecay; did you mean "lr"?)',
  );
});

Deno.test("optimizers reject negative weight decay and bad rprop factors", () => {
  rejects("adamw:weightDecay=-0.1", 'Cannot create "adamw": weightDecay must be >= 0, got -0.1');
  rejects("rprop:etaMinus=1.5", 'Cannot create "rprop": etaMinus must be in (0, 1), got 1.5');
  rejects("rprop:etaPlus=0.9", 'Cannot create "rprop": etaPlus must be > 1, got 0.9');
  rejects(
    "rprop:stepMin=1,stepMax=0.5",
    'Cannot create "rprop": stepMax must be >= stepMin (1), got 0.5',
  );
  rejects("nadam:momentumDecay=-1", 'Cannot create "nadam": momentumDecay must be >= 0, got -1');
});

Deno.test("a bad option in a parameter group is rejected with the group's value", () => {
  const w = tensor([1], { requiresGrad: true }), b = tensor([1], { requiresGrad: true });
  assert.throws(
    () => new Optimizer({ w, b }, "adam", { groups: [{ params: "b", options: { beta2: 2 } }] }),
    { message: 'Cannot create "adam": beta2 must be in [0, 1), got 2' },
  );
});
