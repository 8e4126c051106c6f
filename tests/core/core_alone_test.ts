// Imports core/ and plugins/ only (never mod.ts): nothing here calls useBuiltins().
import assert from "node:assert/strict";
import {
  defaultRegistry,
  Dense,
  getBackend,
  jsBackend,
  mlp,
  RectifyError,
  Registry,
  Rng,
  saliency,
  Tensor,
  tensor,
} from "../../core/mod.ts";
import {
  builtinDefaults,
  builtinPlugins,
  createRegistry,
  installBuiltins,
} from "../../plugins/mod.ts";

const coreDir = new URL("../../core/", import.meta.url);

Deno.test("importing plugins/mod.ts leaves defaultRegistry empty and the backend as it was", () => {
  assert.deepEqual(defaultRegistry.all(), []);
  assert.deepEqual(defaultRegistry.defaults, {});
  assert.equal(getBackend(), jsBackend);
});

Deno.test("core alone builds and runs a Dense with an explicit initializer", () => {
  const init = (shape: readonly number[]) => {
    const d = new Float32Array(shape[0] * shape[1]);
    for (let i = 0; i < d.length; i++) d[i] = (i % 3) - 1;
    return new Tensor(d, shape);
  };
  const layer = new Dense(3, 2, { initializer: init });
  const y = layer.call(tensor([[1, 2, 3]]));
  // W = [[-1, 0], [1, -1], [0, 1]], b = 0
  assert.deepEqual(y.toArray(), [[1, 1]]);
});

Deno.test("Dense and mlp without a spec and without registry defaults name what to pass", () => {
  assert.throws(
    () => new Dense(3, 2),
    (e) =>
      e instanceof RectifyError && e.code === "registry" &&
      /Dense: no initializer given/.test(e.message),
  );
  assert.throws(
    () =>
      mlp({
        inputSize: 2,
        hidden: [3],
        outputSize: 1,
        initializer: "glorotUniform",
        registry: new Registry(builtinPlugins),
      }),
    (e) => e instanceof RectifyError && /mlp: no activation given/.test(e.message),
  );
});

Deno.test("the built-in defaults come from the registry that holds the built-ins", () => {
  const registry = createRegistry();
  assert.deepEqual(registry.defaults, {
    activation: "relu",
    initializer: "glorotUniform",
    saliency: { guided: "guidedBackprop", deconvnet: "deconvnet" },
  });
  assert.deepEqual(registry.clone().defaults, registry.defaults);
  const model = mlp({ inputSize: 3, hidden: [4], outputSize: 2, registry, rng: new Rng(0) });
  const map = saliency(model, tensor([[1, -2, 0.5]]), 1, { mode: "guided", registry });
  assert.deepEqual(map.shape, [1, 3]);
  assert.throws(
    () => saliency(model, tensor([[1, -2, 0.5]]), 1, { mode: "nope", registry }),
    /mode must be one of "vanilla", "guided", "deconvnet", got "nope"/,
  );
  // a registry's own defaults win over the built-ins'
  const mine = new Registry();
  mine.setDefaults({ activation: "tanh" });
  assert.equal(installBuiltins(mine).defaults.activation, "tanh");
  assert.equal(mine.defaults.initializer, builtinDefaults.initializer);
});

/** core/*.ts with comments removed (string literals kept). */
async function coreSources(): Promise<[string, string][]> {
  const out: [string, string][] = [];
  for await (const e of Deno.readDir(coreDir)) {
    if (!e.isFile || !e.name.endsWith(".ts")) continue;
    const text = await Deno.readTextFile(new URL(e.name, coreDir));
    out.push([e.name, text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "")]);
  }
  return out.sort();
}

Deno.test("core/ imports nothing outside itself", async () => {
  for (const [name, code] of await coreSources()) {
    for (
      const m of code.matchAll(
        /^(?:import|export)\b[^;"]*?\bfrom\s*"([^"]+)"|^import\s*"([^"]+)"/gm,
      )
    ) {
      assert.match(m[1] ?? m[2], /^\.\/[a-z_]+\.ts$/, `core/${name} imports ${m[1] ?? m[2]}`);
    }
  }
});

Deno.test("core/ names no built-in plugin in its code", async () => {
  // names of core's own things that a plugin shares: ops core records (the softmax
  // activations wrap them), the creation functions zeros/ones, and jsBackend ("js")
  const coreOps = new Set(["softmax", "logSoftmax", "exp", "log", "abs", "sign", "sqrt"]);
  for (const own of ["zeros", "ones", "js"]) coreOps.add(own);
  const names = new Set(builtinPlugins.map((p) => p.name).filter((n) => !coreOps.has(n)));
  const sources = await coreSources();
  for (const [file, code] of sources) {
    for (const m of code.matchAll(/"([A-Za-z0-9_]+)"|'([A-Za-z0-9_]+)'|`([A-Za-z0-9_]+)`/g)) {
      const s = m[1] ?? m[2] ?? m[3];
      assert.equal(names.has(s), false, `core/${file} names the plugin "${s}"`);
    }
  }
});
