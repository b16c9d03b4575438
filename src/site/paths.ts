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

/** `/en/examples/` under the prefix `/docs/it/` becomes `/docs/it/en/examples/`. */
export function withPrefix(prefix: string, path: string): string {
  if (!path.startsWith("/")) return path;
  // Pages pass the model's prefix, normalised once per build: only an unusual one is normalised here.
  return (isNormalized(prefix) ? prefix : normalizePrefix(prefix)) + path.slice(1);
}

/** True when `normalizePrefix` would return `prefix` unchanged: `/`, or `/docs/it/` with one slash at each end. */
function isNormalized(prefix: string): boolean {
  return prefix === "/" || (prefix.startsWith("/") && !prefix.startsWith("//") && prefix.endsWith("/") && !prefix.endsWith("//"));
}

/** The output file for a URL path: `/en/` -> `en/index.html`. */
export function outputFileOf(path: string): string {
  const clean = path.replace(/^\//, "");
  return clean === "" || clean.endsWith("/") ? `${clean}index.html` : clean;
}
