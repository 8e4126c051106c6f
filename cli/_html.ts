/** HTML helpers of the report. @internal @module */

/** Escape text for HTML content and attribute values. @internal */
export function esc(t: string): string {
  return t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(
    /"/g,
    "&quot;",
  );
}
