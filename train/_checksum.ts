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

/**
 * Hex content hash of numeric arrays (their bytes, in order, with each
 * array's length mixed in), for fingerprinting the data a run trains on.
 * @internal
 */
export function dataChecksum(arrays: readonly ArrayBufferView[]): string {
  let a = 0x811c9dc5, b = 0x01000193 ^ 0x5bd1e995;
  for (const view of arrays) {
    a = Math.imul(a ^ view.byteLength, 0x01000193);
    b = Math.imul(b ^ view.byteLength, 0x5bd1e995);
    const words = Math.floor(view.byteLength / 4);
    const u32 = new Uint32Array(view.buffer, view.byteOffset, words);
    for (let i = 0; i < words; i++) {
      const c = u32[i];
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c ^ (i & 0xff), 0x5bd1e995);
      b ^= b >>> 15;
    }
    const tail = new Uint8Array(
      view.buffer,
      view.byteOffset + words * 4,
      view.byteLength - words * 4,
    );
    for (const c of tail) a = Math.imul(a ^ c, 0x01000193);
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}
