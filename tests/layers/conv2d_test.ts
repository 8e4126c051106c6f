import assert from "node:assert/strict";
import {
  Conv1d,
  Conv2d,
  conv2d,
  type Conv2dOptions,
  type ConvPadding,
  Rng,
  tensor,
} from "../../mod.ts";
import { assertGradcheck, randn } from "./_check.ts";

const KERNELS: [number, number][] = [[1, 1], [3, 3], [2, 3]];
const STRIDES: [number, number][] = [[1, 1], [2, 2], [1, 2]];
const PADDINGS: ConvPadding[] = [[0, 0], [1, 1], [1, 0], "same"];
const DILATIONS: [number, number][] = [[1, 1], [2, 2]];
const GROUPS = [1, 2, 4];

/** y[n,o,i,j] computed straight from FORMAT.md's formula (no im2col), in float64. */
function naiveConv(
  x: number[][][][],
  w: number[][][][],
  b: number[] | null,
  o: { s: number[]; pt: number; pl: number; pb: number; pr: number; d: number[]; groups: number },
): number[] {
  const [n, c, h, wd] = [x.length, x[0].length, x[0][0].length, x[0][0][0].length];
  const [oc, cg, kh, kw] = [w.length, w[0].length, w[0][0].length, w[0][0][0].length];
  const og = oc / o.groups;
  const ho = Math.floor((h + o.pt + o.pb - o.d[0] * (kh - 1) - 1) / o.s[0]) + 1;
  const wo = Math.floor((wd + o.pl + o.pr - o.d[1] * (kw - 1) - 1) / o.s[1]) + 1;
  const out: number[] = [];
  for (let b0 = 0; b0 < n; b0++) {
    for (let q = 0; q < oc; q++) {
      for (let i = 0; i < ho; i++) {
        for (let j = 0; j < wo; j++) {
          let s = b === null ? 0 : b[q];
          for (let cc = 0; cc < cg; cc++) {
            for (let u = 0; u < kh; u++) {
              for (let v = 0; v < kw; v++) {
                const r = i * o.s[0] - o.pt + u * o.d[0], col = j * o.s[1] - o.pl + v * o.d[1];
                if (r < 0 || r >= h || col < 0 || col >= wd) continue;
                s += w[q][cc][u][v] * x[b0][Math.floor(q / og) * cg + cc][r][col];
              }
            }
          }
          out.push(s);
        }
      }
    }
  }
  assert.equal(out.length, n * oc * ho * wo);
  void c;
  return out;
}

Deno.test("conv2d() matches the formula and gradchecks in float64 for every option combination", async (t) => {
  for (const k of KERNELS) {
    await t.step(`kernel ${k}`, () => {
      let seed = 1, ran = 0;
      for (const s of STRIDES) {
        for (const p of PADDINGS) {
          if (p === "same" && (s[0] !== 1 || s[1] !== 1)) continue;
          for (const d of DILATIONS) {
            for (const groups of GROUPS) {
              for (const bias of [true, false]) {
                const opts: Conv2dOptions = { stride: s, padding: p, dilation: d, groups };
                const x = randn([2, 4, 5, 6], seed++);
                const w = randn([8, 4 / groups, k[0], k[1]], seed++);
                const b = bias ? randn([8], seed++) : null;
                const what = `k=${k} s=${s} p=${p} d=${d} g=${groups} bias=${bias}`;
                const y = conv2d(x, w, b, opts);
                const same = p === "same";
                const th = d[0] * (k[0] - 1), tw = d[1] * (k[1] - 1);
                const expected = naiveConv(
                  x.toArray() as number[][][][],
                  w.toArray() as number[][][][],
                  b === null ? null : (b.toArray() as number[]),
                  {
                    s,
                    pt: same ? Math.floor(th / 2) : p[0],
                    pb: same ? th - Math.floor(th / 2) : p[0],
                    pl: same ? Math.floor(tw / 2) : p[1],
                    pr: same ? tw - Math.floor(tw / 2) : p[1],
                    d,
                    groups,
                  },
                );
                assert.equal(y.size, expected.length, what);
                for (let i = 0; i < expected.length; i++) {
                  assert.ok(Math.abs(y.data[i] - expected[i]) < 1e-12, `${what}: y[${i}]`);
                }
                if (same) assert.deepEqual(y.shape.slice(2), [5, 6], what);
                const inputs = b === null ? [x, w] : [x, w, b];
                assertGradcheck(
                  what,
                  (xx, ww, bb) => conv2d(xx, ww, bb ?? null, opts),
                  inputs,
                );
                ran++;
              }
            }
          }
        }
      }
      assert.ok(ran >= 100, `only ${ran} combinations ran`);
    });
  }
});

Deno.test("conv2d() gives input rows no window reaches a zero gradient", () => {
  // 6 rows, kernel 2, stride 3: rows 2 and 5 are never read
  const x = randn([1, 1, 6, 6], 3);
  const w = randn([1, 1, 2, 2], 4);
  conv2d(x, w, null, { stride: [3, 3] }).sum().backward();
  const g = x.grad!.toArray() as number[][][][];
  for (const r of [2, 5]) assert.deepEqual(g[0][0][r], [0, 0, 0, 0, 0, 0]);
  assert.notEqual(g[0][0][0][0], 0);
});

Deno.test("conv2d() depthwise (groups = channels) with a channel multiplier gradchecks", () => {
  const x = randn([3, 3, 7, 7], 10);
  const w = randn([6, 1, 3, 3], 11);
  const b = randn([6], 12);
  assertGradcheck(
    "depthwise x2",
    (xx, ww, bb) => conv2d(xx, ww, bb, { groups: 3, padding: [1, 1], stride: [2, 2] }),
    [x, w, b],
  );
});

Deno.test("conv2d() rejects bad shapes and options with clear errors", async (t) => {
  const x = randn([1, 4, 5, 5], 1, false);
  await t.step("channel mismatch", () => {
    assert.throws(() => conv2d(x, randn([2, 3, 3, 3], 2, false)), /needs 3 input channels/);
  });
  await t.step("groups that do not divide", () => {
    assert.throws(() => conv2d(x, randn([3, 2, 3, 3], 2, false), null, { groups: 2 }), RangeError);
  });
  await t.step("same with stride 2", () => {
    assert.throws(
      () => conv2d(x, randn([2, 4, 3, 3], 2, false), null, { padding: "same", stride: [2, 2] }),
      /padding "same" needs stride \[1, 1\]/,
    );
  });
  await t.step("kernel larger than the input", () => {
    assert.throws(
      () => conv2d(x, randn([2, 4, 7, 7], 2, false)),
      /smaller than the dilated kernel/,
    );
  });
  await t.step("a 3-D input", () => {
    assert.throws(
      () => conv2d(randn([4, 5, 5], 1, false), randn([2, 4, 3, 3], 2, false)),
      TypeError,
    );
  });
});

Deno.test("Conv2d layer: PyTorch layout, float64 gradcheck of its parameters, options as numbers", () => {
  const layer = new Conv2d(4, 6, [3, 2], {
    stride: 2,
    padding: 1,
    dilation: [1, 2],
    groups: 2,
    dtype: "float64",
    rng: new Rng(3),
  });
  assert.deepEqual(layer.weight.shape, [6, 2, 3, 2]);
  assert.deepEqual(layer.namedParameters().map(([n]) => n), ["weight", "bias"]);
  const x = randn([2, 4, 7, 9], 5);
  layer.bias!.data.set([0.1, -0.2, 0.3, 0.4, -0.5, 0.6]);
  assertGradcheck("Conv2d", (xx) => layer.call(xx), [x, layer.weight, layer.bias!]);
  assert.throws(
    () => layer.call(randn([2, 3, 7, 9], 1, false)),
    /expected an input \[N, 4, H, W\]/,
  );
});

Deno.test("Conv2d layer: the initializer sees PyTorch's fans (in/groups·kh·kw, out·kh·kw)", () => {
  const seen: number[][] = [];
  new Conv2d(6, 4, 3, {
    groups: 2,
    initializer: (shape) => {
      seen.push([...shape]);
      return tensor(new Float32Array(shape.reduce((a, b) => a * b, 1)), { shape });
    },
  });
  assert.deepEqual(seen, [[3, 4, 3, 3]]);
});

Deno.test("Conv1d layer: weight [out, in/groups, k] and every option gradchecks", async (t) => {
  for (
    const [k, s, p, d, g] of [
      [3, 1, 1, 1, 1],
      [2, 1, "same", 1, 1],
      [3, 1, "same", 2, 2],
      [5, 2, 2, 1, 2],
      [3, 3, 0, 2, 4],
    ] as const
  ) {
    await t.step(`k=${k} s=${s} p=${p} d=${d} g=${g}`, () => {
      const layer = new Conv1d(4, 8, k, {
        stride: s,
        padding: p,
        dilation: d,
        groups: g,
        dtype: "float64",
        rng: new Rng(k),
      });
      assert.deepEqual(layer.weight.shape, [8, 4 / g, k]);
      const x = randn([2, 4, 11], 7);
      const y = layer.call(x);
      if (p === "same") assert.equal(y.shape[2], 11);
      assertGradcheck("Conv1d", (xx) => layer.call(xx), [x, layer.weight, layer.bias!]);
    });
  }
});
