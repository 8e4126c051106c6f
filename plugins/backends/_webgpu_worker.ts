/**
 * The `webgpu` backend's device thread: it owns the WebGPU device and every
 * buffer, and runs the commands the main thread queues (see
 * `_webgpu_device.ts`). Reads are the only commands the main thread waits
 * for: it blocks on a shared flag (`Atomics.wait`) while this thread maps the
 * buffer and copies it into shared memory, which is what gives the backend
 * synchronous reads in an API whose reads are asynchronous.
 *
 * Commands, in order (one message holds a batch):
 * - `["init", control, stage]`: request the adapter and device; answer.
 * - `["stage", sab]`: a bigger shared staging area for reads.
 * - `["pipe", id, wgsl]`: compile a compute pipeline.
 * - `["alloc", id, n]` / `["free", id]`: a storage buffer of `n` floats.
 * - `["write", id, data]`: upload (ordered with the dispatches around it).
 * - `["run", pipe, ids, params, gx, gy]`: bind params then buffers, dispatch.
 * - `["read", id, n]`: copy `n` floats to the staging area; answer.
 *
 * @module
 */

type Command = [string, ...unknown[]];

/** Control words: [0] answers so far, [1] status (0 ok, else error), [2] byte length of a message. */
let control: Int32Array;
let stage: Float32Array;
let device: GPUDevice;
const buffers = new Map<number, GPUBuffer>();
const pool = new Map<number, GPUBuffer[]>();
const pipelines = new Map<number, GPUComputePipeline>();
let encoder: GPUCommandEncoder | null = null;
let transient: GPUBuffer[] = [];
let firstError: string | null = null;

function answer(status: number, message = ""): void {
  const bytes = new TextEncoder().encode(message).subarray(0, 4096);
  new Uint8Array(control.buffer, 16, bytes.length).set(bytes);
  control[2] = bytes.length;
  control[1] = status;
  Atomics.add(control, 0, 1);
  Atomics.notify(control, 0);
}

async function init(): Promise<void> {
  const gpu = (globalThis as unknown as { navigator?: { gpu?: GPU } }).navigator?.gpu;
  if (gpu === undefined) return answer(2, "navigator.gpu is undefined");
  const adapter = await gpu.requestAdapter();
  if (adapter === null) return answer(2, "navigator.gpu.requestAdapter() returned null");
  device = await adapter.requestDevice({
    requiredLimits: {
      maxStorageBufferBindingSize: adapter.limits.maxStorageBufferBindingSize,
      maxBufferSize: adapter.limits.maxBufferSize,
      maxStorageBuffersPerShaderStage: Math.min(8, adapter.limits.maxStorageBuffersPerShaderStage),
    },
  });
  device.addEventListener("uncapturederror", (e) => {
    firstError ??= (e as GPUUncapturedErrorEvent).error.message;
  });
  const info = adapter.info;
  answer(
    0,
    JSON.stringify({
      vendor: info.vendor,
      architecture: info.architecture,
      device: info.device,
      description: info.description,
      fallback: (adapter as GPUAdapter & { isFallbackAdapter?: boolean }).isFallbackAdapter ??
        false,
    }),
  );
}

function bytesOf(n: number): number {
  return Math.max(16, Math.ceil(n / 4) * 16);
}

function enc(): GPUCommandEncoder {
  return encoder ??= device.createCommandEncoder();
}

function submit(): void {
  if (encoder !== null) {
    device.queue.submit([encoder.finish()]);
    encoder = null;
  }
  for (const b of transient) b.destroy();
  transient = [];
}

function mapped(data: Float32Array, usage: number): GPUBuffer {
  const b = device.createBuffer({ size: bytesOf(data.length), usage, mappedAtCreation: true });
  new Float32Array(b.getMappedRange()).set(data);
  b.unmap();
  transient.push(b);
  return b;
}

function alloc(id: number, n: number): void {
  const size = bytesOf(n);
  const b = pool.get(size)?.pop() ?? device.createBuffer({
    size,
    usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC | GPUBufferUsage.COPY_DST,
  });
  buffers.set(id, b);
}

function free(id: number): void {
  const b = buffers.get(id);
  if (b === undefined) return;
  buffers.delete(id);
  let list = pool.get(b.size);
  if (list === undefined) pool.set(b.size, list = []);
  list.push(b);
}

function run(pipe: number, ids: number[], params: Float32Array, gx: number, gy: number): void {
  const pipeline = pipelines.get(pipe)!;
  const entries: GPUBindGroupEntry[] = [
    { binding: 0, resource: { buffer: mapped(params, GPUBufferUsage.STORAGE) } },
  ];
  ids.forEach((id, i) => entries.push({ binding: i + 1, resource: { buffer: buffers.get(id)! } }));
  const group = device.createBindGroup({ layout: pipeline.getBindGroupLayout(0), entries });
  const pass = enc().beginComputePass();
  pass.setPipeline(pipeline);
  pass.setBindGroup(0, group);
  pass.dispatchWorkgroups(gx, gy);
  pass.end();
}

async function read(id: number, n: number): Promise<void> {
  const size = bytesOf(n);
  const staging = device.createBuffer({
    size,
    usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST,
  });
  enc().copyBufferToBuffer(buffers.get(id)!, 0, staging, 0, size);
  submit();
  await staging.mapAsync(GPUMapMode.READ);
  stage.set(new Float32Array(staging.getMappedRange(), 0, n));
  staging.unmap();
  staging.destroy();
  if (firstError !== null) return answer(1, firstError);
  answer(0);
}

async function runBatch(cmds: Command[]): Promise<void> {
  for (const c of cmds) {
    switch (c[0]) {
      case "init":
        control = new Int32Array(c[1] as SharedArrayBuffer);
        stage = new Float32Array(c[2] as SharedArrayBuffer);
        await init();
        break;
      case "stage":
        stage = new Float32Array(c[1] as SharedArrayBuffer);
        break;
      case "pipe":
        pipelines.set(
          c[1] as number,
          device.createComputePipeline({
            layout: "auto",
            compute: {
              module: device.createShaderModule({ code: c[2] as string }),
              entryPoint: "main",
            },
          }),
        );
        break;
      case "alloc":
        alloc(c[1] as number, c[2] as number);
        break;
      case "free":
        submit();
        free(c[1] as number);
        break;
      case "write": {
        const data = c[2] as Float32Array;
        const src = mapped(data, GPUBufferUsage.COPY_SRC);
        enc().copyBufferToBuffer(src, 0, buffers.get(c[1] as number)!, 0, bytesOf(data.length));
        break;
      }
      case "run":
        run(c[1] as number, c[2] as number[], c[3] as Float32Array, c[4] as number, c[5] as number);
        break;
      case "read":
        await read(c[1] as number, c[2] as number);
        break;
    }
  }
  submit();
}

let queue: Promise<void> = Promise.resolve();
(self as unknown as { onmessage: (e: MessageEvent<Command[]>) => void }).onmessage = (e) => {
  queue = queue.then(() => runBatch(e.data)).catch((err) => {
    if (control !== undefined) answer(1, String(err?.stack ?? err));
  });
};
