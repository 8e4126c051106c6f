/**
 * A small, fast, seedable random number generator (xoshiro128**), whose whole
 * state can be saved and restored, so runs are reproducible bit for bit.
 *
 * @module
 */

import { RectifyError } from "./errors.ts";

/** The JSON form of an {@linkcode Rng}'s state. */
export interface RngState {
  /** The four 32-bit words of xoshiro128**. */
  s: [number, number, number, number];
  /** A cached second normal deviate from Box-Muller, or null. */
  spare: number | null;
}

/** The 32-bit finalizer of splitmix32/murmur3: a bijection, 0 maps to 0. */
function fmix32(x: number): number {
  let z = x >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

function splitmix32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x9e3779b9) >>> 0;
    return fmix32(a);
  };
}

/**
 * Seeded pseudo-random generator (xoshiro128**). Same seed, same bits.
 *
 * @example Drawing numbers
 * ```ts
 * import { Rng } from "@rectify/core";
 * const rng = new Rng(42);
 * const u = rng.uniform(); // in [0, 1)
 * const z = rng.normal(); // standard normal
 * console.log(u, z);
 * ```
 */
export class Rng {
  #s0 = 0;
  #s1 = 0;
  #s2 = 0;
  #s3 = 0;
  #spare: number | null = null;

  /**
   * Seed the generator with any safe integer (`Number.isSafeInteger`, so
   * |seed| <= 2^53 - 1). Every such seed gives its own stream: the 32 low
   * bits of |seed| seed the generator as they always did, and the high bits
   * and the sign are mixed into the second state word (zero for seeds in
   * [0, 2^32), whose streams are unchanged).
   */
  constructor(seed = 0) {
    if (!Number.isSafeInteger(seed)) {
      throw new RectifyError(
        "option",
        `Rng: seed must be an integer in [-(2^53 - 1), 2^53 - 1] (a safe integer), got ${seed}`,
      );
    }
    const m = Math.abs(seed);
    const hi = Math.floor(m / 4294967296) + (seed < 0 ? 0x200000 : 0);
    this.#init(m % 4294967296, hi);
  }

  /** Seed from a 32-bit word; `hi` (< 2^22) selects one of the streams that share it. */
  #init(word: number, hi: number): void {
    const mix = splitmix32(word);
    this.#s0 = mix();
    // fmix32 is a bijection with fmix32(0) = 0: distinct hi, distinct states
    this.#s1 = (mix() ^ fmix32(hi)) >>> 0;
    this.#s2 = mix();
    this.#s3 = mix();
    if ((this.#s0 | this.#s1 | this.#s2 | this.#s3) === 0) this.#s0 = 1;
    this.#spare = null;
  }

  /** Next 32-bit unsigned integer. */
  nextUint32(): number {
    const s0 = this.#s0, s1 = this.#s1, s2 = this.#s2, s3 = this.#s3;
    const r = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    let n2 = s2 ^ s0;
    let n3 = s3 ^ s1;
    const n1 = s1 ^ n2;
    const n0 = s0 ^ n3;
    n2 ^= t;
    n3 = rotl(n3, 11);
    this.#s0 = n0 >>> 0;
    this.#s1 = n1 >>> 0;
    this.#s2 = n2 >>> 0;
    this.#s3 = n3 >>> 0;
    return r;
  }

  /** Uniform float64 in [0, 1) with 53 random bits. */
  uniform(): number {
    const hi = this.nextUint32() >>> 5; // 27 bits
    const lo = this.nextUint32() >>> 6; // 26 bits
    return (hi * 67108864 + lo) / 9007199254740992;
  }

  /** Standard normal deviate (Box-Muller, the second value cached). */
  normal(): number {
    if (this.#spare !== null) {
      const z = this.#spare;
      this.#spare = null;
      return z;
    }
    let u = this.uniform();
    while (u === 0) u = this.uniform();
    const v = this.uniform();
    const r = Math.sqrt(-2 * Math.log(u));
    const th = 2 * Math.PI * v;
    this.#spare = r * Math.sin(th);
    return r * Math.cos(th);
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.uniform() * n);
  }

  /** Shuffle an array in place (Fisher-Yates) and return it. */
  shuffle<T extends { length: number; [i: number]: unknown }>(arr: T): T {
    for (let i = arr.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      const t = arr[i];
      arr[i] = arr[j];
      arr[j] = t;
    }
    return arr;
  }

  /** A new independent generator seeded from this one. */
  fork(): Rng {
    // folded to 32 bits as in 0.1, so forked streams (initialisation, shuffling) stay bit-identical
    const d = this.nextUint32() * 4294967296 + this.nextUint32();
    const child = new Rng(0);
    child.#init(((d >>> 0) ^ Math.floor(d / 4294967296)) >>> 0, 0);
    return child;
  }

  /** The whole state as plain JSON. */
  getState(): RngState {
    return { s: [this.#s0, this.#s1, this.#s2, this.#s3], spare: this.#spare };
  }

  /** Restore a state produced by {@linkcode Rng.getState}. */
  setState(state: RngState): void {
    const s = state?.s;
    if (
      !Array.isArray(s) || s.length !== 4 ||
      s.some((w) => !Number.isInteger(w) || w < 0 || w > 0xffffffff)
    ) {
      throw new RectifyError(
        "checkpoint",
        `Rng.setState: expected {s: four 32-bit unsigned integers, spare}, got ${
          JSON.stringify(state)
        }`,
      );
    }
    this.#s0 = s[0];
    this.#s1 = s[1];
    this.#s2 = s[2];
    this.#s3 = s[3];
    this.#spare = typeof state.spare === "number" ? state.spare : null;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
