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
  eleventyDone: "site:eleventy-done",
  searchIndexDone: "site:search-index-done",
  serviceWorkerDone: "site:service-worker-done",
} as const;

/**
 * The steps that need the finished pages, in the order they depend on each other: the search
 * index reads the pages; the service worker precaches pages and the index. One listener keeps
 * that order explicit (Eleventy does not promise an order between separate listeners).
 */
export function postBuild(config: EleventyConfig, options: BuildOptions): void {
  config.on("eleventy.after", async ({ directories }) => {
    performance.mark(BUILD_MARKS.eleventyDone, { detail: process.cpuUsage() });
    await buildSearchIndex(directories.output);
    performance.mark(BUILD_MARKS.searchIndexDone, { detail: process.cpuUsage() });
    await writeServiceWorker(directories.output, options);
    performance.mark(BUILD_MARKS.serviceWorkerDone, { detail: process.cpuUsage() });
  });
}
