import assert from "node:assert/strict";

const shipped = new URL("../conformance/", import.meta.url);
const shared = new URL("../../../shared/conformance/", import.meta.url);

async function jsonFiles(root: URL, rel = ""): Promise<string[]> {
  const out: string[] = [];
  for await (const e of Deno.readDir(new URL(rel, root))) {
    const p = rel + e.name;
    if (e.isDirectory) out.push(...(await jsonFiles(root, p + "/")));
    else if (e.name.endsWith(".json")) out.push(p);
  }
  return out.sort();
}

async function exists(u: URL): Promise<boolean> {
  try {
    await Deno.stat(u);
    return true;
  } catch {
    return false;
  }
}

Deno.test("the shipped conformance copy equals ../shared/conformance when it exists", async (t) => {
  const mine = await jsonFiles(shipped);
  assert.ok(mine.length > 40, `only ${mine.length} shipped case files`);
  if (!(await exists(shared))) {
    await t.step("../shared/conformance is absent (fresh clone): nothing to compare", () => {});
    return;
  }
  const theirs = await jsonFiles(shared);
  assert.deepEqual(mine, theirs);
  for (const f of theirs) {
    const a = await Deno.readTextFile(new URL(f, shipped));
    const b = await Deno.readTextFile(new URL(f, shared));
    assert.ok(a === b, `tests/conformance/${f} differs from ../shared/conformance/${f}`);
  }
});
