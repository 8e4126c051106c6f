/**
 * Print the results of a `deno task bench:peers` run (`bench/peers.json`, or
 * the file given) as a Markdown table: medians, with the ratio to tfjs-wasm
 * in brackets (for GFLOP/s: higher is better), the ratio to PyTorch one thread
 * in angle brackets when the run had PyTorch, and for the activation rows the
 * ratio to the `Float32Array.set` copy of the same data.
 *
 * Run: `deno run --allow-read bench/peers_table.ts [bench/peers.json]`
 *
 * @module
 */

interface Result {
  medianMs: number;
  minMs: number;
  value: number;
}
interface Row {
  workload: string;
  unit: string;
  results: Record<string, Result>;
  ratiosToTorch1?: Record<string, number>;
}

const file = Deno.args[0] ?? new URL("./peers.json", import.meta.url);
const run = JSON.parse(await Deno.readTextFile(file)) as {
  date: string;
  rows: Row[];
  webgpu?: { software: boolean; description: string } | null;
};

const COLUMNS: [string, string][] = [
  ["rectify-wasm", "rectify wasm"],
  ["rectify-wasm-arena", "wasm, in a StepArena"],
  ["rectify-wasm-no-arena", "wasm, no arena"],
  ["rectify-wasm-2threads", "wasm ×2"],
  ["rectify-js", "rectify js"],
  ["rectify-webgpu", "rectify webgpu"],
  ["tfjs-wasm", "tfjs wasm"],
  ["tfjs-cpu", "tfjs cpu"],
  ["convnetjs", "convnetjs"],
  ["pytorch-1thread", "PyTorch 1 thread"],
  ["pytorch-2threads", "PyTorch 2 threads"],
  ["memcpy (Float32Array.set)", "`dst.set` copy"],
  ["copy (new Float32Array(src))", "`new Float32Array` copy"],
];
if (run.webgpu?.software) {
  // never shown as GPU speed: a software adapter (lavapipe) runs WGSL on the CPU
  COLUMNS.find(([k]) => k === "rectify-webgpu")![1] = "webgpu, software device (correctness only)";
}
const used = COLUMNS.filter(([k]) => run.rows.some((r) => r.results[k]));
const fmt = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(3));

console.log(
  `Run of ${run.date}. Medians; [× tfjs-wasm]; ⟨× PyTorch 1 thread⟩; {× \`dst.set\` copy}.\n`,
);
console.log(`| workload | ${used.map(([, h]) => h).join(" | ")} |`);
console.log(`| --- | ${used.map(() => "---").join(" | ")} |`);
for (const row of run.rows) {
  const ref = row.results["tfjs-wasm"], copy = row.results["memcpy (Float32Array.set)"];
  const cells = used.map(([k]) => {
    const r = row.results[k];
    if (!r) return "–";
    let cell = fmt(r.value);
    if (ref && k !== "tfjs-wasm") {
      const x = row.unit === "ms" ? r.medianMs / ref.medianMs : r.value / ref.value;
      cell += ` [${x.toFixed(2)}]`;
    }
    const t1 = row.ratiosToTorch1?.[k];
    if (t1 !== undefined && k !== "pytorch-1thread") cell += ` ⟨${t1.toFixed(2)}⟩`;
    if (copy && k.startsWith("rectify-wasm")) {
      cell += ` {${(r.medianMs / copy.medianMs).toFixed(2)}}`;
    }
    return cell;
  });
  console.log(`| ${row.workload}, ${row.unit} | ${cells.join(" | ")} |`);
}
