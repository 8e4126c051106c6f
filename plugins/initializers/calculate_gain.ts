import { RectifyError } from "../../core/mod.ts";

const GAINS: Record<string, (param: number | undefined) => number> = {
  linear: () => 1,
  identity: () => 1,
  sigmoid: () => 1,
  tanh: () => 5 / 3,
  relu: () => Math.SQRT2,
  leakyRelu: (a) => Math.sqrt(2 / (1 + (a ?? 0.01) ** 2)),
  selu: () => 3 / 4,
};

/**
 * The recommended gain for a nonlinearity, as torch.nn.init.calculate_gain:
 * `linear`/`identity`/`sigmoid` → 1, `tanh` → 5/3, `relu` → √2,
 * `leakyRelu` → √(2/(1 + param²)) (param = negative slope, default 0.01),
 * `selu` → 3/4. `leaky_relu` is accepted as an alias.
 *
 * @example
 * ```ts
 * import { calculateGain } from "@rectify/core";
 * console.log(calculateGain("relu")); // 1.4142135623730951
 * console.log(calculateGain("leakyRelu", 0.2)); // 1.3867504905630728
 * ```
 */
export function calculateGain(nonlinearity: string, param?: number): number {
  const name = nonlinearity === "leaky_relu" ? "leakyRelu" : nonlinearity;
  const g = Object.hasOwn(GAINS, name) ? GAINS[name] : undefined;
  if (!g) {
    throw new RectifyError(
      "option",
      `calculateGain: unknown nonlinearity ${JSON.stringify(nonlinearity)}; expected one of ${
        Object.keys(GAINS).join(", ")
      }`,
    );
  }
  if (param !== undefined && (typeof param !== "number" || !Number.isFinite(param))) {
    throw new RectifyError(
      "option",
      `calculateGain: param must be a finite number, got ${param}`,
    );
  }
  return g(param);
}

/** The nonlinearity names {@linkcode calculateGain} knows. @internal */
export function gainNames(): string[] {
  return Object.keys(GAINS);
}
