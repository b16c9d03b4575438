import { processSlot } from "./process-slot.ts";
import { buildSearchIndex } from "./search-index.ts";
import { writeServiceWorker } from "./service-worker.ts";
import type { BuildOptions } from "./options.ts";
import type { EleventyConfig } from "./types.ts";

/**
 * Performance marks at the borders of the post-build steps. `buildSite` and `npm run bench` read
 * them to split a build into its Eleventy, Pagefind and service worker stages; marks are
 * process-wide, so they need no channel between Eleventy's config and the caller. Each carries
 * the process's CPU time as `detail`, which stays meaningful on a machine busy with other work.
 */
export const BUILD_MARKS = {
  /** Every page rendered: the page writer (src/eleventy/page-writer.ts) is about to write the first. */
  pagesRendered: "site:pages-rendered",
  eleventyDone: "site:eleventy-done",
  searchIndexDone: "site:search-index-done",
  serviceWorkerDone: "site:service-worker-done",
} as const;

/** The last search index refresh of this process, queued or running (see src/eleventy/process-slot.ts). */
const refresh = processSlot<Promise<void>>("searchIndexRefresh");

/** Resolves when no background search index refresh is running or queued (for the bench and tests). */
export async function searchIndexSettled(): Promise<void> {
  for (let seen: Promise<void> | undefined; seen !== refresh.get(); ) {
    seen = refresh.get();
    await seen;
  }
}

/**
 * The steps that need the finished pages, in the order they depend on each other: the search
 * index reads the pages; the service worker precaches pages and the index.
 *
 * A one-off build by `buildSite` (which sets `oneOffBuild`) runs them itself, after
 * Eleventy has returned and its memory (every rendered page) is released, so that Pagefind's
 * process does not add its peak to Eleventy's. Otherwise (`npm start`, a bare `npx @11ty/eleventy`)
 * this plugin runs them after each build. In `npm start` the development worker precaches
 * nothing, so after the first build (which waits, so that search works once the server is up)
 * the search index is refreshed in the background: the edited page reloads in the browser at
 * once, and search catches up a second or so later. Refreshes run one at a time, in order, so the
 * last one indexes the last build.
 */
export function postBuild(config: EleventyConfig, options: BuildOptions): void {
  let built = false;
  config.on("eleventy.after", async ({ directories, runMode }) => {
    // `buildSite` runs them itself, once Eleventy's memory is free.
    if (options.oneOffBuild) return;
    performance.mark(BUILD_MARKS.eleventyDone, { detail: process.cpuUsage() });
    await runPostBuild(directories.output, options, { indexInBackground: built && options.mode === "development" && runMode !== "build" });
    built = true;
  });
}

/** Writes the search index, then the service worker, into a site Eleventy has just written. */
export async function runPostBuild(outputDir: string, options: BuildOptions, { indexInBackground = false } = {}): Promise<void> {
  const index = (refresh.get() ?? Promise.resolve()).then(async () => {
    await buildSearchIndex(outputDir);
    performance.mark(BUILD_MARKS.searchIndexDone, { detail: process.cpuUsage() });
  });
  // A failed refresh must not stop the next one from running; in the foreground it fails the build.
  refresh.set(
    index.catch((error: unknown) => {
      if (indexInBackground) console.error(`[search] the search index was not refreshed: ${(error as Error).message}`);
    }),
  );
  if (!indexInBackground) await index;
  await writeServiceWorker(outputDir, options);
  performance.mark(BUILD_MARKS.serviceWorkerDone, { detail: process.cpuUsage() });
}
