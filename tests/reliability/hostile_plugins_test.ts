/**
 * Issue 20, class 3: hostile or broken plugins cannot hang or crash a run.
 * Created instances are checked against their kind's contract when the
 * plugin loads and whenever one is created; a module that never finishes
 * loading fails after a timeout naming the specifier; loading from http:
 * leaves the project's deno.lock alone.
 */
import assert from "node:assert/strict";
import { RectifyError, Registry } from "../../mod.ts";
import { type BadCase, report, runMatrix } from "./_matrix.ts";
import { tempDir } from "../_temp.ts";

const CLI = new URL("../../cli.ts", import.meta.url).pathname;
const REGISTRY = new URL("../../core/registry.ts", import.meta.url).href;

function pluginSource(kind: string, name: string, create: string): string {
  return `export default {
  kind: "${kind}",
  name: "${name}",
  apiVersion: 1,
  version: "1.0.0",
  description: "hostile test plugin",
  defaults: {},
  create: ${create},
};
`;
}

/** Plugins whose create() returns something that does not fit the kind's contract. */
const MISSHAPEN: [kind: string, create: string, reason: RegExp][] = [
  ["activation", "() => ({})", /without forward\(\)/],
  ["activation", "() => ({ backward: (x) => x })", /without forward\(\) .*it has backward/],
  ["activation", "() => ({ forward: 1 })", /without forward\(\)/],
  ["activation", "() => null", /returned null, expected an object/],
  ["activation", "() => undefined", /returned undefined, expected an object/],
  ["activation", "() => (x) => x", /returned function, expected an object/],
  ["activation", "() => ({ forward: (x) => x, train: true })", /train is boolean/],
  ["optimizer", "() => ({ init: () => ({}) })", /without update\(\)/],
  ["optimizer", "() => 5", /returned number/],
  ["schedule", "() => ({ lr: (b) => b, step() {} })", /without state\(\), load\(\)/],
  ["initializer", "() => ({})", /returned object, expected a function/],
  ["gradient", "() => ({ overrides: 3 })", /overrides of type number/],
  ["gradient", "() => ({ attach: {} })", /attach is object/],
];

Deno.test("registry.load and registry.create check created instances against the kind's contract, naming the plugin", async (t) => {
  await using tmp = await tempDir();
  const dir = tmp.path;
  const cases: BadCase[] = [];
  let i = 0;
  for (const [kind, create, reason] of MISSHAPEN) {
    const name = `bad${kind[0].toUpperCase()}${kind.slice(1)}${i++}`;
    const file = `${dir}/${name}.ts`;
    await Deno.writeTextFile(file, pluginSource(kind, name, create));
    cases.push({
      name: `load: ${kind} create ${create}`,
      run: async () => {
        const reg = new Registry();
        try {
          return await reg.load(file);
        } finally {
          assert.equal(reg.has(kind as "activation", name), false, "nothing registered");
        }
      },
      code: "plugin-load",
      match: new RegExp(
        `Cannot load plugin from ".*${name}\\.ts": ${kind} "${name}": create\\(\\).*${reason.source}`,
      ),
    });
    const mod = await import(`file://${file}`);
    cases.push({
      name: `create: ${kind} create ${create}`,
      run: () => {
        const reg = new Registry();
        reg.register(mod.default);
        return reg.create(kind as "activation", name);
      },
      code: "plugin",
      match: new RegExp(`Cannot create ${kind} "${name}": create\\(\\).*${reason.source}`),
    });
  }
  await runMatrix("misshapen plugin instances (class 3)", cases);
  await t.step(
    "cli --plugin with create() lacking forward fails at load, one line, exit 1",
    async () => {
      const file = `${dir}/noForward.ts`;
      await Deno.writeTextFile(file, pluginSource("activation", "noForward", "() => ({})"));
      const out = await new Deno.Command(Deno.execPath(), {
        args: [
          "run",
          "-A",
          CLI,
          "train",
          "--dataset",
          "xor",
          "--plugin",
          file,
          "--activation",
          "noForward",
          "--epochs",
          "1",
          "--out",
          `${dir}/o`,
        ],
        stdout: "piped",
        stderr: "piped",
      }).output();
      const err = new TextDecoder().decode(out.stderr);
      assert.equal(out.code, 1, err);
      assert.match(
        err,
        /^error: Cannot load plugin from ".*noForward\.ts": activation "noForward": create\(\) returned an object without forward\(\)/,
      );
      assert.doesNotMatch(err, /is not a function|\n\s+at /);
    },
  );
});

Deno.test("registry.load: a module that never finishes loading fails after timeoutMs naming the specifier", async (t) => {
  await using tmp = await tempDir();
  const dir = tmp.path;
  let passed = 0, tried = 0;
  const never = `${dir}/never.ts`;
  await Deno.writeTextFile(never, `await new Promise(() => {});\nexport default 1;\n`);
  tried++;
  await t.step("a top-level await that never settles", async () => {
    const reg = new Registry();
    const t0 = performance.now();
    await assert.rejects(() => reg.load(never, { timeoutMs: 400 }), (e: unknown) => {
      assert.ok(e instanceof RectifyError && e.code === "plugin-load", String(e));
      assert.match(
        e.message,
        /^Cannot load plugin from ".*never\.ts": it did not finish loading within 0\.4s/,
      );
      return true;
    });
    assert.ok(performance.now() - t0 < 10_000);
    assert.deepEqual(reg.list("activation"), []);
    passed++;
  });
  tried++;
  await t.step("a server that accepts the connection and never answers", async () => {
    let release = () => {};
    const held = new Promise<void>((r) => release = r);
    const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, async () => {
      await held;
      return new Response("export default 1;");
    });
    try {
      const url = `http://127.0.0.1:${server.addr.port}/slow.ts`;
      await assert.rejects(() => new Registry().load(url, { timeoutMs: 400 }), (e: unknown) => {
        assert.ok(e instanceof RectifyError && e.code === "plugin-load", String(e));
        assert.match(e.message, /slow\.ts": the server did not answer within the load timeout/);
        return true;
      });
    } finally {
      release();
      await server.shutdown();
    }
    passed++;
  });
  tried++;
  await t.step("timeoutMs must be > 0", async () => {
    await assert.rejects(
      () => new Registry().load(never, { timeoutMs: 0 }),
      /timeoutMs must be > 0, got 0/,
    );
    passed++;
  });
  for (
    const [what, source] of [
      ["an endless loop at import", "while (true) {}\nexport default 1;\n"],
      ["a top-level await that never settles", "await new Promise(() => {});\nexport default 1;\n"],
    ]
  ) {
    tried++;
    await t.step(
      `cli --plugin with ${what} stops after --plugin-timeout, exit 1`,
      async () => {
        const file = `${dir}/stuck${tried}.ts`;
        await Deno.writeTextFile(file, source);
        const t0 = performance.now();
        const out = await new Deno.Command(Deno.execPath(), {
          args: [
            "run",
            "-A",
            CLI,
            "plot",
            "--plugin",
            file,
            "--plugin-timeout",
            "1",
            "--out",
            `${dir}/p`,
          ],
          stdout: "piped",
          stderr: "piped",
        }).output();
        const err = new TextDecoder().decode(out.stderr);
        assert.equal(out.code, 1, err);
        assert.match(
          err,
          new RegExp(
            `^error: Cannot load plugin from ".*stuck${tried}\\.ts": it did not finish loading within 1s`,
          ),
        );
        assert.equal(err.trim().split("\n").length, 1);
        assert.ok(performance.now() - t0 < 30_000, "it did not hang");
        passed++;
      },
    );
  }
  tried++;
  await t.step("cli --plugin-timeout must be a positive number", async () => {
    const out = await new Deno.Command(Deno.execPath(), {
      args: ["run", "-A", CLI, "plot", "--plugin-timeout", "0"],
      stdout: "piped",
      stderr: "piped",
    }).output();
    assert.equal(out.code, 2);
    assert.match(
      new TextDecoder().decode(out.stderr),
      /--plugin-timeout must be a number of seconds in \(0, 86400\], got "0"/,
    );
    passed++;
  });
  report(
    "stuck plugin modules (class 3)",
    tried,
    passed,
    "cases ended with the specifier named, no hang",
  );
});

Deno.test("loading a plugin from an http: URL does not write the project's deno.lock", async (t) => {
  await using tmp = await tempDir();
  const dir = tmp.path;
  const source = pluginSource("activation", "httpDouble", "() => ({ forward: (x) => x.mul(2) })");
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, (req) => {
    const path = new URL(req.url).pathname;
    if (path === "/double.ts" || path === "/plain.ts") {
      return new Response(source, { headers: { "content-type": "application/typescript" } });
    }
    return new Response("not found", { status: 404 });
  });
  const base = `http://127.0.0.1:${server.addr.port}`;
  const lock = `{\n  "version": "5"\n}\n`;
  const project = async (main: string) => {
    await Deno.writeTextFile(`${dir}/deno.json`, `{ "imports": {} }\n`);
    await Deno.writeTextFile(`${dir}/deno.lock`, lock);
    await Deno.writeTextFile(`${dir}/main.ts`, main);
    const out = await new Deno.Command(Deno.execPath(), {
      args: ["run", "-A", "main.ts"],
      cwd: dir,
      stdout: "piped",
      stderr: "piped",
    }).output();
    return {
      code: out.code,
      stdout: new TextDecoder().decode(out.stdout),
      stderr: new TextDecoder().decode(out.stderr),
      lock: await Deno.readTextFile(`${dir}/deno.lock`),
    };
  };
  try {
    await t.step("control: a plain dynamic import of the URL does write deno.lock", async () => {
      const r = await project(`await import("${base}/plain.ts");\nconsole.log("imported");\n`);
      assert.equal(r.code, 0, r.stderr);
      assert.notEqual(r.lock, lock, "Deno records remote modules in the lock");
    });
    await t.step(
      "registry.load of the same kind of URL leaves it unchanged, and the plugin works",
      async () => {
        const r = await project(
          `import { Registry } from "${REGISTRY}";\n` +
            `const reg = new Registry();\n` +
            `console.log((await reg.load("${base}/double.ts")).join());\n` +
            `console.log(reg.has("activation", "httpDouble"));\n`,
        );
        assert.equal(r.code, 0, r.stderr);
        assert.equal(r.stdout, "httpDouble\ntrue\n");
        assert.equal(r.lock, lock, "deno.lock is unchanged");
      },
    );
    await t.step("a missing URL fails naming it and the status", async () => {
      await assert.rejects(
        () => new Registry().load(`${base}/missing.ts`),
        /Cannot load plugin from "http:\/\/127\.0\.0\.1:\d+\/missing\.ts": fetching it failed: HTTP 404/,
      );
    });
  } finally {
    await server.shutdown();
  }
});
