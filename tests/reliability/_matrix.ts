/**
 * Shared helpers of the reliability matrix: run bad inputs, check that each
 * fails with a RectifyError of the intended code, and count them per boundary.
 */
import assert from "node:assert/strict";
import { RectifyError } from "../../mod.ts";

/** One bad input and the error it must produce. */
export interface BadCase {
  /** Short description of the bad input. */
  name: string;
  /** Runs the boundary with the bad input. */
  run: () => unknown;
  /** The intended error code(s). */
  code: string | readonly string[];
  /** Optional pattern the message must match. */
  match?: RegExp;
}

/** Why a case did not produce the intended error, or null. */
export async function problemOf(c: BadCase): Promise<string | null> {
  let result: unknown;
  try {
    result = c.run();
    if (result instanceof Promise) result = await result;
  } catch (e) {
    const codes = typeof c.code === "string" ? [c.code] : c.code;
    if (!(e instanceof RectifyError)) {
      return `${c.name}: threw ${(e as Error)?.constructor?.name ?? typeof e}: ${
        (e as Error)?.message ?? e
      }`;
    }
    if (!codes.includes(e.code)) {
      return `${c.name}: code "${e.code}", expected ${codes.join("|")}: ${e.message}`;
    }
    if (c.match && !c.match.test(e.message)) {
      return `${c.name}: message ${JSON.stringify(e.message)} does not match ${c.match}`;
    }
    return null;
  }
  return `${c.name}: did not throw (returned ${String(result).slice(0, 80)})`;
}

/** Run every case, print the tally for the closing note, and fail listing the misses. */
export async function runMatrix(boundary: string, cases: readonly BadCase[]): Promise<void> {
  const misses: string[] = [];
  for (const c of cases) {
    const p = await problemOf(c);
    if (p !== null) misses.push(p);
  }
  report(boundary, cases.length, cases.length - misses.length);
  assert.deepEqual(
    misses.slice(0, 3),
    [],
    `${misses.length} of ${cases.length} ${boundary} cases missed`,
  );
}

/** Print one tally line: `[reliability] <boundary>: <ok>/<tried> bad inputs gave the intended error`. */
export function report(boundary: string, tried: number, ok: number): void {
  console.log(
    `[reliability] ${boundary}: ${ok}/${tried} bad inputs gave the intended RectifyError`,
  );
}
