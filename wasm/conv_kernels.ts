/**
 * WAT of the convolution helpers of the `wasm` backend: `im2col` (gather the
 * windows of one image's channel block into columns `[cg·kh·kw, ho·wo]`) and
 * `col2im` (scatter-add such columns back). The products around them run on
 * the module's `gemm`. Rows at stride 1 are bulk copies (`memory.copy`,
 * `memory.fill`) and SIMD adds; other strides go element by element.
 *
 * Both take byte offsets and the sizes of `core/conv_ops.ts`'s geometry.
 *
 * @module
 */

const PARAMS = `(param $cg i32) (param $h i32) (param $w i32)
    (param $kh i32) (param $kw i32) (param $sh i32) (param $sw i32) (param $pt i32) (param $pl i32)
    (param $dh i32) (param $dw i32) (param $ho i32) (param $wo i32)`;

const LOCALS = `(local $c i32) (local $u i32) (local $v i32) (local $i i32) (local $j i32)
  (local $plane i32) (local $hh i32) (local $off i32) (local $j0 i32) (local $j1 i32)
  (local $ww i32) (local $row i32) (local $src i32) (local $dst i32) (local $end i32)`;

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

/** The WAT of `im2col(x, col, ...)` and `col2im(col, dx, ...)` (dx accumulated). */
export function convWat(): string {
  return `
(func (export "im2col") (param $x i32) (param $col i32) ${PARAMS}
  ${LOCALS}
  (local.set $plane (local.get $x))
  (local.set $row (local.get $col))
  ${loops(IM2COL_ROW)}
)
(func (export "col2im") (param $col i32) (param $x i32) ${PARAMS}
  ${LOCALS}
  (local.set $plane (local.get $x))
  (local.set $row (local.get $col))
  ${loops(COL2IM_ROW)}
)`;
}
