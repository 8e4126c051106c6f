import assert from "node:assert/strict";

// The examples in README.md and docs/*.md are complete programs: type-check and run them.
Deno.test("README.md, docs/plugins.md, docs/architecture.md and docs/scaling.md examples type-check and run", async () => {
  const root = new URL("../../", import.meta.url);
  const { code, stdout, stderr } = await new Deno.Command(Deno.execPath(), {
    args: [
      "test",
      "--doc",
      "--allow-read",
      "--allow-write",
      "README.md",
      "docs/plugins.md",
      "docs/architecture.md",
      "docs/scaling.md",
    ],
    cwd: root,
    env: { NO_COLOR: "1" },
  }).output();
  const out = new TextDecoder().decode(stdout) + new TextDecoder().decode(stderr);
  assert.equal(code, 0, out);
  const passed = Number(out.match(/ok \| (\d+) passed/)?.[1] ?? 0);
  assert.ok(passed >= 9, `expected at least one example per plugin kind to run:\n${out}`);
});
