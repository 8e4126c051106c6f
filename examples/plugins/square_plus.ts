/**
 * A third-party activation plugin module, as loaded at run time by
 * `examples/load_plugin.ts` or `cli.ts --plugin`: squareplus (So 2021),
 * `(x + sqrt(x² + b)) / 2`, a smooth ReLU without exponentials.
 *
 * @module
 */

import { type ActivationPlugin, defineActivation, RectifyError, type Tensor } from "../../mod.ts";

/** Squareplus with hardness `b` (> 0). */
const squarePlus: ActivationPlugin<{ b: number }> = defineActivation({
  name: "squarePlus",
  version: "1.0.0",
  description: "(x + sqrt(x² + b)) / 2 (So 2021)",
  defaults: { b: 4 },
  validate({ b }) {
    if (!(b > 0)) {
      throw new RectifyError("option", `Cannot create "squarePlus": b must be > 0, got ${b}`);
    }
  },
  create: ({ b }) => ({ forward: (x: Tensor) => x.add(x.mul(x).add(b).sqrt()).mul(0.5) }),
});

export default squarePlus;
