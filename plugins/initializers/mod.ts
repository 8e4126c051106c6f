/**
 * Built-in initializer plugins and {@linkcode calculateGain}. Fans follow the
 * dense kernel convention `[in, out]`; everything random draws from the
 * seeded `Rng` of the context (or of the call).
 *
 * @module
 */

import type { InitializerPlugin, Options } from "../../core/mod.ts";
import { constant } from "./constant.ts";
import { glorotNormal } from "./glorot_normal.ts";
import { glorotUniform } from "./glorot_uniform.ts";
import { heNormal } from "./he_normal.ts";
import { heUniform } from "./he_uniform.ts";
import { lecunNormal } from "./lecun_normal.ts";
import { lecunUniform } from "./lecun_uniform.ts";
import { normal } from "./normal.ts";
import { ones } from "./ones.ts";
import { orthogonal } from "./orthogonal.ts";
import { truncatedNormal } from "./truncated_normal.ts";
import { uniform } from "./uniform.ts";
import { zeros } from "./zeros.ts";

export { calculateGain } from "./calculate_gain.ts";
export {
  constant as constantInitializer,
  glorotNormal,
  glorotUniform,
  heNormal,
  heUniform,
  lecunNormal,
  lecunUniform,
  normal as normalInitializer,
  ones as onesInitializer,
  orthogonal,
  truncatedNormal,
  uniform as uniformInitializer,
  zeros as zerosInitializer,
};

/**
 * Every built-in initializer plugin.
 *
 * @example
 * ```ts
 * import { initializerPlugins } from "@rectify/core";
 * console.log(initializerPlugins.map((p) => p.name).includes("orthogonal")); // true
 * ```
 */
export const initializerPlugins: readonly InitializerPlugin<Options>[] = [
  zeros,
  ones,
  constant,
  uniform,
  normal,
  truncatedNormal,
  heNormal,
  heUniform,
  glorotNormal,
  glorotUniform,
  lecunNormal,
  lecunUniform,
  orthogonal,
] as unknown as InitializerPlugin<Options>[];
