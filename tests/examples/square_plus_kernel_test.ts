// The third-party fast-kernel example (examples/plugins/square_plus.ts): its
// hand-written WebAssembly kernels, registered for the wasm backend, pass the
// plugin kit (same float32 values as its reference loops), and the embedded
// bytes are the assembled square_plus.wat.
import assert from "node:assert/strict";
import wabtInit from "wabt";
import { defaultRegistry, findKernel, jsBackend, wasmSimdSupported } from "../../mod.ts";
import { assertPluginOk, checkActivation } from "../../testing/mod.ts";
import squarePlus, {
  registerSquarePlusKernels,
  SQUARE_PLUS_WASM,
} from "../../examples/plugins/square_plus.ts";

Deno.test("squarePlus passes the plugin kit with its reference loops (js backend)", () => {
  assertPluginOk(checkActivation(squarePlus, { backend: jsBackend, invalid: [{ b: 0 }] }));
});

Deno.test({
  name: "squarePlus's registered wasm kernels pass the plugin kit with the loops' exact values",
  ignore: !wasmSimdSupported(),
  fn() {
    const wasm = defaultRegistry.create("backend", "wasm");
    assert.equal(findKernel("squarePlus", wasm), undefined);
    const remove = registerSquarePlusKernels();
    try {
      assert.equal(typeof findKernel("squarePlus", wasm), "function");
      assert.equal(typeof findKernel("squarePlusBackward", wasm), "function");
      const result = checkActivation(squarePlus, {
        backend: wasm,
        kernelTolerance: { atol: 0, rtol: 0 },
      });
      assertPluginOk(result);
      assert.match(
        result.checks.find((c) => c.name === "kernels")!.message,
        /ops with a kernel: float32: "squarePlus", "squarePlusBackward"/,
      );
    } finally {
      remove();
    }
    assert.equal(findKernel("squarePlus", wasm), undefined, "removed");
  },
});

Deno.test("SQUARE_PLUS_WASM is examples/plugins/square_plus.wat assembled", async () => {
  const wabt = await wabtInit();
  const text = await Deno.readTextFile(
    new URL("../../examples/plugins/square_plus.wat", import.meta.url),
  );
  const mod = wabt.parseWat("square_plus.wat", text, { simd: true });
  try {
    mod.validate();
    const bin = mod.toBinary({}).buffer;
    const embedded = Uint8Array.from(atob(SQUARE_PLUS_WASM), (c) => c.charCodeAt(0));
    assert.deepEqual(embedded, new Uint8Array(bin), "reassemble square_plus.wat and embed it");
  } finally {
    mod.destroy();
  }
});
