import type { Lang } from "../schemas/common.ts";

/**
 * Every URL of the site, without the path prefix. One place, so that pages, links, feeds,
 * the sitemap and the tests agree. `withPrefix` adds the prefix when a URL is rendered.
 */
export const paths = {
  chooser: () => "/",
  home: (lang: Lang) => `/${lang}/`,
  examples: (lang: Lang) => `/${lang}/examples/`,
  pair: (lang: Lang, id: string) => `/${lang}/examples/${id}/`,
  themes: (lang: Lang) => `/${lang}/themes/`,
  theme: (lang: Lang, id: string) => `/${lang}/themes/${id}/`,
  audience: (lang: Lang, id: string) => `/${lang}/for/${id}/`,
  articles: (lang: Lang) => `/${lang}/articles/`,
  article: (lang: Lang, id: string) => `/${lang}/articles/${id}/`,
  search: (lang: Lang) => `/${lang}/search/`,
  healthCheck: (lang: Lang) => `/${lang}/health-check/`,
  packages: (lang: Lang) => `/${lang}/packages/`,
  about: (lang: Lang) => `/${lang}/about/`,
  shareStory: (lang: Lang) => `/${lang}/share-your-story/`,
  offline: (lang: Lang) => `/${lang}/offline/`,
  atomFeed: (lang: Lang) => `/${lang}/feed.xml`,
  jsonFeed: (lang: Lang) => `/${lang}/feed.json`,
  notFound: () => "/404.html",
  sitemap: () => "/sitemap.xml",
  webManifest: (lang: Lang) => `/${lang}/manifest.webmanifest`,
} as const;

/** Normalises a prefix such as `docs/it` to `/docs/it/`. */
export function normalizePrefix(prefix: string | undefined): string {
  const trimmed = (prefix ?? "/").replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}

/** The last prefix `withPrefix` was given, normalised: every link of a build comes with the same one. */
let lastPrefix = { given: "/", normalized: "/" };

/** `/en/examples/` under the prefix `/docs/it/` becomes `/docs/it/en/examples/`. */
export function withPrefix(prefix: string, path: string): string {
  if (!path.startsWith("/")) return path;
  if (prefix !== lastPrefix.given) lastPrefix = { given: prefix, normalized: normalizePrefix(prefix) };
  return lastPrefix.normalized + path.slice(1);
}

/** The output file for a URL path: `/en/` -> `en/index.html`. */
export function outputFileOf(path: string): string {
  const clean = path.replace(/^\//, "");
  return clean === "" || clean.endsWith("/") ? `${clean}index.html` : clean;
}
