// When each optimizer reads its learning rate, compared with torch.optim: every
// torch optimizer reads group['lr'] at each step; Rprop reads it once more, when
// its state is created at the first step (step_size.fill_(group['lr'])).
import assert from "node:assert/strict";
import { defaultRegistry, optimizerPlugins } from "../../mod.ts";
import { bits, model, optimizerFor, train } from "./_train.ts";

Deno.test("every optimizer's first step uses the lr set before it (setLr, as a schedule does)", async (t) => {
  for (const name of optimizerPlugins.map((p) => p.name)) {
    await t.step(name, () => {
      // created with lr 0.1, lowered to 0.02 before the first step...
      const a = model();
      const optA = optimizerFor(a, `${name}:lr=0.1`);
      optA.setLr(0.02);
      train(a, optA, 3);
      // ...moves exactly as one created with lr 0.02
      const b = model();
      train(b, optimizerFor(b, `${name}:lr=0.02`), 3);
      assert.deepEqual(bits(a), bits(b));
    });
  }
});

Deno.test("every optimizer follows an lr change after the first step as torch does", async (t) => {
  for (const name of optimizerPlugins.map((p) => p.name)) {
    await t.step(name, () => {
      const a = model(), b = model();
      const optA = optimizerFor(a, `${name}:lr=0.02`), optB = optimizerFor(b, `${name}:lr=0.02`);
      train(a, optA, 2);
      train(b, optB, 2);
      optA.setLr(0.005);
      train(a, optA, 2);
      train(b, optB, 2);
      // Rprop's adapted steps ignore later lr changes (torch); every other one follows them
      if (name === "rprop") assert.deepEqual(bits(a), bits(b));
      else assert.notDeepEqual(bits(a), bits(b));
    });
  }
});

Deno.test("rprop takes its initial step size from a schedule applied before the first step (oneCycle)", () => {
  const schedule = defaultRegistry.create("schedule", "oneCycle:totalSteps=10");
  const a = model();
  const opt = optimizerFor(a, "rprop:lr=0.5", { schedule });
  assert.ok(Math.abs(opt.groups[0].lr - 0.5 / 25) < 1e-12);
  const before = a.namedParameters().map(([, p]) => Array.from(p.data));
  train(a, opt, 1);
  // the first Rprop step moves each weight by ±η₀ (or 0 where the gradient is 0)
  const moved = a.namedParameters().flatMap(([, p], j) =>
    Array.from(p.data, (v, i) => Math.abs(v - before[j][i]))
  );
  for (const d of moved) assert.ok(d === 0 || Math.abs(d - 0.02) < 1e-6, `moved by ${d}`);
  assert.ok(moved.some((d) => d > 0));
});
