import fs from "node:fs";
import path from "node:path";
import * as pagefind from "pagefind";
import { metaCacheTagOf } from "../client/search/cache-tag.ts";

export interface SearchIndexResult {
  /** Pages search can find, all languages together. */
  pages: number;
  /**
   * The tag the browser passes to Pagefind as `metaCacheTag`, so that Pagefind requests its entry
   * file as `pagefind/pagefind-entry.json?ts=<tag>`: one stable URL per build, which a service
   * worker can precache (the browser code derives the same tag from the same file).
   */
  metaCacheTag: string;
  /** That entry URL, relative to the site root. */
  entryUrl: string;
}

/**
 * Parts of an indexed page that label or link rather than say anything: the theme and audience
 * list, the "Hate: what goes wrong" labels, the kind above the title, the date and reading time,
 * and the link to the other language (whose title would put Dutch words in the English index).
 * Left in, they match almost every query and fill the excerpts with the same words.
 */
const NOT_CONTENT = [".item-meta", ".side-label", ".eyebrow", ".article__byline", ".other-language"];

/**
 * Indexes the built pages with Pagefind's Node API after every build, `npm start` included, so
 * that search works wherever the site does. Pagefind splits the index per `<html lang>`; only
 * pages with `data-pagefind-body` (examples and articles) are indexed.
 */
export async function buildSearchIndex(outputDir: string): Promise<SearchIndexResult> {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: NOT_CONTENT });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: outputDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outputDir}: ${added.errors.join("; ")}`);
    const bundleDir = path.join(outputDir, "pagefind");
    const written = await index.writeFiles({ outputPath: bundleDir });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    removeUnusedUi(bundleDir);
    const entryJson = fs.readFileSync(path.join(bundleDir, "pagefind-entry.json"), "utf8");
    // `added.page_count` counts every HTML file read, indexed or not; the entry counts what search finds.
    const entry = JSON.parse(entryJson) as { languages: Record<string, { page_count: number }> };
    const pages = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    const metaCacheTag = metaCacheTagOf(entryJson);
    return { pages, metaCacheTag, entryUrl: `pagefind/pagefind-entry.json?ts=${metaCacheTag}` };
  } finally {
    await pagefind.close();
  }
}

/**
 * Pagefind also writes its ready-made interfaces. This site has its own (theirs inject inline
 * styles, which the Content-Security-Policy refuses), so they would only be dead weight for
 * hosts and for the offline cache.
 */
function removeUnusedUi(bundleDir: string): void {
  for (const name of fs.readdirSync(bundleDir)) {
    if (/^pagefind-(component-ui|modular-ui|ui)\.(js|css)$/.test(name)) fs.rmSync(path.join(bundleDir, name));
  }
}
