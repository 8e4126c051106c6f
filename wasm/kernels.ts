/**
 * Source of the `wasm` backend: a generator that writes the WebAssembly text
 * (WAT) of every kernel. Micro-kernels are unrolled here (one function per
 * row count) instead of by hand; `deno task build:wasm` assembles the text
 * with `wabt` and embeds the bytes in `plugins/backends/_wasm_bytes.ts`.
 *
 * Memory is a scratch arena owned by the JS side: it copies operands in,
 * calls a kernel with byte offsets, and copies results out.
 *
 * @module
 */

/** Rows of the matmul micro-kernel (register tile MR x 8). */
export const MR = 4;

/** Options of {@linkcode kernelsWat}. */
export interface WatOptions {
  /** Use `f32x4.relaxed_madd` (relaxed SIMD) instead of separate mul + add. */
  relaxed: boolean;
}

function madd(relaxed: boolean, a: string, b: string, c: string): string {
  return relaxed ? `(f32x4.relaxed_madd ${a} ${b} ${c})` : `(f32x4.add (f32x4.mul ${a} ${b}) ${c})`;
}

/**
 * Micro-kernel for `rows` rows and one 8-column panel of packed B:
 * `C[r, 0..cols) (+)= sum_p A(r, p) * Bpanel[p, 0..8) (+ bias)`.
 * A(r, p) is read at `a + r*rs + p*ps` (bytes), so the same kernel serves A
 * and Aᵀ. flags: bit 0 = accumulate into C, bit 1 = add bias.
 */
function microKernel(rows: number, relaxed: boolean): string {
  const R = [...Array(rows).keys()];
  const L: string[] = [];
  L.push(
    `(func $mk${rows} (param $a i32) (param $rs i32) (param $ps i32) (param $bp i32)` +
      ` (param $c i32) (param $ldc i32) (param $k i32) (param $cols i32) (param $flags i32)` +
      ` (param $bias i32)`,
  );
  for (const r of R) L.push(`  (local $a${r} i32) (local $c${r}0 v128) (local $c${r}1 v128)`);
  L.push(`  (local $b0 v128) (local $b1 v128) (local $t v128) (local $v0 v128) (local $v1 v128)`);
  L.push(`  (local $cr i32)`);
  for (const r of R) {
    L.push(
      `  (local.set $a${r} (i32.add (local.get $a) (i32.mul (local.get $rs) (i32.const ${r}))))`,
    );
  }
  L.push(`  (block $done (loop $lp`);
  L.push(`    (br_if $done (i32.eqz (local.get $k)))`);
  L.push(`    (local.set $b0 (v128.load (local.get $bp)))`);
  L.push(`    (local.set $b1 (v128.load offset=16 (local.get $bp)))`);
  for (const r of R) {
    L.push(`    (local.set $t (v128.load32_splat (local.get $a${r})))`);
    L.push(
      `    (local.set $c${r}0 ${
        madd(relaxed, "(local.get $t)", "(local.get $b0)", `(local.get $c${r}0)`)
      })`,
    );
    L.push(
      `    (local.set $c${r}1 ${
        madd(relaxed, "(local.get $t)", "(local.get $b1)", `(local.get $c${r}1)`)
      })`,
    );
    L.push(`    (local.set $a${r} (i32.add (local.get $a${r}) (local.get $ps)))`);
  }
  L.push(`    (local.set $bp (i32.add (local.get $bp) (i32.const 32)))`);
  L.push(`    (local.set $k (i32.sub (local.get $k) (i32.const 1)))`);
  L.push(`    (br $lp)))`);
  // Epilogue: accumulate (C + AB, as the js reference adds into C), then bias.
  for (const r of R) {
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
    L.push(`  ))`);
  }
  L.push(`)`);
  return L.join("\n");
}

function gemm(): string {
  const calls = [...Array(MR).keys()].map((i) => i + 1).map((r) =>
    `(call $mk${r} (local.get $ai) (local.get $rs) (local.get $ps) (local.get $panel)` +
    ` (local.get $ci) (local.get $ldc) (local.get $k) (local.get $cols) (local.get $flags)` +
    ` (local.get $bj))`
  );
  // if-chain on rows: rows == MR is the hot path.
  let chain = calls[0];
  for (let r = 2; r <= MR; r++) {
    chain = `(if (i32.eq (local.get $rows) (i32.const ${r})) (then ${
      calls[r - 1]
    }) (else ${chain}))`;
  }
  return `
;; C[m, n] (+)= A[m, k] . Bpacked (+ bias). A(i, p) at a + i*rs + p*ps bytes.
(func (export "gemm") (param $a i32) (param $rs i32) (param $ps i32) (param $bpk i32)
    (param $c i32) (param $m i32) (param $k i32) (param $n i32) (param $flags i32) (param $bias i32)
  (local $j i32) (local $i i32) (local $cols i32) (local $rows i32) (local $panel i32)
  (local $ldc i32) (local $ai i32) (local $ci i32) (local $bj i32)
  (local.set $ldc (i32.shl (local.get $n) (i32.const 2)))
  (local.set $panel (local.get $bpk))
  (block $jd (loop $jl
    (br_if $jd (i32.ge_u (local.get $j) (local.get $n)))
    (local.set $cols (i32.sub (local.get $n) (local.get $j)))
    (if (i32.gt_u (local.get $cols) (i32.const 8)) (then (local.set $cols (i32.const 8))))
    (local.set $bj (i32.add (local.get $bias) (i32.shl (local.get $j) (i32.const 2))))
    (local.set $i (i32.const 0))
    (block $id (loop $il
      (br_if $id (i32.ge_u (local.get $i) (local.get $m)))
      (local.set $rows (i32.sub (local.get $m) (local.get $i)))
      (if (i32.gt_u (local.get $rows) (i32.const ${MR})) (then (local.set $rows (i32.const ${MR}))))
      (local.set $ai (i32.add (local.get $a) (i32.mul (local.get $i) (local.get $rs))))
      (local.set $ci (i32.add (local.get $c)
        (i32.shl (i32.add (i32.mul (local.get $i) (local.get $n)) (local.get $j)) (i32.const 2))))
      ${chain}
      (local.set $i (i32.add (local.get $i) (i32.const ${MR})))
      (br $il)))
    (local.set $panel (i32.add (local.get $panel) (i32.shl (local.get $k) (i32.const 5))))
    (local.set $j (i32.add (local.get $j) (i32.const 8)))
    (br $jl)))
)`;
}

// Pack B (k x n, or its transpose stored n x k) into panels [ceil(n/8)][k][8], zero padded.
const packB = `
(func (export "packB") (param $b i32) (param $dst i32) (param $k i32) (param $n i32) (param $trans i32)
  (local $j i32) (local $p i32) (local $c i32) (local $jj i32) (local $src i32) (local $ldb i32)
  (local.set $ldb (i32.shl (local.get $n) (i32.const 2)))
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
                    (else (i32.add (i32.mul (local.get $p) (local.get $n)) (local.get $jj))))
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

/** SIMD body over `n` floats with a scalar tail; `vec`/`sca` compute from $x (and $y). */
function mapKernel(
  name: string,
  binary: boolean,
  vec: string,
  sca: string,
  params = "",
): string {
  const yParam = binary ? " (param $b i32)" : "";
  const yVec = binary ? "(local.set $y (v128.load (local.get $b)))" : "";
  const ySca = binary ? "(local.set $ys (f32.load (local.get $b)))" : "";
  const bInc = binary ? "(local.set $b (i32.add (local.get $b) (i32.const 16)))" : "";
  const bInc1 = binary ? "(local.set $b (i32.add (local.get $b) (i32.const 4)))" : "";
  return `
(func (export "${name}") (param $a i32)${yParam} (param $o i32) (param $n i32)${params}
  (local $x v128) (local $y v128) (local $xs f32) (local $ys f32) (local $end i32)
  (local.set $end (i32.add (local.get $a) (i32.shl (i32.and (local.get $n) (i32.const -4)) (i32.const 2))))
  (block $d (loop $l
    (br_if $d (i32.ge_u (local.get $a) (local.get $end)))
    (local.set $x (v128.load (local.get $a)))
    ${yVec}
    (v128.store (local.get $o) ${vec})
    (local.set $a (i32.add (local.get $a) (i32.const 16)))
    ${bInc}
    (local.set $o (i32.add (local.get $o) (i32.const 16)))
    (br $l)))
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
      `(v128.and ${Y} (v128.or (f32x4.gt ${X} ${ZERO}) (f32x4.ne ${X} ${X})))`,
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
      `(v128.and ${X} (v128.or (f32x4.gt ${X} ${ZERO}) (f32x4.ne ${X} ${X})))`,
      `(select ${XS} (f32.const 0) (i32.or (f32.gt ${XS} (f32.const 0)) (f32.ne ${XS} ${XS})))`,
    ],
  ];
  for (const [n, v, s] of un) out.push(mapKernel(n, false, v, s));
  return out.join("\n");
}

/**
 * The whole module as WebAssembly text.
 *
 * @example
 * ```ts ignore
 * const wat = kernelsWat({ relaxed: true });
 * ```
 */
export function kernelsWat(options: WatOptions): string {
  const kernels = [...Array(MR).keys()].map((r) => microKernel(r + 1, options.relaxed));
  return [
    `(module`,
    `(memory (export "memory") 1)`,
    ...kernels,
    gemm(),
    packB,
    elementwise(),
    `)`,
  ].join("\n");
}
