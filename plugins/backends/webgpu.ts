import { type BackendPlugin, defineBackend, type Kernel, RectifyError } from "../../core/mod.ts";
import { NO_ADAPTER_HELP, sharedDevice } from "./_webgpu_device.ts";
import { bodyKernel, type WebGpuBackend, webgpuBackend } from "./_webgpu_kernels.ts";

export type { WebGpuBackend };
export type { WebGpuAdapterInfo, WebGpuStats } from "./_webgpu_device.ts";

/**
 * The `webgpu` backend: WGSL compute shaders on a WebGPU device, with tensors
 * resident on the device across a training step. Float32 only: WebGPU has no
 * float64, so float64 tensors run on the `js` kernels (use `js` or `wasm` for
 * float64 work such as `gradcheck`).
 *
 * - **Residency.** Every float32 array a kernel touches gets a device
 *   buffer; a kernel's outputs are current only on the device until host
 *   code reads them (`Tensor.data`, `item()`, `toArray()`, `syncHost`),
 *   which reads back (blocking) and counts in `stats().readbacks`. A
 *   forward, backward and `adam`/`sgd` step of an MLP reads back nothing:
 *   only the numbers you ask for come back. Ops without a shader here run
 *   their js loops on host copies made current first (correct, with
 *   copies): `maxAxis`, the convolution and pooling ops, the kink-gradient
 *   variants of the piecewise activations, the other optimizers' updates.
 * - **Shaders.** 16×16-tiled matmul in the three layouts a dense layer needs
 *   (A·B, A·Bᵀ, Aᵀ·B, accumulating or not), the fused bias of `linear`,
 *   element-wise `binary`/`unary`, `sumAxis`, softmax cross-entropy and its
 *   gradient, the `adam` and `sgd` updates, `copy`, and the forward and
 *   backward of every built-in element-wise activation, each a WGSL body
 *   under the op's name (a third-party activation registers its own with
 *   {@linkcode wgslElementwise}). Float32 arithmetic in WGSL rounds each
 *   operation, so results agree with the js reference to float32 tolerance,
 *   not bit for bit.
 * - **Device.** One device per process, owned by a worker thread; the main
 *   thread queues commands and blocks (`Atomics.wait`) only to read. That
 *   needs `Atomics.wait` on the calling thread (Deno; in a browser, run
 *   rectify in a worker). Without an adapter `create` throws, saying how to
 *   get one (a GPU driver, or Debian's `mesa-vulkan-drivers` for lavapipe, a
 *   software device: correct, and slow; its timings say nothing about GPU
 *   speed).
 *
 * @example Train on the GPU where there is one
 * ```ts
 * import { defaultRegistry, setBackend, tensor, webgpuAvailable } from "@rectify/core";
 * if (webgpuAvailable()) {
 *   const previous = setBackend(defaultRegistry.create("backend", "webgpu"));
 *   console.log(tensor([[1, 2]]).matmul(tensor([[3], [4]])).toArray()); // [[11]]
 *   setBackend(previous);
 * }
 * ```
 */
export const webgpu: BackendPlugin<Record<string, never>> = defineBackend({
  name: "webgpu",
  version: "1.0.0",
  description: "WGSL compute shaders on a WebGPU device, tensors resident on it (float32)",
  defaults: {},
  create() {
    if (typeof Atomics.wait !== "function" || typeof SharedArrayBuffer !== "function") {
      throw new RectifyError(
        "plugin",
        `Cannot create "webgpu": it needs SharedArrayBuffer and Atomics.wait on this thread ` +
          `(Deno, or a browser worker that is cross-origin isolated)`,
      );
    }
    return webgpuBackend();
  },
});

/**
 * Whether a WebGPU adapter exists here (starts the device on first call).
 * When false, `create("backend", "webgpu")` throws with the reason and how
 * to get an adapter.
 *
 * @example
 * ```ts
 * import { webgpuAvailable } from "@rectify/core";
 * console.log(typeof webgpuAvailable()); // "boolean"
 * ```
 */
export function webgpuAvailable(): boolean {
  try {
    sharedDevice();
    return true;
  } catch {
    return false;
  }
}

/** How to get a WebGPU adapter, as the `webgpu` backend's errors say it. */
export const WEBGPU_HELP: string = NO_ADAPTER_HELP;

/**
 * A `webgpu` kernel from an element-wise WGSL body, for `registerKernel`:
 * the body reads the op's inputs as `x0, x1, ...` (f32, element `i` of each
 * array) and its params as `p0, p1, ...`, and assigns each output
 * `y0, y1, ...` (every array one length; an array may be both an input and
 * an output). It may call `logistic`, `softplus1`, `expm1f`, `erff`,
 * `ncdf`, `npdf`, `tanhf` and `powf` besides WGSL's built-ins. The kernel
 * declines float64 arrays (the op's js loop runs). This is how a plugin
 * brings its own GPU kernel, exactly as it would a `wasm` one; the plugin
 * kit's `kernels` check compares it with the plugin's loops on a WebGPU
 * device when one exists.
 *
 * @example squarePlus's forward on the GPU
 * ```ts
 * import { registerKernel, wgslElementwise } from "@rectify/core";
 * const remove = registerKernel(
 *   "webgpu",
 *   "squarePlusDoc",
 *   wgslElementwise("y0 = (x0 + sqrt(x0 * x0 + p0)) / 2.0;"),
 * );
 * remove();
 * ```
 */
export function wgslElementwise(body: string): Kernel {
  if (typeof body !== "string" || !/\by0\s*=/.test(body)) {
    throw new TypeError(
      `wgslElementwise: body must be WGSL assigning y0 (e.g. "y0 = x0 * x0;"), got ${
        JSON.stringify(body)
      }`,
    );
  }
  return bodyKernel(body, sharedDevice);
}
