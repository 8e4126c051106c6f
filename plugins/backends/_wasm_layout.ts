/**
 * Where the `wasm` backend's kernels put their operands in a scratch arena:
 * 64-byte alignment, and slots placed so that copying an array in or out
 * avoids 4K aliasing. @internal
 *
 * @module
 */

import type { Data } from "../../core/mod.ts";

/** `bytes` rounded up to a multiple of 64. */
export function align(bytes: number): number {
  return (bytes + 63) & ~63;
}

/**
 * The first 64-byte aligned offset at or after `at` (itself 64-byte aligned)
 * that lies half a page, modulo 4096, from `d`'s byte offset: where the
 * arena puts the slot it copies `d` into or out of. A memcpy whose source
 * and destination addresses agree modulo 4096, or lie a few bytes apart,
 * runs about ten times slower on x86 ("4K aliasing": a load is taken to
 * depend on an earlier store to the same page offset). Measured here: a
 * 200,704-float Adam step copying p, m, v out of the arena at offset 0 took
 * 2.0 ms, 0.55 ms with its slots half a page away. Exact for arrays in
 * WebAssembly memory (page-aligned), and right for large JS arrays, whose
 * allocations start at a page boundary or a small header past one. Costs
 * at most 4 KiB of arena per slot ({@linkcode SLOT_SLACK}).
 */
export function slot(at: number, d: Data): number {
  const want = (d.byteOffset + 2048) & 4032;
  return at + ((want - at) & 4095);
}

/** Arena bytes {@linkcode slot} may skip for one slot. */
export const SLOT_SLACK = 4096;
