/** Run the CLI as a subprocess. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

const CLI = new URL("../../cli.ts", import.meta.url).pathname;

/** Run `deno run -A cli.ts ...args` and collect its output. */
export async function runCli(
  args: string[],
  options: { env?: Record<string, string>; cwd?: string } = {},
): Promise<CliResult> {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", CLI, ...args],
    stdout: "piped",
    stderr: "piped",
    stdin: "null",
    cwd: options.cwd,
    env: { NO_COLOR: "", ...options.env },
  }).output();
  const dec = new TextDecoder();
  return { code: out.code, stdout: dec.decode(out.stdout), stderr: dec.decode(out.stderr) };
}

/** Whether a path exists. */
export async function exists(path: string): Promise<boolean> {
  try {
    await Deno.stat(path);
    return true;
  } catch {
    return false;
  }
}
