/**
 * Seeded generators for the property and fuzz tests.
 */
import type { Rng } from "../../mod.ts";

/** Pick one element. */
export function pick<T>(rng: Rng, list: readonly T[]): T {
  return list[rng.int(list.length)];
}

const NASTY = [
  "",
  " ",
  ":",
  "=",
  ",",
  "/",
  "{",
  "}",
  '"',
  "'",
  "\\",
  "\u0000",
  "\ufeff",
  "\r\n",
  "\n",
  "é",
  "😀",
  "NaN",
  "Infinity",
  "-Infinity",
  "1e999",
  "-0",
  "0x10",
  "1_000",
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  "true",
  "false",
  "null",
  "undefined",
  "[]",
  "{}",
  "1/2/x",
  "//",
  "1//2",
  "1e-400",
  "9".repeat(400),
  "a".repeat(300),
];

/** A random number written the way users write numbers (and some they should not). */
export function numberText(rng: Rng): string {
  switch (rng.int(8)) {
    case 0:
      return String(rng.int(100));
    case 1:
      return (rng.uniform() * 10 - 5).toPrecision(1 + rng.int(8));
    case 2:
      return `${rng.int(10)}e${rng.int(40) - 20}`;
    case 3:
      return pick(rng, ["1e308", "1e309", "-1e309", "5e-324", "0", "-0", ".5", "5.", "+3"]);
    case 4:
      return pick(rng, ["NaN", "Infinity", "-Infinity", "inf", "nan", "1e", "--1", "1.2.3"]);
    default:
      return String(rng.uniform());
  }
}

/** A random string mixing printable ASCII, separators and nasty tokens. */
export function junk(rng: Rng, maxLen = 24): string {
  let s = "";
  const n = rng.int(maxLen + 1);
  for (let i = 0; i < n; i++) {
    const r = rng.int(10);
    if (r < 6) s += String.fromCharCode(32 + rng.int(95));
    else if (r < 8) s += pick(rng, [":", "=", ",", "/", " "]);
    else s += pick(rng, NASTY);
  }
  return s;
}

/** A random `name:key=value,...` spec, from well-formed to broken. */
export function specText(rng: Rng, names: readonly string[], keys: readonly string[]): string {
  const name = rng.int(5) === 0 ? junk(rng, 8) : pick(rng, names);
  if (rng.int(4) === 0) return name;
  const parts: string[] = [];
  const n = rng.int(4);
  for (let i = 0; i < n; i++) {
    const key = rng.int(4) === 0 ? junk(rng, 6) : pick(rng, keys);
    let value: string;
    switch (rng.int(6)) {
      case 0:
        value = pick(rng, ["true", "false"]);
        break;
      case 1:
        value = [numberText(rng), numberText(rng), numberText(rng)].slice(0, 1 + rng.int(3))
          .join("/");
        break;
      case 2:
        value = junk(rng, 8);
        break;
      default:
        value = numberText(rng);
    }
    parts.push(rng.int(12) === 0 ? key : `${key}=${value}`);
  }
  let s = `${name}:${parts.join(",")}`;
  if (rng.int(10) === 0) s = mutateText(rng, s);
  return s;
}

/** Insert, delete, duplicate or replace a few characters. */
export function mutateText(rng: Rng, s: string): string {
  let out = s;
  const k = 1 + rng.int(3);
  for (let i = 0; i < k; i++) {
    const at = rng.int(out.length + 1);
    switch (rng.int(4)) {
      case 0:
        out = out.slice(0, at) + pick(rng, NASTY) + out.slice(at);
        break;
      case 1:
        out = out.slice(0, at) + out.slice(at + 1 + rng.int(3));
        break;
      case 2:
        out = out.slice(0, at) + out.slice(at, at + 3) + out.slice(at);
        break;
      default:
        out = out.slice(0, at) + String.fromCharCode(rng.int(128)) + out.slice(at + 1);
    }
  }
  return out;
}
