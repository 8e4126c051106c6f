import assert from "node:assert/strict";
import { createRegistry, Rng } from "../../mod.ts";
import { BROKEN_MODULES, writeModules } from "./_plugins.ts";
import { type BadCase, runMatrix } from "./_matrix.ts";
import { tempDir } from "../_temp.ts";

function snapshot(reg: ReturnType<typeof createRegistry>): string {
  return reg.all().map((p) => `${p.kind}:${p.name}@${p.version}`).join(",");
}

Deno.test("registry.load: broken plugin modules fail naming the specifier, registry unchanged", async () => {
  await using tmp = await tempDir();
  const dir = tmp.path;
  const paths = await writeModules(dir);
  const reg = createRegistry();
  const before = snapshot(reg);
  const cases: BadCase[] = BROKEN_MODULES.map(([file, , reason]) => ({
    name: file,
    run: async () => {
      try {
        await reg.load(paths[file]);
      } finally {
        assert.equal(snapshot(reg), before, `${file}: registry changed`);
      }
    },
    code: "plugin-load",
    match: new RegExp(
      `^Cannot load plugin from "${
        paths[file].replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
      }": .*${reason.source}`,
    ),
  }));
  cases.push(
    {
      name: "missing file",
      run: () => reg.load(`${dir}/nope.ts`),
      code: "plugin-load",
      match: /nope\.ts.*importing it failed/,
    },
    { name: "empty specifier", run: () => reg.load(""), code: "plugin-load" },
    {
      name: "non-string specifier",
      run: () => reg.load(undefined as unknown as string),
      code: "plugin-load",
    },
  );
  await runMatrix("plugin loading (broken modules, in-process)", cases);
  assert.equal(snapshot(reg), before);
});

Deno.test("a loaded plugin whose create() throws for some options names the plugin and its module", async () => {
  await using tmp = await tempDir();
  const dir = tmp.path;
  const paths = await writeModules(dir);
  const reg = createRegistry();
  assert.deepEqual(await reg.load(paths["flaky.ts"]), ["flaky"]);
  reg.create("activation", "flaky:k=3", { rng: new Rng(0) });
  await runMatrix("plugin create() failures", [{
    name: "flaky:k=2",
    run: () => reg.create("activation", "flaky:k=2"),
    code: "plugin",
    match:
      /^Cannot create activation "flaky" \(loaded from ".*flaky\.ts"\): its create\(\) failed: k = 2 is not supported$/,
  }]);
});
