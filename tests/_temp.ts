/**
 * Temporary folders for tests: each removes itself, with everything written
 * into it, when the scope that holds it ends (`await using`), whether the test
 * passed, failed or threw, so that test runs leave nothing behind.
 *
 * @module
 */

/** A temporary folder; removed with its contents when disposed. */
export interface TempDir extends AsyncDisposable {
  /** The folder's absolute path. */
  readonly path: string;
}

/**
 * A fresh folder under the system's temporary directory, named
 * `rectify-test-<prefix>…`.
 *
 * ```ts
 * await using tmp = await tempDir("grid-");
 * const dir = tmp.path;
 * ```
 */
export async function tempDir(prefix = ""): Promise<TempDir> {
  const path = await Deno.makeTempDir({ prefix: `rectify-test-${prefix}` });
  return {
    path,
    async [Symbol.asyncDispose]() {
      // a test may have removed it itself; anything else (a file it could not remove) is an error
      await Deno.remove(path, { recursive: true }).catch((e) => {
        if (!(e instanceof Deno.errors.NotFound)) throw e;
      });
    },
  };
}
