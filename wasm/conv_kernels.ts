/**
 * WAT of the convolution helpers of the `wasm` backend: `im2col` (gather the
 * windows of one image's channel block into columns `[cg·kh·kw, ho·wo]` of a
 * column matrix whose rows are `ld` floats apart, so that several images'
 * columns sit side by side), `col2im` (scatter-add such columns back) and
 * `blocks` (copy a grid of equal runs of floats between two layouts, e.g.
 * `[N, O, HW]` and `[O, N·HW]`). The products around them run on the
 * module's `gemm`. Rows at stride 1 are bulk copies (`memory.copy`,
 * `memory.fill`) and SIMD adds; other strides go element by element.
 *
 * Both take byte offsets and the sizes of `core/conv_ops.ts`'s geometry.
 *
 * @module
 */

const PARAMS = `(param $cg i32) (param $h i32) (param $w i32)
    (param $kh i32) (param $kw i32) (param $sh i32) (param $sw i32) (param $pt i32) (param $pl i32)
    (param $dh i32) (param $dw i32) (param $ho i32) (param $wo i32) (param $ld i32)`;

const LOCALS = `(local $c i32) (local $u i32) (local $v i32) (local $i i32) (local $j i32)
  (local $plane i32) (local $hh i32) (local $off i32) (local $j0 i32) (local $j1 i32)
  (local $ww i32) (local $row i32) (local $src i32) (local $dst i32) (local $end i32)
  (local $skip i32)`;

/** \`$skip\`: the bytes from the end of a column-matrix row to the next (its stride is \`$ld\` floats). */
const SKIP = `(local.set $skip (i32.shl (i32.sub (local.get $ld)
    (i32.mul (local.get $ho) (local.get $wo))) (i32.const 2)))`;

/**
 * The loops over channel c, kernel row u, kernel column v and output row i
 * shared by both kernels; `$row` is the current column-matrix row (bytes),
 * `$plane` the channel's first input element (bytes), `$off` the input column
 * of output column 0 (j·sw + off), and `[j0, j1)` the output columns whose
 * input column is inside the image when sw = 1. `body` runs per (c, u, v, i)
 * with `$hh` the input row.
 */
function loops(body: string): string {
  return `
  (local.set $c (i32.const 0))
  (block $cd (loop $cl
    (br_if $cd (i32.ge_u (local.get $c) (local.get $cg)))
    (local.set $u (i32.const 0))
    (block $ud (loop $ul
      (br_if $ud (i32.ge_u (local.get $u) (local.get $kh)))
      (local.set $v (i32.const 0))
      (block $vd (loop $vl
        (br_if $vd (i32.ge_u (local.get $v) (local.get $kw)))
        (local.set $off (i32.sub (i32.mul (local.get $v) (local.get $dw)) (local.get $pl)))
        (local.set $j0 (i32.sub (i32.const 0) (local.get $off)))
        (if (i32.lt_s (local.get $j0) (i32.const 0)) (then (local.set $j0 (i32.const 0))))
        (if (i32.gt_s (local.get $j0) (local.get $wo)) (then (local.set $j0 (local.get $wo))))
        (local.set $j1 (i32.sub (local.get $w) (local.get $off)))
        (if (i32.gt_s (local.get $j1) (local.get $wo)) (then (local.set $j1 (local.get $wo))))
        (if (i32.lt_s (local.get $j1) (local.get $j0)) (then (local.set $j1 (local.get $j0))))
        (local.set $i (i32.const 0))
        (block $id (loop $il
          (br_if $id (i32.ge_u (local.get $i) (local.get $ho)))
          (local.set $hh (i32.add
            (i32.sub (i32.mul (local.get $i) (local.get $sh)) (local.get $pt))
            (i32.mul (local.get $u) (local.get $dh))))
          ${body}
          (local.set $row (i32.add (local.get $row) (i32.shl (local.get $wo) (i32.const 2))))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br $il)))
        (local.set $row (i32.add (local.get $row) (local.get $skip)))
        (local.set $v (i32.add (local.get $v) (i32.const 1)))
        (br $vl)))
      (local.set $u (i32.add (local.get $u) (i32.const 1)))
      (br $ul)))
    (local.set $plane (i32.add (local.get $plane)
      (i32.shl (i32.mul (local.get $h) (local.get $w)) (i32.const 2))))
    (local.set $c (i32.add (local.get $c) (i32.const 1)))
    (br $cl)))`;
}

/** Byte address of input element (hh, column) of the current plane. */
const AT = (col: string) =>
  `(i32.add (local.get $plane) (i32.shl (i32.add (i32.mul (local.get $hh) (local.get $w)) ${col}) (i32.const 2)))`;

const IM2COL_ROW = `
  (if (i32.ge_u (local.get $hh) (local.get $h))
    (then (memory.fill (local.get $row) (i32.const 0) (i32.shl (local.get $wo) (i32.const 2))))
    (else (if (i32.eq (local.get $sw) (i32.const 1))
      (then
        (memory.fill (local.get $row) (i32.const 0) (i32.shl (local.get $j0) (i32.const 2)))
        (memory.copy
          (i32.add (local.get $row) (i32.shl (local.get $j0) (i32.const 2)))
          ${AT("(i32.add (local.get $off) (local.get $j0))")}
          (i32.shl (i32.sub (local.get $j1) (local.get $j0)) (i32.const 2)))
        (memory.fill (i32.add (local.get $row) (i32.shl (local.get $j1) (i32.const 2)))
          (i32.const 0) (i32.shl (i32.sub (local.get $wo) (local.get $j1)) (i32.const 2))))
      (else
        (local.set $j (i32.const 0))
        (local.set $ww (local.get $off))
        (local.set $dst (local.get $row))
        (block $jd (loop $jl
          (br_if $jd (i32.ge_u (local.get $j) (local.get $wo)))
          (if (i32.lt_u (local.get $ww) (local.get $w))
            (then (f32.store (local.get $dst) (f32.load ${AT("(local.get $ww)")})))
            (else (f32.store (local.get $dst) (f32.const 0))))
          (local.set $ww (i32.add (local.get $ww) (local.get $sw)))
          (local.set $dst (i32.add (local.get $dst) (i32.const 4)))
          (local.set $j (i32.add (local.get $j) (i32.const 1)))
          (br $jl)))))))`;

const COL2IM_ROW = `
  (if (i32.lt_u (local.get $hh) (local.get $h)) (then
    (if (i32.eq (local.get $sw) (i32.const 1))
      (then
        (local.set $src (i32.add (local.get $row) (i32.shl (local.get $j0) (i32.const 2))))
        (local.set $dst ${AT("(i32.add (local.get $off) (local.get $j0))")})
        (local.set $end (i32.add (local.get $src)
          (i32.shl (i32.and (i32.sub (local.get $j1) (local.get $j0)) (i32.const -4)) (i32.const 2))))
        (block $vd2 (loop $vl2
          (br_if $vd2 (i32.ge_u (local.get $src) (local.get $end)))
          (v128.store (local.get $dst)
            (f32x4.add (v128.load (local.get $dst)) (v128.load (local.get $src))))
          (local.set $src (i32.add (local.get $src) (i32.const 16)))
          (local.set $dst (i32.add (local.get $dst) (i32.const 16)))
          (br $vl2)))
        (local.set $end (i32.add (local.get $row) (i32.shl (local.get $j1) (i32.const 2))))
        (block $sd (loop $sl
          (br_if $sd (i32.ge_u (local.get $src) (local.get $end)))
          (f32.store (local.get $dst) (f32.add (f32.load (local.get $dst)) (f32.load (local.get $src))))
          (local.set $src (i32.add (local.get $src) (i32.const 4)))
          (local.set $dst (i32.add (local.get $dst) (i32.const 4)))
          (br $sl))))
      (else
        (local.set $j (i32.const 0))
        (local.set $ww (local.get $off))
        (local.set $src (local.get $row))
        (block $jd (loop $jl
          (br_if $jd (i32.ge_u (local.get $j) (local.get $wo)))
          (if (i32.lt_u (local.get $ww) (local.get $w)) (then
            (local.set $dst ${AT("(local.get $ww)")})
            (f32.store (local.get $dst) (f32.add (f32.load (local.get $dst)) (f32.load (local.get $src))))))
          (local.set $ww (i32.add (local.get $ww) (local.get $sw)))
          (local.set $src (i32.add (local.get $src) (i32.const 4)))
          (local.set $j (i32.add (local.get $j) (i32.const 1)))
          (br $jl)))))))`;

/** Parameters of `im2colPadded` and `col2imPadded` after their two pointers. */
const PADDED_PARAMS = `(param $cg i32) (param $hp i32) (param $wp i32) (param $kh i32)
    (param $kw i32) (param $sh i32) (param $dh i32) (param $dw i32) (param $ho i32) (param $wo i32)
    (param $ld i32)`;

const PADDED_LOCALS = `(local $c i32) (local $u i32) (local $v i32) (local $i i32)
  (local $plane i32) (local $start i32) (local $src i32) (local $dst i32) (local $end i32)
  (local $rowb i32) (local $step i32) (local $skip i32)`;

/**
 * The loops of the padded pair over channel c, kernel row u, kernel column
 * v and output row i; \`body\` runs per window row with \`$start\` its first
 * element in the padded plane and \`$col\` its row of the column matrix, and
 * leaves \`$col\` at the next row (\`$rowb\`: a row's bytes).
 */
function paddedLoops(body: string): string {
  return `
  (local.set $rowb (i32.shl (local.get $wo) (i32.const 2)))
  (local.set $step (i32.shl (i32.mul (local.get $sh) (local.get $wp)) (i32.const 2)))
  ${SKIP}
  (local.set $plane (local.get $xp))
  (block $cd (loop $cl
    (br_if $cd (i32.ge_u (local.get $c) (local.get $cg)))
    (local.set $u (i32.const 0))
    (block $ud (loop $ul
      (br_if $ud (i32.ge_u (local.get $u) (local.get $kh)))
      (local.set $v (i32.const 0))
      (block $vd (loop $vl
        (br_if $vd (i32.ge_u (local.get $v) (local.get $kw)))
        (local.set $start (i32.add (local.get $plane) (i32.shl (i32.add
          (i32.mul (i32.mul (local.get $u) (local.get $dh)) (local.get $wp))
          (i32.mul (local.get $v) (local.get $dw))) (i32.const 2))))
        (local.set $i (local.get $ho))
        (block $id (loop $il
          (br_if $id (i32.eqz (local.get $i)))
          ${body}
          (local.set $start (i32.add (local.get $start) (local.get $step)))
          (local.set $i (i32.sub (local.get $i) (i32.const 1)))
          (br $il)))
        (local.set $col (i32.add (local.get $col) (local.get $skip)))
        (local.set $v (i32.add (local.get $v) (i32.const 1)))
        (br $vl)))
      (local.set $u (i32.add (local.get $u) (i32.const 1)))
      (br $ul)))
    (local.set $plane (i32.add (local.get $plane)
      (i32.shl (i32.mul (local.get $hp) (local.get $wp)) (i32.const 2))))
    (local.set $c (i32.add (local.get $c) (i32.const 1)))
    (br $cl)))`;
}

/**
 * Stride 1 along the width, in two passes without per-row bulk-memory calls
 * (each costs about 10 ns in V8, three per row of the general \`im2col\`):
 * \`pad(x, xp, cg, h, w, pt, pl, hp, wp)\` writes the channels' planes zero
 * padded to \`[hp, wp]\` (rows of the padded plane start pt rows up, pl
 * columns left), and \`im2colPadded(xp, col, cg, hp, wp, kh, kw, sh, dh, dw,
 * ho, wo, ld)\` copies every window row from it, four floats per vector (a
 * row's last vector may run up to 3 floats past the row: into the next one,
 * written after it, or into what follows the column matrix's row, where the
 * caller leaves 16 bytes).
 */
const PADDED = `
(func (export "pad") (param $x i32) (param $xp i32) (param $cg i32) (param $h i32) (param $w i32)
    (param $pt i32) (param $pl i32) (param $hp i32) (param $wp i32)
  (local $c i32) (local $r i32) (local $hh i32) (local $n i32) (local $plane i32) (local $src i32)
  (memory.fill (local.get $xp) (i32.const 0)
    (i32.shl (i32.mul (local.get $cg) (i32.mul (local.get $hp) (local.get $wp))) (i32.const 2)))
  ;; floats of a source row that land inside the padded row
  (local.set $n (i32.sub (local.get $wp) (local.get $pl)))
  (if (i32.gt_s (local.get $n) (local.get $w)) (then (local.set $n (local.get $w))))
  (if (i32.le_s (local.get $n) (i32.const 0)) (then (return)))
  (local.set $plane (local.get $xp))
  (local.set $src (local.get $x))
  (block $cd (loop $cl
    (br_if $cd (i32.ge_u (local.get $c) (local.get $cg)))
    (local.set $hh (i32.const 0))
    (block $hd (loop $hl
      (br_if $hd (i32.ge_u (local.get $hh) (local.get $h)))
      (local.set $r (i32.add (local.get $hh) (local.get $pt)))
      (br_if $hd (i32.ge_s (local.get $r) (local.get $hp)))
      (memory.copy
        (i32.add (local.get $plane)
          (i32.shl (i32.add (i32.mul (local.get $r) (local.get $wp)) (local.get $pl)) (i32.const 2)))
        (i32.add (local.get $src) (i32.shl (i32.mul (local.get $hh) (local.get $w)) (i32.const 2)))
        (i32.shl (local.get $n) (i32.const 2)))
      (local.set $hh (i32.add (local.get $hh) (i32.const 1)))
      (br $hl)))
    (local.set $plane (i32.add (local.get $plane)
      (i32.shl (i32.mul (local.get $hp) (local.get $wp)) (i32.const 2))))
    (local.set $src (i32.add (local.get $src)
      (i32.shl (i32.mul (local.get $h) (local.get $w)) (i32.const 2))))
    (local.set $c (i32.add (local.get $c) (i32.const 1)))
    (br $cl)))
)
(func (export "im2colPadded") (param $xp i32) (param $col i32) ${PADDED_PARAMS}
  ${PADDED_LOCALS}
  ${
  paddedLoops(`
          (local.set $src (local.get $start))
          (local.set $end (i32.add (local.get $col) (local.get $rowb)))
          (loop $jl
            (v128.store (local.get $col) (v128.load (local.get $src)))
            (local.set $col (i32.add (local.get $col) (i32.const 16)))
            (local.set $src (i32.add (local.get $src) (i32.const 16)))
            (br_if $jl (i32.lt_u (local.get $col) (local.get $end))))
          ;; the last vector may have run past the row: the next row starts at its true end
          (local.set $col (local.get $end))`)
}
)`;

/**
 * The way back at width stride 1: \`col2imPadded(col, xp, cg, hp, wp, kh, kw,
 * sh, dh, dw, ho, wo, ld)\` zeroes the padded planes at xp and adds every window
 * row of col into them (vectors, then a scalar tail: no row spills into the
 * next), and \`unpad(xp, dx, cg, h, w, pt, pl, hp, wp)\` copies the planes'
 * inner rows into dx (elements no window reaches are left as they are).
 */
const PADDED_BACK = `
(func (export "col2imPadded") (param $col i32) (param $xp i32) ${PADDED_PARAMS}
  ${PADDED_LOCALS} (local $vend i32)
  (memory.fill (local.get $xp) (i32.const 0)
    (i32.shl (i32.mul (local.get $cg) (i32.mul (local.get $hp) (local.get $wp))) (i32.const 2)))
  ${
  paddedLoops(`
          (local.set $dst (local.get $start))
          (local.set $end (i32.add (local.get $col) (local.get $rowb)))
          (local.set $vend (i32.add (local.get $col) (i32.and (local.get $rowb) (i32.const -16))))
          (block $jd (loop $jl
            (br_if $jd (i32.ge_u (local.get $col) (local.get $vend)))
            (v128.store (local.get $dst)
              (f32x4.add (v128.load (local.get $dst)) (v128.load (local.get $col))))
            (local.set $col (i32.add (local.get $col) (i32.const 16)))
            (local.set $dst (i32.add (local.get $dst) (i32.const 16)))
            (br $jl)))
          (block $sd (loop $sl
            (br_if $sd (i32.ge_u (local.get $col) (local.get $end)))
            (f32.store (local.get $dst) (f32.add (f32.load (local.get $dst)) (f32.load (local.get $col))))
            (local.set $col (i32.add (local.get $col) (i32.const 4)))
            (local.set $dst (i32.add (local.get $dst) (i32.const 4)))
            (br $sl)))`)
}
)
(func (export "unpad") (param $xp i32) (param $x i32) (param $cg i32) (param $h i32) (param $w i32)
    (param $pt i32) (param $pl i32) (param $hp i32) (param $wp i32)
  (local $c i32) (local $hh i32) (local $n i32) (local $rows i32) (local $plane i32) (local $dst i32)
  (local.set $n (i32.sub (local.get $wp) (local.get $pl)))
  (if (i32.gt_s (local.get $n) (local.get $w)) (then (local.set $n (local.get $w))))
  (if (i32.le_s (local.get $n) (i32.const 0)) (then (return)))
  (local.set $rows (i32.sub (local.get $hp) (local.get $pt)))
  (if (i32.gt_s (local.get $rows) (local.get $h)) (then (local.set $rows (local.get $h))))
  (local.set $plane (local.get $xp))
  (local.set $dst (local.get $x))
  (block $cd (loop $cl
    (br_if $cd (i32.ge_u (local.get $c) (local.get $cg)))
    (local.set $hh (i32.const 0))
    (block $hd (loop $hl
      (br_if $hd (i32.ge_s (local.get $hh) (local.get $rows)))
      (memory.copy
        (i32.add (local.get $dst) (i32.shl (i32.mul (local.get $hh) (local.get $w)) (i32.const 2)))
        (i32.add (local.get $plane) (i32.shl (i32.add
          (i32.mul (i32.add (local.get $hh) (local.get $pt)) (local.get $wp)) (local.get $pl))
          (i32.const 2)))
        (i32.shl (local.get $n) (i32.const 2)))
      (local.set $hh (i32.add (local.get $hh) (i32.const 1)))
      (br $hl)))
    (local.set $plane (i32.add (local.get $plane)
      (i32.shl (i32.mul (local.get $hp) (local.get $wp)) (i32.const 2))))
    (local.set $dst (i32.add (local.get $dst)
      (i32.shl (i32.mul (local.get $h) (local.get $w)) (i32.const 2))))
    (local.set $c (i32.add (local.get $c) (i32.const 1)))
    (br $cl)))
)`;

/**
 * \`blocks(src, dst, rows, cols, len, srs, scs, drs, dcs)\`: for every (r, c)
 * of a rows × cols grid, the \`len\` floats at \`src + 4·(r·srs + c·scs)\` to
 * \`dst + 4·(r·drs + c·dcs)\` (strides in floats; vectors, then a scalar
 * tail). The regions must not overlap.
 */
const BLOCKS = `
(func (export "blocks") (param $src i32) (param $dst i32) (param $rows i32) (param $cols i32)
    (param $len i32) (param $srs i32) (param $scs i32) (param $drs i32) (param $dcs i32)
  (local $r i32) (local $c i32) (local $s i32) (local $d i32) (local $e i32) (local $ve i32)
  (local $bytes i32)
  (local.set $bytes (i32.shl (local.get $len) (i32.const 2)))
  (block $rd (loop $rl
    (br_if $rd (i32.ge_u (local.get $r) (local.get $rows)))
    (local.set $c (i32.const 0))
    (block $cd (loop $cl
      (br_if $cd (i32.ge_u (local.get $c) (local.get $cols)))
      (local.set $s (i32.add (local.get $src) (i32.shl (i32.add
        (i32.mul (local.get $r) (local.get $srs)) (i32.mul (local.get $c) (local.get $scs)))
        (i32.const 2))))
      (local.set $d (i32.add (local.get $dst) (i32.shl (i32.add
        (i32.mul (local.get $r) (local.get $drs)) (i32.mul (local.get $c) (local.get $dcs)))
        (i32.const 2))))
      (local.set $e (i32.add (local.get $s) (local.get $bytes)))
      (local.set $ve (i32.add (local.get $s) (i32.and (local.get $bytes) (i32.const -16))))
      (block $vd (loop $vl
        (br_if $vd (i32.ge_u (local.get $s) (local.get $ve)))
        (v128.store (local.get $d) (v128.load (local.get $s)))
        (local.set $s (i32.add (local.get $s) (i32.const 16)))
        (local.set $d (i32.add (local.get $d) (i32.const 16)))
        (br $vl)))
      (block $sd (loop $sl
        (br_if $sd (i32.ge_u (local.get $s) (local.get $e)))
        (f32.store (local.get $d) (f32.load (local.get $s)))
        (local.set $s (i32.add (local.get $s) (i32.const 4)))
        (local.set $d (i32.add (local.get $d) (i32.const 4)))
        (br $sl)))
      (local.set $c (i32.add (local.get $c) (i32.const 1)))
      (br $cl)))
    (local.set $r (i32.add (local.get $r) (i32.const 1)))
    (br $rl)))
)`;

/**
 * The WAT of `im2col(x, col, ...)`, `col2im(col, dx, ...)` (dx accumulated),
 * the stride-1 pairs `pad` + `im2colPadded`, `col2imPadded` + `unpad`, and
 * `blocks`.
 */
export function convWat(): string {
  return `${PADDED}
${PADDED_BACK}
${BLOCKS}
(func (export "im2col") (param $x i32) (param $col i32) ${PARAMS}
  ${LOCALS}
  (local.set $plane (local.get $x))
  (local.set $row (local.get $col))
  ${SKIP}
  ${loops(IM2COL_ROW)}
)
(func (export "col2im") (param $col i32) (param $x i32) ${PARAMS}
  ${LOCALS}
  (local.set $plane (local.get $x))
  (local.set $row (local.get $col))
  ${SKIP}
  ${loops(COL2IM_ROW)}
)`;
}
