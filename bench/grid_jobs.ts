/**
 * The acceptance figure of issue 16: the demo grid (`deno task demo`, read
 * from deno.json) with `--jobs 2` against `--jobs 1`, each a fresh process,
 * interleaved (the order alternates per round), with the load average before
 * and after each run and the rows of both checked equal (timing aside).
 * Prints every run, the medians and their ratio.
 *
 * Where `/proc/self/stat` exists (Linux), each run's CPU time (user + system,
 * all threads, read from this process's reaped-children counters) too, and
 * the bound it sets: a run on `c` cores takes at least its CPU time over `c`,
 * and `--jobs N` does the same work as `--jobs 1` plus each worker's own
 * start-up and compilation, so with no overhead at all `--jobs N` could take
 * no less than (`--jobs 1`'s CPU seconds per wall second) / `c` of `--jobs 1`'s
 * wall time. `--jobs 1` uses more than one core: V8 compiles and collects on
 * helper threads while the main thread trains. With `--threads` the bench also
 * reads each thread's CPU time from `/proc/PID/task` every 20 ms while a run
 * lasts and prints it by kind: the main thread (and the runtime's own),
 * grid workers, V8's helpers (optimizing compiles, garbage collection).
 *
 * Run: `deno run -A bench/grid_jobs.ts [rounds] [jobs...] [--threads]` (default 3 rounds,
 * jobs 1 and 2)
 *
 * @module
 */

import { parse } from "csv-parse/sync";

const root = new URL("../", import.meta.url);
const config = JSON.parse(await Deno.readTextFile(new URL("deno.json", root)));
const demo: string[] = config.tasks.demo.split(" ");
// `deno run <flags> cli.ts compare ...`, without its --out
const out = demo.indexOf("--out");
const args = [...demo.slice(1, out), ...demo.slice(out + 2)];
const threads = Deno.args.includes("--threads");
const positional = Deno.args.filter((a) => a !== "--threads");
const rounds = Number(positional[0] ?? 3);
const jobsList = positional.length > 1 ? positional.slice(1).map(Number) : [1, 2];
const dir = await Deno.makeTempDir({ prefix: "grid_jobs_" });

const load = () => Deno.loadavg()[0].toFixed(2);
const times = new Map<number, number[]>(jobsList.map((j) => [j, []]));
const cpus = new Map<number, number[]>(jobsList.map((j) => [j, []]));
const cores = navigator.hardwareConcurrency;

/**
 * A `/proc/.../stat` file's name (`comm`) and the fields after it, the first
 * being the state (field 3 of proc(5)); times are in clock ticks (USER_HZ: 100).
 */
function readStat(path: string): { comm: string; f: string[] } {
  const stat = Deno.readTextFileSync(path);
  const close = stat.lastIndexOf(")");
  return { comm: stat.slice(stat.indexOf("(") + 1, close), f: stat.slice(close + 2).split(" ") };
}

/** CPU seconds of this process's reaped children (user + system), or null off Linux. */
function childrenCpu(): number | null {
  try {
    const { f } = readStat("/proc/self/stat");
    return (Number(f[13]) + Number(f[14])) / 100; // cutime, cstime
  } catch {
    return null;
  }
}

/** Kinds of thread, by the name the kernel reports (`comm`, 15 characters at most). */
const KINDS: [RegExp, string][] = [
  [/^worker-/, "grid workers"],
  [/^V8 /, "V8 helpers"],
  [/^deno$/, "main"],
];
const kindOf = (comm: string) => KINDS.find(([re]) => re.test(comm))?.[1] ?? "other";
const byKind = new Map<number, Map<string, number[]>>(jobsList.map((j) => [j, new Map()]));

/** Latest CPU seconds (user + system) of each thread of `pid`, by thread id, into `into`. */
function sampleThreads(pid: number, into: Map<string, [string, number]>): void {
  try {
    for (const e of Deno.readDirSync(`/proc/${pid}/task`)) {
      try {
        const { comm, f } = readStat(`/proc/${pid}/task/${e.name}/stat`);
        into.set(e.name, [comm, (Number(f[11]) + Number(f[12])) / 100]); // utime, stime
      } catch { /* the thread ended */ }
    }
  } catch { /* the process ended */ }
}

let first: string | null = null;
let same = true;

function withoutTiming(csv: string): string {
  const all = parse(csv) as string[][];
  const t = all[0].indexOf("seconds");
  return JSON.stringify(all.map((r) => r.filter((_, i) => i !== t)));
}

for (let r = 0; r < rounds; r++) {
  const order = r % 2 === 0 ? jobsList : [...jobsList].reverse();
  for (const jobs of order) {
    const target = `${dir}/r${r}j${jobs}`;
    const before = load();
    const cpu0 = childrenCpu();
    const t0 = performance.now();
    const child = new Deno.Command(Deno.execPath(), {
      args: [...args, "--jobs", String(jobs), "--out", target],
      cwd: root,
      stdout: "null",
      stderr: "piped",
    }).spawn();
    const perThread = new Map<string, [string, number]>();
    let running = true;
    const poller = threads
      ? (async () => {
        while (running) {
          sampleThreads(child.pid, perThread);
          await new Promise((r) => setTimeout(r, 20));
        }
      })()
      : null;
    const p = await child.output();
    running = false;
    await poller;
    const seconds = (performance.now() - t0) / 1000;
    const cpu1 = childrenCpu();
    const cpu = cpu0 === null || cpu1 === null ? null : cpu1 - cpu0;
    if (!p.success) {
      console.error(new TextDecoder().decode(p.stderr));
      Deno.exit(1);
    }
    times.get(jobs)!.push(seconds);
    if (cpu !== null) cpus.get(jobs)!.push(cpu);
    const kinds = new Map<string, number>();
    for (const [comm, sec] of perThread.values()) {
      kinds.set(kindOf(comm), (kinds.get(kindOf(comm)) ?? 0) + sec);
    }
    for (const [k, sec] of kinds) {
      const m = byKind.get(jobs)!;
      m.set(k, [...(m.get(k) ?? []), sec]);
    }
    const csv = withoutTiming(await Deno.readTextFile(`${target}/metrics.csv`));
    first ??= csv;
    same &&= csv === first;
    console.log(
      `round ${r + 1} --jobs ${jobs}: ${seconds.toFixed(2)} s${
        cpu === null ? "" : `, ${cpu.toFixed(2)} CPU s (${(cpu / seconds).toFixed(2)} cores)`
      } (load average ${before} -> ${load()})${
        threads
          ? `; threads: ${
            [...kinds].sort((a, b) => b[1] - a[1]).map(([k, v]) =>
              `${k} ${v.toFixed(2)}`
            ).join(", ")
          }`
          : ""
      }`,
    );
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const base = median(times.get(jobsList[0])!);
const baseCpu = cpus.get(jobsList[0])!.length ? median(cpus.get(jobsList[0])!) : null;
for (const jobs of jobsList) {
  const m = median(times.get(jobs)!);
  const c = cpus.get(jobs)!.length ? median(cpus.get(jobs)!) : null;
  console.log(
    `--jobs ${jobs}: median ${m.toFixed(2)} s, ${(m / base).toFixed(2)}x of --jobs ${jobsList[0]}${
      c === null || baseCpu === null
        ? ""
        : `; CPU ${c.toFixed(2)} s, ${(c / baseCpu).toFixed(2)}x of --jobs ${jobsList[0]}'s`
    }`,
  );
}
if (threads) {
  for (const jobs of jobsList) {
    const kinds = [...byKind.get(jobs)!].map(([k, v]) => [k, median(v)] as const)
      .sort((a, b) => b[1] - a[1]);
    console.log(
      `--jobs ${jobs}, CPU s by thread (medians): ${
        kinds.map(([k, v]) => `${k} ${v.toFixed(2)}`).join(", ")
      }`,
    );
  }
}
if (jobsList[0] === 1 && baseCpu !== null) {
  const used = median(cpus.get(1)!.map((c, i) => c / times.get(1)![i]));
  console.log(
    `--jobs 1 kept ${used.toFixed(2)} cores busy (median): on ${cores} cores, no --jobs run ` +
      `that needs as much CPU as --jobs 1 can take less than ${
        (used / cores).toFixed(2)
      }x of its wall time`,
  );
}
console.log(same ? "metrics.csv rows identical (timing aside)" : "ROWS DIFFER between runs");
await Deno.remove(dir, { recursive: true });
