// The backends every kernel test runs against. The wasm one has its size
// thresholds at 0 so even tiny problems exercise the WebAssembly kernels.
import { type Backend, defaultRegistry, jsBackend, wasmSimdSupported } from "../../mod.ts";

export const backends: Backend[] = [
  jsBackend,
  ...(wasmSimdSupported()
    ? [
      defaultRegistry.create("backend", {
        name: "wasm",
        options: { minMatmulWork: 0, minElementwise: 0 },
      }),
      {
        ...defaultRegistry.create("backend", {
          name: "wasm",
          options: { relaxed: false, minMatmulWork: 0, minElementwise: 0 },
        }),
        name: "wasm (no relaxed SIMD)",
      },
    ]
    : []),
];
