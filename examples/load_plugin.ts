/**
 * Load an activation plugin at run time from a file specifier (a path, or a
 * `file:`, `https:`, `jsr:` or `npm:` specifier works the same), then train
 * with it by name. The same works from the CLI with `--plugin`.
 *
 * Run: `deno run --allow-read examples/load_plugin.ts [SPECIFIER]`
 *
 * @module
 */

import { defaultRegistry } from "../mod.ts";
import { spiral } from "../datasets/mod.ts";
import { Trainer } from "../train/mod.ts";

const specifier = Deno.args[0] ?? new URL("./plugins/square_plus.ts", import.meta.url).href;
const names = await defaultRegistry.load(specifier);
console.log(`loaded ${names.join(", ")} from ${specifier}`);
const trainer = new Trainer({
  train: spiral({ seed: 0 }),
  val: spiral({ seed: 1 }),
  hidden: [32, 32],
  activation: `${names[0]}`,
  optimizer: "adam:lr=0.01",
  epochs: 30,
});
const { history } = await trainer.run();
console.log(
  `${names[0]} on spiral: val accuracy ${(history.at(-1)!.valAccuracy! * 100).toFixed(1)}%`,
);
