/**
 * The rectify command line: `train` one model, `compare` activations,
 * optimizers and initializers over seeds with a ranked table and an HTML
 * report, and `plot` activations with their derivatives.
 *
 * ```sh
 * deno run -A jsr:@rectify/core/cli compare --dataset digits --standardize \
 *   --activation relu,elu,tanh --optimizer adam --repeats 2
 * ```
 *
 * Exit status: 0 on success, 2 for usage errors (unknown flags, bad values,
 * unknown plugin names), 1 for other failures (unreadable or malformed data,
 * plugin loading, divergence). Errors are printed without stack traces.
 *
 * @example Running the CLI from code
 * ```ts ignore
 * import { main } from "@rectify/core/cli";
 * const code = await main(["plot", "--activation", "relu", "--out", "plots"]);
 * console.log(code); // 0
 * ```
 *
 * @module
 */

import { useBuiltins } from "./plugins/mod.ts";
import { RectifyError } from "./core/errors.ts";
import { type CliIO, dispatch } from "./cli/_commands.ts";
import { ioReason } from "./train/_files.ts";

const USAGE_CODES = new Set(["usage", "spec", "registry", "option"]);

/**
 * Run the CLI with the given arguments (without the program name) and
 * return the exit status. Output goes to stdout, errors to stderr.
 *
 * @example
 * ```ts ignore
 * import { main } from "@rectify/core/cli";
 * Deno.exit(await main(Deno.args));
 * ```
 */
export async function main(args: string[]): Promise<number> {
  let outClosed = false;
  const err = (t: string) => {
    try {
      writeAll(Deno.stderr, t);
    } catch { /* nowhere left to report */ }
  };
  // A closed stdout (`rectify train … | head -1`) or a full one does not abandon
  // the run: its output is dropped, said once on stderr, and training goes on
  // writing its files.
  const out = (t: string) => {
    if (outClosed) return;
    try {
      writeAll(Deno.stdout, t);
    } catch (e) {
      outClosed = true;
      err(
        `note: standard output failed (${
          (e as Error)?.message ?? e
        }); the run goes on and writes its files, without printing\n`,
      );
    }
  };
  const io: CliIO = { out, err };
  try {
    return await dispatch(args, io);
  } catch (e) {
    if (e instanceof RectifyError) {
      io.err(`error: ${e.message}\n`);
      return USAGE_CODES.has(e.code) ? 2 : 1;
    }
    if (e instanceof Deno.errors.PermissionDenied || (e as Error)?.name === "NotCapable") {
      io.err(`error: ${(e as Error).message}\n`);
      return 1;
    }
    const oom = outOfMemory(e);
    if (oom !== null) {
      io.err(`error: out of memory: ${oom}; use smaller sizes (layers, samples, batch size)\n`);
      return 1;
    }
    if (isDenoIoError(e)) {
      io.err(`error: ${ioReason(e)}\n`);
      return 1;
    }
    io.err(`error: unexpected failure: ${(e as Error)?.stack ?? e}\n`);
    return 1;
  }
}

/** The message of an allocation failure (typed array, string or heap), or null. */
function outOfMemory(e: unknown): string | null {
  if (!(e instanceof RangeError)) return null;
  return /allocation failed|Invalid (typed )?array (buffer )?length|Invalid string length|out of memory/i
      .test(e.message)
    ? e.message
    : null;
}

/** Whether `e` is one of Deno's I/O errors (disk full, broken pipe, ...). */
function isDenoIoError(e: unknown): boolean {
  return Object.values(Deno.errors).some((C) => e instanceof C);
}

function writeAll(sink: { writeSync(p: Uint8Array): number }, text: string): void {
  const bytes = new TextEncoder().encode(text);
  let off = 0;
  while (off < bytes.length) off += sink.writeSync(bytes.subarray(off));
}

// the CLI's global defaults: the built-ins, and wasm where SIMD exists
useBuiltins();

if (import.meta.main) Deno.exit(await main(Deno.args));
