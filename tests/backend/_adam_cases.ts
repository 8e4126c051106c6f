// The Adam cases and the "adam" op's params the backend tests share.

/** One Adam configuration: amsgrad, coupled (L2) and decoupled weight decay. */
export interface Case {
  name: string;
  ams: boolean;
  cwd: number;
  dwd: number;
}

/** Adam, amsgrad, coupled and decoupled decay and their mixes. */
export const CASES: Case[] = [
  { name: "adam", ams: false, cwd: 0, dwd: 0 },
  { name: "adam amsgrad", ams: true, cwd: 0, dwd: 0 },
  { name: "adam weightDecay (coupled)", ams: false, cwd: 0.01, dwd: 0 },
  { name: "adamw (decoupled)", ams: false, cwd: 0, dwd: 0.01 },
  { name: "adamw amsgrad", ams: true, cwd: 0, dwd: 0.1 },
  { name: "coupled amsgrad", ams: true, cwd: 0.5, dwd: 0 },
  { name: "coupled and decoupled", ams: false, cwd: 0.3, dwd: 0.07 },
  { name: "coupled and decoupled amsgrad", ams: true, cwd: 1e-4, dwd: 0.3 },
];

/** The `"adam"` op's params of case `c` at `step` (betas 0.9, 0.999; eps 1e-8). */
export function adamParams(c: Case, step: number, lr = 1e-3): number[] {
  const b1 = 0.9, b2 = 0.999;
  return [
    -lr,
    b1,
    b2,
    1 - b1,
    1 - b2,
    1 - b1 ** step,
    Math.sqrt(1 - b2 ** step),
    1e-8,
    c.cwd,
    c.dwd,
    c.ams ? 1 : 0,
  ];
}
