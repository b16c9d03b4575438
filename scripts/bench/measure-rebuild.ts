/**
 * Child process of `npm run bench`: a one-article rebuild in watch mode, as `npm start` does it.
 *
 * It starts Eleventy the way scripts/dev-server.ts does (development mode, the project config,
 * `watch()`), lets it finish its first build, then edits one article on disk and calls the
 * function that Eleventy's file watcher calls on a change (`watch()` returns it for this use).
 * The chokidar watcher itself is closed first: other people editing this working tree must not
 * start rebuilds in the middle of a measurement. What is timed is the rebuild Eleventy runs for
 * the change, post-build steps (Pagefind) included; in `npm start` chokidar adds its 150 ms check
 * that the editor has finished writing before that. It edits twice by default; the second is the
 * steady state of an editing session. The edited page is checked for the new text, so a rebuild that
 * skipped it cannot look fast.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { BUILD_MARKS } from "../../src/eleventy/post-build.ts";
import { peakMemoryBytes, writeResult } from "./child.ts";

export interface RebuildMeasurement {
  /** One entry per edit, in order; the last is the steady state of an editing session. */
  rebuilds: { seconds: number; eleventySeconds: number; eleventyCpuSeconds: number; searchIndexSeconds: number }[];
  /** The article that was edited, relative to the content folder. */
  article: string;
  peakMemoryBytes: number;
}

const { values } = parseArgs({ options: { result: { type: "string" }, content: { type: "string" }, output: { type: "string" }, edits: { type: "string", default: "2" } } });
if (!values.content || !values.output) throw new Error("usage: measure-rebuild.ts --content DIR --output DIR --result FILE [--edits 2]");
const root = path.resolve(import.meta.dirname, "../..");
const contentDir = path.resolve(values.content);
const output = path.resolve(values.output);
process.env.SITE_MODE = "development";
process.env.SITE_CONTENT_DIR = contentDir;
fs.rmSync(output, { recursive: true, force: true });

const article = pickArticle(contentDir);
const { Eleventy } = await import("@11ty/eleventy");
/** The watch-mode parts of Eleventy 3.1's API that src/types/eleventy.d.ts leaves out. */
interface WatchingEleventy {
  init(): Promise<void>;
  /** Builds, starts chokidar and returns the function chokidar calls with a changed path. */
  watch(): Promise<(changed: string) => Promise<void>>;
  watcher?: { close(): Promise<void> };
  stopWatch(): Promise<void>;
}
const eleventy = new Eleventy(path.join(root, "src/pages"), output, { configPath: path.join(root, "eleventy.config.ts"), runMode: "watch", quietMode: true }) as unknown as WatchingEleventy;
await eleventy.init();
const watchRun = await eleventy.watch();
await eleventy.watcher?.close();

const rebuilds: RebuildMeasurement["rebuilds"] = [];
for (let edit = 1; edit <= Number(values.edits); edit++) {
  const marker = `benchedit${edit}${process.pid}`;
  fs.appendFileSync(article, `\nOne more sentence about ${marker} for the rebuild measurement.\n`);
  const started = performance.now();
  const startedCpu = process.cpuUsage();
  await watchRun(article);
  const finished = performance.now();
  const mark = (name: string) => performance.getEntriesByName(name, "mark").at(-1)?.startTime ?? Number.NaN;
  const cpu = (performance.getEntriesByName(BUILD_MARKS.eleventyDone, "mark").at(-1) as PerformanceMark | undefined)?.detail as NodeJS.CpuUsage | undefined;
  rebuilds.push({
    seconds: (finished - started) / 1000,
    eleventySeconds: (mark(BUILD_MARKS.eleventyDone) - started) / 1000,
    eleventyCpuSeconds: cpu ? (cpu.user + cpu.system - startedCpu.user - startedCpu.system) / 1e6 : Number.NaN,
    searchIndexSeconds: (mark(BUILD_MARKS.searchIndexDone) - mark(BUILD_MARKS.eleventyDone)) / 1000,
  });
  const page = path.join(output, "en/articles", path.basename(article, ".md"), "index.html");
  if (!fs.readFileSync(page, "utf8").includes(marker)) throw new Error(`the rebuild after editing ${article} did not update ${page}`);
}
await eleventy.stopWatch();
const measurement: RebuildMeasurement = { rebuilds, article: path.relative(contentDir, article), peakMemoryBytes: peakMemoryBytes() };
writeResult(values.result, measurement);
// Eleventy's watcher and the Pagefind service keep handles open; the measurement is written.
process.exit(0);

/** An English guide or tip from the middle of the corpus: an ordinary page, not the first or last. */
function pickArticle(dir: string): string {
  const files = fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.split(path.sep).slice(-2, -1)[0] === "en" && file.endsWith(".md"))
    .sort();
  const candidates = files.filter((file) => /^kind: (guide|tip)$/m.test(fs.readFileSync(path.join(dir, file), "utf8")));
  const chosen = candidates[Math.floor(candidates.length / 2)];
  if (!chosen) throw new Error(`no English guide or tip under ${dir}`);
  return path.join(dir, chosen);
}
