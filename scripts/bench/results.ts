import type { LighthouseScores } from "./lighthouse.ts";
import type { BuildMeasurement } from "./measure-build.ts";
import type { FloorMeasurement } from "./measure-floor.ts";
import type { RebuildMeasurement } from "./measure-rebuild.ts";
import type { SiteWeight } from "./weigh.ts";

/** The targets of issue 10, in one place for the report and its JSON. */
export const BUDGETS = {
  /** The Eleventy stage within this multiple of the markdown-it floor (at 1,000 and 10,000 articles). */
  eleventyOverFloor: 5,
  /** Peak memory of the 10,000-article build. */
  peakMemoryBytes: 2.5 * 1024 ** 3,
  /** A one-article rebuild at 1,000 articles. */
  rebuildSeconds: 0.3,
  /** An article page at first view: HTML + CSS + JS, gzip. */
  articleFirstViewGzip: 20 * 1024,
  firstQueryBytes: 120 * 1024,
  /** What one language's visitor downloads when the service worker installs. */
  precacheBytes: 1_500_000,
} as const;

export interface BuildWithMemory extends BuildMeasurement {
  /** Peak of the build's process tree (Node plus Pagefind), sampled every 100 ms. */
  treePeakBytes: number;
}

export interface SizeResult {
  /** Runs of the floor and of the build, in turns; each is the fastest of them. */
  runs: number;
  /** Article files, en + nl together. */
  articles: number;
  pairs: number;
  packages: number;
  markdownBytes: number;
  generateSeconds: number;
  floor: FloorMeasurement;
  build: BuildWithMemory;
  rebuild: (RebuildMeasurement & { treePeakBytes: number }) | undefined;
  /** The Eleventy stage divided by the floor, wall-clock. */
  eleventyOverFloor: number;
  /**
   * The same with CPU time on both sides: steadier when other work shares the machine, but not
   * the target, which is about the stage's time. The build's figure counts all its threads (the
   * preparer threads, V8's compiler threads, and from 2,000 files on the reader threads); the
   * floor is one loop.
   */
  eleventyCpuOverFloor: number;
}

/** What every build pays, whatever its content: a 2-article build's stages. */
export interface StartupMeasurement {
  /** The Eleventy stage of a build of one article in each language: importing Eleventy, the config and the templates, bundling the browser code, and the fixed pages (home, lists, health check, feeds) of an almost empty site. */
  eleventySeconds: number;
}

export interface BenchResults {
  date: string;
  machine: { node: string; cpus: number; cpuModel: string; memoryBytes: number; loadAverageAtStart: number[]; loadAverageAtEnd: number[] };
  seed: number;
  /** Runs of the start-up build and of the shipped site's build (the corpora have their own). */
  runs: number;
  sizes: SizeResult[];
  startup: StartupMeasurement | undefined;
  site: { build: BuildWithMemory; weight: SiteWeight } | undefined;
  lighthouse: LighthouseScores[] | undefined;
}

const seconds = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(1)) + " s";
const mb = (bytes: number) => `${Math.round(bytes / 1024 ** 2)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mark = (ok: boolean) => (ok ? "ok" : "OVER");

function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(" | ")} |`;
  return [line(header), `| ${widths.map((width) => "-".repeat(width)).join(" | ")} |`, ...rows.map(line)].join("\n");
}

/** How many runs each corpus had, and which of them its row shows. */
function describeRuns(sizes: SizeResult[]): string {
  const counts = sizes.map((size) => `${size.articles.toLocaleString("en")}: ${size.runs === 1 ? "one run" : `best of ${size.runs}`}`);
  const best = sizes.some((size) => size.runs > 1) ? " Of several runs, made in turns with the floor's, the row shows the build whose Eleventy stage was fastest, and the fastest floor." : "";
  return `Runs per corpus (${counts.join("; ")}).${best} `;
}

/** The whole report as Markdown tables, ready to paste into the README. */
export function formatReport(results: BenchResults): string {
  const parts: string[] = [];
  const { machine } = results;
  parts.push(
    `Benchmark of ${results.date} on ${machine.cpus} x ${machine.cpuModel}, ${mb(machine.memoryBytes)} RAM, Node ${machine.node}; load average ${machine.loadAverageAtStart.map((n) => n.toFixed(1)).join(" ")} at the start, ${machine.loadAverageAtEnd.map((n) => n.toFixed(1)).join(" ")} at the end. ` +
      (results.site ? (results.runs > 1 ? `Best of ${results.runs} runs for the shipped site.` : "One run for the shipped site.") : ""),
  );
  if (results.sizes.length > 0) {
    parts.push(
      `### Synthetic corpora (seed ${results.seed})\n\n` +
        `N article files = N/2 articles in English and Dutch; one pair (both languages) per ten files. Times are wall-clock. ${describeRuns(results.sizes)}The Eleventy stage ends when every page is on disk; in brackets, when every page was rendered (the rest is writing the pages). Peak memory is the build process's maxRSS and, beside it, the sampled peak of the process with Pagefind's.` +
        (results.startup ? ` Every build first pays a fixed start-up, whatever its size: a 2-article build's Eleventy stage (best of at least 2) took ${seconds(results.startup.eleventySeconds)}; the last column divides the rest of the stage by the floor.` : "") +
        "\n\n" +
        table(
          ["articles", "pairs", "pages", "full build", "Eleventy (all rendered at)", "Pagefind", "service worker", "peak memory", "1-article rebuild", "markdown-it floor", "Eleventy / floor", "same, CPU time", "after start-up / floor"],
          results.sizes.map((size) => {
            const rebuild = size.rebuild?.rebuilds.at(-1);
            return [
              size.articles.toLocaleString("en"),
              size.pairs.toLocaleString("en"),
              size.build.htmlPages.toLocaleString("en"),
              seconds(size.build.seconds),
              `${seconds(size.build.stages.eleventySeconds)} (${seconds(size.build.stages.renderedSeconds)})`,
              seconds(size.build.stages.searchIndexSeconds),
              seconds(size.build.stages.serviceWorkerSeconds),
              `${mb(size.build.peakMemoryBytes)} / ${mb(size.build.treePeakBytes)}`,
              rebuild ? `${seconds(rebuild.seconds)} (search ready after ${seconds(rebuild.searchIndexSeconds)})` : "not measured",
              seconds(size.floor.seconds),
              `${size.eleventyOverFloor.toFixed(1)}x`,
              `${size.build.stages.eleventyCpuSeconds.toFixed(1)} s / ${size.floor.cpuSeconds.toFixed(2)} s = ${size.eleventyCpuOverFloor.toFixed(1)}x`,
              results.startup ? `${((size.build.stages.eleventySeconds - results.startup.eleventySeconds) / size.floor.seconds).toFixed(1)}x` : "not measured",
            ];
          }),
        ),
    );
    const checks: string[] = [];
    for (const size of results.sizes) {
      if (size.articles >= 1000) checks.push(`- Eleventy stage within ${BUDGETS.eleventyOverFloor}x the floor at ${size.articles.toLocaleString("en")}: ${size.eleventyOverFloor.toFixed(1)}x wall-clock, ${mark(size.eleventyOverFloor <= BUDGETS.eleventyOverFloor)} (in CPU time ${size.eleventyCpuOverFloor.toFixed(1)}x, for information: the build's threads against the floor's one)`);
      if (size.articles >= 10000) {
        const peak = Math.max(size.build.peakMemoryBytes, size.build.treePeakBytes);
        const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GB`;
        checks.push(`- Peak memory of the ${size.articles.toLocaleString("en")}-article build within ${gb(BUDGETS.peakMemoryBytes)}: Node ${gb(size.build.peakMemoryBytes)}, ${mark(size.build.peakMemoryBytes <= BUDGETS.peakMemoryBytes)}; with Pagefind's process ${gb(peak)}, ${mark(peak <= BUDGETS.peakMemoryBytes)}`);
      }
      const rebuild = size.rebuild?.rebuilds.at(-1);
      if (size.articles === 1000 && rebuild) checks.push(`- One-article rebuild at 1,000 under ${BUDGETS.rebuildSeconds} s: ${seconds(rebuild.seconds)}, ${mark(rebuild.seconds <= BUDGETS.rebuildSeconds)}`);
    }
    if (checks.length > 0) parts.push(checks.join("\n"));
  }
  if (results.site) {
    const { build, weight } = results.site;
    parts.push(
      `### The shipped site\n\nFull build ${seconds(build.seconds)} (Eleventy ${seconds(build.stages.eleventySeconds)}, Pagefind ${seconds(build.stages.searchIndexSeconds)}, service worker ${seconds(build.stages.serviceWorkerSeconds)}), ${build.htmlPages} pages, peak memory ${mb(build.peakMemoryBytes)}.\n\n` +
        "First view per page type: the heaviest page of each type, with what it loads before any interaction (its stylesheet, its module scripts and their static imports); gzip at zlib's default level.\n\n" +
        table(
          ["page type", "pages", "heaviest page", "HTML", "CSS", "JS", "total gzip", "median total gzip"],
          weight.pageTypes.map((type) => [
            type.type,
            String(type.pages),
            type.heaviest.page,
            `${kb(type.heaviest.html.raw)} / ${kb(type.heaviest.html.gzip)}`,
            `${kb(type.heaviest.css.raw)} / ${kb(type.heaviest.css.gzip)}`,
            `${kb(type.heaviest.js.raw)} / ${kb(type.heaviest.js.gzip)}`,
            kb(type.heaviest.total.gzip),
            kb(type.medianGzip),
          ]),
        ) +
        "\n\n(HTML, CSS and JS as raw / gzip.)",
    );
    const article = weight.pageTypes.find((type) => type.type === "article");
    const lines: string[] = [];
    if (article) lines.push(`- Heaviest article page at first view: ${kb(article.heaviest.total.gzip)} gzip, ${mark(article.heaviest.total.gzip <= BUDGETS.articleFirstViewGzip)} (budget ${kb(BUDGETS.articleFirstViewGzip)})`);
    const query = weight.firstQuery;
    lines.push(`- First query ("${query.query}" in the search dialog): ${query.requests} requests, ${kb(query.raw)} as files, ${kb(query.transferred)} transferred, ${mark(query.transferred <= BUDGETS.firstQueryBytes)} (budget ${kb(BUDGETS.firstQueryBytes)})`);
    const decimalMb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
    for (const precache of weight.precache) lines.push(`- Service worker precache for ${precache.lang}: ${precache.files} files, ${decimalMb(precache.raw)} as files, ${decimalMb(precache.transferred)} transferred, ${mark(precache.transferred <= BUDGETS.precacheBytes)} (budget ${decimalMb(BUDGETS.precacheBytes)})`);
    parts.push(lines.join("\n"));
  }
  if (results.lighthouse) {
    const categories = [...new Set(results.lighthouse.flatMap((result) => Object.keys(result.scores)))];
    parts.push(
      "### Lighthouse 12.2.3, mobile preset\n\n" +
        table(["page", "URL", ...categories], results.lighthouse.map((result) => [result.page, result.url, ...categories.map((category) => String(result.scores[category] ?? "-"))])) +
        results.lighthouse
          .filter((result) => result.failing.length > 0)
          .map((result) => `\n\n${result.page}: ${result.failing.join("; ")}`)
          .join(""),
    );
  }
  return parts.join("\n\n");
}
