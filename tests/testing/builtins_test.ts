import assert from "node:assert/strict";
import { defaultRegistry, type Plugin, PLUGIN_KINDS } from "../../mod.ts";
import { assertPluginOk, checkActivation, checkPlugin } from "../../testing/mod.ts";
import { backends } from "../backend/_backends.ts";

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

Deno.test("every built-in activation passes the plugin kit on every backend (kernels = reference loops)", async (t) => {
  for (const be of backends) {
    for (const name of defaultRegistry.list("activation")) {
      await t.step(`${be.name}: "${name}"`, () => {
        const result = checkActivation(defaultRegistry.get("activation", name), { backend: be });
        assertPluginOk(result);
        assert.ok(result.checks.some((c) => c.name === "kernels" && c.ok));
      });
    }
  }
});
