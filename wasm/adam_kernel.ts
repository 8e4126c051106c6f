/**
 * WAT of the fused Adam / AdamW update of the `wasm` backend (the adam
 * plugin's `"adam"` op, `Backend.kernel("adam")`) on float32 arrays in
 * memory: torch.optim.Adam's operations in float32 arithmetic, four lanes at a
 * time (f32x4), exactly as the js loop of `plugins/optimizers/adam.ts`
 * computes them. IEEE add, mul, div and sqrt are correctly rounded in both,
 * the js loop's doubles rounded once to float32 give the float32 result, and
 * neither fuses a multiply-add (plain `f32x4.mul` and `f32x4.add`, never
 * `relaxed_madd`), so the bits match.
 *
 * @module
 */

const PTRS = ["p", "g", "m", "v", "vm"];

/** The float64 params, in the export's order (`bc2` is bc2Sqrt, `k` is −lr). */
const SCALARS = ["b1", "b2", "a1", "a2", "bc1", "bc2", "eps", "cwd", "dwd", "k"];

/** The float32 constants of a step, each rounded once as the js loop rounds them. */
const CONSTANTS: Record<string, string> = {
  B1: "(local.get $b1)",
  B2: "(local.get $b2)",
  A1: "(local.get $a1)",
  A2: "(local.get $a2)",
  BC2: "(local.get $bc2)",
  EPS: "(local.get $eps)",
  CWD: "(local.get $cwd)",
  STEP: "(f64.div (local.get $k) (local.get $bc1))",
  DECAY: "(f64.add (f64.const 1) (f64.mul (local.get $k) (local.get $dwd)))",
};

/**
 * One step over the elements at the pointers, in lanes of `t` (`f32x4`
 * vectors or `f32` scalars): `x` is how a constant is read, `ld`/`st` how an
 * array is loaded and stored, `local` names a temporary.
 */
function step(
  t: "f32x4" | "f32",
  cwd: boolean,
  dwd: boolean,
  ams: boolean,
  lane = 0,
): string {
  const vec = t === "f32x4";
  const X = (c: string) => `(local.get $${c}${vec ? "x" : "s"})`;
  // lane 1: the next four elements (memarg offset 16), in locals of their own
  const at = lane === 0 ? "" : ` offset=${16 * lane}`;
  const ld = (ptr: string) => `(${vec ? "v128" : "f32"}.load${at} (local.get $${ptr}))`;
  const st = (ptr: string, x: string) =>
    `(${vec ? "v128" : "f32"}.store${at} (local.get $${ptr}) ${x})`;
  const sfx = vec ? (lane === 0 ? "4" : `4_${lane}`) : "1";
  const L = (n: string) => `(local.get $${n}${sfx})`;
  const set = (n: string, x: string) => `(local.set $${n}${sfx} ${x})`;
  const add = (a: string, b: string) => `(${t}.add ${a} ${b})`;
  const mul = (a: string, b: string) => `(${t}.mul ${a} ${b})`;
  const div = (a: string, b: string) => `(${t}.div ${a} ${b})`;
  const out: string[] = [];
  out.push(set("p", ld("p")));
  out.push(set("g", ld("g")));
  if (cwd) out.push(set("g", add(L("g"), mul(X("CWD"), L("p")))));
  out.push(set("m", add(mul(X("B1"), ld("m")), mul(X("A1"), L("g")))));
  out.push(set("v", add(mul(X("B2"), ld("v")), mul(mul(X("A2"), L("g")), L("g")))));
  out.push(st("m", L("m")), st("v", L("v")));
  if (ams) {
    // vmax = v > vmax ? v : vmax (the js loop's comparison)
    out.push(set("t", ld("vm")));
    out.push(
      set(
        "v",
        vec
          ? `(v128.bitselect ${L("v")} ${L("t")} (f32x4.gt ${L("v")} ${L("t")}))`
          : `(select ${L("v")} ${L("t")} (f32.gt ${L("v")} ${L("t")}))`,
      ),
    );
    out.push(st("vm", L("v")));
  }
  if (dwd) out.push(set("p", mul(L("p"), X("DECAY"))));
  const den = add(div(`(${t}.sqrt ${L("v")})`, X("BC2")), X("EPS"));
  out.push(st("p", add(L("p"), div(mul(X("STEP"), L("m")), den))));
  return out.join("\n      ");
}

/** The loops for one combination of the uniform branches (coupled/decoupled decay, amsgrad). */
function loops(cwd: boolean, dwd: boolean, ams: boolean): string {
  const bump = (k: number) =>
    PTRS.map((p) => `(local.set $${p} (i32.add (local.get $${p}) (i32.const ${k})))`)
      .join("\n      ");
  // Eight elements per iteration as two independent f32x4 chains (the two divisions and the
  // square root of one chain are long-latency: alone, one vector per iteration waited on them),
  // then four, then one at a time. Each element's operations are the same in every loop.
  return `
    (local.set $end (i32.add (local.get $p) (i32.shl (i32.and (local.get $n) (i32.const -8)) (i32.const 2))))
    (if (i32.lt_u (local.get $p) (local.get $end)) (then (loop $l8
      ${step("f32x4", cwd, dwd, ams)}
      ${step("f32x4", cwd, dwd, ams, 1)}
      ${bump(32)}
      (br_if $l8 (i32.lt_u (local.get $p) (local.get $end))))))
    (if (i32.and (local.get $n) (i32.const 4)) (then
      ${step("f32x4", cwd, dwd, ams)}
      ${bump(16)}))
    (local.set $end (i32.add (local.get $p) (i32.shl (i32.and (local.get $n) (i32.const 3)) (i32.const 2))))
    (local.set $end (i32.add (local.get $p) (i32.shl (i32.and (local.get $n) (i32.const 3)) (i32.const 2))))
    (block $d (loop $l1
      (br_if $d (i32.ge_u (local.get $p) (local.get $end)))
      ${step("f32", cwd, dwd, ams)}
      ${bump(4)}
      (br $l1)))`;
}

/**
 * `adam(p, g, m, v, vm, n, b1, b2, a1, a2, bc1, bc2Sqrt, eps, cwd, dwd, k, ams)`:
 * one Adam / AdamW step in place over n float32 elements at the byte
 * offsets p, g, m, v, vm (vm is read and written only when ams ≠ 0), the
 * `"adam"` op's params as float64.
 *
 * @example
 * ```ts ignore
 * const wat = `(module (memory 1) ${adamWat()})`;
 * ```
 */
export function adamWat(): string {
  const variants = (cwd: boolean, dwd: boolean) =>
    `(if (local.get $ams) (then ${loops(cwd, dwd, true)}) (else ${loops(cwd, dwd, false)}))`;
  const onDwd = (cwd: boolean) =>
    `(if (f64.ne (local.get $dwd) (f64.const 0)) (then ${variants(cwd, true)}) (else ${
      variants(cwd, false)
    }))`;
  const names = Object.keys(CONSTANTS);
  return `
(func (export "adam") ${PTRS.map((p) => `(param $${p} i32)`).join(" ")} (param $n i32)
    ${SCALARS.map((s) => `(param $${s} f64)`).join(" ")} (param $ams i32)
  (local $end i32)
  ${names.map((c) => `(local $${c}s f32) (local $${c}x v128)`).join(" ")}
  ${
    ["p", "g", "m", "v", "t"].map((l) =>
      `(local $${l}4 v128) (local $${l}4_1 v128) (local $${l}1 f32)`
    )
      .join(" ")
  }
  ${
    names.map((c) =>
      `(local.set $${c}s (f32.demote_f64 ${
        CONSTANTS[c]
      })) (local.set $${c}x (f32x4.splat (local.get $${c}s)))`
    ).join("\n  ")
  }
  (if (f64.ne (local.get $cwd) (f64.const 0)) (then ${onDwd(true)}) (else ${onDwd(false)}))
)`;
}
