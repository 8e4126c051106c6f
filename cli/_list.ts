/**
 * `rectify list [kind]`: every registered plugin by kind, with version,
 * description and default options. @internal
 *
 * @module
 */

import { RectifyError } from "../core/errors.ts";
import { type Plugin, PLUGIN_KINDS, type PluginKind } from "../core/plugin.ts";
import type { Registry } from "../core/registry.ts";
import { closestNames, editDistance } from "../core/spec.ts";

/** A kind named on the command line: `optimizer` or `optimizers`. @internal */
export function kindOf(word: string): PluginKind {
  const k = word.replace(/s$/, "") as PluginKind;
  if (PLUGIN_KINDS.includes(k)) return k;
  const near = closestNames(word, PLUGIN_KINDS).filter((k) => editDistance(word, k) <= 3);
  throw new RectifyError(
    "usage",
    `list: unknown plugin kind "${word}"; expected one of ${PLUGIN_KINDS.join(", ")}${
      near.length ? ` (did you mean "${near[0]}"?)` : ""
    }`,
  );
}

function fmtValue(v: unknown): string {
  if (Array.isArray(v)) return `[${v.join(" ")}]`;
  if (typeof v === "number" && !Number.isFinite(v)) return String(v);
  return typeof v === "string" ? v : JSON.stringify(v);
}

/** A plugin's defaults as spec text (`lr=0.001,beta1=0.9`), or `-` when it has none. @internal */
export function defaultsSpec(p: Plugin): string {
  const entries = Object.entries(p.defaults as Record<string, unknown>);
  return entries.length === 0 ? "-" : entries.map(([k, v]) => `${k}=${fmtValue(v)}`).join(",");
}

/** The listing as text: one block per kind, one line per plugin. @internal */
export function formatPluginList(registry: Registry, kinds: readonly PluginKind[]): string {
  const blocks: string[] = [];
  for (const kind of kinds) {
    const names = registry.list(kind);
    const rows = names.map((name) => {
      const p = registry.get(kind, name) as Plugin;
      const origin = registry.origin(kind, name);
      return [
        name,
        p.version,
        `${p.description}${origin ? ` [loaded from ${origin}]` : ""}`,
        defaultsSpec(p),
      ];
    });
    const w = [0, 1].map((i) => Math.max(0, ...rows.map((r) => r[i].length)));
    const lines = rows.map((r) =>
      `  ${r[0].padEnd(w[0])}  ${r[1].padEnd(w[1])}  ${r[2]}\n  ${
        " ".repeat(w[0] + w[1] + 4)
      }defaults: ${r[3]}`
    );
    blocks.push(`${kind} (${names.length})\n${lines.join("\n")}`);
  }
  return blocks.join("\n\n") + "\n";
}

/** The listing as JSON-friendly records. @internal */
export function pluginRecords(registry: Registry, kinds: readonly PluginKind[]) {
  return kinds.flatMap((kind) =>
    registry.list(kind).map((name) => {
      const p = registry.get(kind, name) as Plugin;
      return {
        kind,
        name,
        version: p.version,
        description: p.description,
        defaults: p.defaults,
        origin: registry.origin(kind, name),
      };
    })
  );
}
