import * as tf from "npm:@tensorflow/tfjs-core@4.22.0";
import "npm:@tensorflow/tfjs@4.22.0";
import "npm:@tensorflow/tfjs-backend-cpu@4.22.0";
import { setWasmPaths } from "npm:@tensorflow/tfjs-backend-wasm@4.22.0";
setWasmPaths(new URL(".", import.meta.resolve("npm:@tensorflow/tfjs-backend-wasm@4.22.0")).pathname);
for (const name of Deno.args.length ? Deno.args : ["wasm", "cpu"]) {
  await tf.setBackend(name);
  const x = tf.randomNormal([32, 16, 16, 16]) as tf.Tensor4D; // NHWC
  const w = tf.variable(tf.randomNormal([3, 3, 16, 32]));
  const b = tf.variable(tf.randomNormal([32]));
  const up = tf.randomNormal([32, 16, 16, 32]);
  const fwd = () => tf.tidy(() => { tf.conv2d(x, w as tf.Tensor4D, 1, "same").add(b).dataSync(); });
  const step = () => tf.tidy(() => {
    const { grads } = tf.variableGrads(() => tf.conv2d(x, w as tf.Tensor4D, 1, "same").add(b).mul(up).sum() as tf.Scalar);
    grads[w.name].dataSync(); grads[b.name].dataSync();
  });
  const stepX = () => tf.tidy(() => {
    const g = tf.grad((xx: tf.Tensor) => tf.conv2d(xx as tf.Tensor4D, w as tf.Tensor4D, 1, "same").add(b).mul(up).sum());
    g(x).dataSync();
  });
  for (const [label, f] of [["fwd", fwd], ["bwd w,b", step], ["bwd x", stepX]] as const) {
    for (let i = 0; i < 3; i++) f();
    const ts: number[] = [];
    for (let i = 0; i < 10; i++) { const t0 = performance.now(); f(); ts.push(performance.now() - t0); }
    ts.sort((a, b) => a - b);
    console.log(`tfjs-${name}`, label, ts[5].toFixed(2), "ms");
  }
}
