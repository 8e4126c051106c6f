// WebAssembly text helpers shared by the benches: the multiply-add peak loop and assembly with wabt.
import wabtInit from "wabt";

/**
 * A module exporting `run(iters) -> f32`: `acc` register-resident
 * accumulators, each updated 8 times per iteration by `f32x4.relaxed_madd`
 * (`relaxed`) or `f32x4.mul` then `f32x4.add`: 8 × 8 × acc flops per iteration.
 */
export function peakWat(acc: number, relaxed: boolean): string {
  const A = [...Array(acc).keys()];
  const upd = (i: number) =>
    relaxed
      ? `(local.set $c${i} (f32x4.relaxed_madd (local.get $c${i}) (local.get $x) (local.get $y)))`
      : `(local.set $c${i} (f32x4.add (f32x4.mul (local.get $c${i}) (local.get $x)) (local.get $y)))`;
  const body = [...Array(8).keys()].flatMap(() => A.map(upd)).join("\n      ");
  const sum = A.slice(1).reduce((s, i) => `(f32x4.add ${s} (local.get $c${i}))`, "(local.get $c0)");
  return `(module
  (func (export "run") (param $n i32) (result f32)
    (local $x v128) (local $y v128) ${A.map((i) => `(local $c${i} v128)`).join(" ")}
    (local.set $x (f32x4.splat (f32.const 0.999999)))
    (local.set $y (f32x4.splat (f32.const 0.000001)))
    ${A.map((i) => `(local.set $c${i} (f32x4.splat (f32.const ${i + 1})))`).join("\n    ")}
    (loop $l
      ${body}
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (br_if $l (i32.gt_s (local.get $n) (i32.const 0))))
    (f32x4.extract_lane 0 ${sum})))`;
}

const wabt = await wabtInit();

/** Assemble and validate WAT with SIMD (and relaxed SIMD when asked); throws if the engine rejects it. */
export function assemble(wat: string, relaxed: boolean): Uint8Array<ArrayBuffer> {
  const features = { simd: true, relaxed_simd: relaxed };
  const mod = wabt.parseWat("bench.wat", wat, features);
  try {
    (mod.validate as (f: Record<string, boolean>) => void)(features);
    const bytes = Uint8Array.from(mod.toBinary({}).buffer);
    if (!WebAssembly.validate(bytes)) throw new Error("this engine rejects the module");
    return bytes;
  } finally {
    mod.destroy();
  }
}
