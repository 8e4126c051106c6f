import assert from "node:assert/strict";

const root = new URL("../../", import.meta.url);
const config = JSON.parse(await Deno.readTextFile(new URL("deno.json", root))) as {
  exports: Record<string, string>;
};
/** Every public entry point, plus the entry files behind them (core/mod.ts, plugins/mod.ts...). */
const entries = [
  ...Object.values(config.exports),
  "./core/mod.ts",
  "./plugins/mod.ts",
  ...["activations", "backends", "gradients", "initializers", "optimizers", "schedules"]
    .concat(["transforms"]).map((k) => `./plugins/${k}/mod.ts`),
];

interface DocSymbol {
  name: string;
  declarations: { jsDoc?: { doc?: string; tags?: { kind: string }[] } }[];
}

/** The symbols `deno doc` lists as exported by an entry file. */
async function exported(entry: string): Promise<DocSymbol[]> {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["doc", "--json", entry],
    cwd: root,
    stdout: "piped",
    stderr: "null",
  }).output();
  assert.equal(out.code, 0, `deno doc --json ${entry} failed`);
  const doc = JSON.parse(new TextDecoder().decode(out.stdout)) as {
    nodes: Record<string, { symbols: DocSymbol[] }>;
  };
  return Object.values(doc.nodes).flatMap((n) => n.symbols);
}

function isInternal(s: DocSymbol): boolean {
  return s.name.startsWith("_") ||
    s.declarations.some((d) =>
      (d.jsDoc?.tags ?? []).some((t) => t.kind === "internal") ||
      /@internal\b/.test(d.jsDoc?.doc ?? "")
    );
}

Deno.test("public entry points export no @internal or _-prefixed name", async (t) => {
  for (const entry of entries) {
    await t.step(entry, async () => {
      const leaked = (await exported(entry)).filter(isInternal).map((s) => s.name);
      assert.deepEqual(leaked, [], `${entry} exports internal names: ${leaked.join(", ")}`);
    });
  }
});

Deno.test("public entry points name what they export (no `export *`)", async (t) => {
  for (const entry of entries) {
    await t.step(entry, async () => {
      const text = await Deno.readTextFile(new URL(entry, root));
      assert.doesNotMatch(text, /^export \*/m, `${entry} uses export *`);
    });
  }
});

Deno.test("mod.ts exports every name (values and types) of core/mod.ts and plugins/mod.ts, and nothing else", async () => {
  const names = async (entry: string) => (await exported(entry)).map((s) => s.name).sort();
  const [top, core, plugins] = await Promise.all(
    ["./mod.ts", "./core/mod.ts", "./plugins/mod.ts"].map(names),
  );
  assert.deepEqual(top, [...new Set([...core, ...plugins])].sort());
});

Deno.test("the internal helpers of core are not importable from @rectify/core", async () => {
  const top = await import(new URL("mod.ts", root).href);
  for (const name of ["_record", "_overrideDepth", "_trackTensor", "alloc", "pluginProblem"]) {
    assert.equal(name in top, false, `${name} is exported`);
  }
});
