;; squarePlus's kernels for the wasm backend (examples/plugins/square_plus.ts):
;; float32 in and out, computed in f64x2 with the very operations of the plugin's
;; reference loops, so the results are their bits. Assembled with npm:wabt
;; (tests/examples/square_plus_kernel_test.ts checks the embedded bytes).
;; forward(x, y, n, b) and backward(x, g, out, n, b): byte offsets, n elements.
(module
  (memory (export "memory") 4)
  ;; y = x >= 0 ? (x + s)/2 : b/(2(s - x)), s = sqrt(x² + b), in f64 per lane
  (func $fwd (param $x v128) (param $b v128) (result v128)
    (local $s v128)
    (local.set $s (f64x2.sqrt (f64x2.add (f64x2.mul (local.get $x) (local.get $x)) (local.get $b))))
    (v128.bitselect
      (f64x2.mul (f64x2.add (local.get $x) (local.get $s)) (f64x2.splat (f64.const 0.5)))
      (f64x2.div (local.get $b) (f64x2.mul (f64x2.splat (f64.const 2)) (f64x2.sub (local.get $s) (local.get $x))))
      (f64x2.ge (local.get $x) (f64x2.splat (f64.const 0)))))
  (func (export "forward") (param $x i32) (param $y i32) (param $n i32) (param $b f64)
    (local $end i32) (local $bb v128)
    (local.set $bb (f64x2.splat (local.get $b)))
    (local.set $end (i32.add (local.get $x) (i32.shl (i32.and (local.get $n) (i32.const -2)) (i32.const 2))))
    (block $done (loop $pairs
      (br_if $done (i32.ge_u (local.get $x) (local.get $end)))
      (v128.store64_lane 0 (local.get $y) (f32x4.demote_f64x2_zero
        (call $fwd (f64x2.promote_low_f32x4 (v128.load64_zero (local.get $x))) (local.get $bb))))
      (local.set $x (i32.add (local.get $x) (i32.const 8)))
      (local.set $y (i32.add (local.get $y) (i32.const 8)))
      (br $pairs)))
    (if (i32.and (local.get $n) (i32.const 1))
      (then (v128.store32_lane 0 (local.get $y) (f32x4.demote_f64x2_zero
        (call $fwd (f64x2.promote_low_f32x4 (v128.load32_zero (local.get $x))) (local.get $bb)))))))
  ;; dx = g·(x >= 0 ? (1 + x/s)/2 : b/(2s(s - x)))
  (func $bwd (param $x v128) (param $g v128) (param $b v128) (result v128)
    (local $s v128)
    (local.set $s (f64x2.sqrt (f64x2.add (f64x2.mul (local.get $x) (local.get $x)) (local.get $b))))
    (f64x2.mul (local.get $g) (v128.bitselect
      (f64x2.mul (f64x2.add (f64x2.splat (f64.const 1)) (f64x2.div (local.get $x) (local.get $s)))
        (f64x2.splat (f64.const 0.5)))
      (f64x2.div (local.get $b)
        (f64x2.mul (f64x2.mul (f64x2.splat (f64.const 2)) (local.get $s)) (f64x2.sub (local.get $s) (local.get $x))))
      (f64x2.ge (local.get $x) (f64x2.splat (f64.const 0))))))
  (func (export "backward") (param $x i32) (param $g i32) (param $o i32) (param $n i32) (param $b f64)
    (local $end i32) (local $bb v128)
    (local.set $bb (f64x2.splat (local.get $b)))
    (local.set $end (i32.add (local.get $x) (i32.shl (i32.and (local.get $n) (i32.const -2)) (i32.const 2))))
    (block $done (loop $pairs
      (br_if $done (i32.ge_u (local.get $x) (local.get $end)))
      (v128.store64_lane 0 (local.get $o) (f32x4.demote_f64x2_zero (call $bwd
        (f64x2.promote_low_f32x4 (v128.load64_zero (local.get $x)))
        (f64x2.promote_low_f32x4 (v128.load64_zero (local.get $g))) (local.get $bb))))
      (local.set $x (i32.add (local.get $x) (i32.const 8)))
      (local.set $g (i32.add (local.get $g) (i32.const 8)))
      (local.set $o (i32.add (local.get $o) (i32.const 8)))
      (br $pairs)))
    (if (i32.and (local.get $n) (i32.const 1))
      (then (v128.store32_lane 0 (local.get $o) (f32x4.demote_f64x2_zero (call $bwd
        (f64x2.promote_low_f32x4 (v128.load32_zero (local.get $x)))
        (f64x2.promote_low_f32x4 (v128.load32_zero (local.get $g))) (local.get $bb)))))))
)
