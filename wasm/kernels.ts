/**
 * Source of the `wasm` backend: a generator that writes the WebAssembly text
 * (WAT) of every kernel. The matmul's micro-kernel is unrolled here instead
 * of by hand; `deno task build:wasm` assembles the text
 * with `wabt` and embeds the bytes in `plugins/backends/_wasm_bytes.ts`.
 *
 * Memory is a scratch arena owned by the JS side: it copies operands in,
 * calls a kernel with byte offsets, and copies results out.
 *
 * @module
 */

// the activations' constants come from the plugins that own them
import { GELU_K, SQRT_2_OVER_PI } from "../plugins/activations/gelu.ts";
import { SELU_ALPHA, SELU_SCALE } from "../plugins/activations/selu.ts";
import { INV_SQRT_2PI } from "../plugins/activations/_math.ts";
import { adamWat } from "./adam_kernel.ts";
import { sgdWat } from "./sgd_kernel.ts";
import { convWat } from "./conv_kernels.ts";

/**
 * Rows of the matmul micro-kernel (register tile MR x 8): A is packed in
 * slivers of MR rows, one vector per step of k, and each row's value is
 * broadcast by a shuffle (see {@linkcode microKernel}).
 */
export const MR = 4;

/**
 * Rows of `$mk` whose A value is broadcast by a shuffle of the sliver's
 * vector; the rest are broadcast by `load32_splat`. Three of four keeps the
 * shuffle port and the loads (each with a bounds check in Deno) both busy
 * without either one limiting: `bench/microkernel_tiles.ts` (bench/README.md).
 */
export const SHUFFLED_ROWS = 3;

/** Steps of k per iteration of the micro-kernel's loop (measured in bench/README.md). */
export const K_UNROLL = 4;

/** Options of {@linkcode kernelsWat}. */
export interface WatOptions {
  /** Use `f32x4.relaxed_madd` (relaxed SIMD) instead of separate mul + add. */
  relaxed: boolean;
  /**
   * Import a shared memory (`env.memory`, threads proposal) instead of
   * exporting a private one: the module for the threaded matmul, where a
   * worker runs the same code on the same memory.
   */
  shared?: boolean;
}

/** Maximum pages of the shared memory (1 GiB): a shared memory must declare one. */
export const SHARED_MAX_PAGES = 16384;

function madd(relaxed: boolean, a: string, b: string, c: string): string {
  return relaxed ? `(f32x4.relaxed_madd ${a} ${b} ${c})` : `(f32x4.add (f32x4.mul ${a} ${b}) ${c})`;
}

/**
 * The micro-kernel `$mk`: up to MR rows of C by one 8-column panel,
 * `C[r, 0..cols) (+)= Σ_p Apk[p, r] · B[p, 0..8) (+ bias)` over `k` steps,
 * A packed as `[k][MR]` (a sliver, zero padded), B's 8 floats of step p at
 * `bp + p·bs` (a packed panel: bs = 32; or the rows of a row-major B, whose
 * lanes past `cols` are read but never stored). All MR rows are computed,
 * `rows` stored. flags: bit 0 = add into C (as `C + AB`, the js reference's
 * order), then bit 1 = add bias[column], bit 2 = add bias[row].
 *
 * Two variants, the same operations in the same order (so the same bits):
 * `$mk` reads three vectors per step (A's MR values, B's two halves) and
 * broadcasts A's lanes by shuffles, but for the rows from
 * {@linkcode SHUFFLED_ROWS} on, which it broadcasts with `load32_splat`;
 * `$mkSplat` broadcasts each of A's values with `load32_splat` (six accesses
 * per step, no shuffles). Where the engine checks bounds on every access
 * (Deno runs WebAssembly without V8's trap handler) the accesses bound the
 * loop and `$mk` measured 20–40% faster; without bounds checks `$mkSplat` was
 * as fast or faster (bench/README.md). The JS side times both at first use
 * and keeps the faster.
 */
function microKernel(relaxed: boolean, splat: boolean): string {
  const R = [...Array(MR).keys()];
  const L: string[] = [];
  L.push(
    `(func ${splat ? "$mkSplat" : "$mk"} (param $ap i32) (param $bp i32) (param $bs i32)` +
      ` (param $c i32) (param $ldc i32)` +
      ` (param $k i32) (param $rows i32) (param $cols i32) (param $flags i32) (param $bias i32)`,
  );
  for (const r of R) L.push(`  (local $c${r}0 v128) (local $c${r}1 v128)`);
  L.push(`  (local $b0 v128) (local $b1 v128) (local $t v128) (local $v0 v128) (local $v1 v128)`);
  L.push(`  (local $cr i32) (local $av v128)`);
  const step = (s: number) => {
    L.push(`    (local.set $b0 (v128.load (local.get $bp)))`);
    L.push(`    (local.set $b1 (v128.load offset=16 (local.get $bp)))`);
    L.push(`    (local.set $bp (i32.add (local.get $bp) (local.get $bs)))`);
    if (!splat) L.push(`    (local.set $av (v128.load offset=${4 * MR * s} (local.get $ap)))`);
    for (const r of R) {
      const lane = [0, 1, 2, 3].map((b) => 4 * r + b).join(" ");
      L.push(
        splat || r >= SHUFFLED_ROWS
          ? `    (local.set $t (v128.load32_splat offset=${4 * (MR * s + r)} (local.get $ap)))`
          : `    (local.set $t (i8x16.shuffle ${lane} ${lane} ${lane} ${lane} (local.get $av) (local.get $av)))`,
      );
      for (const h of [0, 1]) {
        L.push(
          `    (local.set $c${r}${h} ${
            madd(relaxed, "(local.get $t)", `(local.get $b${h})`, `(local.get $c${r}${h})`)
          })`,
        );
      }
    }
  };
  const loop = (u: number) => {
    for (let s = 0; s < u; s++) step(s);
    L.push(`    (local.set $ap (i32.add (local.get $ap) (i32.const ${4 * MR * u})))`);
    L.push(`    (local.set $k (i32.sub (local.get $k) (i32.const ${u})))`);
  };
  L.push(`  (if (i32.ge_u (local.get $k) (i32.const ${K_UNROLL})) (then (loop $lu`);
  loop(K_UNROLL);
  L.push(`    (br_if $lu (i32.ge_u (local.get $k) (i32.const ${K_UNROLL}))))))`);
  L.push(`  (if (local.get $k) (then (loop $lp`);
  loop(1);
  L.push(`    (br_if $lp (local.get $k)))))`);
  // Epilogue: accumulate (C + AB, as the js reference adds into C), then bias.
  for (const r of R) {
    L.push(`  (if (i32.gt_u (local.get $rows) (i32.const ${r})) (then`);
    L.push(
      `  (local.set $cr (i32.add (local.get $c) (i32.mul (local.get $ldc) (i32.const ${r}))))`,
    );
    L.push(`  (if (i32.and (local.get $flags) (i32.const 1)) (then`);
    L.push(`    (if (i32.eq (local.get $cols) (i32.const 8)) (then`);
    L.push(`      (local.set $v0 (v128.load (local.get $cr)))`);
    L.push(`      (local.set $v1 (v128.load offset=16 (local.get $cr))))`);
    L.push(`    (else`);
    for (let l = 0; l < 8; l++) {
      const v = l < 4 ? "$v0" : "$v1";
      L.push(
        `      (if (i32.gt_u (local.get $cols) (i32.const ${l})) (then (local.set ${v} ` +
          `(f32x4.replace_lane ${l % 4} (local.get ${v}) (f32.load offset=${
            4 * l
          } (local.get $cr))))))`,
      );
    }
    L.push(`    ))`);
    L.push(`    (local.set $c${r}0 (f32x4.add (local.get $v0) (local.get $c${r}0)))`);
    L.push(`    (local.set $c${r}1 (f32x4.add (local.get $v1) (local.get $c${r}1)))))`);
    L.push(`  (if (i32.and (local.get $flags) (i32.const 2)) (then`);
    L.push(`    (local.set $c${r}0 (f32x4.add (local.get $c${r}0) (v128.load (local.get $bias))))`);
    L.push(
      `    (local.set $c${r}1 (f32x4.add (local.get $c${r}1) (v128.load offset=16 (local.get $bias))))))`,
    );
    L.push(`  (if (i32.and (local.get $flags) (i32.const 4)) (then`);
    L.push(`    (local.set $t (v128.load32_splat offset=${4 * r} (local.get $bias)))`);
    L.push(`    (local.set $c${r}0 (f32x4.add (local.get $c${r}0) (local.get $t)))`);
    L.push(`    (local.set $c${r}1 (f32x4.add (local.get $c${r}1) (local.get $t)))))`);
    L.push(`  (if (i32.eq (local.get $cols) (i32.const 8)) (then`);
    L.push(`    (v128.store (local.get $cr) (local.get $c${r}0))`);
    L.push(`    (v128.store offset=16 (local.get $cr) (local.get $c${r}1)))`);
    L.push(`  (else`);
    for (let l = 0; l < 8; l++) {
      const v = `$c${r}${l < 4 ? 0 : 1}`;
      L.push(
        `    (if (i32.gt_u (local.get $cols) (i32.const ${l})) (then (f32.store offset=${4 * l} ` +
          `(local.get $cr) (f32x4.extract_lane ${l % 4} (local.get ${v})))))`,
      );
    }
    L.push(`  ))))`);
  }
  L.push(`)`);
  return L.join("\n");
}

/** `i8x16.shuffle` of the i32 lanes `ls` of `a` (0–3) and `b` (4–7). */
function lanes(a: string, b: string, ls: readonly number[]): string {
  const bytes = ls.flatMap((l) => [0, 1, 2, 3].map((x) => 4 * l + x)).join(" ");
  return `(i8x16.shuffle ${bytes} (local.get ${a}) (local.get ${b}))`;
}

/**
 * `packA(a, rs, ps, dst, m, k)`: A(i, p) at `a + i·rs + p·ps` (bytes) into
 * slivers `[ceil(m/MR)][k][MR]`, rows past m zero. Reads along whichever of
 * rows or columns is contiguous (`ps = 4`: A row-major; else Aᵀ).
 */
// packA's column path when a sliver's MR = 4 floats of a column are adjacent (rs = 4: a
// transposed A, as the weight gradient Xᵀ·g reads X) and all inside A: one vector per column
// (the scalar loop below measured 2.2 ns a float on 784×32)
const packAColumnVectors = `
        (if (i32.and (i32.eq (local.get $rs) (i32.const 4))
              (i32.le_u (i32.add (local.get $i) (i32.const 4)) (local.get $m))) (then
          (local.set $src (i32.add (local.get $a) (i32.mul (local.get $i) (local.get $rs))))
          (block $vd (loop $vl
            (br_if $vd (i32.ge_u (local.get $p) (local.get $k)))
            (v128.store (local.get $dst) (v128.load (local.get $src)))
            (local.set $src (i32.add (local.get $src) (local.get $ps)))
            (local.set $dst (i32.add (local.get $dst) (i32.const 16)))
            (local.set $p (i32.add (local.get $p) (i32.const 1)))
            (br $vl)))))`;

const packA: string = `
(func (export "packA") (param $a i32) (param $rs i32) (param $ps i32) (param $dst i32)
    (param $m i32) (param $k i32)
  (local $i i32) (local $r i32) (local $p i32) (local $src i32) (local $d i32) (local $j i32)
  (local $q0 v128) (local $q1 v128) (local $q2 v128) (local $q3 v128)
  (local $t0 v128) (local $t1 v128) (local $t2 v128) (local $t3 v128)
  (block $id (loop $il
    (br_if $id (i32.ge_u (local.get $i) (local.get $m)))
    (if (i32.eq (local.get $ps) (i32.const 4))
      (then
        ;; a whole sliver: 4×4 blocks, four rows loaded and transposed by shuffles
        (local.set $p (i32.const 0))
        (if (i32.le_u (i32.add (local.get $i) (i32.const 4)) (local.get $m)) (then
          (local.set $src (i32.add (local.get $a) (i32.mul (local.get $i) (local.get $rs))))
          (local.set $d (local.get $dst))
          (block $bd (loop $bl
            (br_if $bd (i32.gt_u (i32.add (local.get $p) (i32.const 4)) (local.get $k)))
            (local.set $q0 (v128.load (local.get $src)))
            (local.set $q1 (v128.load (i32.add (local.get $src) (local.get $rs))))
            (local.set $q2 (v128.load (i32.add (local.get $src) (i32.shl (local.get $rs) (i32.const 1)))))
            (local.set $q3 (v128.load (i32.add (local.get $src) (i32.mul (local.get $rs) (i32.const 3)))))
            (local.set $t0 ${lanes("$q0", "$q1", [0, 4, 1, 5])})
            (local.set $t1 ${lanes("$q0", "$q1", [2, 6, 3, 7])})
            (local.set $t2 ${lanes("$q2", "$q3", [0, 4, 1, 5])})
            (local.set $t3 ${lanes("$q2", "$q3", [2, 6, 3, 7])})
            (v128.store (local.get $d) ${lanes("$t0", "$t2", [0, 1, 4, 5])})
            (v128.store offset=16 (local.get $d) ${lanes("$t0", "$t2", [2, 3, 6, 7])})
            (v128.store offset=32 (local.get $d) ${lanes("$t1", "$t3", [0, 1, 4, 5])})
            (v128.store offset=48 (local.get $d) ${lanes("$t1", "$t3", [2, 3, 6, 7])})
            (local.set $src (i32.add (local.get $src) (i32.const 16)))
            (local.set $d (i32.add (local.get $d) (i32.const 64)))
            (local.set $p (i32.add (local.get $p) (i32.const 4)))
            (br $bl)))))
        ;; the rest row by row: contiguous reads, writes MR floats apart
        (local.set $r (i32.const 0))
        (block $rd (loop $rl
          (br_if $rd (i32.ge_u (local.get $r) (i32.const ${MR})))
          (local.set $d (i32.add (i32.add (local.get $dst) (i32.shl (local.get $r) (i32.const 2)))
            (i32.shl (local.get $p) (i32.const ${Math.log2(4 * MR)}))))
          (local.set $j (i32.sub (local.get $k) (local.get $p)))
          (if (i32.lt_u (i32.add (local.get $i) (local.get $r)) (local.get $m))
            (then
              (local.set $src (i32.add (i32.add (local.get $a)
                (i32.mul (i32.add (local.get $i) (local.get $r)) (local.get $rs)))
                (i32.shl (local.get $p) (i32.const 2))))
              (block $pd (loop $pl
                (br_if $pd (i32.eqz (local.get $j)))
                (f32.store (local.get $d) (f32.load (local.get $src)))
                (local.set $src (i32.add (local.get $src) (i32.const 4)))
                (local.set $d (i32.add (local.get $d) (i32.const ${4 * MR})))
                (local.set $j (i32.sub (local.get $j) (i32.const 1)))
                (br $pl))))
            (else
              (block $zd (loop $zl
                (br_if $zd (i32.eqz (local.get $j)))
                (f32.store (local.get $d) (f32.const 0))
                (local.set $d (i32.add (local.get $d) (i32.const ${4 * MR})))
                (local.set $j (i32.sub (local.get $j) (i32.const 1)))
                (br $zl)))))
          (local.set $r (i32.add (local.get $r) (i32.const 1)))
          (br $rl)))
        (local.set $dst (i32.add (local.get $dst) (i32.mul (local.get $k) (i32.const ${4 * MR})))))
      (else
        ;; column by column: MR floats of one column per step
        (local.set $p (i32.const 0))
${MR === 4 ? packAColumnVectors : ""}
        (block $pd (loop $pl
          (br_if $pd (i32.ge_u (local.get $p) (local.get $k)))
          (local.set $src (i32.add (i32.add (local.get $a) (i32.mul (local.get $p) (local.get $ps)))
            (i32.mul (local.get $i) (local.get $rs))))
          (local.set $r (i32.const 0))
          (block $rd (loop $rl
            (br_if $rd (i32.ge_u (local.get $r) (i32.const ${MR})))
            (f32.store (local.get $dst)
              (if (result f32) (i32.lt_u (i32.add (local.get $i) (local.get $r)) (local.get $m))
                (then (f32.load (local.get $src))) (else (f32.const 0))))
            (local.set $src (i32.add (local.get $src) (local.get $rs)))
            (local.set $dst (i32.add (local.get $dst) (i32.const 4)))
            (local.set $r (i32.add (local.get $r) (i32.const 1)))
            (br $rl)))
          (local.set $p (i32.add (local.get $p) (i32.const 1)))
          (br $pl)))))
    (local.set $i (i32.add (local.get $i) (i32.const ${MR})))
    (br $il)))
)`;

/**
 * `gemm(apk, bpk, c, m, k, n, flags, bias, ld, bs, splat)`: C[m, n] (+)= A·B (+ bias),
 * A packed by `packA`; B packed by `packB` (bs = 0) or a row-major `[k, n]`
 * read in place (bs = its row in bytes, 4n; it needs 28 readable bytes past
 * its end); rows of C are `ld` floats apart (ld ≥ n: a block of columns of a
 * wider C, for the threaded split); flags as the micro-kernel's (bias by
 * column: `bias[j]`, by row: `bias[i]`); `splat` ≠ 0 runs the micro-kernel
 * that broadcasts A by `load32_splat` (same bits: see {@linkcode microKernel}).
 * Every sliver of A against one panel of B before the next panel.
 */
const gemm = `
(func (export "gemm") (param $apk i32) (param $bpk i32) (param $c i32) (param $m i32)
    (param $k i32) (param $n i32) (param $flags i32) (param $bias i32) (param $ld i32)
    (param $bs i32) (param $splat i32)
  (local $j i32) (local $i i32) (local $ldc i32) (local $panel i32) (local $cols i32)
  (local $ap i32) (local $ci i32) (local $sl i32) (local $pstep i32) (local $bv i32)
  (local.set $ldc (i32.shl (local.get $ld) (i32.const 2)))
  (local.set $sl (i32.mul (local.get $k) (i32.const ${4 * MR})))
  (local.set $pstep (i32.const 32))
  (if (i32.eqz (local.get $bs)) (then
    (local.set $bs (i32.const 32))
    (local.set $pstep (i32.shl (local.get $k) (i32.const 5)))))
  (local.set $panel (local.get $bpk))
  (block $jd (loop $jl
    (br_if $jd (i32.ge_u (local.get $j) (local.get $n)))
    (local.set $cols (i32.sub (local.get $n) (local.get $j)))
    (if (i32.gt_u (local.get $cols) (i32.const 8)) (then (local.set $cols (i32.const 8))))
    (local.set $i (i32.const 0))
    (local.set $ap (local.get $apk))
    (local.set $ci (i32.add (local.get $c) (i32.shl (local.get $j) (i32.const 2))))
    (local.set $bv (select (local.get $bias)
      (i32.add (local.get $bias) (i32.shl (local.get $j) (i32.const 2)))
      (i32.and (local.get $flags) (i32.const 4))))
    (block $id (loop $il
      (br_if $id (i32.ge_u (local.get $i) (local.get $m)))
      (if (local.get $splat)
        (then (call $mkSplat (local.get $ap) (local.get $panel) (local.get $bs) (local.get $ci)
          (local.get $ldc) (local.get $k) (i32.sub (local.get $m) (local.get $i)) (local.get $cols)
          (local.get $flags) (local.get $bv)))
        (else (call $mk (local.get $ap) (local.get $panel) (local.get $bs) (local.get $ci)
          (local.get $ldc) (local.get $k) (i32.sub (local.get $m) (local.get $i)) (local.get $cols)
          (local.get $flags) (local.get $bv))))
      (local.set $ap (i32.add (local.get $ap) (local.get $sl)))
      (local.set $ci (i32.add (local.get $ci) (i32.mul (local.get $ldc) (i32.const ${MR}))))
      (if (i32.and (local.get $flags) (i32.const 4))
        (then (local.set $bv (i32.add (local.get $bv) (i32.const ${4 * MR})))))
      (local.set $i (i32.add (local.get $i) (i32.const ${MR})))
      (br $il)))
    (local.set $panel (i32.add (local.get $panel) (local.get $pstep)))
    (local.set $j (i32.add (local.get $j) (i32.const 8)))
    (br $jl)))
)`;

/**
 * Four steps of k of half `h` (columns 4h..4h+3) of a Bᵀ panel: rows 4h..4h+3
 * of Bᵀ at `$src` (rows `$ldk` bytes apart) loaded and transposed into the
 * panel's four `[8]` rows at `$dst`.
 */
function transpose4(h: number): string {
  const row = (r: number) =>
    `(i32.add (local.get $src) (i32.mul (local.get $ldk) (i32.const ${4 * h + r})))`;
  return [
    ...[0, 1, 2, 3].map((r) => `(local.set $q${r} (v128.load ${row(r)}))`),
    `(local.set $t0 ${lanes("$q0", "$q1", [0, 4, 1, 5])})`,
    `(local.set $t1 ${lanes("$q0", "$q1", [2, 6, 3, 7])})`,
    `(local.set $t2 ${lanes("$q2", "$q3", [0, 4, 1, 5])})`,
    `(local.set $t3 ${lanes("$q2", "$q3", [2, 6, 3, 7])})`,
    `(v128.store offset=${16 * h} (local.get $dst) ${lanes("$t0", "$t2", [0, 1, 4, 5])})`,
    `(v128.store offset=${32 + 16 * h} (local.get $dst) ${lanes("$t0", "$t2", [2, 3, 6, 7])})`,
    `(v128.store offset=${64 + 16 * h} (local.get $dst) ${lanes("$t1", "$t3", [0, 1, 4, 5])})`,
    `(v128.store offset=${96 + 16 * h} (local.get $dst) ${lanes("$t1", "$t3", [2, 3, 6, 7])})`,
  ].join("\n              ");
}

// Pack B (k x n, or its transpose stored n x k) into panels [ceil(n/8)][k][8], zero padded.
// $ld: the row stride of a non-transposed B in floats (0: n), so that a block of columns of a
// wider B packs alone (the threaded split packs each chunk's panels on the thread computing it).
const packB: string = `
(func (export "packB") (param $b i32) (param $dst i32) (param $k i32) (param $n i32) (param $trans i32)
    (param $ld i32)
  (local $j i32) (local $p i32) (local $c i32) (local $jj i32) (local $src i32) (local $ldb i32)
  (local $ldk i32) (local $q0 v128) (local $q1 v128) (local $q2 v128) (local $q3 v128)
  (local $t0 v128) (local $t1 v128) (local $t2 v128) (local $t3 v128)
  (if (i32.eqz (local.get $ld)) (then (local.set $ld (local.get $n))))
  (local.set $ldb (i32.shl (local.get $ld) (i32.const 2)))
  (local.set $ldk (i32.shl (local.get $k) (i32.const 2)))
  (block $jd (loop $jl
    (br_if $jd (i32.ge_u (local.get $j) (local.get $n)))
    (if (i32.and (i32.eqz (local.get $trans)) (i32.le_u (i32.add (local.get $j) (i32.const 8)) (local.get $n)))
      (then
        (local.set $src (i32.add (local.get $b) (i32.shl (local.get $j) (i32.const 2))))
        (local.set $p (i32.const 0))
        (block $pd (loop $pl
          (br_if $pd (i32.ge_u (local.get $p) (local.get $k)))
          (v128.store (local.get $dst) (v128.load (local.get $src)))
          (v128.store offset=16 (local.get $dst) (v128.load offset=16 (local.get $src)))
          (local.set $src (i32.add (local.get $src) (local.get $ldb)))
          (local.set $dst (i32.add (local.get $dst) (i32.const 32)))
          (local.set $p (i32.add (local.get $p) (i32.const 1)))
          (br $pl))))
      (else
        (local.set $p (i32.const 0))
        (if (i32.and (local.get $trans) (i32.le_u (i32.add (local.get $j) (i32.const 8)) (local.get $n)))
          (then
            ;; Bᵀ, a whole panel: 4×4 blocks of its 8 rows transposed by shuffles
            (local.set $src (i32.add (local.get $b) (i32.mul (local.get $j) (local.get $ldk))))
            (block $td (loop $tl
              (br_if $td (i32.gt_u (i32.add (local.get $p) (i32.const 4)) (local.get $k)))
              ${[0, 1].map((h) => transpose4(h)).join("\n              ")}
              (local.set $src (i32.add (local.get $src) (i32.const 16)))
              (local.set $dst (i32.add (local.get $dst) (i32.const 128)))
              (local.set $p (i32.add (local.get $p) (i32.const 4)))
              (br $tl)))))
        (block $pd (loop $pl
          (br_if $pd (i32.ge_u (local.get $p) (local.get $k)))
          (local.set $c (i32.const 0))
          (block $cd (loop $cl
            (br_if $cd (i32.ge_u (local.get $c) (i32.const 8)))
            (local.set $jj (i32.add (local.get $j) (local.get $c)))
            (f32.store (local.get $dst)
              (if (result f32) (i32.lt_u (local.get $jj) (local.get $n))
                (then (f32.load (i32.add (local.get $b) (i32.shl
                  (if (result i32) (local.get $trans)
                    (then (i32.add (i32.mul (local.get $jj) (local.get $k)) (local.get $p)))
                    (else (i32.add (i32.mul (local.get $p) (local.get $ld)) (local.get $jj))))
                  (i32.const 2)))))
                (else (f32.const 0))))
            (local.set $dst (i32.add (local.get $dst) (i32.const 4)))
            (local.set $c (i32.add (local.get $c) (i32.const 1)))
            (br $cl)))
          (local.set $p (i32.add (local.get $p) (i32.const 1)))
          (br $pl)))))
    (local.set $j (i32.add (local.get $j) (i32.const 8)))
    (br $jl)))
)`;

/**
 * Vectors per iteration of the main loop of the element-wise kernels. Its
 * loads come first (at `offset=16·u` from one pointer), then the computes,
 * then the stores: independent work for the CPU and 1/UNROLL of the loop
 * overhead. All loads precede the first store, so `out == input` (the one
 * aliasing the backend uses) stays correct. A power of two (the loop bounds
 * mask n); 2 measured best (4 and 8 no faster, relu6 and leakyRelu slower).
 */
const UNROLL = 2;

/** `$x`, `$y`, `$z`, `$r` and body locals `$vN` of one vector step, renamed for unrolled copy `s`. */
function renameStep(step: string, s: string): string {
  return step.replace(/\$(x|y|z|r|v\d+)\b/g, `$$$1_${s}`);
}

/**
 * The vector part of an element-wise kernel: `UNROLL` vectors per iteration
 * while at least that many remain, then one vector at a time, leaving
 * `$a`, `$b`, `$o` at the first element of the scalar tail. `step` sets `$r`
 * from `$x` (and `$y`); constants are already hoisted out of it.
 */
function vectorLoops(inputs: number, step: string, unroll: number): string {
  const U = [...Array(unroll).keys()];
  const ptr: Record<string, string> = { x: "a", y: "b", z: "c" };
  const vars = ["x", "y", "z"].slice(0, inputs);
  const ld = (s: string, off: number, p: string) =>
    `(local.set $${p}_${s} (v128.load offset=${off} (local.get $${ptr[p]})))`;
  const bump = (k: number) =>
    [...vars.map((v) => ptr[v]), "o"].map((p) =>
      `(local.set $${p} (i32.add (local.get $${p}) (i32.const ${k})))`
    ).join("\n    ");
  const loads = U.flatMap((u) => vars.map((v) => ld(`${u}`, 16 * u, v)));
  const steps = U.map((u) => renameStep(step, `${u}`));
  const stores = U.map((u) => `(v128.store offset=${16 * u} (local.get $o) (local.get $r_${u}))`);
  const unrolled = unroll > 1
    ? `
  (local.set $end (i32.add (local.get $a)
    (i32.shl (i32.and (local.get $n) (i32.const ${-4 * unroll})) (i32.const 2))))
  (if (i32.lt_u (local.get $a) (local.get $end)) (then (loop $l${unroll}
    ${[...loads, ...steps, ...stores].join("\n    ")}
    ${bump(16 * unroll)}
    (br_if $l${unroll} (i32.lt_u (local.get $a) (local.get $end))))))`
    : "";
  return `${unrolled}
  (local.set $end (i32.add (local.get $a)
    (i32.shl (i32.and (local.get $n) (i32.const ${
    unroll > 1 ? 4 * unroll - 4 : -4
  })) (i32.const 2))))
  (block $d (loop $l
    (br_if $d (i32.ge_u (local.get $a) (local.get $end)))
    ${vars.map((v) => ld("0", 0, v)).join("\n    ")}
    ${renameStep(step, "0")}
    (v128.store (local.get $o) (local.get $r_0))
    ${bump(16)}
    (br $l)))`;
}

/**
 * Declarations of the v128 locals of `unroll` copies of a step with body
 * locals `body` (and a third input `$z` when `ternary`).
 */
function stepLocals(body: readonly string[], unroll: number, ternary = false): string {
  const vars = ["$x", "$y", ...(ternary ? ["$z"] : []), "$r", ...body];
  return [...Array(unroll).keys()].map((u) => vars.map((l) => `(local ${l}_${u} v128)`).join(" "))
    .join("\n  ");
}

/** SIMD body over `n` floats with a scalar tail; `vec`/`sca` compute from $x (and $y). */
function mapKernel(
  name: string,
  binary: boolean,
  vec: string,
  sca: string,
  params = "",
  unroll = UNROLL,
): string {
  const yParam = binary ? " (param $b i32)" : "";
  const ySca = binary ? "(local.set $ys (f32.load (local.get $b)))" : "";
  const bInc1 = binary ? "(local.set $b (i32.add (local.get $b) (i32.const 4)))" : "";
  const [step, consts] = hoistConsts(`(local.set $r ${vec})`);
  return `
(func (export "${name}") (param $a i32)${yParam} (param $o i32) (param $n i32)${params}
  (local $xs f32) (local $ys f32) (local $end i32)
  ${stepLocals([], unroll)}
  ${consts.map((_, i) => `(local $k${i} v128)`).join(" ")}
  ${consts.map((c, i) => `(local.set $k${i} ${c})`).join("\n  ")}
  ${vectorLoops(binary ? 2 : 1, step, unroll)}
  (local.set $end (i32.add (local.get $a) (i32.shl (i32.and (local.get $n) (i32.const 3)) (i32.const 2))))
  (block $d (loop $l
    (br_if $d (i32.ge_u (local.get $a) (local.get $end)))
    (local.set $xs (f32.load (local.get $a)))
    ${ySca}
    (f32.store (local.get $o) ${sca})
    (local.set $a (i32.add (local.get $a) (i32.const 4)))
    ${bInc1}
    (local.set $o (i32.add (local.get $o) (i32.const 4)))
    (br $l)))
)`;
}

const X = "(local.get $x)", Y = "(local.get $y)", XS = "(local.get $xs)", YS = "(local.get $ys)";
const ZERO = "(v128.const f32x4 0 0 0 0)";

function elementwise(): string {
  const out: string[] = [];
  const bin: [string, string, string][] = [
    ["add", `(f32x4.add ${X} ${Y})`, `(f32.add ${XS} ${YS})`],
    ["sub", `(f32x4.sub ${X} ${Y})`, `(f32.sub ${XS} ${YS})`],
    ["mul", `(f32x4.mul ${X} ${Y})`, `(f32.mul ${XS} ${YS})`],
    ["div", `(f32x4.div ${X} ${Y})`, `(f32.div ${XS} ${YS})`],
    // a >= b ? a : b and a <= b ? a : b, exactly (NaN picks b).
    [
      "maximum",
      `(v128.bitselect ${X} ${Y} (f32x4.ge ${X} ${Y}))`,
      `(select ${XS} ${YS} (f32.ge ${XS} ${YS}))`,
    ],
    [
      "minimum",
      `(v128.bitselect ${X} ${Y} (f32x4.le ${X} ${Y}))`,
      `(select ${XS} ${YS} (f32.le ${XS} ${YS}))`,
    ],
    // relu backward from the saved output: y > 0 or y NaN ? g : 0.
    [
      "reluBackward",
      `(v128.andnot ${Y} (f32x4.le ${X} ${ZERO}))`,
      `(select ${YS} (f32.const 0) (i32.or (f32.gt ${XS} (f32.const 0)) (f32.ne ${XS} ${XS})))`,
    ],
  ];
  for (const [n, v, s] of bin) out.push(mapKernel(n, true, v, s));
  const un: [string, string, string][] = [
    ["neg", `(f32x4.neg ${X})`, `(f32.neg ${XS})`],
    ["abs", `(f32x4.abs ${X})`, `(f32.abs ${XS})`],
    ["sqrt", `(f32x4.sqrt ${X})`, `(f32.sqrt ${XS})`],
    ["square", `(f32x4.mul ${X} ${X})`, `(f32.mul ${XS} ${XS})`],
    ["recip", `(f32x4.div (v128.const f32x4 1 1 1 1) ${X})`, `(f32.div (f32.const 1) ${XS})`],
    [
      "sign",
      `(v128.or (v128.and (f32x4.gt ${X} ${ZERO}) (v128.const f32x4 1 1 1 1)) (v128.and (f32x4.lt ${X} ${ZERO}) (v128.const f32x4 -1 -1 -1 -1)))`,
      `(select (f32.const 1) (select (f32.const -1) (f32.const 0) (f32.lt ${XS} (f32.const 0))) (f32.gt ${XS} (f32.const 0)))`,
    ],
    // relu: x > 0 or x NaN ? x : +0 (NaN kept, -0 -> +0, as the js kernel).
    [
      "relu",
      `(v128.andnot ${X} (f32x4.le ${X} ${ZERO}))`,
      `(select ${XS} (f32.const 0) (i32.or (f32.gt ${XS} (f32.const 0)) (f32.ne ${XS} ${XS})))`,
    ],
  ];
  for (const [n, v, s] of un) out.push(mapKernel(n, false, v, s));
  return out.join("\n");
}

/**
 * `sumRows(x, out, len, inner, acc)`: `out[i] = Σ_l x[l·inner + i]` for i < inner, in float32
 * from +0 (or, with acc ≠ 0, from out's values) one row after another: the order and rounding
 * of the js backend's `sumAxis` (every partial sum rounded to float32), so the same bits.
 * Sixteen columns at a time (a cache line), then four, then one.
 */
function sumRows(): string {
  const cols = (w: number, label: string) => {
    const vecs = [...Array(w / 4).keys()];
    return `
  (block $${label}d (loop $${label}l
    (br_if $${label}d (i32.gt_u (i32.add (local.get $i) (i32.const ${w})) (local.get $inner)))
    (local.set $o (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 2))))
    ${
      vecs.map((v) =>
        `(local.set $a${v} (select (v128.load offset=${
          16 * v
        } (local.get $o)) (v128.const f32x4 0 0 0 0) (local.get $acc)))`
      ).join("\n    ")
    }
    (local.set $p (i32.add (local.get $x) (i32.shl (local.get $i) (i32.const 2))))
    (local.set $l (local.get $len))
    (block $${label}rd (loop $${label}rl
      (br_if $${label}rd (i32.eqz (local.get $l)))
      ${
      vecs.map((v) =>
        `(local.set $a${v} (f32x4.add (local.get $a${v}) (v128.load offset=${
          16 * v
        } (local.get $p))))`
      ).join("\n      ")
    }
      (local.set $p (i32.add (local.get $p) (local.get $rs)))
      (local.set $l (i32.sub (local.get $l) (i32.const 1)))
      (br $${label}rl)))
    ${
      vecs.map((v) => `(v128.store offset=${16 * v} (local.get $o) (local.get $a${v}))`).join(
        "\n    ",
      )
    }
    (local.set $i (i32.add (local.get $i) (i32.const ${w})))
    (br $${label}l)))`;
  };
  return `
(func (export "sumRows") (param $x i32) (param $out i32) (param $len i32) (param $inner i32)
    (param $acc i32)
  (local $i i32) (local $l i32) (local $p i32) (local $o i32) (local $rs i32) (local $s f32)
  (local $a0 v128) (local $a1 v128) (local $a2 v128) (local $a3 v128)
  (local.set $rs (i32.shl (local.get $inner) (i32.const 2)))${cols(16, "w")}${cols(4, "v")}
  (block $sd (loop $sl
    (br_if $sd (i32.ge_u (local.get $i) (local.get $inner)))
    (local.set $o (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 2))))
    (local.set $s (select (f32.load (local.get $o)) (f32.const 0) (local.get $acc)))
    (local.set $p (i32.add (local.get $x) (i32.shl (local.get $i) (i32.const 2))))
    (local.set $l (local.get $len))
    (block $srd (loop $srl
      (br_if $srd (i32.eqz (local.get $l)))
      (local.set $s (f32.add (local.get $s) (f32.load (local.get $p))))
      (local.set $p (i32.add (local.get $p) (local.get $rs)))
      (local.set $l (i32.sub (local.get $l) (i32.const 1)))
      (br $srl)))
    (f32.store (local.get $o) (local.get $s))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $sl)))
)`;
}

/**
 * `zero(p, n)`: n float32 zeros from byte offset p (`memory.fill`). On a
 * shared memory this is the fast way to clear a block: JS's
 * `TypedArray.prototype.fill` on a SharedArrayBuffer view writes element by
 * element (measured ~9x slower than on an unshared buffer).
 */
const zero = `
(func (export "zero") (param $p i32) (param $n i32)
  (memory.fill (local.get $p) (i32.const 0) (i32.shl (local.get $n) (i32.const 2))))`;

/**
 * `copy(src, dst, n)`: n float32 from byte offset src to dst (`memory.copy`,
 * overlapping ranges as `memmove`). On a shared memory this is the faster way
 * to copy between blocks: JS's `TypedArray.prototype.set` between views of a
 * SharedArrayBuffer took 45 µs against 34 µs for 200,704 floats (in cache).
 */
const copy = `
(func (export "copy") (param $src i32) (param $dst i32) (param $n i32)
  (memory.copy (local.get $dst) (local.get $src) (i32.shl (local.get $n) (i32.const 2))))`;

/**
 * `nonFinite(p, n)`: 1 when one of the n float32 from byte offset p is a NaN
 * or ±Infinity (its exponent bits all ones), else 0. Eight lanes per
 * iteration, or-ed into one mask tested once at the end; then a scalar tail.
 * The trainer asks it of every gradient and parameter after each step: its
 * js loop took ~1.1 ns an element (`bench/README.md`, seventh session).
 */
const nonFinite = `
(func (export "nonFinite") (param $p i32) (param $n i32) (result i32)
  (local $end i32) (local $acc v128) (local $exp v128)
  (local.set $exp (i32x4.splat (i32.const 0x7f800000)))
  (local.set $end (i32.add (local.get $p) (i32.shl (i32.and (local.get $n) (i32.const -8)) (i32.const 2))))
  (block $vd (loop $vl
    (br_if $vd (i32.ge_u (local.get $p) (local.get $end)))
    (local.set $acc (v128.or (local.get $acc)
      (v128.or
        (i32x4.eq (v128.and (v128.load (local.get $p)) (local.get $exp)) (local.get $exp))
        (i32x4.eq (v128.and (v128.load offset=16 (local.get $p)) (local.get $exp)) (local.get $exp)))))
    (local.set $p (i32.add (local.get $p) (i32.const 32)))
    (br $vl)))
  (if (v128.any_true (local.get $acc)) (then (return (i32.const 1))))
  (local.set $end (i32.add (local.get $p) (i32.shl (i32.and (local.get $n) (i32.const 7)) (i32.const 2))))
  (block $sd (loop $sl
    (br_if $sd (i32.ge_u (local.get $p) (local.get $end)))
    (if (i32.eq (i32.and (i32.load (local.get $p)) (i32.const 0x7f800000)) (i32.const 0x7f800000))
      (then (return (i32.const 1))))
    (local.set $p (i32.add (local.get $p) (i32.const 4)))
    (br $sl)))
  (i32.const 0))`;

/**
 * `sumSquares(p, n)`: `Σ x²` over n float32 from byte offset p, in float64,
 * bit for bit the js loop of `plugins/_sum.ts`: four interleaved partial sums
 * (element i into sum i mod 4; here lanes of two `f64x2` accumulators, each
 * square and each add a double operation as there), the tail into the first,
 * then `((s0 + s1) + s2) + s3`.
 */
const sumSquares = `
(func (export "sumSquares") (param $p i32) (param $n i32) (result f64)
  (local $end i32) (local $v v128) (local $lo v128) (local $hi v128) (local $a01 v128)
  (local $a23 v128) (local $s0 f64) (local $x f64)
  (local.set $end (i32.add (local.get $p) (i32.shl (i32.and (local.get $n) (i32.const -4)) (i32.const 2))))
  (block $vd (loop $vl
    (br_if $vd (i32.ge_u (local.get $p) (local.get $end)))
    (local.set $v (v128.load (local.get $p)))
    (local.set $lo (f64x2.promote_low_f32x4 (local.get $v)))
    (local.set $hi (f64x2.promote_low_f32x4
      (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $v) (local.get $v))))
    (local.set $a01 (f64x2.add (local.get $a01) (f64x2.mul (local.get $lo) (local.get $lo))))
    (local.set $a23 (f64x2.add (local.get $a23) (f64x2.mul (local.get $hi) (local.get $hi))))
    (local.set $p (i32.add (local.get $p) (i32.const 16)))
    (br $vl)))
  (local.set $s0 (f64x2.extract_lane 0 (local.get $a01)))
  (local.set $end (i32.add (local.get $p) (i32.shl (i32.and (local.get $n) (i32.const 3)) (i32.const 2))))
  (block $sd (loop $sl
    (br_if $sd (i32.ge_u (local.get $p) (local.get $end)))
    (local.set $x (f64.promote_f32 (f32.load (local.get $p))))
    (local.set $s0 (f64.add (local.get $s0) (f64.mul (local.get $x) (local.get $x))))
    (local.set $p (i32.add (local.get $p) (i32.const 4)))
    (br $sl)))
  (f64.add
    (f64.add
      (f64.add (local.get $s0) (f64x2.extract_lane 1 (local.get $a01)))
      (f64x2.extract_lane 0 (local.get $a23)))
    (f64x2.extract_lane 1 (local.get $a23))))`;

/**
 * The whole module as WebAssembly text.
 *
 * @example
 * ```ts ignore
 * const wat = kernelsWat({ relaxed: true });
 * ```
 */
export function kernelsWat(options: WatOptions): string {
  relaxedMode = options.relaxed;
  return [
    `(module`,
    options.shared
      ? `(import "env" "memory" (memory 1 ${SHARED_MAX_PAGES} shared))`
      : `(memory (export "memory") 1)`,
    microKernel(options.relaxed, false),
    microKernel(options.relaxed, true),
    packA,
    gemm,
    packB,
    elementwise(),
    activations(),
    softmaxExp(),
    adamWat(),
    convWat(),
    sumRows(),
    zero,
    copy,
    nonFinite,
    sumSquares,
    sgdWat(),
    `)`,
  ].join("\n");
}

// ---------------------------------------------------------------------------
// Activation kernels: float32 SIMD bodies built from small expression helpers.
// Transcendentals are float32 polynomial approximations (a few ulp): exp and
// expm1 by Cody-Waite range reduction and a degree-5 minimax polynomial, log1p
// on [0, 1] by the atanh series, erfc by Numerical Recipes' Chebyshev fit
// (relative error < 1.2e-7). Every input is clamped before exponentiation (only
// from below where the kernel keeps just the x ≤ 0 lanes), so no kept lane
// overflows at any |x| (results saturate, NaN propagates). Constants are
// hoisted out of the loops (see hoistConsts).

/** A SIMD body under construction: statements that set v128 locals. */
class Body {
  lines: string[] = [];
  locals: string[] = [];
  let(expr: string): string {
    const name = `$v${this.locals.length}`;
    this.locals.push(name);
    this.lines.push(`(local.set ${name} ${expr})`);
    return `(local.get ${name})`;
  }
}

function lit(v: number): string {
  const f = Math.fround(v);
  return Object.is(f, -0) ? "-0" : String(f);
}
const k4 = (v: number): string => {
  const s = lit(v);
  return `(v128.const f32x4 ${s} ${s} ${s} ${s})`;
};
const add = (a: string, b: string): string => `(f32x4.add ${a} ${b})`;
const sub = (a: string, b: string): string => `(f32x4.sub ${a} ${b})`;
const mul = (a: string, b: string): string => `(f32x4.mul ${a} ${b})`;
const div = (a: string, b: string): string => `(f32x4.div ${a} ${b})`;
const gt = (a: string, b: string): string => `(f32x4.gt ${a} ${b})`;
const ge = (a: string, b: string): string => `(f32x4.ge ${a} ${b})`;
const lt = (a: string, b: string): string => `(f32x4.lt ${a} ${b})`;
const le = (a: string, b: string): string => `(f32x4.le ${a} ${b})`;
const and = (a: string, b: string): string => `(v128.and ${a} ${b})`;
/** `a & ~b`. */
const andnot = (a: string, b: string): string => `(v128.andnot ${a} ${b})`;
/** Lane-wise `mask ? a : b`. */
const sel = (mask: string, a: string, b: string): string => `(v128.bitselect ${a} ${b} ${mask})`;
const abs = (a: string): string => `(f32x4.abs ${a})`;
const neg = (a: string): string => `(f32x4.neg ${a})`;
/**
 * Clamp to [lo, hi] keeping NaN: pmax(a, lo) = a < lo ? lo : a and
 * pmin(a, hi) = hi < a ? hi : a both return a NaN `a` (one instruction each
 * on x86, unlike the NaN-propagating min/max).
 */
const clamp = (a: string, lo: number, hi: number): string =>
  `(f32x4.pmin (f32x4.pmax ${a} ${k4(lo)}) ${k4(hi)})`;

const EXP_LO = -87.3, EXP_HI = 88.3;

/**
 * Whether the module being generated uses relaxed SIMD: {@linkcode fma} is
 * then `f32x4.relaxed_madd` (one fused instruction where the CPU has FMA).
 * Set by {@linkcode kernelsWat} for the duration of one generation.
 */
let relaxedMode = false;

/** `a·b + c`: relaxed madd in the relaxed module, else mul then add. */
const fma = (a: string, b: string, c: string): string => madd(relaxedMode, a, b, c);

/**
 * Minimax coefficients (lowest first) of p in expm1(r) ≈ r + r²·p(r) on
 * |r| ≤ ln2/2, fitted in float64 by reweighted least squares on Chebyshev
 * nodes: the error of 1 + r + r²·p(r) evaluated in float32 is below 1.3e-7
 * relative to eʳ (about one ulp; the degree-8 Taylor polynomial it replaces
 * was no better in float32, with three more multiply-adds).
 */
const EXPM1_P = [0.499992311000824, 0.16667114198207855, 0.04189012572169304, 0.008312564343214035];

/**
 * `[s, m]` with e^x = s·(1 + m): s = 2^n, m = expm1(r), x = n·ln2 + r.
 * `nonPositive`: the caller needs only lanes with x ≤ 0 (or NaN) to be
 * right, so only the lower clamp is applied (other lanes get garbage, which
 * the caller must discard).
 */
function expParts(b: Body, x: string, nonPositive = false): [string, string] {
  const xc = b.let(
    nonPositive ? `(f32x4.pmax ${x} ${k4(EXP_LO)})` : clamp(x, EXP_LO, EXP_HI),
  );
  // j = round(x·log2 e) + 1.5·2^23: the integer sits in j's low mantissa bits
  const j = b.let(fma(xc, k4(Math.LOG2E), k4(12582912)));
  const n = b.let(sub(j, k4(12582912)));
  // Cody-Waite: n·0.693359375 is exact (|n| ≤ 128), so fused or not is the same
  const r = b.let(fma(n, k4(2.12194440e-4), fma(n, k4(-0.693359375), xc)));
  // Estrin: p = (c0 + c1·r) + r²·(c2 + c3·r); m = r + r²·p
  const r2 = b.let(mul(r, r));
  const [c0, c1, c2, c3] = EXPM1_P.map(k4);
  const p = fma(r2, fma(r, c3, c2), fma(r, c1, c0));
  const m = b.let(fma(r2, p, r));
  // s = 2^n: (bits(j) − bits(1.5·2^23) + 127) << 23
  const bias = 127 - 0x4b400000;
  const s = b.let(
    `(i32x4.shl (i32x4.add ${j} (v128.const i32x4 ${bias} ${bias} ${bias} ${bias})) (i32.const 23))`,
  );
  return [s, m];
}

/** e^x, flushed to +0 below e^-87.3 (NaN kept). */
function exp(b: Body, x: string): string {
  const [s, m] = expParts(b, x);
  return b.let(andnot(fma(s, m, s), lt(x, k4(EXP_LO))));
}

/**
 * e^x for x ≤ 0 only (NaN kept). `flush`: +0 below e^-87.3 as {@linkcode exp};
 * without it e^-87.3 ≈ 1.2e-38 there (where only its size next to 1 matters).
 */
function expNonPositive(b: Body, x: string, flush: boolean): string {
  const [s, m] = expParts(b, x, true);
  const e = fma(s, m, s);
  return b.let(flush ? andnot(e, lt(x, k4(EXP_LO))) : e);
}

/** e^x − 1 for x ≤ 0 only (other lanes are garbage: the caller selects them away). */
function expm1NonPositive(b: Body, x: string): string {
  const [s, m] = expParts(b, x, true);
  return b.let(fma(s, m, sub(s, k4(1))));
}

/** ln(1 + u) for u in [0, 1]: 2·atanh(u / (2 + u)). */
function log1p01(b: Body, u: string): string {
  const s = b.let(div(u, add(k4(2), u)));
  const s2 = b.let(mul(s, s));
  let p = k4(1 / 15);
  for (const c of [1 / 13, 1 / 11, 1 / 9, 1 / 7, 1 / 5, 1 / 3, 1]) p = add(mul(p, s2), k4(c));
  return b.let(mul(mul(k4(2), s), p));
}

/**
 * σ(z) and σ(z)·(1 − σ(z)), both from e = e^−|z| (no cancellation). `flush`:
 * e = 0 below e^-87.3, so that x·σ(z) is NaN at x = −∞ as in float64.
 */
function logistic(b: Body, z: string, withSlope = false, flush = true): [string, string] {
  const e = expNonPositive(b, `(v128.or ${z} ${k4(-0)})`, flush);
  const d = b.let(add(k4(1), e));
  const s = b.let(div(sel(ge(z, k4(0)), k4(1), e), d));
  return [s, withSlope ? b.let(div(e, mul(d, d))) : ""];
}

/** Φ(x), the standard normal CDF. */
function normalCdf(b: Body, x: string): string {
  const z = b.let(mul(abs(x), k4(Math.SQRT1_2)));
  const t = b.let(div(k4(1), add(k4(1), mul(k4(0.5), z))));
  const cs = [
    -1.26551223,
    1.00002368,
    0.37409196,
    0.09678418,
    -0.18628806,
    0.27886807,
    -1.13520398,
    1.48851587,
    -0.82215223,
    0.17087277,
  ];
  let p = k4(cs[9]);
  for (let i = 8; i >= 0; i--) p = add(mul(p, t), k4(cs[i]));
  const erfc = b.let(mul(t, exp(b, sub(p, mul(z, z)))));
  const half = b.let(mul(k4(0.5), erfc));
  return b.let(sel(ge(x, k4(0)), sub(k4(1), half), half));
}

/**
 * Move every `v128.const` of a loop body into locals set before the loop
 * (V8 rematerialises a non-trivial v128 constant at each use, several
 * instructions each). Returns the rewritten body and the constants in order.
 */
function hoistConsts(step: string): [string, string[]] {
  const consts: string[] = [];
  const text = step.replace(/\(v128\.const [if]32x4 [^)]*\)/g, (c) => {
    let i = consts.indexOf(c);
    if (i < 0) i = consts.push(c) - 1;
    return `(local.get $k${i})`;
  });
  return [text, consts];
}

/**
 * Exported SIMD kernel `(a, [b, [c,]] o, n, p0, p1, p2)` on 1 to 3 inputs: full vectors (several
 * per iteration, then one at a time), then a lane-at-a-time tail.
 */
function simdKernel(name: string, inputs: number, build: Build): string {
  const body = new Body();
  const P = ["(local.get $q0)", "(local.get $q1)", "(local.get $q2)"];
  const res = build(body, "(local.get $x)", "(local.get $y)", P, "(local.get $z)");
  // Bodies with intermediate locals (exp, log1p, erfc: tens of instructions and
  // constants per vector) are compute-bound and ran no faster unrolled (slightly
  // slower: register spills), so they keep one vector per iteration.
  const unroll = body.locals.length > 0 ? 1 : UNROLL;
  const [step, consts] = hoistConsts([...body.lines, `(local.set $r ${res})`].join("\n    "));
  const extra = [["b", "y"], ["c", "z"]].slice(0, inputs - 1);
  const bParam = extra.map(([p]) => ` (param $${p} i32)`).join("");
  const loadY = extra.map(([p, v]) => `(local.set $${v}_0 (v128.load32_splat (local.get $${p})))`)
    .join("\n    ");
  const incB = extra.map(([p]) => `(local.set $${p} (i32.add (local.get $${p}) (i32.const 4)))`)
    .join("\n    ");
  return `
(func (export "${name}") (param $a i32)${bParam} (param $o i32) (param $n i32)
    (param $p0 f32) (param $p1 f32) (param $p2 f32)
  (local $end i32) (local $q0 v128) (local $q1 v128) (local $q2 v128)
  ${stepLocals(body.locals, unroll, inputs === 3)}
  ${consts.map((_, i) => `(local $k${i} v128)`).join(" ")}
  ${consts.map((c, i) => `(local.set $k${i} ${c})`).join("\n  ")}
  (local.set $q0 (f32x4.splat (local.get $p0)))
  (local.set $q1 (f32x4.splat (local.get $p1)))
  (local.set $q2 (f32x4.splat (local.get $p2)))
  ${vectorLoops(inputs, step, unroll)}
  (local.set $end (i32.add (local.get $a) (i32.shl (i32.and (local.get $n) (i32.const 3)) (i32.const 2))))
  (block $d (loop $l
    (br_if $d (i32.ge_u (local.get $a) (local.get $end)))
    (local.set $x_0 (v128.load32_splat (local.get $a)))
    ${loadY}
    ${renameStep(step, "0")}
    (v128.store32_lane 0 (local.get $o) (local.get $r_0))
    (local.set $a (i32.add (local.get $a) (i32.const 4)))
    ${incB}
    (local.set $o (i32.add (local.get $o) (i32.const 4)))
    (br $l)))
)`;
}

const ZERO4 = k4(0);

type Build = (b: Body, x: string, y: string, p: string[], z: string) => string;

/**
 * The activation kernels: name → [inputs, body]. Forward kernels read x;
 * backward kernels read (saved, g) as x and y; prelu's read the slopes last
 * (y for the forward, z for the backward), the JS side tiling the periodic
 * row and restarting the pointer per segment. Parameters arrive as p[0..2]
 * (the JS side passes derived values, e.g. 1/alpha, see `_wasm_kernels.ts`).
 */
const ACTIVATIONS: Record<string, [number, Build]> = {
  // x · (x < 0 ? alpha : 1): -0 and NaN pass unchanged
  leakyRelu: [1, (_, x, __, p) => sel(lt(x, ZERO4), mul(x, p[0]), x)],
  leakyReluBackward: [2, (_, y, g, p) => sel(gt(y, ZERO4), g, mul(g, p[0]))],
  // prelu: y holds the slopes (the JS side tiles its row); x > 0 ? x : alpha·x, as the
  // js kernel: -0, NaN and non-positive lanes all take the product
  prelu: [2, (_, x, a) => sel(gt(x, ZERO4), x, mul(a, x))],
  // (x, g, slopes) as (x, y, z): x > 0 ? g : alpha·g
  preluBackward: [3, (_, x, g, __, a) => sel(gt(x, ZERO4), g, mul(a, g))],
  relu6: [1, (_, x) => and(sel(lt(x, k4(6)), x, k4(6)), gt(x, ZERO4))],
  relu6Backward: [2, (_, y, g) => and(g, and(gt(y, ZERO4), lt(y, k4(6))))],
  hardTanh: [1, (_, x, __, p) => sel(lt(x, p[0]), p[0], sel(gt(x, p[1]), p[1], x))],
  hardTanhBackward: [2, (_, y, g, p) => and(g, and(gt(y, p[0]), lt(y, p[1])))],
  hardSigmoid: [
    1,
    (_, x) => andnot(sel(ge(x, k4(3)), k4(1), add(div(x, k4(6)), k4(0.5))), le(x, k4(-3))),
  ],
  hardSigmoidBackward: [2, (_, x, g) => and(div(g, k4(6)), and(gt(x, k4(-3)), lt(x, k4(3))))],
  hardSwish: [
    1,
    (_, x) => andnot(sel(ge(x, k4(3)), x, div(mul(x, add(x, k4(3))), k4(6))), le(x, k4(-3))),
  ],
  hardSwishBackward: [
    2,
    (_, x, g) =>
      andnot(
        sel(ge(x, k4(3)), g, div(mul(g, add(mul(k4(2), x), k4(3))), k4(6))),
        le(x, k4(-3)),
      ),
  ],
  // elu: p = [alpha]; celu: p = [alpha, 1/alpha]
  elu: [1, (b, x, _, p) => sel(gt(x, ZERO4), x, mul(p[0], expm1NonPositive(b, x)))],
  eluBackward: [2, (_, y, g, p) => sel(gt(y, ZERO4), g, mul(g, add(y, p[0])))],
  celu: [
    1,
    (b, x, _, p) => sel(gt(x, ZERO4), x, mul(p[0], expm1NonPositive(b, mul(x, p[1])))),
  ],
  celuBackward: [
    2,
    (_, y, g, p) => sel(gt(y, ZERO4), g, mul(g, add(mul(y, p[1]), k4(1)))),
  ],
  selu: [
    1,
    (b, x) =>
      sel(
        gt(x, ZERO4),
        mul(k4(SELU_SCALE), x),
        mul(k4(SELU_SCALE * SELU_ALPHA), expm1NonPositive(b, x)),
      ),
  ],
  seluBackward: [
    2,
    (_, y, g) =>
      sel(gt(y, ZERO4), mul(k4(SELU_SCALE), g), mul(g, add(y, k4(SELU_SCALE * SELU_ALPHA)))),
  ],
  sigmoid: [1, (b, x) => logistic(b, x, false, false)[0]],
  sigmoidBackward: [2, (_, y, g) => mul(mul(g, y), sub(k4(1), y))],
  // tanh(x) = sign(x)·(−m / (2 + m)), m = expm1(−2|x|) in [−1, 0]
  tanh: [
    1,
    (b, x) => {
      const m = expm1NonPositive(b, mul(k4(-2), abs(x)));
      const t = abs(div(neg(m), add(k4(2), m)));
      return `(v128.or ${t} ${and(x, k4(-0))})`;
    },
  ],
  tanhBackward: [2, (_, y, g) => mul(g, sub(k4(1), mul(y, y)))],
  silu: [1, (b, x) => mul(x, logistic(b, x)[0])],
  siluBackward: [
    2,
    (b, x, g) => {
      const [s, ss] = logistic(b, x, true);
      return mul(g, add(s, mul(x, ss)));
    },
  ],
  swish: [1, (b, x, _, p) => mul(x, logistic(b, mul(p[0], x))[0])],
  swishBackward: [
    2,
    (b, x, g, p) => {
      const z = b.let(mul(p[0], x));
      const [s, ss] = logistic(b, z, true);
      return mul(g, add(s, mul(z, ss)));
    },
  ],
  // p = [beta, threshold, 1/beta]
  softplus: [
    1,
    (b, x, _, p) => {
      const z = b.let(mul(p[0], x));
      const lp = log1p01(b, expNonPositive(b, `(v128.or ${z} ${k4(-0)})`, false));
      const sp = add(`(f32x4.max ${z} ${ZERO4})`, lp);
      return sel(gt(z, p[1]), x, mul(sp, p[2]));
    },
  ],
  softplusBackward: [
    2,
    (b, x, g, p) => {
      const z = b.let(mul(p[0], x));
      return sel(gt(z, p[1]), g, mul(g, logistic(b, z)[0]));
    },
  ],
  gelu: [1, (b, x) => mul(x, normalCdf(b, x))],
  geluBackward: [
    2,
    (b, x, g) => {
      const pdf = mul(k4(INV_SQRT_2PI), exp(b, mul(k4(-0.5), mul(x, x))));
      return mul(g, add(normalCdf(b, x), mul(x, pdf)));
    },
  ],
  // ½x(1 + tanh u) = x·σ(2u), u = √(2/π)(x + 0.044715x³)
  geluTanh: [
    1,
    (b, x) => {
      const z = mul(k4(2 * SQRT_2_OVER_PI), add(x, mul(k4(GELU_K), mul(x, mul(x, x)))));
      return mul(x, logistic(b, b.let(z))[0]);
    },
  ],
  geluTanhBackward: [
    2,
    (b, x, g) => {
      const z = mul(k4(2 * SQRT_2_OVER_PI), add(x, mul(k4(GELU_K), mul(x, mul(x, x)))));
      const [s, ss] = logistic(b, b.let(z), true);
      const du = mul(k4(SQRT_2_OVER_PI), add(k4(1), mul(k4(3 * GELU_K), mul(x, x))));
      return mul(g, add(s, mul(mul(k4(2), x), mul(ss, du))));
    },
  ],
  // tanh(softplus(x)) = q / (q + 2), q = n(n + 2), n = e^min(x, 20)
  mish: [
    1,
    (b, x) => {
      const n = exp(b, `(f32x4.pmin ${x} ${k4(20)})`);
      const q = b.let(mul(n, add(n, k4(2))));
      return mul(x, div(q, add(q, k4(2))));
    },
  ],
  mishBackward: [
    2,
    (b, x, g) => {
      const n = exp(b, `(f32x4.pmin ${x} ${k4(20)})`);
      const q = b.let(mul(n, add(n, k4(2))));
      const d = b.let(add(q, k4(2)));
      const t = b.let(div(q, d));
      // 1 − t² = (2/d)(1 + t); σ(x) = n / (1 + n); 0 beyond x = 20 (as in float64)
      const slope = andnot(
        mul(mul(div(k4(2), d), add(k4(1), t)), div(n, add(k4(1), n))),
        gt(x, k4(20)),
      );
      return mul(g, add(t, mul(x, slope)));
    },
  ],
};

/**
 * `softmaxExp(a, o, n)`: e^x of the n float32 at a into o, for x ≤ 0 (NaN
 * kept, +0 below e^-87.3): the exponentials of the wasm backend's
 * `"softmaxCrossEntropy"` kernel, whose inputs are logits minus their row's
 * maximum. The float32 polynomial of the activations (a few ulp), where the
 * js loop calls `Math.exp`.
 */
function softmaxExp(): string {
  return simdKernel("softmaxExp", 1, (b, x) => expNonPositive(b, x, true));
}

/** Names of the activation kernels the module exports (besides relu / reluBackward). */
export const ACTIVATION_KERNELS: readonly string[] = Object.keys(ACTIVATIONS);

function activations(): string {
  return Object.entries(ACTIVATIONS).map(([name, [inputs, build]]) =>
    simdKernel(name, inputs, build)
  ).join("\n");
}
