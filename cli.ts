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
  const io: CliIO = { out: (t) => writeAll(Deno.stdout, t), err: (t) => writeAll(Deno.stderr, t) };
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
    io.err(`error: unexpected failure: ${(e as Error)?.stack ?? e}\n`);
    return 1;
  }
}

function writeAll(sink: { writeSync(p: Uint8Array): number }, text: string): void {
  const bytes = new TextEncoder().encode(text);
  let off = 0;
  while (off < bytes.length) off += sink.writeSync(bytes.subarray(off));
}

// the CLI's global defaults: the built-ins, and wasm where SIMD exists
useBuiltins();

if (import.meta.main) Deno.exit(await main(Deno.args));
