/**
 * What the build writes into sw.js, and the URL rules the build and the worker must agree on.
 * Shared by src/eleventy/service-worker.ts (Node) and the worker (browser): pure code only.
 */

/** A file to precache: its URL relative to the worker's scope, and a hash of its content. */
export type PrecacheEntry = [url: string, revision: string];

/** The texts of the update prompt, in one language (from _data/ui/offline.yaml). */
export interface UpdateStrings {
  available: string;
  reload: string;
  later: string;
  elsewhere: string;
}

export interface WorkerData {
  /** Changes whenever any precached file changes; part of every cache name. */
  version: string;
  /** The site's languages; the first URL segment of a page names its language. */
  languages: string[];
  /**
   * `shared` (the language chooser, scripts, styles, offline pages, Pagefind's code) is
   * precached on install; each language's group when the visitor reads that language.
   */
  groups: Record<string, PrecacheEntry[]>;
  ui: Record<string, UpdateStrings>;
}

export const SHARED_GROUP = "shared";

/** The global the build's banner sets in sw.js. */
export const DATA_GLOBAL = "__SITE_WORKER_DATA";

/** Revisions are the first 16 hex digits of SHA-256: the worker can check them with WebCrypto. */
export const REVISION_LENGTH = 16;

/**
 * The cache key of a site path relative to the scope: a page is stored under its folder URL,
 * the one links use (`en/examples/index.html` and `en/examples/` are one page).
 */
export function keyOfPath(relativePath: string): string {
  if (relativePath === "index.html") return "";
  return relativePath.endsWith("/index.html") ? relativePath.slice(0, -"index.html".length) : relativePath;
}

/** `en/examples/` belongs to `en`; the chooser and shared files belong to no language. */
export function languageOfKey(key: string, languages: readonly string[]): string | undefined {
  const first = key.split("/", 1)[0] ?? "";
  return key.includes("/") && languages.includes(first) ? first : undefined;
}

/** The offline page of a language, as a key (it is in the shared group for every language). */
export function offlineKey(lang: string): string {
  return `${lang}/offline/`;
}
