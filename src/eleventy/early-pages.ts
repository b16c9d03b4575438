import path from "node:path";
import { articleFiles, discoverPackages } from "../content/discover.ts";
import { ProblemList } from "../content/problems.ts";
import { outputFileOf, paths } from "../site/paths.ts";
import { OutputPreparer } from "./output-preparer.ts";
import { processSlot } from "./process-slot.ts";

/**
 * A one-off build's head start on making its page files (see src/eleventy/page-writer.ts).
 *
 * Making a folder and an empty file is most of what writing a page costs the disk here, and it
 * varies: about 0.04 ms each on this machine's ext4, up to 1.5 ms for minutes after many files
 * were deleted (every build deletes the site it replaces; scripts/bench.ts tells why). The page writer's preparer thread starts when
 * Eleventy knows every URL, after the content has loaded; when the disk was slow it was still
 * making files after the last page rendered, and the writes waited for it.
 *
 * Each article's page is known sooner, from its file name: `/{lang}/articles/{id}/`, and the
 * articles are most of the pages. So `buildSite` starts this thread on them at once, before
 * Eleventy loads, and the page writer's own preparer makes only the rest. Content that fails to
 * load fails the build and its staging folder goes; a file made here that the build does not
 * write is removed at the end (src/eleventy/page-writer.ts), so no empty page can ship.
 */
export function prepareArticlePages(outputDir: string, root: string, contentDir: string): OutputPreparer | undefined {
  const files: string[] = [];
  try {
    // Only the workspace packages: installed ones are named in `_data/site.yaml`, read later.
    for (const { dir } of discoverPackages(root, contentDir, [], new ProblemList())) {
      for (const { lang, absolute } of articleFiles(dir)) {
        files.push(path.resolve(outputDir, outputFileOf(paths.article(lang, path.basename(absolute, ".md")))));
      }
    }
  } catch {
    // A head start never decides a build: what cannot be read here, loading the content reports.
    return undefined;
  }
  const preparer = new OutputPreparer(files);
  earlyPreparer.set(preparer);
  return preparer;
}

/** The head start of the build in progress, until the page writer takes it over. */
export const earlyPreparer = processSlot<OutputPreparer>("earlyPagePreparer");
