/**
 * Define, register and train with a new activation in under 20 lines: the
 * bent identity, a smooth function with slope 1/2 for x → −∞ and 3/2 for x → ∞.
 *
 * Run: `deno run --allow-read examples/custom_activation.ts`
 *
 * @module
 */

import { defaultRegistry, defineActivation, type Tensor } from "../mod.ts";
import { moons } from "../datasets/mod.ts";
import { Trainer } from "../train/mod.ts";

defaultRegistry.register(defineActivation({
  name: "bentIdentity",
  version: "1.0.0",
  description: "(sqrt(x² + 1) − 1) / 2 + x",
  defaults: {},
  create: () => ({ forward: (x: Tensor) => x.mul(x).add(1).sqrt().sub(1).div(2).add(x) }),
}));
const trainer = new Trainer({
  train: moons({ seed: 0 }),
  val: moons({ seed: 1 }),
  hidden: [16],
  activation: "bentIdentity",
  optimizer: "adam:lr=0.02",
  epochs: 30,
});
const { history } = await trainer.run();
console.log(
  `bentIdentity on moons: val accuracy ${(history.at(-1)!.valAccuracy! * 100).toFixed(1)}%`,
);
