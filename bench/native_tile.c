/*
 * The wasm backend's matmul tile in native code (issue 18): what the same
 * 4x8 micro-kernel on 128-bit vectors reaches without WebAssembly, and so
 * without Deno's explicit bounds checks (Deno runs WebAssembly without V8's
 * trap handler; denoland/deno#35658).
 *
 * Mirrors wasm/kernels.ts: A packed in slivers of 4 rows ([k][4] each), B in
 * panels of 8 columns ([k][8] each), every sliver of A against one panel
 * before the next panel; per step of k, B's two halves loaded and A's four
 * values broadcast, either three by shuffles of one vector load and the
 * fourth by a broadcast load (`$mk`) or all four by broadcast loads
 * (`$mkSplat`). SSE registers, FMA: the instructions V8 emits for
 * f32x4.relaxed_madd, i8x16.shuffle and v128.load32_splat, without the
 * compare and branch before each load.
 *
 * Also times a register-resident loop of 128-bit FMAs (12 accumulators), the
 * same peak bench/wasm_peak.ts measures in WebAssembly, and prints each
 * product as a fraction of it. Operands are packed once (the kernels' time
 * only: compare with wasm_peak.ts's "kernels" rows, which pack each call).
 *
 * Build and run (bench-only; needs gcc):
 *   gcc -O2 -mfma -mavx -o /tmp/native_tile bench/native_tile.c
 *   /tmp/native_tile [seconds per product, default 2]
 */
#include <immintrin.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}

#define LANE(v, l) _mm_shuffle_ps(v, v, _MM_SHUFFLE(l, l, l, l))

/* C[4][8] = sum_p Apk[p][0..4) x B[p][0..8), C rows ldc floats apart. */
static void tile(const float *ap, const float *bp, float *c, int ldc, int k, int splat) {
  __m128 c00 = _mm_setzero_ps(), c01 = c00, c10 = c00, c11 = c00;
  __m128 c20 = c00, c21 = c00, c30 = c00, c31 = c00;
  for (int p = 0; p < k; p++, ap += 4, bp += 8) {
    __m128 b0 = _mm_loadu_ps(bp), b1 = _mm_loadu_ps(bp + 4), t0, t1, t2;
    if (splat) {
      t0 = _mm_broadcast_ss(ap), t1 = _mm_broadcast_ss(ap + 1), t2 = _mm_broadcast_ss(ap + 2);
    } else {
      __m128 av = _mm_loadu_ps(ap);
      t0 = LANE(av, 0), t1 = LANE(av, 1), t2 = LANE(av, 2);
    }
    __m128 t3 = _mm_broadcast_ss(ap + 3);
    c00 = _mm_fmadd_ps(t0, b0, c00), c01 = _mm_fmadd_ps(t0, b1, c01);
    c10 = _mm_fmadd_ps(t1, b0, c10), c11 = _mm_fmadd_ps(t1, b1, c11);
    c20 = _mm_fmadd_ps(t2, b0, c20), c21 = _mm_fmadd_ps(t2, b1, c21);
    c30 = _mm_fmadd_ps(t3, b0, c30), c31 = _mm_fmadd_ps(t3, b1, c31);
  }
  _mm_storeu_ps(c, c00), _mm_storeu_ps(c + 4, c01), c += ldc;
  _mm_storeu_ps(c, c10), _mm_storeu_ps(c + 4, c11), c += ldc;
  _mm_storeu_ps(c, c20), _mm_storeu_ps(c + 4, c21), c += ldc;
  _mm_storeu_ps(c, c30), _mm_storeu_ps(c + 4, c31);
}

static int cmp(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

static double times[1 << 20];

/* Median (and best) GFLOP/s of the products m x k x n for `secs` seconds. */
static void product(const char *name, int m, int k, int n, int splat, double secs, double peak) {
  float *a = aligned_alloc(64, (size_t)m * k * 4), *b = aligned_alloc(64, (size_t)k * n * 4);
  float *c = aligned_alloc(64, (size_t)m * n * 4);
  for (size_t i = 0; i < (size_t)m * k; i++) a[i] = (float)(i % 7) * 0.1f;
  for (size_t i = 0; i < (size_t)k * n; i++) b[i] = (float)(i % 5) * 0.1f;
  int calls = 0;
  for (double t0 = now(); now() - t0 < secs && calls < (1 << 20);) {
    double s = now();
    for (int j = 0; j < n; j += 8) {
      for (int i = 0; i < m; i += 4) {
        tile(a + (size_t)i * k, b + (size_t)j * k, c + (size_t)i * n + j, n, k, splat);
      }
    }
    times[calls++] = now() - s;
  }
  qsort(times, calls, sizeof(double), cmp);
  double flops = 2.0 * m * k * n, med = flops / times[calls / 2] / 1e9, best = flops / times[0] / 1e9;
  printf("  %-34s %-6s %6.1f GFLOP/s %3.0f%% of peak | best %6.1f %3.0f%% (%d calls)\n", name,
         splat ? "splat" : "mk", med, 100 * med / peak, best, 100 * best / peak, calls);
  free(a), free(b), free(c);
}

/* GFLOP/s of 12 independent 128-bit FMA chains, each in its own register (median of 15 windows). */
static double peak(void) {
  double g[15];
  for (int w = 0; w < 15; w++) {
    const __m128 x = _mm_set1_ps(0.999f), y = _mm_set1_ps(1e-6f);
    __m128 a0 = _mm_set1_ps(0), a1 = _mm_set1_ps(1), a2 = _mm_set1_ps(2), a3 = _mm_set1_ps(3);
    __m128 a4 = _mm_set1_ps(4), a5 = _mm_set1_ps(5), a6 = _mm_set1_ps(6), a7 = _mm_set1_ps(7);
    __m128 a8 = _mm_set1_ps(8), a9 = _mm_set1_ps(9), a10 = _mm_set1_ps(10), a11 = _mm_set1_ps(11);
    const long iters = 1 << 22;
    double s = now();
    for (long i = 0; i < iters; i++) {
      a0 = _mm_fmadd_ps(a0, x, y), a1 = _mm_fmadd_ps(a1, x, y), a2 = _mm_fmadd_ps(a2, x, y);
      a3 = _mm_fmadd_ps(a3, x, y), a4 = _mm_fmadd_ps(a4, x, y), a5 = _mm_fmadd_ps(a5, x, y);
      a6 = _mm_fmadd_ps(a6, x, y), a7 = _mm_fmadd_ps(a7, x, y), a8 = _mm_fmadd_ps(a8, x, y);
      a9 = _mm_fmadd_ps(a9, x, y), a10 = _mm_fmadd_ps(a10, x, y), a11 = _mm_fmadd_ps(a11, x, y);
    }
    double e = now() - s;
    __m128 sum = _mm_add_ps(_mm_add_ps(_mm_add_ps(a0, a1), _mm_add_ps(a2, a3)),
                            _mm_add_ps(_mm_add_ps(a4, a5), _mm_add_ps(a6, a7)));
    sum = _mm_add_ps(sum, _mm_add_ps(_mm_add_ps(a8, a9), _mm_add_ps(a10, a11)));
    if (_mm_cvtss_f32(sum) == 12345.f) printf(" ");
    g[w] = 12.0 * 8 * iters / e / 1e9;
  }
  qsort(g, 15, sizeof(double), cmp);
  return g[7];
}

int main(int argc, char **argv) {
  double secs = argc > 1 ? atof(argv[1]) : 2;
  double p = peak();
  printf("native 128-bit FMA peak: %.1f GFLOP/s\n", p);
  for (int splat = 0; splat <= 1; splat++) {
    product("Dense 784->256 b128 fwd (128x784x256)", 128, 784, 256, splat, secs, p);
    product("512^3", 512, 512, 512, splat, secs, p);
  }
  return 0;
}
