import assert from "node:assert/strict";
import {
  API_VERSION,
  createRegistry,
  defineActivation,
  mlp,
  Optimizer,
  parseSpec,
  RectifyError,
  Rng,
  softmaxCrossEntropy,
  splitSpecList,
  tensor,
} from "../../mod.ts";
import { type TempDir, tempDir } from "../_temp.ts";

const isErr = (code: string, re: RegExp) => (e: unknown) =>
  e instanceof RectifyError && e.code === code && re.test(e.message);

Deno.test("parseSpec reads names, numbers, booleans, strings and lists", () => {
  assert.deepEqual(parseSpec("relu"), { name: "relu", options: {} });
  assert.deepEqual(parseSpec("x:a=0.2,b=true,c=tanh,d=1/2/3,e=-1e-3"), {
    name: "x",
    options: { a: 0.2, b: true, c: "tanh", d: [1, 2, 3], e: -1e-3 },
  });
  assert.deepEqual(parseSpec({ name: "elu", options: { alpha: 2 } }), {
    name: "elu",
    options: { alpha: 2 },
  });
  assert.deepEqual(parseSpec('{"name":"elu","options":{"alpha":2}}'), {
    name: "elu",
    options: { alpha: 2 },
  });
  assert.throws(() => parseSpec("relu:alpha"), isErr("spec", /expected key=value, got "alpha"/));
  assert.throws(() => parseSpec("relu:a=1,a=2"), isErr("spec", /option "a" given twice/));
  assert.throws(() => parseSpec("9bad"), isErr("spec", /Invalid plugin spec/));
});

Deno.test("splitSpecList splits comma lists of specs with options", () => {
  assert.deepEqual(splitSpecList("relu, leakyRelu:alpha=0.2,gradAtKink=1,elu"), [
    "relu",
    "leakyRelu:alpha=0.2,gradAtKink=1",
    "elu",
  ]);
});

Deno.test("create merges defaults, rejects unknown keys and wrong types, suggests names", () => {
  const reg = createRegistry();
  assert.throws(
    () => reg.create("activation", "rleu"),
    isErr("registry", /Unknown activation "rleu"; did you mean [^?]*"relu"/),
  );
  assert.throws(
    () => reg.create("activation", "relu:gradAtKnik=1"),
    isErr("option", /unknown option "gradAtKnik".*did you mean "gradAtKink"/),
  );
  assert.throws(
    () => reg.create("activation", "relu:gradAtKink=yes"),
    isErr("option", /gradAtKink must be a number, got "yes"/),
  );
  assert.throws(
    () => reg.create("activation", "relu:gradAtKink=2"),
    isErr("option", /gradAtKink must be in \[0, 1\], got 2/),
  );
  assert.throws(
    () => reg.create("optimizer", "sgd:lr=-1"),
    isErr("option", /lr must be >= 0, got -1/),
  );
});

Deno.test("register: taken names need replace; unregister; isolated registries", () => {
  const reg = createRegistry();
  const plug = defineActivation({
    name: "relu",
    version: "2.0.0",
    description: "x",
    defaults: {},
    create: () => ({ forward: (x) => x }),
  });
  assert.throws(() => reg.register(plug), isErr("registry", /the name is taken/));
  reg.register(plug, { replace: true });
  assert.equal(reg.get("activation", "relu").version, "2.0.0");
  assert.equal(createRegistry().get("activation", "relu").version, "1.0.0");
  assert.ok(reg.unregister("activation", "relu"));
  assert.equal(reg.has("activation", "relu"), false);
  assert.deepEqual(createRegistry({ builtins: false }).list("activation"), []);
});

Deno.test("register rejects malformed plugins and incompatible apiVersion", async (t) => {
  const reg = createRegistry({ builtins: false });
  const base = {
    kind: "activation",
    name: "ok",
    apiVersion: 1,
    version: "1.0.0",
    description: "",
    defaults: {},
    create: () => ({}),
  };
  const table: [string, Record<string, unknown>, RegExp][] = [
    ["kind", { kind: "nope" }, /"kind" must be one of/],
    ["name", { name: "has space" }, /"name" must be an identifier/],
    [
      "apiVersion",
      { apiVersion: API_VERSION + 1 },
      /declares apiVersion 2, but this rectify supports apiVersion 1\.\.1/,
    ],
    ["version", { version: "one" }, /"version" must be a semver string/],
    ["defaults", { defaults: { a: {} } }, /default of option "a"/],
    ["create", { create: 3 }, /"create" must be a function/],
  ];
  for (const [name, patch, re] of table) {
    await t.step(name, () => {
      // deno-lint-ignore no-explicit-any
      assert.throws(() => reg.register({ ...base, ...patch } as any), isErr("plugin", re));
    });
  }
  assert.deepEqual(reg.list("activation"), []);
});

/** `source` as `plugin.ts` in `dir`; its path. */
async function writePlugin(dir: TempDir, source: string): Promise<string> {
  const file = `${dir.path}/plugin.ts`;
  await Deno.writeTextFile(file, source);
  return file;
}

const coreUrl = new URL("../../mod.ts", import.meta.url).href;

Deno.test("registry.load imports a plugin from a temporary file and a model trains with it", async () => {
  await using tmp = await tempDir();
  const file = await writePlugin(
    tmp,
    `
import { defineActivation, maximum } from "${coreUrl}";
export default defineActivation({
  name: "softClip",
  version: "1.0.0",
  description: "max(x, 0.1 x)",
  defaults: { slope: 0.1 },
  create: ({ slope }) => ({ forward: (x) => maximum(x, x.mul(slope)) }),
});
`,
  );
  const reg = createRegistry();
  assert.deepEqual(await reg.load(file), ["softClip"]);
  const model = mlp({
    inputSize: 2,
    hidden: [6],
    outputSize: 2,
    activation: "softClip:slope=0.05",
    registry: reg,
    rng: new Rng(1),
  });
  const opt = new Optimizer(model.namedParameters(), "sgd:lr=0.5", { registry: reg });
  const x = tensor([[0, 0], [0, 1], [1, 0], [1, 1]]);
  let first = 0, last = 0;
  for (let i = 0; i < 100; i++) {
    opt.zeroGrad();
    const loss = softmaxCrossEntropy(model.call(x), [0, 1, 1, 0]);
    if (i === 0) first = loss.item();
    last = loss.item();
    loss.backward();
    opt.step();
  }
  assert.ok(last < first * 0.5, `loss ${first} -> ${last}`);
});

Deno.test("registry.load rejects broken modules with a clear message and leaves the registry unchanged", async (t) => {
  const cases: [string, string, RegExp][] = [
    ["throws on import", `throw new Error("boom");`, /importing it failed: .*boom/],
    ["exports garbage", `export default 42;`, /expected a plugin object, got number/],
    ["not a plugin module", `export const x = 1;`, /it is not a plugin module/],
    [
      "incompatible apiVersion",
      `export default { kind: "activation", name: "future", apiVersion: 99, version: "1.0.0", description: "", defaults: {}, create: () => ({ forward: (x) => x }) };`,
      /declares apiVersion 99/,
    ],
    [
      "create throws on defaults",
      `export default { kind: "activation", name: "bad", apiVersion: 1, version: "1.0.0", description: "", defaults: {}, create: () => { throw new Error("nope"); } };`,
      /activation "bad" fails on its own defaults: nope/,
    ],
    [
      "one good, one bad: all or nothing",
      `export const plugins = [
        { kind: "activation", name: "good", apiVersion: 1, version: "1.0.0", description: "", defaults: {}, create: () => ({ forward: (x) => x }) },
        { kind: "activation", name: "relu", apiVersion: 1, version: "1.0.0", description: "", defaults: {}, create: () => ({ forward: (x) => x }) },
      ];`,
      /activation "relu" is already registered/,
    ],
  ];
  for (const [name, src, re] of cases) {
    await t.step(name, async () => {
      const reg = createRegistry();
      const before = reg.all().map((p) => `${p.kind}:${p.name}@${p.version}`);
      await using tmp = await tempDir();
      const file = await writePlugin(tmp, src);
      await assert.rejects(reg.load(file), (e: unknown) => {
        assert.ok(e instanceof RectifyError, String(e));
        assert.equal(e.code, "plugin-load");
        assert.ok(e.message.includes(file), e.message);
        assert.match(e.message, re);
        return true;
      });
      assert.deepEqual(reg.all().map((p) => `${p.kind}:${p.name}@${p.version}`), before);
    });
  }
});
