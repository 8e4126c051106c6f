/**
 * The acceptance figure of issue 16: the demo grid (`deno task demo`, read
 * from deno.json) with `--jobs 2` against `--jobs 1`, each a fresh process,
 * interleaved (the order alternates per round), with the load average before
 * and after each run and the rows of both checked equal (timing aside).
 * Prints every run, the medians and their ratio.
 *
 * Run: `deno run -A bench/grid_jobs.ts [rounds] [jobs...]` (default 3 rounds, jobs 1 and 2)
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
const rounds = Number(Deno.args[0] ?? 3);
const jobsList = Deno.args.length > 1 ? Deno.args.slice(1).map(Number) : [1, 2];
const dir = await Deno.makeTempDir({ prefix: "grid_jobs_" });

const load = () => Deno.loadavg()[0].toFixed(2);
const times = new Map<number, number[]>(jobsList.map((j) => [j, []]));
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
    const t0 = performance.now();
    const p = await new Deno.Command(Deno.execPath(), {
      args: [...args, "--jobs", String(jobs), "--out", target],
      cwd: root,
      stdout: "null",
      stderr: "piped",
    }).output();
    const seconds = (performance.now() - t0) / 1000;
    if (!p.success) {
      console.error(new TextDecoder().decode(p.stderr));
      Deno.exit(1);
    }
    times.get(jobs)!.push(seconds);
    const csv = withoutTiming(await Deno.readTextFile(`${target}/metrics.csv`));
    first ??= csv;
    same &&= csv === first;
    console.log(
      `round ${r + 1} --jobs ${jobs}: ${
        seconds.toFixed(2)
      } s (load average ${before} -> ${load()})`,
    );
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const base = median(times.get(jobsList[0])!);
for (const jobs of jobsList) {
  const m = median(times.get(jobs)!);
  console.log(
    `--jobs ${jobs}: median ${m.toFixed(2)} s, ${(m / base).toFixed(2)}x of --jobs ${jobsList[0]}`,
  );
}
console.log(same ? "metrics.csv rows identical (timing aside)" : "ROWS DIFFER between runs");
await Deno.remove(dir, { recursive: true });
