/**
 * Issue 18's question about the gemm micro-kernel: which register tile, and
 * what Deno's explicit WebAssembly bounds checks cost it.
 *
 * Each variant is a gemm over operands already packed in memory (A in
 * slivers of MR rows, `[k][MR]`; B in panels of NR columns, `[k][NR]`), the
 * micro-kernel unrolled four steps of k and storing `C += acc` per tile: the
 * 4×8 tile broadcasting A's lanes by shuffles (three loads per step), by
 * shuffles for three rows and `load32_splat` for the fourth (the backend's
 * `$mk`), half and half, or all by `load32_splat` (one load per row: the
 * backend's `$mkSplat`), and wider tiles (5×8, 6×8, 4×12, 3×16, which need
 * more than x86's 16 vector registers unless A is broadcast by splats; 5×8
 * and 6×8 also with the first rows by shuffles and the rest by splats). A
 * variant loads A's vectors only for the rows it shuffles. Deno runs WebAssembly without V8's trap
 * handler, so every load and store carries a bounds check; the bench runs the
 * variants in this process (checks on) and in a child started with
 * `--v8-flags=--no-wasm-bounds-checks` (off: V8's test-only flag, never for
 * real use), alternating, and prints the median and best GFLOP/s of each next
 * to the register-resident `relaxed_madd` peak of `bench/wasm_peak.ts`.
 *
 * Run: `deno run -A bench/microkernel_tiles.ts [rounds] [M N K]` (default 15
 * rounds, 512³).
 *
 * @module
 */

import { assemble, peakWat } from "./_wat.ts";

interface Variant {
  name: string;
  mr: number;
  nr: number;
  splat: boolean;
  /** Rows from this one on are broadcast by splats, the ones before by shuffles (default: all one way). */
  splatFrom?: number;
}

const VARIANTS: Variant[] = [
  { name: "4x8 shuffles", mr: 4, nr: 8, splat: false },
  { name: "4x8 3 shuffles, 1 splat (the backend's $mk)", mr: 4, nr: 8, splat: false, splatFrom: 3 },
  { name: "4x8 2 shuffles, 2 splats", mr: 4, nr: 8, splat: false, splatFrom: 2 },
  { name: "4x8 splats (the backend's $mkSplat)", mr: 4, nr: 8, splat: true },
  { name: "5x8 splat", mr: 5, nr: 8, splat: true },
  { name: "5x8 3 shuffles, 2 splats", mr: 5, nr: 8, splat: false, splatFrom: 3 },
  { name: "5x8 4 shuffles, 1 splat", mr: 5, nr: 8, splat: false, splatFrom: 4 },
  { name: "6x8 3 shuffles, 3 splats", mr: 6, nr: 8, splat: false, splatFrom: 3 },
  { name: "6x8 splat", mr: 6, nr: 8, splat: true },
  { name: "6x8 shuffle", mr: 6, nr: 8, splat: false },
  { name: "4x12 splat", mr: 4, nr: 12, splat: true },
  { name: "4x12 shuffle", mr: 4, nr: 12, splat: false },
  { name: "3x16 splat", mr: 3, nr: 16, splat: true },
];
const K_UNROLL = 4;

function microKernel(v: Variant): string {
  const R = [...Array(v.mr).keys()], H = [...Array(v.nr / 4).keys()];
  const L: string[] = [];
  L.push(
    `(func $mk (param $ap i32) (param $bp i32) (param $c i32) (param $ldc i32) (param $k i32)`,
  );
  for (const r of R) L.push(`  ${H.map((h) => `(local $c${r}${h} v128)`).join(" ")}`);
  L.push(`  ${H.map((h) => `(local $b${h} v128)`).join(" ")} (local $t v128)`);
  L.push(`  (local $a0 v128) (local $a1 v128)`);
  const step = (s: number) => {
    for (const h of H) {
      L.push(`    (local.set $b${h} (v128.load offset=${16 * h + 4 * v.nr * s} (local.get $bp)))`);
    }
    if (!v.splat) {
      const shuffled = Math.min(v.splatFrom ?? v.mr, v.mr);
      for (let q = 0; q < Math.ceil(shuffled / 4); q++) {
        L.push(
          `    (local.set $a${q} (v128.load offset=${4 * v.mr * s + 16 * q} (local.get $ap)))`,
        );
      }
    }
    for (const r of R) {
      const lane = [0, 1, 2, 3].map((b) => 4 * (r % 4) + b).join(" ");
      const a = `$a${r >> 2}`;
      L.push(
        v.splat || r >= (v.splatFrom ?? v.mr)
          ? `    (local.set $t (v128.load32_splat offset=${4 * (v.mr * s + r)} (local.get $ap)))`
          : `    (local.set $t (i8x16.shuffle ${lane} ${lane} ${lane} ${lane} (local.get ${a}) (local.get ${a})))`,
      );
      for (const h of H) {
        L.push(
          `    (local.set $c${r}${h} (f32x4.relaxed_madd (local.get $t) (local.get $b${h}) (local.get $c${r}${h})))`,
        );
      }
    }
  };
  L.push(`  (loop $l`);
  for (let s = 0; s < K_UNROLL; s++) step(s);
  L.push(`    (local.set $ap (i32.add (local.get $ap) (i32.const ${4 * v.mr * K_UNROLL})))`);
  L.push(`    (local.set $bp (i32.add (local.get $bp) (i32.const ${4 * v.nr * K_UNROLL})))`);
  L.push(`    (local.set $k (i32.sub (local.get $k) (i32.const ${K_UNROLL})))`);
  L.push(`    (br_if $l (i32.gt_s (local.get $k) (i32.const 0))))`);
  for (const r of R) {
    const row = `(i32.add (local.get $c) (i32.mul (local.get $ldc) (i32.const ${r})))`;
    for (const h of H) {
      L.push(
        `  (v128.store offset=${16 * h} ${row} (f32x4.add (v128.load offset=${
          16 * h
        } ${row}) (local.get $c${r}${h})))`,
      );
    }
  }
  L.push(`)`);
  return L.join("\n");
}

function moduleWat(v: Variant): string {
  return `(module (memory (export "memory") 1)
${microKernel(v)}
(func (export "gemm") (param $apk i32) (param $bpk i32) (param $c i32) (param $m i32) (param $k i32)
    (param $n i32)
  (local $i i32) (local $j i32) (local $ap i32) (local $bp i32) (local $ldc i32) (local $ci i32)
  (local.set $ldc (i32.shl (local.get $n) (i32.const 2)))
  (local.set $bp (local.get $bpk))
  (block $jd (loop $jl
    (br_if $jd (i32.ge_u (local.get $j) (local.get $n)))
    (local.set $i (i32.const 0))
    (local.set $ap (local.get $apk))
    (local.set $ci (i32.add (local.get $c) (i32.shl (local.get $j) (i32.const 2))))
    (block $id (loop $il
      (br_if $id (i32.ge_u (local.get $i) (local.get $m)))
      (call $mk (local.get $ap) (local.get $bp) (local.get $ci) (local.get $ldc) (local.get $k))
      (local.set $ap (i32.add (local.get $ap) (i32.mul (local.get $k) (i32.const ${4 * v.mr}))))
      (local.set $ci (i32.add (local.get $ci) (i32.mul (local.get $ldc) (i32.const ${v.mr}))))
      (local.set $i (i32.add (local.get $i) (i32.const ${v.mr})))
      (br $il)))
    (local.set $bp (i32.add (local.get $bp) (i32.mul (local.get $k) (i32.const ${4 * v.nr}))))
    (local.set $j (i32.add (local.get $j) (i32.const ${v.nr})))
    (br $jl)))
))`;
}

const median = (xs: number[]) => [...xs].sort((p, q) => p - q)[xs.length >> 1];

/** GFLOP/s samples of every variant and of the peak, `rounds` interleaved rounds. */
function measure(rounds: number, M: number, N: number, K: number) {
  const peak = new WebAssembly.Instance(
    new WebAssembly.Module(assemble(peakWat(12, true), true)),
    {},
  )
    .exports as { run(n: number): number };
  const runs = VARIANTS.map((v) => {
    const x = new WebAssembly.Instance(new WebAssembly.Module(assemble(moduleWat(v), true)), {})
      .exports as { gemm(...a: number[]): void; memory: WebAssembly.Memory };
    const m = Math.floor(M / v.mr) * v.mr, n = Math.floor(N / v.nr) * v.nr;
    const apk = 0, bpk = m * K * 4, c = bpk + n * K * 4, need = c + m * n * 4 + 64;
    x.memory.grow(Math.ceil(need / 65536));
    const f = new Float32Array(x.memory.buffer, 0, c >> 2);
    for (let i = 0; i < f.length; i++) f[i] = ((i * 7919) % 1000) / 1000 - 0.5;
    return { v, run: () => x.gemm(apk, bpk, c, m, K, n), flops: 2 * m * n * K, g: [] as number[] };
  });
  const peakG: number[] = [];
  for (const r of runs) r.run();
  for (let round = 0; round < rounds; round++) {
    let t0 = performance.now();
    peak.run(1e6);
    peakG.push((1e6 * 12 * 8 * 8) / ((performance.now() - t0) * 1e6));
    for (const r of runs) {
      t0 = performance.now();
      r.run();
      r.g.push(r.flops / ((performance.now() - t0) * 1e6));
    }
  }
  return { peak: peakG, variants: runs.map((r) => ({ name: r.v.name, g: r.g })) };
}

const [rounds, M, N, K] = [15, 512, 512, 512].map((d, i) =>
  Deno.args[i] === undefined || Deno.args[i] === "--child" ? d : Number(Deno.args[i])
);
if (Deno.args.includes("--child")) {
  console.log(JSON.stringify(measure(rounds, M, N, K)));
} else {
  const on: ReturnType<typeof measure>[] = [], off: typeof on = [];
  const child = async () => {
    const out = await new Deno.Command(Deno.execPath(), {
      args: [
        "run",
        "-A",
        "--v8-flags=--no-wasm-bounds-checks",
        new URL(import.meta.url).pathname,
        ...[rounds, M, N, K].map(String),
        "--child",
      ],
      stderr: "inherit",
    }).output();
    if (!out.success) throw new Error("the child without bounds checks failed");
    return JSON.parse(new TextDecoder().decode(out.stdout));
  };
  const load = Deno.loadavg().map((x) => x.toFixed(2)).join(" ");
  // alternating halves: the host's slow and fast spells fall on both
  for (let half = 0; half < 2; half++) {
    on.push(measure(Math.ceil(rounds / 2), M, N, K));
    off.push(await child());
  }
  const all = (xs: typeof on, pick: (r: (typeof on)[0]) => number[]) => xs.flatMap(pick);
  const cpu = (() => {
    try {
      return /model name\s*:\s*(.*)/.exec(Deno.readTextFileSync("/proc/cpuinfo"))?.[1] ?? "?";
    } catch {
      return "?";
    }
  })();
  console.log(
    `micro-kernel tiles, ${new Date().toISOString()}, ${cpu}, Deno ${Deno.version.deno}, ` +
      `V8 ${Deno.version.v8}, load ${load}, ${M}x${N}x${K}, ${
        2 * Math.ceil(rounds / 2)
      } rounds each\n`,
  );
  console.log(
    "| variant | bounds checks on: median | best | % of peak (median) | off: median | best | % of peak (median) |",
  );
  console.log("| --- | --: | --: | --: | --: | --: | --: |");
  const pOn = median(all(on, (r) => r.peak)), pOff = median(all(off, (r) => r.peak));
  console.log(
    `| peak (12 accumulators, register-resident) | ${pOn.toFixed(1)} | ${
      Math.max(...all(on, (r) => r.peak)).toFixed(1)
    } | 100% | ${pOff.toFixed(1)} | ${Math.max(...all(off, (r) => r.peak)).toFixed(1)} | 100% |`,
  );
  for (let i = 0; i < VARIANTS.length; i++) {
    const a = all(on, (r) => r.variants[i].g), b = all(off, (r) => r.variants[i].g);
    console.log(
      `| ${VARIANTS[i].name} | ${median(a).toFixed(1)} | ${Math.max(...a).toFixed(1)} | ${
        (100 * median(a) / pOn).toFixed(0)
      }% | ${median(b).toFixed(1)} | ${Math.max(...b).toFixed(1)} | ${
        (100 * median(b) / pOff).toFixed(0)
      }% |`,
    );
  }
}
