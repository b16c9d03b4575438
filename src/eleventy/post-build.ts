import { buildSearchIndex } from "./search-index.ts";
import { writeServiceWorker } from "./service-worker.ts";
import type { BuildOptions } from "./options.ts";
import type { EleventyConfig } from "./types.ts";

/**
 * The steps that need the finished pages, in the order they depend on each other: the search
 * index reads the pages; the service worker precaches pages and the index. One listener keeps
 * that order explicit (Eleventy does not promise an order between separate listeners).
 */
export function postBuild(config: EleventyConfig, options: BuildOptions): void {
  config.on("eleventy.after", async ({ directories }) => {
    await buildSearchIndex(directories.output);
    await writeServiceWorker(directories.output, options);
  });
}
