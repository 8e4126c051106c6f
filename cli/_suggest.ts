/**
 * "Did you mean" for unknown command-line flags: the closest flag of the
 * command, or, for flags that name an option living inside a plugin spec
 * (`--lr`, `--momentum`), the spec to write instead. @internal
 *
 * @module
 */

import { closestNames, editDistance } from "../core/spec.ts";

const LR = "--optimizer adam:lr=… (the learning rate is an optimizer option)";

/** Flags people bring from other tools, and what rectify calls them. */
const ALIASES: Record<string, string> = {
  lr: LR,
  "learning-rate": LR,
  learning_rate: LR,
  momentum: "--optimizer sgd:lr=0.05,momentum=… (momentum is an sgd/rmsprop option)",
  "weight-decay": "--optimizer adamw:weightDecay=… (weight decay is an optimizer option)",
  weight_decay: "--optimizer adamw:weightDecay=… (weight decay is an optimizer option)",
  wd: "--optimizer adamw:weightDecay=… (weight decay is an optimizer option)",
  beta1: "--optimizer adam:beta1=… (betas are optimizer options)",
  betas: "--optimizer adam:beta1=…,beta2=… (betas are optimizer options)",
  eps: "--optimizer adam:eps=… (eps is an optimizer option)",
  alpha: "--activation leakyRelu:alpha=… (alpha is an activation option)",
  bs: "--batch-size",
  batch: "--batch-size",
  batchsize: "--batch-size",
  batch_size: "--batch-size",
  hidden: "--layers",
  units: "--layers",
  act: "--activation",
  activations: "--activation",
  optim: "--optimizer",
  optimizers: "--optimizer",
  initializer: "--init",
  initialization: "--init",
  scheduler: "--schedule",
  "lr-schedule": "--schedule",
  "lr-scheduler": "--schedule",
  epoch: "--epochs",
  "max-epochs": "--epochs",
  val: "--val-split",
  "validation-split": "--val-split",
  standardise: "--standardize",
  normalize: "--standardize",
  normalise: "--standardize",
  csv: "--data",
  "early-stopping": "--patience N",
  "early-stop": "--patience N",
  grad: "--gradient",
  gradients: "--gradient",
  plugins: "--plugin",
  output: "--out",
  "out-dir": "--out",
  repeat: "--repeats",
  seeds: "--repeats",
};

/**
 * The suggestion for an unknown flag (`--lr` or `-x`), given the command's
 * flags, or null when nothing is close. @internal
 */
export function suggestFlag(flag: string, known: readonly string[]): string | null {
  const name = flag.replace(/^-+/, "").replace(/=.*$/, "");
  const alias = ALIASES[name.toLowerCase()];
  if (alias !== undefined) {
    const target = alias.match(/^--([\w-]+)/)?.[1];
    if (target === undefined || known.includes(target)) return alias;
  }
  const [near] = closestNames(name, known, 1);
  if (near === undefined) return null;
  const limit = Math.max(2, Math.floor(name.length / 3));
  return editDistance(name, near) <= limit || near.startsWith(name) || name.startsWith(near)
    ? `--${near}`
    : null;
}
