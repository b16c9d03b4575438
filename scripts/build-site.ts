import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import v8 from "node:v8";
import vm from "node:vm";
import { ContentError, formatProblems } from "../src/content/problems.ts";
import { earlyPreparer, prepareArticlePages } from "../src/eleventy/early-pages.ts";
import { readBuildOptions } from "../src/eleventy/options.ts";
import { pageWritesSettled } from "../src/eleventy/page-writer.ts";
import { BUILD_MARKS, runPostBuild } from "../src/eleventy/post-build.ts";
import { siteBundle } from "./lib/site-bundle.ts";

export interface BuildSiteOptions {
  /** Where the finished site goes; replaced only when the whole build succeeds. */
  output: string;
  pathPrefix?: string;
  /** Another folder of content packages (tests, bench). */
  contentDir?: string;
  mode?: "production" | "development";
}

export interface BuildSiteResult {
  ok: boolean;
  /** A readable explanation when the build failed. */
  message?: string;
  seconds: number;
  /** Where the time went, from the post-build step's performance marks (read by `npm run bench`). */
  stages?: BuildStages;
}

export interface BuildStages {
  /** From the start until Eleventy has written every page: loading Eleventy, the config and the pages, content, assets, rendering, writing. */
  eleventySeconds: number;
  /** From the start until every page was rendered; the rest of the Eleventy stage is writing the pages. */
  renderedSeconds: number;
  /** CPU time of this process (all its threads) in the same stretch. */
  eleventyCpuSeconds: number;
  /** Pagefind's index of the written pages, counted from the end of the Eleventy stage: so it includes collecting Eleventy's memory first (a fraction of a second). */
  searchIndexSeconds: number;
  serviceWorkerSeconds: number;
}

const root = path.resolve(import.meta.dirname, "..");

/**
 * Builds into a fresh staging folder beside the output and swaps it in only at the end, so that a
 * failed build leaves the last good site exactly as it was, and no stale page ever survives.
 */
export async function buildSite(options: BuildSiteOptions): Promise<BuildSiteResult> {
  const started = performance.now();
  const startedCpu = process.cpuUsage();
  for (const mark of Object.values(BUILD_MARKS)) performance.clearMarks(mark);
  const output = path.resolve(options.output);
  const staging = `${output}.staging-${process.pid}`;
  process.env.SITE_MODE = options.mode ?? "production";
  if (options.contentDir) process.env.SITE_CONTENT_DIR = path.resolve(options.contentDir);
  else delete process.env.SITE_CONTENT_DIR;
  try {
    // Inside the try: an output folder that cannot be made is a failed build, told like any other.
    fs.rmSync(staging, { recursive: true, force: true });
    await writePages(staging, options);
    performance.mark(BUILD_MARKS.eleventyDone, { detail: process.cpuUsage() });
    await releaseMemory();
    await runPostBuild(staging, readBuildOptions());
    swapIn(staging, output);
    const stages = readStages(started, startedCpu);
    return { ok: true, seconds: (performance.now() - started) / 1000, ...(stages ? { stages } : {}) };
  } catch (error) {
    await pageWritesSettled();
    // A build that failed before Eleventy started has a head start that no page writer took over.
    await earlyPreparer.get()?.settled();
    try {
      fs.rmSync(staging, { recursive: true, force: true });
    } catch {
      // Where no staging folder could be made, there is nothing to remove; the first error is the one to tell.
    }
    return { ok: false, message: explain(error), seconds: (performance.now() - started) / 1000 };
  } finally {
    earlyPreparer.set(undefined);
  }
}

/** What the site bundle exports (scripts/lib/site-bundle.ts), as buildSite uses it. */
interface SiteBundle {
  Eleventy: typeof import("@11ty/eleventy").Eleventy;
}

/** Eleventy's part: loads the content and writes every page into `staging`. */
async function writePages(staging: string, options: BuildSiteOptions): Promise<void> {
  // The articles' page files are made from now on, while Eleventy loads (src/eleventy/early-pages.ts).
  prepareArticlePages(staging, root, readBuildOptions().contentDir);
  // Eleventy, the config and the pages as one module (scripts/lib/site-bundle.ts), which is also Eleventy's config.
  const bundle = await siteBundle();
  const { Eleventy } = (await import(pathToFileURL(bundle).href)) as SiteBundle;
  process.env.SITE_ONE_OFF_BUILD = "1";
  try {
    const eleventy = new Eleventy(path.join(root, "src/pages"), staging, {
      configPath: bundle,
      pathPrefix: options.pathPrefix ?? "/",
      quietMode: true,
      // Renders every page but writes none: src/eleventy/page-writer.ts writes them, into files a thread prepared.
      dryRun: true,
    });
    // The caller reports the outcome and every content problem; Eleventy's own summary of a dry run would say "Wrote 0 files".
    eleventy.disableLogger();
    await eleventy.write();
  } finally {
    delete process.env.SITE_ONE_OFF_BUILD;
  }
}

/**
 * Eleventy keeps every rendered page in memory until its run ends: about 0.8 GB at 10,000
 * articles, in a heap that has grown to twice that. Collecting it now, before Pagefind's process
 * starts, keeps the two peaks apart. `gc` is exposed for this one call; a macrotask in between lets
 * the finished run's promises let go of their results first.
 */
async function releaseMemory(): Promise<void> {
  v8.setFlagsFromString("--expose-gc");
  const gc = vm.runInNewContext("gc") as () => void;
  await new Promise((resolve) => setTimeout(resolve, 0));
  gc();
  await new Promise((resolve) => setTimeout(resolve, 50));
  gc();
}

/** Stage times of the build that started at `started`, or undefined when a mark is missing. */
function readStages(started: number, startedCpu: NodeJS.CpuUsage): BuildStages | undefined {
  const last = (name: string) => performance.getEntriesByName(name, "mark").at(-1) as PerformanceMark | undefined;
  const [rendered, eleventy, searchIndex, serviceWorker] = [last(BUILD_MARKS.pagesRendered), last(BUILD_MARKS.eleventyDone), last(BUILD_MARKS.searchIndexDone), last(BUILD_MARKS.serviceWorkerDone)];
  if (!rendered || !eleventy || !searchIndex || !serviceWorker) return undefined;
  const cpu = eleventy.detail as NodeJS.CpuUsage;
  return {
    eleventySeconds: (eleventy.startTime - started) / 1000,
    renderedSeconds: (rendered.startTime - started) / 1000,
    eleventyCpuSeconds: (cpu.user + cpu.system - startedCpu.user - startedCpu.system) / 1e6,
    searchIndexSeconds: (searchIndex.startTime - eleventy.startTime) / 1000,
    serviceWorkerSeconds: (serviceWorker.startTime - searchIndex.startTime) / 1000,
  };
}

function swapIn(staging: string, output: string): void {
  const previous = `${output}.previous-${process.pid}`;
  if (fs.existsSync(output)) fs.renameSync(output, previous);
  fs.renameSync(staging, output);
  fs.rmSync(previous, { recursive: true, force: true });
}

/**
 * Finds the content problems inside Eleventy's wrapped errors. Anything else is told as Eleventy's
 * outer message (which names the template) and the error at the bottom of the chain (which says
 * what went wrong), with the bottom one's stack.
 */
export function explain(error: unknown): string {
  const chain: unknown[] = [];
  for (let current: unknown = error; current; current = (current as { cause?: unknown; originalError?: unknown }).originalError ?? (current as { cause?: unknown }).cause) {
    if (current instanceof ContentError) return formatProblems(current.problems);
    if (current && typeof current === "object" && "problems" in current && Array.isArray((current as ContentError).problems)) return formatProblems((current as ContentError).problems);
    chain.push(current);
  }
  const [outer, inner] = [chain[0], chain.at(-1)];
  if (!(inner instanceof Error)) return String(inner);
  if (outer === inner || !(outer instanceof Error)) return inner.stack ?? inner.message;
  return `${outer.message}: ${inner.stack ?? inner.message}`;
}
