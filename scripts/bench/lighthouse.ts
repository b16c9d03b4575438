import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromiumPath } from "../../tests/support/browser.ts";
import { serveStatic } from "../lib/static-server.ts";

export interface LighthouseScores {
  page: string;
  url: string;
  /** Category id (performance, accessibility, best-practices, seo) to score out of 100. */
  scores: Record<string, number>;
  /** Audits that scored below 1, so that a score under 100 says why. */
  failing: string[];
}

const root = path.resolve(import.meta.dirname, "../..");
const CLI = path.join(root, "node_modules/lighthouse/cli/index.js");

interface LighthouseReport {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; scoreDisplayMode: string; title: string }>;
  runtimeError?: { message: string };
}

/**
 * Lighthouse 12.2.3 (mobile preset, its default: an emulated mid-range phone, simulated slow 4G
 * and CPU throttling) on pages of a built site, served on loopback the way a static host would.
 * Runs the CLI in its own process with Debian's Chromium, one page after the other.
 */
export async function runLighthouse(siteDir: string, pages: { name: string; path: string }[]): Promise<LighthouseScores[]> {
  if (!fs.existsSync(CLI)) throw new Error("Lighthouse is not installed: `npm i -D -E lighthouse@12.2.3` (later versions need Node 22).");
  const server = await serveStatic(siteDir, { prefix: "/" });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "bench-lighthouse-"));
  try {
    const results: LighthouseScores[] = [];
    for (const page of pages) {
      const url = `${server.url}${page.path.replace(/^\//, "")}`;
      const report = path.join(work, `${page.name.replace(/\W+/g, "-")}.json`);
      await runCli(url, report);
      const json = JSON.parse(fs.readFileSync(report, "utf8")) as LighthouseReport;
      if (json.runtimeError) throw new Error(`Lighthouse could not test ${url}: ${json.runtimeError.message}`);
      const scores = Object.fromEntries(Object.entries(json.categories).map(([id, category]) => [id, Math.round((category.score ?? 0) * 100)]));
      const failing = Object.values(json.categories)
        .flatMap((category) => category.auditRefs.filter((ref) => ref.weight > 0).map((ref) => ref.id))
        .filter((id, index, all) => all.indexOf(id) === index)
        .map((id) => json.audits[id])
        .filter((audit): audit is NonNullable<typeof audit> => audit !== undefined && audit.scoreDisplayMode !== "notApplicable" && audit.score !== null && audit.score < 1)
        .map((audit) => `${audit.title} (${Math.round((audit.score ?? 0) * 100)})`);
      results.push({ page: page.name, url: page.path, scores, failing });
    }
    return results;
  } finally {
    await server.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function runCli(url: string, outputPath: string): Promise<void> {
  const flags = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking"];
  return new Promise((resolve, reject) => {
    const output: string[] = [];
    const child = spawn(process.execPath, [CLI, url, "--quiet", "--output=json", `--output-path=${outputPath}`, `--chrome-flags=${flags.join(" ")}`], {
      env: { ...process.env, CHROME_PATH: chromiumPath() },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`Lighthouse failed on ${url} (exit ${code}):\n${output.join("").slice(-3000)}`))));
  });
}
