import assert from "node:assert/strict";
import { optimizerPlugins } from "../../mod.ts";
import { bits, model, optimizerFor, STATEFUL_SPECS as SPECS, train } from "./_train.ts";

Deno.test("Optimizer.stateDict() round trip through JSON continues bit-identically for every optimizer", async (t) => {
  assert.deepEqual(
    Object.keys(SPECS).sort(),
    optimizerPlugins.map((p) => p.name).sort(),
    "every built-in optimizer is covered",
  );
  for (const [name, spec] of Object.entries(SPECS)) {
    await t.step(name, () => {
      const groups = [{ params: "*.bias", options: { lr: name === "rprop" ? 0.02 : 0.005 } }];
      // 40 uninterrupted steps.
      const ref = model();
      train(ref, optimizerFor(ref, spec, { groups }), 40);
      // 20 steps, save, restore into a fresh optimizer over a copy, 20 more.
      const first = model();
      const opt1 = optimizerFor(first, spec, { groups });
      train(first, opt1, 20);
      const saved = JSON.parse(JSON.stringify(opt1.stateDict()));
      const copy = model(12345);
      copy.loadStateDict(JSON.parse(JSON.stringify(first.stateDict())));
      const opt2 = optimizerFor(copy, spec, { groups });
      opt2.loadStateDict(saved);
      assert.deepEqual(opt2.groups.map((g) => g.step), [20, 20]);
      train(copy, opt2, 20);
      assert.notDeepEqual(bits(first), bits(ref), "training moved the parameters");
      assert.deepEqual(bits(copy), bits(ref));
    });
  }
});

Deno.test("Optimizer.loadStateDict() without the saved state diverges (the round trip test can fail)", () => {
  const ref = model();
  train(ref, optimizerFor(ref, "adam:lr=0.01"), 40);
  const a = model();
  train(a, optimizerFor(a, "adam:lr=0.01"), 20);
  train(a, optimizerFor(a, "adam:lr=0.01"), 20); // fresh moments, step count restarts
  assert.notDeepEqual(bits(a), bits(ref));
});
