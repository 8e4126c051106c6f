/**
 * Build the playground's browser files with `deno bundle` (esbuild inside):
 * `rectify.js` (the library's public API: `mod.ts` and `datasets/mod.ts`),
 * `worker.js` (training) and `app.js` (the page). The worker and the page
 * import `rectify.js` at run time, so plugin modules that import the same
 * URL share its classes.
 *
 * Run: `deno task build:playground` (writes `playground/dist/`).
 *
 * @module
 */

/** The checked-in build. */
export const DIST: URL = new URL("./dist/", import.meta.url);
const ROOT = new URL("../", import.meta.url);
const ENTRIES = ["app", "worker", "rectify"];

async function bundle(outDir: string, entries: string[], extra: string[]): Promise<void> {
  const out = await new Deno.Command(Deno.execPath(), {
    args: [
      "bundle",
      "--quiet",
      "--platform",
      "browser",
      "--format",
      "esm",
      // csv-parse's browser build (its Node build needs Buffer); pinned, no lock
      "--config",
      "playground/bundle.json",
      ...extra,
      "--outdir",
      outDir,
      ...entries.map((e) => `playground/src/${e}.ts`),
    ],
    cwd: ROOT,
    stdout: "piped",
    stderr: "piped",
    env: { NO_COLOR: "1" },
  }).output();
  if (!out.success) {
    throw new Error(`deno bundle failed:\n${new TextDecoder().decode(out.stderr)}`);
  }
}

/** esbuild's comment naming a module in the local npm cache (which differs between machines). */
const NPM_CACHE_COMMENT = /^\/\/ \S*\/registry\.npmjs\.org\/([^/]+)\/([^/]+)\//gm;

/**
 * Bundle the entries into `outDir`; returns the file names written. Not
 * minified: minifying renames the library's classes (their names are in
 * error messages) and `--keep-names` wraps functions in a helper that the
 * optimizers' recompiled loops cannot see. The comments esbuild writes for
 * npm modules name the local cache directory; they are rewritten to
 * `npm:name@version/` so the bytes are the same on every machine.
 */
export async function buildPlayground(outDir: string): Promise<string[]> {
  await bundle(outDir, ENTRIES, []);
  const files = ENTRIES.map((e) => `${e}.js`);
  for (const f of files) {
    const path = `${outDir}/${f}`;
    const text = await Deno.readTextFile(path);
    await Deno.writeTextFile(path, text.replace(NPM_CACHE_COMMENT, "// npm:$1@$2/"));
  }
  return files;
}

if (import.meta.main) {
  const dir = DIST.pathname;
  const tmp = await Deno.makeTempDir({ dir: new URL("../", DIST).pathname, prefix: ".dist-" });
  try {
    const files = await buildPlayground(tmp);
    await Deno.mkdir(dir, { recursive: true });
    for (const f of files) await Deno.rename(`${tmp}/${f}`, `${dir}${f}`);
    for (const f of files) {
      console.log(`playground/dist/${f}: ${(await Deno.stat(`${dir}${f}`)).size} bytes`);
    }
  } finally {
    await Deno.remove(tmp, { recursive: true });
  }
}
