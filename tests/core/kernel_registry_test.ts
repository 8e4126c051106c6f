import assert from "node:assert/strict";
import {
  type Backend,
  findKernel,
  getBackend,
  jsBackend,
  type Kernel,
  RectifyError,
  registerKernel,
  runKernel,
  setBackend,
} from "../../mod.ts";

const negate: Kernel = ([x], [y]) => {
  for (let i = 0; i < x.length; i++) y[i] = -x[i];
};

Deno.test("registerKernel() makes findKernel() return the kernel for that backend only", () => {
  const remove = registerKernel("js", "test.negate", negate);
  try {
    assert.equal(findKernel("test.negate", jsBackend), negate);
    assert.equal(findKernel("test.negate", { ...jsBackend, name: "other" }), undefined);
  } finally {
    remove();
  }
  assert.equal(findKernel("test.negate", jsBackend), undefined);
});

Deno.test("registerKernel() refuses a taken name unless replace is set", () => {
  const remove = registerKernel("js", "test.taken", negate);
  try {
    assert.throws(
      () => registerKernel("js", "test.taken", negate),
      (e) => e instanceof RectifyError && /test\.taken.*replace/.test(e.message),
    );
    const other: Kernel = () => false;
    const removeOther = registerKernel("js", "test.taken", other, { replace: true });
    assert.equal(findKernel("test.taken", jsBackend), other);
    removeOther();
    remove(); // no longer the registered one: a no-op
    assert.equal(findKernel("test.taken", jsBackend), undefined);
  } finally {
    remove();
  }
});

Deno.test("registerKernel() refuses a name the current backend has built in, unless replace", () => {
  const own: Kernel = () => {};
  const be: Backend = {
    ...jsBackend,
    name: "test-be",
    kernel: (n) => n === "test.own" ? own : undefined,
  };
  const prev = setBackend(be);
  try {
    assert.throws(() => registerKernel("test-be", "test.own", negate), RectifyError);
    const remove = registerKernel("test-be", "test.own", negate, { replace: true });
    assert.equal(findKernel("test.own"), negate);
    remove();
    assert.equal(findKernel("test.own"), own);
  } finally {
    setBackend(prev);
  }
});

Deno.test("registerKernel() names a bad argument", () => {
  assert.throws(() => registerKernel("", "x", negate), /backend name/);
  assert.throws(() => registerKernel("js", "", negate), /kernel name/);
  assert.throws(() => registerKernel("js", "x", 3 as unknown as Kernel), /must be a function/);
});

Deno.test("runKernel() falls back to the reference when the kernel declines or is missing", (t) => {
  const x = new Float64Array([1, -2, 3]);
  const y = new Float64Array(3);
  let ran = "";
  const reference: Kernel = (i, o, p) => {
    ran = "reference";
    negate(i, o, p);
  };
  const prev = setBackend(jsBackend);
  try {
    runKernel("test.missing", [x], [y], [], reference);
    assert.equal(ran, "reference");
    assert.deepEqual([...y], [-1, 2, -3]);
    const remove = registerKernel("js", "test.declines", () => false);
    ran = "";
    runKernel("test.declines", [x], [y], [], reference);
    assert.equal(ran, "reference");
    remove();
    const remove2 = registerKernel("js", "test.runs", (i, o, p) => {
      ran = "kernel";
      negate(i, o, p);
    });
    runKernel("test.runs", [x], [y], [], reference);
    assert.equal(ran, "kernel");
    remove2();
  } finally {
    setBackend(prev);
  }
  void t;
});

Deno.test("setBackend takes a backend spec by name, and a bad one changes nothing", () => {
  const before = getBackend();
  try {
    const prev = setBackend("js");
    assert.equal(prev, before);
    assert.equal(getBackend().name, "js");
    setBackend("wasm");
    assert.equal(getBackend().name, "wasm");
    const wasm = getBackend();
    assert.throws(() => setBackend("cuda"), /cuda/);
    assert.throws(() => setBackend("wasm:threads=3"), /threads must be 1 or 2, got 3/);
    assert.equal(getBackend(), wasm);
  } finally {
    setBackend(before);
  }
});
