/**
 * `npx tsx scripts/bench/profile-summary.ts FILE.cpuprofile [--top 25]`: where a `node --cpu-prof`
 * profile spends its time, by function (self time) and by package or project file, so that an
 * optimisation starts from a measurement instead of a guess.
 */
import fs from "node:fs";
import { parseArgs } from "node:util";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Groups a script URL: a package under node_modules, a project file, or Node's own code. */
function groupOf(url: string): string {
  if (!url) return "(native / idle / GC)";
  const module = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (module) return module[1]!;
  if (url.startsWith("node:")) return "node internals";
  const project = /\/(src|scripts|tests)\/(.*)$/.exec(url);
  return project ? `${project[1]}/${project[2]}` : url;
}

export function summarise(profile: CpuProfile, top: number): string {
  const selfMicros = new Map<number, number>();
  profile.samples.forEach((id, index) => selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
  const byFunction = new Map<string, number>();
  const byGroup = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const micros = selfMicros.get(node.id) ?? 0;
    total += micros;
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || "(anonymous)"} ${groupOf(url)}:${lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + micros);
    byGroup.set(groupOf(url), (byGroup.get(groupOf(url)) ?? 0) + micros);
  }
  // Total (inclusive) time: each sample counts once for every distinct function on its stack.
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const nodeById = new Map(profile.nodes.map((node) => [node.id, node]));
  const keyOf = (node: ProfileNode) => `${node.callFrame.functionName || "(anonymous)"} ${groupOf(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`;
  const inclusive = new Map<string, number>();
  for (const [id, micros] of selfMicros) {
    const seen = new Set<string>();
    for (let current: number | undefined = id; current !== undefined; current = parent.get(current)) {
      const node = nodeById.get(current)!;
      if (!node.callFrame.url) continue;
      const key = keyOf(node);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + micros);
    }
  }
  const table = (title: string, map: Map<string, number>) =>
    [title, ...[...map].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, micros]) => `${(micros / 1000).toFixed(0).padStart(8)} ms ${((micros / total) * 100).toFixed(1).padStart(5)}%  ${name}`)].join("\n");
  return `${(total / 1e6).toFixed(2)} s sampled\n\n${table("By package or file (self time)", byGroup)}\n\n${table("By function (self time)", byFunction)}\n\n${table("By function (total time, project code only)", new Map([...inclusive].filter(([key]) => / (src|scripts)\//.test(key))))}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: "string", default: "25" } } });
  if (positionals.length === 0) throw new Error("usage: profile-summary.ts FILE.cpuprofile [--top 25]");
  for (const file of positionals) console.log(`${file}\n${summarise(JSON.parse(fs.readFileSync(file, "utf8")) as CpuProfile, Number(values.top))}\n`);
}
