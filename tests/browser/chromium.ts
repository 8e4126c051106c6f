/**
 * Where a Chromium is installed, for the tests that drive one (null where
 * none is). `CHROMIUM_PATH` or `PUPPETEER_EXECUTABLE_PATH` name one
 * explicitly; else the usual names are looked up on `PATH`.
 *
 * @module
 */

/** The path of a Chromium executable, or null. */
export function findChromium(): string | null {
  const env = Deno.env.get("CHROMIUM_PATH") ?? Deno.env.get("PUPPETEER_EXECUTABLE_PATH");
  const names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];
  const dirs = (Deno.env.get("PATH") ?? "").split(":").filter(Boolean);
  for (const p of [env, ...names.flatMap((n) => dirs.map((d) => `${d}/${n}`))]) {
    if (!p) continue;
    try {
      if (Deno.statSync(p).isFile) return p;
    } catch { /* not here */ }
  }
  return null;
}
