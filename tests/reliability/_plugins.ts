/**
 * Broken plugin modules for the plugin-loading fault tests, written to a
 * temporary folder. Each entry: file name, source, and what the error must say.
 */

const OK_PLUGIN = `{
  kind: "activation",
  name: "NAME",
  apiVersion: 1,
  version: "1.0.0",
  description: "test plugin",
  defaults: { k: 1 },
  create: (o) => ({ forward: (x) => x.mul(o.k) })
}`;

const plugin = (name: string, patch = "") =>
  OK_PLUGIN.replace("NAME", name).replace(/\n}$/, `${patch}\n}`);

/** Modules that `load` must reject, and a pattern for the reason. */
export const BROKEN_MODULES: [file: string, source: string, reason: RegExp][] = [
  [
    "throws_on_import.ts",
    `throw new Error("boom while importing");\n`,
    /importing it failed: .*boom while importing/,
  ],
  ["syntax_error.ts", `export default {{{;\n`, /importing it failed/],
  [
    "missing_import.ts",
    `import "./does_not_exist.ts";\nexport default 1;\n`,
    /importing it failed/,
  ],
  ["exports_nothing.ts", `export const x = 1;\n`, /not a plugin module/],
  ["exports_number.ts", `export default 42;\n`, /expected a plugin object, got number/],
  [
    "exports_null.ts",
    `export default null;\n`,
    /not a plugin module|expected a plugin object, got null/,
  ],
  ["exports_function.ts", `export default () => 1;\n`, /expected a plugin object, got function/],
  ["plugins_not_array.ts", `export const plugins = "nope";\n`, /"plugins" export must be an array/],
  [
    "bad_kind.ts",
    `export default ${plugin("k1").replace('"activation"', '"widget"')};\n`,
    /"kind" must be one of/,
  ],
  ["bad_name.ts", `export default ${plugin("9 bad")};\n`, /"name" must be an identifier/],
  [
    "future_api.ts",
    `export default ${plugin("future", ",apiVersion: 99")};\n`,
    /declares apiVersion 99, but this rectify supports apiVersion 1\.\.1/,
  ],
  ["api_zero.ts", `export default ${plugin("zero", ",apiVersion: 0")};\n`, /declares apiVersion 0/],
  [
    "api_string.ts",
    `export default ${plugin("str", ',apiVersion: "1"')};\n`,
    /declares apiVersion "1"/,
  ],
  [
    "bad_version.ts",
    `export default ${plugin("v", ',version: "one"')};\n`,
    /"version" must be a semver string/,
  ],
  [
    "bad_defaults.ts",
    `export default ${plugin("d", ",defaults: { k: {} }")};\n`,
    /default of option "k"/,
  ],
  [
    "no_create.ts",
    `export default ${plugin("nc", ",create: 5")};\n`,
    /"create" must be a function/,
  ],
  [
    "create_throws.ts",
    `export default ${plugin("ct", ',create: () => { throw new Error("create exploded"); }')};\n`,
    /fails on its own defaults: create exploded/,
  ],
  [
    "validate_throws.ts",
    `export default ${plugin("vt", ',validate: () => { throw new Error("k is wrong"); }')};\n`,
    /fails on its own defaults: k is wrong/,
  ],
  [
    "duplicate.ts",
    `export const plugins = [${plugin("dup")}, ${plugin("dup")}];\n`,
    /exports activation "dup" twice/,
  ],
  [
    "takes_builtin_name.ts",
    `export default ${plugin("relu")};\n`,
    /activation "relu" is already registered/,
  ],
  [
    "half_good.ts",
    `export const plugins = [${plugin("goodOne")}, 7];\n`,
    /expected a plugin object, got number/,
  ],
];

/** A valid plugin whose create fails only for some options (k = 2). */
export const FLAKY_MODULE: [string, string] = [
  "flaky.ts",
  `export default ${
    plugin(
      "flaky",
      ',create: (o) => { if (o.k === 2) throw new Error("k = 2 is not supported"); return { forward: (x) => x.mul(o.k) }; }',
    )
  };\n`,
];

/** Write every module into `dir`; returns the paths by file name. */
export async function writeModules(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [file, source] of [...BROKEN_MODULES, FLAKY_MODULE]) {
    out[file] = `${dir}/${file}`;
    await Deno.writeTextFile(out[file], source);
  }
  return out;
}
