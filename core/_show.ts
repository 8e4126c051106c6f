/**
 * Values in messages. @internal
 *
 * @module
 */

const MARK = "@@rectify-number:";

/**
 * A value as JSON for a message, except that NaN and ±Infinity print as
 * themselves (JSON would print `null`): `{"lr":NaN}`. Unserialisable values
 * print with `String`. @internal
 */
export function showJson(v: unknown): string {
  try {
    const text = JSON.stringify(
      v,
      (_k, x) => typeof x === "number" && !Number.isFinite(x) ? `${MARK}${x}` : x,
    );
    if (text === undefined) return String(v);
    return text.replace(new RegExp(`"${MARK}(NaN|-?Infinity)"`, "g"), "$1");
  } catch {
    return String(v);
  }
}
