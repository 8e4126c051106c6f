import assert from "node:assert/strict";
import {
  defineFunction,
  gradcheck,
  noGrad,
  randn,
  RectifyError,
  Rng,
  type Tensor,
  tensor,
} from "../../mod.ts";

Deno.test("backward() accumulates across calls until zeroGrad()", () => {
  const x = tensor([1, 2], { requiresGrad: true });
  x.mul(3).sum().backward();
  x.mul(3).sum().backward();
  assert.deepEqual(x.grad!.toArray(), [6, 6]);
  x.zeroGrad();
  assert.equal(x.grad, null);
});

Deno.test("a tensor used twice gets the sum of both paths", () => {
  const x = tensor([3], { requiresGrad: true });
  x.mul(x).add(x).sum().backward();
  assert.deepEqual(x.grad!.toArray(), [7]);
});

Deno.test("noGrad() records nothing and detach() cuts the tape", () => {
  const x = tensor([1], { requiresGrad: true });
  assert.equal(noGrad(() => x.mul(2)).requiresGrad, false);
  assert.equal(x.mul(2).detach().requiresGrad, false);
});

Deno.test("backward twice needs retainGraph", () => {
  const x = tensor([2], { requiresGrad: true });
  const y = x.mul(x).sum();
  y.backward(undefined, { retainGraph: true });
  y.backward();
  assert.deepEqual(x.grad!.toArray(), [8]);
  assert.throws(
    () => y.backward(),
    (e: unknown) => e instanceof RectifyError && /retainGraph/.test(e.message),
  );
});

Deno.test("backward of a non-scalar needs a seed of the same shape", () => {
  const x = tensor([1, 2], { requiresGrad: true });
  assert.throws(() => x.mul(2).backward(), /seed gradient is needed/);
  assert.throws(
    () => x.mul(2).backward(tensor([1])),
    /seed shape \[1\] does not match tensor shape \[2\]/,
  );
  x.mul(2).backward(tensor([1, 10]));
  assert.deepEqual(x.grad!.toArray(), [2, 20]);
});

Deno.test("registerHook: hooks run in registration order, may replace the gradient, and remove()", () => {
  const x = tensor([1, 2], { requiresGrad: true });
  const seen: string[] = [];
  const h1 = x.registerHook((g) => {
    seen.push("first");
    return g.mul(10);
  });
  x.registerHook((g) => {
    seen.push(`second saw ${g.data[0]}`);
  });
  x.sum().backward();
  assert.deepEqual(seen, ["first", "second saw 10"]);
  assert.deepEqual(x.grad!.toArray(), [10, 10]);
  h1.remove();
  x.zeroGrad();
  x.sum().backward();
  assert.deepEqual(x.grad!.toArray(), [1, 1]);
});

Deno.test("registerHook on a non-leaf sees the summed gradient; retainGrad keeps it", () => {
  const x = tensor([1, 2], { requiresGrad: true });
  const h = x.mul(2).retainGrad();
  const got: number[][] = [];
  h.registerHook((g) => void got.push([...g.data]));
  h.add(h).sum().backward();
  assert.deepEqual(got, [[2, 2]]);
  assert.deepEqual(h.grad!.toArray(), [2, 2]);
  assert.deepEqual(x.grad!.toArray(), [4, 4]);
});

Deno.test("a hook returning the wrong shape is a clear error", () => {
  const x = tensor([1, 2], { requiresGrad: true });
  x.registerHook(() => tensor([1]));
  assert.throws(() => x.sum().backward(), /must return a Tensor of shape \[2\]/);
});

Deno.test("defineFunction: a custom ReLU saves its mask and passes gradcheck", () => {
  const myRelu = defineFunction({
    name: "myRelu",
    forward(ctx, x: Tensor) {
      const mask = x.gt(0);
      ctx.save(mask);
      return x.mul(mask);
    },
    backward(ctx, g) {
      return g.mul(ctx.saved[0]);
    },
  });
  const x = randn([4, 3], { rng: new Rng(3), dtype: "float64", requiresGrad: true });
  const y = myRelu(x);
  assert.equal(y.node!.op, "myRelu");
  const res = gradcheck((a) => myRelu(a), [x]);
  assert.ok(res.ok, res.message);
});

Deno.test("defineFunction rejects a backward with the wrong number of gradients", () => {
  const f = defineFunction({
    name: "twoIn",
    forward: (_ctx, a: Tensor, b: Tensor) => a.add(b),
    backward: (_ctx, g) => [g],
  });
  const a = tensor([1], { requiresGrad: true }), b = tensor([1], { requiresGrad: true });
  assert.throws(() => f(a, b).sum().backward(), /returned 1 gradients for 2 inputs/);
});

Deno.test("every node records its op name", () => {
  const x = tensor([[1, 2]], { requiresGrad: true });
  assert.equal(x.matmul(tensor([[1], [1]])).node!.op, "matmul");
  assert.equal(x.softmax().node!.op, "softmax");
  assert.equal(x.add(1).node!.op, "add");
});
