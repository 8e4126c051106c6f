// The wasm backend's convolution kernels against the js reference loops, kernel by kernel,
// over geometries that take every path (1x1 without im2col, stride 1 bulk rows, strided rows,
// dilation, groups, depthwise, padding "same" with an odd total, images in several chunks).
import assert from "node:assert/strict";
import {
  conv2d,
  type Conv2dOptions,
  findKernel,
  jsBackend,
  Rng,
  setBackend,
  tensor,
} from "../../mod.ts";
import { backends } from "../backend/_backends.ts";
import { CHUNK_FLOATS, chunkOf } from "../../plugins/backends/_wasm_conv.ts";

const CASES: [number[], number[], Conv2dOptions][] = [
  [[2, 6, 7, 9], [8, 6, 1, 1], {}],
  [[2, 6, 7, 9], [8, 3, 1, 1], { groups: 2 }],
  [[3, 4, 9, 8], [6, 4, 3, 3], { padding: [1, 1] }],
  [[2, 4, 9, 11], [4, 2, 3, 2], { stride: [2, 3], padding: [1, 0], groups: 2 }],
  [[1, 3, 12, 10], [5, 3, 3, 3], { dilation: [2, 1], padding: "same" }],
  [[2, 5, 8, 8], [10, 1, 3, 3], { groups: 5, stride: [2, 2], padding: [1, 1] }],
  [[2, 2, 6, 7], [3, 2, 2, 2], { padding: "same" }],
  [[1, 1, 5, 5], [1, 1, 5, 5], {}],
  // images large enough that the wasm kernels take them in chunks (CHUNK_FLOATS): of 2 and 1
  // (the weight gradient summed over chunks), and one by one through the strided path
  [[3, 3, 32, 32], [2, 3, 3, 3], { padding: [1, 1] }],
  [[3, 2, 128, 128], [2, 2, 3, 3], { stride: [1, 2], padding: [1, 1] }],
];

function rand(shape: number[], seed: number) {
  const rng = new Rng(seed);
  const d = new Float32Array(shape.reduce((a, b) => a * b, 1));
  for (let i = 0; i < d.length; i++) d[i] = rng.normal();
  return tensor(d, { shape, requiresGrad: true });
}

function round(xs: number[], ws: number[], o: Conv2dOptions): Float32Array[] {
  const x = rand(xs, 1), w = rand(ws, 2), b = rand([ws[0]], 3);
  const y = conv2d(x, w, b, o);
  y.backward(rand([...y.shape], 4).detach());
  return [y.data, x.grad!.data, w.grad!.data, b.grad!.data] as Float32Array[];
}

for (const be of backends) {
  if (findKernel("conv2d", be) === undefined) continue;
  Deno.test(`${be.name}: its conv2d kernels match the js loops on every path`, async (t) => {
    for (const [xs, ws, o] of CASES) {
      await t.step(`x ${xs} w ${ws} ${JSON.stringify(o)}`, () => {
        const prev = setBackend(jsBackend);
        let got: Float32Array[], want: Float32Array[];
        try {
          want = round(xs, ws, o);
          setBackend(be);
          got = round(xs, ws, o);
        } finally {
          setBackend(prev);
        }
        // terms of each output's sum (a float32 sum of L terms of about 1 strays by up to
        // about L·2⁻²⁴ with the order of its additions, which the kernels choose)
        const [n] = xs, [, , kh, kw] = ws, groups = o.groups ?? 1;
        const hw = want[0].length / (n * ws[0]);
        const terms = [ws[1] * kh * kw, (ws[0] / groups) * kh * kw, n * hw, n * hw];
        ["y", "dx", "dw", "db"].forEach((name, i) => {
          assert.equal(got[i].length, want[i].length, name);
          const slack = terms[i] * 2 ** -24;
          for (let j = 0; j < want[i].length; j++) {
            const e = want[i][j];
            assert.ok(
              Math.abs(got[i][j] - e) <= 1e-5 + 1e-5 * Math.abs(e) + slack,
              `${name}[${j}]: ${got[i][j]} vs ${e} (sums of ${terms[i]} terms)`,
            );
          }
        });
      });
    }
  });
}

Deno.test("the conv2d kernels decline float64 (the js loops run, in double precision)", () => {
  for (const be of backends) {
    const k = findKernel("conv2d", be);
    if (k === undefined) continue;
    const p = [1, 1, 3, 3, 1, 1, 1, 1, 1, 0, 0, 1, 1, 1, 3, 3];
    const x = new Float64Array(9), w = new Float64Array(1), y = new Float64Array(9);
    assert.equal(k([x, w, new Float64Array(0)], [y], p), false, be.name);
  }
});

Deno.test("the wasm conv kernels' chunks: as many images as fit the column matrix budget", () => {
  assert.equal(chunkOf(32, 144, 16), 28); // the bench CNN's 4×4 maps: chunks of 28 and 4
  assert.equal(chunkOf(3, 27, 32 * 32), 2);
  assert.equal(chunkOf(3, 18, 128 * 64), 1);
  assert.equal(chunkOf(32, 144, 256), 1); // the bench conv's 16×16 maps: one image at a time
  assert.equal(chunkOf(5, 1, 1), 5);
  assert.ok(27 * 32 * 32 * 2 <= CHUNK_FLOATS && 27 * 32 * 32 * 3 > CHUNK_FLOATS);
});
