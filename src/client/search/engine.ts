/**
 * Loads Pagefind's browser API from the built site, under whatever path prefix the site is
 * served, once per page. Nothing here runs until a visitor shows they want to search.
 */
import { metaCacheTagOf } from "./cache-tag.ts";

/** The query parameter that carries the search terms to the page a result opens (read by lib/highlight.ts). */
export const HIGHLIGHT_PARAM = "highlight";

/** Filters as Pagefind takes them: per filter name, the values any of which may match. */
export type FilterQuery = Record<string, { any: string[] }>;
/** Per filter name, per value, how many pages carry it. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { element: string; id: string; text?: string };
}

export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: SubResult[];
}

export interface SearchResult {
  id: string;
  data(): Promise<ResultData>;
}

export interface SearchResponse {
  results: SearchResult[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

export interface SearchOptions {
  filters?: FilterQuery;
}

/** The part of `pagefind.js` this site uses (Pagefind 1.6). */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: SearchOptions): Promise<SearchResponse>;
  debouncedSearch(term: string | null, options?: SearchOptions, timeoutMs?: number): Promise<SearchResponse | null>;
  preload(term: string, options?: SearchOptions): Promise<void>;
  filters(): Promise<FilterCounts>;
}

/** The path prefix the site was built for, from `<body data-prefix>`; always ends with `/`. */
export function sitePrefix(): string {
  const prefix = document.body.dataset.prefix ?? "/";
  return prefix.endsWith("/") ? prefix : `${prefix}/`;
}

/**
 * Pagefind's default favours short pages strongly, which put short examples that mention a word
 * in passing above the long article with that word in its title. Less of that, not none.
 */
const RANKING = { pageLength: 0.3 };

let loading: Promise<Pagefind> | undefined;

/** Pagefind, configured and initialised; a failed load is retried on the next call. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= start().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

async function start(): Promise<Pagefind> {
  const prefix = sitePrefix();
  const bundle = new URL(`${prefix}pagefind/`, location.href);
  // Revalidated every time, so that a new build's index is used as soon as it is deployed.
  const entry = await fetch(new URL("pagefind-entry.json", bundle), { cache: "no-cache" });
  if (!entry.ok) throw new Error(`Pagefind entry: HTTP ${entry.status}`);
  const metaCacheTag = metaCacheTagOf(await entry.text());
  // A computed specifier: esbuild must leave this import to the browser, which loads the file
  // Pagefind wrote for this build. Pagefind finds the rest of its bundle from this URL.
  const moduleUrl = new URL("pagefind.js", bundle).href;
  const pagefind = (await import(moduleUrl)) as Pagefind;
  await pagefind.options({
    // Result URLs are file paths in the built site; the prefix makes them real links.
    baseUrl: prefix,
    metaCacheTag,
    highlightParam: HIGHLIGHT_PARAM,
    excerptLength: 24,
    ranking: RANKING,
    // The index is small enough to search on the main thread in a few milliseconds; the worker
    // would add its own script to the first query (43 KB, 12 KB compressed) on a tight budget.
    noWorker: true,
  });
  await pagefind.init();
  return pagefind;
}
