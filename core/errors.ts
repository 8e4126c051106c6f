/**
 * The one domain error type of rectify.
 *
 * @module
 */

/** Stable machine-readable codes carried by {@linkcode RectifyError}. */
export type RectifyErrorCode =
  | "shape"
  | "dtype"
  | "option"
  | "spec"
  | "plugin"
  | "plugin-load"
  | "registry"
  | "autograd"
  | "csv"
  | "data"
  | "numeric"
  | "checkpoint"
  | "model"
  | "usage"
  | "io"
  | "arena"
  | "merge";

/**
 * The error every user-facing failure in rectify is reported with. `code` says
 * what kind of failure it is; the message says what, the value, and what was
 * expected.
 *
 * @example Catching a rectify error
 * ```ts
 * import { RectifyError, zeros } from "@rectify/core";
 * try {
 *   zeros([2, 3]).matmul(zeros([2, 3]));
 * } catch (e) {
 *   if (e instanceof RectifyError) console.log(e.code); // "shape"
 * }
 * ```
 */
export class RectifyError extends Error {
  /** What kind of failure this is. */
  readonly code: RectifyErrorCode;
  /** Optional structured details (file, line, column, ...). */
  readonly details: Readonly<Record<string, unknown>>;

  /** Make an error with a code, a message and optional details. */
  constructor(
    code: RectifyErrorCode,
    message: string,
    options: { cause?: unknown; details?: Record<string, unknown> } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "RectifyError";
    this.code = code;
    this.details = options.details ?? {};
  }
}

/**
 * Format a shape as `[2, 3]`, the form every rectify error message uses.
 *
 * @example
 * ```ts
 * import { fmtShape } from "@rectify/core";
 * console.log(fmtShape([2, 3])); // "[2, 3]"
 * ```
 */
export function fmtShape(shape: readonly number[]): string {
  return `[${shape.join(", ")}]`;
}
