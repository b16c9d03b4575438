import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { BUILD_NODE_FLAGS } from "../lib/node-flags.ts";

const root = path.resolve(import.meta.dirname, "../..");

/**
 * Runs one measurement script in a fresh Node process and returns the JSON it wrote.
 * A fresh process per measurement gives each one its own peak memory (maxRSS) and a cold start,
 * as a real `npm run build` has: it starts as `npm run build` starts, through
 * scripts/run-typescript.js with the build's V8 options (scripts/lib/node-flags.ts). The child's
 * own output is kept for the error message only.
 */
export async function runChild<T>(script: string, args: string[]): Promise<{ result: T; treePeakBytes: number }> {
  settleDisk();
  const resultFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "bench-result-")), "result.json");
  const output: string[] = [];
  let treePeakBytes = 0;
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [...BUILD_NODE_FLAGS, path.join(root, "scripts/run-typescript.js"), path.join(import.meta.dirname, script), "--result", resultFile, ...args], {
      cwd: root,
      env: process.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const sampler = sampleTreeMemory(child.pid);
    child.on("close", () => {
      treePeakBytes = sampler.stop();
    });
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.on("error", reject);
    child.on("close", resolve);
  });
  if (code !== 0 || !fs.existsSync(resultFile)) throw new Error(`${script} ${args.join(" ")} failed (exit ${code}):\n${output.join("").slice(-4000)}`);
  const result = JSON.parse(fs.readFileSync(resultFile, "utf8")) as T;
  fs.rmSync(path.dirname(resultFile), { recursive: true, force: true });
  return { result, treePeakBytes };
}

/**
 * Writes what the previous step left in the page cache (a generated corpus, a written site) to
 * disk before the next measurement starts. On this machine's virtual disk, writeback and discards
 * from an earlier step otherwise land in the middle of the next build's writes and slowed them
 * by up to ten times from one run to the next. Linux `sync`; elsewhere nothing.
 */
function settleDisk(): void {
  spawnSync("sync", { stdio: "ignore" });
}

/**
 * Peak memory of a process and everything it started, summed: Pagefind indexes in its own
 * process while Node keeps the whole site in memory, so Node's own maxRSS misses part of the
 * peak. Samples /proc every 50 ms (Linux only; elsewhere it reports 0).
 */
function sampleTreeMemory(pid: number | undefined): { stop(): number } {
  let peak = 0;
  const timer = setInterval(() => {
    if (pid === undefined) return;
    peak = Math.max(peak, treeRss(pid));
  }, 50);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}

const PAGE_SIZE = 4096;

function treeRss(rootPid: number): number {
  let entries: string[];
  try {
    entries = fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  const children = new Map<number, number[]>();
  for (const name of entries) {
    try {
      // The fields after the command name (which may hold spaces) start with state, then the parent pid.
      const stat = fs.readFileSync(`/proc/${name}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  let total = 0;
  for (const queue = [rootPid]; queue.length > 0; ) {
    const pid = queue.pop()!;
    try {
      total += Number(fs.readFileSync(`/proc/${pid}/statm`, "utf8").split(" ")[1]) * PAGE_SIZE;
    } catch {
      continue;
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** The peak resident memory of this process so far, in bytes (Node reports kilobytes). */
export function peakMemoryBytes(): number {
  return process.resourceUsage().maxRSS * 1024;
}

/** Writes a child's result where `runChild` looks for it. */
export function writeResult(file: string | undefined, result: unknown): void {
  if (!file) throw new Error("missing --result FILE");
  fs.writeFileSync(file, JSON.stringify(result));
}
