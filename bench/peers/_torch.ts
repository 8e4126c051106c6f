/**
 * PyTorch as a contender of `bench:peers`: a persistent Python process per
 * thread count (`torch_peer.py`), which `setup`s a workload once and then runs
 * it on request, timing the call itself (the pipe is not timed). peers.ts
 * interleaves these runs with its in-process contenders, so PyTorch one
 * thread, PyTorch two threads and rectify alternate round by round.
 *
 * Bench-only: nothing in the library or its tests starts Python. When no
 * Python with `torch` is found, `startTorch` returns the reason and the bench
 * runs without these columns.
 *
 * @module
 */

/** A workload as `torch_peer.py` builds it (see its `WORKLOADS`). */
export type TorchWorkload = Record<string, unknown> & { workload: string };

/** What `{"cmd": "info"}` answers. */
export interface TorchInfo {
  torch: string;
  threads: number;
  blas: string;
}

/** One `torch_peer.py` process. */
export class TorchPeer {
  readonly threads: number;
  #child: Deno.ChildProcess;
  #writer: WritableStreamDefaultWriter<Uint8Array>;
  #lines: AsyncIterator<string>;
  #next = 0;

  constructor(python: string, threads: number) {
    this.threads = threads;
    const n = String(threads);
    this.#child = new Deno.Command(python, {
      args: [
        new URL("./torch_peer.py", import.meta.url).pathname,
        "--threads",
        n,
      ],
      stdin: "piped",
      stdout: "piped",
      stderr: "inherit",
      // OpenBLAS/OpenMP pools sized before torch.set_num_threads runs; idle OpenMP workers
      // sleep instead of spinning, so that they take no CPU from the contenders that run next
      env: {
        OMP_NUM_THREADS: n,
        OPENBLAS_NUM_THREADS: n,
        MKL_NUM_THREADS: n,
        OMP_WAIT_POLICY: "PASSIVE",
      },
    }).spawn();
    this.#writer = this.#child.stdin.getWriter();
    this.#lines = lines(this.#child.stdout)[Symbol.asyncIterator]();
  }

  async #ask(cmd: Record<string, unknown>): Promise<Record<string, unknown>> {
    await this.#writer.write(
      new TextEncoder().encode(JSON.stringify(cmd) + "\n"),
    );
    const { value, done } = await this.#lines.next();
    if (done) throw new Error(`torch_peer.py (threads ${this.threads}) exited`);
    const reply = JSON.parse(value) as Record<string, unknown>;
    if (reply.error) throw new Error(`torch_peer.py: ${reply.error}`);
    return reply;
  }

  info(): Promise<TorchInfo> {
    return this.#ask({ cmd: "info" }) as unknown as Promise<TorchInfo>;
  }

  /**
   * Build `w` in the process; returns a function that runs it `calls` times
   * back to back and resolves to the ms per call.
   */
  async setup(w: TorchWorkload, calls = 1): Promise<() => Promise<number>> {
    const id = `w${this.#next++}`;
    await this.#ask({ cmd: "setup", id, ...w });
    return async () => (await this.#ask({ cmd: "run", id, calls })).ms as number;
  }

  async close(): Promise<void> {
    await this.#writer.write(new TextEncoder().encode(`{"cmd": "quit"}\n`));
    await this.#writer.close();
    await this.#child.status;
  }
}

async function* lines(
  stream: ReadableStream<Uint8Array>,
): AsyncGenerator<string> {
  let buf = "";
  for await (const chunk of stream.pipeThrough(new TextDecoderStream())) {
    buf += chunk;
    let nl;
    while ((nl = buf.indexOf("\n")) >= 0) {
      yield buf.slice(0, nl);
      buf = buf.slice(nl + 1);
    }
  }
}

/**
 * The first of `candidates` that imports torch (Debian's `python3-torch` lives
 * in the system Python, which a pyenv `python3` on PATH may hide).
 */
export async function findTorchPython(
  candidates: string[],
): Promise<string | string[]> {
  const tried: string[] = [];
  for (const python of candidates) {
    try {
      const out = await new Deno.Command(python, {
        args: ["-c", "import torch"],
        stdout: "null",
        stderr: "null",
      }).output();
      if (out.success) return python;
      tried.push(`${python}: no torch`);
    } catch {
      tried.push(`${python}: not found`);
    }
  }
  return tried;
}

/** PyTorch with 1 and 2 threads, or why not. */
export async function startTorch(
  python: string | undefined,
): Promise<{ peers: TorchPeer[]; note: string }> {
  const found = await findTorchPython(
    python ? [python] : ["python3", "/usr/bin/python3"],
  );
  if (Array.isArray(found)) {
    return {
      peers: [],
      note: `PyTorch absent (${found.join("; ")}): no PyTorch columns ` +
        "(apt-get install python3-torch to add them).",
    };
  }
  const peers = [new TorchPeer(found, 1), new TorchPeer(found, 2)];
  const infos = await Promise.all(peers.map((p) => p.info()));
  const note = `PyTorch ${infos[0].torch} (${found}), threads ${
    infos.map((i) => i.threads).join(" and ")
  }, BLAS ${infos[0].blas}.`;
  return { peers, note };
}
