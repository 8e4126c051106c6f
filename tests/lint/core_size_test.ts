import assert from "node:assert/strict";
import plugin from "./core_size.ts";

const core = new URL("../../core/", import.meta.url).pathname;
const fn = (lines: number) =>
  `export function f(): number {\n${"  let x = 1;\n".repeat(lines - 3)}  return 1;\n}\n`;

Deno.test("rectify/core-size reports a core function over 60 lines, and only in core/", () => {
  const over = Deno.lint.runPlugin(plugin, `${core}big.ts`, fn(61));
  assert.equal(over.length, 1);
  assert.match(over[0].message, /function of 61 lines; core keeps functions to 60/);
  assert.deepEqual(Deno.lint.runPlugin(plugin, `${core}ok.ts`, fn(60)), []);
  assert.deepEqual(
    Deno.lint.runPlugin(plugin, `${core}../plugins/big.ts`.replace("core/../", ""), fn(61)),
    [],
  );
});

Deno.test("rectify/core-size reports a core file over 600 lines", () => {
  const text = `export const a = 1;\n${"// line\n".repeat(600)}`;
  const d = Deno.lint.runPlugin(plugin, `${core}long.ts`, text);
  assert.equal(d.length, 1);
  assert.match(d[0].message, /file of 601 lines; core keeps files to 600/);
});
