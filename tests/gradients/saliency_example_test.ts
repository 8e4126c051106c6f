import assert from "node:assert/strict";
import { decode } from "fast-png";
import { tempDir } from "../_temp.ts";

const root = new URL("../../", import.meta.url).pathname;

Deno.test("examples/saliency.ts writes one PNG per digit plus an overview, atomically", async () => {
  await using tmpOut = await tempDir("saliency-");
  const out = tmpOut.path;
  const script = new URL("../../examples/saliency.ts", import.meta.url).pathname;
  const cmd = new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "--allow-read",
      "--allow-write",
      script,
      "--out",
      out,
      "--epochs",
      "1",
      "--scale",
      "2",
    ],
    cwd: root,
    stdout: "piped",
    stderr: "piped",
  });
  const r = await cmd.output();
  const stderr = new TextDecoder().decode(r.stderr);
  assert.equal(r.code, 0, stderr);
  const names = [];
  for await (const e of Deno.readDir(out)) names.push(e.name);
  const expected = [...Array.from({ length: 10 }, (_, d) => `digit_${d}.png`), "overview.png"];
  assert.deepEqual(names.sort(), expected.sort(), "no temporary files left behind");
  // 4 panels of 8·2 px with 3 gaps of 1 px
  const one = decode(await Deno.readFile(`${out}/digit_3.png`));
  assert.deepEqual([one.width, one.height, one.channels], [4 * 16 + 3, 16, 3]);
  const all = decode(await Deno.readFile(`${out}/overview.png`));
  assert.deepEqual([all.width, all.height], [4 * 16 + 3, 10 * 17 - 1]);
  // the heat maps are not blank: some pixel differs from white and from the background
  const px = one.data;
  let coloured = 0;
  for (let i = 0; i < px.length; i += 3) {
    if (!(px[i] === px[i + 1] && px[i + 1] === px[i + 2])) coloured++;
  }
  assert.ok(coloured > 0, "heat maps have colour");
});

Deno.test("examples/saliency.ts rejects a bad flag with a clear message", async () => {
  const script = new URL("../../examples/saliency.ts", import.meta.url).pathname;
  const r = await new Deno.Command(Deno.execPath(), {
    args: ["run", "--allow-read", "--allow-write", script, "--epochs", "zero"],
    cwd: root,
    stdout: "piped",
    stderr: "piped",
  }).output();
  assert.notEqual(r.code, 0);
  assert.match(new TextDecoder().decode(r.stderr), /--epochs must be an integer >= 1, got "zero"/);
});
