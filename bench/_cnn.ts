// The convolution workloads of the benches on rectify's public API (issue 14's shapes).
import {
  type Backend,
  cnn,
  conv2d,
  noGrad,
  Optimizer,
  Rng,
  setBackend,
  StepArena,
  Tensor,
} from "../mod.ts";
import { trainingStep } from "./_mlp.ts";

/** The conv layer row: batch 32, 16→32 channels, 3×3, 16×16, padding 1. */
export const CONV_SHAPE = { n: 32, c: 16, o: 32, h: 16, w: 16 } as const;

/** The small CNN of the step row, on digits-sized images `[1, 8, 8]`, batch 32. */
export const CNN_LAYERS =
  "conv 1→16 3×3 p1, relu, maxPool 2, conv 16→32 3×3 p1, relu, gap, dense 32→10";

/**
 * One conv2d forward (under noGrad) or forward+backward (all three inputs
 * need gradients; upstream `up`) in a StepArena, on `backend`.
 */
export function convStep(
  data: { x: Float32Array; w: Float32Array; b: Float32Array; up: Float32Array },
  backward: boolean,
  backend: Backend,
): () => void {
  const { n, c, o, h, w } = CONV_SHAPE;
  const tx = new Tensor(data.x, [n, c, h, w], { requiresGrad: backward });
  const tw = new Tensor(data.w, [o, c, 3, 3], { requiresGrad: backward });
  const tb = new Tensor(data.b, [o], { requiresGrad: backward });
  const seed = new Tensor(data.up, [n, o, h, w]);
  const arena = new StepArena();
  const opts = { padding: [1, 1] as [number, number] };
  return () => {
    const prev = setBackend(backend);
    try {
      arena.run(() => {
        if (!backward) return void noGrad(() => conv2d(tx, tw, tb, opts));
        tx.grad = tw.grad = tb.grad = null;
        conv2d(tx, tw, tb, opts).backward(seed);
      });
    } finally {
      setBackend(prev);
    }
  };
}

/** One training step of the small CNN (adam, lr 1e-3) on a fixed batch of `x` `[32, 1, 8, 8]`. */
export function cnnStep(x: Float32Array, optimizer: string, backend: Backend): () => number {
  const prev = setBackend(backend);
  try {
    const model = cnn({
      inputShape: [1, 8, 8],
      layers: [
        { type: "conv2d", outChannels: 16, kernelSize: 3, padding: 1 },
        "relu",
        { type: "maxPool2d", kernelSize: 2 },
        { type: "conv2d", outChannels: 32, kernelSize: 3, padding: 1 },
        "relu",
        { type: "globalAvgPool2d" },
      ],
      outputSize: 10,
      rng: new Rng(42),
    });
    const opt = new Optimizer(Object.fromEntries(model.namedParameters()), optimizer);
    const batch = x.length / 64;
    const input = new Tensor(x, [batch, 1, 8, 8]);
    const targets = Int32Array.from({ length: batch }, (_, i) => i % 10);
    return trainingStep(model, opt, input, targets, backend, true, false);
  } finally {
    setBackend(prev);
  }
}
