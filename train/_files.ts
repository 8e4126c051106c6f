/**
 * File safety for the trainer and the CLI: checking a target before a run
 * writes to it, and removing the temporaries that killed runs left behind
 * (only ones whose writer is gone, never another live process's). @internal
 *
 * @module
 */

import { RectifyError } from "../core/errors.ts";

/** `path` split into its folder (`"."` when none) and base name. @internal */
export function splitPath(path: string): { dir: string; base: string } {
  const i = Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\"));
  return i < 0
    ? { dir: ".", base: path }
    : { dir: i === 0 ? path.slice(0, 1) : path.slice(0, i), base: path.slice(i + 1) };
}

/** The temporary file name `writeFileAtomic` uses for `path`. @internal */
export function temporaryName(path: string, serial: number): string {
  return `${path}.tmp-${Deno.pid}-${serial}`;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Whether a process with this id runs now (Linux: /proc, which Deno opens
 * only with all permissions); null when it cannot be told.
 */
function processAlive(pid: number): boolean | null {
  if (Deno.build.os !== "linux") return null;
  try {
    Deno.statSync(`/proc/${pid}`);
    return true;
  } catch (e) {
    return e instanceof Deno.errors.NotFound ? false : null;
  }
}

/**
 * Age after which a temporary counts as abandoned where its writer's
 * liveness cannot be told: a write in flight keeps touching its file.
 */
const STALE_AFTER_MS = 10 * 60 * 1000;

/**
 * Remove `path.tmp-<pid>-<n>` files left by writers that are gone: processes
 * that no longer run (never this process's own, nor a live one's). Where
 * liveness cannot be told (no /proc, or no permission to read it), only
 * temporaries untouched for ten minutes. Returns the
 * names removed; failures to remove are ignored (the next run tries again).
 * @internal
 */
export async function removeStaleTemporaries(path: string): Promise<string[]> {
  const { dir, base } = splitPath(path);
  const pattern = new RegExp(`^${escapeRegExp(base)}\\.tmp-(\\d+)-(\\d+)$`);
  const removed: string[] = [];
  let entries: Deno.DirEntry[];
  try {
    entries = await Array.fromAsync(Deno.readDir(dir));
  } catch {
    return removed;
  }
  for (const e of entries) {
    const m = pattern.exec(e.name);
    if (!m || !e.isFile) continue;
    const full = path.slice(0, path.length - base.length) + e.name;
    const pid = Number(m[1]);
    // this process's own are never touched: workers share its pid, and one may be writing
    let stale: boolean;
    if (pid === Deno.pid) stale = false;
    else {
      const alive = processAlive(pid);
      if (alive === null) {
        const info = await Deno.stat(full).catch(() => null);
        stale = info?.mtime != null && Date.now() - info.mtime.getTime() > STALE_AFTER_MS;
      } else stale = !alive;
    }
    if (!stale) continue;
    try {
      await Deno.remove(full);
      removed.push(full);
    } catch { /* gone already, or not ours to remove */ }
  }
  return removed;
}

/** Why a file must not be replaced (no write bit: the user protected it), or null. @internal */
export function readOnly(info: Deno.FileInfo): string | null {
  if (!info.isFile || info.mode === null || (info.mode & 0o222) !== 0) return null;
  return `the file is read-only (mode ${
    (info.mode & 0o777).toString(8)
  }); rectify does not write over a protected file`;
}

/**
 * Check, before any training, that a file can be written at `path`: not a
 * folder, not a read-only file (a file the user protected is never replaced),
 * and its folder exists and takes new files. `what` names it in the message
 * (`"checkpoint"`), `hint` is appended for a read-only file.
 * @internal
 */
export async function checkWritableTarget(
  path: string,
  what: string,
  hint = "",
): Promise<void> {
  const fail = (why: string, cause?: unknown): never => {
    throw new RectifyError("io", `Cannot write the ${what} ${path}: ${why}`, { cause });
  };
  if (typeof path !== "string" || path === "") fail("the path is empty");
  const info = await Deno.stat(path).catch((e) => {
    if (e instanceof Deno.errors.NotFound) return null;
    if (e instanceof Deno.errors.NotADirectory) fail("a part of the path is a file, not a folder");
    return fail((e as Error).message, e);
  });
  if (info?.isDirectory) fail("it is a folder; give a file path such as run.json inside it");
  const locked = info ? readOnly(info) : null;
  if (locked !== null) fail(`${locked}${hint}`);
  const { dir } = splitPath(path);
  const dirInfo = await Deno.stat(dir).catch(() => null);
  if (dirInfo === null) fail(`its folder ${dir} does not exist`);
  if (!dirInfo!.isDirectory) fail(`${dir} is not a folder`);
  const probe = `${path}.tmp-${Deno.pid}-probe`;
  try {
    await Deno.writeTextFile(probe, "");
    await Deno.remove(probe);
  } catch (e) {
    fail(`its folder does not take new files (${(e as Error).message})`, e);
  }
}

/** A one-line reason for a failed read or write, naming a full disk plainly. @internal */
export function ioReason(e: unknown): string {
  const msg = (e as Error)?.message ?? String(e);
  return /ENOSPC|No space left/i.test(msg) ? `the disk is full (${msg})` : msg;
}
