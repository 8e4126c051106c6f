import assert from "node:assert/strict";
import { defaultRegistry, type Plugin, PLUGIN_KINDS } from "../../mod.ts";
import { assertPluginOk, checkPlugin } from "../../testing/mod.ts";

Deno.test("every built-in plugin in defaultRegistry passes its kit check", async (t) => {
  const plugins: Plugin[] = defaultRegistry.all();
  for (const kind of ["activation", "initializer", "optimizer"] as const) {
    assert.ok(plugins.some((p) => p.kind === kind), `no built-in ${kind} registered`);
  }
  for (const kind of PLUGIN_KINDS) {
    for (const name of defaultRegistry.list(kind)) {
      const plugin = defaultRegistry.get(kind, name);
      await t.step(`${kind} "${name}"`, () => {
        const result = checkPlugin(plugin);
        assertPluginOk(result);
        assert.equal(result.plugin, name);
        assert.ok(result.checks.length >= 5, `only ${result.checks.length} checks ran`);
      });
    }
  }
});

Deno.test("checkPlugin leaves defaultRegistry as it was", () => {
  const before = defaultRegistry.all().map((p) => `${p.kind}:${p.name}`).join();
  const relu = defaultRegistry.get("activation", "relu");
  checkPlugin({ ...relu, name: "kitIsolationProbe" });
  assert.equal(defaultRegistry.all().map((p) => `${p.kind}:${p.name}`).join(), before);
  assert.equal(defaultRegistry.has("activation", "kitIsolationProbe"), false);
});
