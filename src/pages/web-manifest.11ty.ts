import type { LangRoute } from "../site/model.ts";
import { translator } from "../site/i18n.ts";
import { paginate, type PageData } from "../site/page-data.ts";
import { paths, withPrefix } from "../site/paths.ts";

export const data = {
  pagination: paginate("langs"),
  permalink: (data: PageData<LangRoute>) => paths.webManifest(data.route.lang),
};

/**
 * One web app manifest per language, so that an installed site opens in the visitor's language.
 * Its scope is the whole site (the path prefix), so switching language stays inside the app.
 * Colours are the light theme's (tokens.css); the pages follow the system theme themselves.
 */
export function render({ site, route: { lang } }: PageData<LangRoute>): string {
  const t = translator(site.catalog.ui, lang);
  const href = (path: string) => withPrefix(site.pathPrefix, path);
  const manifest = {
    id: href(paths.home(lang)),
    name: site.catalog.site.title[lang],
    short_name: t("manifest.shortName"),
    description: site.catalog.site.description[lang],
    lang,
    dir: "ltr",
    start_url: href(paths.home(lang)),
    scope: site.pathPrefix,
    display: "standalone",
    background_color: "#fdfaf6",
    theme_color: "#fdfaf6",
    categories: ["business", "education", "productivity"],
    icons: [
      { src: href("/icons/icon.svg"), sizes: "any", type: "image/svg+xml", purpose: "any" },
      { src: href("/icons/icon-192.png"), sizes: "192x192", type: "image/png", purpose: "any" },
      { src: href("/icons/icon-512.png"), sizes: "512x512", type: "image/png", purpose: "any" },
      { src: href("/icons/icon-maskable-512.png"), sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
    shortcuts: [
      { name: t("nav.examples"), url: href(paths.examples(lang)) },
      { name: t("nav.search"), url: href(paths.search(lang)) },
      { name: t("nav.healthCheck"), url: href(paths.healthCheck(lang)) },
    ],
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
