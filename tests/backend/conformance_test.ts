import assert from "node:assert/strict";
import { type Backend, setBackend } from "../../mod.ts";
import { runConformance } from "../../conformance.ts";
import { backends } from "./_backends.ts";

const DIR = new URL("../conformance", import.meta.url).pathname;

async function failuresOn(be: Backend): Promise<{ passed: number; failed: Set<string> }> {
  const prev = setBackend(be);
  try {
    const r = await runConformance([DIR]);
    return { passed: r.passed, failed: new Set(r.failures.map((f) => `${f.file}#${f.id}`)) };
  } finally {
    setBackend(prev);
  }
}

Deno.test("conformance: every backend passes the same cases as the js reference", async () => {
  const ref = await failuresOn(backends[0]);
  assert.ok(ref.passed > 0, "the js backend passes some cases");
  for (const be of backends.slice(1)) {
    const got = await failuresOn(be);
    const onlyHere = [...got.failed].filter((id) => !ref.failed.has(id));
    assert.deepEqual(onlyHere, [], `${be.name} fails cases the js backend passes`);
    assert.equal(got.passed, ref.passed, `${be.name} passed count`);
  }
});
