import fs from "node:fs";
import path from "node:path";
import * as pagefind from "pagefind";
import { metaCacheTagOf } from "../client/search/cache-tag.ts";
import { LANGS, type Lang } from "../schemas/common.ts";

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
 * that search works wherever the site does. Only pages with `data-pagefind-body` (examples and
 * articles) are indexed, each language into its own index, as Pagefind does by `<html lang>`.
 *
 * One Pagefind run per language, one after the other: Pagefind holds a whole run's index in
 * memory (about 2.4 GB for 10,000 articles), so two half-size runs halve the peak. A run writes
 * the same files for its language as a run over all languages would (file names are content
 * hashes, prefixed with the language), except `pagefind-entry.json`, which lists only its own
 * language; the entries are merged into one at the end.
 */
export async function buildSearchIndex(outputDir: string): Promise<SearchIndexResult> {
  const bundleDir = path.join(outputDir, "pagefind");
  // Written beside the live index and swapped in at the end: while `npm start` refreshes it in the
  // background, search keeps answering from a whole index, and no stale fragment stays behind.
  const nextDir = path.join(outputDir, "pagefind.next");
  fs.rmSync(nextDir, { recursive: true, force: true });
  const languages: PagefindEntry["languages"] = {};
  let entry: PagefindEntry | undefined;
  for (const lang of LANGS) {
    entry = await indexLanguage(outputDir, lang, nextDir);
    Object.assign(languages, entry.languages);
  }
  if (!entry) throw new Error("no language to index");
  // Pagefind's own order and compact JSON, so that the file is what one run over all languages writes.
  const entryJson = JSON.stringify({ ...entry, languages });
  fs.writeFileSync(path.join(nextDir, "pagefind-entry.json"), entryJson);
  removeUnused(nextDir);
  fs.rmSync(bundleDir, { recursive: true, force: true });
  fs.renameSync(nextDir, bundleDir);
  const pages = Object.values(languages).reduce((sum, language) => sum + language.page_count, 0);
  const metaCacheTag = metaCacheTagOf(entryJson);
  return { pages, metaCacheTag, entryUrl: `pagefind/pagefind-entry.json?ts=${metaCacheTag}` };
}

/** `pagefind/pagefind-entry.json`: the version, and per language the hash of its index and its page count. */
interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  include_characters?: string[];
}

/** One Pagefind run over the pages under `/{lang}/`; returns the entry it wrote. */
async function indexLanguage(outputDir: string, lang: Lang, bundleDir: string): Promise<PagefindEntry> {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: NOT_CONTENT });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: outputDir, glob: `${lang}/**/*.html` });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outputDir}/${lang}: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: bundleDir });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    return JSON.parse(fs.readFileSync(path.join(bundleDir, "pagefind-entry.json"), "utf8")) as PagefindEntry;
  } finally {
    // Ends Pagefind's process, and with it the memory of this language's index.
    await pagefind.close();
  }
}

/**
 * Pagefind also writes its ready-made interfaces, and a web worker to search in. This site has its
 * own interface (theirs inject inline styles, which the Content-Security-Policy refuses) and
 * searches on the main thread (`noWorker` in src/client/search/engine.ts), so these would only
 * be dead weight for hosts and, 43 KB for the worker alone, for the offline cache.
 */
function removeUnused(bundleDir: string): void {
  for (const name of fs.readdirSync(bundleDir)) {
    if (/^pagefind-(component-ui|modular-ui|ui)\.(js|css)$|^pagefind-worker\.js$/.test(name)) fs.rmSync(path.join(bundleDir, name));
  }
}
