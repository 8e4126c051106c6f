/**
 * WAT of the fused SGD step of the `wasm` backend (the sgd plugin's `"sgd"`
 * op, `Backend.kernel("sgd")`) on float32 arrays in memory: the js loop of
 * `plugins/optimizers/sgd.ts` computes each element in doubles and rounds to
 * float32 where it stores (`Math.fround`), with coefficients that are doubles
 * (momentum 0.9 is not a float32). This loop does the same in `f64x2` lanes:
 * each float32 promoted exactly, every operation an IEEE double operation in
 * the js loop's order, each `fround` a demotion to float32 and back, each store
 * a demotion. So the bits match the js loop's, where a float32 (`f32x4`) loop
 * could not.
 *
 * @module
 */

/** The variant's uniform branches: the js loop tests them per element. */
interface Variant {
  /** Momentum ≠ 0: a momentum buffer is read and written. */
  momentum: boolean;
  /** Nesterov momentum (only with momentum). */
  nesterov: boolean;
  /** Weight decay ≠ 0. */
  wd: boolean;
  /** Maximize: the gradient's sign flipped first. */
  maximize: boolean;
}

/**
 * One element's (or a pair of lanes') update in type `t`, reading `P`, `G`
 * and `B` (expressions of that type), leaving the results in locals `$o`
 * (the parameter) and `$b` (the buffer) with suffix `x`.
 */
function update(t: "f64x2" | "f64", v: Variant, x: string, P: string, G: string, B: string) {
  const vec = t === "f64x2";
  const L = (n: string) => `(local.get $${n}${x})`;
  const set = (n: string, e: string) => `(local.set $${n}${x} ${e})`;
  const K = (c: string) => `(local.get $${c}${vec ? "2" : "1"})`;
  const add = (a: string, b: string) => `(${t}.add ${a} ${b})`;
  const mul = (a: string, b: string) => `(${t}.mul ${a} ${b})`;
  // Math.fround: to float32 and back (exact both ways but the first rounding)
  const fr = (e: string) =>
    vec
      ? `(f64x2.promote_low_f32x4 (f32x4.demote_f64x2_zero ${e}))`
      : `(f64.promote_f32 (f32.demote_f64 ${e}))`;
  const out = [set("pi", P), set("u", G)];
  if (v.maximize) out.push(set("u", `(${t}.neg ${L("u")})`));
  if (v.wd) out.push(set("u", fr(add(L("u"), mul(K("wd"), L("pi"))))));
  if (v.momentum) {
    out.push(set("b", fr(add(mul(K("decay"), B), mul(K("damp"), L("u"))))));
    out.push(set("u", v.nesterov ? fr(add(L("u"), mul(K("m"), L("b")))) : L("b")));
  }
  out.push(set("o", add(L("pi"), fr(mul(L("u"), K("k"))))));
  return out.join("\n      ");
}

/** The two f64x2 halves of an f32x4 local, promoted. */
const low = (v: string) => `(f64x2.promote_low_f32x4 (local.get $${v}))`;
const high = (v: string) =>
  `(f64x2.promote_low_f32x4 (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $${v}) (local.get $${v})))`;
/** Two f64x2 locals demoted into one f32x4. */
const join = (lo: string, hi: string) =>
  `(i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (f32x4.demote_f64x2_zero (local.get $${lo})) (f32x4.demote_f64x2_zero (local.get $${hi})))`;

/** The loops of one variant: four elements per iteration (two f64x2 halves), then one at a time. */
function loops(v: Variant): string {
  const ptrs = v.momentum ? ["p", "g", "bp"] : ["p", "g"];
  const bump = (k: number) =>
    ptrs.map((p) => `(local.set $${p} (i32.add (local.get $${p}) (i32.const ${k})))`).join(" ");
  return `
    (local.set $end (i32.add (local.get $p) (i32.shl (i32.and (local.get $n) (i32.const -4)) (i32.const 2))))
    (block $vd (loop $vl
      (br_if $vd (i32.ge_u (local.get $p) (local.get $end)))
      (local.set $P (v128.load (local.get $p)))
      (local.set $G (v128.load (local.get $g)))
      ${v.momentum ? "(local.set $B (v128.load (local.get $bp)))" : ""}
      ${update("f64x2", v, "L", low("P"), low("G"), low("B"))}
      ${update("f64x2", v, "H", high("P"), high("G"), high("B"))}
      (v128.store (local.get $p) ${join("oL", "oH")})
      ${v.momentum ? `(v128.store (local.get $bp) ${join("bL", "bH")})` : ""}
      ${bump(16)}
      (br $vl)))
    (local.set $end (i32.add (local.get $p) (i32.shl (i32.and (local.get $n) (i32.const 3)) (i32.const 2))))
    (block $sd (loop $sl
      (br_if $sd (i32.ge_u (local.get $p) (local.get $end)))
      ${
    update(
      "f64",
      v,
      "S",
      "(f64.promote_f32 (f32.load (local.get $p)))",
      "(f64.promote_f32 (f32.load (local.get $g)))",
      "(f64.promote_f32 (f32.load (local.get $bp)))",
    )
  }
      (f32.store (local.get $p) (f32.demote_f64 (local.get $oS)))
      ${v.momentum ? "(f32.store (local.get $bp) (f32.demote_f64 (local.get $bS)))" : ""}
      ${bump(4)}
      (br $sl)))`;
}

/**
 * `sgd(p, g, b, n, k, wd, m, decay, damp, nesterov, maximize)`: one SGD step
 * in place over n float32 elements at the byte offsets p, g and b (the
 * momentum buffer, read and written only when m ≠ 0), the sgd plugin's
 * coefficients as float64 (`plugins/optimizers/sgd.ts`).
 *
 * @example
 * ```ts ignore
 * const wat = `(module (memory 1) ${sgdWat()})`;
 * ```
 */
export function sgdWat(): string {
  const pick = (test: string, yes: string, no: string) => `(if ${test} (then ${yes}) (else ${no}))`;
  const nonzero = (c: string) => `(f64.ne (local.get $${c}) (f64.const 0))`;
  const byFlags = (momentum: boolean, nesterov: boolean) =>
    pick(
      nonzero("wd"),
      pick(
        nonzero("maximize"),
        loops({ momentum, nesterov, wd: true, maximize: true }),
        loops({ momentum, nesterov, wd: true, maximize: false }),
      ),
      pick(
        nonzero("maximize"),
        loops({ momentum, nesterov, wd: false, maximize: true }),
        loops({ momentum, nesterov, wd: false, maximize: false }),
      ),
    );
  const scalars = ["k", "wd", "m", "decay", "damp"];
  return `
(func (export "sgd") (param $p i32) (param $g i32) (param $bp i32) (param $n i32)
    ${scalars.map((s) => `(param $${s} f64)`).join(" ")} (param $nesterov f64) (param $maximize f64)
  (local $end i32) (local $P v128) (local $G v128) (local $B v128)
  ${scalars.map((s) => `(local $${s}1 f64) (local $${s}2 v128)`).join(" ")}
  ${
    ["pi", "u", "b", "o"].map((l) => `(local $${l}L v128) (local $${l}H v128) (local $${l}S f64)`)
      .join(" ")
  }
  ${
    scalars.map((s) =>
      `(local.set $${s}1 (local.get $${s})) (local.set $${s}2 (f64x2.splat (local.get $${s})))`
    ).join("\n  ")
  }
  ${
    pick(
      `(f64.eq (local.get $m) (f64.const 0))`,
      byFlags(false, false),
      pick(nonzero("nesterov"), byFlags(true, true), byFlags(true, false)),
    )
  }
)`;
}
