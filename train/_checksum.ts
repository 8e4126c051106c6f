/**
 * A fast 64-bit content checksum (two FNV-1a lanes) for checkpoint files, so
 * a corrupted file that still parses as JSON is rejected too. @internal
 *
 * @module
 */

/** Hex checksum of a string's UTF-16 code units. @internal */
export function checksum(text: string): string {
  let a = 0x811c9dc5, b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c ^ (i & 0xff), 0x5bd1e995);
    b ^= b >>> 15;
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}
