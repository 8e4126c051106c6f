/**
 * Loading plugin modules at runtime: the import with a deadline (a Worker
 * probe that can be abandoned when a module never finishes loading), `http:`
 * modules fetched without touching the project's lock file, and one-line
 * import failures. Used by `Registry.load`. @internal
 *
 * @module
 */

import type { RectifyError } from "./errors.ts";

/** One line for an import failure: the first line of the message and where (no colours, no frames). */
export function importFailure(e: unknown): string {
  // deno-lint-ignore no-control-regex
  const raw = String((e as Error)?.message ?? e).replace(/\x1b\[[0-9;]*m/g, "");
  const lines = raw.split("\n");
  const where = lines.map((l) => /^\s*at (\S+)\s*$/.exec(l)?.[1]).find((w) => w !== undefined);
  const first = lines[0].trim();
  return where ? `${first} (at ${where})` : first;
}

/** Milliseconds left before `deadline` (at least 1). */
export function left(deadline: number): number {
  return Math.max(1, deadline - Date.now());
}

/** `promise`, or a `plugin-load` error from `late()` once `deadline` passes. */
export async function withDeadline<T>(
  promise: Promise<T>,
  deadline: number,
  late: () => RectifyError,
): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(late()), left(deadline));
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Whether this process may fetch `url` (net permission for its host). Without
 * it, a remote plugin goes through Deno's module loader (import permission),
 * which records it in the lockfile.
 */
export function netAllowed(url: string): boolean {
  try {
    return Deno.permissions.querySync({ name: "net", host: new URL(url).host }).state ===
      "granted";
  } catch {
    return false;
  }
}

/**
 * Fetch a remote module's source and return it as a `data:` URL, so that
 * importing it neither hangs on a server that never answers (the fetch has a
 * deadline) nor records the URL in the project's deno.lock (a user's run must
 * not modify the project's files).
 */
export async function fetchAsDataUrl(url: string, deadline: number): Promise<string> {
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(left(deadline)) });
  } catch (e) {
    const name = (e as Error)?.name;
    throw new Error(
      name === "TimeoutError" || name === "AbortError"
        ? `the server did not answer within the load timeout; raise it with timeoutMs (--plugin-timeout)`
        : `fetching it failed: ${(e as Error)?.message ?? e}`,
    );
  }
  if (!res.ok) {
    await res.body?.cancel();
    throw new Error(`fetching it failed: HTTP ${res.status} ${res.statusText}`);
  }
  const text = await res.text();
  const type = res.headers.get("content-type") ?? "";
  const path = new URL(url).pathname;
  const ts = /typescript/.test(type) || /\.m?tsx?$/.test(path);
  const bytes = new TextEncoder().encode(text);
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return `data:application/${ts ? "typescript" : "javascript"};base64,${btoa(bin)}`;
}

const PROBE = "self.onmessage = async (e) => { try { await import(e.data); } catch { /* the " +
  "caller's own import reports it */ } self.postMessage(0); };";

/**
 * Import `url` in a worker first and wait at most until `deadline`: a module
 * that never finishes loading is abandoned there ("timeout") instead of
 * blocking this thread. Where workers are unavailable, "skipped".
 */
export async function probeImport(
  url: string,
  deadline: number,
): Promise<"ok" | "timeout" | "skipped"> {
  if (typeof Worker === "undefined") return "skipped";
  let worker: Worker;
  try {
    worker = new Worker(`data:application/javascript,${encodeURIComponent(PROBE)}`, {
      type: "module",
    });
  } catch {
    return "skipped";
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await new Promise<"ok" | "timeout">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), left(deadline));
      worker.onmessage = () => resolve("ok");
      worker.onerror = (e) => {
        e.preventDefault();
        resolve("ok");
      };
      worker.postMessage(url);
    });
  } finally {
    clearTimeout(timer);
    worker.terminate();
  }
}

/** Turn a user specifier into an import specifier (relative paths resolve against the cwd). @internal */
export function resolveSpecifier(specifier: string): string {
  if (/^(jsr:|npm:|https?:|file:|data:)/.test(specifier)) return specifier;
  const cwd = typeof Deno !== "undefined" ? Deno.cwd() : ".";
  const base = "file://" + (cwd.startsWith("/") ? "" : "/") + cwd.replaceAll("\\", "/") + "/";
  return new URL(specifier, base).href;
}
