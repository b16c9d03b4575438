/**
 * Child process of `npm run bench`: a one-article rebuild in watch mode, as `npm start` does it.
 *
 * A watch session (scripts/lib/watch-session.ts) makes its first build; then one article's text
 * is edited on disk and the rebuild that Eleventy's watcher would start is run and timed, until
 * the pages are written (in `npm start`, chokidar first waits 150 ms for the editor to finish
 * writing). The search index is refreshed in the background of a rebuild
 * (src/eleventy/post-build.ts): it is timed on its own, until the new index is written, and the
 * next edit waits for it. It edits twice by default; the second is the steady state of an editing
 * session. The edited page is checked for the new text, so a rebuild that skipped it cannot look fast.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { BUILD_MARKS } from "../../src/eleventy/post-build.ts";
import { startWatchSession } from "../lib/watch-session.ts";
import { peakMemoryBytes, writeResult } from "./child.ts";

export interface RebuildMeasurement {
  /** One entry per edit, in order; the last is the steady state of an editing session. */
  rebuilds: {
    /** From the edit until the edited page is written and the browser is told to reload. */
    seconds: number;
    eleventySeconds: number;
    eleventyCpuSeconds: number;
    /** From the edit until the background search index refresh has written the new index. */
    searchIndexSeconds: number;
  }[];
  /** The article that was edited, relative to the content folder. */
  article: string;
  peakMemoryBytes: number;
}

const { values } = parseArgs({ options: { result: { type: "string" }, content: { type: "string" }, output: { type: "string" }, edits: { type: "string", default: "2" } } });
if (!values.content || !values.output) throw new Error("usage: measure-rebuild.ts --content DIR --output DIR --result FILE [--edits 2]");
const contentDir = path.resolve(values.content);
const output = path.resolve(values.output);

const article = pickArticle(contentDir);
const session = await startWatchSession({ contentDir, output });

const rebuilds: RebuildMeasurement["rebuilds"] = [];
for (let edit = 1; edit <= Number(values.edits); edit++) {
  const marker = `benchedit${edit}${process.pid}`;
  fs.appendFileSync(article, `\nOne more sentence about ${marker} for the rebuild measurement.\n`);
  const started = performance.now();
  const startedCpu = process.cpuUsage();
  await session.rebuild(article);
  const finished = performance.now();
  await session.searchIndexSettled();
  const mark = (name: string) => performance.getEntriesByName(name, "mark").at(-1)?.startTime ?? Number.NaN;
  if (!(mark(BUILD_MARKS.searchIndexDone) > started)) throw new Error(`the search index was not refreshed after editing ${article}: see the [search] message above`);
  const cpu = (performance.getEntriesByName(BUILD_MARKS.eleventyDone, "mark").at(-1) as PerformanceMark | undefined)?.detail as NodeJS.CpuUsage | undefined;
  rebuilds.push({
    seconds: (finished - started) / 1000,
    eleventySeconds: (mark(BUILD_MARKS.eleventyDone) - started) / 1000,
    eleventyCpuSeconds: cpu ? (cpu.user + cpu.system - startedCpu.user - startedCpu.system) / 1e6 : Number.NaN,
    searchIndexSeconds: (mark(BUILD_MARKS.searchIndexDone) - started) / 1000,
  });
  const page = path.join(output, "en/articles", path.basename(article, ".md"), "index.html");
  if (!fs.readFileSync(page, "utf8").includes(marker)) throw new Error(`the rebuild after editing ${article} did not update ${page}`);
}
await session.stop();
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
