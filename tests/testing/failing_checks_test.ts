import assert from "node:assert/strict";
import {
  adamReference,
  chain,
  type Data,
  defaultRegistry,
  defineActivation,
  defineBackend,
  defineFunction,
  defineGradient,
  defineInitializer,
  defineOptimizer,
  defineSchedule,
  full,
  type GradientTransform,
  jsBackend,
  type Kernel,
  type Plugin,
  registerKernel,
  relu,
  scaleByLearningRate,
  type Tensor,
  type UpdateRule,
} from "../../mod.ts";
import {
  checkActivation,
  checkBackend,
  checkGradientPlugin,
  checkInitializer,
  checkOptimizer,
  checkPlugin,
  checkSchedule,
  type PluginCheckResult,
} from "../../testing/mod.ts";

/** The failed check named `name`, asserting that it is the reason the plugin failed. */
function failedCheck(result: PluginCheckResult, name: string): string {
  assert.equal(result.ok, false, `${result.plugin} unexpectedly passed`);
  const c = result.checks.find((x) => x.name === name);
  assert.ok(c, `no check "${name}" in ${result.checks.map((x) => x.name).join(", ")}`);
  assert.equal(c.ok, false, `check "${name}" passed: ${c.message}`);
  assert.ok(
    c.message.includes(`"${result.plugin}"`),
    `message does not name the plugin: ${c.message}`,
  );
  return c.message;
}

const meta = { version: "1.0.0", description: "kit test plugin" };

Deno.test("kit checks fail for broken activations", async (t) => {
  await t.step('an activation that changes its input fails "no mutation"', () => {
    const inPlace = defineFunction({
      name: "inPlaceRelu",
      forward: (_ctx, x: Tensor) => {
        for (let i = 0; i < x.size; i++) if (x.data[i] < 0) x.data[i] = 0;
        return x.clone();
      },
      backward: (_ctx, g) => g,
    });
    const p = defineActivation({
      ...meta,
      name: "inPlaceRelu",
      defaults: {},
      create: () => ({ forward: inPlace }),
    });
    assert.match(failedCheck(checkActivation(p), "no mutation"), /changed input element/);
  });
  await t.step('an activation drawing from Math.random fails "determinism"', () => {
    const p = defineActivation({
      ...meta,
      name: "noisy",
      defaults: {},
      create: () => ({ forward: (x) => x.add(Math.random()) }),
    });
    assert.match(failedCheck(checkActivation(p), "determinism"), /seed 0 differ/);
  });
  await t.step('an activation mixing batch rows fails "batch rows independent"', () => {
    const p = defineActivation({
      ...meta,
      name: "centered",
      defaults: {},
      create: () => ({ forward: (x) => x.sub(x.mean(0, true)) }),
    });
    failedCheck(checkActivation(p), "batch rows independent");
  });
  await t.step('an output width not matching outputSize() fails "shapes"', () => {
    const p = defineActivation({
      ...meta,
      name: "liar",
      defaults: {},
      create: () => ({ forward: (x) => x, outputSize: (n) => 2 * n }),
    });
    assert.match(failedCheck(checkActivation(p), "shapes"), /outputSize/);
  });
  await t.step('a float32 path that rounds badly fails "float32/float64 agreement"', () => {
    const p = defineActivation({
      ...meta,
      name: "coarse",
      defaults: {},
      create: () => ({
        forward: (x) => (x.dtype === "float32" ? x.mul(1.01) : x),
      }),
    });
    failedCheck(checkActivation(p), "float32/float64 agreement");
  });
  await t.step('a parameter made lazily in arena storage fails "step arena"', () => {
    const p = defineActivation({
      ...meta,
      name: "lazyScale",
      defaults: {},
      create: () => {
        let s: Tensor | null = null;
        return {
          forward: (x) => {
            s ??= full([1], 2, { requiresGrad: true }); // not under withoutArena
            return x.mul(s);
          },
          parameters: (): Record<string, Tensor> => (s === null ? {} : { s }),
        };
      },
    });
    assert.match(failedCheck(checkActivation(p), "step arena"), /expired after a step/);
  });
  await t.step('a registered kernel that is wrong fails "kernels", naming the op', () => {
    // identity instead of relu, for the js backend, registered as a third party would
    const remove = registerKernel("js", "relu", ([x], [y]) => y.set(x));
    try {
      const r = checkActivation(relu, { backend: jsBackend });
      assert.match(
        failedCheck(r, "kernels"),
        /op "relu" \(a registered kernel\) on backend "js": float32 output element \d+ \(x = -[\d.e-]+\) is -[\d.e-]+, the plugin's reference loop gives 0/,
      );
    } finally {
      remove();
    }
    assert.ok(checkActivation(relu, { backend: jsBackend }).ok, "passes once it is removed");
  });
  await t.step('a backend\'s own kernel off by more than the tolerance fails "kernels"', () => {
    const sloppy = {
      ...jsBackend,
      name: "sloppyKernels",
      kernel: (name: string): Kernel | undefined =>
        name === "sigmoidBackward"
          ? ([y, g], [dx]) => {
            for (let i = 0; i < dx.length; i++) dx[i] = g[i] * y[i] * (1 - y[i]) * (1 + 1e-4);
          }
          : undefined,
    };
    const sigmoid = defaultRegistry.get("activation", "sigmoid");
    assert.match(
      failedCheck(checkActivation(sigmoid, { backend: sloppy }), "kernels"),
      /op "sigmoidBackward" \(the backend's own kernel\) on backend "sloppyKernels": float32 input gradient element/,
    );
    // within a looser stated tolerance it passes; a kernel declining float64 is fine
    const loose = checkActivation(sigmoid, {
      backend: sloppy,
      kernelTolerance: { atol: 1e-3, rtol: 1e-3 },
    });
    assert.equal(loose.checks.find((c) => c.name === "kernels")?.ok, false, "float64 still exact");
    const declining = {
      ...sloppy,
      kernel: (name: string) => {
        const k = sloppy.kernel(name);
        return k &&
          ((inputs: readonly Data[], outputs: readonly Data[], params: readonly number[]) =>
            inputs[0] instanceof Float64Array ? false : k(inputs, outputs, params));
      },
    };
    const ok = checkActivation(sigmoid, {
      backend: declining,
      kernelTolerance: { atol: 1e-3, rtol: 1e-3 },
    });
    assert.equal(ok.ok, true, JSON.stringify(ok.checks.filter((c) => !c.ok)));
  });
  await t.step('apiVersion newer than the core fails "register" and stops', () => {
    const p = { ...relu, name: "future", apiVersion: 99 } as Plugin;
    const r = checkActivation(p);
    assert.match(failedCheck(r, "register"), /apiVersion 99/);
    assert.equal(r.checks.length, 1);
  });
  await t.step('an invalid option the plugin accepts fails its "options" check', () => {
    const r = checkActivation(relu, { invalid: [{ gradAtKink: 0.5 }] });
    assert.match(failedCheck(r, 'options: {"gradAtKink":0.5} rejected'), /were accepted/);
  });
  await t.step("an invalid NaN or infinite option is printed as itself, not as null", () => {
    const r = checkActivation(relu, { invalid: [{ gradAtKink: NaN }, { gradAtKink: -Infinity }] });
    const names = r.checks.map((c) => c.name);
    assert.ok(names.includes('options: {"gradAtKink":NaN} rejected'), names.join("\n"));
    assert.ok(names.includes('options: {"gradAtKink":-Infinity} rejected'), names.join("\n"));
    assert.ok(!names.some((n) => n.includes("null")), names.join("\n"));
    // and the registry's error message names the value too
    const message = r.checks.find((c) => c.name === 'options: {"gradAtKink":NaN} rejected')
      ?.message;
    assert.match(String(message), /got NaN/);
  });
});

Deno.test("kit checks fail for a broken optimizer, initializer, schedule, gradient plugin and backend", async (t) => {
  await t.step('optimizer state kept outside its state record fails "state round trip"', () => {
    const hidden: GradientTransform = (() => {
      let calls = 0;
      return {
        init: () => ({}),
        update(updates) {
          calls++;
          for (const u of updates) for (let i = 0; i < u.length; i++) u[i] *= 1 + 1 / calls;
        },
      };
    })();
    const p = defineOptimizer({
      ...meta,
      name: "leaky",
      defaults: { lr: 0.05 },
      create: () => chain({ init: hidden.init, update: hidden.update }, scaleByLearningRate()),
    });
    failedCheck(checkOptimizer(p), "state round trip");
  });
  await t.step('an optimizer going uphill fails "loss decreases"', () => {
    const p = defineOptimizer({
      ...meta,
      name: "uphill",
      defaults: { lr: 0.05 },
      create: () => chain(scaleByLearningRate((_step) => -0.05)),
    });
    assert.match(failedCheck(checkOptimizer(p), "loss decreases"), /loss went from/);
  });
  await t.step('an optimizer writing into the parameters fails "no mutation"', () => {
    const p = defineOptimizer({
      ...meta,
      name: "writer",
      defaults: { lr: 0.05 },
      create: () =>
        chain({
          init: () => ({}),
          update(updates, _s, params) {
            for (let j = 0; j < params.length; j++) {
              (params[j] as Float32Array)[0] -= 0.01 * updates[j][0];
            }
          },
        }, scaleByLearningRate()),
    });
    failedCheck(checkOptimizer(p), "no mutation");
  });
  await t.step('a rule writing into the gradient fails "no mutation"', () => {
    const rule: UpdateRule<Record<string, Data>, number> = {
      buffers: {},
      begin: (ctx) => ctx.lr,
      apply(p, g, _s, lr) {
        for (let i = 0; i < p.length; i++) {
          p[i] -= lr * g[i];
          g[i] = 0;
        }
      },
    };
    const p = defineOptimizer({
      ...meta,
      name: "gradEater",
      defaults: { lr: 0.05 },
      create: () => rule,
    });
    assert.match(failedCheck(checkOptimizer(p), "no mutation"), /wrote into the gradient/);
  });
  await t.step('a rule keeping a buffer it does not declare fails "no mutation"', () => {
    const rule: UpdateRule<{ m: Data }, number> = {
      buffers: { m: {} },
      begin: (ctx) => ctx.lr,
      apply(p, g, s, lr) {
        for (let i = 0; i < p.length; i++) p[i] -= lr * g[i];
        (s as Record<string, Data>).extra = s.m;
      },
    };
    const p = defineOptimizer({
      ...meta,
      name: "undeclared",
      defaults: { lr: 0.05 },
      create: () => rule,
    });
    assert.match(
      failedCheck(checkOptimizer(p), "no mutation"),
      /holds \[extra, m\], the rule declares \[m\]/,
    );
  });
  await t.step('an initializer ignoring the dtype fails "shapes and dtypes"', () => {
    const p = defineInitializer({
      ...meta,
      name: "alwaysF32",
      defaults: {},
      create: () => (shape) => full(shape, 0.1, { dtype: "float32" }),
    });
    assert.match(failedCheck(checkInitializer(p), "shapes and dtypes"), /float64/);
  });
  await t.step('an initializer using Math.random fails "determinism"', () => {
    const p = defineInitializer({
      ...meta,
      name: "unseeded",
      defaults: {},
      create: (_o, ctx) => (shape, o) =>
        full(shape, Math.random(), { dtype: o?.dtype ?? ctx.dtype }),
    });
    failedCheck(checkInitializer(p), "determinism");
  });
  await t.step('a schedule that forgets its epoch on load() fails "state round trip"', () => {
    const p = defineSchedule({
      ...meta,
      name: "forgetful",
      defaults: {},
      create: () => {
        let epoch = 0;
        return {
          lr: (base) => base * 0.9 ** epoch,
          step: () => void epoch++,
          state: () => ({ epoch }),
          load: () => void (epoch = 0),
        };
      },
    });
    failedCheck(checkSchedule(p), "state round trip");
  });
  await t.step(
    'a gradient plugin whose attach() cannot be undone fails "remove restores plain gradients"',
    () => {
      const p = defineGradient({
        ...meta,
        name: "sticky",
        defaults: {},
        create: () => ({
          attach(model) {
            for (const t of model.parameters()) t.registerHook((g) => g.mul(2));
            return { remove() {} };
          },
        }),
      });
      failedCheck(checkGradientPlugin(p), "remove restores plain gradients");
    },
  );
  await t.step('a gradient plugin changing the forward pass fails "rewritten pass"', () => {
    const p = defineGradient({
      ...meta,
      name: "forwardChanger",
      defaults: {},
      create: () => ({
        attach(model) {
          return model.registerForwardHook((_m, _x, y) => y.mul(2));
        },
      }),
    });
    assert.match(failedCheck(checkGradientPlugin(p), "rewritten pass"), /forward output changed/);
  });
  await t.step("a backend with a wrong kernel fails that kernel's check", () => {
    const p = defineBackend({
      ...meta,
      name: "offByOne",
      defaults: {},
      create: () => ({
        ...jsBackend,
        name: "offByOne",
        sumAxis(x, out, outer, len, inner) {
          jsBackend.sumAxis(x, out, outer, len, inner);
          out[0] += 1;
        },
      }),
    });
    const r = checkBackend(p);
    assert.match(failedCheck(r, "sumAxis"), /the js kernel gives/);
    assert.ok(r.checks.find((c) => c.name === "matmul")!.ok);
  });
  await t.step('a backend with a wrong "adam" kernel fails the kernel "adam" check', () => {
    const p = defineBackend({
      ...meta,
      name: "offUpdate",
      defaults: {},
      create: () => ({
        ...jsBackend,
        name: "offUpdate",
        kernel: (name: string) =>
          name !== "adam"
            ? undefined
            : (inputs: readonly Data[], outputs: readonly Data[], params: readonly number[]) => {
              adamReference(inputs, outputs, params);
              outputs[0][3] += 1e-3;
            },
      }),
    });
    const r = checkBackend(p);
    assert.match(failedCheck(r, 'kernel "adam"'), /p\[3\] is .* bit for bit/);
    assert.ok(r.checks.find((c) => c.name === "matmul")!.ok);
  });
  await t.step(
    'a backend whose "adam" kernel declines after writing fails the kernel "adam" check',
    () => {
      const p = defineBackend({
        ...meta,
        name: "dirtyDecline",
        defaults: {},
        create: () => ({
          ...jsBackend,
          name: "dirtyDecline",
          kernel: (name: string) =>
            name !== "adam" ? undefined : (inputs: readonly Data[]) => {
              inputs[2][0] = 7;
              return false;
            },
        }),
      });
      assert.match(failedCheck(checkBackend(p), 'kernel "adam"'), /declined, changed its input 1/);
    },
  );
  await t.step("a backend that lends overlapping blocks fails the storage check", () => {
    const pool = new Float32Array(1 << 21);
    const p = defineBackend({
      ...meta,
      name: "overlapping",
      defaults: {},
      create: () => ({
        ...jsBackend,
        name: "overlapping",
        allocate: (n: number) => pool.subarray(0, n),
        free: () => {},
      }),
    });
    assert.match(failedCheck(checkBackend(p), "storage"), /blocks overlap/);
  });
  await t.step("a backend with allocate but no free fails the storage check", () => {
    const p = defineBackend({
      ...meta,
      name: "noFree",
      defaults: {},
      create: () => ({
        ...jsBackend,
        name: "noFree",
        allocate: (n: number) => new Float32Array(n),
      }),
    });
    assert.match(failedCheck(checkBackend(p), "storage"), /come together/);
  });
  await t.step("checkPlugin() reports an unknown kind", () => {
    const r = checkPlugin({ ...relu, kind: "widget" } as unknown as Plugin);
    assert.equal(r.ok, false);
    assert.match(r.checks[0].message, /unknown plugin kind "widget"/);
  });
});
