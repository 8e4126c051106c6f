import assert from "node:assert/strict";
import { tempDir } from "../_temp.ts";

const root = new URL("../../", import.meta.url);

async function runRunner(dir: string) {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "--allow-read", "conformance.ts", dir],
    cwd: root,
    env: { NO_COLOR: "1" },
    stdout: "piped",
    stderr: "piped",
  }).output();
  return { code: out.code, text: new TextDecoder().decode(out.stdout) };
}

Deno.test("deno task conformance reports each failure and ends with 'N passed, N failed'", async () => {
  await using tmp = await tempDir();
  const dir = tmp.path;
  const t = (data: number[]) => ({ shape: [data.length], data });
  const ok = {
    id: "relu/ok",
    plugin: "relu",
    options: {},
    tol: { rtol: 1e-4, atol: 1e-5 },
    input: t([-1, 2]),
    output: t([0, 2]),
    upstream: t([1, 1]),
    gradInput: t([0, 1]),
  };
  const wrong = { ...ok, id: "relu/wrong", output: t([0, 2.5]) };
  await Deno.mkdir(`${dir}/activation`);
  await Deno.writeTextFile(
    `${dir}/activation/relu.json`,
    JSON.stringify({ suite: "activation", plugin: "relu", cases: [ok, wrong] }),
  );
  await Deno.writeTextFile(
    `${dir}/activation/nope.json`,
    JSON.stringify({
      suite: "activation",
      plugin: "nope",
      cases: [{ ...ok, id: "nope/1", plugin: "nope" }],
    }),
  );
  await Deno.writeTextFile(`${dir}/weird.json`, JSON.stringify({ suite: "weird", cases: [] }));
  await Deno.writeTextFile(`${dir}/broken.json`, "{ not json");
  await Deno.writeTextFile(
    `${dir}/manifest.json`,
    JSON.stringify({
      files: [{ path: "activation/relu.json", suite: "activation", plugin: "relu", cases: 3 }],
    }),
  );
  const { code, text } = await runRunner(dir);
  assert.equal(code, 1, text);
  assert.match(
    text,
    /FAIL relu\/wrong .*output\[1\]: got 2, expected 2\.5 \(largest abs error 5\.000e-1, rel error 2\.000e-1/,
  );
  assert.match(text, /FAIL nope\/1 .*Unknown activation "nope"/);
  assert.match(text, /weird\.json\): unknown suite "weird"/);
  assert.match(text, /broken\.json\): file does not parse/);
  assert.match(text, /manifest says activation\/relu\.json has 3 cases, the file has 2/);
  const last = text.trimEnd().split("\n").at(-1);
  assert.equal(last, "1 passed, 5 failed");
});

Deno.test("runConformance() fails a layer case of an unknown layer, naming it", async () => {
  const { runConformance } = await import("../../conformance.ts");
  await using tmp = await tempDir();
  const dir = tmp.path;
  await Deno.writeTextFile(
    `${dir}/conv3d.json`,
    JSON.stringify({
      suite: "layer",
      plugin: "conv3d",
      cases: [{ id: "layer/conv3d/x", plugin: "conv3d", options: {} }],
    }),
  );
  const r = await runConformance([dir]);
  assert.equal(r.passed, 0);
  assert.equal(r.failed, 1);
  assert.equal(r.failures[0].id, "layer/conv3d/x");
  assert.match(r.failures[0].message, /unknown layer "conv3d"/);
});
