import assert from "node:assert/strict";
import {
  createRegistry,
  type OptionValue,
  parseSpec,
  type PluginKind,
  RectifyError,
  Rng,
  splitSpecList,
} from "../../mod.ts";
import { junk, numberText, pick, specText } from "./_fuzz.ts";
import { report } from "./_matrix.ts";

const IDENT = /^[A-Za-z_][A-Za-z0-9_\-]*$/;

function isOptionValue(v: unknown): v is OptionValue {
  return typeof v === "number" || typeof v === "boolean" || typeof v === "string" ||
    (Array.isArray(v) && v.every((x) => typeof x === "number"));
}

Deno.test("parseSpec: random option strings parse to valid specs or fail with code spec", () => {
  const rng = new Rng(8001);
  const reg = createRegistry();
  const names = ["relu", "sgd", "leakyRelu", "glorotUniform", "x"];
  const keys = ["lr", "alpha", "momentum", "gradAtKink", "__proto__", "constructor", "a"];
  const N = 6000;
  let rejected = 0;
  const misses: string[] = [];
  for (let i = 0; i < N; i++) {
    const text = i % 3 === 0 ? junk(rng, 40) : specText(rng, names, keys);
    try {
      const { name, options } = parseSpec(text);
      assert.match(name, IDENT);
      assert.equal(Object.getPrototypeOf(options), Object.prototype, `prototype of ${text}`);
      for (const [k, v] of Object.entries(options)) {
        assert.ok(isOptionValue(v), `option ${k} of ${JSON.stringify(text)} is ${typeof v}`);
      }
    } catch (e) {
      if (e instanceof RectifyError && e.code === "spec") rejected++;
      else misses.push(`${JSON.stringify(text)}: ${(e as Error).message}`);
    }
  }
  report("spec parser (random option strings)", rejected + misses.length, rejected);
  assert.deepEqual(misses.slice(0, 5), []);
  assert.ok(rejected > N / 10, `only ${rejected} of ${N} strings were rejected`);
  void reg;
});

Deno.test("parseSpec: generated well-formed specs round-trip their values exactly", () => {
  const rng = new Rng(8002);
  for (let i = 0; i < 3000; i++) {
    const name = pick(rng, ["relu", "leakyRelu", "a_b", "x-1", "Z"]);
    const expected: Record<string, OptionValue> = {};
    const parts: string[] = [];
    const n = rng.int(5);
    for (let j = 0; j < n; j++) {
      const key = `k${j}${pick(rng, ["", "_x", "Y"])}`;
      let v: OptionValue;
      let text: string;
      switch (rng.int(4)) {
        case 0:
          v = rng.int(2) === 0;
          text = String(v);
          break;
        case 1: {
          const list = [0, 0, 0].slice(0, 2 + rng.int(2)).map(() => rng.uniform() * 100 - 50);
          v = list;
          text = list.map(String).join("/");
          break;
        }
        case 2:
          v = pick(rng, ["tanh", "fanIn", "truncated", "x_y"]);
          text = v;
          break;
        default:
          v = (rng.uniform() - 0.5) * 10 ** (rng.int(20) - 10);
          text = String(v);
      }
      expected[key] = v;
      parts.push(`${key}=${text}`);
    }
    const spec = n === 0 && rng.int(2) === 0 ? name : `${name}:${parts.join(",")}`;
    assert.deepEqual(parseSpec(spec), { name, options: expected }, spec);
    // a list of such specs splits back into the pieces
    assert.deepEqual(splitSpecList(`${spec},relu`), [spec, "relu"]);
  }
});

Deno.test("registry.create: random specs for every kind create or fail with a RectifyError", () => {
  const rng = new Rng(8003);
  const reg = createRegistry();
  const kinds: PluginKind[] = ["activation", "initializer", "optimizer", "schedule", "gradient"];
  const before = reg.all().length;
  const N = 4000;
  let rejected = 0, created = 0;
  const misses: string[] = [];
  const codes = new Set(["spec", "registry", "option", "plugin"]);
  for (let i = 0; i < N; i++) {
    const kind = pick(rng, kinds);
    const names = reg.list(kind);
    if (names.length === 0) continue;
    const keys = [...new Set(names.flatMap((n) => Object.keys(reg.get(kind, n).defaults)))];
    keys.push("bogus", "__proto__", "toString");
    let spec: string | { name: string; options: Record<string, unknown> };
    if (rng.int(5) === 0) {
      // object specs with values of the wrong type
      const options: Record<string, unknown> = {};
      options[pick(rng, keys)] = pick(rng, [
        NaN,
        "x",
        {},
        [1, "a"],
        null,
        [],
        -1,
        1e308,
        Number(numberText(rng)),
      ]);
      spec = { name: pick(rng, names), options };
    } else {
      spec = specText(rng, names, keys);
    }
    try {
      reg.create(kind, spec, { rng: new Rng(i) });
      created++;
      // accepted: every given key is an own option of the plugin, with a value of its type
      const { name, options } = parseSpec(spec);
      const defaults = reg.get(kind, name).defaults;
      for (const [k, v] of Object.entries(options)) {
        if (!Object.hasOwn(defaults, k)) misses.push(`${JSON.stringify(spec)} accepted key ${k}`);
        else if (typeof defaults[k] !== "object" && typeof v !== typeof defaults[k]) {
          misses.push(`${JSON.stringify(spec)} accepted ${k}=${JSON.stringify(v)}`);
        }
      }
    } catch (e) {
      if (e instanceof RectifyError && codes.has(e.code)) rejected++;
      else {
        misses.push(
          `${kind} ${JSON.stringify(spec)}: ${(e as Error)?.constructor?.name} ${
            (e as Error).message
          }`,
        );
      }
    }
  }
  report("registry.create (random specs, all kinds)", rejected + misses.length, rejected);
  assert.deepEqual(misses.slice(0, 5), []);
  assert.ok(created > 100 && rejected > 100, `created ${created}, rejected ${rejected}`);
  assert.equal(reg.all().length, before);
});
