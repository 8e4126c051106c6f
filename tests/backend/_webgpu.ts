// The webgpu backend for the tests that run on it, or the reason there is none. Without an
// adapter, each such test is registered as ignored with the reason in its name (visible in
// the test report) instead of silently vanishing.
import { type Backend, defaultRegistry, type WebGpuBackend } from "../../mod.ts";

function start(): [WebGpuBackend | null, string] {
  try {
    return [defaultRegistry.create("backend", "webgpu") as WebGpuBackend, ""];
  } catch (e) {
    return [null, (e as Error).message];
  }
}

/** The webgpu backend, or null when this machine has no WebGPU adapter. */
export const [webgpuBackend, webgpuMissing] = start();

/** `Deno.test` that runs on the webgpu backend, or is ignored (with the reason) without one. */
export function webgpuTest(name: string, fn: (be: WebGpuBackend, t: Deno.TestContext) => unknown) {
  const be = webgpuBackend;
  Deno.test({
    name: be === null ? `${name} [skipped: ${webgpuMissing}]` : name,
    ignore: be === null,
    fn: (t) => fn(be!, t) as Promise<void>,
  });
}

/** The webgpu backend as a list (empty without an adapter), for per-backend test loops. */
export const webgpuBackends: Backend[] = webgpuBackend === null ? [] : [webgpuBackend];
