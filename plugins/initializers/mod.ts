/**
 * Built-in initializer plugins.
 *
 * @module
 */

import type { InitializerPlugin, Options } from "../../core/mod.ts";
import { glorotUniform } from "./glorot_uniform.ts";
import { heNormal } from "./he_normal.ts";
import { zeros } from "./zeros.ts";

export { glorotUniform, heNormal, zeros as zerosInitializer };

/**
 * Every built-in initializer plugin.
 *
 * @example
 * ```ts
 * import { initializerPlugins } from "@rectify/core";
 * console.log(initializerPlugins.length > 0); // true
 * ```
 */
export const initializerPlugins: readonly InitializerPlugin<Options>[] = [
  zeros,
  heNormal,
  glorotUniform,
] as unknown as InitializerPlugin<Options>[];
