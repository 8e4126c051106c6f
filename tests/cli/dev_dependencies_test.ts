// No main command (demo, test, check) may resolve or warn about the benchmark-only
// npm packages: they live in bench/peers/ with their own deno.json and lock file.
import assert from "node:assert/strict";

const root = new URL("../../", import.meta.url);
const DEV_ONLY = /@tensorflow\/tfjs|convnetjs|onnxruntime|core-js/;

Deno.test("the root lock file holds no benchmark-only package", async () => {
  const lock = JSON.parse(await Deno.readTextFile(new URL("deno.lock", root)));
  const names = [...Object.keys(lock.specifiers ?? {}), ...Object.keys(lock.npm ?? {})];
  assert.deepEqual(names.filter((n) => DEV_ONLY.test(n)), []);
});

Deno.test("only bench/peers/ imports benchmark-only packages, and the root config excludes it", async () => {
  const offenders: string[] = [];
  async function walk(dir: URL, rel: string): Promise<void> {
    for await (const e of Deno.readDir(dir)) {
      const path = `${rel}${e.name}`;
      if (e.isDirectory) {
        if (![".git", "node_modules", "rectify-out"].includes(e.name)) {
          await walk(new URL(`${e.name}/`, dir), `${path}/`);
        }
      } else if (/\.(ts|js)$/.test(e.name)) {
        const text = await Deno.readTextFile(new URL(e.name, dir));
        if (/["']npm:(@tensorflow\/|convnetjs|onnxruntime)/.test(text)) offenders.push(path);
      }
    }
  }
  await walk(root, "");
  assert.deepEqual(offenders.filter((p) => !p.startsWith("bench/peers/")), []);
  const config = JSON.parse(await Deno.readTextFile(new URL("deno.json", root)));
  assert.ok(config.exclude?.includes("bench/peers/"), "deno.json excludes bench/peers/");
  assert.match(config.tasks["bench:peers"], /^cd bench\/peers && /);
});

Deno.test("no package in the root lock has install scripts (a first run prints no build-script warning)", async () => {
  const lock = JSON.parse(await Deno.readTextFile(new URL("../../deno.lock", import.meta.url)));
  const withScripts = Object.entries(lock.npm ?? {})
    .filter(([, p]) => (p as { scripts?: boolean }).scripts === true)
    .map(([name]) => name);
  assert.deepEqual(withScripts, []);
});
