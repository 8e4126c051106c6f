/**
 * The grid worker: loads the plugins and backend it is told, checks the
 * specs, then trains the cells it is sent with `runCell`, reporting epochs
 * (and, throttled, steps) back. @internal
 *
 * @module
 */

import { useBuiltins } from "../plugins/mod.ts";
import { defaultRegistry } from "../core/registry.ts";
import type { PluginKind } from "../core/plugin.ts";
import { getBackend, setBackend } from "../core/backend.ts";
import { runCell } from "./_cell.ts";
import type { WorkerInit, WorkerMessage, WorkerRequest } from "./_pool.ts";

const scope = globalThis as unknown as {
  postMessage(message: WorkerMessage, options?: StructuredSerializeOptions): void;
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
};

useBuiltins();

let setup: WorkerInit | null = null;
let stop: Int32Array | null = null;

async function start(init: WorkerInit): Promise<void> {
  for (const spec of init.plugins) {
    await defaultRegistry.load(spec);
  }
  if (getBackend().name !== init.backend) {
    setBackend(defaultRegistry.create("backend", init.backend));
  }
  for (const [kind, spec] of init.specs) {
    try {
      defaultRegistry.resolve(kind as PluginKind, spec);
    } catch (e) {
      throw new Error(
        `${
          (e as Error).message
        } (a worker knows the built-in plugins and those given as module specifiers, e.g. --plugin)`,
      );
    }
  }
  setup = init;
}

scope.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  const req = e.data;
  if (req.type === "init") {
    stop = new Int32Array(req.stop);
    try {
      await start(req.init);
      scope.postMessage({ type: "ready" });
    } catch (err) {
      scope.postMessage({ type: "init-failed", message: (err as Error)?.message ?? String(err) });
    }
    return;
  }
  const { cell } = req;
  const data = setup!.data.find((d) => d.name === cell.dataset)!;
  let lastStep = 0;
  const outcome = await runCell(cell, data, setup!.settings, {
    onEpoch: (metrics) => scope.postMessage({ type: "epoch", run: cell.run, metrics }),
    onStep: (info) => {
      const now = performance.now();
      if (now - lastStep < 200) return;
      lastStep = now;
      scope.postMessage({ type: "step", run: cell.run, info });
    },
    stopped: () => stop !== null && Atomics.load(stop, 0) !== 0,
    ...(data.model ? { model: data.model } : {}),
  });
  scope.postMessage(
    { type: "done", run: cell.run, outcome },
    outcome.model ? { transfer: [outcome.model.buffer as ArrayBuffer] } : undefined,
  );
};
